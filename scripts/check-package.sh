#!/usr/bin/env bash
# Checks what "make package" built: installs the Linux tarball with its own
# Makefile into a temporary prefix, runs "banmian version" and a headless
# export of the reference article from the installed binary, and checks that
# the Windows .exe is a PE32+ x86-64 file with icon and version resources.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tarball=dist/banmian-linux-amd64.tar.xz
[ -f "$tarball" ] || { echo "check-package: $tarball is missing (run make package)"; exit 1; }
tar -xJf "$tarball" -C "$tmp"
make -s -C "$tmp/banmian" install PREFIX="$tmp/prefix" >/dev/null
bin="$tmp/prefix/bin/banmian"
"$bin" version
[ -f "$tmp/prefix/share/applications/io.banmian.editor.desktop" ] || { echo "check-package: no .desktop entry"; exit 1; }
cp testdata/articles/reference-zh.txt "$tmp/article.txt"
(cd "$tmp" && HOME="$tmp" "$bin" export article.txt -o "$tmp/out.pdf" >/dev/null)
pages=$(pdfinfo "$tmp/out.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 1 ] || { echo "check-package: the installed binary made no PDF"; exit 1; }
echo "installed Linux build exported the reference article: $pages pages"

exe=dist/banmian-windows-amd64.exe
if [ -f "$exe" ]; then
	go run ./cmd/pecheck "$exe" dist/*TEST-ONLY*.exe
fi

# The .deb: installs, runs, opens .banmian files, and removes without a trace.
deb=$(ls dist/banmian_*_amd64.deb 2>/dev/null | head -1)
if [ -n "$deb" ]; then
	bash scripts/check-deb.sh "$deb"
fi

# The .msi and the .exe under Wine.
msi=$(ls dist/banmian-*-x64.msi 2>/dev/null | head -1)
if [ -n "$msi" ]; then
	bash scripts/check-windows.sh "$msi" "$exe"
fi
