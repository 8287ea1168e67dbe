#!/usr/bin/env bash
# Makes, or reuses from the cache, each real OpenSIPS the tests run against (3.6.8 and 4.0.1: core
# plus the modules they load, the stock cachedb_memcached among them) and opensips-cli in a
# virtualenv, and writes each host's descriptor (KEY=VALUE lines) to $CACHE/hosts/opensips-3.6.env
# and $CACHE/hosts/opensips-4.0.env for the Rust tests.
#
#   scripts/opensips_host.sh [RELEASE...]   make (or reuse) the hosts (RELEASE: 3.6, 4.0; default
#                                           both); print one line each: label, version, source,
#                                           tab-separated
#   scripts/opensips_host.sh --list         print the descriptors that exist; builds nothing
#   scripts/opensips_host.sh --check        also check each: every module loads (opensips -c), then
#                                           a running OpenSIPS answers SIP OPTIONS on loopback UDP,
#                                           MI over HTTP (mi_http) and `opensips-cli -x mi` over
#                                           the FIFO
#
# The source is opensips-<version>.tar.gz: $SIPMC_HOST_SOURCES, or shared/hosts/ beside the
# repository, or /work/shared/hosts, checked against its pinned sha256; else upstream's tag archive,
# downloaded once. It carries .gitrevision, which makes the build's scm string "git <rev>": the
# string every module's version fields must match, so the archive is built as it is.
#
# No `make install`: it also builds the menuconfig tool, which needs libncurses-dev. The build tree
# is enough; the binary and the module files are copied into a small prefix (nothing in them points
# back into the tree: the tests pass the cfg with -f and the module folder with mpath), and the
# source tree is kept beside them without its object files, for the headers and modules' READMEs.
#
# Cache: $SIPMC_HOST_CACHE (default /var/cache/sip-memcached), shared with scripts/kamailio_hosts.sh.
# Folders carry the version and a hash of their recipe, so a changed recipe makes a new one and
# never reuses a stale one. A build is made in a hidden temporary folder and renamed into place only
# once checked; the next run removes what an interrupted one left. One flock per host: concurrent
# runs wait for each other instead of building it twice. The releases are built one after the
# other (each build takes both cores). Needs root (apt) only for what is missing.
set -euo pipefail

# Bump when a recipe changes in a way its inputs below do not show: every cache key changes with it.
RECIPE_VERSION=1

CACHE=${SIPMC_HOST_CACHE:-/var/cache/sip-memcached}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
# shellcheck source=scripts/host_lib.sh
source "$HERE/host_lib.sh"

# The releases the tests run against: minor release, then its version and the archive's sha256.
RELEASES=(3.6 4.0)
declare -A RELEASE_VERSION=([3.6]=3.6.8 [4.0]=4.0.1)
declare -A RELEASE_SHA256=(
    [3.6]=dc7c6fd73ba51284dfc008d04020605dfc72b53c799a1567d0fd6c460ca1771a
    [4.0]=03fc295f422ddd82e8858068d6a6fa992e6a9ce10eefead22343bd1fa1774a9d
)
LABEL=opensips

# Sets what the functions below build for one release (3.6 or 4.0).
select_release() {
    [ -n "${RELEASE_VERSION[$1]:-}" ] || die "unknown release '$1' (releases: ${RELEASES[*]})"
    LABEL=opensips-$1
    OS_VERSION=${RELEASE_VERSION[$1]}
    OS_FILE=opensips-$OS_VERSION.tar.gz
    OS_SHA256=${RELEASE_SHA256[$1]}
    OS_URL=https://github.com/OpenSIPS/opensips/archive/refs/tags/$OS_VERSION.tar.gz
}
# Only what the tests load (the default set is about 150 modules and takes many minutes on 2
# cores). proto_udp is built into the core. cachedb_memcached and httpd are in the template's
# exclude list (they need libmemcached and libmicrohttpd); naming them with module= builds them.
# The consumers of a cachedb_url the tests run with both modules: dialog, ratelimit, sql_cacher
# (over db_sqlite), dns_cache; prometheus shows the statistics.
OS_MODULES=(signaling sl sipmsgops textops tm dialog ratelimit mi_fifo httpd mi_http mi_html
    cachedb_local cachedb_memcached sql_cacher db_sqlite dns_cache prometheus)

# opensips-cli and what it pulls in, pinned so that a cached virtualenv is what the recipe says.
CLI_PYTHON=/usr/bin/python3
CLI_PACKAGES=(opensipscli==0.4.1 opensips==0.1.11 PyMySQL==1.2.4 SQLAlchemy==2.1.9 typing_extensions==4.16.0)

