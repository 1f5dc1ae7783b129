package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
	"banmian/assets"
)

// TestTemplateFor: the article's template and page setup decide the page
// when nothing overrides them; a relative template file is found beside the
// article, and its font_file keeps working with a page setup over it.
func TestTemplateFor(t *testing.T) {
	a := importArticle(t, "reference-zh.txt")
	tp, err := TemplateFor(a, "", "")
	if err != nil || tp.Name != DefaultTemplate {
		t.Fatalf("no layout: %v %v", tp, err)
	}
	a.Layout = &article.Layout{Template: "newspaper-a3"}
	if tp, _ = TemplateFor(a, "", ""); tp.Page.Size != "A3" || tp.Page.Columns != 4 {
		t.Errorf("article's template: %+v", tp.Page)
	}
	if tp, _ = TemplateFor(a, "", "report-a4"); tp.Page.Size != "A4" {
		t.Errorf("override: %+v", tp.Page)
	}
	g := 6.0
	a.Layout.Page = &article.PageSetup{Columns: 3, GutterMM: &g}
	tp, err = TemplateFor(a, "", "")
	if err != nil || tp.Page.Columns != 3 || tp.Page.GutterMM != 6 || tp.Page.Size != "A3" {
		t.Errorf("page setup: %+v %v", tp.Page, err)
	}
	base, _ := LoadTemplate("newspaper-a3")
	if base.Page.Columns != 4 {
		t.Error("the page setup changed the bundled template")
	}
	if p := PageSetupOf(base, tp); p == nil || p.Columns != 3 || *p.GutterMM != 6 || p.Margins != nil || p.Size != "" {
		t.Errorf("PageSetupOf: %+v", p)
	}
	a.Layout.Page = &article.PageSetup{Size: "A5", Columns: 12}
	if _, err := TemplateFor(a, "", ""); err == nil || !strings.Contains(err.Error(), "page setup") {
		t.Errorf("impossible page setup: %v", err)
	}

	// A template file beside the article, with a font file beside it.
	dir := t.TempDir()
	data, _ := assets.Template("report-a4")
	js := strings.Replace(string(data), `"headline": {`, `"headline": {"font_file": "head.ttf",`, 1)
	os.MkdirAll(filepath.Join(dir, "tpl"), 0o755)
	os.WriteFile(filepath.Join(dir, "tpl", "t.json"), []byte(js), 0o644)
	os.WriteFile(filepath.Join(dir, "tpl", "head.ttf"), assets.Font(assets.SerifBold), 0o644)
	a.Layout = &article.Layout{Template: "tpl/t.json", Page: &article.PageSetup{Size: "A5"}}
	tp, err = TemplateFor(a, dir, "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := tp.PageSize(); d.Pages[0].Width != w || tp.Page.Size != "A5" {
		t.Errorf("page %v, want A5", tp.Page)
	}
	for _, it := range d.Pages[0].Items {
		if r, ok := it.(*TextRun); ok && r.ID == article.IDHeadline && r.Face.Name != "head" {
			t.Errorf("headline set in %s, not the template's font file", r.Face.Name)
		}
	}
}
