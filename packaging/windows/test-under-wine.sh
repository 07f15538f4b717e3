#!/usr/bin/env bash
# Prove the Windows installer under Wine, as an office user would meet it, in a NEW Wine prefix (Chinese locale:
# code page 936, like a Chinese Windows):
#   1. install per user, silently (/VERYSILENT /CURRENTUSER): program under %LOCALAPPDATA%\Programs, Start-menu
#      shortcut to the windowed executable, version resource on the executables;
#   2. the installed disclosure-gui.exe: `smoke-test` offscreen (window, every tab, typing and undo in table 三,
#      PDF and Word export with the shipped fonts into a folder named with Chinese characters and spaces), with its
#      drafts in such a folder too; a draft imported into the default data folder %APPDATA%\disclosure-gui; the
#      exchange file opened, saved and exported (PDF, Word), a district folder summed and a register read, under a
#      path longer than 260 characters (the app hands Windows its \\?\ form), messages naming it as typed;
#      a 仿宋 listed only in the user's font registry is found by name and embedded in the PDF;
#   3. the crash log: the app's own CLI, run by the Windows CPython the build left (build/windows/python), is
#      made to fail inside a command and must write its log under %APPDATA%\disclosure-gui\crash-logs;
#   4. uninstall silently: program and shortcut gone, %APPDATA%\disclosure-gui (drafts, crash log) kept.
# Exits non-zero on the first failure.
#
# Usage: packaging/windows/test-under-wine.sh dist/disclosure-gui-<version>-setup.exe      (root)
#   WINDOWS_PYTHON: the Windows CPython with the app installed (default build/windows/python, from build-on-linux.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SETUP=$(realpath "${1:?usage: test-under-wine.sh SETUP.exe}")
WINDOWS_PYTHON=${WINDOWS_PYTHON:-$ROOT/build/windows/python}
# shellcheck source=wine-env.sh
source "$ROOT/packaging/windows/wine-env.sh"
t0=$(date +%s)
fail() { echo "FAILED: $*" >&2; exit 1; }
[[ -x $WINDOWS_PYTHON/python.exe || -f $WINDOWS_PYTHON/python.exe ]] || fail "no Windows CPython at $WINDOWS_PYTHON (run build-on-linux.sh)"

ensure_windows_tools
ensure_chinese_locale
export LC_ALL=zh_CN.UTF-8
TEST=${WINE_TEST_DIR:-$ROOT/build/windows-test}
rm -rf "$TEST" && mkdir -p "$TEST"
start_xvfb
new_wine_prefix "$TEST/prefix"
install_bcryptprimitives
# Wine passes no QT_* variable from Linux to Windows programs; the user's environment in the registry does.
wine reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f >/dev/null 2>&1
C=$WINEPREFIX/drive_c
# Console output of Windows programs: piped (Wine cannot hand them a redirected file), in the code page 936.
win() { wine "$@" 2>&1 | iconv -f GBK -t UTF-8 -c; return "${PIPESTATUS[0]}"; }
# win, and fail with its output when it exits non-zero.
must() { local out; out=$(win "$@") || { echo "$out" >&2; fail "$*"; }; printf '%s\n' "$out"; }