log() { printf 'opensips_host [%s] %s\n' "$LABEL" "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# Prints the path of the source archive (see the header); upstream's archive holds the same tree in
# other bytes, so it is checked by its top folder and keyed by its own sha256.
source_tarball() {
    local d f tmp
    for d in "${SIPMC_HOST_SOURCES:-}" "$REPO/../shared/hosts" /work/shared/hosts; do
        f="$d/$OS_FILE"
        if [ -z "$d" ] || [ ! -f "$f" ]; then continue; fi
        [ "$(sha256_of "$f")" = "$OS_SHA256" ] ||
            die "$f has sha256 $(sha256_of "$f"), expected $OS_SHA256"
        printf '%s\n' "$f"
        return
    done
    f="$CACHE/downloads/opensips-$OS_VERSION-upstream.tar.gz"
    if [ ! -f "$f" ]; then
        log "$OS_FILE not found in shared/hosts; downloading $OS_URL"
        mkdir -p "$CACHE/downloads"
        tmp=$(mktemp "$f.XXXXXX")
        if command -v curl >/dev/null; then
            curl -fsSL --retry 2 -o "$tmp" "$OS_URL" || { rm -f "$tmp"; die "could not download $OS_URL"; }
        elif command -v wget >/dev/null; then
            wget -q -O "$tmp" "$OS_URL" || { rm -f "$tmp"; die "could not download $OS_URL"; }
        else
            rm -f "$tmp"
            die "$OS_FILE is not in shared/hosts and neither curl nor wget is installed to download it"
        fi
        mv "$tmp" "$f"
        log "downloaded $f (sha256 $(sha256_of "$f"))"
    fi
    printf '%s\n' "$f"
}

# `opensips -V` of BIN, one line per output line (the lines the descriptor records).
version_text() {
    local out
    out=$("$1" -V 2>&1) || die "'$1 -V' failed: $out"
    printf '%s\n' "$out"
}

# Checks that PREFIX has the binary and every module the tests load.
check_layout() {
    local prefix=$1 m
    [ -x "$prefix/sbin/opensips" ] || die "missing $prefix/sbin/opensips"
    for m in "${OS_MODULES[@]}"; do
        [ -f "$prefix/modules/$m.so" ] || die "missing module $prefix/modules/$m.so"
    done
}

# Builds OpenSIPS into $CACHE/builds/opensips-<version>-<sha12>-<recipe hash>, or reuses it; prints
# the prefix. Runs under the host's lock.
build_opensips() {
    local tarball=$1 sha recipe key prefix tmp src m f
    sha=$(sha256_of "$tarball")
    recipe="v$RECIPE_VERSION modules=${OS_MODULES[*]} make=app,modules FASTER=1 -j2 layout=sbin,modules,src"
    key="opensips-$OS_VERSION-${sha:0:12}-$(hash8 "$recipe")"
    prefix="$CACHE/builds/$key"
    mkdir -p "$CACHE/builds"
    if [ -d "$prefix" ]; then
        log "cached: $prefix"
    else
        for f in "$CACHE/builds/.tmp-opensips-$OS_VERSION-"*; do
            [ ! -e "$f" ] || rm -rf --one-file-system "$f"
        done
        host_apt cc:gcc make:make bison:bison flex:flex pkg-config:pkg-config \
            /usr/include/microhttpd.h:libmicrohttpd-dev \
            /usr/include/libmemcached/memcached.h:libmemcached-dev \
            /usr/include/sqlite3.h:libsqlite3-dev
        [ "$(tar tzf "$tarball" | head -n 1)" = "opensips-$OS_VERSION/" ] ||
            die "$tarball does not have opensips-$OS_VERSION/ as its top folder"
        tmp=$(mktemp -d "$CACHE/builds/.tmp-$key.XXXXXX")
        chmod 755 "$tmp"
        : >"$LOGFILE"
        tar xzf "$tarball" -C "$tmp"
        src="$tmp/src"
        mv "$tmp/opensips-$OS_VERSION" "$src"
        # Without it the scm type would be "unknown" and no module built for the real release would load.
        [ -s "$src/.gitrevision" ] || die "$tarball has no .gitrevision"
        log "building OpenSIPS $OS_VERSION (core + ${OS_MODULES[*]}; about 100 s on 2 cores; log: $LOGFILE)"
        # FASTER=1: the modules are built as parallel make targets instead of one after another.
        run_logged "make app" make -C "$src" -j2 FASTER=1 app
        run_logged "make modules" make -C "$src" -j2 FASTER=1 modules module="${OS_MODULES[*]}"
        mkdir -p "$tmp/sbin" "$tmp/modules"
        install -m 755 "$src/opensips" "$tmp/sbin/opensips"
        for m in "${OS_MODULES[@]}"; do
            install -m 755 "$src/modules/$m/$m.so" "$tmp/modules/$m.so"
        done
        check_layout "$tmp"
        version_text "$tmp/sbin/opensips" | grep -q "^version: opensips $OS_VERSION " ||
            die "the built opensips does not say version $OS_VERSION: $(version_text "$tmp/sbin/opensips")"
        # The tree stays for its headers and READMEs; its objects are only size.
        find "$src" \( -name '*.o' -o -name '*.d' -o -name '*.so' \) -type f -delete
        rm -f "$src/opensips"
        mv "$tmp" "$prefix"
        log "made $prefix ($(du -sh "$prefix" | cut -f1))"
    fi
    for f in "$CACHE/builds/opensips-$OS_VERSION-"*; do
        [ "$f" = "$prefix" ] || [ ! -d "$f" ] || log "note: $f is from an older recipe (remove it when no test uses it)"
    done
    check_layout "$prefix"
    printf '%s\n' "$prefix"
}

# The virtualenv holds a working opensips-cli.
check_cli() {
    [ -x "$1/bin/opensips-cli" ] || die "pip installed no $1/bin/opensips-cli"
    run_logged "opensips-cli --version" "$1/bin/opensips-cli" --version
}

# Makes opensips-cli's virtualenv, or reuses it (scripts/venv.sh); prints its opensips-cli path.
make_cli() {
    local recipe pyver venv
    host_apt "$CLI_PYTHON:python3"
    pyver=$("$CLI_PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
    host_apt "/usr/lib/python${pyver%.*}/ensurepip/__init__.py:python3-venv"
    recipe="v$RECIPE_VERSION python=$pyver packages=${CLI_PACKAGES[*]}"
    venv=$(cached_venv opensipscli "$recipe" "$CLI_PYTHON" check_cli "${CLI_PACKAGES[@]}")
    printf '%s\n' "$venv/bin/opensips-cli"
}

# Writes the descriptor atomically (a reader never sees half a file): plain KEY=VALUE lines, values
# with spaces in double quotes (the file can also be sourced).
write_descriptor() {
    local prefix=$1 cli=$2 tarball=$3 sha out="$CACHE/hosts/$LABEL.env" tmp vtext full flags scm v
    sha=$(sha256_of "$tarball")
    vtext=$(version_text "$prefix/sbin/opensips")
    # "version: opensips 3.6.8 (x86_64/linux)" (or 4.0.1): what a module's ver_info.version must equal.
    full=$(sed -n 's/^version: //p' <<<"$vtext" | head -n 1)
    # "flags: STATS: On, ...": ver_info.compile_flags.
    flags=$(sed -n 's/^flags: //p' <<<"$vtext" | head -n 1)
    # "git revision: f9f8526" (scm.type and scm.rev).
    scm=$(sed -n 's/^\([a-z]*\) revision: \(.*\)/\1 \2/p' <<<"$vtext" | head -n 1)
    if [ -z "$full" ] || [ -z "$flags" ] || [ -z "$scm" ]; then
        die "could not read version, flags and revision from 'opensips -V':"$'\n'"$vtext"
    fi
    for v in "$prefix" "$cli"; do
        case $v in *[[:space:]\"\'\$\`\\]*) die "path '$v' has a character the descriptor cannot hold" ;; esac
    done
    for v in "$full" "$flags" "$scm"; do
        case $v in *[\"\$\`\\]*) die "text '$v' has a character the descriptor cannot hold" ;; esac
    done
    mkdir -p "$CACHE/hosts"
    tmp=$(mktemp "$CACHE/hosts/.$LABEL.env.XXXXXX")
    cat >"$tmp" <<EOF
OPENSIPS_LABEL=$LABEL
OPENSIPS_VERSION=$OS_VERSION
OPENSIPS_FULL_VERSION="$full"
OPENSIPS_COMPILE_FLAGS="$flags"
OPENSIPS_SCM_TYPE=${scm%% *}
OPENSIPS_SCM_REV=${scm#* }
OPENSIPS_BIN=$prefix/sbin/opensips
OPENSIPS_MODULES=$prefix/modules
STOCK_MODULE=$prefix/modules/cachedb_memcached.so
OPENSIPS_SRC=$prefix/src
OPENSIPS_CLI=$cli
OPENSIPS_SOURCE="OpenSIPS $OS_VERSION built from source ($(basename "$tarball"), sha256 ${sha:0:12})"
EOF
    chmod 644 "$tmp"
    mv -f "$tmp" "$out"
}

# Reads one key of a descriptor without executing it.
descriptor_get() {
    local file=$1 key=$2 line
    line=$(grep -m1 "^$key=" "$file" || true)
    line=${line#*=}
    line=${line#\"}
    printf '%s' "${line%\"}"
}

make_host() {
    local lock start=$SECONDS tarball prefix cli
    mkdir -p "$CACHE/locks" "$CACHE/logs"
    # Output of apt, make and pip: emptied when a build starts, kept after.
    LOGFILE="$CACHE/logs/$LABEL.log"
    exec {lock}>"$CACHE/locks/$LABEL.lock"
    if ! flock -n "$lock"; then
        log "another run is making this host; waiting for it"
        flock "$lock"
    fi
    tarball=$(source_tarball)
    prefix=$(build_opensips "$tarball")
    cli=$(make_cli)
    write_descriptor "$prefix" "$cli" "$tarball"
    exec {lock}>&-
    log "ready in $((SECONDS - start)) s"
}

# ---------------------------------------------------------------------------------------------------
# --check: loads every module (opensips -c), then starts OpenSIPS on a small cfg and talks to it over
# SIP, HTTP and the FIFO, then stops it by its pid and checks that none of its processes is left.

free_port() {
    python3 - "$1" <<'EOF'
import socket, sys
kind = socket.SOCK_DGRAM if sys.argv[1] == "udp" else socket.SOCK_STREAM
s = socket.socket(socket.AF_INET, kind)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
EOF
}

# The pids of PID's descendants (OpenSIPS's attendant forks every other process itself).
descendants() {
    local pid=$1 c
    # Each task's children file is one line of space-separated pids.
    for c in $(tr ' ' '\n' < <(cat "/proc/$pid/task/"*/children 2>/dev/null)); do
        printf '%s\n' "$c"
        descendants "$c"
    done
}

check_host() {
    local env="$CACHE/hosts/$LABEL.env" bin mods cli dir port http pid out ok=1 i m uptime procs=() left=() all=()
    bin=$(descriptor_get "$env" OPENSIPS_BIN)
    mods=$(descriptor_get "$env" OPENSIPS_MODULES)
    cli=$(descriptor_get "$env" OPENSIPS_CLI)
    command -v python3 >/dev/null || die "--check needs python3 on this machine"
    command -v curl >/dev/null || die "--check needs curl on this machine"
    dir=$(mktemp -d "${TMPDIR:-/tmp}/sipmc-opensips-check.XXXXXX")

    # Every module the tests load, loaded at once: the version check runs for each under -c.
    all=("$mods"/*.so)
    {
        printf 'log_level=2\nstderror_enabled=yes\nsyslog_enabled=no\nsocket=udp:127.0.0.1:5060\n'
        printf 'mpath="%s"\nloadmodule "proto_udp.so"\n' "$mods"
        for m in "${all[@]}"; do printf 'loadmodule "%s"\n' "${m##*/}"; done
        printf 'modparam("cachedb_memcached", "cachedb_url", "memcached://127.0.0.1:11211/")\n'
        printf 'route { exit; }\n'
    } >"$dir/all.cfg"
    if out=$("$bin" -c -f "$dir/all.cfg" 2>&1); then
        log "check: opensips -c loads all ${#all[@]} modules"
    else
        log "check FAILED: opensips -c with every module: $(tail -n 5 <<<"$out")"
        ok=0
    fi

    port=$(free_port udp)
    http=$(free_port tcp)
    cat >"$dir/opensips.cfg" <<EOF
log_level=3
stderror_enabled=yes
syslog_enabled=no
udp_workers=1
socket=udp:127.0.0.1:$port
mpath="$mods"
loadmodule "proto_udp.so"
loadmodule "sl.so"
loadmodule "mi_fifo.so"
loadmodule "httpd.so"
loadmodule "mi_http.so"
modparam("mi_fifo", "fifo_name", "$dir/opensips_fifo")
modparam("mi_fifo", "reply_dir", "$dir/")
modparam("httpd", "ip", "127.0.0.1")
modparam("httpd", "port", $http)
route { sl_send_reply(200, "OK"); exit; }
EOF
    # opensips-cli names its reply FIFO by name only and OpenSIPS opens it in mi_fifo's reply_dir
    # (default /tmp): both must say the same folder, or OpenSIPS cannot answer and the cli waits
    # for ever. A cfg file of our own also keeps ~/.opensips-cli.cfg out of it.
    printf '[default]\ncommunication_type: fifo\nfifo_file: %s\nfifo_reply_dir: %s\n' \
        "$dir/opensips_fifo" "$dir" >"$dir/opensips-cli.cfg"
    "$bin" -F -f "$dir/opensips.cfg" -w "$dir" -m 32 -M 8 </dev/null >"$dir/opensips.log" 2>&1 &
    pid=$!
    for ((i = 0; i < 100; i++)); do
        [ -p "$dir/opensips_fifo" ] && break
        alive "$pid" || break
        sleep 0.1
    done
    if out=$(sip_options "$port" 2>&1) && [[ $out == "SIP/2.0 200"* ]]; then
        log "check: SIP OPTIONS -> $out"
    else
        log "check FAILED: SIP OPTIONS -> $out"
        ok=0
    fi
    if out=$(curl -sS -m 5 -H 'Content-Type: application/json' \
        -d '{"jsonrpc":"2.0","method":"version","id":1}' "http://127.0.0.1:$http/mi" 2>&1) &&
        [[ $out == *'"result"'*OpenSIPS* ]]; then
        log "check: POST /mi version -> $out"
    else
        log "check FAILED: POST /mi version -> $out"
        ok=0
    fi
    # 4.0 names the core's commands core:<name>, and opensips-cli takes only the names the core's
    # `which` lists (the old ones are aliases, which it does not list).
    uptime=uptime
    [ "${OS_VERSION%%.*}" -lt 4 ] || uptime=core:uptime
    if out=$(HOME=$dir timeout 15 "$cli" -f "$dir/opensips-cli.cfg" -x mi "$uptime" 2>&1) && [[ $out == *'"Up since"'* ]]; then
        log "check: opensips-cli -f $dir/opensips-cli.cfg -x mi $uptime -> $(tr -s ' \n' ' ' <<<"$out")"
    else
        log "check FAILED: opensips-cli -x mi $uptime -> $out"
        ok=0
    fi
    mapfile -t procs < <(descendants "$pid")
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        alive "$pid" || break
        sleep 0.1
    done
    alive "$pid" && { log "check FAILED: opensips $pid still running 10 s after SIGTERM"; ok=0; }
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for i in "${procs[@]}"; do
        if alive "$i"; then
            left+=("$i")
            kill -9 "$i" 2>/dev/null || true
        fi
    done
    if [ ${#left[@]} -eq 0 ]; then
        log "check: SIGTERM stopped the attendant and its ${#procs[@]} processes"
    else
        log "check FAILED: processes left after the attendant stopped: ${left[*]}"
        ok=0
    fi
    if [ "$ok" = 0 ]; then
        log "opensips's log: $dir/opensips.log"
        return 1
    fi
    rm -rf "$dir"
}

main() {
    local check=0 list=0 releases=() r f failed=0
    while [ $# -gt 0 ]; do
        case $1 in
        --list) list=1 ;;
        --check) check=1 ;;
        -h | --help)
            usage
            return
            ;;
        [0-9]*.[0-9]*) releases+=("$1") ;;
        *) die "unknown argument '$1' (options: --list, --check, a release: ${RELEASES[*]})" ;;
        esac
        shift
    done
    [ ${#releases[@]} -gt 0 ] || releases=("${RELEASES[@]}")
    for r in "${releases[@]}"; do select_release "$r"; done
    mkdir -p "$CACHE"
    for r in "${releases[@]}"; do
        select_release "$r"
        f="$CACHE/hosts/$LABEL.env"
        if [ "$list" = 1 ]; then
            if [ -f "$f" ]; then
                printf '# %s\n' "$f"
                cat "$f"
            else
                log "no descriptor $f (run scripts/opensips_host.sh $r)"
            fi
            continue
        fi
        # A host that cannot be made must not keep a descriptor the tests would still trust.
        if ! (make_host); then
            rm -f "$f"
            log "error: could not make the host (log: $CACHE/logs/$LABEL.log)"
            failed=1
            continue
        fi
        if [ "$check" = 1 ] && ! (check_host); then
            log "error: the check failed"
            failed=1
            continue
        fi
        printf '%s\t%s\t%s\n' "$LABEL" "$(descriptor_get "$f" OPENSIPS_VERSION)" \
            "$(descriptor_get "$f" OPENSIPS_SOURCE)"
    done
    [ "$failed" = 0 ] || die "not every OpenSIPS host could be made"
}

main "$@"
