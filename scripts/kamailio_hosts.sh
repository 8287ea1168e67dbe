#!/usr/bin/env bash
# Makes, or reuses from the cache, every real Kamailio the tests run against, and writes one
# descriptor per host (KEY=VALUE lines) to $CACHE/hosts/LABEL.env for the Rust tests to read.
#
#   scripts/kamailio_hosts.sh [LABEL...]   make the named hosts (default: all), print one line each:
#                                          label, version, source, root ("-" when none), tab-separated
#   scripts/kamailio_hosts.sh --list       print the descriptors that exist; builds nothing
#   scripts/kamailio_hosts.sh --check [LABEL...]
#                                          also start each host on a tiny cfg: SIP OPTIONS on loopback
#                                          UDP, kamcmd over the ctl socket, `kamctl rpc` over the FIFO
#
# Labels and where each comes from:
#   5.6  Debian 12's own packages, on this machine (installed with apt when missing)
#   5.7  Kamailio 5.7.4 built from the source archive in shared/hosts/ into the cache
#   6.0  Debian 13 (trixie) packages, in a debootstrap root (run with chroot, no mounts needed)
#   6.1  Debian testing (forky) packages, likewise
#   bookworm  Debian 12's packages (5.6) in a debootstrap root too, for the package tests
#             (tests/package.rs install our .deb in a copy of it); it also keeps the stock
#             kamailio-memcached-modules .deb in /var/local/stock-debs/ for a later reinstall
#
# Cache: $SIPMC_HOST_CACHE (default /var/cache/sip-memcached). Every root or build lives in a folder
# whose name carries a hash of its recipe, so changing a recipe makes a new one and never reuses a
# stale one. A host is made in a hidden temporary folder and renamed into place only once checked, so
# an interrupted run leaves nothing that looks finished; its leftovers are removed by the next run.
# One flock per host: concurrent runs wait for each other instead of building the same host twice.
# Needs root (debootstrap, chroot, apt).
set -euo pipefail

# Bump when a recipe changes in a way its inputs below do not show: every cache key changes with it.
RECIPE_VERSION=2

CACHE=${SIPMC_HOST_CACHE:-/var/cache/sip-memcached}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
# hash8, run_logged, host_apt, alive, sip_options.
# shellcheck source=scripts/host_lib.sh
source "$HERE/host_lib.sh"

ALL_LABELS=(5.6 5.7 6.0 6.1 bookworm)
MIRROR=http://deb.debian.org/debian
# Passed to debootstrap explicitly: without a keyring it would go on without checking the Release
# signature (it only warns), and we want a missing keyring to be an error.
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
# kamailio holds the core, kamcmd, kamctl and every module the tests load (pv sl textops xlog ctl
# jsonrpcs kex corex tm tmx, xhttp_prom for the Prometheus page, xhttp_rpc for the RPC browser page,
# app_jsdt and app_lua for KEMI); memcached.so is in kamailio-memcached-modules, app_lua (KEMI in
# Lua) in kamailio-lua-modules, xmlrpc (RPC over XML-RPC) in kamailio-xml-modules. extra-modules is
# not needed for those, it is there for tests that may want more.
DEB_PACKAGES=(kamailio kamailio-memcached-modules kamailio-lua-modules kamailio-xml-modules kamailio-extra-modules)
# What a host must have to count as made (checked before it is renamed into place).
NEEDED_MODULES=(pv sl textops xlog ctl jsonrpcs xhttp xhttp_prom xhttp_rpc xmlrpc app_jsdt app_lua kex corex tm tmx memcached)
DEB_MODULES=/usr/lib/x86_64-linux-gnu/kamailio/modules

