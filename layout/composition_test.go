package layout

import (
	"fmt"
	"strings"
	"testing"

	"banmian/article"
	"banmian/internal/golden"
)

// compositionOf writes where each block of the document stands: per page
// and column (or "all" across the columns), the blocks in order with the
// y they begin and end at, in pt — the composition at a glance, without
// the lines' glyphs.
func compositionOf(d *Document, t *Template) string {
	area, colW, gut := t.TypeArea(), t.ColumnWidth(), MM(t.Page.GutterMM)
	type span struct {
		id     string
		kind   string
		y0, y1 Pt
	}
	var b strings.Builder
	for pi, pg := range d.Pages {
		cols := map[string][]*span{}
		var order []string
		for _, it := range pg.Items {
			var x, w, y0, y1 Pt
			var id, kind string
			switch v := it.(type) {
			case *TextRun:
				id, kind, x, w, y0, y1 = v.ID, "text", v.X, v.Width(), v.Y-v.Size, v.Y
			case *Image:
				id, kind, x, w, y0, y1 = v.ID, "photo", v.Rect.X, v.Rect.W, v.Rect.Y, v.Rect.Y+v.Rect.H
			default:
				continue
			}
			if id == "folio" {
				continue
			}
			col := "all"
			if t.Page.Columns == 1 || w <= colW*1.2 {
				col = fmt.Sprint(int((x-area.X+gut/2)/(colW+gut)) + 1)
			}
			list := cols[col]
			if n := len(list); n > 0 && list[n-1].id == id && list[n-1].kind == kind {
				list[n-1].y1 = max(list[n-1].y1, y1)
				continue
			}
			if list == nil {
				order = append(order, col)
			}
			cols[col] = append(list, &span{id, kind, y0, y1})
		}
		fmt.Fprintf(&b, "page %d\n", pi+1)
		for _, c := range order {
			fmt.Fprintf(&b, "  column %s\n", c)
			for _, s := range cols[c] {
				fmt.Fprintf(&b, "    %-5s %-10s %6.1f – %6.1f\n", s.kind, s.id, s.y0, s.y1)
			}
		}
	}
	if f := d.Fit; f != nil {
		fmt.Fprintf(&b, "fit: pages %d fits %v overset %d photos %.2f space %.2f leading %.2f tracking %+.2f\n",
			f.Pages, f.Fits, f.OversetLines, f.PhotoScale, f.SpaceScale, f.LeadingScale, f.Tracking)
	}
	return b.String()
}

// TestCompositionGoldens: the reference (with its five photos) composed by
// every bundled template, block by block (testdata/composition).
func TestCompositionGoldens(t *testing.T) {
	arts, err := corpusArticles()
	if err != nil {
		t.Fatal(err)
	}
	for _, tn := range templateNames(t) {
		tp, _ := LoadTemplate(tn)
		d, err := Layout(arts["reference-zh"], tp)
		if err != nil {
			t.Fatal(err)
		}
		golden.Assert(t, "composition/reference-zh-"+tn+".txt", []byte(compositionOf(d, tp)))
	}
}

