package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"banmian/article"
)

// fitMenu is Layout ▸ Fit to Pages: the page count the story is fitted to
// (copyfit), saved in the article: the template's, free, or 1 to 4 pages.
func (e *Editor) fitMenu() *fyne.MenuItem {
	cur := 0
	if e.doc.Layout != nil {
		cur = e.doc.Layout.Pages
	}
	tmplPages := 0
	if e.tmpl != nil {
		tmplPages = e.tmpl.Pages
	}
	def := lang.L("As the template says")
	if tmplPages > 0 {
		def += fmt.Sprintf(" (%d)", tmplPages)
	}
	var items []*fyne.MenuItem
	add := func(label string, n int) {
		it := fyne.NewMenuItem(label, func() { e.setPageCount(n) })
		it.Checked = cur == n
		items = append(items, it)
	}
	add(def, 0)
	add(lang.L("Free: as many pages as the story runs"), -1)
	for n := 1; n <= 4; n++ {
		add(fmt.Sprintf(lang.L("%d pages"), n), n)
	}
	it := fyne.NewMenuItem(lang.L("Fit to Pages"), nil)
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// setPageCount fits the story to n pages (0: the template's, -1: free) as
// one undoable edit.
func (e *Editor) setPageCount(n int) {
	cur := 0
	if e.doc.Layout != nil {
		cur = e.doc.Layout.Pages
	}
	if cur == n {
		return
	}
	e.edit("", func(a *article.Article) {
		if a.Layout == nil {
			a.Layout = &article.Layout{}
		}
		a.Layout.Pages = n
	})
	if e.win.MainMenu() != nil {
		e.win.SetMainMenu(e.mainMenu()) // the check mark
	}
}