K574_FILE=kamailio-5.7.4.tar.gz
K574_SHA256=ccfc76b3ac62b4ed9e1a25c6dadf1552dcd05fb4bc1a12eb72b50fcc881920c8
K574_URL=https://github.com/kamailio/kamailio/archive/refs/tags/5.7.4.tar.gz
# Only what the tests load: the default module set (about 150 modules) takes minutes on 2 cores.
# group_include=kmemcached makes the Makefile build exactly include_modules plus memcached.
K574_MODULES="pv sl textops xlog ctl jsonrpcs xhttp xhttp_prom xhttp_rpc xmlrpc app_jsdt app_lua kex corex tm tmx"
# kamcmd without readline: one library fewer to need, and a build that does not depend on whether
# libreadline-dev happens to be installed.
K574_MAKE_ARGS=(use_readline=0)

LABEL=main   # the host a progress line is about; each host job sets its own

log() { printf 'kamailio_hosts [%s] %s\n' "$LABEL" "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

usage() {
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
# Removes a folder left by an interrupted run. A killed debootstrap can leave /proc and /sys mounted
# inside its target: unmount whatever is mounted below the folder first, and never let rm cross into
# another file system.
remove_tree() {
    local dir=$1 mnt
    [ -e "$dir" ] || return 0
    while read -r mnt; do
        log "unmounting $mnt left by an interrupted run"
        umount -l "$mnt"
    done < <(awk -v d="$dir/" 'index($2 "/", d) == 1 { print $2 }' /proc/self/mounts | sort -r)
    rm -rf --one-file-system "$dir"
}

# The version `kamailio -v` prints ("version: kamailio 6.0.1 (x86_64/linux)" -> 6.0.1).
kamailio_version() {
    local root=$1 bin=$2 out
    if [ -n "$root" ]; then
        out=$(chroot "$root" "$bin" -v 2>&1) || die "'chroot $root $bin -v' failed: $out"
    else
        out=$("$bin" -v 2>&1) || die "'$bin -v' failed: $out"
    fi
    sed -n 's/^version: kamailio \([^ ]*\).*/\1/p' <<<"$out" | head -n 1
}

# Checks that ROOT has the binary, the tools and every module the tests need (paths inside ROOT).
check_layout() {
    local root=$1 bin=$2 modules=$3 kamcmd=$4 kamctl=$5 m f
    for f in "$bin" "$kamcmd" "$kamctl"; do
        [ -x "$root$f" ] || die "missing $root$f"
    done
    for m in "${NEEDED_MODULES[@]}"; do
        [ -f "$root$modules/$m.so" ] || die "missing module $root$modules/$m.so"
    done
}

# Writes $CACHE/hosts/LABEL.env atomically (a reader never sees half a file). Plain KEY=VALUE lines,
# no comments; only KAMAILIO_SOURCE has spaces, so only it is quoted (the file can also be sourced).
write_descriptor() {
    local label=$1 version=$2 root=$3 bin=$4 modules=$5 kamcmd=$6 kamctl=$7 stock=$8 source=$9
    local v out="$CACHE/hosts/$label.env" tmp
    [ -n "$version" ] || die "could not read the $label host's version from 'kamailio -v'"
    for v in "$version" "$root" "$bin" "$modules" "$kamcmd" "$kamctl" "$stock"; do
        case $v in *[[:space:]\"\'\$\`\\]*) die "value '$v' has a character the descriptor cannot hold" ;; esac
    done
    case $source in *[\"\$\`\\]*) die "source text '$source' has a character the descriptor cannot hold" ;; esac
    mkdir -p "$CACHE/hosts"
    tmp=$(mktemp "$CACHE/hosts/.$label.env.XXXXXX")
    cat >"$tmp" <<EOF
KAMAILIO_LABEL=$label
KAMAILIO_VERSION=$version
KAMAILIO_ROOT=$root
KAMAILIO_BIN=$bin
KAMAILIO_MODULES=$modules
KAMCMD=$kamcmd
KAMCTL=$kamctl
STOCK_MODULE=$stock
KAMAILIO_SOURCE="$source"
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

# ---------------------------------------------------------------------------------------------------
# 5.6: Debian 12's packages on this machine.
host_5_6() {
    host_apt kamailio:kamailio "$DEB_MODULES/memcached.so:kamailio-memcached-modules" \
        "$DEB_MODULES/xmlrpc.so:kamailio-xml-modules"
    check_layout "" /usr/sbin/kamailio "$DEB_MODULES" /usr/sbin/kamcmd /usr/sbin/kamctl
    local version pkg
    version=$(kamailio_version "" /usr/sbin/kamailio)
    case $version in 5.6.*) ;; *) die "this machine's kamailio is '$version', not 5.6.x: is it Debian 12?" ;; esac
    pkg=$(dpkg-query -W -f='${Version}' kamailio)
    write_descriptor 5.6 "$version" "" /usr/sbin/kamailio "$DEB_MODULES" /usr/sbin/kamcmd \
        /usr/sbin/kamctl "$DEB_MODULES/memcached.so" "Debian 12 bookworm package $pkg"
}

# ---------------------------------------------------------------------------------------------------
# 6.0, 6.1 and bookworm: Debian packages in a minbase debootstrap root.

# Runs a command in ROOT with a clean environment: this machine's PATH (pyenv shims and the like) and
# locale mean nothing in there.
in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"
}
# Where a root keeps the .deb files $DOWNLOAD_DEBS names (apt-get download), inside the root.
STOCK_DEBS=/var/local/stock-debs
#   [DOWNLOAD_DEBS="PKG..."] host_debian LABEL SUITE DEBOOTSTRAP_SCRIPT VERSION_PATTERN SOURCE_NAME [APT_OPTION...]
host_debian() {
    local label=$1 suite=$2 script=$3 pattern=$4 name=$5
    shift 5
    local apt_opts=("$@")
    local recipe key root tmp version pkg f
    recipe="v$RECIPE_VERSION suite=$suite script=$script mirror=$MIRROR variant=minbase"
    recipe+=" packages=${DEB_PACKAGES[*]} apt=${apt_opts[*]} policy-rc.d=101"
    # Only a root that downloads anything has it in its recipe: the others keep their cache keys.
    [ -z "${DOWNLOAD_DEBS:-}" ] || recipe+=" download=$DOWNLOAD_DEBS into $STOCK_DEBS"
    key="$suite-$(hash8 "$recipe")"
    root="$CACHE/roots/$key"
    mkdir -p "$CACHE/roots"

    if [ -d "$root" ]; then
        log "cached: $root"
    else
        for f in "$CACHE/roots/.tmp-$suite-"*; do remove_tree "$f"; done
        # A fresh machine has neither: debootstrap brings its suite scripts, the keyring Debian's keys.
        host_apt debootstrap:debootstrap "$KEYRING:debian-archive-keyring"
        [ -r "$KEYRING" ] || die "$KEYRING missing (apt-get install debian-archive-keyring): Release signatures could not be checked"
        [ -f "$script" ] || die "debootstrap has no script $script"
        tmp=$(mktemp -d "$CACHE/roots/.tmp-$key.XXXXXX")
        # mktemp makes it 0700, and it becomes the root's /: users in there (apt's _apt, kamailio
        # run with -u) could not reach a thing.
        chmod 755 "$tmp"
        : >"$LOGFILE"
        log "debootstrap --variant=minbase $suite into $tmp (about a minute; log: $LOGFILE)"
        run_logged "debootstrap $suite" debootstrap --variant=minbase --keyring="$KEYRING" \
            "$suite" "$tmp" "$MIRROR" "$script"
        # debootstrap ends fine with a warning when it could not check the signature: make sure it did.
        grep -q '^I: Valid Release signature' "$LOGFILE" ||
            die "debootstrap did not report a valid Release signature for $suite (see $LOGFILE)"
        # Debian's maintainer scripts start the services they install; nothing may start in the root.
        printf '#!/bin/sh\n# kamailio_hosts.sh: no service starts in this root\nexit 101\n' \
            >"$tmp/usr/sbin/policy-rc.d"
        chmod 755 "$tmp/usr/sbin/policy-rc.d"
        cp /etc/resolv.conf "$tmp/etc/resolv.conf"
        log "apt-get install ${DEB_PACKAGES[*]} in the $suite root"
        run_logged "apt-get update in the $suite root" in_root "$tmp" apt-get "${apt_opts[@]}" update
        run_logged "apt-get install in the $suite root" in_root "$tmp" apt-get install -y \
            --no-install-recommends "${DEB_PACKAGES[@]}"
        if [ -n "${DOWNLOAD_DEBS:-}" ]; then
            mkdir -p "$tmp$STOCK_DEBS"
            # shellcheck disable=SC2086 # DOWNLOAD_DEBS is a list of package names
            run_logged "apt-get download $DOWNLOAD_DEBS in the $suite root" in_root "$tmp" \
                /bin/sh -c "cd $STOCK_DEBS && apt-get download $DOWNLOAD_DEBS"
        fi
        run_logged "apt-get clean in the $suite root" in_root "$tmp" apt-get clean
        check_layout "$tmp" /usr/sbin/kamailio "$DEB_MODULES" /usr/sbin/kamcmd /usr/sbin/kamctl
        version=$(kamailio_version "$tmp" /usr/sbin/kamailio)
        # The label promises a version: a suite that moved on must fail here, not test the wrong one.
        # shellcheck disable=SC2254 # the pattern is meant to match as a glob
        case $version in $pattern) ;; *) die "$suite's kamailio is '$version', not $pattern: the $label host needs another source" ;; esac
        mv "$tmp" "$root"
        log "made $root ($(du -sh "$root" | cut -f1))"
    fi
    for f in "$CACHE/roots/$suite-"*; do
        [ "$f" = "$root" ] || [ ! -d "$f" ] || log "note: $f is from an older recipe (remove it when no test uses it)"
    done
    version=$(kamailio_version "$root" /usr/sbin/kamailio)
    # shellcheck disable=SC2016 # ${Version} is dpkg-query's field, not the shell's
    pkg=$(chroot "$root" dpkg-query -W -f='${Version}' kamailio)
    write_descriptor "$label" "$version" "$root" /usr/sbin/kamailio "$DEB_MODULES" /usr/sbin/kamcmd \
        /usr/sbin/kamctl "$DEB_MODULES/memcached.so" "$name package $pkg"
}

