#!/usr/bin/env bash
# Runs every fuzz target under fuzz/ (or the ones named) for FUZZ_SECONDS each, one after another,
# and prints for each how many inputs libFuzzer ran and whether it found anything.
#
# Usage: scripts/fuzz.sh [TARGET...]        (make fuzz)
#   FUZZ_SECONDS=60     seconds per target
#   FUZZ_ARGS="..."     more libFuzzer options (e.g. "-seed=1 -max_len=8192")
#
# Works with the stable toolchain: RUSTC_BOOTSTRAP=1 lets it take the nightly-only flags cargo-fuzz
# passes (-Zsanitizer=address, ...). cargo-fuzz is installed with `cargo install` when missing,
# and a C++ compiler (for libFuzzer itself) with apt.
#
# The committed seeds are in fuzz/corpus/TARGET/ and are only read; what the fuzzer adds goes to
# fuzz/corpus-work/TARGET/, kept between runs (git-ignored). A finding is written to
# fuzz/artifacts/TARGET/ (crash-*, timeout-*, oom-*), the whole output to fuzz/logs/TARGET.log.
# Reproduce one with: RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-...
# Exit status: 0 when no target found anything, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
export RUSTC_BOOTSTRAP=1
CARGO=${CARGO:-cargo}

scripts/deps.sh c++:g++
if ! $CARGO fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz"
    $CARGO install cargo-fuzz --locked
fi

if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <($CARGO fuzz list --fuzz-dir fuzz)
fi

mkdir -p fuzz/logs
echo "building the fuzz targets (log: fuzz/logs/build.log)"
if ! $CARGO fuzz build --fuzz-dir fuzz >fuzz/logs/build.log 2>&1; then
    tail -40 fuzz/logs/build.log >&2
    exit 1
fi
summary=()
found=0
for target in "${targets[@]}"; do
    work=fuzz/corpus-work/$target
    seeds=fuzz/corpus/$target
    log=fuzz/logs/$target.log
    mkdir -p "$work" "$seeds" "fuzz/artifacts/$target"
    echo "fuzzing $target for ${seconds}s (log: $log)"
    status=0
    # shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
    $CARGO fuzz run --fuzz-dir fuzz "$target" "$work" "$seeds" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        ${FUZZ_ARGS:-} >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
    if [ -z "$runs" ]; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
    fi
    runs=${runs:-?}
    corpus=$(find "$work" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        line="$target: $runs runs in ${seconds}s, no finding; corpus $corpus files (+ $(find "$seeds" -type f | wc -l) seeds)"
    else
        found=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        line="$target: FINDING after $runs runs (exit $status): ${artifact:-no artifact, see $log}"
        # The panic and its message, or else the sanitizer's or libFuzzer's report.
        { grep -m1 -A1 "panicked at" "$log" ||
            grep -m1 -E "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)" "$log" ||
            true; } | sed 's/^/    /'
    fi
    echo "$line"
    summary+=("$line")
done

echo
echo "fuzz summary:"
printf '  %s\n' "${summary[@]}"
exit "$found"
