package docx

import (
	"os"
	"strings"
	"testing"

	"banmian/article"
)

// TestWordFeature: a reporter's Word file (python3-docx, Word's default
// template; and the same saved by LibreOffice Writer) gives the article an editor expects: Title and Subtitle as
// headline and subtitle, the line above the Title as kicker, the byline,
// paragraphs without their full-width indent, a manual line break kept,
// Heading 2 关键词 as a section with its title, a bold 场景一 as a scene,
// the inline picture embedded with its caption and credit, the table as
// paragraphs (a row each), the footer credits; no line lost.
func TestWordFeature(t *testing.T) {
	for _, f := range []string{"testdata/feature-zh.docx", "testdata/feature-zh-libreoffice.docx"} {
		t.Run(f, func(t *testing.T) { wordFeature(t, f) })
	}
}

// wordFeature checks one Word file of the feature: python3-docx's, or the
// same saved again by LibreOffice (its own XML).
func wordFeature(t *testing.T, file string) {
	res, err := ImportFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Article
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s: %q, want %q", what, got, want)
		}
	}
	check("kicker", a.Kicker, "乡村振兴系列报道")
	check("headline", a.Headline, "山乡巨变：一个湘西村庄的三年")
	check("subtitle", a.Subtitle, "从“空心村”到“网红村”，竹山村走出了自己的路")
	check("byline", a.Byline, "湘西日报记者 彭晓雨 通讯员 龙建国 花垣报道")
	if len(a.Lead) < 2 {
		t.Fatalf("lead: %+v", a.Lead)
	}
	check("first paragraph", a.Lead[0].Text, "清晨六点，竹山村的雾还没有散尽，村支书石光明已经站在了村口的合作社门前。")
	check("line break", a.Lead[1].Text, "三年前，这里的年轻人几乎都出门打工了，\n留在村里的多是老人和孩子。")
	if len(a.Sections) != 1 || len(a.Sections[0].Scenes) != 1 {
		t.Fatalf("sections: %+v", a.Sections)
	}
	s := a.Sections[0]
	check("keywords", strings.Join(s.Keywords, " "), "产业")
	check("section title", s.Title, "一片茶叶撑起一个产业")
	var photo *article.Block
	var table []string
	for i, b := range s.Scenes[0].Body {
		if b.Kind == article.Photo {
			photo = &s.Scenes[0].Body[i]
		}
		if strings.Contains(b.Text, "茶叶收入") || strings.Contains(b.Text, "120万元") {
			table = append(table, b.Text)
		}
	}
	if photo == nil || photo.Missing || a.Asset(photo.Asset) == nil {
		t.Fatalf("the picture is not embedded: %+v", photo)
	}
	check("caption", photo.Caption, "村民在茶园里采摘秋茶。")
	check("credit", photo.Credit, "记者 彭晓雨 摄")
	if strings.Join(table, "|") != "年份　茶叶收入|2023　120万元" {
		t.Errorf("the table's rows: %q", table)
	}
	if !strings.Contains(strings.Join(a.Footer.Credits, " "), "来源：湘西日报") {
		t.Errorf("footer credits: %v", a.Footer.Credits)
	}
	// No line lost: every line the Word file gave is somewhere.
	d, err := read(mustRead(t, file))
	if err != nil {
		t.Fatal(err)
	}
	if kept := len(res.Lines) + len(res.Dropped); kept < len(d.lines) {
		t.Errorf("%d lines kept or dropped of %d", kept, len(d.lines))
	}
}

// TestHostileWord: an external entity, a picture linked outside the file
// and a zip bomb are refused or ignored, with a message that names them.
func TestHostileWord(t *testing.T) {
	if _, err := ImportFile("testdata/hostile-entity.docx"); err == nil || !strings.Contains(err.Error(), "document type declaration") {
		t.Errorf("external entity: %v", err)
	}
	res, err := ImportFile("testdata/hostile-link.docx")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Article.Blocks() {
		if b.Kind == article.Photo && (b.Asset != "" || !b.Missing) {
			t.Errorf("a picture linked outside the file was read: %+v", b)
		}
	}
	if _, err := ImportFile("testdata/hostile-bomb.docx"); err == nil || !strings.Contains(err.Error(), "MiB") {
		t.Errorf("zip bomb: %v", err)
	}
	if _, err := Import([]byte("not a zip")); err == nil || !strings.Contains(err.Error(), "Word") {
		t.Errorf("not a zip: %v", err)
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParagraphStructures: a text box inside a paragraph, a nested table,
// two paragraphs in one cell and Word's VML fallback copy of a drawing
// lose no text and repeat none.
func TestParagraphStructures(t *testing.T) {
	doc := `<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
<w:p><w:r><w:t>BEFORE-BOX</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>IN-BOX</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>IN-BOX</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>AFTER-BOX</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>OUTER-A</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>INNER</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>OUTER-B</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>first line</w:t></w:r></w:p><w:p><w:r><w:t>second line</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:rPr><w:b w:val="off"/></w:rPr><w:t>not bold</w:t></w:r></w:p>
</w:body></w:document>`
	ps, err := paragraphs([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, strings.ReplaceAll(p.text, lineBreak, "/"))
		if p.text == "not bold" && p.bold {
			t.Error(`w:b w:val="off" counted as bold`)
		}
	}
	want := []string{"IN-BOX", "BEFORE-BOXAFTER-BOX", "INNER", "OUTER-A　OUTER-B", "first line/second line", "not bold"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n%q\nwant\n%q", got, want)
	}
}
