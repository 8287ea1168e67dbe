#!/usr/bin/env bash
# sip-memcached end-to-end benchmark in a real Kamailio 5.6 (make bench-kamailio), or with
# BENCH_HOST=opensips in the real OpenSIPS 3.6.8 of make opensips-host (make bench-opensips:
# benches/opensips/bench.cfg, the same rows and routes with cache_fetch, cache_store, cache_add).
#
# One config (benches/kamailio/bench.cfg) and one sipp UAC scenario (benches/kamailio/options_uac.xml)
# for every row; only the loaded module and its modparams change. Six Kamailio instances:
#
#   base    no memcached access at all (our module loaded, never used): sip:base@
#   stock   the stock memcached.so
#   ours    our libsip_memcached.so, near cache off
#   near    our module, cache_size 10000, cache_ttl 5000 (the read route; near-mix, the same, for
#           the mix route: see INST below)
#   local   the in-process anchor: our module loaded, never used; the reads go to Kamailio's htable
#           ($sht) or OpenSIPS's cachedb_local (cache_fetch("local", ...)), filled with the same 100
#           keys and values at startup. What an operator would use for data kept in the proxy's own
#           shared memory: the fair limit for a near cache (the no-memcached row does no lookup).
#
# and four routes (the request URI's user picks one):
#
#   base    builds 4 route values, checks each and appends it to the 200 (no memcached access);
#           the "no memcached" row of both tables
#   read    the same with 4 $mct reads of 100 existing keys (a wrong value answers 500)
#   local   the same with 4 $sht (cache_fetch("local", ...)) reads of the same keys: the local
#           instance's row of the read table
#   mix     $mct($ci) = $rU; read it back (checked, appended to the 200); $mcinc(counter) = 1
#
# A "search" is one instance on one route: base, stock.read, ours.read, near.read, local.read,
# stock.mix, ours.mix, near.mix. The instances run side by side (each on its own port, idle when not driven)
# and the searches are driven in turn at each rate, so that the rows of one run share the same
# background load.
#
# Rate search, per search: sipp sends STEP_SECONDS worth of OPTIONS (at most MAX_CALLS) at a target
# rate, from START_RATE calls/s up by x1.5. A step is good when every call got its 200 (sipp: no
# failed call, no retransmission), the achieved rate (calls answered / time from the first OPTIONS
# sent to the last 200 received) is at least 95% of the target, and p99 is at most P99_MAX_US. A
# bad step is run once more before it counts (the machine is shared). After the first bad step,
# REFINE geometric bisections between the last good and the first bad rate (skipped past BUDGET
# seconds). The result is the last good rate: the max sustainable open-loop rate.
#
# Response times: the scenario takes gettimeofday right after sending the OPTIONS and on receiving
# the 200 and logs both (-trace_logs); p50/p99 are exact order statistics of those per-call times,
# in microseconds. (sipp's own rtd, -trace_rtt and the statistics screen use
# CLOCK_MONOTONIC_COARSE: 4 ms ticks here, so they cannot show sub-millisecond times.)
# CPU per request, the primary figure (and the goals'): after the rate search, CPU_ROUNDS rounds in
# which every search in turn gets one step of CPU_SECONDS at CPU_RATE calls/s (each round starting
# one search further on than the one before); a round gives each
# search its host CPU per answered call, and each goal its ratio of two searches (the same offered
# load, seconds apart); the figure is the median over the rounds, printed with the lowest and highest
# round (the machine is shared: a round's ratio moves by some %). Host CPU: the nanoseconds every
# process and thread of the host (main process and children) spent on a CPU (/proc schedstat: user
# and system time, exact). Each measured step follows a CPU_WARMUP step of the same search at the
# same rate (1 s, not measured), and lasts CPU_SECONDS, the near cache's cache_ttl (5 s): the near
# row starts it with its entries filled a second before, as under a steady load, so that the step
# pays what a steady load pays for them: their refreshes (the entries expire during the other
# searches' steps; without the warm-up, every step would start with all of them expired and pay a
# miss per key and worker, which a steady load, with refresh ahead, does not). The
# rate-search columns ("over the rate search"): the same CPU and memcached's rusage (its stats) over
# the good steps at the rates every row of the route's table passed, divided by the calls answered
# there (steps of STEP_SECONDS, shorter than cache_ttl: the near row pays its refills more often
# than a steady load would); memcached commands per request (cmd_get + cmd_set + incr) likewise.
# System calls per request: after the rate search, strace -c -f attached to the instance's SIP
# workers (the "udp receiver" processes of kamcmd core.psx) while sipp sends SYSCALL_CALLS calls at
# SYSCALL_RATE calls/s, 5 s by default, after a CPU_WARMUP step: as for CPU_SECONDS; the calls counted divided by
# the requests (the workers do nothing else); failed calls, such as a recvfrom that finds nothing to
# read, listed after the total.
# Peak memory: VmHWM of the SIP workers after the run, the largest of them.
#
# CPUs (2 or more): Kamailio and all its processes on CPU 1, sipp and memcached on CPU 0. With one
# CPU, everything on CPU 0. Only 127.0.0.1 is used (sipp's SIP and control sockets are bound to it);
# every port is checked free and a start that still loses its port is retried. Everything started
# here is stopped by pid on exit (memcached by with-memcached.sh).
#
# Usage: scripts/bench_kamailio.sh   (starts its own memcached through scripts/with-memcached.sh)
# Env:   SIPMC_LIB (our .so, default target/release/libsip_memcached.so), STOCK_MODULE,
#        BENCH_START_RATE (1000), BENCH_STEP_SECONDS (2), BENCH_MAX_CALLS (60000),
#        BENCH_MAX_RATE (100000), BENCH_REFINE (2), BENCH_BUDGET (240), BENCH_P99_MAX_US (10000),
#        BENCH_HOST (kamailio, or opensips: OPENSIPS_ENV, default the opensips-3.6.env descriptor;
#        BENCH_OPENSIPS_ARGS), BENCH_ROWS ("base stock ours near local"), BENCH_ROUTES ("read mix"),
#        BENCH_SYSCALL_CALLS (2500: 5 s, cache_ttl, at 500/s; 0 skips the count), BENCH_SYSCALL_RATE (500),
#        BENCH_CPU_RATE (3000), BENCH_CPU_SECONDS (5), BENCH_CPU_ROUNDS (7, 0 skips them),
#        BENCH_CPU_WARMUP (1, seconds),
#        BENCH_KAMAILIO_ARGS ("-x tlsf -X tlsf"), BENCH_KEEP=1 keeps the work directory (configs,
#        host logs, sipp outputs).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/kamailio_sipp_lib.sh
. "$ROOT/scripts/kamailio_sipp_lib.sh"
HOST=${BENCH_HOST:-kamailio}
NAME=bench-$HOST
KAM_TIMEOUT=500
OURS=${SIPMC_LIB:-$ROOT/target/release/libsip_memcached.so}
case $HOST in
    kamailio)
        STOCK=${STOCK_MODULE:-/usr/lib/x86_64-linux-gnu/kamailio/modules/memcached.so}
        MODNAME=memcached HOSTNAME_=Kamailio ;;
    opensips)
        OPENSIPS_ENV=${OPENSIPS_ENV:-${SIPMC_HOST_CACHE:-/var/cache/sip-memcached}/hosts/opensips-3.6.env}
        [ -f "$OPENSIPS_ENV" ] || { echo "bench_kamailio: error: $OPENSIPS_ENV is missing: run make opensips-host" >&2; exit 1; }
        # (paths without spaces: the descriptor of scripts/opensips_host.sh)
        # shellcheck disable=SC1090
        read -r OPENSIPS_BIN OPENSIPS_MODULES os_stock < <(. "$OPENSIPS_ENV" && echo "$OPENSIPS_BIN $OPENSIPS_MODULES $STOCK_MODULE")
        STOCK=${STOCK_MODULE:-$os_stock}
        MODNAME=cachedb_memcached HOSTNAME_=OpenSIPS ;;
    *) echo "bench_kamailio: error: unknown BENCH_HOST $HOST (kamailio, opensips)" >&2; exit 1 ;;
