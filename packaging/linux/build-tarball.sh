#!/usr/bin/env bash
# Build Berth's Linux tarball from a PyInstaller bundle.
#
#   packaging/linux/build-tarball.sh [--bundle dist/berth] [--output dist]
#
# berth-VERSION-linux-ARCH.tar.gz holds one folder, berth-VERSION/: the bundle (berth and
# _internal/), share/ laid out like ~/.local/share (desktop entry, icons, metainfo) and
# INSTALL.txt, the install note. Prints the path of the tarball it made.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="$ROOT/dist/berth"
OUTPUT="$ROOT/dist"
PYTHON="${PYTHON:-python3}"

while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE="$2"; shift 2 ;;
        --output) OUTPUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "build-tarball.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

if [ ! -x "$BUNDLE/berth" ]; then
    echo "build-tarball.sh: no bundle at $BUNDLE (build it first: pyinstaller packaging/berth.spec)" >&2
    exit 1
fi

APP_ID=io.github.berth.Berth
VERSION="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")"
ARCH="$(uname -m)"
RES="$ROOT/resources"
DEPENDS="$("$PYTHON" - "$ROOT/packaging/hooks/rth_system_libs.py" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("rth_system_libs", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(" ".join(sorted(set(module.SYSTEM_LIBRARIES.values())) + ["fonts-noto-cjk"]))
PY
)"

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/berth-tarball.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
TOP="berth-$VERSION"
DIR="$STAGE/$TOP"
cp -a "$BUNDLE" "$DIR"
mkdir -p "$DIR/share/applications" "$DIR/share/metainfo"
install -m 0644 "$RES/$APP_ID.desktop" "$DIR/share/applications/"
install -m 0644 "$RES/$APP_ID.metainfo.xml" "$DIR/share/metainfo/"
mkdir -p "$DIR/share/icons"
cp -r "$RES/icons/hicolor" "$DIR/share/icons/"
sed -e "s|@VERSION@|$VERSION|g" -e "s|@ARCH@|$ARCH|g" -e "s|@DEPENDS@|$DEPENDS|g" \
    "$HERE/INSTALL.txt" > "$DIR/INSTALL.txt"
find "$DIR" -type d -exec chmod 0755 {} +
find "$DIR/share" "$DIR/INSTALL.txt" -type f -exec chmod 0644 {} +

mkdir -p "$OUTPUT"
TARBALL="$OUTPUT/berth-$VERSION-linux-$ARCH.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$STAGE" -czf "$TARBALL" "$TOP"
echo "$TARBALL"
