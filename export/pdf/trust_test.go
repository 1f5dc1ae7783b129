package pdf

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
	"banmian/internal/disksnap"
	"banmian/internal/testimg"
	"banmian/layout"
)

// TestOnlyHTTPLinks: a link area whose URL is not http(s) (a model that
// skipped validation, a future importer) never becomes a PDF action.
func TestOnlyHTTPLinks(t *testing.T) {
	a := englishArticle(t)
	tp, _ := layout.LoadTemplate("report-a4")
	doc, err := layout.Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	pg := &doc.Pages[0]
	for _, u := range []string{"javascript:app.alert(1)", "file:///etc/passwd", "https://example.com/ok"} {
		pg.Items = append(pg.Items, &layout.Link{Rect: layout.Rect{X: 10, Y: 10, W: 50, H: 10}, URL: u})
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc, Options{CacheDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"javascript", "file:///"} {
		if strings.Contains(out, bad) {
			t.Errorf("the PDF holds a %s link", bad)
		}
	}
	if !strings.Contains(out, "https://example.com/ok") {
		t.Error("the http(s) link is missing")
	}
}

// TestDamagedPhotoRefused: a photo whose file is cut short (its header
// still reads) is refused by the export with the photo named, and no file
// is written.
func TestDamagedPhotoRefused(t *testing.T) {
	a := englishArticle(t)
	jpg := testimg.JPEG(400, 300, 5)
	as, err := article.NewAsset("cut.jpg", jpg[:len(jpg)*2/3])
	if err != nil {
		t.Fatal(err)
	}
	a.Lead = append([]article.Block{{ID: "px", Kind: article.Photo, Asset: a.AddAsset(as), File: "cut.jpg", Caption: "Cut short"}}, a.Lead...)
	tp, _ := layout.LoadTemplate("report-a4")
	doc, err := layout.Layout(a, tp)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || w.Severity == layout.SevError && w.ID == "px" && strings.Contains(w.Message, "damaged")
	}
	if !found {
		t.Errorf("preflight does not name the damaged photo: %v", doc.Warnings)
	}
	dir := t.TempDir()
	before := disksnap.Take(t, dir)
	err = WriteFile(filepath.Join(dir, "out.pdf"), doc, Options{CacheDir: "-"})
	if !errors.Is(err, ErrPDF) || !strings.Contains(err.Error(), `photo "cut.jpg"`) || !strings.Contains(err.Error(), "cut short") {
		t.Errorf("err = %v", err)
	}
	disksnap.Same(t, dir, before, nil)
}