esac
CFG_TEMPLATE=$ROOT/benches/$HOST/bench.cfg
SCENARIO=$ROOT/benches/kamailio/options_uac.xml
START_RATE=${BENCH_START_RATE:-1000}
STEP_SECONDS=${BENCH_STEP_SECONDS:-2}
MAX_CALLS=${BENCH_MAX_CALLS:-60000}
MAX_RATE=${BENCH_MAX_RATE:-100000}
REFINE=${BENCH_REFINE:-2}
BUDGET=${BENCH_BUDGET:-240}
P99_MAX_US=${BENCH_P99_MAX_US:-10000}
ROWS=${BENCH_ROWS:-base stock ours near local}
ROUTES=${BENCH_ROUTES:-read mix}
SYSCALL_CALLS=${BENCH_SYSCALL_CALLS:-2500}
SYSCALL_RATE=${BENCH_SYSCALL_RATE:-500}
CPU_RATE=${BENCH_CPU_RATE:-3000}
CPU_SECONDS=${BENCH_CPU_SECONDS:-5}
CPU_ROUNDS=${BENCH_CPU_ROUNDS:-7}
CPU_WARMUP=${BENCH_CPU_WARMUP:-1}
# TLSF for shared and private memory: with Debian's default (qm, mem_join=1) qm_malloc alone takes
# most of Kamailio's CPU on this route and hides what the modules cost. "" gives the default.
if [ "$HOST" = kamailio ]; then
    read -r -a KAM_ARGS <<<"${BENCH_KAMAILIO_ARGS--x tlsf -X tlsf}"
else
    read -r -a KAM_ARGS <<<"${BENCH_OPENSIPS_ARGS-}"
fi

die() { echo "bench_kamailio: error: $*" >&2; exit 1; }

need_tools "make bench-kamailio installs it: packages sip-tester, memcached, strace, curl" sipp taskset timeout ss memcached strace curl
if [ "$HOST" = kamailio ]; then
    need_tools "package kamailio" kamailio kamcmd
else
    [ -x "$OPENSIPS_BIN" ] || die "$OPENSIPS_BIN is missing: run make opensips-host"
fi
[ -f "$OURS" ] || die "$OURS is missing: run make build (or set SIPMC_LIB)"
[ -f "$STOCK" ] || die "$STOCK is missing (Kamailio: apt-get install kamailio-memcached-modules; OpenSIPS: make opensips-host)"
for row in $ROWS; do
    case $row in base | stock | ours | near | local) ;; *) die "unknown row $row (base stock ours near local)" ;; esac
