#!/usr/bin/env bash
# Hit-path regression benchmark (`make bench-hit`): a near-cache hit of `$mct` in the library of a
# base revision next to the current one, measured in the same run:
#   C API              benches/c/c_api_hit.c     sipmc_pv_get("mct", key), the library dlopen()ed
#   Kamailio stand-in  benches/c/kamailio_hit.c  $mct(route_1) (fixed key) and $mct(route_$var(k))
#                                                (rendered key) through the Kamailio adapter
# Both programs load the library by path, so one binary of each times both builds. The base library
# is built from BASE in a detached git worktree under $TARGET/bench-base/src-REV with its own
# CARGO_TARGET_DIR ($TARGET/bench-base/target) and kept as $TARGET/bench-base/libsip_memcached-REV.so
# (full hash: reused only for that exact revision). memcached (scripts/with-memcached.sh) runs on
# CPU 0, the programs on CPU 1 where the machine has it, one at a time. Runs are interleaved: each
# run times base and current one after the other, the first of the two alternating from run to run
# (base, current, current, base, ...), so that drift in the machine's speed hits both builds alike.
# Prints a markdown table: median ns per hit of each build over the runs, the ratio current/base
# and whether it meets the goal (at most 1.05), the fastest round of each build and their ratio,
# then each run's numbers, then the instructions per hit of each build counted by callgrind
# (exact: what a ratio of times on a noisy machine cannot settle). A benchmark, not a test:
# exits 0 whatever the ratios, non-zero only when something could not be built or run.
#
# Environment (all optional): LIB (the current library; default: cargo build --release, then
# $TARGET/release/libsip_memcached.so), BASE (bd53b6e, the last commit before issue 18's
# restructuring), HIT_RUNS (7 runs of each build), HIT_ROUNDS (7 timed rounds in each process, its
# median taken), CAPI_N (2000000 hits a round), KAM_N (1000000 hits a round), HIT_CALLGRIND (1:
# also count instructions per hit with valgrind's callgrind; 0: not), MC_CPU (0), CLIENT_CPU (1, or
# 0 on a one-CPU machine), CARGO, CC, CARGO_TARGET_DIR.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
case $target in /*) ;; *) target=$root/$target ;; esac
bin=$target/bench-hit
goal=1.05

if [ "${1:-}" != "--measure" ]; then
    cargo=${CARGO:-cargo}
    cc=${CC:-cc}
    base_rev=$(git -C "$root" rev-parse --verify "${BASE:-bd53b6e}^{commit}")
    base_dir=$target/bench-base
    base_lib=$base_dir/libsip_memcached-$base_rev.so
    if [ -f "$base_lib" ]; then
        echo "base library for $base_rev: reused ($base_lib)"
    else
        src=$base_dir/src-$(git -C "$root" rev-parse --short=12 "$base_rev")
        if [ ! -e "$src/.git" ]; then
            # A worktree whose folder went with `cargo clean` is still registered: prune it first.
            git -C "$root" worktree prune
            rm -rf "$src"
            git -C "$root" worktree add --detach "$src" "$base_rev"
        fi
        [ "$(git -C "$src" rev-parse HEAD)" = "$base_rev" ] ||
            { echo "error: $src is not at $base_rev" >&2; exit 1; }
        (cd "$src" && CARGO_TARGET_DIR=$base_dir/target "$cargo" build --release --lib)
        cp "$base_dir/target/release/libsip_memcached.so" "$base_lib.tmp"
        mv "$base_lib.tmp" "$base_lib"
    fi
    if [ -z "${LIB:-}" ]; then
        (cd "$root" && "$cargo" build --release --lib)
        LIB=$target/release/libsip_memcached.so
    fi
    [ -f "$LIB" ] || { echo "error: no library at $LIB" >&2; exit 1; }
    mkdir -p "$bin"
    cflags=(-O2 -g -Wall -Wextra -std=c11 -D_GNU_SOURCE)
    "$cc" "${cflags[@]}" -I"$root/include" -o "$bin/c_api_hit" "$root/benches/c/c_api_hit.c" -ldl
    # -rdynamic: the module resolves the stand-in Kamailio's host functions from the program.
    "$cc" "${cflags[@]}" -rdynamic -o "$bin/kamailio_hit" "$root/benches/c/kamailio_hit.c" -ldl
    export HIT_BASE_LIB=$base_lib HIT_BASE_REV=$base_rev HIT_CURRENT_LIB=$LIB
    MC_CPU=${MC_CPU:-0} exec "$root/scripts/with-memcached.sh" "$root/scripts/bench_hit_regression.sh" --measure
fi

# --measure: inside with-memcached.sh, MC_SERVER is set.
: "${MC_SERVER:?MC_SERVER=host:port (scripts/with-memcached.sh sets it)}"
runs=${HIT_RUNS:-7}
rounds=${HIT_ROUNDS:-7}
capi_n=${CAPI_N:-2000000}
kam_n=${KAM_N:-1000000}
cpus=$(nproc)
client_cpu=${CLIENT_CPU:-$((cpus > 1 ? 1 : 0))}
declare -A lib=([base]=$HIT_BASE_LIB [current]=$HIT_CURRENT_LIB)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$work/results

# One process of PROGRAM (c_api_hit, kamailio_hit) on BUILD (base, current) with N hits a round:
# its RESULT line, tagged with the build and the run; fails when there is none.
measure() { # RUN BUILD PROGRAM N
    local line
    line=$(taskset -c "$client_cpu" "$bin/$3" "${lib[$2]}" "$4" "$rounds" | grep '^RESULT ') ||
        { echo "error: $3 on the $2 library gave no RESULT line" >&2; return 1; }
    echo "${line/#RESULT /RESULT build=$2 run=$1 }" >>"$results"
}

# Instructions of one process of PROGRAM on BUILD with N hits in one round, counted by callgrind.
instructions() { # BUILD PROGRAM N
    taskset -c "$client_cpu" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$bin/$2" "${lib[$1]}" "$3" 1 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

# An untimed pass of each first (page cache, dynamic loader, memcached's own warm-up).
for build in base current; do
    measure 0 "$build" c_api_hit 10000
    measure 0 "$build" kamailio_hit 10000
done
: >"$results"
for run in $(seq 1 "$runs"); do
    if ((run % 2)); then order=(base current); else order=(current base); fi
    for build in "${order[@]}"; do measure "$run" "$build" c_api_hit "$capi_n"; done
    for build in "${order[@]}"; do measure "$run" "$build" kamailio_hit "$kam_n"; done
done

echo
echo "Near-cache hit of \$mct, base ${HIT_BASE_REV:0:12} next to current ($HIT_CURRENT_LIB):"
echo "median over $runs runs of each build (each run: the median of $rounds rounds of $capi_n C API hits"
echo "or $kam_n stand-in hits), interleaved, and the fastest round of all (noise only ever adds"
echo "time); memcached on CPU ${MC_CPU:-?}, programs on CPU $client_cpu of $cpus. Goal: current/base at"
echo "most $goal."
echo
awk -v runs="$runs" -v goal="$goal" '
function med(build, field,   r, k, i, j, t, v) {
    k = 0
    for (r = 1; r <= runs; r++) if ((build, field, r) in val) v[++k] = val[build, field, r]
    # insertion sort (mawk has no asort)
    for (i = 2; i <= k; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return (k % 2) ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
}
function fastest(build, field,   r, m) {
    for (r = 1; r <= runs; r++) if ((build, field, r) in low && (m == "" || low[build, field, r] < m)) m = low[build, field, r]
    return m
}
/^RESULT / {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    b = f["build"]; r = f["run"]
    if (f["bench"] == "c_api_hit") { val[b, "capi", r] = f["ns_per_hit"]; low[b, "capi", r] = f["min_ns"] }
    else {
        val[b, "fixed", r] = f["fixed_ns"]; low[b, "fixed", r] = f["fixed_min_ns"]
        val[b, "rendered", r] = f["rendered_ns"]; low[b, "rendered", r] = f["rendered_min_ns"]
    }
}
END {
    name["capi"] = "C API: sipmc_pv_get(\"mct\", key)"
    name["fixed"] = "Kamailio stand-in: $mct(route_1), fixed key"
    name["rendered"] = "Kamailio stand-in: $mct(route_$var(k)), rendered key"
    split("capi fixed rendered", hits, " ")
    print "| near-cache hit | base ns | current ns | current/base | goal <= " goal " | fastest base ns | fastest current ns | fastest current/base |"
    print "|---|---:|---:|---:|---|---:|---:|---:|"
    for (h = 1; h <= 3; h++) {
        b = med("base", hits[h]); c = med("current", hits[h])
        fb = fastest("base", hits[h]); fc = fastest("current", hits[h])
        printf "| %s | %.1f | %.1f | %.3f | %s | %.1f | %.1f | %.3f |\n", name[hits[h]], b, c, c / b,
            (c / b <= goal ? "met" : "not met"), fb, fc, fc / fb
    }
    print ""
    print "ns per hit of each run, the median of its rounds (the spread shows the noise of this machine):"
    print ""
    head = "| near-cache hit | build |"; rule = "|---|---|"
    for (r = 1; r <= runs; r++) { head = head " run " r " |"; rule = rule "---:|" }
    print head; print rule
    for (h = 1; h <= 3; h++) for (bi = 1; bi <= 2; bi++) {
        build = (bi == 1 ? "base" : "current"); line = "| " name[hits[h]] " | " build " |"
        for (r = 1; r <= runs; r++) line = line sprintf(" %.1f |", val[build, hits[h], r])
        print line
    }
}' "$results"

if [ "${HIT_CALLGRIND:-1}" = 1 ]; then
    c1=10000 c2=60000
    echo
    echo "Instructions per hit (valgrind --tool=callgrind, whole process, ($c1 → $c2 hits) difference"
    echo "÷ $((c2 - c1)): exact and repeatable, unlike times; the stand-in's loop makes one fixed-key, one"
    echo "rendered-key and one floor call per step):"
    echo
    echo "| near-cache hit | base | current | current/base |"
    echo "|---|---:|---:|---:|"
    for program in c_api_hit kamailio_hit; do
        declare -A per=()
        for build in base current; do
            i1=$(instructions "$build" "$program" "$c1")
            i2=$(instructions "$build" "$program" "$c2")
            [ -n "$i1" ] && [ -n "$i2" ] ||
                { echo "error: callgrind counted nothing for $program on the $build library" >&2; exit 1; }
            per[$build]=$(((i2 - i1) / (c2 - c1)))
        done
        label="C API: sipmc_pv_get(\"mct\", key)"
        [ "$program" = kamailio_hit ] && label="Kamailio stand-in: fixed key + rendered key + floor"
        awk -v l="$label" -v b="${per[base]}" -v c="${per[current]}" 'BEGIN { printf "| %s | %d | %d | %.3f |\n", l, b, c, c / b }'
    done
fi
