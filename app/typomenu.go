package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"banmian/article"
)

// punctuationMenu is Layout ▸ Punctuation: the template's style, 全角式
// (every mark a full em) or 开明式 (pause marks half an em inside a line),
// saved in the article.
func (e *Editor) punctuationMenu() *fyne.MenuItem {
	cur := ""
	if e.doc.Layout != nil {
		cur = e.doc.Layout.Punctuation
	}
	var items []*fyne.MenuItem
	for _, c := range []struct{ value, label string }{
		{"", lang.L("As the template says")},
		{"full", lang.L("Full-width (全角式)")},
		{"kaiming", lang.L("Kaiming (开明式): ，、；： half width")},
	} {
		v := c.value
		it := fyne.NewMenuItem(c.label, func() {
			e.setLayoutField(func(l *article.Layout) *string { return &l.Punctuation }, v)
		})
		it.Checked = cur == v
		items = append(items, it)
	}
	it := fyne.NewMenuItem(lang.L("Punctuation"), nil)
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// strictnessMenu is Layout ▸ Line Breaking: clreq's levels of line-start
// and line-end prohibition, saved in the article.
func (e *Editor) strictnessMenu() *fyne.MenuItem {
	cur := ""
	if e.doc.Layout != nil {
		cur = e.doc.Layout.Strictness
	}
	var items []*fyne.MenuItem
	for _, c := range []struct{ value, label string }{
		{"", lang.L("As the template says")},
		{"none", lang.L("None: marks may begin a line")},
		{"basic", lang.L("Basic (clreq)")},
		{"gb", lang.L("GB: and no solidus at a line end")},
		{"strict", lang.L("Strict: and no dash or ellipsis at a line start")},
	} {
		v := c.value
		it := fyne.NewMenuItem(c.label, func() {
			e.setLayoutField(func(l *article.Layout) *string { return &l.Strictness }, v)
		})
		it.Checked = cur == v
		items = append(items, it)
	}
	it := fyne.NewMenuItem(lang.L("Line Breaking"), nil)
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// setLayoutField sets one string field of the article's layout as one
// undoable edit and refreshes the menu's check marks.
func (e *Editor) setLayoutField(field func(*article.Layout) *string, v string) {
	cur := ""
	if e.doc.Layout != nil {
		cur = *field(e.doc.Layout)
	}
	if cur == v {
		return
	}
	e.edit("", func(a *article.Article) {
		if a.Layout == nil {
			a.Layout = &article.Layout{}
		}
		*field(a.Layout) = v
	})
	if e.win.MainMenu() != nil {
		e.win.SetMainMenu(e.mainMenu())
	}
}