done
for route in $ROUTES; do
    case $route in read | mix) ;; *) die "unknown route $route (read mix)" ;; esac
done
# The searches, in the order they are driven: the baseline, then each route's module rows (the
# in-process anchor on the read route only: it has no counter or write to compare with the mix).
SEARCHES=""
for row in $ROWS; do [ "$row" = base ] && SEARCHES=base; done
for route in $ROUTES; do
    for row in $ROWS; do
        [ "$row" = base ] || { [ "$row" = local ] && [ "$route" != read ]; } || SEARCHES+=" $row.$route"
    done
done
SEARCHES=$(echo "$SEARCHES" | xargs)
[ -n "$SEARCHES" ] || die "nothing to measure (BENCH_ROWS, BENCH_ROUTES)"

under_own_memcached "$@"
strace_pid=""
# shellcheck disable=SC2329 # (cleanup calls it)
cleanup_extra() {
    [ -n "$strace_pid" ] && stop_pid "$strace_pid"
    strace_pid=""
}

# memcached: commands answered (cmd_get + cmd_set + incr_hits + incr_misses) and CPU seconds
# (rusage user + system). Stops the benchmark when memcached or with-memcached.sh is gone.
mc_stats() {
    kill -0 "$MC_PARENT" 2>/dev/null || die "with-memcached.sh (pid $MC_PARENT) has exited"
    mc_stat cmd_get cmd_set incr_hits incr_misses rusage_user rusage_system |
        awk 'NR <= 4 { n += $1; next } { c += $1 } END { printf "%d %.6f\n", n, c }'
}

udp_rcvbuf_errors() { awk '/^Udp:/ { n++; if (n == 2) print $6 }' /proc/net/snmp; }

# From the scenario's per-call log lines "s0 u0 s1 u1" (send and 200 times): p50 and p99 response
# times (microseconds), the calls answered, and the achieved rate (answered calls / time from the
# first OPTIONS sent to the last 200 received).
latency() {
    awk '{ t0 = $1 + $2 / 1e6; t1 = $3 + $4 / 1e6
           if (NR == 1 || t0 < first) first = t0; if (NR == 1 || t1 > last) last = t1
           printf "%d\n", ($3 - $1) * 1000000 + ($4 - $2) }
         END { printf "rate %.0f\n", (NR > 1 && last > first) ? NR / (last - first) : 0 }' "$1" |
        sort -n -k1,1 | awk '/^rate/ { rate = $2; next } { a[++n] = $1 }
            END { if (n == 0) { print "- - 0 0"; exit }
                  i50 = int(n * 0.50); if (i50 < n * 0.50) i50++
                  i99 = int(n * 0.99); if (i99 < n * 0.99) i99++
                  print a[i50], a[i99], n, rate + 0 }'
}


declare -A USER INST GOOD BAD P99 P50_1K P99_1K STEPS HWM WORKERS LOGERR SYSC
# A search runs on its row's instance, but for the near cache's mix route, which has an instance of
# its own (near-mix): every mix request writes a key of its own through the near cache (15,000 per
# 5 s step), which would fill the read route's near cache to its 10,000 entries per worker while
# the in-process anchor holds its 100, and the read table is to compare the same 100 keys in each.
# INSTANCES: every instance, in the order they start.
INSTANCES=""
for s in $SEARCHES; do
    INST[$s]=${s%%.*}
    [ "$s" = near.mix ] && INST[$s]=near-mix
    case " $INSTANCES " in *" ${INST[$s]} "*) ;; *) INSTANCES+=" ${INST[$s]}" ;; esac
    case $s in base) USER[$s]=base ;; local.read) USER[$s]=local ;; *) USER[$s]=${s#*.} ;; esac
done

# One load step: step SEARCH RATE [SECONDS [FILE]] (SECONDS: STEP_SECONDS, FILE: $WORK/steps). Sets
# step_p50, step_p99; returns 0 when good. Appends a line to FILE: search rate good calls
# host-cpu-nanoseconds memcached-commands memcached-cpu-seconds p50 p99.
step() {
    local s=$1 rate=$2 seconds=${3:-$STEP_SECONDS} file=${4:-$WORK/steps} inst=${INST[$1]} calls prefix rc stats k0 k1 m0 m1 u0 u1 why="" good=1
    calls=$((rate * seconds))
    [ "$calls" -gt "$MAX_CALLS" ] && calls=$MAX_CALLS
    STEPS[$s]=$((${STEPS[$s]:-0} + 1))
    prefix=$WORK/$inst/step-${USER[$s]}-${STEPS[$s]}-$rate
    k0=$(kam_cpu_ns "${K_PID[$inst]}")
    m0=$(mc_stats)
    u0=$(udp_rcvbuf_errors)
    rc=0
    run_sipp "$inst" "$prefix" $((seconds * 4 + 20)) -s "${USER[$s]}" -r "$rate" -m "$calls" \
        -recv_timeout 2000 -timeout $((seconds * 4 + 10))s -trace_stat -stf "$prefix.csv" -fd 1 \
        -trace_logs -log_file "$prefix.lat" || rc=$?
    k1=$(kam_cpu_ns "${K_PID[$inst]}")
    m1=$(mc_stats)
    u1=$(udp_rcvbuf_errors)
    read -r s_ok s_failed s_retrans <<<"$(sipp_counts "$prefix.csv")"
    read -r step_p50 step_p99 _ s_rate < <(latency "$prefix.lat" 2>/dev/null || echo "- - 0 0")
    [ "$rc" -ne 0 ] && why+=" sipp-exit=$rc"
    [ "$s_ok" -ne "$calls" ] && why+=" answered=$s_ok/$calls"
    [ "$s_failed" -ne 0 ] && why+=" failed=$s_failed"
    [ "$s_retrans" -ne 0 ] && why+=" retrans=$s_retrans"
    [ $((s_rate * 100)) -lt $((rate * 95)) ] && why+=" achieved<95%"
    if [ "$step_p99" = - ] || [ "$step_p99" -gt "$P99_MAX_US" ]; then why+=" p99>${P99_MAX_US}us"; fi
    [ -n "$why" ] && good=0
    [ "$u1" -gt "$u0" ] && why+=" (UDP receive buffer drops: $((u1 - u0)))"
    alive "$inst" || { why+=" $HOST EXITED"; good=0; }
    printf '  %-10s %6d/s x %5d calls: achieved %6s/s  p50 %6s us  p99 %7s us  %s\n' "$s" "$rate" \
        "$calls" "$s_rate" "$step_p50" "$step_p99" "${why:-ok}"
    read -r g0 c0 <<<"$m0"
    read -r g1 c1 <<<"$m1"
    echo "$s $rate $good $s_ok $((k1 - k0)) $((g1 - g0)) $(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.6f", b - a }') $step_p50 $step_p99" >>"$file"
    [ "$good" = 1 ]
}

