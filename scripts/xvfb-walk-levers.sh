#!/usr/bin/env bash
# Walks the composition levers in the real editor under Xvfb with real mouse
# clicks and keys (xdotool), as an editor would: the A3 page, Layout ▸ Fit
# to Pages (2 pages: the meter turns blue; 1 page: green), the lead photo
# across two columns, a photo at the top of its column, a section that
# starts a new column. Each step is saved and checked in the file; the
# screenshots go to OUT (default /tmp/banmian-walk-levers).
#   bash scripts/xvfb-walk-levers.sh [OUT]
# Needs: xvfb xdotool imagemagick unzip (scripts/setup.sh --walk installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/walk-lib.sh
walk_start "${1:-/tmp/banmian-walk-levers}" a.banmian :96
save() { xdotool key --clearmodifiers ctrl+s; sleep 1.2; }
json() { unzip -p "$F" article.json; }
meter() { LANG=C.UTF-8 "$B" check "$F" 2>/dev/null | grep -E '^(fits|underset|overset)' || true; }
fitmenu() { # Layout ▸ Fit to Pages ▸ item at y
	click 173 15; xdotool mousemove 215 254; sleep 0.8
	xdotool mousemove 300 254 mousemove 340 "$1" click 1; sleep 2.5
}
scroll_inspector() { xdotool mousemove 500 600; for _ in $(seq 10); do xdotool click 5; sleep 0.05; done; sleep 0.8; }

# 1. Layout ▸ A3 四栏报纸.
click 173 15; click 225 88 2
shot 01-a3

# 2. Fit to Pages ▸ 2 版: the story is short of two pages (blue).
fitmenu 374
shot 02-two-pages-blue
save
meter | grep -q '^underset' || fail "two pages: $(meter)"
echo "ok: fitted to 2 pages, the meter says $(meter)"

# 3. Fit to Pages ▸ 1 版: it fits (green).
fitmenu 334
shot 03-one-page-green
save
meter | grep -q '^fits 1 pages' || fail "one page: $(meter)"
echo "ok: fitted to 1 page, the meter says $(meter)"

# 4. The lead photo across two columns (宽度 ▸ 2 栏).
click 160 129 1.5
scroll_inspector
click 515 614; click 370 702 2.5
shot 04-lead-two-columns
save
json | tr -d ' \n' | grep -q '"layout":{"span":2}' || fail "the lead photo's span is not 2"
echo "ok: the lead photo spans 2 columns"

# 5. Scene one's photo at the top of its column (位置 ▸ 栏顶).
click 180 611 1.5
scroll_inspector
click 515 654; click 365 729 2.5
shot 05-photo-top
save
json | tr -d ' \n' | grep -q '"place":"top"' || fail "the photo is not placed at the top"
echo "ok: the photo stands at the top of its column"

# 6. Section 2 starts a new column (起排 ▸ 另起一栏): fold the lead and
#    section 1 in the outline, select section 2.
xdotool mousemove 140 400; for _ in $(seq 10); do xdotool click 4; sleep 0.05; done; sleep 0.5
click 17 92; click 17 132
click 160 172 1.2
xdotool mousemove 500 400; for _ in $(seq 10); do xdotool click 4; sleep 0.05; done; sleep 0.5
click 520 208; click 392 284 2.5
shot 06-section-new-column
save
[ "$(json | tr -d ' \n' | grep -o '"break_before":"column"' | wc -l)" = 1 ] || fail "section 2 does not start a new column"
echo "ok: section 2 starts a new column; the meter says $(meter)"

walk_end
