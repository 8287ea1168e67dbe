#!/usr/bin/env bash
# sip-memcached fault case in a real Kamailio 5.6 (make faults): memcached frozen under SIP load.
#
# Three Kamailio instances of benches/kamailio/bench.cfg with modparam timeout 100 (ms): the stock
# memcached.so, ours, ours with the near cache (cache_size 10000, cache_ttl 5000). Each in turn is
# driven on the mix route (sip:mix@: $mct($ci) = $rU, read it back, $mcinc(counter) = 1) by sipp
# at RATE calls/s for BEFORE + FREEZE + AFTER seconds, without retransmissions (-nr: a request
# Kamailio drops stays lost); BEFORE seconds in, memcached is stopped with SIGSTOP and FREEZE
# seconds later resumed with SIGCONT. A call is answered by any final reply (200, or the route's
# 500 when memcached could not give its value back) and lost when none came within 10 s
# (benches/kamailio/options_fault.xml logs each call's kind and send/reply times).
#
# Printed per row: calls sent, answered (200 / 500), lost, and p50/p99/max response time (of
# answered calls, ms), over the whole run and over the calls sent during the freeze.
# Asserted for ours and ours + near cache (exit 1 otherwise): no call lost, and p99 of the calls
# sent during the freeze under P99_MAX_MS. The stock module's numbers are only printed.
#
# CPUs (2 or more): Kamailio on CPU 1, sipp and memcached on CPU 0. Only 127.0.0.1; every port is
# checked free; everything started here is stopped by pid on exit, and a frozen memcached is
# resumed before that (memcached itself by with-memcached.sh).
#
# Usage: scripts/fault_kamailio.sh   (starts its own memcached through scripts/with-memcached.sh)
# Env:   SIPMC_LIB (our .so), STOCK_MODULE, FAULT_RATE (500), FAULT_BEFORE (3), FAULT_FREEZE
#        (SIPMC_FAULT_SECONDS, else 5), FAULT_AFTER (4), FAULT_P99_MAX_MS (500), FAULT_ROWS
#        ("stock ours near"), BENCH_KAMAILIO_ARGS ("-x tlsf -X tlsf"), BENCH_KEEP=1 keeps the work
#        directory.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/kamailio_sipp_lib.sh
. "$ROOT/scripts/kamailio_sipp_lib.sh"
NAME=fault-kamailio
HOST=kamailio
OURS=${SIPMC_LIB:-$ROOT/target/release/libsip_memcached.so}
STOCK=${STOCK_MODULE:-/usr/lib/x86_64-linux-gnu/kamailio/modules/memcached.so}
CFG_TEMPLATE=$ROOT/benches/kamailio/bench.cfg
SCENARIO=$ROOT/benches/kamailio/options_fault.xml
RATE=${FAULT_RATE:-500}
BEFORE=${FAULT_BEFORE:-3}
FREEZE=${FAULT_FREEZE:-${SIPMC_FAULT_SECONDS:-5}}
AFTER=${FAULT_AFTER:-4}
P99_MAX_MS=${FAULT_P99_MAX_MS:-500}
ROWS=${FAULT_ROWS:-stock ours near}
KAM_TIMEOUT=100
read -r -a KAM_ARGS <<<"${BENCH_KAMAILIO_ARGS--x tlsf -X tlsf}"
die() { echo "fault_kamailio: error: $*" >&2; exit 1; }

need_tools "make faults installs it: packages kamailio, sip-tester, memcached" kamailio sipp taskset timeout ss memcached
[ -f "$OURS" ] || die "$OURS is missing: run make build (or set SIPMC_LIB)"
[ -f "$STOCK" ] || die "$STOCK is missing: apt-get install kamailio-memcached-modules"
for row in $ROWS; do
    case $row in stock | ours | near) ;; *) die "unknown row $row (stock ours near)" ;; esac
done