# The last line of sipp's statistics file: cumulative counters, found by their column names.
sipp_counts() {
    awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next } { last = $0 }
        END { split(last, f, ";")
              printf "%d %d %d\n", f[col["SuccessfulCall(C)"]], f[col["FailedCall(C)"]],
                  f[col["Retransmissions(C)"]] }' "$1" 2>/dev/null || echo "0 0 0"
}

# A bad step is run once more (noise from the shared machine); good if either run is.
step_confirmed() {
    step "$@" && return 0
    alive "${INST[$1]}" || return 1
    step "$@"
}

# The pids of an instance's SIP workers: the "udp receiver" processes of kamcmd core.psx.
# OpenSIPS: the "SIP receiver udp:..." processes of the MI command ps (over HTTP).
worker_pids() {
    if [ "$HOST" = kamailio ]; then
        kamcmd -s "unix:$WORK/$1/kamailio_ctl" core.psx 2>/dev/null |
            awk '/PID:/ { pid = $2 } /DSC: udp receiver/ { print pid }'
    else
        curl -s -m 5 -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","method":"ps","id":1}' \
            "http://127.0.0.1:${K_HTTP[$1]}/json" 2>/dev/null |
            python3 -c 'import json, sys
for p in json.load(sys.stdin)["result"]["Processes"]:
    if p["Type"].lower().startswith(("udp receiver", "sip receiver udp")):
        print(p["PID"])' 2>/dev/null || true
    fi
}

# VmHWM (kB) of the instance's SIP workers.
worker_hwm() {
    local inst=$1 pids max=0 hwm all=""
    pids=$(worker_pids "$inst")
    for pid in $pids; do
        hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        [ "${hwm:-0}" -gt "$max" ] && max=$hwm
        all+=" $pid:${hwm:-?}"
    done
    HWM[$inst]=$(awk -v k="$max" 'BEGIN { if (k > 0) printf "%.1f", k / 1024; else print "-" }')
    WORKERS[$inst]=$(echo "$pids" | wc -w)
    echo "$inst SIP workers, pid:VmHWM kB:${all:- none found}"
}

