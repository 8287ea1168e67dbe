#!/usr/bin/env bash
# make demo: builds mini_host, fills demo.cfg with the library path and $MC_SERVER, runs the demo
# script (called by scripts/with-memcached.sh, which provides the memcached).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lib=${SIPMC_LIB:-$root/target/release/libsip_memcached.so}
out=$root/target/c_examples
mkdir -p "$out"
cc -std=c11 -D_GNU_SOURCE -Wall -Wextra -O2 -I"$root/include" "$root/c_examples/mini_host.c" -o "$out/mini_host" -ldl
sed -e "s|@LIB@|$lib|" -e "s|@SERVERS@|$MC_SERVER|" "$root/c_examples/demo.cfg" > "$out/demo.cfg"
echo "--- config ($out/demo.cfg)"
grep -v '^#' "$out/demo.cfg" | sed '/^$/d'
echo "--- running c_examples/demo.script"
"$out/mini_host" "$out/demo.cfg" "$root/c_examples/demo.script"
