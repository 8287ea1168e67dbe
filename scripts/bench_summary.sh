#!/usr/bin/env bash
# The one summary page of `make bench`: every goal its parts print, with its ratio, met or not, at
# the end of the run and in a file (the parts' own tables stay in their output above it).
#
#   scripts/bench_summary.sh part LOGDIR NAME COMMAND...
#       runs COMMAND, its output (stdout and stderr) shown as usual and kept in LOGDIR/NN-NAME.log
#       (NN: the order of the parts); exits with COMMAND's status
#   scripts/bench_summary.sh report LOGDIR OUT.md
#       the page from those logs: printed, and written to OUT.md
#
# A goal line is a line of a part's output, outside a table, that ends a label with ": met",
# ": not met", ": NOT met", ": not measured" (or "= ratio (>= limit) met" in
# scripts/bench_clients.sh's targets): the "goal ...: met (1.02x; goal <= 1.05x)" lines of scripts/bench_kamailio.sh and
# scripts/bench_hit_regression.sh, the goals of benches/near_cache.rs and the targets of
# scripts/bench_clients.sh. Parts without goals (benches/tls.rs, benches/curves.rs, the stand-in
# Kamailio hit) are listed as such, so the page says what ran. A part that failed stops `make
# bench` before the page; `scripts/bench_summary.sh report` then gives the page of what did run.
set -euo pipefail

mode=${1:-}
case $mode in
    part)
        [ $# -ge 4 ] || { echo "usage: $0 part LOGDIR NAME COMMAND..." >&2; exit 2; }
        dir=$2 name=$3
        shift 3
        mkdir -p "$dir"
        n=$(find "$dir" -maxdepth 1 -name '*.log' | wc -l)
        log=$dir/$(printf '%02d' $((n + 1)))-$name.log
        set +e
        "$@" 2>&1 | tee "$log"
        rc=${PIPESTATUS[0]}
        set -e
        [ "$rc" -eq 0 ] || echo "(exit status $rc)" >>"$log"
        exit "$rc"
        ;;
    report)
        [ $# -eq 3 ] || { echo "usage: $0 report LOGDIR OUT.md" >&2; exit 2; }
        dir=$2 out=$3
        ;;
    *) echo "usage: $0 part LOGDIR NAME COMMAND... | report LOGDIR OUT.md" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shopt -s nullglob
logs=("$dir"/*.log)
[ ${#logs[@]} -gt 0 ] || { echo "bench_summary: no part logs in $dir (run make bench)" >&2; exit 1; }
rev=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
dirty=""
[ -z "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ] || dirty=" (with uncommitted changes)"
goal_re='(: (met|not met|NOT met|not measured)([ .(]|$))|(= [0-9.]+ \(>= [0-9.]+\) (met|NOT met))'
{
    echo "# sip-memcached benchmark summary"
    echo
    echo "Commit $rev$dirty, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average at the end$(awk '{ printf " %s %s %s", $1, $2, $3 }' /proc/loadavg)."
    echo "Every ratio is between rows measured in the same run; the parts' tables are in their output"
    echo "(the logs: $dir)."
    met=0 total=0
    for log in "${logs[@]}"; do
        part=$(basename "$log" .log)
        part=${part#*-}
        echo
        echo "## $part"
        echo
        status=$(sed -n 's/^(exit status \([0-9]*\))$/\1/p' "$log")
        [ -z "$status" ] || echo "- the part FAILED (exit status $status): its goals below are what it printed before"
        lines=$(grep -v '^|' "$log" | grep -E "$goal_re" || true)
        if [ -z "$lines" ]; then
            echo "- (no goals: its tables are in its output)"
            continue
        fi
        while IFS= read -r line; do
            line=$(sed -E 's/^[-*] +//' <<<"$line")
            echo "- $line"
            # bench_clients.sh's target lines hold four verdicts each.
            n=$(awk '{ print gsub(/(: |\) )(met|not met|NOT met|not measured)/, "") }' <<<"$line")
            ok=$(awk '{ print gsub(/(: |\) )met/, "") }' <<<"$line")
            total=$((total + n)) met=$((met + ok))
        done <<<"$lines"
    done
    echo
    echo "**$met of $total goals met.**"
} >"$out.tmp"
mv "$out.tmp" "$out"
echo
cat "$out"
echo
echo "(written to $out)"
