#!/usr/bin/env bash
# Checks the Windows build under Wine: the .msi's tables (msiinfo) hold the
# program, its Start-menu shortcut and the .banmian association; msiexec
# installs it into a fresh Wine prefix; the installed banmian.exe runs
# headless ("version", then an export of the reference article whose PDF is
# checked as on Linux: pages, embedded fonts, the text back); then the
# editor starts on a virtual display (Xvfb) and its window is photographed
# (dist/wine-editor.png) and checked to have drawn; msiexec /x removes it.
set -euo pipefail
msi=$1 exe=$2
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "check-windows: $*"; exit 1; }
# (Outputs are read whole before grep: grep -q stopping a pipe early would
# fail it under pipefail.)
tables=$(msiinfo tables "$msi")
for t in File Shortcut Registry; do
	grep -qx "$t" <<<"$tables" || fail "the .msi has no $t table"
done
grep -q 'banmian.exe' <<<"$(msiinfo export "$msi" File)" || fail "no banmian.exe in the File table"
grep -q 'ProgramMenuFolder' <<<"$(msiinfo export "$msi" Shortcut)" || fail "no Start-menu shortcut"
reg=$(msiinfo export "$msi" Registry)
grep -qP '\t0\t\.banmian\t\tBanmian\.Article\t' <<<"$reg" || fail "no .banmian → Banmian.Article in HKCR"
grep -qF 'Banmian.Article\shell\open\command' <<<"$reg" || fail "no open command for Banmian.Article"
echo "the .msi holds banmian.exe, a Start-menu shortcut and the .banmian association (msiinfo)"

tmp=$(mktemp -d)
xvfb=""
cleanup() {
	[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
	wineserver -k 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" HOME="$tmp"
wineboot -i >/dev/null 2>&1 || fail "wineboot could not make a Wine prefix"
# Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, which Go's runtime needs
# on Windows: a stand-in goes into this prefix (packaging/wine/; the .msi
# and the .exe are not changed).
if ! wine cmd /c 'if exist C:\windows\system32\bcryptprimitives.dll (exit 0) else (exit 1)' >/dev/null 2>&1; then
	x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" "$here/../packaging/wine/bcryptprimitives.c"
	echo "Wine $(wine --version 2>/dev/null | tr -d '\r') has no bcryptprimitives.dll (Go's runtime needs its ProcessPrng): a stand-in from packaging/wine/ is in the test prefix"
fi
wine msiexec /i "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || fail "msiexec /i failed"
inst="$WINEPREFIX/drive_c/Program Files/Banmian/banmian.exe"
[ -f "$inst" ] || fail "msiexec installed no $inst"
lnk=$(find "$WINEPREFIX/drive_c" -iname 'Banmian.lnk' | head -1)
[ -n "$lnk" ] || fail "no Start-menu shortcut was installed"
grep -q 'Banmian.Article' <<<"$(wine reg query 'HKEY_CLASSES_ROOT\.banmian' 2>/dev/null | tr -d '\r')" || fail ".banmian is not associated with Banmian.Article"
echo "msiexec installed it under Wine: $(basename "$inst"), $(basename "$lnk"), .banmian → Banmian.Article"

version=$(wine "$inst" version 2>/dev/null | tr -d '\r')
grep -q '^banmian' <<<"$version" || fail "banmian.exe version printed: $version"
echo "$version"
cp "$here/../testdata/articles/reference-zh.txt" "$tmp/article.txt"
(cd "$tmp" && wine "$inst" export article.txt -o out.pdf >/dev/null 2>"$tmp/export.err") || { cat "$tmp/export.err"; fail "the headless export failed under Wine"; }
pages=$(pdfinfo "$tmp/out.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 1 ] || fail "the export made no PDF"
fonts=$(pdffonts "$tmp/out.pdf")
awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' <<<"$fonts" || fail "a font is not embedded"
grep -q '湖南省科技厅' <<<"$(pdftotext "$tmp/out.pdf" -)" || fail "the PDF's text does not give the headline back"
echo "the Windows build exported the reference article under Wine: $pages pages, fonts embedded, text extracted"

# The editor on a virtual display, in Chinese, opened the way a double
# click opens a file: "start" follows the .banmian association the .msi
# registered.
(cd "$tmp" && wine "$inst" import article.txt -o story.banmian >/dev/null 2>&1) || fail "banmian.exe import failed"
Xvfb :97 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
(cd "$tmp" && DISPLAY=:97 LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 wine start /unix "$tmp/story.banmian" >"$tmp/gui.log" 2>&1 &)
shot="$here/../dist/wine-editor.png"
for _ in $(seq 1 90); do
	if grep -q 'Banmian 版面' <<<"$(DISPLAY=:97 xwininfo -root -tree 2>/dev/null)"; then
		break
	fi
	sleep 1
done
if ! grep -q 'Banmian 版面' <<<"$(DISPLAY=:97 xwininfo -root -tree 2>/dev/null)"; then
	echo "check-windows: the editor window did not open under Wine; its output:"
	tail -20 "$tmp/gui.log"
	fail "no editor window"
fi
sleep 8 # let it draw
DISPLAY=:97 import -window root "$shot"
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 50 ] || fail "the window drew nothing ($colours colours in $shot)"
echo "the editor opened story.banmian through the .banmian association under Wine and drew ($colours colours): $shot"
wineserver -k 2>/dev/null || true
wine msiexec /x "$(winepath -w "$msi")" /qn >/dev/null 2>&1 || fail "msiexec /x failed"
[ ! -f "$inst" ] || fail "msiexec /x left $inst"
echo "msiexec /x removed it"
