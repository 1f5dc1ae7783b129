#!/usr/bin/env bash
# Walks the typography choices in the real editor under Xvfb with real
# clicks and keys (xdotool), as an editor would: Layout ▸ Punctuation ▸
# 开明式, undo with Ctrl+Z and redo with Ctrl+Y, Layout ▸ Line Breaking ▸
# strict. Each step is saved and checked in the file; the screenshots go to
# OUT (default /tmp/banmian-walk-typography).
#   bash scripts/xvfb-walk-typography.sh [OUT]
# Needs: xvfb xdotool imagemagick unzip (scripts/setup.sh --walk installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/walk-lib.sh
walk_start "${1:-/tmp/banmian-walk-typography}" a.banmian :93
save() { xdotool key --clearmodifiers ctrl+s; sleep 1.2; }
field() { unzip -p "$F" article.json | python3 -c "import json,sys; print((json.load(sys.stdin).get('layout') or {}).get('$1', ''))"; }
submenu() { # Layout ▸ the item at y1 ▸ its item at y2
	click 173 15; xdotool mousemove 215 "$1"; sleep 0.8
	xdotool mousemove 300 "$1" mousemove 340 "$2" click 1; sleep 2.5
}

# 1. Layout ▸ Punctuation ▸ 开明式.
submenu 294 374
shot 01-kaiming
save
[ "$(field punctuation)" = kaiming ] || fail "punctuation is \"$(field punctuation)\" after 开明式"
echo "ok: 开明式 saved"

# 2. Ctrl+Z takes it back; Ctrl+Y sets it again.
xdotool mousemove 900 400 click 1; sleep 0.5
key ctrl+z
save
[ "$(field punctuation)" = "" ] || fail "undo left punctuation \"$(field punctuation)\""
key ctrl+y
save
[ "$(field punctuation)" = kaiming ] || fail "redo gave punctuation \"$(field punctuation)\""
echo "ok: undo and redo"

# 3. Layout ▸ Line Breaking ▸ strict; the menu shows the check mark.
submenu 334 494
save
[ "$(field strictness)" = strict ] || fail "strictness is \"$(field strictness)\" after 严格"
click 173 15; xdotool mousemove 215 334; sleep 0.8; xdotool mousemove 300 334; sleep 0.6
shot 02-strict-menu
key Escape
echo "ok: 严格 saved"
LANG=C.UTF-8 "$B" check "$F" >/dev/null 2>&1 || true
walk_end
