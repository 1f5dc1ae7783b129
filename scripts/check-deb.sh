#!/usr/bin/env bash
# Checks the .deb: its control fields and files, then installs it with dpkg,
# runs "banmian version" and a headless export from /usr/bin, checks the
# .desktop entry, the icon and that the system knows .banmian files as
# application/x-banmian opened by Banmian, removes it with dpkg -r and
# checks that none of its files is left.
set -euo pipefail
deb=$1
here=$(cd "$(dirname "$0")" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
fail() { echo "check-deb: $*"; exit 1; }
[ "$(dpkg-deb -f "$deb" Package)" = banmian ] || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgl1 libx11-6 libc6; do
	grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib ($depends)"
done
files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$')
for f in /usr/bin/banmian /usr/bin/banmian-editor /usr/share/applications/io.banmian.editor.desktop /usr/share/mime/packages/banmian.xml \
	/usr/share/icons/hicolor/256x256/apps/io.banmian.editor.png; do
	grep -qx "$f" <<<"$files" || fail "$f is not in the package"
done
if dpkg-query -W -f='${Status}' banmian 2>/dev/null | grep -q "ok installed"; then
	fail "banmian is already installed here; remove it first (this check installs and removes its own .deb)"
fi
tmp=$(mktemp -d)
cleanup() { $sudo dpkg -r banmian >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
$sudo dpkg -i "$deb" >/dev/null || { $sudo apt-get install -f -y -qq >/dev/null; dpkg-query -W -f='${Status}' banmian | grep -q "ok installed" || fail "dpkg -i failed"; }
/usr/bin/banmian version
/usr/bin/banmian-editor version >/dev/null || fail "banmian-editor does not run"
# banmian starts the editor beside it (here without a display, so it stops
# at once: what matters is that it was found and started).
out=$(DISPLAY= WAYLAND_DISPLAY= timeout 60 /usr/bin/banmian open /nonexistent.banmian 2>&1 || true)
grep -q "is not installed beside" <<<"$out" && fail "banmian does not find banmian-editor: $out"
desktop-file-validate /usr/share/applications/io.banmian.editor.desktop || fail "the .desktop entry does not validate"
grep -q '^Categories=.*Office' /usr/share/applications/io.banmian.editor.desktop || fail "not in the Office category"
cp "$here/../testdata/articles/reference-zh.txt" "$tmp/article.txt"
(cd "$tmp" && HOME="$tmp" /usr/bin/banmian import article.txt -o story.banmian >/dev/null && HOME="$tmp" /usr/bin/banmian export story.banmian -o out.pdf >/dev/null)
grep -q '^Pages:' <<<"$(pdfinfo "$tmp/out.pdf")" || fail "the installed binary made no PDF"
# The system maps .banmian to the type (the MIME database dpkg's trigger
# rebuilt) and the type to the editor (the desktop database).
grep -q 'application/x-banmian:\*\.banmian' /usr/share/mime/globs2 || fail "the MIME database does not map *.banmian to application/x-banmian"
grep -q '^application/x-banmian=.*io\.banmian\.editor\.desktop' /usr/share/applications/mimeinfo.cache ||
	fail "the desktop database does not open application/x-banmian with Banmian"
if command -v gio >/dev/null; then
	grep -q 'io.banmian.editor.desktop' <<<"$(gio mime application/x-banmian 2>/dev/null)" || fail "gio does not open application/x-banmian with Banmian"
fi
echo "the .deb installs (banmian version, export of the reference: $(pdfinfo "$tmp/out.pdf" | awk '/^Pages:/ {print $2}') pages, *.banmian → application/x-banmian → Banmian)"
$sudo dpkg -r banmian >/dev/null
left=0
while read -r f; do
	[ -n "$f" ] && [ -e "$f" ] && { echo "check-deb: left after dpkg -r: $f"; left=1; }
done <<<"$files"
[ "$left" -eq 0 ] || exit 1
grep -q 'application/x-banmian' /usr/share/mime/globs2 && fail "the MIME type stayed after dpkg -r"
echo "dpkg -r removed every file of the package"
