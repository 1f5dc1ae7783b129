package layout

import (
	"path/filepath"
	"testing"

	"banmian/article"
	"banmian/assets"
)

// readingPos orders items as a reader meets them: page, column, y.
type readingPos struct {
	page, col int
	y         Pt
}

func (a readingPos) before(b readingPos) bool {
	if a.page != b.page {
		return a.page < b.page
	}
	if a.col != b.col {
		return a.col < b.col
	}
	return a.y < b.y
}

// TestPhotosStayInTheirScene: over every fixture article and bundled
// template, no photo prints after the first line of the next scene,
// section or the footer (reading order page → column → y).
func TestPhotosStayInTheirScene(t *testing.T) {
	arts, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, path := range arts {
		a := importArticle(t, filepath.Base(path))
		// The element each block belongs to, and the order of those elements.
		owner := map[string]string{}
		var scopes []string
		seen := map[string]bool{}
		addScope := func(s string) {
			if !seen[s] {
				seen[s] = true
				scopes = append(scopes, s)
			}
		}
		addScope("lead")
		for _, b := range a.Lead {
			owner[b.ID] = "lead"
		}
		for _, s := range a.Sections {
			addScope(s.ID)
			owner[s.ID] = s.ID
			for _, b := range s.Body {
				owner[b.ID] = s.ID
			}
			for _, c := range s.Scenes {
				addScope(c.ID)
				owner[c.ID] = c.ID
				for _, b := range c.Body {
					owner[b.ID] = c.ID
				}
			}
		}
		addScope("footer")
		for _, id := range []string{article.IDFooter, article.IDCopyright, article.IDLink} {
			owner[id] = "footer"
		}
		for _, name := range assets.TemplateNames() {
			tp, _ := LoadTemplate(name)
			d, err := Layout(a, tp)
			if err != nil {
				t.Fatal(err)
			}
			area, colW, gut := tp.TypeArea(), tp.ColumnWidth(), MM(tp.Page.GutterMM)
			col := func(x Pt) int { return int((x - area.X + gut/2) / (colW + gut)) }
			first := map[string]readingPos{} // first text line of each scope
			var photos []struct {
				id  string
				pos readingPos
			}
			for pi, pg := range d.Pages {
				for _, it := range pg.Items {
					switch v := it.(type) {
					case *TextRun:
						s, ok := owner[v.ID]
						if !ok {
							continue
						}
						p := readingPos{pi, col(v.X), v.Y}
						if f, seen := first[s]; !seen || p.before(f) {
							first[s] = p
						}
					case *Image:
						photos = append(photos, struct {
							id  string
							pos readingPos
						}{v.ID, readingPos{pi, col(v.Rect.X), v.Rect.Y}})
					}
				}
			}
			for _, ph := range photos {
				s := owner[ph.id]
				for i, sc := range scopes {
					if sc != s || i+1 >= len(scopes) {
						continue
					}
					for _, next := range scopes[i+1:] {
						if f, ok := first[next]; ok {
							if f.before(ph.pos) {
								t.Errorf("%s × %s: photo %s (of %s) prints after the start of %s (page %d)", filepath.Base(path), name, ph.id, s, next, ph.pos.page+1)
							}
							break
						}
					}
				}
			}
		}
	}
}

// TestRunsStayInTheirColumn: over the corpus × templates, every line that
// is not set across the columns lies inside one column (a shrunk photo's
// caption once ran into the next).
func TestRunsStayInTheirColumn(t *testing.T) {
	arts, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, path := range arts {
		a := importArticle(t, filepath.Base(path))
		for _, name := range assets.TemplateNames() {
			tp, _ := LoadTemplate(name)
			d, err := Layout(a, tp)
			if err != nil {
				t.Fatal(err)
			}
			area, colW, gut := tp.TypeArea(), tp.ColumnWidth(), MM(tp.Page.GutterMM)
			for pi, pg := range d.Pages {
				for _, it := range pg.Items {
					r, ok := it.(*TextRun)
					if !ok || r.ID == "folio" || r.Width() > colW+1 {
						continue // folios and lines across the columns
					}
					c := int((r.X - area.X + gut/2) / (colW + gut))
					left := area.X + Pt(c)*(colW+gut)
					// Full-width marks at a line's end may hang ½ em past it.
					if r.X < left-0.5 || r.X+r.Width() > left+colW+r.Size/2+0.5 {
						t.Errorf("%s × %s page %d: %s %.20q runs out of column %d", filepath.Base(path), name, pi+1, r.ID, r.Text, c+1)
					}
				}
			}
		}
	}
}
