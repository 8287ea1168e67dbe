#!/usr/bin/env bash
# sip-memcached: what scripts/bench_kamailio.sh and scripts/fault_kamailio.sh share (sourced, not
# run): running the calling script under its own memcached (scripts/with-memcached.sh), starting
# and stopping Kamailio instances of a config template on free loopback ports, and driving them
# with sipp. Everything started here is stopped by pid on exit.
#
# Sourcing sets KAM_CPU and LOAD_CPU and defines functions. The caller then sets ROOT, NAME (for
# temporary files), HOST (kamailio or opensips), CFG_TEMPLATE, SCENARIO, KAM_ARGS (array, the
# host's extra arguments), KAM_TIMEOUT (fills @TIMEOUT@ in the config: Kamailio's modparam
# "timeout", ms), a die function, may define cleanup_extra (run first on exit), and calls
# under_own_memcached "$@"; after it: WORK, K_PID, K_PORT, K_HTTP, MC_PARENT, MC_PORT, the traps;
# ok_exit=1 before the end removes WORK (unless BENCH_KEEP is set).

# CPUs (2 or more): the host on CPU 1, sipp and memcached on CPU 0; with one CPU, all on CPU 0.
if [ "$(nproc)" -ge 2 ]; then KAM_CPU=1 LOAD_CPU=0; else KAM_CPU=0 LOAD_CPU=0; fi

# need_tools HINT TOOL...: dies naming the first TOOL missing from PATH, with HINT.
need_tools() {
    local hint=$1 tool
    shift
    for tool in "$@"; do command -v "$tool" >/dev/null || die "$tool is missing ($hint)"; done
}