# ---------------------------------------------------------------------------------------------------
# 5.7: Kamailio 5.7.4 from source, installed into a prefix in the cache, run directly on this machine.

# Prints the path of the 5.7.4 source archive: shared/hosts/ beside the repository (CI clones the
# repository elsewhere with shared/ beside it), or $SIPMC_HOST_SOURCES, or else upstream's tag archive
# downloaded once into the cache. shared/'s copy must have the pinned checksum; upstream's archive
# holds the same tree in other bytes, so it is checked by its top folder and keyed by its own sha256.
k574_tarball() {
    local d f
    for d in "${SIPMC_HOST_SOURCES:-}" "$REPO/../shared/hosts" /work/shared/hosts; do
        f="$d/$K574_FILE"
        if [ -z "$d" ] || [ ! -f "$f" ]; then continue; fi
        [ "$(sha256_of "$f")" = "$K574_SHA256" ] ||
            die "$f has sha256 $(sha256_of "$f"), expected $K574_SHA256"
        printf '%s\n' "$f"
        return
    done
    f="$CACHE/downloads/kamailio-5.7.4-upstream.tar.gz"
    if [ ! -f "$f" ]; then
        log "$K574_FILE not found in shared/hosts; downloading $K574_URL"
        mkdir -p "$CACHE/downloads"
        local tmp
        tmp=$(mktemp "$f.XXXXXX")
        if command -v curl >/dev/null; then
            curl -fsSL --retry 2 -o "$tmp" "$K574_URL" || { rm -f "$tmp"; die "could not download $K574_URL"; }
        elif command -v wget >/dev/null; then
            wget -q -O "$tmp" "$K574_URL" || { rm -f "$tmp"; die "could not download $K574_URL"; }
        else
            rm -f "$tmp"
            die "$K574_FILE is not in shared/hosts and neither curl nor wget is installed to download it"
        fi
        mv "$tmp" "$f"
        log "downloaded $f (sha256 $(sha256_of "$f"))"
    fi
    printf '%s\n' "$f"
}