under_own_memcached "$@"
MC_PID=$(mc_stat pid)
[ -n "$MC_PID" ] && kill -0 "$MC_PID" 2>/dev/null || die "cannot find memcached's pid (stats: [$MC_PID])"
freezer_pid=""
# shellcheck disable=SC2329 # (cleanup calls it)
cleanup_extra() {
    local kids=()
    if [ -n "$freezer_pid" ]; then # the freezer subshell and its sleep, by pid
        read -r -a kids 2>/dev/null <"/proc/$freezer_pid/task/$freezer_pid/children" || true
        kill -KILL "$freezer_pid" "${kids[@]}" 2>/dev/null || true
        wait "$freezer_pid" 2>/dev/null || true
    fi
    freezer_pid=""
    kill -CONT "$MC_PID" 2>/dev/null || true
}

name() {
    case $1 in stock) echo "stock memcached.so" ;; ours) echo "ours" ;; near) echo "ours + near cache" ;; esac
}

# Statistics of a run's log (lines "sent N s0 u0", "KIND N s0 u0 s1 u1") with the freeze from
# T_STOP to T_CONT (epoch seconds): "counts sent a200 a500 lost fsent f200 f500 flost" (f: the calls
# sent during the freeze; lost: no reply, whether sipp timed the call out or never ended it); the
# response times (ms) go to LOG.times as "all MS" and "freeze MS" lines.
summary() {
    local log=$1 t_stop=$2 t_cont=$3
    awk -v ts="$t_stop" -v tc="$t_cont" '
        $1 == "sent" { t0 = $3 + $4 / 1e6; n++; if (t0 >= ts && t0 <= tc) { w[$2] = 1; fn_++ }; next }
        $1 == "200" || $1 == "500" {
            if ($1 == "200") { a200++; if ($2 in w) f200++ } else { a500++; if ($2 in w) f500++ }
            ms = (($5 - $3) * 1e6 + ($6 - $4)) / 1000
            printf "all %.3f\n", ms > "/dev/stderr"
            if ($2 in w) printf "freeze %.3f\n", ms > "/dev/stderr" }
        END { printf "counts %d %d %d %d %d %d %d %d\n", n, a200, a500, n - a200 - a500,
                  fn_, f200, f500, fn_ - f200 - f500 }' "$log" 2>"$log.times"
}
# p50 p99 max of the lines "TAG MS" of a times file.
percentiles() {
    awk -v tag="$2" '$1 == tag { print $2 }' "$1" | sort -n | awk '{ a[++n] = $1 }
        END { if (n == 0) { print "- - -"; exit }
              i50 = int(n * 0.50); if (i50 < n * 0.50) i50++
              i99 = int(n * 0.99); if (i99 < n * 0.99) i99++
              printf "%.1f %.1f %.1f\n", a[i50], a[i99], a[n] }'
}

echo "sip-memcached Kamailio fault case: memcached (pid $MC_PID, $MC_SERVER) frozen with SIGSTOP for $FREEZE s under $RATE calls/s on the mix route"
echo "kamailio $(kamailio -v 2>/dev/null | awk 'NR == 1 { print $3 }') ${KAM_ARGS[*]}, modparam timeout $KAM_TIMEOUT ms; CPUs: $(nproc) (Kamailio on CPU $KAM_CPU, sipp and memcached on CPU $LOAD_CPU); our module: $OURS"
for row in $ROWS; do
    case $row in
        ours) module=$OURS extra="" ;;
        stock) module=$STOCK extra="" ;;
        near) module=$OURS extra='modparam("memcached", "cache_size", 10000)\nmodparam("memcached", "cache_ttl", 5000)' ;;
    esac
    start_host "$row" "$module" "$extra"
    once_ok "$row" setup 5000 || die "$row: the setup request failed: $(tail -5 "$WORK/$row/$HOST.log")"
    echo "started $row: pid ${K_PID[$row]}, port ${K_PORT[$row]}, $(basename "$module")${extra:+ with cache_size 10000, cache_ttl 5000}"
done

