package layout

import (
	"math"
	"strings"
	"testing"

	"banmian/article"
)

// TestCopyfit: the reference fits the A3 newspaper page as one page; a
// story three times as long does not, and the overset is counted and
// named; a story set free keeps its natural pages.
func TestCopyfit(t *testing.T) {
	tp, _ := LoadTemplate("newspaper-a3")
	if tp.Pages != 1 {
		t.Fatalf("the A3 template fixes %d pages", tp.Pages)
	}
	a := importArticle(t, "reference-zh.txt")
	d, err := Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 1 || d.Fit == nil || !d.Fit.Fits || d.Fit.Filled < 0.75 {
		t.Fatalf("reference on A3: %d pages, fit %+v", len(d.Pages), d.Fit)
	}
	if d.Fit.PhotoScale == 1 && d.Fit.SpaceScale == 1 && d.Fit.LeadingScale == 1 {
		t.Log("fitted without adjustments")
	}
	// Reproducible: the same article fits the same way.
	d2, _ := Layout(a, tp)
	if *d2.Fit != *d.Fit {
		t.Errorf("not reproducible: %+v vs %+v", d.Fit, d2.Fit)
	}

	long := a.Clone()
	for i := 0; i < 2; i++ {
		long.Sections = append(long.Sections, a.Clone().Sections...)
	}
	long.AssignIDs()
	long.Renumber()
	d, _ = Layout(long, tp)
	f := d.Fit
	lim := tp.Copyfit
	if f.Fits || f.OversetLines == 0 || f.PhotoScale != lim.PhotoMin || math.Abs(f.LeadingScale-(1-lim.Leading)) > 1e-6 || math.Abs(f.Tracking+lim.Tracking) > 1e-6 {
		t.Errorf("long story: %+v", f)
	}
	// The rest goes on on a jump page, with the jump lines there and back.
	if len(d.Pages) < 2 {
		t.Fatalf("long story on %d pages", len(d.Pages))
	}
	jumps := map[int]string{}
	for pi, pg := range d.Pages {
		for _, it := range pg.Items {
			if r, ok := it.(*TextRun); ok && r.ID == "jump" {
				jumps[pi] = r.Text
			}
		}
	}
	if jumps[0] != "（下转第2版）" || jumps[1] != "（上接第1版）" || len(jumps) != 2 {
		t.Errorf("jump lines: %v", jumps)
	}
	named := false
	for _, w := range d.Warnings {
		named = named || w.Severity == SevError && strings.Contains(w.Message, "lines past its 1 pages")
	}
	if !named {
		t.Error("preflight does not say how many lines to cut")
	}

	// Set free, the story runs on; its second page would hold only the
	// credits, so it is pulled back onto one page, and the fit says how.
	free := a.Clone()
	free.Layout = &article.Layout{Pages: -1}
	if d, _ := Layout(free, tp); d.Fit == nil || !d.Fit.Fits || len(d.Pages) != 1 {
		t.Errorf("free page count: %d pages, fit %+v", len(d.Pages), d.Fit)
	}
	// A free story too long to pull back keeps its sparse last page and
	// preflight says how many lines to cut.
	free = long.Clone()
	free.Layout = &article.Layout{Pages: -1}
	d, _ = Layout(free, tp)
	if d.Fit != nil && !d.Fit.Fits {
		t.Errorf("free long story: fit %+v", d.Fit)
	}
}

// TestLastPageBalanced: the reference on the one A3 page ends its four
// columns within a few lines of each other.
func TestLastPageBalanced(t *testing.T) {
	tp, _ := LoadTemplate("newspaper-a3")
	d, err := Layout(importArticle(t, "reference-zh.txt"), tp)
	if err != nil {
		t.Fatal(err)
	}
	area, colW, gut := tp.TypeArea(), tp.ColumnWidth(), MM(tp.Page.GutterMM)
	bottoms := make([]Pt, tp.Page.Columns)
	for _, it := range d.Pages[len(d.Pages)-1].Items {
		r, ok := it.(*TextRun)
		if !ok || r.ID == "folio" || r.Width() > colW*1.5 {
			continue // folios and the headline across the columns
		}
		c := int((r.X - area.X + gut/2) / (colW + gut))
		bottoms[c] = max(bottoms[c], r.Y)
	}
	lo, hi := bottoms[0], bottoms[0]
	for _, b := range bottoms {
		lo, hi = min(lo, b), max(hi, b)
	}
	lead := Pt(tp.Styles[StyleBody].Leading)
	if hi-lo > 4*lead {
		t.Errorf("column bottoms %v differ by %.0f pt (%.1f lines)", bottoms, hi-lo, float64((hi-lo)/lead))
	}
}