host_5_7() {
    local tarball sha recipe key prefix tmp src stage mods version f
    tarball=$(k574_tarball)
    sha=$(sha256_of "$tarball")
    recipe="v$RECIPE_VERSION modules=$K574_MODULES group=kmemcached make=${K574_MAKE_ARGS[*]}"
    key="kamailio-5.7.4-${sha:0:12}-$(hash8 "$recipe")"
    prefix="$CACHE/builds/$key"
    mkdir -p "$CACHE/builds"

    if [ -d "$prefix" ]; then
        log "cached: $prefix"
    else
        for f in "$CACHE/builds/.tmp-kamailio-5.7.4-"*; do remove_tree "$f"; done
        host_apt cc:gcc make:make bison:bison flex:flex pkg-config:pkg-config \
            /usr/include/libmemcached/memcached.h:libmemcached-dev \
            /usr/include/lua5.1/lua.h:liblua5.1-0-dev /usr/include/libxml2/libxml/parser.h:libxml2-dev
        tmp=$(mktemp -d "$CACHE/builds/.tmp-$key.XXXXXX")
        : >"$LOGFILE"
        [ "$(tar tzf "$tarball" | head -n 1)" = kamailio-5.7.4/ ] ||
            die "$tarball does not have kamailio-5.7.4/ as its top folder"
        tar xzf "$tarball" -C "$tmp"
        src="$tmp/kamailio-5.7.4"
        # The prefix is compiled in (default cfg, module path, kamctl's library path), so it is the
        # final folder; BASEDIR stages the install in the temporary folder (Kamailio's DESTDIR).
        stage="$tmp/stage"
        log "building Kamailio 5.7.4 (core + $K574_MODULES memcached; about half a minute; log: $LOGFILE)"
        run_logged "make cfg" make -C "$src" cfg prefix="$prefix" group_include=kmemcached \
            include_modules="$K574_MODULES" "${K574_MAKE_ARGS[@]}"
        run_logged "make all" make -C "$src" -j2 all "${K574_MAKE_ARGS[@]}"
        run_logged "make utils" make -C "$src" -j2 utils "${K574_MAKE_ARGS[@]}"
        run_logged "make install" make -C "$src" install BASEDIR="$stage" "${K574_MAKE_ARGS[@]}"
        # 'lib64' on x86_64 by Kamailio's Makefile.defs; do not assume it.
        mods=$(cd "$stage$prefix" && ls -d lib*/kamailio/modules) || die "no module folder in $stage$prefix"
        check_layout "$stage$prefix" /sbin/kamailio "/$mods" /sbin/kamcmd /sbin/kamctl
        version=$(kamailio_version "" "$stage$prefix/sbin/kamailio")
        [ "$version" = 5.7.4 ] || die "the built kamailio says version '$version', not 5.7.4"
        mv "$stage$prefix" "$prefix"
        remove_tree "$tmp"
        log "made $prefix ($(du -sh "$prefix" | cut -f1))"
    fi
    for f in "$CACHE/builds/kamailio-5.7.4-"*; do
        [ "$f" = "$prefix" ] || [ ! -d "$f" ] || log "note: $f is from an older recipe (remove it when no test uses it)"
    done
    mods=$(cd "$prefix" && ls -d lib*/kamailio/modules) || die "no module folder in $prefix"
    version=$(kamailio_version "" "$prefix/sbin/kamailio")
    write_descriptor 5.7 "$version" "" "$prefix/sbin/kamailio" "$prefix/$mods" "$prefix/sbin/kamcmd" \
        "$prefix/sbin/kamctl" "$prefix/$mods/memcached.so" \
        "Kamailio 5.7.4 built from source ($(basename "$tarball"), sha256 ${sha:0:12})"
}

