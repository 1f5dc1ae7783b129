#!/usr/bin/env bash
# Puts Banmian's commands without the editor into the Linux tarball the
# fyne tool made: its binary becomes usr/local/bin/banmian-editor, and
# banmian is cmd/banmian-cli, which starts the editor when it is asked for
# it (a third of a short export was the editor's start: README, Speed). The
# tarball's Makefile installs and removes both.
#   scripts/add-cli.sh TARBALL LDFLAGS
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=$1
ldflags=$2
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$tarball" -C "$tmp"
dir="$tmp/banmian"
[ -x "$dir/usr/local/bin/banmian" ] || { echo "add-cli: no usr/local/bin/banmian in $tarball"; exit 1; }
if [ ! -e "$dir/usr/local/bin/banmian-editor" ]; then
	mv "$dir/usr/local/bin/banmian" "$dir/usr/local/bin/banmian-editor"
fi
CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags -X=main.version=$version -s -w" -o "$dir/usr/local/bin/banmian" ./cmd/banmian-cli
mk="$dir/Makefile"
if ! grep -q banmian-editor "$mk"; then
	# Each line that installs or removes the binary does the same for the editor's.
	sed -i -e 's|^\(\tinstall -Dm00755 usr/local/bin/\)$(Exec) \(.*\)/$(Exec)$|&\n\1banmian-editor \2/banmian-editor|' \
		-e 's|^\(\t-rm .*/bin/\)$(Exec)$|&\n\1banmian-editor|' "$mk"
fi
grep -c banmian-editor "$mk" | grep -q '^4$' || { echo "add-cli: the tarball's Makefile was not as expected"; cat "$mk"; exit 1; }
tar -cJf "$tarball.new" -C "$tmp" banmian
mv "$tarball.new" "$tarball"
echo "add-cli: $tarball holds banmian (the commands) and banmian-editor"
