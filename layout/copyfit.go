package layout

import (
	"math"

	"banmian/article"
)

// Copyfit: when the page count is fixed (the template's or the article's
// "pages"), the story is fitted to it by adjusting, in this order and within
// these limits, photo heights (down to 70 %), space before and after (down
// to 50 %) and leading (down to 95 %). The first setting that fits is kept,
// so the result is reproducible, and Document.Fit says what was done.

// Copyfit limits.
const (
	fitPhotoMin   = 0.70
	fitSpaceMin   = 0.50
	fitLeadingMin = 0.95
)

// Fit is how a story fits its fixed page count: the meter of the editor's
// status bar and of banmian check.
type Fit struct {
	// Pages is the page count asked for.
	Pages int
	// Fits tells whether the story fits; OversetLines counts the lines that
	// run past the last page when it does not.
	Fits         bool
	OversetLines int
	// Filled is the share of the last page's columns filled (0 to 1).
	Filled float64
	// PhotoScale, SpaceScale and LeadingScale are the adjustments made
	// (1: unchanged).
	PhotoScale, SpaceScale, LeadingScale float64
}

// adjusted returns a copy of the template with copyfit's adjustments.
func (t *Template) adjusted(photo, space, leading float64) *Template {
	c := *t
	c.photoScale = photo
	c.Styles = make(map[string]Style, len(t.Styles))
	for n, s := range t.Styles {
		if n != StyleHeadline && n != StyleFolio {
			s.SpaceBefore *= space
			s.SpaceAfter *= space
			s.Leading = math.Max(s.Leading*leading, s.Size*0.9)
		}
		c.Styles[n] = s
	}
	return &c
}

// layoutFitted lays the article out to pages pages: as it stands if it
// fits, else with the smallest adjustment that fits, else with all of
// them (the overset is then counted).
func (e *Engine) layoutFitted(a *article.Article, t *Template, pages int) (*Document, error) {
	type step struct{ photo, space, leading float64 }
	var steps []step
	for p := 1.0; p >= fitPhotoMin-1e-9; p -= 0.05 {
		steps = append(steps, step{p, 1, 1})
	}
	for s := 0.9; s >= fitSpaceMin-1e-9; s -= 0.1 {
		steps = append(steps, step{fitPhotoMin, s, 1})
	}
	for l := 0.99; l >= fitLeadingMin-1e-9; l -= 0.01 {
		steps = append(steps, step{fitPhotoMin, fitSpaceMin, l})
	}
	var doc *Document
	var used step
	var chosen *Template
	for _, st := range steps {
		tt := t
		if st != (step{1, 1, 1}) {
			tt = t.adjusted(st.photo, st.space, st.leading)
		}
		d, err := e.layoutOnce(a, tt, false)
		if err != nil {
			return nil, err
		}
		doc, used, chosen = d, st, tt
		if len(d.Pages) <= pages {
			break
		}
	}
	// The chosen setting once more, its last page balanced (same pages).
	doc, err := e.layoutOnce(a, chosen, true)
	if err != nil {
		return nil, err
	}
	f := &Fit{Pages: pages, Fits: len(doc.Pages) <= pages, PhotoScale: used.photo, SpaceScale: used.space, LeadingScale: used.leading}
	if !f.Fits {
		f.OversetLines = oversetLines(doc, pages)
		doc.Warnings = append(doc.Warnings, Warning{Severity: SevError, ID: article.IDHeadline, Path: a.Path(article.IDHeadline),
			Message: article.Sprintf("the story runs %d lines past its %d pages even fitted: cut %d lines", f.OversetLines, pages, f.OversetLines)})
	}
	f.Filled = filled(doc, t, min(pages, len(doc.Pages))-1)
	doc.Template = t
	doc.Fit = f
	return doc, nil
}

// oversetLines counts the text lines set past page pages.
func oversetLines(d *Document, pages int) int {
	n := 0
	for _, pg := range d.Pages[pages:] {
		for _, it := range pg.Items {
			if r, ok := it.(*TextRun); ok && r.ID != "folio" {
				n++
			}
		}
	}
	return n
}

// filled is the share of a page's type area its columns fill, on average.
func filled(d *Document, t *Template, page int) float64 {
	if page < 0 || page >= len(d.Pages) {
		return 0
	}
	area, colW, gut := t.TypeArea(), t.ColumnWidth(), MM(t.Page.GutterMM)
	bottoms := make([]Pt, t.Page.Columns)
	for _, it := range d.Pages[page].Items {
		var x, y Pt
		switch v := it.(type) {
		case *TextRun:
			if v.ID == "folio" {
				continue
			}
			x, y = v.X, v.Y+v.Size*0.3
		case *Image:
			x, y = v.Rect.X, v.Rect.Y+v.Rect.H
		case *Box:
			x, y = v.Rect.X, v.Rect.Y+v.Rect.H
		default:
			continue
		}
		c := int((x - area.X + gut/2) / (colW + gut))
		if c < 0 || c >= len(bottoms) {
			continue
		}
		bottoms[c] = max(bottoms[c], y-area.Y)
	}
	sum := 0.0
	for _, b := range bottoms {
		sum += math.Min(1, float64(b/area.H))
	}
	return sum / float64(len(bottoms))
}
