package app

import (
	"path/filepath"
	"testing"

	"banmian/article"
)

// TestLayoutSavedWithArticle: the template chosen in the Layout menu and the
// Page Setup are part of the article: saved in the .banmian, undoable, and
// back on reopen (export and the command line read them from there).
func TestLayoutSavedWithArticle(t *testing.T) {
	e, _ := newTestEditor(t)
	e.setTemplate("newspaper-a3")
	if e.tmpl.Page.Size != "A3" || e.doc.TemplateName("") != "newspaper-a3" {
		t.Fatalf("template %s, article says %q", e.tmpl.Name, e.doc.TemplateName(""))
	}
	if err := e.applyPageSetup("A3", "3", []string{"20", "20", "18", "18", "5", "3"}); err != nil {
		t.Fatal(err)
	}
	if e.tmpl.Page.Columns != 3 || e.tmpl.Page.GutterMM != 5 {
		t.Fatalf("page setup not applied: %+v", e.tmpl.Page)
	}
	path := filepath.Join(t.TempDir(), "a.banmian")
	e.path = path
	e.save(nil)
	a, err := article.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if a.Layout == nil || a.Layout.Template != "newspaper-a3" || a.Layout.Page == nil || a.Layout.Page.Columns != 3 {
		t.Fatalf("saved layout: %+v", a.Layout)
	}
	e.dirty = false
	e.newArticle()
	if e.tmpl.Page.Columns == 3 {
		t.Error("a new article kept the old page setup")
	}
	e.openPath(path)
	if e.tmpl.Page.Columns != 3 || e.tmpl.Page.Size != "A3" || e.tmplName != "newspaper-a3" {
		t.Errorf("reopened: %s %+v", e.tmplName, e.tmpl.Page)
	}
	e.Undo() // nothing to undo after open; the layout stays
	e.edit("", func(a *article.Article) { a.Layout.Page = nil })
	e.refreshTemplate()
	if e.tmpl.Page.Columns != 4 {
		t.Errorf("without page setup: %d columns", e.tmpl.Page.Columns)
	}
	e.Undo()
	if e.tmpl.Page.Columns != 3 {
		t.Errorf("undo of the page setup change: %d columns", e.tmpl.Page.Columns)
	}
}
