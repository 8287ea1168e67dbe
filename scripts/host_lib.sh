# shellcheck shell=bash
# Sourced by scripts/kamailio_hosts.sh, scripts/opensips_host.sh and scripts/python_clients.sh:
# what they need to make, cache and check what the tests run against. The caller defines CACHE,
# HERE (the scripts folder), LOGFILE (before run_logged), log and die.

hash8() { printf '%s' "$1" | sha256sum | cut -c1-8; }

# Runs a command with its output in the caller's log file; on failure shows the log's tail and stops.
run_logged() {
    local what=$1
    shift
    if ! "$@" >>"$LOGFILE" 2>&1; then
        log "error: $what failed; last lines of $LOGFILE:"
        tail -n 25 "$LOGFILE" | sed 's/^/    /' >&2
        exit 1
    fi
}

# apt on this machine is shared by the host jobs, which run at the same time: without this lock the
# second apt-get would fail on dpkg's lock instead of waiting for it.
host_apt() {
    mkdir -p "$CACHE/locks"
    flock "$CACHE/locks/apt.lock" "$HERE/deps.sh" "$@" >&2
}

# A Python virtualenv made once from pinned PyPI packages and cached.

# cached_venv NAME RECIPE PYTHON CHECK PACKAGE...: makes $CACHE/venvs/NAME-<hash of RECIPE> with
# PYTHON's venv and `pip install PACKAGE...`, runs CHECK (a function of the caller, given the
# virtualenv's folder) in it, or reuses it; prints its folder. A virtualenv cannot be renamed (its
# scripts name their interpreter by absolute path), so it is made in place and a marker file
# written last says it is complete; a folder without one is an interrupted run's, made again.
cached_venv() {
    local name=$1 recipe=$2 python=$3 check=$4 venv
    shift 4
    venv="$CACHE/venvs/$name-$(hash8 "$recipe")"
    if [ -f "$venv/.complete" ]; then
        log "cached: $venv"
    else
        [ ! -e "$venv" ] || rm -rf --one-file-system "$venv"
        mkdir -p "$CACHE/venvs"
        log "making the virtualenv $venv ($*)"
        run_logged "python3 -m venv" "$python" -m venv "$venv"
        run_logged "pip install $*" "$venv/bin/pip" install --no-input -q "$@"
        "$check" "$venv"
        printf '%s\n' "$recipe" >"$venv/.complete"
    fi
    printf '%s\n' "$venv"
}

# Whether PID is still running: kill -0 also succeeds on a zombie not yet reaped.
alive() { [ -e "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

# Sends one SIP OPTIONS to 127.0.0.1:PORT over UDP and prints the reply's status line.
sip_options() {
    python3 - "$1" <<'EOF'
import socket, sys
port = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
s.settimeout(3)
via = "SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-check1;rport" % s.getsockname()[1]
msg = ("OPTIONS sip:check@127.0.0.1:%d SIP/2.0\r\nVia: %s\r\nMax-Forwards: 70\r\n"
       "To: <sip:check@127.0.0.1>\r\nFrom: <sip:check@127.0.0.1>;tag=1\r\n"
       "Call-ID: check-1@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n") % (port, via)
s.sendto(msg.encode(), ("127.0.0.1", port))
print(s.recvfrom(65535)[0].decode(errors="replace").splitlines()[0])
EOF
}