# System calls per SIP request: strace -c -f on the search's SIP workers while sipp sends
# SYSCALL_CALLS calls at SYSCALL_RATE/s. Sets SYSC[search] to "TOTAL (name n.nn, ...)".
count_syscalls() {
    local s=$1 inst=${INST[$1]} pids args=() out rc=0 ok retrans
    out=$WORK/$inst/strace-${USER[$s]}
    pids=$(worker_pids "$inst")
    [ -n "$pids" ] || { SYSC[$s]="- (no workers found)"; return 0; }
    step "$s" "$SYSCALL_RATE" "$CPU_WARMUP" "$WORK/warmup" >/dev/null || true
    for p in $pids; do args+=(-p "$p"); done
    strace -c -f -q -o "$out.txt" "${args[@]}" 2>"$out.strace-err" &
    strace_pid=$!
    sleep 1 # attached (the workers sleep in recvfrom meanwhile)
    run_sipp "$inst" "$out" 60 -s "${USER[$s]}" -r "$SYSCALL_RATE" -m "$SYSCALL_CALLS" -recv_timeout 5000 \
        -timeout 50s -trace_stat -stf "$out.csv" -fd 1 || rc=$?
    sleep 0.3
    kill -INT "$strace_pid" 2>/dev/null || true
    wait "$strace_pid" 2>/dev/null || true
    strace_pid=""
    read -r ok _ retrans <<<"$(sipp_counts "$out.csv")"
    SYSC[$s]=$(awk -v n="$SYSCALL_CALLS" '/^-----/ { d++; next } d == 1 && NF >= 5 { c[$NF] = $4; t += $4; if (NF >= 6) { e[$NF] = $5; te += $5 } }
        END { if (t == 0) { print "-"; exit }
              m = 0; for (k in c) names[++m] = k
              for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (c[names[j]] > c[names[i]]) { x = names[i]; names[i] = names[j]; names[j] = x }
              printf "%.2f (", t / n
              for (i = 1; i <= m && i <= 4; i++) printf "%s%s %.2f", (i > 1 ? ", " : ""), names[i], c[names[i]] / n
              printf "%s)", (m > 4 ? ", ..." : "")
              if (te > 0) { printf " of which failed %.2f (", te / n; f = 0
                  for (k in e) { printf "%s%s %.2f", (f++ ? ", " : ""), k, e[k] / n }; printf ")" } }' "$out.txt" 2>/dev/null || echo -)
    local note=""
    [ "$rc" -ne 0 ] || [ "$ok" -ne "$SYSCALL_CALLS" ] || [ "$retrans" -ne 0 ] && note=" [sipp exit $rc, answered $ok/$SYSCALL_CALLS, retrans $retrans: counts include the extra work]"
    SYSC[$s]+=$note
    printf '  %-10s system calls per request over %d calls: %s\n' "$s" "$SYSCALL_CALLS" "${SYSC[$s]}"
}

if [ "$HOST" = kamailio ]; then
    host_version="kamailio $(kamailio -v 2>/dev/null | awk 'NR == 1 { print $3 }')"
else
    host_version=$("$OPENSIPS_BIN" -V 2>/dev/null | awk 'NR == 1 { print $2, $3 }')
fi
echo "sip-memcached $HOSTNAME_ benchmark: $host_version, sipp $(sipp -v 2>&1 | awk '/SIPp v/ { sub(/-.*/, "", $2); print $2 }'), memcached at $MC_SERVER"
echo "CPUs: $(nproc); $HOSTNAME_ on CPU $KAM_CPU, sipp and memcached on CPU $LOAD_CPU. Steps of ${STEP_SECONDS} s (at most $MAX_CALLS calls), from $START_RATE calls/s x1.5, then $REFINE bisections; good: 0 lost, every reply 200 with its value, p99 <= $P99_MAX_US us"
echo "our module: $OURS; stock: $STOCK; $HOST ${KAM_ARGS[*]}; searches: $SEARCHES"
t0=$SECONDS

for row in $INSTANCES; do
    case $row in
        base | ours | local) module=$OURS extra="" ;;
        stock) module=$STOCK extra="" ;;
        near | near-mix) module=$OURS
            extra="modparam(\"$MODNAME\", \"cache_size\", 10000)\\nmodparam(\"$MODNAME\", \"cache_ttl\", 5000)" ;;
    esac
    start_host "$row" "$module" "$extra"
    if [ "$row" = local ]; then
        # The table was filled at startup: one read request checks all 4 of its values.
        once_ok "$row" local 5000 || die "$row: a read of the in-process table failed (was it filled at startup?): $(tail -5 "$WORK/$row/$HOST.log")"
    elif [ "$row" != base ]; then
        once_ok "$row" setup 5000 || die "$row: the setup request (writing route_0..route_99, counter) failed: $(tail -5 "$WORK/$row/$HOST.log")"
    fi
    echo "started $row: pid ${K_PID[$row]}, port ${K_PORT[$row]}, $(basename "$module")${extra:+ with cache_size 10000, cache_ttl 5000}"
done
for s in $SEARCHES; do GOOD[$s]=0 BAD[$s]=0 P99[$s]=- P50_1K[$s]=- P99_1K[$s]=-; done

# Up by x1.5, every search in turn at each rate, until each search has a bad step.
rate=$START_RATE
while [ "$rate" -le "$MAX_RATE" ]; do
    pending=0
    for s in $SEARCHES; do
        if [ "${BAD[$s]}" != 0 ] || ! alive "${INST[$s]}"; then continue; fi
        if step_confirmed "$s" "$rate"; then
            GOOD[$s]=$rate P99[$s]=$step_p99
            [ "$rate" = "$START_RATE" ] && P50_1K[$s]=$step_p50 P99_1K[$s]=$step_p99
            pending=1
        else
            BAD[$s]=$rate
        fi
    done
    [ "$pending" = 1 ] || break
    rate=$((rate * 3 / 2))
done
# Bisections between the last good and the first bad rate, every search in turn, while in budget.
for _ in $(seq "$REFINE"); do
    if [ $((SECONDS - t0)) -gt "$BUDGET" ]; then
        echo "  (over the ${BUDGET} s budget: no more bisections)"
        break
    fi
    for s in $SEARCHES; do
        if [ "${GOOD[$s]}" = 0 ] || [ "${BAD[$s]}" = 0 ] || ! alive "${INST[$s]}"; then continue; fi
        mid=$(awk -v a="${GOOD[$s]}" -v b="${BAD[$s]}" 'BEGIN { printf "%d\n", int(sqrt(a * b) / 50 + 0.5) * 50 }')
        if [ "$mid" -le "${GOOD[$s]}" ] || [ "$mid" -ge "${BAD[$s]}" ]; then continue; fi
        if step_confirmed "$s" "$mid"; then GOOD[$s]=$mid P99[$s]=$step_p99; else BAD[$s]=$mid; fi
    done