// TestPhotoLevers: the editor's span, place and row reach the page.
func TestPhotoLevers(t *testing.T) {
	arts, err := corpusArticles()
	if err != nil {
		t.Fatal(err)
	}
	tp, _ := LoadTemplate("newspaper-a3")
	colW, gut := tp.ColumnWidth(), MM(tp.Page.GutterMM)
	images := func(a *article.Article) map[string]*Image {
		d, err := Layout(a, tp)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]*Image{}
		for _, pg := range d.Pages {
			for _, it := range pg.Items {
				if im, ok := it.(*Image); ok {
					out[im.ID] = im
				}
			}
		}
		return out
	}
	a := arts["reference-zh"].Clone()
	lead := a.Lead[0]
	if lead.Kind != article.Photo {
		t.Fatal("the reference's lead has no photo first")
	}
	// By default the lead photo spans the four columns, at the top of the
	// column area, under the header.
	im := images(a)[lead.ID]
	if im.Rect.W < 4*colW+3*gut-1 || im.Crop == nil {
		t.Errorf("lead photo %.0f pt wide (crop %v), want the four columns", im.Rect.W, im.Crop)
	}
	// Span 2: two columns wide.
	a.Lead[0].SetPhotoLayout(article.PhotoLayout{Span: 2})
	if im := images(a)[lead.ID]; im.Rect.W > 2*colW+gut+0.5 || im.Rect.W < 2*colW+gut-0.5 {
		t.Errorf("span 2: %.0f pt wide, want %.0f", im.Rect.W, 2*colW+gut)
	}
	// Place top and bottom, in the two columns of the magazine (page 1 is
	// not the balanced last page).
	mag, _ := LoadTemplate("magazine-a4")
	ph := findPhoto(a, 1)
	for _, place := range []string{article.PlaceTop, article.PlaceBottom} {
		ph.SetPhotoLayout(article.PhotoLayout{Place: place})
		d, err := Layout(a, mag)
		if err != nil {
			t.Fatal(err)
		}
		pi, im := imageOf(d, ph.ID)
		if im == nil || pi == len(d.Pages)-1 {
			t.Fatalf("place %s: photo on page %d of %d", place, pi+1, len(d.Pages))
		}
		area := mag.TypeArea()
		c := columnOf(mag, im.Rect.X)
		var above, below int // text lines of the photo's column above and below it
		capEnd := im.Rect.Y + im.Rect.H
		for _, it := range d.Pages[pi].Items {
			r, ok := it.(*TextRun)
			if !ok || r.ID == "folio" || r.Width() > mag.ColumnWidth()*1.2 || columnOf(mag, r.X) != c {
				continue
			}
			switch {
			case r.ID == ph.ID:
				capEnd = max(capEnd, r.Y)
			case r.Y < im.Rect.Y:
				above++
			default:
				below++
			}
		}
		switch place {
		case article.PlaceTop:
			if above != 0 || below == 0 {
				t.Errorf("place top: %d lines above the photo, %d below", above, below)
			}
		case article.PlaceBottom:
			if area.Y+area.H-capEnd > Pt(mag.Styles[StyleBody].Leading) || above == 0 {
				t.Errorf("place bottom: caption ends %.0f pt above the foot, %d lines above", area.Y+area.H-capEnd, above)
			}
		}
	}
	// A row: two photos side by side, one height.
	b := arts["zh-photos"]
	var row []*Image
	for _, bl := range b.Blocks() {
		if bl.Kind == article.Photo && bl.PhotoLayout().Row {
			row = append(row, images(b)[bl.ID])
		}
	}
	if len(row) < 2 {
		t.Fatalf("zh-photos: %d photos marked to stand in a row", len(row))
	}
	for _, im := range row {
		if im == nil {
			t.Fatal("a photo of a row is not on the page")
		}
	}
}

func findPhoto(a *article.Article, n int) *article.Block {
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo {
			if n == 0 {
				return b
			}
			n--
		}
	}
	return nil
}

func imageOf(d *Document, id string) (int, *Image) {
	for pi, pg := range d.Pages {
		for _, it := range pg.Items {
			if im, ok := it.(*Image); ok && im.ID == id {
				return pi, im
			}
		}
	}
	return -1, nil
}

func columnOf(t *Template, x Pt) int {
	return int((x - t.TypeArea().X + MM(t.Page.GutterMM)/2) / (t.ColumnWidth() + MM(t.Page.GutterMM)))
}

// TestSpanningPhotoWarnsOnce: a photo across the columns (with its
// one-column form for where it cannot span) is named once in preflight.
func TestSpanningPhotoWarnsOnce(t *testing.T) {
	tp, _ := LoadTemplate("newspaper-a3")
	a := importArticle(t, "reference-zh.txt") // photos missing
	d, err := Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, w := range d.Warnings {
		if w.ID == a.Lead[0].ID {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the lead photo is named %d times in preflight: %v", n, d.Warnings)
	}
}
