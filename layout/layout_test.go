package layout

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/assets"
	"banmian/internal/golden"
)

func importArticle(t testing.TB, name string) *article.Article {
	t.Helper()
	res, err := plaintext.ImportFile(filepath.Join("../testdata/articles", name), "/nonexistent")
	if err != nil {
		t.Fatal(err)
	}
	return res.Article
}

// TestTemplateGoldens lays out the reference article and the English feature
// (photos missing: frames) with every bundled template and compares the dump.
func TestTemplateGoldens(t *testing.T) {
	for _, tmpl := range assets.TemplateNames() {
		for _, art := range []string{"reference-zh.txt", "en-feature.txt"} {
			name := strings.TrimSuffix(art, ".txt") + "-" + tmpl
			t.Run(name, func(t *testing.T) {
				tp, err := LoadTemplate(tmpl)
				if err != nil {
					t.Fatal(err)
				}
				d, err := Layout(importArticle(t, art), tp)
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				d.Dump(&b)
				golden.Assert(t, "layout/"+name+".txt", b.Bytes())
				checkPages(t, d)
			})
		}
	}
}

// checkPages: nothing outside the page, no text below the type area, items
// of one column do not overlap vertically.
func checkPages(t *testing.T, d *Document) {
	t.Helper()
	area := d.Template.TypeArea()
	for i, p := range d.Pages {
		for _, it := range p.Items {
			switch v := it.(type) {
			case *TextRun:
				if v.ID == "folio" {
					continue
				}
				if v.Y > area.Y+area.H+0.5 || v.Y < area.Y || v.X < area.X-0.5 || v.X+v.Width() > area.X+area.W+v.Size {
					t.Errorf("page %d: text %q at %.1f,%.1f is outside the type area", i+1, v.Text, v.X, v.Y)
				}
			case *Image:
				if v.Rect.Y+v.Rect.H > area.Y+area.H+0.5 {
					t.Errorf("page %d: photo %s runs below the type area", i+1, v.File)
				}
			}
		}
	}
}

func TestIncrementalRelayout(t *testing.T) {
	e := testEngine(t)
	a := importArticle(t, "reference-zh.txt")
	tp, _ := LoadTemplate("report-a4")
	d1, _ := e.Layout(a, tp)
	n := len(e.cache)
	a.Sections[1].Scenes[0].Body[0].Text += "新增一句。"
	d2, _ := e.Layout(a, tp)
	if len(e.cache) != n {
		t.Errorf("cache holds %d paragraphs after an edit, want %d (stale entries dropped)", len(e.cache), n)
	}
	var b1, b2, b3 bytes.Buffer
	d1.Dump(&b1)
	d2.Dump(&b2)
	if b1.String() == b2.String() {
		t.Error("the edit did not change the layout")
	}
	// A fresh engine gives the same result as the cached one.
	d3, _ := Layout(a, tp)
	d3.Dump(&b3)
	if b2.String() != b3.String() {
		t.Error("cached relayout differs from a fresh layout")
	}
}

func TestBadTemplates(t *testing.T) {
	good, _ := assets.Template("report-a4")
	tests := []struct{ name, from, to, want string }{
		{"size", `"size": "A4"`, `"size": "B9"`, "page size"},
		{"columns", `"columns": 1`, `"columns": 0`, "columns"},
		{"font", `"font": "serif"`, `"font": "comic"`, "font"},
		{"colour", `"accent": "#b3202a"`, `"accent": "red"`, "colour"},
		{"unknown field", `"columns": 1`, `"columns": 1, "colums": 2`, "unknown field"},
		{"json", `{`, `{{`, "invalid"},
	}
	for _, tt := range tests {
		_, err := ParseTemplate("t.json", []byte(strings.Replace(string(good), tt.from, tt.to, 1)))
		if !errors.Is(err, ErrTemplate) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "t.json") {
			t.Errorf("%s: err = %v", tt.name, err)
		}
	}
	if _, err := LoadTemplate("nope"); err == nil || !strings.Contains(err.Error(), "report-a4") {
		t.Errorf("unknown template: %v", err)
	}
}

