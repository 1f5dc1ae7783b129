#!/usr/bin/env bash
# Banmian and Typst 0.14 side by side on the reference article, run
# alternately on this machine so that its noise hits both alike. Prints the
# median wall time and peak memory of each, and Banmian's time as a ratio of
# Typst's. Needs what ../shared/bench-typst/README.md lists (node, npm,
# fonts-noto-cjk, plasma-workspace-wallpapers, imagemagick).
#   scripts/bench-vs-typst.sh [RUNS]      (default 5)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-/tmp/bench-typst}
# Typst takes its fonts from the system and falls back silently: without
# Noto CJK it sets the article in another font, several times faster.
for face in "Noto Serif CJK SC" "Noto Sans CJK SC"; do
	fc-list ":family=$face" family | grep -q . || {
		echo "bench-vs-typst: $face is not installed (apt-get install fonts-noto-cjk): Typst would set the article in a fallback font" >&2
		exit 1
	}
done
if [ ! -d "$bench/typst/node_modules" ]; then
	mkdir -p "$bench" && cp -r "$root/../shared/bench-typst/." "$bench"
	chmod -R u+w "$bench"
	(cd "$bench/typst" && npm ci --silent)
fi
[ -d "$bench/photos" ] || (cd "$bench" && ./make-photos.sh >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The banmian command of the Linux packages: the commands without the editor.
go build -C "$root" -o "$work/banmian" ./cmd/banmian-cli
mkdir -p "$work/nophotos" "$work/cache"
cp "$root/testdata/articles/reference-zh.txt" "$work/a.txt"
typ=$bench/typst
sed '/^#photo/d' "$typ/article.typ" > "$typ/article-nophotos.typ"
# The body (from the first keyword section to the footer) ten times over.
python3 - "$work/a.txt" "$work/x10.txt" "$typ/article-nophotos.typ" "$typ/article-x10.typ" <<'PY'
import sys
t = open(sys.argv[1]).read()
i, j = t.index("关键词:学习"), t.index("来源:红网\n\n作者")
open(sys.argv[2], "w").write(t[:i] + t[i:j] * 10 + t[j:])
s = open(sys.argv[3]).read()
i, j = s.index("#keyword"), s.rindex("#credits")
open(sys.argv[4], "w").write(s[:i] + s[i:j] * 10 + s[j:])
PY

# measure NAME CMD...: appends "seconds kilobytes" to $work/NAME (the wall
# time to the millisecond: GNU time's own %e has only hundredths)
measure() {
	local name=$1 t0 t1
	shift
	t0=$(date +%s%N)
	/usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
	t1=$(date +%s%N)
	echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}') $(cat "$work/t")" >> "$work/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The commands (functions cannot run under /usr/bin/time).
bm=(env XDG_CACHE_HOME="$work/cache" "$work/banmian" export -o "$work/out.pdf")
ty() { echo node "$typ/compile.js" "$1" "$work/typst.pdf" "$bench"; }

for _ in $(seq "$runs"); do
	measure typst-photos $(ty "$typ/article.typ")
	measure bm-keep "${bm[@]}" "$work/a.txt" --photos "$bench/photos" --images keep
	rm -rf "$work/cache"
	measure bm-first "${bm[@]}" "$work/a.txt" --photos "$bench/photos"
	measure bm-cached "${bm[@]}" "$work/a.txt" --photos "$bench/photos"
	measure typst-nophotos $(ty "$typ/article-nophotos.typ")
	measure bm-nophotos "${bm[@]}" "$work/a.txt" --photos "$work/nophotos"
	measure typst-x10 $(ty "$typ/article-x10.typ")
	measure bm-x10 "${bm[@]}" "$work/x10.txt" --photos "$work/nophotos"
done

t() { cut -d' ' -f1 < "$work/$1" | median; }
m() { cut -d' ' -f2 < "$work/$1" | median; }
row() { # label banmian-case typst-case
	printf "| %-34s | %7.3f s | %6d MiB | %7.3f s | %6d MiB | %5.2f× |\n" "$1" "$(t "$2")" $(( $(m "$2") / 1024 )) "$(t "$3")" $(( $(m "$3") / 1024 )) \
		"$(awk -v a="$(t "$2")" -v b="$(t "$3")" 'BEGIN {print a / b}')"
}
echo "$(date -u +%F), $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs), median of $runs runs"
echo
echo "| case | Banmian | memory | Typst | memory | ratio |"
echo "|---|---|---|---|---|---|"
row "photos copied through (keep)" bm-keep typst-photos
row "photos, derivatives cached" bm-cached typst-photos
row "photos, first export (downsample)" bm-first typst-photos
row "no photos" bm-nophotos typst-nophotos
row "body ×10, no photos" bm-x10 typst-x10
