#!/usr/bin/env bash
# Builds the Debian packages of the built library with dpkg-deb (`make deb`):
#
#   LIB=target/release/libsip_memcached.so OUT=target/debian scripts/deb.sh
#
# prints the paths of the two files it writes to OUT:
#   sip-memcached_VERSION_ARCH.deb         the stripped library in /usr/lib/MULTIARCH, the header,
#                                          the pkg-config file, the README and docs/; and the
#                                          Kamailio name:
#                                          /usr/lib/MULTIARCH/kamailio/modules/memcached.so, a
#                                          symlink to the library, the stock file of
#                                          kamailio-memcached-modules diverted to memcached.so.distrib
#   sip-memcached-dbgsym_VERSION_ARCH.deb  the debug info, in Debian's build-id layout
#                                          (/usr/lib/debug/.build-id/XX/REST.debug)
#
# VERSION comes from Cargo.toml, ARCH and MULTIARCH from dpkg, Depends from what the library
# really needs: the highest GLIBC_ (and GCC_) symbol version objdump -T shows.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
    printf 'deb.sh: error: %s\n' "$*" >&2
    exit 1
}

LIB=${LIB:-}
OUT=${OUT:-}
MAINTAINER=${DEB_MAINTAINER:-sip-memcached developers <sip-memcached@localhost>}
[ -n "$LIB" ] || die "LIB is not set (the built library, e.g. target/release/libsip_memcached.so)"
[ -f "$LIB" ] || die "$LIB does not exist: build it first (make build)"
[ -n "$OUT" ] || die "OUT is not set (the folder to write the .deb files to)"
for tool in dpkg-deb dpkg-architecture objdump readelf md5sum; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install dpkg-dev binutils)"
done

VERSION=$("$HERE/install.sh" version)
ARCH=$(dpkg --print-architecture)
MULTIARCH=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null)
[ -n "$MULTIARCH" ] || die "dpkg-architecture printed no DEB_HOST_MULTIARCH"
LIBDIR=/usr/lib/$MULTIARCH
MODULES=$LIBDIR/kamailio/modules
STOCK=$MODULES/memcached.so
DIVERTED=$STOCK.distrib

# The highest symbol version of one prefix (GLIBC_, GCC_) the library needs from its libraries.
needed_version() {
    objdump -T "$1" | awk '$0 ~ /\*UND\*/' | grep -o "($2[0-9.]*)" | tr -d '()' |
        sed "s/^$2//" | sort -V | tail -n 1
}

# Depends, from the NEEDED entries: every library must be one this script knows the package of.
depends() {
    local lib=$1 needed glibc gcc deps=()
    glibc=$(needed_version "$lib" GLIBC_)
    [ -n "$glibc" ] || die "objdump -T shows no GLIBC_ symbol version in $lib"
    deps+=("libc6 (>= $glibc)")
    for needed in $(readelf -d "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        case $needed in
        libc.so.6 | ld-linux-*.so.* | libm.so.6 | libdl.so.2 | libpthread.so.0 | librt.so.1) ;;
        libgcc_s.so.1)
            gcc=$(needed_version "$lib" GCC_)
            deps+=("libgcc-s1 (>= ${gcc:-3.0})")
            ;;
        *) die "$lib needs $needed: add the Debian package that ships it to scripts/deb.sh" ;;
        esac
    done
    local IFS=,
    printf '%s\n' "${deps[*]}" | sed 's/,/, /g'
}

mkdir -p "$OUT"
WORK=$(mktemp -d "$OUT/.deb.XXXXXX")
# shellcheck disable=SC2064 # the folder is known now
trap "rm -rf '$WORK'" EXIT
PKG=$WORK/sip-memcached
DBG=$WORK/sip-memcached-dbgsym

