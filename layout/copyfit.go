package layout

import (
	"math"

	"banmian/article"
)

// Copyfit: when the page count is fixed (the template's or the article's
// "pages"), the story is fitted to it by adjusting, in this order and within
// the template's limits (CopyfitLimits), photo heights, space before and
// after, leading and tracking: tighter while it runs over, looser (leading,
// tracking, space) while its last page is under 90 % full. The first
// setting that fits is kept, so the result is reproducible, and
// Document.Fit says what was done.

// CopyfitLimits are how far copyfit may adjust a story (the "copyfit"
// object of a template).
type CopyfitLimits struct {
	// PhotoMin is the least share of their height photos keep (default
	// 0.7); PhotoMax how much taller than the template's caps photos may
	// grow to fill an underset story's space (default 1.5).
	PhotoMin float64 `json:"photo_min,omitempty"`
	PhotoMax float64 `json:"photo_max,omitempty"`
	// SpaceMin and SpaceMax bound the scale of space before and after
	// (defaults 0.5 and 1.5).
	SpaceMin float64 `json:"space_min,omitempty"`
	SpaceMax float64 `json:"space_max,omitempty"`
	// Leading is how far leading may move either way, as a share (default 0.05).
	Leading float64 `json:"leading,omitempty"`
	// Tracking is how far tracking may move either way, in em (default 0.03).
	Tracking float64 `json:"tracking,omitempty"`
}

func (l *CopyfitLimits) fill() error {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&l.PhotoMin, 0.7)
	def(&l.PhotoMax, 1.5)
	def(&l.SpaceMin, 0.5)
	def(&l.SpaceMax, 1.5)
	def(&l.Leading, 0.05)
	def(&l.Tracking, 0.03)
	for _, c := range []struct {
		name    string
		v, a, b float64
		unit    string
	}{{"copyfit photo_min", l.PhotoMin, 0.3, 1, ""}, {"copyfit photo_max", l.PhotoMax, 1, 3, ""}, {"copyfit space_min", l.SpaceMin, 0, 1, ""}, {"copyfit space_max", l.SpaceMax, 1, 3, ""},
		{"copyfit leading", l.Leading, 0, 0.1, "of the leading"}, {"copyfit tracking", l.Tracking, 0, 0.05, "em"}} {
		if err := inRange(c.name, c.v, c.a, c.b, c.unit); err != nil {
			return err
		}
	}
	return nil
}

// fitStep is one setting copyfit tries.
type fitStep struct{ photo, space, leading, tracking float64 }

var noFit = fitStep{1, 1, 1, 0}

// tighter are the settings tried, in order, for a story that runs over.
func (l CopyfitLimits) tighter() []fitStep {
	var steps []fitStep
	for p := 1.0; p >= l.PhotoMin-1e-9; p -= 0.05 {
		steps = append(steps, fitStep{p, 1, 1, 0})
	}
	for s := 0.9; s >= l.SpaceMin-1e-9; s -= 0.1 {
		steps = append(steps, fitStep{l.PhotoMin, s, 1, 0})
	}
	for d := 0.01; d <= l.Leading+1e-9; d += 0.01 {
		steps = append(steps, fitStep{l.PhotoMin, l.SpaceMin, 1 - d, 0})
	}
	for d := 0.01; d <= l.Tracking+1e-9; d += 0.01 {
		steps = append(steps, fitStep{l.PhotoMin, l.SpaceMin, 1 - l.Leading, -d})
	}
	return steps
}

// looser are the settings tried, loosest last, for a story that leaves
// its last page under 90 % full: space, then leading, then tracking.
func (l CopyfitLimits) looser() []fitStep {
	var steps []fitStep
	for p := 1.1; p <= l.PhotoMax+1e-9; p += 0.1 {
		steps = append(steps, fitStep{p, 1, 1, 0})
	}
	for s := 1.1; s <= l.SpaceMax+1e-9; s += 0.1 {
		steps = append(steps, fitStep{l.PhotoMax, s, 1, 0})
	}
	for d := 0.01; d <= l.Leading+1e-9; d += 0.01 {
		steps = append(steps, fitStep{l.PhotoMax, l.SpaceMax, 1 + d, 0})
	}
	for d := 0.01; d <= l.Tracking+1e-9; d += 0.01 {
		steps = append(steps, fitStep{l.PhotoMax, l.SpaceMax, 1 + l.Leading, d})
	}
	return steps
}

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
	// (1: unchanged); Tracking is the tracking added, in em.
	PhotoScale, SpaceScale, LeadingScale float64
	Tracking                             float64
}

// adjusted returns a copy of the template with copyfit's adjustments.
func (t *Template) adjusted(st fitStep) *Template {
	c := *t
	c.photoScale = st.photo
	c.Styles = make(map[string]Style, len(t.Styles))
	for n, s := range t.Styles {
		if n != StyleHeadline && n != StyleFolio {
			s.SpaceBefore *= st.space
			s.SpaceAfter *= st.space
			s.Leading = math.Max(s.Leading*st.leading, s.Size*0.9)
		}
		if n == StyleBody || n == StyleQuote {
			s.Tracking += st.tracking
		}
		c.Styles[n] = s
	}
	return &c
}

