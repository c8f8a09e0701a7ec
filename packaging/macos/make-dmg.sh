#!/usr/bin/env bash
# Build Berth.app and its disk image on macOS, from the project root:
#
#   packaging/macos/make-dmg.sh [--skip-build]
#
# 1. pyinstaller packaging/berth.spec makes dist/Berth.app (a BUNDLE with Info.plist and the icns);
# 2. the app is signed: with CODESIGN_IDENTITY (a "Developer ID Application" identity) when set,
#    else ad hoc, which is enough to run on the machine that built it;
# 3. hdiutil makes dist/Berth-<version>-macos-<arch>.dmg holding Berth.app and a link to
#    /Applications, to drag it onto.
# Notarising for other Macs (xcrun notarytool) needs an Apple account and is left to the release
# manager. Prints the path of the .dmg.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
BUILD=1
[ "${1:-}" = "--skip-build" ] && BUILD=0

if [ "$(uname -s)" != Darwin ]; then
    echo "make-dmg.sh: this runs on macOS only (it needs hdiutil and codesign)" >&2
    exit 1
fi

VERSION="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")"
ARCH="$(uname -m)"
APP="$ROOT/dist/Berth.app"

if [ "$BUILD" = 1 ]; then
    (cd "$ROOT" && "$PYTHON" -m PyInstaller packaging/berth.spec --noconfirm --distpath dist \
        --workpath build/pyinstaller)
fi
[ -d "$APP" ] || { echo "make-dmg.sh: $APP was not built" >&2; exit 1; }

# The bundle's Info.plist must carry the project's version.
plist_version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
if [ "$plist_version" != "$VERSION" ]; then
    echo "make-dmg.sh: Info.plist says $plist_version, pyproject.toml says $VERSION" >&2
    exit 1
fi

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # The hardened runtime and a timestamp, as notarisation requires.
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

# A first run of the frozen app: it starts and prints its version.
"$APP/Contents/MacOS/berth" --version

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="$ROOT/dist/Berth-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "Berth $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG" >/dev/null
hdiutil verify "$DMG" >/dev/null
echo "$DMG"
