#!/usr/bin/env bash
# Builds dist/banmian-VERSION-x64.msi from the Windows .exe "make package"
# made, with wixl (Debian's msitools): packaging/banmian.wxs. Re-runnable:
# the .msi is replaced.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
exe=dist/banmian-windows-amd64.exe
[ -f "$exe" ] || { echo "make-msi: $exe is missing (make package builds it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$tmp/banmian.ico"
# wixl finds sources relative to the .wxs (it refuses absolute paths).
cp packaging/banmian.wxs "$tmp/"
cp "$exe" "$tmp/banmian.exe"
out="dist/banmian-${version}-x64.msi"
rm -f "$out"
(cd "$tmp" && wixl -a x64 -D Version="$version" -D Exe=banmian.exe -D Icon=banmian.ico -o banmian.msi banmian.wxs)
mv -f "$tmp/banmian.msi" "$out"
echo "built $out ($(du -h "$out" | cut -f1))"
