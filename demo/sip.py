#!/usr/bin/env python3
"""make demo's SIP client: sends one OPTIONS request to the demo's Kamailio over loopback UDP and
prints the reply's status and the X-* headers the example config answers with.

    sip.py PORT OP [Name=value ...]      e.g. sip.py 5060 set X-Key=loc_alice X-Val=sip:alice@10.0.0.5

OP is the user part of the request URI, which the example config's request route reads as the
operation (set, get, inc, ttl, ...); X-Key, X-Val and X-TTL carry its arguments. Exit status 1
when no reply came within 5 s.
"""
import os
import random
import socket
import sys


def request(port, op, headers):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(5)
    sock.bind(("127.0.0.1", 0))
    local = sock.getsockname()[1]
    tag = "%x" % random.getrandbits(48)
    lines = [
        f"OPTIONS sip:{op}@127.0.0.1:{port} SIP/2.0",
        f"Via: SIP/2.0/UDP 127.0.0.1:{local};branch=z9hG4bK{tag}",
        f"From: <sip:demo@127.0.0.1>;tag={tag}",
        f"To: <sip:{op}@127.0.0.1:{port}>",
        f"Call-ID: {tag}@127.0.0.1",
        "CSeq: 1 OPTIONS",
        "Max-Forwards: 70",
    ]
    lines += [f"{name}: {value}" for name, value in headers]
    message = "\r\n".join(lines) + "\r\nContent-Length: 0\r\n\r\n"
    sock.sendto(message.encode(), ("127.0.0.1", port))
    try:
        reply, _ = sock.recvfrom(65536)
    except socket.timeout:
        return None
    finally:
        sock.close()
    head = reply.decode(errors="replace").split("\r\n")
    status = head[0].split(" ", 2)[1] if head and " " in head[0] else "?"
    fields = {}
    for line in head[1:]:
        name, sep, value = line.partition(":")
        if sep and name.startswith("X-"):
            fields[name] = value.strip()
    return status, fields


def main():
    port, op = int(sys.argv[1]), sys.argv[2]
    headers = [arg.split("=", 1) for arg in sys.argv[3:]]
    got = request(port, op, headers)
    if got is None:
        print(f"no reply to {op} within 5 s", file=sys.stderr)
        return 1
    status, fields = got
    # SHOW="X-Get X-Pid": only those headers, in that order.
    shown = os.environ.get("SHOW", "").split() or list(fields)
    print(" ".join([status] + [f"{k}={fields.get(k, '')}" for k in shown]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