done

# CPU per request at one offered load: CPU_ROUNDS rounds, every search in turn (see the top).
if [ "$CPU_ROUNDS" -gt 0 ]; then
    echo "CPU per request: $CPU_ROUNDS rounds of a ${CPU_SECONDS} s step at $CPU_RATE calls/s (after a ${CPU_WARMUP} s warm-up), every search in turn, each round starting one search further on"
    read -r -a order <<<"$SEARCHES"
    for round in $(seq "$CPU_ROUNDS"); do
        # Each round starts one search further on, so that no search always follows the same one
        # (what the machine does after a step, such as the previous search's memcached load, is
        # spread over every search rather than charged to one).
        for i in "${!order[@]}"; do
            s=${order[$(((i + round - 1) % ${#order[@]}))]}
            alive "${INST[$s]}" || continue
            step "$s" "$CPU_RATE" "$CPU_WARMUP" "$WORK/warmup" >/dev/null || true
            step "$s" "$CPU_RATE" "$CPU_SECONDS" "$WORK/cpu-round-$round" || true
        done
    done
fi

# System calls per request, every search (strace slows the workers: not during the rate search).
if [ "$SYSCALL_CALLS" -gt 0 ]; then
    for s in $SEARCHES; do
        if alive "${INST[$s]}"; then count_syscalls "$s"; else SYSC[$s]=-; fi
    done
fi

# After the run: workers' peak memory, our stats, problems in the logs; then stop.
for row in $INSTANCES; do
    dir=$WORK/$row
    if alive "$row"; then
        worker_hwm "$row"
        [ "$row" = stock ] || [ "$HOST" != kamailio ] || kamcmd -s "unix:$dir/kamailio_ctl" memcached.stats >"$dir/memcached.stats" 2>&1 || true
    else
        HWM[$row]=- WORKERS[$row]=0
        echo "!! $row: $HOSTNAME_ exited during the run; last log lines:"
        tail -20 "$dir/$HOST.log" | sed 's/^/   | /'
    fi
    stop_kamailio "$row"
    # Log lines at warning level or above, less the sl module's note that tm is not loaded.
    grep -E 'ERROR|CRITICAL|ALERT|BUG|WARNING' "$dir/$HOST.log" | grep -v 'load_tm_api' >"$dir/log-problems" || true
    LOGERR[$row]=$(wc -l <"$dir/log-problems")
    if [ "${LOGERR[$row]}" -gt 0 ]; then
        echo "!! $row: ${LOGERR[$row]} warning/error lines in the $HOSTNAME_ log, the first ones:"
        head -5 "$dir/log-problems" | sed 's/^/   | /'
    fi
    if [ -s "$dir/memcached.stats" ]; then
        echo "$row memcached.stats: $(grep -E '^\s*(operations|hits|misses|errors|timeouts|cache_hits|cache_misses|cache_entries):' "$dir/memcached.stats" |
            head -8 | tr -d '\t' | tr '\n' ' ')"
    fi
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "-" }'; }
name() {
    case ${1%%.*} in base) echo "no memcached" ;; stock) echo "stock $(basename "$STOCK")" ;;
        ours) echo "ours" ;; near) echo "ours + near cache" ;;
        local) if [ "$HOST" = kamailio ]; then echo "htable \$sht (in-process)"; else echo "cachedb_local (in-process)"; fi ;; esac
}
# Over the rates that every search of a table passed (the same offered load): CPU and memcached
# commands per request over all those steps, and p50/p99 at the highest of them. Lines of the
# output: "search kamailio_us memcached_us commands top_rate p50 p99", then "rates R1 R2 ...".
common_table() {
    awk -v rows="$1" '
    $3 == 1 { ok[$1, $2] = 1; calls[$1, $2] = $4; kt[$1, $2] = $5; mg[$1, $2] = $6; mc[$1, $2] = $7
              p50[$1, $2] = $8; p99[$1, $2] = $9; rates[$2] = 1 }
    END { nr = split(rows, r, " "); top = 0
          for (rate in rates) {
              all = 1; for (i = 1; i <= nr; i++) if (!((r[i], rate) in ok)) all = 0
              if (all) { common[rate] = 1; if (rate + 0 > top) top = rate + 0 } }
          for (i = 1; i <= nr; i++) { c = k = g = m = 0
              for (rate in common) { c += calls[r[i], rate]; k += kt[r[i], rate]; g += mg[r[i], rate]; m += mc[r[i], rate] }
              if (c > 0) printf "%s %.1f %.1f %.2f %d %s %s\n", r[i], k / 1e3 / c, m * 1e6 / c, g / c, top, p50[r[i], top], p99[r[i], top]
              else printf "%s - - - - - -\n", r[i] }
          n = 0; for (rate in common) sorted[++n] = rate + 0
          for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
          printf "rates"; for (i = 1; i <= n; i++) printf " %d", sorted[i]; printf "\n" }' "$WORK/steps" 2>/dev/null || true
}
# verdict LABEL RATIO le|ge LIMIT [HOW]: RATIO against LIMIT, met or not met (HOW, after the ratio,
# says how it was measured), on one line that starts with "goal" (scripts/bench_summary.sh collects
# those lines); a RATIO that is not a positive number is "not measured". Never fails.
verdict() {
    awk -v l="$HOSTNAME_ $1" -v r="$2" -v op="$3" -v m="$4" -v how="${5:-}" 'BEGIN {
        if (r + 0 > 0) { ok = (op == "le" ? r <= m + 1e-9 : r >= m - 1e-9)
            printf "goal %s: %s (%.3fx%s; goal %s %.2fx)\n", l, (ok ? "met" : "not met"), r, how, (op == "le" ? "<=" : ">="), m }
        else printf "goal %s: not measured\n", l }'
}
# goal LABEL VALUE REFERENCE le|ge LIMIT: the verdict on the ratio VALUE / REFERENCE.
goal() {
    verdict "$1" "$(awk -v a="$2" -v b="$3" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.12g", a / b; else print "-" }')" "$4" "$5"
}
total_syscalls() { echo "${1%% *}"; } # the total of a SYSC value "TOTAL (name n, ...)"
# The median over the CPU rounds of A's / B's CPU per request, two decimals ("-" when unmeasured).
median_ratio() { local m; read -r m _ < <(cpu_rounds "$1" "$2"); awk -v m="$m" 'BEGIN { if (m + 0 > 0) printf "%.2f", m; else print "-" }'; }
# Over the CPU rounds: cpu_rounds A gives "median lowest highest rounds" of search A's host CPU per
# request (us); cpu_rounds A B the same of A's / B's, per round (rounds where both steps were good).
cpu_rounds() {
    local files=("$WORK"/cpu-round-*)
    [ -e "${files[0]}" ] || { echo "- - - 0"; return 0; }
    awk -v a="$1" -v b="${2:-}" '
        FNR == 1 { round++ }
        $3 == 1 && $4 > 0 { cpu[$1, round] = $5 / 1e3 / $4 }
        END { n = 0
              for (r = 1; r <= round; r++) {
                  if (!((a, r) in cpu)) continue
                  if (b == "") v[++n] = cpu[a, r]
                  else if ((b, r) in cpu && cpu[b, r] > 0) v[++n] = cpu[a, r] / cpu[b, r] }
              if (n == 0) { print "- - - 0"; exit }
              for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
              m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
              printf "%.4f %.4f %.4f %d\n", m, v[1], v[n], n }' "${files[@]}"
}
# goal_rounds LABEL A B le|ge LIMIT: the verdict on the median over the CPU rounds of A's / B's CPU
# per request, with the rounds' lowest and highest ratio.
goal_rounds() {
    local median low high n
    read -r median low high n < <(cpu_rounds "$2" "$3")
    [ "$n" -gt 0 ] || median=-
    verdict "$1" "$median" "$4" "$5" "$(awk -v n="$n" -v rate="$CPU_RATE" -v lo="$low" -v hi="$high" \
        'BEGIN { if (n + 0 > 0) printf ", the median of %d rounds at %d/s, from %.3f to %.3f", n, rate, lo, hi }')"
}
declare -A CPU_K CPU_M CMDS TOP_P50 TOP_P99 TOP_RATE COMMON_RATES
for route in $ROUTES; do
    list=""
    for s in $SEARCHES; do [ "$s" = base ] || [ "${s#*.}" = "$route" ] && list+=" $s"; done
    while read -r s k m g top p50 p99; do
        if [ "$s" = rates ]; then COMMON_RATES[$route]=$(echo "$k $m $g $top $p50 $p99" | xargs); continue; fi
        CPU_K[$route.$s]=$k CPU_M[$route.$s]=$m CMDS[$route.$s]=$g TOP_P50[$route.$s]=$p50 TOP_P99[$route.$s]=$p99 TOP_RATE[$route]=$top
    done < <(common_table "$list")
    case $HOST.$route in
        kamailio.read) echo; echo "Read route: 4 \$mct reads of existing keys per request (the no-memcached row: the same checks, no \$mct; the htable row: the same reads with \$sht from Kamailio's shared memory)" ;;
        kamailio.mix) echo; echo "Mix route: \$mct(\$ci) = \$rU, read it back, \$mcinc(counter) = 1 per request (the no-memcached row: the read route's baseline)" ;;
        opensips.read) echo; echo "Read route: 4 cache_fetch of existing keys per request (the no-memcached row: the same checks, no cache_fetch; the cachedb_local row: the same reads with cache_fetch(\"local\", ...) from OpenSIPS's shared memory)" ;;
        opensips.mix) echo; echo "Mix route: cache_store(\$ci, \$rU), cache_fetch it back, cache_add(counter, 1) per request (the no-memcached row: the read route's baseline)" ;;
    esac
    top=${TOP_RATE[$route]:--}
    echo
    echo "| row | $HOSTNAME_ CPU us/req at $CPU_RATE/s (median of rounds: lowest-highest) | syscalls/req (workers) | max req/s | vs stock | vs no memcached | p99 at max (us) | p50 / p99 at $START_RATE/s (us) | p50 / p99 at $top/s (us) | $HOSTNAME_ CPU us/req over the rate search | memcached CPU us/req over the rate search | memcached cmds/req over the rate search | worker VmHWM (MiB) | log warnings |"
    echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for s in $list; do
        inst=${INST[$s]}
        read -r c_med c_low c_high c_n < <(cpu_rounds "$s")
        cpu_cell=$(awk -v m="$c_med" -v lo="$c_low" -v hi="$c_high" -v n="$c_n" 'BEGIN { if (n + 0 > 0) printf "%.1f (%.1f-%.1f)", m, lo, hi; else print "-" }')
        printf '| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s | %s | %s | %s | %s |\n' "$(name "$s")" "$cpu_cell" "${SYSC[$s]:--}" "${GOOD[$s]}" \
            "$(ratio "${GOOD[$s]}" "${GOOD[stock.$route]:-0}")" "$(ratio "${GOOD[$s]}" "${GOOD[base]:-0}")" \
            "${P99[$s]}" "${P50_1K[$s]}" "${P99_1K[$s]}" "${TOP_P50[$route.$s]:--}" "${TOP_P99[$route.$s]:--}" \
            "${CPU_K[$route.$s]:--}" "${CPU_M[$route.$s]:--}" "${CMDS[$route.$s]:--}" "${HWM[$inst]:--}" "${LOGERR[$inst]:--}"
    done
    echo "(CPU at $CPU_RATE/s: $CPU_ROUNDS rounds of ${CPU_SECONDS} s steps, every row in turn; the rate-search columns: over the steps at"
    echo "${COMMON_RATES[$route]:-no} calls/s, passed by every row of this table)"
    echo "Primary figures: $HOSTNAME_ CPU per request at $CPU_RATE/s and system calls per request; the max rate moves by"
    echo "a step from run to run (see below), so its goals are met or not by that step."
    if [ "$route" = read ]; then
        goal_rounds "read route, ours + near cache CPU per request <= 1.05x $(name local.read)" near.read local.read le 1.05
        goal "read route, ours + near cache max req/s >= 0.97x $(name local.read)" "${GOOD[near.read]:-0}" "${GOOD[local.read]:-0}" ge 0.97
        goal "read route, ours (no near cache) max req/s >= 1.0x stock" "${GOOD[ours.read]:-0}" "${GOOD[stock.read]:-0}" ge 1.0
        echo "  system calls per request, read route: ours + near cache $(total_syscalls "${SYSC[near.read]:--}"), $(name local.read) $(total_syscalls "${SYSC[local.read]:--}"), ours $(total_syscalls "${SYSC[ours.read]:--}"), stock $(total_syscalls "${SYSC[stock.read]:--}")"
    else
        goal_rounds "mix route, ours + near cache CPU per request <= 0.6x stock" near.mix stock.mix le 0.6
        goal "mix route, ours (no near cache) max req/s >= 1.25x stock" "${GOOD[ours.mix]:-0}" "${GOOD[stock.mix]:-0}" ge 1.25
        echo "  system calls per request, mix route: ours + near cache $(total_syscalls "${SYSC[near.mix]:--}"), ours $(total_syscalls "${SYSC[ours.mix]:--}"), stock $(total_syscalls "${SYSC[stock.mix]:--}")"
    fi
