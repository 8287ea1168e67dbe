"""The soak's client of another language: pymemcache writes keys gw_0 .. gw_9 (which the soak's
Kamailio and OpenSIPS read over SIP) with fresh values, one every 20 ms, through memcached's
kills, restarts and freeze, until its standard input closes.

    python python_writer.py HOST:PORT WRITTEN_LOG

Every value it tried to write (stored or not) is appended to WRITTEN_LOG first, one per line: the
soak checks that no read returned a value missing from it.
"""
import select
import sys
import time

from pymemcache.client.base import Client

host, port = sys.argv[1].rsplit(":", 1)
log = open(sys.argv[2], "a", buffering=1)
client = Client((host, int(port)), connect_timeout=0.5, timeout=0.5)
seq = 0
while True:
    ready, _, _ = select.select([sys.stdin], [], [], 0.02)
    if ready and not sys.stdin.read(1):
        break
    seq += 1
    key, value = f"gw_{seq % 10}", f"py-{seq}"
    log.write(value + "\n")
    try:
        client.set(key, value, expire=600)
    except Exception:
        client.close()
log.close()
