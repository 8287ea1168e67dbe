# Sourced by scripts/opensips_host.sh and scripts/python_clients.sh: what both need to make and
# cache what the tests run against. The caller defines CACHE, HERE (the scripts folder), LOGFILE
# (before run_logged), log and die.

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

# apt is shared with kamailio_hosts.sh's jobs, which may run at the same time: the same lock.
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
