package layout

// The stress test: random articles (Chinese and English, photos of every
// shape with random layouts, rows, breaks, keeps, fixed page counts) × every
// bundled template; every page must hold what a page can: each photo set
// exactly once, no photo degenerate or outside the type area, no text
// outside it, no photo over another item.

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"banmian/article"
	"banmian/internal/testimg"
)

var zhSent = "湘绣是中国四大名绣之一，已有两千多年历史。如今，这门古老的手艺正在年轻人手中焕发新的生机。"
var enSent = "The harbour wall was rebuilt after the storm, and the fishermen came back one by one. "

var imgCache = map[[2]int]article.Asset{}

func asset(w, h int) article.Asset {
	k := [2]int{w, h}
	if a, ok := imgCache[k]; ok {
		return a
	}
	as, err := article.NewAsset(fmt.Sprintf("p%dx%d.jpg", w, h), testimg.JPEG(w, h, w+h))
	if err != nil {
		panic(err)
	}
	imgCache[k] = as
	return as
}

func randPhoto(r *rand.Rand, a *article.Article, row, plain bool) article.Block {
	sizes := [][2]int{{600, 400}, {400, 600}, {300, 900}, {800, 200}, {500, 500}, {200, 800}}
	s := sizes[r.Intn(len(sizes))]
	as := asset(s[0], s[1])
	id := a.AddAsset(as)
	b := article.Block{Kind: article.Photo, Asset: id, File: as.Name}
	if r.Intn(4) > 0 {
		n := 1 + r.Intn(4)
		if r.Intn(40) == 0 {
			n = 20 + r.Intn(40) // a caption far too long
		}
		b.Caption = strings.Repeat("绣娘在绣架前专注刺绣。", n)
	}
	if r.Intn(3) == 0 {
		b.Credit = "记者 何青 摄"
	}
	var l article.PhotoLayout
	switch r.Intn(5) {
	case 0:
		l.Span = article.SpanAll
	case 1:
		l.Span = article.Span(1 + r.Intn(4))
	}
	switch r.Intn(4) {
	case 0:
		l.Place = article.PlaceTop
	case 1:
		l.Place = article.PlaceBottom
	case 2:
		l.Place = article.PlaceInline
	}
	if r.Intn(3) == 0 {
		l.Size = 0.1 + r.Float64()*0.9
	}
	if plain {
		l = article.PhotoLayout{}
	}
	l.Row = row
	b.SetPhotoLayout(l)
	return b
}

func randBody(r *rand.Rand, a *article.Article, zh, plain bool) []article.Block {
	var bs []article.Block
	n := r.Intn(8)
	for i := 0; i < n; i++ {
		if r.Intn(3) == 0 {
			bs = append(bs, randPhoto(r, a, false, plain))
			for k := 0; k < 3 && r.Intn(2) == 0; k++ {
				bs = append(bs, randPhoto(r, a, true, plain))
			}
			continue
		}
		s := zhSent
		if !zh {
			s = enSent
		}
		m := 1 + r.Intn(6)
		if r.Intn(6) == 0 {
			m = 20 + r.Intn(30)
		}
		b := article.Block{Kind: article.Paragraph, Text: strings.Repeat(s, m)}
		if r.Intn(15) == 0 {
			b.BreakBefore = []string{article.BreakColumn, article.BreakPage}[r.Intn(2)]
		}
		if r.Intn(10) == 0 {
			b.KeepTogether = true
		}
		if r.Intn(10) == 0 {
			b.Kind = article.Subhead
			b.Text = "一、小标题"
		}
		bs = append(bs, b)
	}
	return bs
}

func randArticle(r *rand.Rand, plain bool) *article.Article {
	zh := r.Intn(3) > 0
	lang := "zh-CN"
	if !zh {
		lang = "en"
	}
	a := article.New(lang)
	a.Headline = "指尖上的湘绣"
	if r.Intn(2) == 0 {
		a.Subtitle = "一针一线绣出新天地"
	}
	a.Byline = "湖南日报记者 欧阳晨 长沙报道"
	a.Lead = randBody(r, a, zh, plain)
	if r.Intn(2) == 0 {
		a.Lead = append([]article.Block{randPhoto(r, a, false, plain)}, a.Lead...)
	}
	ns := r.Intn(3)
	for i := 0; i < ns; i++ {
		s := article.Section{Keywords: []string{"传承"}, Title: "老手艺有了新传人", Body: randBody(r, a, zh, plain)}
		nc := r.Intn(4)
		for j := 0; j < nc; j++ {
			sc := article.Scene{Body: randBody(r, a, zh, plain)}
			if r.Intn(15) == 0 {
				sc.BreakBefore = article.BreakColumn
			}
			s.Scenes = append(s.Scenes, sc)
		}
		a.Sections = append(a.Sections, s)
	}
	a.Footer.Credits = []string{"来源：红网"}
	a.AssignIDs()
	switch r.Intn(4) {
	case 0:
		a.Layout = &article.Layout{Pages: -1}
	case 1:
		a.Layout = &article.Layout{Pages: 1 + r.Intn(2)}
	}
	return a
}

