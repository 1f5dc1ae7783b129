# Shared by the Xvfb walks (sourced): builds the editor into OUT, imports
# the reference copy to FILE, starts Xvfb on DISPLAY and the editor on
# FILE, and gives the walks their helpers (shot, key, type, click, fail).
#   walk_start OUT FILE DISPLAY
walk_start() {
	OUT=$1
	rm -rf "$OUT" && mkdir -p "$OUT/home"
	go build -o "$OUT/banmian" .
	# A fresh home (preferences, recent files), the app in Chinese.
	export HOME="$OUT/home" LANG=zh_CN.UTF-8 LC_ALL= DISPLAY=$3
	B="$OUT/banmian"
	F="$HOME/$2"
	"$B" import testdata/articles/reference-zh.txt -o "$F" >/dev/null
	Xvfb "$3" -screen 0 1280x800x24 >/dev/null 2>&1 &
	XVFB=$!
	trap 'kill $APP $XVFB 2>/dev/null || true' EXIT
	sleep 1
	"$B" open "$F" >"$OUT/stdout.log" 2>"$OUT/stderr.log" &
	APP=$!
	sleep 5
}
shot() { import -window root "$OUT/$1.png"; echo "screenshot $OUT/$1.png"; }
key() { xdotool key --clearmodifiers "$@"; sleep 0.6; }
type() { LC_ALL=C.UTF-8 xdotool type --delay 60 "$1"; sleep 0.6; } # xdotool needs a UTF-8 locale for 中文
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.8}"; }
fail() { echo "FAIL: $*"; exit 1; }
# walk_end closes the editor and fails on anything on its stderr.
walk_end() {
	kill $APP 2>/dev/null || true
	sleep 0.5
	if grep -v "^$" "$OUT/stderr.log" | grep -q .; then
		echo "stderr:"; cat "$OUT/stderr.log"
		fail "stderr is not clean"
	fi
	echo "ok: stderr clean"
	echo "walk done; look at $OUT/*.png"
}
