# Shared by build-on-linux.sh and test-under-wine.sh (sourced, not run): the tools a Debian 12 x86-64 machine
# needs to build and run the Windows installer under Wine, and a fresh Wine prefix.
#   wine64 runs 64-bit Windows programs (the app, its Python, PyInstaller); wine32:i386 runs the 32-bit ones
#   (Inno Setup's ISCC.exe and every setup.exe/unins000.exe it makes). A prefix made before wine32 was installed
#   cannot run 32-bit programs, hence a new prefix per build and per test.

APT_LOCK=(-o DPkg::Lock::Timeout=900)   # another apt run on this machine waits instead of failing

# Install what is missing (root): Wine with 32-bit support, osslsigncode (Authenticode check), npm (Inno Setup),
# Xvfb (Inno Setup's setup and uninstaller build their wizard window even when silent: Wine needs an X server),
# binutils (strings: the test reads the executables' version resource), poppler-utils (pdffonts).
ensure_windows_tools() {
  local missing=() pkg
  dpkg --print-foreign-architectures | grep -qx i386 || { dpkg --add-architecture i386; rm -f /var/lib/apt/periodic/update-success-stamp; }
  for pkg in wine wine64 wine32:i386 osslsigncode npm python3-venv xvfb binutils poppler-utils; do
    # npm may come from elsewhere (e.g. NodeSource's nodejs): only the command matters.
    [[ $pkg == npm ]] && command -v npm >/dev/null && continue
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
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
  # 32-bit programs (setup.exe) otherwise see Windows 7, which the installer refuses (MinVersion 10.0.17763).
  wine winecfg -v win10 >/dev/null 2>&1
  wineserver --wait
  # Wine links the user's Documents, Desktop ... to the Linux home folder: made real folders inside the prefix, so
  # nothing a program writes there (drafts, shortcuts) lands in this machine's home.
  local link
  for link in "$WINEPREFIX"/drive_c/users/*/*; do
    [[ -L $link ]] && rm "$link" && mkdir "$link"
  done
  return 0
  [[ -d $WINEPREFIX/drive_c/windows/syswow64 ]] || { echo "error: the Wine prefix $WINEPREFIX has no 32-bit part (wine32:i386 missing?)" >&2; return 1; }
}

# The Windows path of a Linux path (Wine maps / to Z:).
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }

# Put into the prefix the stand-in for bcryptprimitives.dll that Wine 8 lacks (see wine-bcryptprimitives.c),
# compiled once with Zig (PyPI ziglang) and cached by its source's hash.
install_bcryptprimitives() {
  local src cache dll
  src=$(dirname "${BASH_SOURCE[0]}")/wine-bcryptprimitives.c
  cache=${DISCLOSURE_GUI_BUILD_CACHE:-/var/cache/disclosure-gui-build}/windows
  dll=$cache/bcryptprimitives-$(sha256sum "$src" | cut -c1-12).dll
  if [[ ! -s $dll ]]; then
    rm -rf "$cache/zig" && mkdir -p "$cache"
    python3 -m venv "$cache/zig" && "$cache/zig/bin/python" -m pip -q --disable-pip-version-check install "ziglang==0.13.0"
    "$cache/zig/bin/python" -m ziglang cc -target x86_64-windows-gnu -shared -O2 -s -o "$dll.tmp" "$src" -lbcrypt
    mv "$dll.tmp" "$dll" && rm -rf "$cache/zig" "$cache"/*.lib   # Zig leaves an import library beside it
  fi
  cp "$dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
}

# Chinese Windows: Wine takes its code page (936) and UI language from the Unix locale, which must exist.
ensure_chinese_locale() {
  locale -a 2>/dev/null | grep -qix 'zh_CN.utf8' && return 0
  dpkg -s locales >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get "${APT_LOCK[@]}" install -y -qq locales >/dev/null; }
  grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen || echo 'zh_CN.UTF-8 UTF-8' >>/etc/locale.gen
  locale-gen >/dev/null
}

# An X server for the programs that make windows (Inno Setup's wizard, even silent); Qt runs offscreen. Stopped on exit.
start_xvfb() {
  local fifo display
  fifo=$(mktemp -u) && mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  XVFB_PID=$!
  read -r display <"$fifo" && rm -f "$fifo"
  export DISPLAY=:$display
  trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
}
