#!/usr/bin/env bash
# Installs (or uninstalls) the built library the way `make install` / `make uninstall` do:
#
#   LIB=target/release/libsip_memcached.so scripts/install.sh install|uninstall
#   scripts/install.sh version               prints the version in Cargo.toml (the .pc's, the .deb's)
#
# Variables (the Makefile passes its own): PREFIX (default /usr/local), DESTDIR (a staging root,
# default none), LIBDIR ($PREFIX/lib), INCLUDEDIR ($PREFIX/include), DOCDIR
# ($PREFIX/share/doc/sip-memcached), PKGCONFIGDIR ($LIBDIR/pkgconfig), DEBUGDIR ($LIBDIR/.debug),
# LDCONFIG (run after an install or uninstall without DESTDIR; default ldconfig, `true` skips it).
#
# What goes where:
#   $LIBDIR/libsip_memcached.so                    stripped (--strip-unneeded: the dynamic symbols
#                                                  stay), with a .gnu_debuglink to the file below
#   $DEBUGDIR/libsip_memcached.so.debug            the debug info (objcopy --only-keep-debug); gdb
#                                                  finds it through the debuglink in the library's
#                                                  own folder's .debug/, whatever the PREFIX
#   $INCLUDEDIR/sip_memcached.h                    the C header
#   $PKGCONFIGDIR/sip-memcached.pc                 for `pkg-config --cflags --libs sip-memcached`
#   $DOCDIR/README.md, $DOCDIR/docs/*.md           the documentation (the README's links into
#                                                  docs/ work where they are installed)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)

die() {
    printf 'install.sh: error: %s\n' "$*" >&2
    exit 1
}

ACTION=${1:-}
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
LIBDIR=${LIBDIR:-$PREFIX/lib}
INCLUDEDIR=${INCLUDEDIR:-$PREFIX/include}
DOCDIR=${DOCDIR:-$PREFIX/share/doc/sip-memcached}
PKGCONFIGDIR=${PKGCONFIGDIR:-$LIBDIR/pkgconfig}
DEBUGDIR=${DEBUGDIR:-$LIBDIR/.debug}
LDCONFIG=${LDCONFIG:-ldconfig}
NAME=libsip_memcached.so

for v in "$PREFIX" "$LIBDIR" "$INCLUDEDIR" "$DOCDIR" "$PKGCONFIGDIR" "$DEBUGDIR"; do
    case $v in /*) ;; *) die "'$v' is not an absolute path (PREFIX and the *DIR variables must be)" ;; esac
done

# The version in Cargo.toml's [package] table (its first `version =` line).
version() {
    local v
    v=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$REPO/Cargo.toml" | head -n 1)
    [ -n "$v" ] || die "no version line in $REPO/Cargo.toml"
    printf '%s\n' "$v"
}

# ldconfig only for a real install (not a staging one, which a package's trigger takes care of).
refresh_ld_cache() {
    if [ -z "$DESTDIR" ] && [ "$(id -u)" -eq 0 ] && command -v "$LDCONFIG" >/dev/null; then
        "$LDCONFIG"
    fi
}

do_install() {
    local lib=${LIB:-}
    [ -n "$lib" ] || die "LIB is not set (the built library, e.g. target/release/$NAME)"
    [ -f "$lib" ] || die "$lib does not exist: build it first (make build)"
    local tool
    for tool in objcopy install; do
        command -v "$tool" >/dev/null || die "$tool is missing (apt-get install binutils coreutils)"
    done
    local d="$DESTDIR" tmp
    install -d "$d$LIBDIR" "$d$DEBUGDIR" "$d$INCLUDEDIR" "$d$PKGCONFIGDIR" "$d$DOCDIR"
    tmp=$(mktemp -d)
    # shellcheck disable=SC2064 # the folder is known now
    trap "rm -rf '$tmp'" EXIT
    # The debug info first, then the stripped copy that points at it by name and CRC (objcopy
    # reads the .debug file for the CRC, so it must exist under the name it records).
    objcopy --only-keep-debug "$lib" "$tmp/$NAME.debug"
    objcopy --strip-unneeded --remove-section=.comment \
        --add-gnu-debuglink="$tmp/$NAME.debug" "$lib" "$tmp/$NAME"
    # Shared libraries and their debug files are 0644, as Debian's policy has them.
    install -m 0644 "$tmp/$NAME" "$d$LIBDIR/$NAME"
    install -m 0644 "$tmp/$NAME.debug" "$d$DEBUGDIR/$NAME.debug"
    install -m 0644 "$REPO/include/sip_memcached.h" "$d$INCLUDEDIR/sip_memcached.h"
    install -m 0644 "$REPO/README.md" "$d$DOCDIR/README.md"
    install -d "$d$DOCDIR/docs"
    install -m 0644 "$REPO"/docs/*.md "$d$DOCDIR/docs/"
    cat >"$tmp/sip-memcached.pc" <<EOF
prefix=$PREFIX
libdir=$LIBDIR
includedir=$INCLUDEDIR

Name: sip-memcached
Description: memcached client and SIP proxy module (Kamailio, OpenSIPS) as a C library
Version: $(version)
Libs: -L\${libdir} -lsip_memcached
Cflags: -I\${includedir}
EOF
    install -m 0644 "$tmp/sip-memcached.pc" "$d$PKGCONFIGDIR/sip-memcached.pc"
    refresh_ld_cache
    printf 'installed %s (%s bytes, debug info in %s)\n' "$d$LIBDIR/$NAME" \
        "$(stat -c %s "$d$LIBDIR/$NAME")" "$d$DEBUGDIR/$NAME.debug"
}

do_uninstall() {
    local d="$DESTDIR" f dir
    for f in "$LIBDIR/$NAME" "$DEBUGDIR/$NAME.debug" "$INCLUDEDIR/sip_memcached.h" \
        "$PKGCONFIGDIR/sip-memcached.pc" "$DOCDIR/README.md"; do
        rm -f "$d$f"
    done
    # The pages this repository has: an install of another version may have had others, which
    # stay (and keep their folder).
    for f in "$REPO"/docs/*.md; do
        rm -f "$d$DOCDIR/docs/${f##*/}"
    done
    # Only the folders that are ours alone, and only when nothing else is left in them.
    for dir in "$DOCDIR/docs" "$DOCDIR" "$DEBUGDIR"; do
        [ ! -d "$d$dir" ] || rmdir --ignore-fail-on-non-empty "$d$dir"
    done
    refresh_ld_cache
    printf 'uninstalled sip-memcached from %s\n' "$d$PREFIX"
}

case $ACTION in
install) do_install ;;
uninstall) do_uninstall ;;
version) version ;;
*) die "usage: LIB=path/to/$NAME $0 install|uninstall|version (got '${ACTION}')" ;;
esac