// benchLayout measures a cold layout (a fresh engine, no paragraph cache).
func benchLayout(b *testing.B, a *article.Article) {
	tp, _ := LoadTemplate("report-a4")
	f, _ := EmbeddedFonts()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewEngine(f).Layout(a, tp); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLayoutReference(b *testing.B) { benchLayout(b, importArticle(b, "reference-zh.txt")) }

func BenchmarkRelayoutAfterEdit(b *testing.B) {
	for _, name := range []string{"report-a4", "newspaper-a3"} { // the A3 page is copyfitted
		b.Run(name, func(b *testing.B) { benchRelayout(b, name) })
	}
}

func benchRelayout(b *testing.B, tmpl string) {
	a := importArticle(b, "reference-zh.txt")
	tp, _ := LoadTemplate(tmpl)
	f, _ := EmbeddedFonts()
	e := NewEngine(f)
	e.Layout(a, tp)
	p := &a.Sections[1].Scenes[0].Body[0].Text
	base := *p
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		*p = base + string(rune('a'+i%26))
		if _, err := e.Layout(a, tp); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPreflightMissingGlyph: a character no font has is reported with its path.
func TestPreflightMissingGlyph(t *testing.T) {
	a := article.New("zh-CN")
	a.Headline = "标题"
	a.Lead = []article.Block{{ID: "p1", Kind: article.Paragraph, Text: "正文"}, {ID: "p2", Kind: article.Paragraph, Text: "生僻字𠀀在此。"}}
	tp, _ := LoadTemplate("report-a4")
	d, err := Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	a.Sections = []article.Section{{ID: "s1", Keywords: []string{"空"}}}
	d2, _ := Layout(a, tp)
	if len(d2.Warnings) != 2 || d2.Warnings[1].Path != "第1节" || d2.Warnings[1].Message != "the section is empty" {
		t.Errorf("empty section: %+v", d2.Warnings)
	}
	if len(d.Warnings) != 1 || d.Warnings[0].Path != "导语, 第2段" || !strings.Contains(d.Warnings[0].Message, "U+20000") || d.Warnings[0].Severity != SevError {
		t.Errorf("warnings: %+v", d.Warnings)
	}
}

// tenTimes repeats the article's sections ten times (the "body ×10" case).
func tenTimes(a *article.Article) *article.Article {
	c := a.Clone()
	for i := 0; i < 9; i++ {
		c.Sections = append(c.Sections, a.Clone().Sections...)
	}
	c.AssignIDs()
	return c
}

func BenchmarkLayoutReferenceX10(b *testing.B) {
	benchLayout(b, tenTimes(importArticle(b, "reference-zh.txt")))
}

// TestTemplateFontFile: a template may name a TrueType font by path; a CFF
// font or a missing file is a clear error.
func TestTemplateFontFile(t *testing.T) {
	dir := t.TempDir()
	data, _ := assets.Template("report-a4")
	js := strings.Replace(string(data), `"headline": {`, `"headline": {"font_file": "head.ttf",`, 1)
	path := filepath.Join(dir, "t.json")
	os.WriteFile(path, []byte(js), 0o644)
	if _, err := LoadTemplate(path); err == nil || !strings.Contains(err.Error(), "head.ttf") {
		t.Errorf("missing font file: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "head.ttf"), assets.Font(assets.SerifBold), 0o644)
	tp, err := LoadTemplate(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Layout(importArticle(t, "reference-zh.txt"), tp)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range d.Pages[0].Items {
		if r, ok := it.(*TextRun); ok && r.ID == article.IDHeadline && r.Face.Name != "head" {
			t.Errorf("headline set in %s", r.Face.Name)
		}
	}
	os.WriteFile(filepath.Join(dir, "head.ttf"), append([]byte("OTTO"), make([]byte, 100)...), 0o644)
	if _, err := LoadTemplate(path); err == nil {
		t.Error("a CFF font was accepted")
	}
}