done
echo
echo "Other ratios of this run (no goals):"
for route in $ROUTES; do
    echo "  $route route, $HOSTNAME_ CPU per request at $CPU_RATE/s (median of the rounds' ratios): ours / stock $(median_ratio "ours.$route" "stock.$route")x, ours + near / stock $(median_ratio "near.$route" "stock.$route")x, ours + near / no memcached $(median_ratio "near.$route" base)x"
    echo "  $route route, $HOSTNAME_ CPU per request over the rate search: ours / stock $(ratio "${CPU_K[$route.ours.$route]:-}" "${CPU_K[$route.stock.$route]:-}")x, ours + near / stock $(ratio "${CPU_K[$route.near.$route]:-}" "${CPU_K[$route.stock.$route]:-}")x, ours + near / no memcached $(ratio "${CPU_K[$route.near.$route]:-}" "${CPU_K[$route.base]:-}")x"
    echo "  $route route, max req/s: ours + near / no memcached $(ratio "${GOOD[near.$route]:-0}" "${GOOD[base]:-0}")x, ours + near / stock $(ratio "${GOOD[near.$route]:-0}" "${GOOD[stock.$route]:-0}")x"
done
echo "max req/s: the highest open-loop rate with every call answered 200 with its value (no loss, no retransmission,"
echo "  >= 95% achieved, p99 <= $P99_MAX_US us); its 1.5x ladder and $REFINE bisections make steps of ~10%, and one lost"
echo "  datagram fails a step: differences of one step are noise here."
echo "CPU us/req: $HOSTNAME_ (all its processes and threads, /proc schedstat) and memcached (rusage) per answered call; memcached"
echo "  cmds/req: cmd_get + cmd_set + incr per answered call. syscalls/req: strace -c -f on the SIP workers over"
echo "  $SYSCALL_CALLS calls at $SYSCALL_RATE/s, total then the most frequent. VmHWM and log warnings are per $HOSTNAME_ instance"
echo "  (one instance serves both routes, but the near cache has one per route); VmHWM is the largest of its ${WORKERS[stock]:-${WORKERS[ours]:-?}} SIP worker processes after the run."
echo "($((SECONDS - t0)) s. A shared 2-vCPU machine gives indicative numbers: compare the rows of one run.)"
ok_exit=1
