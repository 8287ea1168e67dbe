#!/usr/bin/env bash
# What the installed library weighs and what buys it: the stripped size of LIB (the release build
# by default), the size with debug info, and the bytes of its symbols by where they come from (std,
# this crate, rustls and webpki, ring), read from the unstripped build's symbol table with nm.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lib=${1:-${LIB:-$root/target/release/libsip_memcached.so}}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
strip -o "$tmp" "$lib"
printf 'stripped: %d bytes (%s with debug info: %d bytes)\n' "$(stat -c %s "$tmp")" "$lib" "$(stat -c %s "$lib")"
nm -S --size-sort -C "$lib" | python3 -c '
import collections, re, sys
parts = collections.Counter()
for line in sys.stdin:
    fields = line.split(None, 3)
    if len(fields) < 4:
        continue
    size, name = int(fields[1], 16), re.sub(r"^[<_&* ]+", "", fields[3].strip())
    crate = re.split(r"::|<| ", name)[0]
    if crate in ("core", "alloc", "std", "hashbrown", "gimli", "addr2line", "miniz_oxide", "rustc_demangle"):
        crate = "std (and its panic backtrace printer)"
    elif crate.startswith(("rustls", "webpki")):
        crate = "rustls + webpki (TLS)"
    elif crate == "sip_memcached":
        crate = "sip_memcached (this crate)"
    elif crate != "untrusted" and not crate.startswith(("parking_lot", "memchr", "md5", "once_cell", "log", "foldhash")):
        crate = "ring (crypto: its C and assembly, tables)"
    parts[crate] += size
for crate, size in parts.most_common():
    print(f"  {size:>9,} bytes  {crate}")
'