// layoutFitted lays the article out to pages pages: as it stands if it
// fits, else with the smallest adjustment that fits, else with all of
// them (the overset is then counted).
func (e *Engine) layoutFitted(a *article.Article, t *Template, pages int) (*Document, error) {
	try := func(st fitStep) (*Document, *Template, error) {
		tt := t
		if st != noFit {
			tt = t.adjusted(st)
		}
		d, err := e.layoutOnce(a, tt, false, 0)
		return d, tt, err
	}
	doc, chosen, err := try(noFit)
	if err != nil {
		return nil, err
	}
	used := noFit
	switch {
	case len(doc.Pages) > pages:
		// The settings tighten in order, so the first that fits is found
		// by halving (a handful of trials instead of a score).
		steps := t.Copyfit.tighter()
		lo, hi := 0, len(steps)-1
		d, tt, err := try(steps[hi])
		if err != nil {
			return nil, err
		}
		doc, used, chosen = d, steps[hi], tt
		if len(d.Pages) <= pages {
			for lo < hi {
				mid := (lo + hi) / 2
				d, tt, err := try(steps[mid])
				if err != nil {
					return nil, err
				}
				if len(d.Pages) <= pages {
					hi, doc, used, chosen = mid, d, steps[mid], tt
				} else {
					lo = mid + 1
				}
			}
		}
	case len(doc.Pages) == pages && filled(doc, t, pages-1) < fitsFrom:
		// Underset: loosen while the story stays on its pages (the last
		// setting that does is kept).
		for _, st := range t.Copyfit.looser() {
			d, tt, err := try(st)
			if err != nil {
				return nil, err
			}
			if len(d.Pages) > pages || d.pastScene > doc.pastScene {
				break // (looser would push a photo past its scene's end)
			}
			doc, used, chosen = d, st, tt
			if filled(d, t, pages-1) >= fitsFrom {
				break
			}
		}
	}
	// The chosen setting once more, its last page balanced (same pages);
	// a story that still runs over goes on on a jump page.
	jumpAt := 0
	if len(doc.Pages) > pages {
		jumpAt = pages
	}
	doc, err = e.layoutOnce(a, chosen, true, jumpAt)
	if err != nil {
		return nil, err
	}
	// Columns that cannot end together without a widow: a widow it is (a
	// short column is the worse fault on a fixed page).
	if jumpAt == 0 && uneven(doc, t, len(doc.Pages)-1) {
		w := *chosen
		w.widowsOK = true
		if d, err := e.layoutOnce(a, &w, true, 0); err == nil && len(d.Pages) == len(doc.Pages) && !uneven(d, t, len(d.Pages)-1) {
			doc = d
		}
	}
	f := &Fit{Pages: pages, Fits: len(doc.Pages) <= pages, PhotoScale: used.photo, SpaceScale: used.space, LeadingScale: used.leading, Tracking: used.tracking}
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

// sparseBelow is how full a free story's last page must be not to be
// pulled back: under a quarter of its area, copyfit tries to fit the story
// on one page less.
const sparseBelow = 0.25

// layoutFree lays out a story whose page count is free; a last page under
// sparseBelow full is pulled back onto the pages before it when copyfit can
// (the fit is then reported), else preflight says how many lines to cut.
func (e *Engine) layoutFree(a *article.Article, t *Template) (*Document, error) {
	doc, err := e.layoutOnce(a, t, true, 0)
	if err != nil || len(doc.Pages) < 2 {
		return doc, err
	}
	last := len(doc.Pages) - 1
	if filled(doc, t, last) >= sparseBelow {
		return doc, nil
	}
	lines := oversetLines(doc, last)
	// The tightest setting tells whether any does (copyfit's settings
	// tighten in order); then copyfit finds the first that fits.
	steps := t.Copyfit.tighter()
	d, err := e.layoutOnce(a, t.adjusted(steps[len(steps)-1]), false, 0)
	if err != nil {
		return nil, err
	}
	if len(d.Pages) <= last {
		return e.layoutFitted(a, t, last)
	}
	doc.Warnings = append(doc.Warnings, Warning{Severity: SevWarning, ID: article.IDHeadline, Path: a.Path(article.IDHeadline),
		Message: article.Sprintf("the last page holds only %d lines: cut them to end a page earlier, or add copy", lines)})
	return doc, nil
}

// fitsFrom is how full the last page must be for a story to fit its space.
const fitsFrom = 0.9

// oversetLines counts the text lines set past page pages.
func oversetLines(d *Document, pages int) int {
	n := 0
	for _, pg := range d.Pages[pages:] {
		for _, it := range pg.Items {
			if r, ok := it.(*TextRun); ok && r.ID != "folio" && r.ID != "jump" {
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
	area := t.TypeArea()
	sum := 0.0
	for _, b := range columnEnds(d, t, page) {
		sum += math.Min(1, float64(b/area.H))
	}
	return sum / float64(t.Page.Columns)
}

// columnEnds is how far down the type area each column of a page is used, in pt.
func columnEnds(d *Document, t *Template, page int) []Pt {
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
	return bottoms
}

// uneven reports whether a full page's columns end more than 2½ body
// lines apart (the balancing could not even them).
func uneven(d *Document, t *Template, page int) bool {
	if t.Page.Columns < 2 || page < 0 || page >= len(d.Pages) || filled(d, t, page) < 0.9 {
		return false
	}
	ends := columnEnds(d, t, page)
	lo, hi := ends[0], ends[0]
	for _, e := range ends {
		lo, hi = min(lo, e), max(hi, e)
	}
	return hi-lo > 2.5*Pt(t.Styles[StyleBody].Leading)
}