declare -A RES FRES
calls=$((RATE * (BEFORE + FREEZE + AFTER)))
failed_goal=0
for row in $ROWS; do
    out=$WORK/$row/freeze
    sleep 1 # the previous row's late replies and reconnections settle
    # The freezer: SIGSTOP BEFORE seconds after sipp starts, SIGCONT FREEZE seconds later; the
    # times (epoch seconds) go to $out.times-freeze.
    (
        sleep "$BEFORE"
        date +%s.%N >"$out.freeze"
        kill -STOP "$MC_PID"
        sleep "$FREEZE"
        kill -CONT "$MC_PID"
        date +%s.%N >>"$out.freeze"
    ) &
    freezer_pid=$!
    rc=0
    run_sipp "$row" "$out" $((BEFORE + FREEZE + AFTER + 40)) -s mix -r "$RATE" -m "$calls" -l $((calls + 10)) -nr \
        -timeout $((BEFORE + FREEZE + AFTER + 30))s -trace_logs -log_file "$out.log" || rc=$?
    wait "$freezer_pid" 2>/dev/null || true
    freezer_pid=""
    kill -CONT "$MC_PID" 2>/dev/null || true
    [ -s "$out.log" ] || die "$row: sipp wrote no call log (exit $rc): $(tail -3 "$out.err")"
    { read -r t_stop; read -r t_cont; } <"$out.freeze" || die "$row: the freezer did not record its times"
    read -r _ sent a200 a500 lost fsent f200 f500 flost < <(summary "$out.log" "$t_stop" "$t_cont")
    RES[$row]="$sent $a200 $a500 $lost $(percentiles "$out.log.times" all)"
    FRES[$row]="$fsent $f200 $f500 $flost $(percentiles "$out.log.times" freeze)"
    alive "$row" || RES[$row]+=" KAMAILIO-EXITED"
    printf '  %-5s sent %d: 200 %d, 500 %d, lost %d; sent during the %.2f s freeze %d: lost %d (sipp exit %d)\n' "$row" "$sent" \
        "$a200" "$a500" "$lost" "$(awk -v a="$t_stop" -v b="$t_cont" 'BEGIN { print b - a }')" "$fsent" "$flost" "$rc"
done

echo
echo "| row | calls sent | answered 200 / 500 | lost | p50 / p99 / max (ms) | sent during the freeze | its lost | its p50 / p99 / max (ms) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for row in $ROWS; do
    read -r sent a200 a500 lost p50 p99 max _ <<<"${RES[$row]}"
    read -r fsent _ _ flost fp50 fp99 fmax <<<"${FRES[$row]}"
    printf '| %s | %s | %s / %s | %s | %s / %s / %s | %s | %s | %s / %s / %s |\n' "$(name "$row")" "$sent" "$a200" "$a500" \
        "$lost" "$p50" "$p99" "$max" "$fsent" "$flost" "$fp50" "$fp99" "$fmax"
done
echo
for row in $ROWS; do
    [ "$row" = stock ] && continue
    read -r sent _ _ lost _ _ _ extra <<<"${RES[$row]}"
    read -r _ _ _ _ _ fp99 _ <<<"${FRES[$row]}"
    if [ "$lost" -eq 0 ] && [ "$fp99" != - ] && awk -v p="$fp99" -v m="$P99_MAX_MS" 'BEGIN { exit !(p < m) }' && [ -z "$extra" ]; then
        echo "ok   $(name "$row"): no call lost of $sent, p99 of the calls sent during the freeze $fp99 ms < $P99_MAX_MS ms"
    else
        echo "FAIL $(name "$row"): lost $lost of $sent, p99 of the calls sent during the freeze $fp99 ms (goal: 0 lost, < $P99_MAX_MS ms)${extra:+, $extra}"
        failed_goal=1
    fi
done
if [[ " $ROWS " == *" stock "* ]]; then
    read -r fsent _ _ flost _ <<<"${FRES[stock]}"
    echo "stock memcached.so (printed, not asserted): lost $flost of the $fsent calls sent during the freeze"
fi
echo "(A shared 2-vCPU machine; lost means no reply within 10 s, sipp without retransmissions.)"
for row in $ROWS; do stop_kamailio "$row"; done
ok_exit=1
[ "$failed_goal" = 0 ] || { echo "fault_kamailio: the goal is not met" >&2; exit 1; }
