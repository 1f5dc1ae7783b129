package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"banmian/article"
	"banmian/job"
)

// TestOversetMarked: a story sixteen times as long as the sample for its one A3 page
// runs onto a jump page; the preview frames its first overset line there,
// and nothing on the first page.
func TestOversetMarked(t *testing.T) {
	e, _ := newTestEditor(t)
	e.setTemplate("newspaper-a3")
	waitShown(t, e)
	e.edit("", func(a *article.Article) {
		for range 4 {
			for _, s := range a.Clone().Sections {
				s.ID = ""
				for i := range s.Body {
					s.Body[i].ID = ""
				}
				for j := range s.Scenes {
					s.Scenes[j].ID = ""
					for i := range s.Scenes[j].Body {
						s.Scenes[j].Body[i].ID = ""
					}
				}
				a.Sections = append(a.Sections, s)
			}
		}
		a.AssignIDs()
	})
	waitShown(t, e)
	p := e.preview
	deadline := time.Now().Add(10 * time.Second)
	for (p.doc == nil || p.doc.Fit == nil || p.doc.Fit.Fits) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if p.doc == nil || p.doc.Fit == nil || p.doc.Fit.Fits || len(p.doc.Pages) < 2 {
		t.Fatalf("the long story fits: %+v", p.doc.Fit)
	}
	if p.view.over.Visible() {
		t.Error("page 1 carries the overset mark")
	}
	p.showPage(1)
	waitPage(t, p, 1)
	for i := 0; i < 200 && !p.view.over.Visible(); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if !p.view.over.Visible() || !p.view.overText.Visible() {
		t.Error("the first overset line is not marked")
	}
	if r, ok := p.oversetRect(); !ok || r.W <= 0 {
		t.Errorf("overset rect %v %v", r, ok)
	}
}

// TestFitToPages: Layout ▸ Fit to Pages sets the article's page count as
// an undoable edit; the meter follows (the menu's items are real).
func TestFitToPages(t *testing.T) {
	e, w := newTestEditor(t)
	e.setTemplate("newspaper-a3")
	waitShown(t, e)
	var fit *fyne.MenuItem
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == "Fit to Pages" {
				fit = it
			}
		}
	}
	if fit == nil || fit.ChildMenu == nil || len(fit.ChildMenu.Items) != 6 {
		t.Fatalf("no Fit to Pages menu: %+v", fit)
	}
	if !fit.ChildMenu.Items[0].Checked || fit.ChildMenu.Items[0].Label != "As the template says (1)" {
		t.Errorf("first item %q checked %v", fit.ChildMenu.Items[0].Label, fit.ChildMenu.Items[0].Checked)
	}
	fit.ChildMenu.Items[1].Action() // free
	waitShown(t, e)
	if e.doc.Layout.Pages != -1 {
		t.Fatalf("pages %d after Free", e.doc.Layout.Pages)
	}
	fit.ChildMenu.Items[3].Action() // 2 pages
	waitShown(t, e)
	if e.doc.Layout.Pages != 2 || e.preview.doc.Fit == nil || e.preview.doc.Fit.Pages != 2 {
		t.Fatalf("pages %d, fit %+v", e.doc.Layout.Pages, e.preview.doc.Fit)
	}
	if kind, _ := job.Meter(e.preview.doc); kind == "" {
		t.Error("no meter for a story fitted to 2 pages")
	}
	e.Undo()
	if e.doc.Layout.Pages != -1 {
		t.Errorf("undo: pages %d", e.doc.Layout.Pages)
	}
}
