package job

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
	"banmian/layout"
)

// TestOneMetaLine: print, web and the text form list three authors the
// same way ("A, B and C"), and the text form reads back as three authors.
func TestOneMetaLine(t *testing.T) {
	a := article.New("en")
	a.Headline = "Drains"
	a.Source = "City Desk"
	a.Authors = []string{"Lin Xiao", "Zhou Hang", "Ana Ruiz"}
	a.Lead = []article.Block{{ID: "p1", Kind: article.Paragraph, Text: "The works begin."}}
	want := "Lin Xiao, Zhou Hang and Ana Ruiz"
	doc, err := LayoutWith(a, "", "")
	if err != nil {
		t.Fatal(err)
	}
	var meta strings.Builder
	for _, it := range doc.Pages[0].Items {
		if r, ok := it.(*layout.TextRun); ok && r.ID == article.IDMeta {
			meta.WriteString(r.Text + " ")
		}
	}
	if !strings.Contains(meta.String(), "By "+want) {
		t.Errorf("print: %q", meta.String())
	}
	out := filepath.Join(t.TempDir(), "a.html")
	tp, _ := Template(a, "", "")
	if err := ExportHTML(out, false, a, tp, nil); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(out)
	if !strings.Contains(string(page), want) {
		t.Error("web: the authors are listed otherwise")
	}
	form := FormatText(a)
	if !strings.Contains(form, "By "+want) {
		t.Errorf("text form:\n%s", form)
	}
	res, err := ImportText([]byte(form), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Article.Authors; len(got) != 3 || got[2] != "Ana Ruiz" {
		t.Errorf("read back as %q", got)
	}
}
