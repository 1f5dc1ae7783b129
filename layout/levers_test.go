package layout

import (
	"testing"

	"banmian/article"
)

// where returns the page and column (by x) of the first run of id, and its y.
func where(d *Document, t *Template, id string) (page, col int, y Pt, ok bool) {
	area, colW, gut := t.TypeArea(), t.ColumnWidth(), MM(t.Page.GutterMM)
	for i, pg := range d.Pages {
		for _, it := range pg.Items {
			switch v := it.(type) {
			case *TextRun:
				if v.ID == id {
					return i, int((v.X - area.X + gut/2) / (colW + gut)), v.Y, true
				}
			case *Image:
				if v.ID == id {
					return i, int((v.Rect.X - area.X + gut/2) / (colW + gut)), v.Rect.Y, true
				}
			}
		}
	}
	return 0, 0, 0, false
}

// TestBreaksAndKeeps: the editor's levers are honoured: a section that
// breaks before a column or page starts there; a paragraph kept together
// is in one column; a photo's size sets its height.
func TestBreaksAndKeeps(t *testing.T) {
	tp, _ := LoadTemplate("newspaper-a3")
	a := importArticle(t, "reference-zh.txt")
	a.Layout = &article.Layout{Pages: -1} // the levers alone, without copyfit
	s2 := &a.Sections[0].Scenes[1]        // mid-column in the automatic layout
	d0, _ := Layout(a, tp)
	p0, c0, _, _ := where(d0, tp, s2.ID)

	s2.BreakBefore = article.BreakColumn
	d, err := Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	p1, c1, y1, ok := where(d, tp, s2.ID)
	if !ok || p1 == p0 && c1 == c0 {
		t.Fatalf("the section did not move to another column (page %d column %d)", p1+1, c1+1)
	}
	// The label stands first in its column: no text of the flow above it
	// (a photo of the scene before, waiting for a column, may be set first).
	header := map[string]bool{article.IDHeadline: true, article.IDKicker: true, article.IDSubtitle: true, article.IDMeta: true, article.IDChannel: true, "folio": true}
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo {
			header[b.ID] = true
		}
	}
	for _, it := range d.Pages[p1].Items {
		r, ok := it.(*TextRun)
		if !ok || header[r.ID] || r.ID == s2.ID {
			continue
		}
		if _, c, y, _ := where(&Document{Pages: []Page{{Items: []Item{r}}}}, tp, r.ID); c == c1 && y < y1 {
			t.Errorf("%s (%.20q) stands above the section that breaks before a column", r.ID, r.Text)
			break
		}
	}

	s2.BreakBefore = article.BreakPage
	d, _ = Layout(a, tp)
	if p, c, _, _ := where(d, tp, s2.ID); p == 0 || c != 0 {
		t.Errorf("break before page: page %d column %d", p+1, c+1)
	}
	s2.BreakBefore = ""

	// Keep together: a long paragraph is never split over two columns.
	report, _ := LoadTemplate("magazine-a4")
	long := &a.Sections[0].Scenes[0].Body[0]
	for i := 0; i < 3; i++ {
		long.Text += long.Text
	}
	long.KeepTogether = true
	d, _ = Layout(a, report)
	cols := map[[2]int]bool{}
	for i, pg := range d.Pages {
		for _, it := range pg.Items {
			if r, ok := it.(*TextRun); ok && r.ID == long.ID {
				_, c, _, _ := where(&Document{Pages: []Page{{Items: []Item{r}}}}, report, r.ID)
				cols[[2]int{i, c}] = true
			}
		}
	}
	if len(cols) != 1 {
		t.Errorf("a paragraph kept together is in %d columns", len(cols))
	}

	// Size: a photo's height as a share of the column height.
	var photo *article.Block
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo {
			photo = b
			break
		}
	}
	photo.SetPhotoLayout(article.PhotoLayout{Size: 0.2})
	d, _ = Layout(a, report)
	for _, pg := range d.Pages {
		for _, it := range pg.Items {
			if im, ok := it.(*Image); ok && im.ID == photo.ID {
				if want := 0.2 * report.TypeArea().H; im.Rect.H > want+0.5 {
					t.Errorf("photo of size 0.2 is %.0f pt high (at most %.0f)", im.Rect.H, want)
				}
			}
		}
	}
}
