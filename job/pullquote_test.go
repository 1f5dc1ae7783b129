package job

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
	"banmian/layout"
)

// TestPullQuoteEndToEnd: a pull quote marked in the copy ("金句：") is
// imported as its kind, prints in its style between rules, becomes an
// <aside> on the web, and the text form gives it back.
func TestPullQuoteEndToEnd(t *testing.T) {
	src, err := os.ReadFile("../testdata/articles/reference-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	quote := "做坚守初心、担当使命的科技人"
	text := strings.Replace(string(src), "\n6月25日", "\n金句："+quote+"\n6月25日", 1)
	res, err := ImportText([]byte(text), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Article
	var pq *article.Block
	for _, b := range a.Blocks() {
		if b.Kind == article.PullQuote {
			pq = b
		}
	}
	if pq == nil || pq.Text != quote {
		t.Fatalf("no pull quote imported: %+v", pq)
	}
	if p := a.Path(pq.ID); !strings.Contains(p, "第1条金句") {
		t.Errorf("path %q", p)
	}
	for _, tmpl := range []string{"report-a4", "newspaper-a3"} {
		doc, err := LayoutWith(a, "", tmpl)
		if err != nil {
			t.Fatal(err)
		}
		var run *layout.TextRun
		for _, pg := range doc.Pages {
			for _, it := range pg.Items {
				if v, ok := it.(*layout.TextRun); ok && v.ID == pq.ID {
					run = v
				}
			}
		}
		st := doc.Template.Styles[layout.StylePullQuote]
		if run == nil || run.Size != layout.Pt(st.Size) || !st.RuleAbove || !st.RuleBelow {
			t.Errorf("%s: pull quote not set in its style: %+v", tmpl, run)
		}
	}
	dir := t.TempDir()
	tp, _ := Template(a, "", "")
	out := filepath.Join(dir, "a.html")
	if err := ExportHTML(out, false, a, tp, nil); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(out)
	if !strings.Contains(string(page), `<aside class="pull-quote"><p>`+quote) {
		t.Error("no <aside class=\"pull-quote\"> in the page")
	}
	if form := FormatText(a); !strings.Contains(form, "\n金句："+quote+"\n") {
		t.Error("the text form lost the pull quote's marker")
	}
	// A user's template without a pull_quote style still loads: the style
	// falls back to the quote's.
	data, _ := os.ReadFile("../assets/templates/report-a4.json")
	js := string(data)
	i := strings.Index(js, `    "pull_quote": {`)
	j := i + strings.Index(js[i:], "},\n") + 3
	tp, err = layout.ParseTemplate("old.json", []byte(js[:i]+js[j:]))
	if err != nil {
		t.Fatalf("a template without pull_quote: %v", err)
	}
	if s := tp.Styles[layout.StylePullQuote]; !s.RuleAbove || s.Size <= tp.Styles[layout.StyleQuote].Size {
		t.Errorf("fallback pull_quote style: %+v", s)
	}
}
