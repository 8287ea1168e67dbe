#!/usr/bin/env bash
# make demo: this library as Kamailio's memcached module, in a real Kamailio (Debian's package),
# on the example config of docs/kamailio.md (tests/kamailio/kamailio.cfg) with the near cache on.
# Run by scripts/with-memcached.sh, which gives it a memcached on a free loopback port
# ($MC_SERVER) and stops it afterwards; this script starts Kamailio on free loopback ports, sends
# SIP requests (demo/sip.py) and shows what the proxy answered, and stops Kamailio by its pid.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lib=${SIPMC_LIB:-$root/target/release/libsip_memcached.so}
kamailio=${KAMAILIO:-$(command -v kamailio || echo /usr/sbin/kamailio)}
run=$(mktemp -d /tmp/sip-memcached-demo.XXXXXX)
kpid=""
stop() {
    if [ -n "$kpid" ]; then
        kill "$kpid" 2>/dev/null || true
        wait "$kpid" 2>/dev/null || true
        kpid=""
    fi
    rm -rf "$run"
}
trap stop EXIT

# A port nothing listens on now (the kernel's choice), for UDP or TCP.
free_port() {
    python3 -c 'import socket,sys; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM if sys.argv[1]=="udp" else socket.SOCK_STREAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' "$1"
}
# A step's title, in bold on a terminal.
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold="" plain=""; fi
say() { printf '\n%s%s%s\n' "$bold" "$*" "$plain"; }
# One SIP request: the operation, then Name=value headers; prints the request and the answer.
sip() {
    local op=$1
    shift
    printf '  OPTIONS sip:%s@127.0.0.1  %s\n' "$op" "$*"
    printf '    -> '
    SHOW=${SHOW:-"X-Get X-Pid"} python3 "$root/demo/sip.py" "$sip_port" "$op" "$@"
}
memcached_set() { # key value: written straight into memcached, behind the proxy's back
    printf 'set %s 1 0 %d\r\n%s\r\nquit\r\n' "$1" "${#2}" "$2" |
        timeout 5 bash -c "exec 3<>/dev/tcp/${MC_SERVER%:*}/${MC_SERVER#*:}; cat >&3; cat <&3" | head -n 1
}
rpc() { # the JSON-RPC command, with curl, as docs/kamailio.md shows it
    curl -s -m 5 -d "{\"jsonrpc\":\"2.0\",\"method\":\"$1\",\"id\":1}" "http://127.0.0.1:$http_port/RPC"
    echo
}

for _ in 1 2 3 4 5; do
    sip_port=$(free_port udp)
    http_port=$(free_port tcp)
    sed -e "s|@SIP_PORT@|$sip_port|g" -e "s|@HTTP_PORT@|$http_port|g" -e "s|@RUNDIR@|$run|g" \
        -e "s|@MODULE@|$lib|" -e "s|@SERVERS@|$MC_SERVER|" \
        -e 's|@EXTRA_PARAMS@|modparam("memcached", "cache_size", 10000)\nmodparam("memcached", "cache_ttl", 600000)|' \
        "$root/tests/kamailio/kamailio.cfg" >"$run/kamailio.cfg"
    "$kamailio" -f "$run/kamailio.cfg" -DD -E -n 2 -Y "$run" >"$run/stdout.log" 2>"$run/kamailio.log" &
    kpid=$!
    for _ in $(seq 50); do
        kill -0 "$kpid" 2>/dev/null || break
        if python3 "$root/demo/sip.py" "$sip_port" ping >/dev/null 2>&1; then break 2; fi
        sleep 0.1
    done
    kill "$kpid" 2>/dev/null || true
    wait "$kpid" 2>/dev/null || true
    kpid=""
done
if [ -z "$kpid" ]; then
    echo "error: Kamailio did not start; its log:" >&2
    cat "$run/kamailio.log" >&2
    exit 1
fi

say "Kamailio $("$kamailio" -v | sed -n 's/^version: kamailio \([^ ]*\).*/\1/p') (pid $kpid) loaded $lib as its memcached module:"
grep -o 'sip-memcached [0-9.]*: servers.*' "$run/kamailio.log" | head -n 1 | sed 's/^/  /'
grep -o 'near cache: .*' "$run/kamailio.log" | head -n 1 | sed 's/^/  /'
echo "  SIP on udp:127.0.0.1:$sip_port, JSON-RPC on http://127.0.0.1:$http_port/RPC, memcached on $MC_SERVER"
echo "  (the request route of tests/kamailio/kamailio.cfg: \$mct(\$hdr(X-Key)) = \$hdr(X-Val) and so on,"
echo "   answering with X-Get: \$mct(\$hdr(X-Key)) and X-Pid: the SIP worker that answered)"

say "A registration-like write, then reads (each worker fills its near cache on its first read):"
sip set X-Key=loc_alice X-Val=sip:alice@10.0.0.5:5060
for _ in 1 2 3 4; do sip get X-Key=loc_alice; done

say "A counter: \$mcinc(calls_today) = 1, three times:"
for _ in 1 2 3; do sip inc X-Key=calls_today X-Val=1; done

say "A key with a space (sent as a hash of the key; the stock module would desync its connection):"
sip set "X-Key=alice smith" X-Val=works
sip get "X-Key=alice smith"

say "An expiry from the request: \$mct(otp=>2) = 1234, read at once and after 3 s:"
sip ttl X-Key=otp X-TTL=2 X-Val=1234
sleep 3
sip get X-Key=otp

say "loc_alice changed in memcached behind the proxy's back:"
echo "  memcached: set loc_alice ... -> $(memcached_set loc_alice sip:alice@10.0.0.9:5060)"
say "The near cache still serves the old value (cache_ttl is 10 minutes in this demo):"
for _ in 1 2 3 4; do sip get X-Key=loc_alice; done

say "A reload over JSON-RPC empties every worker's near cache:"
echo "  curl -d '{\"jsonrpc\":\"2.0\",\"method\":\"memcached.reload\",\"id\":1}' http://127.0.0.1:$http_port/RPC"
printf '    -> '
rpc memcached.reload | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"])'
for _ in 1 2 3 4; do sip get X-Key=loc_alice; done

say "memcached.stats (shared by every process):"
echo "  curl -d '{\"jsonrpc\":\"2.0\",\"method\":\"memcached.stats\",\"id\":1}' http://127.0.0.1:$http_port/RPC"
rpc memcached.stats | python3 -c 'import json,sys; r=json.load(sys.stdin)["result"]; print("\n".join(f"    {k}: {v}" for k, v in r.items() if not isinstance(v, (list, dict))))'

stop
say "Stopped Kamailio; memcached is stopped next. The config: tests/kamailio/kamailio.cfg (docs/kamailio.md)."