# ---------------------------------------------------------------------------------------------------
# One host, under its lock, timed. Runs as a background job of its own (see main).
make_host() {
    LABEL=$1
    local lock start=$SECONDS
    mkdir -p "$CACHE/locks" "$CACHE/logs"
    # Output of debootstrap, apt and make: emptied when the host starts being made, kept after.
    LOGFILE="$CACHE/logs/$LABEL.log"
    exec {lock}>"$CACHE/locks/$LABEL.lock"
    if ! flock -n "$lock"; then
        log "another run is making this host; waiting for it"
        flock "$lock"
    fi
    case $LABEL in
    5.6) host_5_6 ;;
    5.7) host_5_7 ;;
    6.0) host_debian 6.0 trixie /usr/share/debootstrap/scripts/trixie '6.0.*' "Debian 13 trixie" ;;
    # Debian 12's debootstrap has no forky script; sid's handles testing. The archive copy this
    # machine reaches can hold a testing Release file past its Valid-Until (testing's is a week), which
    # apt refuses as expired: skip only that date check. Signatures are still checked.
    6.1) host_debian 6.1 forky /usr/share/debootstrap/scripts/sid '6.1.*' "Debian testing forky" \
        -o Acquire::Check-Valid-Until=false ;;
    bookworm) DOWNLOAD_DEBS=kamailio-memcached-modules host_debian bookworm bookworm \
        /usr/share/debootstrap/scripts/bookworm '5.6.*' "Debian 12 bookworm" ;;
    esac
    log "ready in $((SECONDS - start)) s"
}