under_own_memcached() { # "$@": the calling script's arguments
    # Run the calling script again under our own memcached (pinned with sipp), which
    # with-memcached.sh starts and stops. A SIGTERM/SIGINT to this outer process is passed to the
    # inner one (whose pid it writes to a file), which stops what it started; then
    # with-memcached.sh stops memcached.
    if [ -z "${SIPMC_KAM_RUN_PIDFILE:-}" ]; then
        SIPMC_KAM_RUN_PIDFILE=$(mktemp "/tmp/sipmc-$NAME-pid.XXXXXX")
        export SIPMC_KAM_RUN_PIDFILE
        MC_CPU=$LOAD_CPU "$ROOT/scripts/with-memcached.sh" "$0" "$@" &
        inner_parent=$!
        # shellcheck disable=SC2329 # (the trap calls it)
        on_signal() {
            local inner
            inner=$(cat "$SIPMC_KAM_RUN_PIDFILE" 2>/dev/null || true)
            [ -n "$inner" ] && kill -TERM "$inner" 2>/dev/null || true
            wait "$inner_parent" 2>/dev/null || true
            rm -f "$SIPMC_KAM_RUN_PIDFILE"
            exit 143
        }
        trap on_signal INT TERM
        rc=0
        wait "$inner_parent" || rc=$?
        rm -f "$SIPMC_KAM_RUN_PIDFILE"
        exit "$rc"
    fi
    echo $$ >"$SIPMC_KAM_RUN_PIDFILE"
    # shellcheck disable=SC2034 # (used by the scripts that source this file)
    MC_PARENT=$PPID
    [ -n "${MC_SERVER:-}" ] || die "MC_SERVER is not set"
    MC_PORT=${MC_SERVER##*:}
    WORK=$(mktemp -d "/tmp/sipmc-$NAME.XXXXXX")
    declare -gA K_PID K_PORT K_HTTP
    sipp_pid=""
    ok_exit=0
    trap cleanup EXIT
    trap 'exit 130' INT TERM
}

stop_pid() { # SIGTERM, up to 10 s, then SIGKILL; reaps it
    local pid=$1
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null || true
}
stop_kamailio() { # row: SIGTERM to the main process, which stops its children; any child still
    # there afterwards (the main process needed SIGKILL) is stopped by its pid too
    local pid=${K_PID[$1]:-} kids=() kid
    [ -n "$pid" ] || return 0
    read -r -a kids 2>/dev/null <"/proc/$pid/task/$pid/children" || true
    stop_pid "$pid"
    for kid in "${kids[@]}"; do # (still ours: its command line names our work directory)
        if tr '\0' ' ' 2>/dev/null <"/proc/$kid/cmdline" | grep -qF "$WORK/$1/"; then
            kill -KILL "$kid" 2>/dev/null || true
        fi
    done
    K_PID[$1]=""
}
cleanup() {
    if declare -F cleanup_extra >/dev/null; then cleanup_extra; fi
    [ -n "$sipp_pid" ] && stop_pid "$sipp_pid"
    sipp_pid=""
    for r in "${!K_PID[@]}"; do stop_kamailio "$r"; done
    if [ "$ok_exit" = 1 ] && [ -z "${BENCH_KEEP:-}" ]; then
        rm -rf "$WORK"
    else
        echo "work directory (configs, logs, sipp outputs): $WORK"
    fi
}

alive() { [ -n "${K_PID[$1]:-}" ] && kill -0 "${K_PID[$1]}" 2>/dev/null; }

free_port() { # free_port u|t: a UDP or TCP port that no socket of this machine uses now
    local p
    for _ in $(seq 100); do
        p=$((20000 + RANDOM % 40000))
        if [ -z "$(ss -H"$1"an "( sport = :$p )")" ]; then echo "$p"; return 0; fi
    done
    die "no free port (ss -$1)"
}
free_udp_port() { free_port u; }

# sipp against row $1's Kamailio, pinned, loopback only (SIP socket and control socket), in the
# background so that the trap can stop it, under a watchdog (timeout) in case it hangs; on
# another port when it lost its port.
# Usage: run_sipp ROW OUTPUT_PREFIX LIMIT_SECONDS ARGS...; returns sipp's exit code.
run_sipp() {
    local row=$1 out=$2 limit=$3 rc=0 sport cport
    shift 3
    for _ in 1 2 3; do
        sport=$(free_udp_port)
        cport=$(free_udp_port)
        rc=0
        taskset -c "$LOAD_CPU" timeout -k 5 "$limit" sipp -sf "$SCENARIO" -t u1 -i 127.0.0.1 -bind_local -p "$sport" \
            -ci 127.0.0.1 -cp "$cport" -nostdin "127.0.0.1:${K_PORT[$row]}" "$@" \
            >"$out.out" 2>"$out.err" </dev/null &
        sipp_pid=$!
        wait "$sipp_pid" || rc=$?
        sipp_pid=""
        if [ "$rc" -ne 0 ] && grep -qiE 'unable to bind|address already in use' "$out.err" "$out.out"; then
            continue
        fi
        return "$rc"
    done
    return "$rc"
}

# One call to sip:USER@ that must be answered 200 within MS milliseconds: once_ok ROW USER MS.
once_ok() { run_sipp "$1" "$WORK/$1/once-$2" 10 -s "$2" -m 1 -r 1 -recv_timeout "$3" -timeout 5s; }

# start_host ROW MODULE EXTRA_PARAMS: the host ($HOST: kamailio, or opensips with OPENSIPS_BIN and
# OPENSIPS_MODULES) on free ports (SIP in K_PORT, HTTP in K_HTTP), answering. Its config, log and
# run files are in $WORK/ROW ($HOST.cfg, $HOST.log).
start_host() {
    local row=$1 module=$2 extra=$3 dir=$WORK/$1 cfg
    mkdir -p "$dir"
    cfg=$dir/$HOST.cfg
    for _ in 1 2 3 4 5; do
        K_PORT[$row]=$(free_udp_port)
        K_HTTP[$row]=$(free_port t)
        sed -e "s|@SIP_PORT@|${K_PORT[$row]}|g" -e "s|@HTTP_PORT@|${K_HTTP[$row]}|g" -e "s|@RUNDIR@|$dir|g" \
            -e "s|@MPATH@|${OPENSIPS_MODULES:-}|g" -e "s|@MODULE@|$module|g" -e "s|@SERVERS@|$MC_SERVER|g" \
            -e "s|@TIMEOUT@|$KAM_TIMEOUT|g" -e "s|@EXTRA_PARAMS@|$extra|g" "$CFG_TEMPLATE" >"$cfg"
        case $HOST in
            kamailio) taskset -c "$KAM_CPU" kamailio -f "$cfg" -DD -E -Y "$dir" "${KAM_ARGS[@]}" \
                >"$dir/$HOST.stdout" 2>"$dir/$HOST.log" </dev/null & ;;
            # -F: no daemon, the attendant stays our child and stops its children on SIGTERM.
            opensips) taskset -c "$KAM_CPU" "$OPENSIPS_BIN" -F -f "$cfg" -w "$dir" "${KAM_ARGS[@]}" \
                >"$dir/$HOST.stdout" 2>"$dir/$HOST.log" </dev/null & ;;
            *) die "unknown host $HOST" ;;
        esac
        K_PID[$row]=$!
        for _ in $(seq 30); do
            alive "$row" || break
            if once_ok "$row" ping 500; then return 0; fi
        done
        grep -qiE 'parse error|bad config' "$dir/$HOST.log" && die "$row: $HOST refused its config: $(tail -5 "$dir/$HOST.log")"
        stop_kamailio "$row"
    done
    die "$row: $HOST did not start: $(tail -5 "$dir/$HOST.log")"
}

# Nanoseconds on a CPU (the scheduler's sum_exec_runtime, /proc/PID/task/TID/schedstat: user and
# system time, exact, where utime + stime come in 10 ms clock ticks) of the host's main process and
# its children, every thread of each.
kam_cpu_ns() {
    local pid=$1 kids=() files=()
    read -r -a kids 2>/dev/null <"/proc/$pid/task/$pid/children" || true
    for p in "$pid" "${kids[@]}"; do files+=("/proc/$p/task/"*/schedstat); done
    { cat "${files[@]}" 2>/dev/null || true; } | awk '{ t += $1 } END { printf "%.0f\n", t }'
}

# memcached's "STAT NAME" values: mc_stat NAME...; one per line, in the order asked.
mc_stat() {
    local stats name
    stats=$( (exec 3<>"/dev/tcp/127.0.0.1/$MC_PORT" && printf 'stats\r\nquit\r\n' >&3 && cat <&3) 2>/dev/null ) ||
        die "memcached at $MC_SERVER does not answer"
    for name in "$@"; do awk -v n="$name" '$1 == "STAT" && $2 == n { print $3 }' <<<"${stats//$'\r'/}"; done
}
