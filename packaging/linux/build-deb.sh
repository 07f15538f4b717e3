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
# Starts on old desktops: the bundle carries a CPython built by build-python.sh against glibc 2.28 (amd64)
# or 2.31 (arm64), wheels made for those (manylinux), and nothing of the build machine's own libraries: the
# ones every desktop has come from the system and are declared in Depends (audit_bundle.py finds them and
# fails on a glibc symbol newer than MAX_GLIBC, default the target's, or on an unknown library).
# ARCH=arm64 builds on an x86-64 machine: PyInstaller then runs in a Debian 11 arm64 root filesystem under
# qemu-user-static (bullseye-rootfs.sh), so it sees the libraries an arm64 system has.
#
# Usage: [ARCH=amd64|arm64] [MAX_GLIBC=2.28] packaging/linux/build-deb.sh [--skip-bundle]
#   PYTHON: the build machine's Python (for metadata and downloading wheels; default python3)
#   PYTHON_PREFIX: a CPython from build-python.sh (default build/python-ARCH/prefix, built when missing)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
ARCH=${ARCH:-$(dpkg --print-architecture)}
case $ARCH in
  amd64) PLAT=x86_64; TARGET_GLIBC=2.28; TARGET_GLIBCXX=3.4.25 ;;   # 统信UOS 20 (Debian 10 base, GCC 8)
  arm64) PLAT=aarch64; TARGET_GLIBC=2.31; TARGET_GLIBCXX=3.4.28 ;;  # 麒麟 V10 SP1 (GCC 9)
  *) echo "unsupported ARCH=$ARCH (amd64 or arm64)" >&2; exit 2 ;;
esac
MAX_GLIBC=${MAX_GLIBC:-$TARGET_GLIBC}
BUILD=${BUILD_DIR:-$ROOT/build/deb-$ARCH}
PYPREFIX=${PYTHON_PREFIX:-$ROOT/build/python-$ARCH/prefix}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1700000000)}
export PYTHONHASHSEED=0

read -r VERSION APP_ID APP_NAME_ASCII <<<"$("$PYTHON" -c 'import disclosure_gui as d; print(d.__version__, d.APP_ID, d.APP_NAME_ASCII)')"
APP_NAME=$("$PYTHON" -c 'import disclosure_gui as d; print(d.APP_NAME)')
t0=$(date +%s)

if [[ "${1:-}" != "--skip-bundle" ]]; then
  [[ -x $PYPREFIX/bin/python3.11 ]] || ARCH=$ARCH packaging/linux/build-python.sh "$PYPREFIX"
  t1=$(date +%s)
  rm -rf "$BUILD" && mkdir -p "$BUILD/wheels"
  # The app's wheel, and every dependency as a wheel for the target: manylinux up to the target's glibc.
  # WHEEL: the wheel CI built and tested is the one packaged; by hand, it is built from this clone.
  if [[ -n ${WHEEL:-} ]]; then cp "$WHEEL" "$BUILD/wheels/"; else "$PYTHON" -m pip wheel -q --no-deps -w "$BUILD/wheels" "$ROOT"; fi
  platforms=()
  for minor in $(seq "${TARGET_GLIBC#2.}" -1 17); do platforms+=(--platform "manylinux_2_${minor}_$PLAT"); done
  platforms+=(--platform "manylinux2014_$PLAT")
  "$PYTHON" -m pip download -q -d "$BUILD/wheels" --only-binary=:all: "${platforms[@]}" --python-version 3.11 \
    --implementation cp --abi cp311 --abi abi3 --abi none "$BUILD"/wheels/disclosure_gui-*.whl pyinstaller
  # The bundle: a venv of the built CPython, the wheels, PyInstaller. The same commands for both
  # architectures; for arm64 they run in the arm64 root filesystem, where $ROOT is mounted at the same path.
  steps="set -e; export LD_LIBRARY_PATH='$PYPREFIX/lib' HOME='$BUILD/home' PYTHONHASHSEED=0 SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH
    '$PYPREFIX/bin/python3.11' -m venv '$BUILD/venv'
    '$BUILD/venv/bin/python' -m pip install -q --no-index --find-links '$BUILD/wheels' disclosure-gui pyinstaller
    cd '$ROOT' && '$BUILD/venv/bin/pyinstaller' --noconfirm --clean --log-level WARN \
      --distpath '$BUILD/dist' --workpath '$BUILD/work' packaging/disclosure-gui.spec"
  if [[ $ARCH == "$(dpkg --print-architecture)" ]]; then
    bash -c "$steps"
  else
    # binutils for PyInstaller's strip; the libraries Qt links, so PyInstaller's Qt hooks can load QtCore.
    RFS=$(packaging/linux/bullseye-rootfs.sh "$ARCH" binutils,libglib2.0-0,libfontconfig1,libfreetype6,libdbus-1-3,libxkbcommon0,libx11-6,libgl1,libegl1,libzstd1)
    mkdir -p "$RFS$ROOT"
    unshare -m bash -c "set -e; mount --bind '$ROOT' '$RFS$ROOT'; mount --rbind /dev '$RFS/dev'; mount -t proc proc '$RFS/proc'
      chroot '$RFS' /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin bash -c \"\$0\"" "$steps"
  fi
  echo "bundle: $(( $(date +%s) - t1 )) s"
fi
BUNDLE="$BUILD/dist/$APP_NAME_ASCII"
[[ -x "$BUNDLE/$APP_NAME_ASCII" ]] || { echo "no bundle at $BUNDLE" >&2; exit 1; }

# Will it start on the target? glibc/libstdc++ symbol versions, and every linked library bundled or declared.
SYSTEM_DEPENDS=$("$PYTHON" packaging/linux/audit_bundle.py "$BUNDLE" --max-glibc "$MAX_GLIBC" --max-glibcxx "$TARGET_GLIBCXX") || {
  echo "error: the bundle would not start on a glibc-$MAX_GLIBC desktop (see above)" >&2; exit 1; }

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
Depends: libc6 (>= $TARGET_GLIBC), $SYSTEM_DEPENDS
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
echo "built $OUT ($(du -h "$OUT" | cut -f1)) in $(( $(date +%s) - t0 )) s"
