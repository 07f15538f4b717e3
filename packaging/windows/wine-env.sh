# Shared by build-on-linux.sh and test-under-wine.sh (sourced, not run): the tools a Debian 12 x86-64 machine
# needs to build and run the Windows installer under Wine, and a fresh Wine prefix.
#   wine64 runs 64-bit Windows programs (the app, its Python, PyInstaller); wine32:i386 runs the 32-bit ones
#   (Inno Setup's ISCC.exe and every setup.exe/unins000.exe it makes). A prefix made before wine32 was installed
#   cannot run 32-bit programs, hence a new prefix per build and per test.

APT_LOCK=(-o DPkg::Lock::Timeout=900)   # another apt run on this machine waits instead of failing

# Install what is missing (root): Wine with 32-bit support, osslsigncode (Authenticode check), npm (Inno Setup).
ensure_windows_tools() {
  local missing=() pkg
  dpkg --print-foreign-architectures | grep -qx i386 || { dpkg --add-architecture i386; rm -f /var/lib/apt/periodic/update-success-stamp; }
  for pkg in wine wine64 wine32:i386 osslsigncode npm python3-venv; do
    # npm may come from elsewhere (e.g. NodeSource's nodejs): only the command matters.
    [[ $pkg == npm ]] && command -v npm >/dev/null && continue
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get "${APT_LOCK[@]}" update -qq
  apt-get "${APT_LOCK[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A new 64-bit prefix with 32-bit support, no Mono/Gecko prompts, no desktop integration; prints nothing.
new_wine_prefix() {
  export WINEPREFIX=$1 WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
  rm -rf "$WINEPREFIX"
  mkdir -p "$(dirname "$WINEPREFIX")"
  wine wineboot --init >/dev/null 2>&1
  wineserver --wait
  [[ -d $WINEPREFIX/drive_c/windows/syswow64 ]] || { echo "error: the Wine prefix $WINEPREFIX has no 32-bit part (wine32:i386 missing?)" >&2; return 1; }
}

# The Windows path of a Linux path (Wine maps / to Z:).
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }
