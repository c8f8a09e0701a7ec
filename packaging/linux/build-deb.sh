#!/usr/bin/env bash
# Build Berth's .deb from a PyInstaller bundle, with dpkg-deb.
#
#   packaging/linux/build-deb.sh [--bundle dist/berth] [--output dist] [--lintian]
#
# The package installs the bundle under /opt/berth with a /usr/bin/berth link, the desktop entry,
# the hicolor icons and the AppStream metainfo. Its Depends name the system libraries the bundle
# leaves to the system (the list is packaging/hooks/rth_system_libs.py) and a CJK font.
# Prints the path of the .deb it made.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="$ROOT/dist/berth"
OUTPUT="$ROOT/dist"
RUN_LINTIAN=0
PYTHON="${PYTHON:-python3}"

while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE="$2"; shift 2 ;;
        --output) OUTPUT="$2"; shift 2 ;;
        --lintian) RUN_LINTIAN=1; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "build-deb.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

if [ ! -x "$BUNDLE/berth" ]; then
    echo "build-deb.sh: no bundle at $BUNDLE (build it first: pyinstaller packaging/berth.spec)" >&2
    exit 1
fi
command -v dpkg-deb >/dev/null || { echo "build-deb.sh: dpkg-deb is missing (Debian package dpkg)" >&2; exit 1; }

APP_ID=io.github.berth.Berth
PACKAGE=berth
VERSION="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
RES="$ROOT/resources"

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/berth-deb.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/$PACKAGE"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
    "$PKG/usr/share/doc/$PACKAGE" "$PKG/usr/share/lintian/overrides" "$PKG/usr/share/man/man1"

# The bundle, and the command on PATH.
cp -a "$BUNDLE" "$PKG/opt/berth"
ln -s /opt/berth/berth "$PKG/usr/bin/berth"

# Menu entry, icons, metainfo.
install -m 0644 "$RES/$APP_ID.desktop" "$PKG/usr/share/applications/"
install -m 0644 "$RES/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/"
for dir in "$RES"/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "$PKG/usr/share/icons/hicolor/$size/apps"
    install -m 0644 "$dir"/* "$PKG/usr/share/icons/hicolor/$size/apps/"
done

# Documentation Debian asks every package for.
YEAR="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y)"
gzip -9n < "$HERE/berth.1" > "$PKG/usr/share/man/man1/berth.1.gz"
chmod 0644 "$PKG/usr/share/man/man1/berth.1.gz"
cat > "$PKG/usr/share/doc/$PACKAGE/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Berth
Source: https://github.com/berth-app/berth

Files: *
Copyright: $YEAR Berth developers
License: MIT

Files: opt/berth/_internal/*
Copyright: The Python Software Foundation; The Qt Company Ltd. and other Qt contributors;
 the authors of docker-py, requests, urllib3, certifi, charset-normalizer and idna
License: various
 The bundled Python runtime is under the PSF License, Qt and PySide6 under the LGPL-3.0,
 docker-py under the Apache-2.0 licence, and the other Python packages under their own
 permissive licences, shipped beside them in opt/berth/_internal.

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 and associated documentation files (the "Software"), to deal in the Software without
 restriction, including without limitation the rights to use, copy, modify, merge, publish,
 distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 Software is furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
 BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
EOF
chmod 0644 "$PKG/usr/share/doc/$PACKAGE/copyright"
{
    echo "$PACKAGE ($VERSION) stable; urgency=medium"
    echo
    echo "  * Berth $VERSION, packaged from its PyInstaller bundle."
    echo
    echo " -- Berth developers <berth-app@users.noreply.github.com>  $(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")"
} | gzip -9n > "$PKG/usr/share/doc/$PACKAGE/changelog.gz"
chmod 0644 "$PKG/usr/share/doc/$PACKAGE/changelog.gz"
install -m 0644 "$HERE/berth.lintian-overrides" "$PKG/usr/share/lintian/overrides/$PACKAGE"

# Depends: the system libraries the bundle links, glibc at the newest symbol version it uses, a CJK font.
LIBRARY_PACKAGES="$("$PYTHON" - "$ROOT/packaging/hooks/rth_system_libs.py" <<'EOF'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("rth_system_libs", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(", ".join(sorted(set(module.SYSTEM_LIBRARIES.values()))))
EOF
)"
GLIBC="$(find "$PKG/opt/berth" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -u -V | tail -n 1 || true)"
DEPENDS="libc6${GLIBC:+ (>= $GLIBC)}, $LIBRARY_PACKAGES, fonts-noto-cjk"

INSTALLED_SIZE="$(du -sk --apparent-size "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: Berth developers <berth-app@users.noreply.github.com>
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Recommends: docker.io | docker-ce | docker-desktop
Section: admin
Priority: optional
Homepage: https://github.com/berth-app/berth
Description: desktop app for Docker containers and images
 Berth shows the containers and images on your computer and lets you pull,
 run, stop and remove them, and follow their logs, by pointing and clicking.
 It talks to the Docker engine given by DOCKER_HOST, or to the local one.
 .
 This package is self-contained: it carries its own Python and Qt under
 /opt/berth.
EOF
install -m 0755 "$HERE/postinst" "$HERE/postrm" "$PKG/DEBIAN/"
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
    > "$PKG/DEBIAN/md5sums"
chmod 0644 "$PKG/DEBIAN/control" "$PKG/DEBIAN/md5sums"

# Modes dpkg and lintian expect, whatever the umask was.
find "$PKG" -type d -exec chmod 0755 {} +
find "$PKG/opt/berth" -type f -perm -u+x -exec chmod 0755 {} +
find "$PKG/opt/berth" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$PKG/opt/berth" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +  # loaded, not run

mkdir -p "$OUTPUT"
DEB="$OUTPUT/${PACKAGE}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null

if [ "$RUN_LINTIAN" = 1 ]; then
    command -v lintian >/dev/null || { echo "build-deb.sh: lintian is missing (Debian package lintian)" >&2; exit 1; }
    lintian --fail-on error,warning --no-tag-display-limit "$DEB" >&2
fi
echo "$DEB"