# The files, as `make install` lays them out with PREFIX=/usr and Debian's multiarch folder.
PREFIX=/usr LIBDIR=$LIBDIR DESTDIR=$PKG LDCONFIG=true "$HERE/install.sh" install >/dev/null
INSTALLED=$PKG$LIBDIR/libsip_memcached.so
BUILD_ID=$(readelf -n "$INSTALLED" | sed -n 's/.*Build ID: *\([0-9a-f]*\).*/\1/p')
[ ${#BUILD_ID} -gt 2 ] || die "$LIB has no GNU build-id note (the linker's --build-id)"
DEPENDS=$(depends "$INSTALLED")

# The debug file moves to the -dbgsym package, under its build-id, as Debian's dh_strip lays it
# out: gdb and debuginfod find it by the id, whatever path the library was loaded from.
mkdir -p "$DBG/usr/lib/debug/.build-id/${BUILD_ID:0:2}" "$DBG/usr/share/doc"
mv "$PKG$LIBDIR/.debug/libsip_memcached.so.debug" \
    "$DBG/usr/lib/debug/.build-id/${BUILD_ID:0:2}/${BUILD_ID:2}.debug"
rmdir "$PKG$LIBDIR/.debug"
ln -s sip-memcached "$DBG/usr/share/doc/sip-memcached-dbgsym"

# Kamailio's name for the module, in its default mpath: `loadmodule "memcached.so"` loads ours.
mkdir -p "$PKG$MODULES"
ln -s ../../libsip_memcached.so "$PKG$STOCK"
cat >"$PKG/usr/share/doc/sip-memcached/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: sip-memcached

Files: *
License: MIT or Apache-2.0
 On Debian systems the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.
EOF

# The control files of both packages.
mkdir -p "$PKG/DEBIAN" "$DBG/DEBIAN"
cat >"$PKG/DEBIAN/control" <<EOF
Package: sip-memcached
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $DEPENDS
Suggests: kamailio
Enhances: kamailio, kamailio-memcached-modules
Section: net
Priority: optional
Description: memcached module for SIP proxies (Kamailio, OpenSIPS) and C programs
 One C-ABI shared library: a drop-in for Kamailio's memcached module (5.6 to 6.1;
 installing this package diverts the stock memcached.so of kamailio-memcached-modules
 to memcached.so.distrib, so that loadmodule "memcached.so" loads this one, and
 removing it puts the stock file back), OpenSIPS 3.6's cachedb_memcached, and a C
 library with a header and a pkg-config file.
EOF
cat >"$PKG/DEBIAN/preinst" <<EOF
#!/bin/sh
set -e
# The stock module moves aside (now, or when kamailio-memcached-modules is installed later).
case "\$1" in
install | upgrade)
    dpkg-divert --package sip-memcached --add --rename --divert $DIVERTED $STOCK
    ;;
esac
EOF
cat >"$PKG/DEBIAN/postrm" <<EOF
#!/bin/sh
set -e
# Our memcached.so is gone by now: the stock one, if any, goes back to its name.
case "\$1" in
remove | abort-install | disappear)
    dpkg-divert --package sip-memcached --remove --rename --divert $DIVERTED $STOCK
    ;;
esac
EOF
chmod 0755 "$PKG/DEBIAN/preinst" "$PKG/DEBIAN/postrm"
# The library is in a folder of ld.so's: libc-bin's trigger refreshes the cache.
printf 'activate-noawait ldconfig\n' >"$PKG/DEBIAN/triggers"
cat >"$DBG/DEBIAN/control" <<EOF
Package: sip-memcached-dbgsym
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$DBG" | cut -f1)
Depends: sip-memcached (= $VERSION)
Section: debug
Priority: optional
Auto-Built-Package: debug-symbols
Build-Ids: $BUILD_ID
Description: debug symbols for sip-memcached
EOF
for dir in "$PKG" "$DBG"; do
    (cd "$dir" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
        xargs -0 -r md5sum) >"$dir/DEBIAN/md5sums"
done

for dir in "$PKG" "$DBG"; do
    name=$(basename "$dir")
    deb="$OUT/${name}_${VERSION}_${ARCH}.deb"
    dpkg-deb --root-owner-group -Zxz --build "$dir" "$deb" >/dev/null
    printf '%s\n' "$deb"
done
