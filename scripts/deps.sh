#!/usr/bin/env bash
# Installs, with apt, whatever the build and the tests need and this machine lacks.
# Usage: scripts/deps.sh COMMAND:PACKAGE ...   (e.g. memcached:memcached valgrind:valgrind)
set -euo pipefail
missing=()
for pair in "$@"; do
    cmd=${pair%%:*}
    pkg=${pair#*:}
    if ! command -v "$cmd" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$cmd" ] && [ ! -e "$cmd" ]; then
        missing+=("$pkg")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "error: ${missing[*]} missing and not root: install them (apt-get install -y ${missing[*]})" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts the services it installs; the tests start their own, on free ports.
for svc in memcached kamailio nutcracker; do
    if printf '%s\n' "${missing[@]}" | grep -qx "$svc"; then
        (systemctl stop "$svc" || service "$svc" stop) >/dev/null 2>&1 || true
    fi
done
