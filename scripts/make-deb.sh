#!/usr/bin/env bash
# Builds dist/banmian_VERSION_amd64.deb from the Linux build in the tarball
# "make package" made (the same binary check-package tests): the program in
# /usr/bin, a .desktop entry in the Office category, the icon in the
# hicolor theme, the MIME type of .banmian files (a double-click opens
# them), and Depends on the OpenGL/X11 libraries: those the binary links,
# found from its own ELF needs, and those GLFW opens at run time.
# Re-runnable: the .deb is replaced.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
tarball=dist/banmian-linux-amd64.tar.xz
[ -f "$tarball" ] || { echo "make-deb: $tarball is missing (make package builds it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$tarball" -C "$tmp"
bin=$(find "$tmp" -type f -name banmian -perm -u+x | head -1)
editor=$(find "$tmp" -type f -name banmian-editor -perm -u+x | head -1)
[ -n "$bin" ] && [ -n "$editor" ] || { echo "make-deb: no banmian and banmian-editor binaries in $tarball"; exit 1; }
root="$tmp/root"
# banmian: the commands, which start banmian-editor for the editor.
install -Dm755 "$bin" "$root/usr/bin/banmian"
install -Dm755 "$editor" "$root/usr/bin/banmian-editor"
install -Dm644 packaging/io.banmian.editor.desktop "$root/usr/share/applications/io.banmian.editor.desktop"
install -Dm644 packaging/banmian-mime.xml "$root/usr/share/mime/packages/banmian.xml"
for size in 512 256 128 64 48; do
	mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
	convert assets/icon.png -resize "${size}x${size}" "$root/usr/share/icons/hicolor/${size}x${size}/apps/io.banmian.editor.png"
done
install -Dm644 assets/fonts/OFL.txt "$root/usr/share/doc/banmian/OFL.txt"
# Depends: the package of each shared library the binaries need.
deps=$(objdump -p "$root/usr/bin/banmian-editor" "$root/usr/bin/banmian" | awk '/NEEDED/ {print $2}' | while read -r lib; do
	path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}')
	[ -n "$path" ] || continue
	# dpkg knows a library by one of its names (/lib or /usr/lib, link or file).
	for p in "$path" "$(readlink -f "$path")" "${path/#\/lib\//\/usr\/lib\/}" "${path/#\/usr\/lib\//\/lib\/}"; do
		pkg=$(dpkg -S "$p" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$pkg" ] && { echo "$pkg"; break; }
	done
done | sort -u | paste -sd, | sed 's/,/, /g')
[ -n "$deps" ] || { echo "make-deb: could not work out the dependencies"; exit 1; }
# GLFW opens these at run time (dlopen), so the ELF does not name them.
deps="$deps, libxcursor1, libxrandr2, libxinerama1, libxi6, libxxf86vm1"
size=$(du -sk "$root" | cut -f1)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: banmian
Version: $version
Architecture: amd64
Maintainer: Banmian developers <banmian@example.com>
Installed-Size: $size
Depends: $deps
Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: editors
Priority: optional
Homepage: https://example.com/banmian
Description: editorial layout for Chinese and English news features
 Banmian assembles a feature article from typed parts (headline, meta line,
 byline, keyword sections, scenes, captioned photos), composes its pages
 with Chinese typography (clreq), and exports a print-ready PDF (PDF/X-4,
 PDF/X-1a) and a clean HTML page from one source. The editor opens .banmian
 files; "banmian help" lists the commands for headless use.
CONTROL
out="dist/banmian_${version}_amd64.deb"
rm -f "$out"
dpkg-deb --root-owner-group --build "$root" "$out" >/dev/null
echo "built $out ($(du -h "$out" | cut -f1)); Depends: $deps"
