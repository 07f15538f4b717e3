#!/usr/bin/env bash
# Build dist/disclosure-gui_<version>_<arch>.deb from a clean clone.
#
# Layout accepted by the app stores of 统信UOS / 银河麒麟 (deepin-style):
#   /opt/apps/<app-id>/files/      the PyInstaller one-folder bundle
#   /opt/apps/<app-id>/entries/    desktop file and icons
#   /opt/apps/<app-id>/info        JSON: appid, name, version, arch, permissions
#   /usr/bin/disclosure-gui        launcher
# No maintainer scripts: installing changes nothing outside these paths, and removing the package
# leaves every user's drafts (in their home folder) alone.
#
# Reproducible: file times are set to SOURCE_DATE_EPOCH (default: the last commit's time), the archive
# is built with sorted names, root ownership and fixed compression.
#
# Usage: packaging/linux/build-deb.sh [--skip-bundle]    (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
BUILD=${BUILD_DIR:-$ROOT/build/deb}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1700000000)}
export PYTHONHASHSEED=0

read -r VERSION APP_ID APP_NAME_ASCII <<<"$("$PYTHON" -c 'import disclosure_gui as d; print(d.__version__, d.APP_ID, d.APP_NAME_ASCII)')"
APP_NAME=$("$PYTHON" -c 'import disclosure_gui as d; print(d.APP_NAME)')
ARCH=$(dpkg --print-architecture)

if [[ "${1:-}" != "--skip-bundle" ]]; then
  rm -rf "$BUILD"
  "$PYTHON" -m venv "$BUILD/venv"
  "$BUILD/venv/bin/python" -m pip install -q --upgrade pip
  "$BUILD/venv/bin/python" -m pip install -q "${WHEEL:-$ROOT}" pyinstaller  # WHEEL: package what CI tested
  "$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$ROOT/packaging/disclosure-gui.spec"
fi
BUNDLE="$BUILD/dist/$APP_NAME_ASCII"
[[ -x "$BUNDLE/$APP_NAME_ASCII" ]] || { echo "no bundle at $BUNDLE" >&2; exit 1; }

# The highest glibc symbol version the bundle needs: a bundle built on a newer system than the target
# fails there with "GLIBC_2.xx not found". The office desktops (UOS 20, 麒麟 V10) have glibc 2.28.
NEED=$(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u -V | tail -n 1)
echo "highest glibc symbol version needed: ${NEED:-none}"
if [[ -n "${MAX_GLIBC:-}" ]] && [[ "$(printf '%s\n' "GLIBC_$MAX_GLIBC" "$NEED" | sort -V | tail -n 1)" != "GLIBC_$MAX_GLIBC" ]]; then
  echo "error: the bundle needs $NEED but the target has glibc $MAX_GLIBC; build on a glibc-$MAX_GLIBC system" >&2
  exit 1
fi

PKG="$BUILD/pkg"
rm -rf "$PKG"
APPDIR="$PKG/opt/apps/$APP_ID"
mkdir -p "$APPDIR/files" "$APPDIR/entries/applications" "$APPDIR/entries/icons/hicolor/scalable/apps" \
  "$APPDIR/entries/icons/hicolor/256x256/apps" "$PKG/usr/bin" "$PKG/DEBIAN"
cp -a "$BUNDLE/." "$APPDIR/files/"
cp "$ROOT/resources/icons/disclosure-gui.svg" "$APPDIR/entries/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$ROOT/resources/icons/disclosure-gui.png" "$APPDIR/entries/icons/hicolor/256x256/apps/$APP_ID.png"
sed -e "s|@APP_ID@|$APP_ID|g" -e "s|@VERSION@|$VERSION|g" "$ROOT/packaging/linux/disclosure-gui.desktop.in" \
  > "$APPDIR/entries/applications/$APP_ID.desktop"
cat > "$APPDIR/info" <<JSON
{
  "appid": "$APP_ID",
  "name": "$APP_NAME",
  "version": "$VERSION",
  "arch": ["$ARCH"],
  "permissions": {"autostart": false, "notification": false, "trayicon": false, "clipboard": true, "account": false, "bluetooth": false, "camera": false, "audio_record": false, "installed_apps": false}
}
JSON
cat > "$PKG/usr/bin/$APP_NAME_ASCII" <<SH
#!/bin/sh
exec /opt/apps/$APP_ID/files/$APP_NAME_ASCII "\$@"
SH
chmod 0755 "$PKG/usr/bin/$APP_NAME_ASCII"
SIZE_KB=$(du -sk "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: $APP_ID
Version: $VERSION
Architecture: $ARCH
Maintainer: $APP_NAME_ASCII maintainers <$APP_NAME_ASCII@localhost>
Installed-Size: $SIZE_KB
Depends: libc6 (>= 2.28), libglib2.0-0, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libxcb-cursor0 | libxcb1, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-render-util0, libxcb-image0, libxcb-randr0, libxcb-xinerama0, libxcb-xkb1
Section: utils
Priority: optional
Homepage: https://localhost/$APP_NAME_ASCII
Description: $APP_NAME — 政府信息公开工作年度报告的编写、校验与发布
 Drafts the statutory annual government information disclosure report in the
 national format, checks its statistics tables as you type, and exports the
 printed report (PDF) and the exchange file. Works entirely offline.
CONTROL

find "$PKG" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
find "$PKG" -type d -exec chmod 0755 {} +
mkdir -p "$ROOT/dist"
OUT="$ROOT/dist/${APP_NAME_ASCII}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$PKG" "$OUT" >/dev/null
echo "built $OUT ($(du -h "$OUT" | cut -f1))"
