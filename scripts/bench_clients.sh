#!/usr/bin/env bash
# Client comparison benchmark (`make bench`): sequential get, set and incr of a 32-byte value over
# one connection, for
#   (a) a raw-socket floor            benches/c/floor.c
#   (b) libmemcached                  benches/c/libmemcached_bench.c
#   (c) this module's Rust core       benches/clients.rs (cargo bench target)
#   (d) this module's C API           benches/c/capi_bench.c
# all in the same run, against one memcached (scripts/with-memcached.sh) pinned to CPU 0, each
# client pinned to CPU 1 and run alone. Runs are interleaved: round r runs, for each operation,
# all four clients one after the other (in an order rotated every round) before round r+1 starts,
# so drift on the machine hits every row alike. Prints a markdown table (medians over the rounds;
# ratios are medians of the per-round ratios, on ops/s and on p50 latency) with each run's ops/s,
# then the system calls per get counted with strace.
#
# Environment (all optional): BENCH_RUNS (7), BENCH_OPS (20000 per operation and run),
# BENCH_WARMUP (2000), STRACE_N1 / STRACE_N2 (2000 / 12000 gets), MC_CPU (0), CLIENT_CPU (1, or 0
# on a one-CPU machine), CARGO, CC, CARGO_TARGET_DIR. BENCH_CALLGRIND=1 adds a table of user-space
# instructions per operation counted by valgrind's callgrind (exact, unlike times: what each
# client's own code costs).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
case $target in /*) ;; *) target=$root/$target ;; esac
bin=$target/bench-c

if [ "${1:-}" != "--measure" ]; then
    # Build: the library, the Rust bench, the C programs.
    cd "$root"
    cargo=${CARGO:-cargo}
    cc=${CC:-cc}
    "$cargo" build --release
    rust_exe=$("$cargo" bench --no-run --bench clients --message-format=json |
        { grep -o '"executable":"[^"]*"' || true; } | tail -1 | sed 's/^"executable":"//; s/"$//')
    [ -x "$rust_exe" ] || { echo "error: cannot find the clients bench executable" >&2; exit 1; }
    mkdir -p "$bin"
    cflags=(-O2 -g -Wall -Wextra -std=c11 -D_GNU_SOURCE)
    "$cc" "${cflags[@]}" -o "$bin/floor" benches/c/floor.c
    "$cc" "${cflags[@]}" -o "$bin/libmemcached_bench" benches/c/libmemcached_bench.c -lmemcached
    "$cc" "${cflags[@]}" -Iinclude -o "$bin/capi_bench" benches/c/capi_bench.c \
        -L"$target/release" -lsip_memcached -Wl,-rpath,"$target/release"
    export BENCH_RUST_EXE=$rust_exe
    MC_CPU=${MC_CPU:-0} exec "$root/scripts/with-memcached.sh" "$root/scripts/bench_clients.sh" --measure
fi

# --measure: inside with-memcached.sh, MC_SERVER is set.
: "${MC_SERVER:?MC_SERVER=host:port (scripts/with-memcached.sh sets it)}"
runs=${BENCH_RUNS:-7}
n=${BENCH_OPS:-20000}
warmup=${BENCH_WARMUP:-2000}
n1=${STRACE_N1:-2000}
n2=${STRACE_N2:-12000}
cpus=$(nproc)
client_cpu=${CLIENT_CPU:-$((cpus > 1 ? 1 : 0))}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

clients=(floor libmemcached rust capi)
declare -A cmd=(
    [floor]="$bin/floor"
    [libmemcached]="$bin/libmemcached_bench"
    [rust]="$BENCH_RUST_EXE"
    [capi]="$bin/capi_bench"
)

run_client() { # NAME OPS N WARMUP
    taskset -c "$client_cpu" "${cmd[$1]}" "$MC_SERVER" "$2" "$3" "$4"
}

# An untimed pass of every client first (page cache, dynamic loader, memcached's own warm-up).
for c in "${clients[@]}"; do run_client "$c" get,set,incr 1000 0 >/dev/null; done

# Round r: for each operation, the four clients one after the other (starting with a different
# client each round), so that the runs compared in a round are seconds apart.
results=$work/results
for r in $(seq 1 "$runs"); do
    for op in get set incr; do
        for k in 0 1 2 3; do
            c=${clients[$(((r - 1 + k) % 4))]}
            run_client "$c" "$op" "$n" "$warmup" | sed -n "s/^RESULT /RESULT round=$r /p" >>"$results"
        done
    done
done

# System calls per get: each client under strace for n1 and then n2 gets; the difference divided
# by n2-n1 leaves only the per-get calls (start-up, connect and set-up cancel out).
for c in "${clients[@]}"; do
    for count in "$n1" "$n2"; do
        taskset -c "$client_cpu" strace -f -c -U calls,name -o "$work/strace.$c.$count" \
            "${cmd[$c]}" "$MC_SERVER" get "$count" 0 >/dev/null
    done
done

mc_version=$(memcached -V 2>/dev/null | awk '{print $2}')
lmc_version=$(dpkg-query -W -f='${Version}' libmemcached-dev 2>/dev/null || echo "?")
echo
echo "Clients compared: sequential ops on one connection, 32-byte value; memcached ${mc_version} on"
echo "CPU ${MC_CPU:-?} (127.0.0.1), client on CPU ${client_cpu}, one client at a time; ${cpus} CPUs."
echo "Median of ${runs} runs of ${n} ops each (after ${warmup} warm-up ops). Ratios are medians of"
echo "the per-run ratios: on ops/s, and \"p50 (a) ÷ p50\", the floor's median latency over the"
echo "client's (a speed ratio that tail spikes from other load on the machine hardly move)."
echo "Client CPU: user + system time of the client process per op (what the client itself spends,"
echo "mostly in the kernel's loopback TCP path; the rest of a round trip is memcached and waiting)."
echo
awk -v runs="$runs" -v lmc="$lmc_version" '
function med(arr, k,   i, j, t, v) {
    # median of arr[1..k], insertion sort (mawk has no asort)
    for (i = 1; i <= k; i++) v[i] = arr[i]
    for (i = 2; i <= k; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return (k % 2) ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
}
function column(c, o, what,   r, a, k) {
    k = 0
    for (r = 1; r <= runs; r++) if ((c, o, r) in ops) a[++k] = (what == "ops" ? ops[c, o, r] : what == "p50" ? p50[c, o, r] : what == "p99" ? p99[c, o, r] : cpu[c, o, r])
    return med(a, k)
}
function ratio(c, base, o,   r, a, k) {
    k = 0
    for (r = 1; r <= runs; r++) if ((c, o, r) in ops && (base, o, r) in ops) a[++k] = ops[c, o, r] / ops[base, o, r]
    return med(a, k)
}
function p50ratio(c, o,   r, a, k) {
    # speed by the median latency: the floor'"'"'s p50 over this client'"'"'s, per run, then the median
    k = 0
    for (r = 1; r <= runs; r++) if ((c, o, r) in p50 && ("floor", o, r) in p50) a[++k] = p50["floor", o, r] / p50[c, o, r]
    return med(a, k)
}
/^RESULT / {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    ops[f["client"], f["op"], f["round"]] = f["ops_per_s"]
    p50[f["client"], f["op"], f["round"]] = f["p50_ns"]
    p99[f["client"], f["op"], f["round"]] = f["p99_ns"]
    cpu[f["client"], f["op"], f["round"]] = f["cpu_ns_per_op"]
}
END {
    name["floor"] = "(a) raw socket floor"
    name["libmemcached"] = "(b) libmemcached " lmc
    name["rust"] = "(c) sip_memcached::Module (Rust)"
    name["capi"] = "(d) sip_memcached C API"
    split("floor libmemcached rust capi", cl, " ")
    split("get set incr", opl, " ")
    print "| op | client | ops/s | p50 µs | p99 µs | ops/s ÷ (b) libmemcached | ops/s ÷ (a) floor | p50 (a) ÷ p50 | client CPU µs/op |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    for (oi = 1; oi <= 3; oi++) for (ci = 1; ci <= 4; ci++) {
        o = opl[oi]; c = cl[ci]
        printf "| %s | %s | %.0f | %.1f | %.1f | %.3f | %.3f | %.3f | %.2f |\n", o, name[c], column(c, o, "ops"),
            column(c, o, "p50") / 1000, column(c, o, "p99") / 1000, ratio(c, "libmemcached", o), ratio(c, "floor", o),
            p50ratio(c, o), column(c, o, "cpu") / 1000
    }
    print ""
    print "Targets (ops/s): (c) and (d) at least as fast as (b) libmemcached, and within 10% of (a) the floor."
    for (oi = 1; oi <= 3; oi++) {
        o = opl[oi]
        cb = ratio("rust", "libmemcached", o); db = ratio("capi", "libmemcached", o)
        ca = ratio("rust", "floor", o); da = ratio("capi", "floor", o)
        printf "- %-4s (c)/(b) = %.3f (>= 1) %s, (d)/(b) = %.3f (>= 1) %s, (c)/(a) = %.3f (>= 0.9) %s, (d)/(a) = %.3f (>= 0.9) %s\n", o,
            cb, (cb >= 1 ? "met" : "NOT met"), db, (db >= 1 ? "met" : "NOT met"),
            ca, (ca >= 0.9 ? "met" : "NOT met"), da, (da >= 0.9 ? "met" : "NOT met")
    }
    print ""
    print "ops/s of each run (the spread shows the noise of this machine):"
    print ""
    head = "| op | client |"; rule = "|---|---|"
    for (r = 1; r <= runs; r++) { head = head " run " r " |"; rule = rule "---:|" }
    print head; print rule
    for (oi = 1; oi <= 3; oi++) for (ci = 1; ci <= 4; ci++) {
        o = opl[oi]; c = cl[ci]; line = "| " o " | " name[c] " |"
        for (r = 1; r <= runs; r++) line = line sprintf(" %.0f |", ops[c, o, r])
        print line
    }
}' "$results"
echo
echo "Loopback round trips swing from run to run on a small (2-vCPU) machine, often by tens of"
echo "percent: compare the rows of one table, not numbers across runs. The rows were measured"
echo "interleaved (round r runs get on a, b, c, d with a rotated start, then set, then incr, then"
echo "round r+1), so drift on the machine affects every row alike."
echo
echo "System calls per get (strace -f -c; ($n1 → $n2 gets) difference ÷ $((n2 - n1))):"
echo
echo "| client | syscalls per get | which (calls per get) |"
echo "|---|---:|---|"
syscall_rows=$(for c in "${clients[@]}"; do
    awk -v dn=$((n2 - n1)) -v label="$c" '
    FNR == 1 { file++ }
    $1 ~ /^[0-9]+$/ && $2 != "total" { calls[file, $2] = $1; names[$2] = 1 }
    END {
        total = 0; which = ""
        for (s in names) {
            d = (calls[2, s] - calls[1, s]) / dn
            if (d >= 0.005 || d <= -0.005) { per[s] = d; total += d }
        }
        # largest first
        while (1) { best = ""; for (s in per) if (best == "" || per[s] > per[best]) best = s; if (best == "") break
            which = which (which == "" ? "" : ", ") sprintf("%s %.2f", best, per[best]); delete per[best] }
        printf "| %s | %.2f | %s |\n", label, total, which
    }' "$work/strace.$c.$n1" "$work/strace.$c.$n2"
done | sed -e 's/^| floor /| (a) raw socket floor /' -e 's/^| libmemcached /| (b) libmemcached /' \
    -e 's/^| rust /| (c) sip_memcached::Module (Rust) /' -e 's/^| capi /| (d) sip_memcached C API /')
echo "$syscall_rows"
echo
verdict=$(awk -F'|' '/^\| \((c|d)\)/ { if ($3 + 0 > 2.005) bad = 1 } END { print (bad ? "NOT met" : "met") }' <<<"$syscall_rows")
echo "Target for (c) and (d): 2 system calls per get (one send, one receive): $verdict."

if [ "${BENCH_CALLGRIND:-0}" = 1 ]; then
    c1=500 c2=2500
    echo
    echo "User-space instructions per operation (valgrind --tool=callgrind, whole client process,"
    echo "($c1 → $c2 ops) difference ÷ $((c2 - c1)); the floor's count is the harness (clock reads, sort of"
    echo "the latencies) plus its one write and one read: subtract it to get a client's own code):"
    echo
    echo "| op | (a) floor | (b) libmemcached | (c) Rust | (d) C API |"
    echo "|---|---:|---:|---:|---:|"
    for op in get set incr; do
        line="| $op |"
        for c in "${clients[@]}"; do
            for count in "$c1" "$c2"; do
                taskset -c "$client_cpu" valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
                    "${cmd[$c]}" "$MC_SERVER" "$op" "$count" 0 >/dev/null 2>"$work/cg.$count"
            done
            i1=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.$c1")
            i2=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.$c2")
            line="$line $(((i2 - i1) / (c2 - c1))) |"
        done
        echo "$line"
    done
fi