# ---------------------------------------------------------------------------------------------------
# --check: starts the host on a minimal cfg and talks to it, then stops it by its pid.

check_host() {
    LABEL=$1
    local env="$CACHE/hosts/$LABEL.env" root bin mods kamcmd kamctl dir run port pid out ok=1 i
    root=$(descriptor_get "$env" KAMAILIO_ROOT)
    bin=$(descriptor_get "$env" KAMAILIO_BIN)
    mods=$(descriptor_get "$env" KAMAILIO_MODULES)
    kamcmd=$(descriptor_get "$env" KAMCMD)
    kamctl=$(descriptor_get "$env" KAMCTL)
    command -v python3 >/dev/null || die "--check needs python3 on this machine"
    local c=()
    [ -z "$root" ] || c=(chroot "$root")
    # The run folder is made inside the root, as the tests do; $run is its path as Kamailio sees it.
    mkdir -p "$root/tmp"
    dir=$(mktemp -d "$root/tmp/sipmc-check.XXXXXX")
    run=${dir#"$root"}
    port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$dir/kamailio.cfg" <<EOF
#!KAMAILIO
debug=2
log_stderror=yes
children=1
disable_tcp=yes
listen=udp:127.0.0.1:$port
mpath="$mods"
loadmodule "pv.so"
loadmodule "sl.so"
loadmodule "ctl.so"
loadmodule "jsonrpcs.so"
modparam("ctl", "binrpc", "unix:$run/ctl.sock")
modparam("jsonrpcs", "fifo_name", "$run/rpc.fifo")
request_route { sl_send_reply("200", "OK"); exit; }
EOF
    "${c[@]}" "$bin" -f "$run/kamailio.cfg" -DD -E -Y "$run" -m 32 -M 8 >"$dir/kamailio.log" 2>&1 &
    pid=$!
    for ((i = 0; i < 50; i++)); do
        [ -S "$dir/ctl.sock" ] && break
        alive "$pid" || break
        sleep 0.1
    done
    if out=$(sip_options "$port" 2>&1) && [[ $out == "SIP/2.0 200"* ]]; then
        log "check: SIP OPTIONS -> $out"
    else
        log "check FAILED: SIP OPTIONS -> $out"
        ok=0
    fi
    if out=$("${c[@]}" "$kamcmd" -s "unix:$run/ctl.sock" core.version 2>&1) && [[ $out == *kamailio* ]]; then
        log "check: kamcmd core.version -> $out"
    else
        log "check FAILED: kamcmd core.version -> $out"
        ok=0
    fi
    if out=$("${c[@]}" /usr/bin/env RPCFIFOPATH="$run/rpc.fifo" "$kamctl" rpc core.version 2>&1) &&
        [[ $out == *'"result"'*kamailio* ]]; then
        log "check: kamctl rpc core.version -> $(grep '"result"' <<<"$out" | tr -s ' ')"
    else
        log "check FAILED: kamctl rpc core.version -> $out"
        ok=0
    fi
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        alive "$pid" || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ "$ok" = 0 ]; then
        log "kamailio's log: $dir/kamailio.log"
        return 1
    fi
    rm -rf "$dir"
}