func checkDoc(a *article.Article, t *Template, d *Document) []string {
	var out []string
	area := t.TypeArea()
	photoIDs := map[string]bool{}
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo {
			photoIDs[b.ID] = true
		}
	}
	count := map[string]int{}
	type box struct {
		id             string
		x0, y0, x1, y1 Pt
		img            bool
	}
	for pi, pg := range d.Pages {
		var boxes []box
		for _, it := range pg.Items {
			switch v := it.(type) {
			case *Image:
				count[v.ID]++
				if v.Rect.H <= 1 || v.Rect.W <= 1 {
					out = append(out, fmt.Sprintf("p%d image %s degenerate %.1fx%.1f", pi+1, v.ID, v.Rect.W, v.Rect.H))
				}
				if v.Rect.Y < area.Y-0.5 || v.Rect.Y+v.Rect.H > area.Y+area.H+0.5 || v.Rect.X < area.X-0.5 || v.Rect.X+v.Rect.W > area.X+area.W+0.5 {
					out = append(out, fmt.Sprintf("p%d image %s outside type area (%.1f,%.1f %.1fx%.1f) area y %.1f..%.1f", pi+1, v.ID, v.Rect.X, v.Rect.Y, v.Rect.W, v.Rect.H, area.Y, area.Y+area.H))
				}
				boxes = append(boxes, box{v.ID, v.Rect.X, v.Rect.Y, v.Rect.X + v.Rect.W, v.Rect.Y + v.Rect.H, true})
			case *TextRun:
				if v.ID == "folio" {
					continue
				}
				if v.Y > area.Y+area.H+0.5 || v.Y < area.Y-0.5 {
					out = append(out, fmt.Sprintf("p%d text %s %.20q at y %.1f outside type area", pi+1, v.ID, v.Text, v.Y))
				}
				top := v.Y - v.Size*0.85
				boxes = append(boxes, box{v.ID, v.X, top, v.X + v.Width(), v.Y + v.Size*0.1, false})
			}
		}
		// overlaps: image vs anything else of another id
		for i := range boxes {
			if !boxes[i].img {
				continue
			}
			for j := range boxes {
				if i == j {
					continue
				}
				A, B := boxes[i], boxes[j]
				if B.img && j < i {
					continue
				}
				if A.x0 < B.x1-1 && B.x0 < A.x1-1 && A.y0 < B.y1-1 && B.y0 < A.y1-1 {
					if B.id == A.id && !B.img {
						continue // missing frame text
					}
					out = append(out, fmt.Sprintf("p%d image %s overlaps %s (img=%v) at y %.1f-%.1f vs %.1f-%.1f", pi+1, A.id, B.id, B.img, A.y0, A.y1, B.y0, B.y1))
				}
			}
		}
	}
	for id := range photoIDs {
		if count[id] != 1 {
			out = append(out, fmt.Sprintf("photo %s drawn %d times", id, count[id]))
		}
	}
	return out
}

// TestStressInvariants lays out random articles with random photo levers,
// and with the levers left to the template, over every bundled template.
func TestStressInvariants(t *testing.T) {
	n := 100
	if testing.Short() {
		n = 30
	}
	e := testEngine(t)
	for _, plain := range []bool{false, true} {
		bad := 0
		for seed := 0; seed < n; seed++ {
			a := randArticle(rand.New(rand.NewSource(int64(seed))), plain)
			for _, tn := range templateNames(t) {
				tp, _ := LoadTemplate(tn)
				d, err := e.Layout(a, tp)
				if err != nil {
					t.Fatalf("seed %d × %s: %v", seed, tn, err)
				}
				if len(d.Pages) > 60 {
					t.Errorf("seed %d × %s: %d pages", seed, tn, len(d.Pages))
				}
				for _, p := range checkDoc(a, tp, d) {
					if bad++; bad <= 20 {
						t.Errorf("seed %d × %s (plain %v): %s", seed, tn, plain, p)
					}
				}
			}
		}
		if bad > 20 {
			t.Errorf("plain %v: %d problems in all", plain, bad)
		}
	}
}