echo "== install (per user, silent)"
start=$(date +%s)
wine "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART "/LOG=$(winpath "$TEST/setup.log")" 2>&1 | cat
wineserver --wait
USERDIR=$(find "$C/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -n 1)
APPDATA=$USERDIR/AppData/Roaming
APP=$(find "$USERDIR/AppData/Local/Programs" -maxdepth 2 -name disclosure-gui.exe -printf '%h\n' 2>/dev/null | head -n 1)
[[ -n $APP ]] || { tail -n 20 "$TEST/setup.log" >&2; fail "nothing installed under %LOCALAPPDATA%\\Programs"; }
[[ $(basename "$APP") == 政府信息公开年报助手 ]] || fail "installed into $(basename "$APP"), not 政府信息公开年报助手"
for f in disclosure-gui-window.exe unins000.exe _internal/resources/fonts; do [[ -e $APP/$f ]] || fail "missing $f"; done
echo "installed in $(( $(date +%s) - start )) s: $APP ($(du -sh "$APP" | cut -f1))"
LINK=$(find "$APPDATA/Microsoft/Windows" -name '政府信息公开年报助手.lnk' | head -n 1)
[[ -n $LINK ]] || fail "no Start-menu shortcut 政府信息公开年报助手.lnk"
python3 -c 'import sys; b = open(sys.argv[1], "rb").read(); n = "disclosure-gui-window.exe"
sys.exit(n.encode() not in b and n.encode("utf-16-le") not in b)' "$LINK" || fail "the shortcut $LINK does not start disclosure-gui-window.exe"
VERSION=$(python3 -c 'import disclosure_gui as d; print(d.__version__)')
strings -el "$APP/disclosure-gui-window.exe" | grep -qx "$VERSION" || fail "no version $VERSION in the executable's version resource"
DESKTOP_LINK="$USERDIR/Desktop/政府信息公开年报助手.lnk"   # the desktop-shortcut task is on by default
[[ -e $DESKTOP_LINK ]] || fail "no desktop shortcut"
echo "Start-menu shortcut: ${LINK#"$C"/}; desktop shortcut; version resource: $VERSION"

# Paths inside the prefix as Windows programs see them: C:\...
cpath() { local rel=${1#"$C"}; printf 'C:%s' "${rel//\//\\}"; }
EXE="$(cpath "$APP")\\disclosure-gui.exe"
SAMPLE="$(cpath "$APP")\\_internal\\resources\\samples\\shanting-kjj-2023.json"
echo "== the installed app: smoke test (drafts and exports in folders named with Chinese characters and spaces)"
start=$(date +%s%N)
DRAFTS="$USERDIR/Documents/年报 草稿/2023 年度"
must "$EXE" smoke-test --data-dir "$(cpath "$DRAFTS")"
[[ -n $(find "$DRAFTS" -name '*.json' -print -quit) ]] || fail "the smoke test left no draft in $DRAFTS"
echo "smoke test: $(( ($(date +%s%N) - start) / 1000000 )) ms"

echo "== the default data folder (%APPDATA%\\disclosure-gui)"
must "$EXE" import "$SAMPLE"
must "$EXE" list | grep -q 2023 || fail "list does not show the imported draft"
[[ -d $APPDATA/disclosure-gui ]] || fail "no data folder at %APPDATA%\\disclosure-gui"
echo "draft stored in ${APPDATA#"$C"/}/disclosure-gui"

echo "== a path longer than 260 characters: open, save, export"
LONG=$USERDIR/Documents/长路径测试
while (( $(cpath "$LONG/草稿库/drafts/0123456789abcdef0123456789abcdef.json" | wc -m) <= 270 )); do
  LONG+="/政府信息公开工作年度报告 第二层目录"
done
mkdir -p "$LONG"
cp "$ROOT/resources/samples/shanting-kjj-2023.json" "$LONG/原始 交换文件.json"
cp "$ROOT/resources/samples/shanting-kjj-2023.txt" "$LONG/已发布 年报.txt"
L=$(cpath "$LONG")
echo "folder: $(printf '%s' "$L" | wc -m) characters"
must "$EXE" check "$L\\原始 交换文件.json" >/dev/null
must "$EXE" import --data-dir "$L\\草稿库" "$L\\原始 交换文件.json" >/dev/null
must "$EXE" import-published "$L\\已发布 年报.txt" -o "$L\\导入 交换文件.json" >/dev/null
must "$EXE" export "$L\\原始 交换文件.json" --pdf "$L\\2023年度报告.pdf" --docx "$L\\2023年度报告.docx" >/dev/null
for f in "导入 交换文件.json" 2023年度报告.pdf 2023年度报告.docx; do
  [[ -s $LONG/$f ]] || fail "nothing written to the long path: $f"
done
# The PDF made on "Windows" embeds the fonts the installer ships (Wine has no Chinese fonts of its own).
fonts=$(pdffonts "$LONG/2023年度报告.pdf" | awk 'NR > 2 { print $1, $(NF - 4) }')
[[ -n $fonts ]] && ! grep -qv '^[A-Z]*+GovReport[A-Za-z-]* yes$' <<<"$fonts" || { echo "$fonts" >&2; fail "the PDF does not embed the shipped fonts"; }
echo "PDF fonts: $(cut -d+ -f2 <<<"$fonts" | cut -d' ' -f1 | sort -u | tr '\n' ' ')(all embedded, shipped with the app)"
longest=$(python3 -c 'import os, sys; print(max(len(os.path.join(d, f)) for d, _, fs in os.walk(sys.argv[1]) for f in fs))' "$LONG")
must "$EXE" list --data-dir "$L\\草稿库" | grep -q 2023 || fail "the draft saved under the long path cannot be read back"
# A district folder and a register there too (listed, read, summed, written), and a file that is not there: the
# message names it as typed, never in the \\?\ form the app hands Windows for a path this long.
mkdir -p "$LONG/各单位 报送/第一批"
cp "$ROOT/resources/samples/shanting-kjj-2023.json" "$LONG/各单位 报送/第一批/山亭区科技局.json"
cp "$ROOT/tests/fixtures/register/register-2024.csv" "$LONG/台账 2024.csv"
must "$EXE" aggregate "$L\\各单位 报送" -o "$L\\汇总 交换文件.json" --agency 山亭区 --year 2023 \
  --status "$L\\汇总 状态表.xlsx" >/dev/null
win "$EXE" register "$L\\台账 2024.csv" --year 2024 --agency 山亭区科技局 -o "$L\\台账 统计.json" >/dev/null || true
for f in "汇总 交换文件.json" "汇总 状态表.xlsx" "台账 统计.json"; do
  [[ -s $LONG/$f ]] || fail "nothing written to the long path: $f"
done
win "$WINDOWS_PYTHON/python.exe" -c "from disclosure_gui.core.filenames import native_path
print(native_path(r'$L\\草稿库\\store.json')[:4])" | tr -d '\r' | grep -xF '\\?\' >/dev/null \
  || fail "the app does not hand Windows the \\?\ form of a long path"
missing=$(win "$EXE" check "$L\\没有的 交换文件.json") && fail "check of a missing file succeeded"
grep -qF "$L\\没有的 交换文件.json" <<<"$missing" && ! grep -qF '\\?\' <<<"$missing" \
  || { echo "$missing" >&2; fail "the message about a missing file does not name it as typed"; }
echo "opened (check, import-published, register, aggregate), saved (draft store, exchange file) and exported (PDF, Word, status table); longest file path $((longest - ${#C} + 2)) characters; messages name the path as typed"

echo "== a 公文 font found through the Windows font registry"
# An office's 仿宋 stands outside every font folder, listed only in HKCU's font registry: the PDF must use it.
python3 -m venv "$TEST/fontvenv" && "$TEST/fontvenv/bin/python" -m pip -q --disable-pip-version-check install fonttools
mkdir -p "$C/其他字体"
"$TEST/fontvenv/bin/python" "$ROOT/packaging/windows/make_test_font.py" "$ROOT/resources/fonts/GovReportFang-Regular.ttf" \
  "$C/其他字体/办公 仿宋.ttf" FangSongRegistryTest
before=$(must "$EXE" export "$SAMPLE" --pdf 'C:\字体 测试 1.pdf')
grep -q '本机没有安装以下公文字体.*正文（仿宋）' <<<"$before" || { echo "$before" >&2; fail "without the font, no notice that the shipped 仿宋 stands in"; }
wine reg add 'HKCU\Software\Microsoft\Windows NT\CurrentVersion\Fonts' /v '仿宋 (TrueType)' /d 'C:\其他字体\办公 仿宋.ttf' /f >/dev/null 2>&1
after=$(must "$EXE" export "$SAMPLE" --pdf 'C:\字体 测试 2.pdf')
! grep -q '正文（仿宋）' <<<"$after" || { echo "$after" >&2; fail "the registered 仿宋 was not found"; }
pdffonts "$C/字体 测试 2.pdf" | grep -q '+FangSongRegistryTest ' || fail "the PDF does not embed the registered 仿宋"
echo "the 仿宋 listed in HKCU's font registry (C:\其他字体\办公 仿宋.ttf) is found by name and embedded"

echo "== crash log under %APPDATA%\\disclosure-gui (the CLI under the Windows CPython, a command made to fail)"
ln -s "$(realpath "$WINDOWS_PYTHON")" "$C/py"
code=0
win 'C:\py\python.exe' -c "
import sys, disclosure_gui.cli as cli
def forced_by_test_under_wine(args):
    raise RuntimeError('MARKER-机密-wine')
cli.cmd_list = forced_by_test_under_wine
sys.exit(cli.main(['list']))" >"$TEST/crash.out" || code=$?
cat "$TEST/crash.out"
[[ $code == 3 ]] || fail "a crash exited $code, not 3"
grep -q '程序内部出错' "$TEST/crash.out" || fail "no Chinese crash message"
LOGFILE=$(find "$APPDATA/disclosure-gui/crash-logs" -name 'crash-*.log' | head -n 1)
[[ -n $LOGFILE ]] && grep -q 'forced_by_test_under_wine' "$LOGFILE" && grep -q RuntimeError "$LOGFILE" \
  || fail "no crash log naming the failing function in %APPDATA%\\disclosure-gui\\crash-logs"
# A crash log holds places and types, never what the officer wrote or what an error said (it may quote it).
! grep -q 'MARKER-机密-wine' "$LOGFILE" || fail "the crash log holds the error's text"
echo "crash log: ${LOGFILE#"$C"/}"

echo "== uninstall (silent): the program goes, the user's data stays"
wine "$APP/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART 2>&1 | cat
wineserver --wait
sleep 2
[[ ! -e $APP/disclosure-gui.exe ]] || fail "the uninstaller left the program"
[[ ! -e $LINK && ! -e $DESKTOP_LINK ]] || fail "the uninstaller left a shortcut"
[[ -n $(find "$APPDATA/disclosure-gui" -name '*.json' -print -quit) && -n $LOGFILE && -e $LOGFILE ]] \
  || fail "the uninstaller removed %APPDATA%\\disclosure-gui"
[[ -n $(find "$DRAFTS" -name '*.json' -print -quit) ]] || fail "the uninstaller removed the drafts in $DRAFTS"
wineserver -k 2>/dev/null || true
[[ -n ${KEEP_PREFIX:-} ]] || rm -rf "$TEST"
echo "$(basename "$SETUP"): installed, smoke-tested, long paths, crash log, uninstalled with the user's data kept under Wine $(wine --version 2>/dev/null | sed 's/^wine-//') ($(( $(date +%s) - t0 )) s)"
