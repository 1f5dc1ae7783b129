#!/usr/bin/env bash
# Walks the real editor under Xvfb with real key presses (xdotool), as an
# editor would, and checks what the test driver cannot see: Ctrl+Z in a
# field, focus after Add Paragraph, an article pasted into a one-line field,
# Find, Save As over an existing file (FILE~ must keep the old bytes), a
# clean stderr. Screenshots go to OUT (default /tmp/banmian-walk).
#   bash scripts/xvfb-walk.sh [OUT]
# Needs: xvfb xdotool xclip imagemagick (scripts/setup.sh --walk installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/walk-lib.sh
walk_start "${1:-/tmp/banmian-walk}" old.banmian :97
shot 01-open

# 1. Typing into the headline, then Ctrl+Z in the field: the article undoes.
xdotool mousemove 530 176 click 1; sleep 0.4
key End
type "ABC"
shot 02-typed
key ctrl+z
shot 03-undone
key ctrl+s; sleep 1
headline() { "$B" show "$HOME/old.banmian" | sed -n 's/^headline: //p'; }
[ "$(headline)" = "湖南省科技厅：做坚守初心 担当使命的科技人" ] || fail "Ctrl+Z in the headline did not undo the article: $(headline)"
echo "ok: Ctrl+Z in a field undid the typing"

# 2. Ctrl+Y redoes; Ctrl+Z again.
key ctrl+y
key ctrl+s; sleep 1
[ "$(headline)" = "湖南省科技厅：做坚守初心 担当使命的科技人ABC" ] || fail "Ctrl+Y did not redo: $(headline)"
key ctrl+z
echo "ok: Ctrl+Y redid"

# 3. Edit ▸ Add Paragraph after the lead's second paragraph: typing goes
#    into the new paragraph, not the one that was shown.
xdotool mousemove 170 212 click 1; sleep 0.6
xdotool mousemove 78 15 click 1; sleep 0.6
xdotool mousemove 92 465 click 1; sleep 0.8
type "Fresh paragraph"
shot 04-new-paragraph
key ctrl+s; sleep 1
"$B" show "$HOME/old.banmian" >"$OUT/show.txt"
grep -q '\] paragraph Fresh paragraph$' "$OUT/show.txt" || fail "the typing did not reach the new paragraph"
grep -q '\] paragraph 6月25日，组织到湖南党史陈列馆开展“牢记初心使命、传承红色基因”革命传…$' "$OUT/show.txt" || fail "the previous paragraph changed"
echo "ok: typing after Add Paragraph went into the new paragraph"

# 4. Find (Ctrl+F) counts across all fields; Escape closes it.
key ctrl+f
type "科技厅"
shot 05-find
key Escape

# 5. Layout ▸ A3 四栏报纸 and back: the template is the article's (saved with
#    it), and stderr stays clean (no "Preferences load error").
xdotool mousemove 173 15 click 1; sleep 0.6
xdotool mousemove 225 88 click 1; sleep 1.5
shot 06-a3
xdotool mousemove 173 15 click 1; sleep 0.6
xdotool mousemove 225 128 click 1; sleep 1

# 6. Save As over the existing file: FILE~ keeps the old bytes.
BEFORE=$(sha256sum "$HOME/old.banmian" | cut -d' ' -f1)
key ctrl+shift+s; sleep 1.5
shot 07-saveas
key ctrl+a
type "old.banmian"
key Return; sleep 1
shot 08-overwrite
xdotool mousemove 668 448 click 1; sleep 1.5
[ -f "$HOME/old.banmian~" ] || fail "no old.banmian~"
[ "$(sha256sum "$HOME/old.banmian~" | cut -d' ' -f1)" = "$BEFORE" ] || fail "old.banmian~ is not the file as it was before Save As"
echo "ok: Save As kept the previous version as old.banmian~ ($(stat -c %s "$HOME/old.banmian~") bytes)"

# 7. Paste a whole article into a one-line field: the importer is offered.
xclip -selection clipboard < testdata/articles/zh-subheads.txt
xdotool mousemove 530 216 click 1; sleep 0.4
key ctrl+v; sleep 1
shot 09-paste-offer
key Escape

walk_end
