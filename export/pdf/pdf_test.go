package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/assets"
	"banmian/internal/pdftest"
	"banmian/internal/testimg"
	"banmian/layout"
)

// referenceArticle imports the reference copy with photos w×h pixels.
func referenceArticle(t testing.TB, w, h int) *article.Article {
	t.Helper()
	dir := t.TempDir()
	if err := testimg.WriteReferencePhotos(dir, w, h); err != nil {
		t.Fatal(err)
	}
	res, err := plaintext.ImportFile("../../testdata/articles/reference-zh.txt", dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Article
}

func englishArticle(t testing.TB) *article.Article {
	t.Helper()
	res, err := plaintext.ImportFile("../../testdata/articles/en-feature.txt", "/nonexistent")
	if err != nil {
		t.Fatal(err)
	}
	// Make it long: a feature of several pages.
	a := res.Article
	for i := 0; i < 6; i++ {
		a.Lead = append(a.Lead, article.Block{ID: a.NewBlockID(), Kind: article.Paragraph,
			Text: "Officials say the next phase will extend the network to the northern districts, where older drains date from the 1950s and flood after a single afternoon of heavy rain. Residents there have waited a decade for the works."})
	}
	return a
}

func export(t testing.TB, a *article.Article, tmpl string, opt Options) ([]byte, *layout.Document) {
	t.Helper()
	tp, err := layout.LoadTemplate(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	if opt.CacheDir == "" {
		opt.CacheDir = t.TempDir()
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), doc
}

// paragraphs returns every text of the article that prints as body text.
func paragraphs(a *article.Article) []string {
	out := []string{a.Headline, a.Byline}
	for _, b := range a.Blocks() {
		switch {
		case b.Kind == article.Photo:
		default:
			out = append(out, b.Text)
		}
	}
	for _, s := range a.Sections {
		out = append(out, s.Title)
	}
	out = append(out, a.Footer.Copyright, a.Footer.Link)
	return out
}

func isPhoto(a *article.Article, id string) bool {
	e, ok := a.Find(id)
	return ok && e.Blk != nil && e.Blk.Kind == article.Photo
}

var reWS = regexp.MustCompile(`[\n\f]+`)

// TestExtractText: pdftotext gives back every paragraph character for
// character (line breaks aside), fonts are embedded subsets, pdfcpu validates.
func TestExtractText(t *testing.T) {
	zh := referenceArticle(t, 800, 600)
	en := englishArticle(t)
	for _, tmpl := range assets.TemplateNames() {
		for name, a := range map[string]*article.Article{"reference": zh, "english": en} {
			t.Run(tmpl+"/"+name, func(t *testing.T) {
				pdf, doc := export(t, a, tmpl, Options{})
				pdftest.Validate(t, pdf)
				path := pdftest.Write(t, pdf)
				pdftest.CheckFonts(t, path)
				// Folios and the captions of photos floated into a paragraph
				// interrupt it; leave those lines out, join the rest.
				skip := map[string]bool{}
				for _, pg := range doc.Pages {
					for _, it := range pg.Items {
						if r, ok := it.(*layout.TextRun); ok && (r.ID == "folio" || isPhoto(a, r.ID)) {
							skip[strings.TrimSpace(r.Text)] = true
						}
					}
				}
				var kept []string
				for _, l := range strings.Split(pdftest.Text(t, path), "\n") {
					if !skip[strings.TrimSpace(strings.Trim(l, "\f"))] {
						kept = append(kept, l)
					}
				}
				text := reWS.ReplaceAllString(strings.Join(kept, "\n"), "")
				for _, p := range paragraphs(a) {
					if p != "" && !strings.Contains(text, p) {
						t.Errorf("paragraph not extracted as set: %q", p)
					}
				}
				all := reWS.ReplaceAllString(pdftest.Text(t, path), "")
				for _, b := range a.Blocks() {
					if b.Kind == article.Photo && b.Caption != "" && !strings.Contains(all, b.Caption) {
						t.Errorf("caption not extracted: %q", b.Caption)
					}
				}
				// Lines come out in reading order, as laid out.
				var want []string
				for _, pg := range doc.Pages {
					for _, it := range pg.Items {
						if r, ok := it.(*layout.TextRun); ok {
							want = append(want, r.Text)
						}
					}
				}
				if joined := strings.Join(want, ""); !strings.Contains(joined, strings.Join(want[:5], "")) || !strings.HasPrefix(text, strings.Join(want[:3], "")) {
					t.Errorf("reading order: extraction starts %.80q, layout %.80q", text, joined)
				}
			})
		}
	}
}

func TestReproducible(t *testing.T) {
	a := referenceArticle(t, 640, 480)
	p1, _ := export(t, a, "magazine-a4", Options{Marks: true})
	p2, _ := export(t, a, "magazine-a4", Options{Marks: true})
	if !bytes.Equal(p1, p2) {
		t.Error("two exports of the same article differ")
	}
	if !bytes.Contains(p1, []byte("/Lang (zh-CN)")) {
		t.Error("no /Lang")
	}
}

// TestBleedAndMarks: the page grows by the bleed (and marks), TrimBox and
// BleedBox are set on every page.
func TestBleedAndMarks(t *testing.T) {
	a := referenceArticle(t, 320, 240)
	bleed := layout.MM(5)
	pdf, doc := export(t, a, "report-a4", Options{Bleed: &bleed, Marks: true})
	pdftest.Validate(t, pdf)
	info := pdftest.Run(t, "pdfinfo", "-box", "-f", "1", "-l", "99", pdftest.Write(t, pdf))
	w, h := doc.Pages[0].Width, doc.Pages[0].Height
	slug := bleed + markGap + markLength
	wantMedia := strings.Fields(formatBox(0, 0, w+2*slug, h+2*slug))
	wantTrim := strings.Fields(formatBox(slug, slug, slug+w, slug+h))
	wantBleed := strings.Fields(formatBox(slug-bleed, slug-bleed, slug+w+bleed, slug+h+bleed))
	for i := range doc.Pages {
		for name, want := range map[string][]string{"MediaBox": wantMedia, "TrimBox": wantTrim, "BleedBox": wantBleed} {
			re := regexp.MustCompile(`Page\s+` + itoa(i+1) + ` ` + name + `:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)`)
			m := re.FindStringSubmatch(info)
			if m == nil || !closeTo(m[1:], want) {
				t.Errorf("page %d %s = %v, want %v", i+1, name, m, want)
			}
		}
	}
	if !bytes.Contains(pdf, []byte("/Separation /All")) {
		t.Error("crop marks are not in registration colour")
	}
}

func formatBox(x0, y0, x1, y1 layout.Pt) string {
	return strings.Join([]string{ftoa(x0), ftoa(y0), ftoa(x1), ftoa(y1)}, " ")
}

// TestPhotos: an upright JPEG of at most 450 ppi passes byte for byte; a
// sharper one is decoded smaller (and resampled to the template's 300 ppi
// when still over 450); a missing one prints as a frame.
func TestPhotos(t *testing.T) {
	small := testimg.JPEG(1600, 1200, 3) // about 330 ppi at its printed size
	big := testimg.JPEG(4000, 3000, 4)   // about 830 ppi
	a := article.New("zh-CN")
	a.Headline = "图片测试"
	for i, data := range [][]byte{small, big} {
		as, err := article.NewAsset("p.jpg", data)
		if err != nil {
			t.Fatal(err)
		}
		a.Lead = append(a.Lead, article.Block{ID: a.NewBlockID(), Kind: article.Photo, Asset: a.AddAsset(as), File: "p" + itoa(i) + ".jpg", Caption: "图注"})
	}
	a.Lead = append(a.Lead, article.Block{ID: a.NewBlockID(), Kind: article.Photo, Missing: true, File: "gone.jpg", Caption: "缺图"})
	cache := t.TempDir()
	pdf, _ := export(t, a, "report-a4", Options{CacheDir: cache})
	pdftest.Validate(t, pdf)
	if !bytes.Contains(pdf, small) {
		t.Error("the 330 ppi JPEG was not passed through byte for byte")
	}
	if bytes.Contains(pdf, big) {
		t.Error("the 830 ppi JPEG was passed through, want downsampled")
	}
	list := pdftest.Run(t, "pdfimages", "-list", pdftest.Write(t, pdf))
	// The small one as it is; the big one decoded at ½ in the DCT domain:
	// 2000×1500, 415 ppi, between the template's 300 and the pass-through
	// 450, so embedded at that size without another resampling.
	if !strings.Contains(list, " 1600  1200 ") || !regexp.MustCompile(`\s2000\s+1500\s+rgb.*\s41[0-9]\s+41[0-9]\s`).MatchString(list) {
		t.Errorf("image sizes:\n%s", list)
	}
	ents, _ := os.ReadDir(cache)
	if len(ents) != 1 {
		t.Errorf("cache holds %d files, want the one derivative", len(ents))
	}
	// --images keep passes every JPEG through.
	kept, _ := export(t, a, "report-a4", Options{KeepImages: true})
	if !bytes.Contains(kept, big) {
		t.Error("KeepImages did not pass the big JPEG through")
	}
	text := pdftest.Text(t, pdftest.Write(t, pdf))
	if !strings.Contains(text, "gone.jpg") {
		t.Error("the missing photo's frame does not name the file")
	}
}

// TestOrientation: a JPEG whose EXIF says "rotate 90°" is turned upright.
func TestOrientation(t *testing.T) {
	data := withOrientation(testimg.JPEG(400, 300, 5), 6)
	a := article.New("zh-CN")
	a.Headline = "方向"
	as, err := article.NewAsset("r.jpg", data)
	if err != nil {
		t.Fatal(err)
	}
	a.Lead = []article.Block{{ID: "p1", Kind: article.Photo, Asset: a.AddAsset(as), File: "r.jpg", Caption: "竖图"}}
	pdf, _ := export(t, a, "report-a4", Options{})
	list := pdftest.Run(t, "pdfimages", "-list", pdftest.Write(t, pdf))
	if !regexp.MustCompile(`\s300\s+400\s`).MatchString(list) {
		t.Errorf("EXIF orientation not applied:\n%s", list)
	}
}

// withOrientation inserts an EXIF APP1 segment with the orientation tag.
func withOrientation(jpg []byte, o byte) []byte {
	tiff := []byte{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, o, 0, 0, 0, 0, 0, 0, 0, 0}
	payload := append([]byte("Exif\x00\x00"), tiff...)
	seg := append([]byte{0xFF, 0xE1, byte((len(payload) + 2) >> 8), byte(len(payload) + 2)}, payload...)
	return append(append(append([]byte{}, jpg[:2]...), seg...), jpg[2:]...)
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	err := WriteFile(path, &layout.Document{}, Options{})
	if err == nil {
		t.Fatal("empty document written")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Error("failed export changed the old file")
	}
}

// BenchmarkWriteReferenceNoPhotos: the reference article without its
// photos (the "no photos" case of scripts/bench-vs-typst.sh): fonts,
// pages and compression only.
func BenchmarkWriteReferenceNoPhotos(b *testing.B) {
	res, err := plaintext.ImportFile("../../testdata/articles/reference-zh.txt", b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	tp, _ := layout.LoadTemplate("report-a4")
	doc, _ := layout.Layout(res.Article, tp)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, doc, Options{CacheDir: "-"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteReference(b *testing.B) {
	a := referenceArticle(b, 1600, 1200)
	tp, _ := layout.LoadTemplate("report-a4")
	doc, _ := layout.Layout(a, tp)
	cache := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, doc, Options{CacheDir: cache}); err != nil {
			b.Fatal(err)
		}
	}
}
