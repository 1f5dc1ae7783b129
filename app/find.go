package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// findBar is Find and Replace across every text of the article (Ctrl+F,
// Ctrl+H): a count of matches, next and previous (each selects the element
// and puts the cursor on the match), Replace, and Replace All as one undo
// step.
type findBar struct {
	e         *Editor
	content   *fyne.Container
	query     *findEntry
	with      *findEntry
	matchCase *widget.Check
	count     *widget.Label
	matches   []article.Match
	cur       int // index in matches of the shown one, -1 for none
}

func newFindBar(e *Editor) *findBar {
	f := &findBar{e: e, cur: -1}
	f.query = newFindEntry(f)
	f.query.SetPlaceHolder(lang.L("Find"))
	f.query.OnChanged = func(string) { f.cur = -1; f.step(+1) } // from the first match again
	f.query.OnSubmitted = func(string) { f.step(+1) }
	f.with = newFindEntry(f)
	f.with.SetPlaceHolder(lang.L("Replace with"))
	f.with.OnSubmitted = func(string) { f.replaceOne() }
	f.matchCase = widget.NewCheck(lang.L("Match case"), func(bool) { f.cur = -1; f.step(+1) })
	f.count = widget.NewLabel("")
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.step(-1) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { f.step(+1) }),
		widget.NewButton(lang.L("Replace"), f.replaceOne),
		widget.NewButton(lang.L("Replace All"), f.replaceAll),
		f.matchCase, f.count,
		widget.NewButtonWithIcon("", theme.CancelIcon(), f.hide))
	f.content = container.NewBorder(nil, nil, nil, buttons, container.NewGridWithColumns(2, f.query, f.with))
	f.content.Hide()
	return f
}

// show opens the bar with the focus in Find (replace: in Replace with).
func (f *findBar) show(replace bool) {
	f.content.Show()
	f.search()
	if replace && f.query.Text != "" {
		f.e.win.Canvas().Focus(f.with)
	} else {
		f.e.win.Canvas().Focus(f.query)
	}
}

func (f *findBar) hide() {
	f.content.Hide()
	f.e.win.Canvas().Unfocus()
}

// search finds the matches again (the article may have changed).
func (f *findBar) search() {
	f.matches = f.e.doc.FindText(f.query.Text, f.matchCase.Checked)
	if f.cur >= len(f.matches) {
		f.cur = -1
	}
	f.showCount()
}

func (f *findBar) showCount() {
	switch {
	case f.query.Text == "":
		f.count.SetText("")
	case len(f.matches) == 0:
		f.count.SetText(lang.L("No matches"))
	case f.cur < 0:
		f.count.SetText(fmt.Sprintf(lang.L("%d matches"), len(f.matches)))
	default:
		f.count.SetText(fmt.Sprintf("%d / %d", f.cur+1, len(f.matches)))
	}
}

// step shows the next (+1) or previous (-1) match.
func (f *findBar) step(dir int) {
	f.search()
	if len(f.matches) == 0 {
		f.cur = -1
		f.showCount()
		return
	}
	f.cur = (f.cur + dir + len(f.matches)) % len(f.matches)
	f.showCount()
	f.reveal(f.matches[f.cur])
}

// reveal selects the match's element and puts the cursor at the match in
// its field; the focus stays in the bar so typing goes on searching.
func (f *findBar) reveal(m article.Match) {
	e := f.e
	e.selectNode(nodeFor(m.ID))
	for _, fl := range e.fields {
		if fl.key != m.Key {
			continue
		}
		text := (*e.doc.TextFields()[m.Field].Text)[:m.Start]
		row, col := 0, 0
		for _, r := range text {
			if r == '\n' {
				row, col = row+1, 0
			} else {
				col++
			}
		}
		if !fl.MultiLine {
			// List fields show their items joined: find the offset there.
			if idx := indexRunes(fl.Text, *e.doc.TextFields()[m.Field].Text); idx >= 0 {
				col += idx
			}
		}
		fl.CursorRow, fl.CursorColumn = row, col
		fl.Refresh()
		break
	}
}

// indexRunes is the rune offset of sub in s, or -1.
func indexRunes(s, sub string) int {
	for i := range s {
		if len(s)-i >= len(sub) && s[i:i+len(sub)] == sub {
			return len([]rune(s[:i]))
		}
	}
	return -1
}

// replaceOne replaces the shown match and shows the next one.
func (f *findBar) replaceOne() {
	if f.cur < 0 || f.cur >= len(f.matches) {
		f.step(+1)
		return
	}
	m := f.matches[f.cur]
	ok := false
	f.e.edit("", func(a *article.Article) { ok = a.ReplaceMatch(m, f.query.Text, f.with.Text, f.matchCase.Checked) })
	if ok {
		f.e.showInspector()
		f.cur--
	}
	f.step(+1)
}

// replaceAll replaces every match in one undoable edit and says how many.
func (f *findBar) replaceAll() {
	q, w, mc := f.query.Text, f.with.Text, f.matchCase.Checked
	if len(f.e.doc.FindText(q, mc)) == 0 {
		f.search()
		return
	}
	n := 0
	f.e.edit("", func(a *article.Article) { n = a.ReplaceText(q, w, mc) })
	f.e.outline.refresh()
	f.e.showInspector()
	f.cur = -1
	f.search()
	f.count.SetText(fmt.Sprintf(lang.L("Replaced %d"), n))
}

// findEntry is an entry of the find bar: Escape closes the bar.
type findEntry struct {
	widget.Entry
	bar *findBar
}

func newFindEntry(bar *findBar) *findEntry {
	en := &findEntry{bar: bar}
	en.ExtendBaseWidget(en)
	return en
}

// TypedKey closes the bar on Escape.
func (en *findEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		en.bar.hide()
		return
	}
	en.Entry.TypedKey(k)
}