list_descriptors() {
    local f found=0
    for f in "$CACHE/hosts/"*.env; do
        [ -f "$f" ] || continue
        found=1
        printf '# %s\n' "$f"
        cat "$f"
        printf '\n'
    done
    [ "$found" = 1 ] || log "no descriptors in $CACHE/hosts (run scripts/kamailio_hosts.sh)"
}

main() {
    local check=0 labels=() l
    while [ $# -gt 0 ]; do
        case $1 in
        --list)
            list_descriptors
            return
            ;;
        --check) check=1 ;;
        -h | --help)
            usage
            return
            ;;
        5.6 | 5.7 | 6.0 | 6.1 | bookworm) labels+=("$1") ;;
        *) die "unknown argument '$1' (labels: ${ALL_LABELS[*]}; options: --list, --check)" ;;
        esac
        shift
    done
    [ ${#labels[@]} -gt 0 ] || labels=("${ALL_LABELS[@]}")
    [ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, apt)"
    mkdir -p "$CACHE"

    # Hosts are made at the same time (a build is CPU-bound, a debootstrap mostly waits on the
    # network). Job control puts each in a process group of its own, so an interrupted run can stop
    # exactly the processes it started, debootstrap and make included.
    set -m
    local pids=() failed=() i
    for l in "${labels[@]}"; do
        make_host "$l" &
        pids+=($!)
    done
    # shellcheck disable=SC2317 # reached through the trap
    stop_jobs() {
        local p
        for p in "${pids[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done
        log "interrupted; stopped the host jobs"
        exit 130
    }
    trap stop_jobs INT TERM
    for i in "${!labels[@]}"; do
        # A host that cannot be made must not keep a descriptor the tests would still trust.
        wait "${pids[$i]}" || { failed+=("${labels[$i]}"); rm -f "$CACHE/hosts/${labels[$i]}.env"; }
    done
    trap - INT TERM
    set +m

    if [ "$check" = 1 ]; then
        for l in "${labels[@]}"; do
            [ -f "$CACHE/hosts/$l.env" ] || continue
            check_host "$l" || failed+=("$l (check)")
        done
        LABEL=main
    fi

    for l in "${labels[@]}"; do
        local f="$CACHE/hosts/$l.env" root
        [ -f "$f" ] || continue
        root=$(descriptor_get "$f" KAMAILIO_ROOT)
        printf '%s\t%s\t%s\t%s\n' "$l" "$(descriptor_get "$f" KAMAILIO_VERSION)" \
            "$(descriptor_get "$f" KAMAILIO_SOURCE)" "${root:--}"
    done
    [ ${#failed[@]} -eq 0 ] || die "could not make: ${failed[*]} (logs in $CACHE/logs/)"
}

main "$@"
