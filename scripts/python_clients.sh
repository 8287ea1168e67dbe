#!/usr/bin/env bash
# Makes, or reuses from the cache, the virtualenv of the Python memcached clients that the
# interoperability tests (tests/kamailio_other_clients.rs) run against Kamailio: pinned
# releases from PyPI, pylibmc built against Debian's libmemcached-dev. Writes the descriptor
# $CACHE/hosts/python-clients.env (PYTHON=the virtualenv's interpreter, PACKAGES=what it holds).
#
#   scripts/python_clients.sh          make (or reuse) it; print one line: label, packages
#
# Cache: $SIPMC_HOST_CACHE (default /var/cache/sip-memcached), as scripts/opensips_host.sh: the
# folder carries a hash of its recipe (Python's version and the packages), so a changed recipe
# makes a new one. One flock: concurrent runs wait for each other. Needs root (apt) only for what
# is missing.
set -euo pipefail

# Bump when the recipe changes in a way its inputs below do not show.
RECIPE_VERSION=1

CACHE=${SIPMC_HOST_CACHE:-/var/cache/sip-memcached}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/host_lib.sh
source "$HERE/host_lib.sh"

LABEL=python-clients
PYTHON=/usr/bin/python3
PACKAGES=(python-memcached==1.62 pymemcache==4.0.0 pylibmc==1.6.3)

log() { printf 'python_clients %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

# Each client imports, pylibmc with the libmemcached it was built against.
check_clients() {
    run_logged "import the clients" "$1/bin/python" -c \
        'import memcache, pymemcache, pylibmc; print("pylibmc on libmemcached", pylibmc.libmemcached_version)'
}

make_venv() {
    local lock pyver venv out="$CACHE/hosts/$LABEL.env" tmp
    mkdir -p "$CACHE/locks" "$CACHE/logs" "$CACHE/hosts"
    LOGFILE="$CACHE/logs/$LABEL.log"
    exec {lock}>"$CACHE/locks/$LABEL.lock"
    if ! flock -n "$lock"; then
        log "another run is making it; waiting for it"
        flock "$lock"
    fi
    # pylibmc 1.6.3 is built from its source: a C compiler, Python's headers, libmemcached's and
    # zlib's.
    host_apt "$PYTHON:python3" cc:gcc /usr/include/libmemcached/memcached.h:libmemcached-dev \
        /usr/include/zlib.h:zlib1g-dev
    pyver=$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
    host_apt "/usr/lib/python${pyver%.*}/ensurepip/__init__.py:python3-venv" \
        "/usr/include/python${pyver%.*}/Python.h:python3-dev"
    venv=$(cached_venv pyclients "v$RECIPE_VERSION python=$pyver packages=${PACKAGES[*]}" \
        "$PYTHON" check_clients "${PACKAGES[@]}")
    tmp=$(mktemp "$CACHE/hosts/.$LABEL.env.XXXXXX")
    printf 'PYTHON=%s\nPACKAGES="%s"\n' "$venv/bin/python" "${PACKAGES[*]}" >"$tmp"
    mv "$tmp" "$out"
    exec {lock}>&-
    printf '%s\t%s\n' "$LABEL" "${PACKAGES[*]}"
}

# A virtualenv that cannot be made must not leave a descriptor the tests would still trust.
if ! (make_venv); then
    rm -f "$CACHE/hosts/$LABEL.env"
    die "could not make the virtualenv (log: $CACHE/logs/$LABEL.log)"
fi
