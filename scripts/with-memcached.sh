#!/usr/bin/env bash
# Starts a memcached on a free loopback port, checks that the process answering there is the one
# it started, runs "$@" with MC_SERVER=127.0.0.1:PORT in the environment, then stops memcached by
# its pid. MC_CPU=n pins memcached to CPU n.
set -euo pipefail
mc=$(command -v memcached || echo /usr/bin/memcached)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; return 0; }
trap cleanup EXIT
for _ in $(seq 30); do
    port=$(( 20000 + RANDOM % 40000 ))
    pin=()
    [ -n "${MC_CPU:-}" ] && pin=(taskset -c "$MC_CPU")
    "${pin[@]}" "$mc" -u "$(id -un)" -l 127.0.0.1 -p "$port" -U 0 -m 64 -t 1 >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        if stats=$( (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'stats\r\nquit\r\n' >&3 && cat <&3) 2>/dev/null ); then
            if grep -q "STAT pid $pid" <<<"$stats"; then
                export MC_SERVER="127.0.0.1:$port"
                echo "memcached (pid $pid) on $MC_SERVER"
                # In the background, so that a TERM or INT to this script also stops the command.
                "$@" &
                child=$!
                trap 'kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 143' TERM INT
                rc=0
                wait "$child" || rc=$?
                exit "$rc"
            fi
            break
        fi
        sleep 0.1
    done
    cleanup
    pid=""
done
echo "error: could not start memcached on a free port" >&2
exit 1
