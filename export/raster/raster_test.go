package raster

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/export/pdf"
	"banmian/internal/pdftest"
	"banmian/internal/testimg"
	"banmian/layout"
)

func referenceDoc(t testing.TB, tmpl string) *layout.Document {
	t.Helper()
	dir := t.TempDir()
	if err := testimg.WriteReferencePhotos(dir, 800, 600); err != nil {
		t.Fatal(err)
	}
	res, err := plaintext.ImportFile("../../testdata/articles/reference-zh.txt", dir)
	if err != nil {
		t.Fatal(err)
	}
	tp, err := layout.LoadTemplate(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	// Free page count: the comparison needs a second page as its control.
	res.Article.Layout = &article.Layout{Pages: -1}
	doc, err := layout.Layout(res.Article, tp)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// grey returns the image's grey levels (0..1) after a 3×3 box blur, which
// forgives the two rasterisers' different anti-aliasing of glyph edges.
func grey(img image.Image, w, h int) []float64 {
	g := make([]float64, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, gg, b, _ := img.At(img.Bounds().Min.X+x, img.Bounds().Min.Y+y).RGBA()
			g[y*w+x] = (0.299*float64(r) + 0.587*float64(gg) + 0.114*float64(b)) / 65535
		}
	}
	out := make([]float64, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			s, n := 0.0, 0.0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < w && yy < h {
						s += g[yy*w+xx]
						n++
					}
				}
			}
			out[y*w+x] = s / n
		}
	}
	return out
}

func rmse(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		d := a[i] - b[i]
		s += d * d
	}
	return math.Sqrt(s / float64(len(a)))
}

// TestPreviewMatchesPDF renders pages with this renderer and with pdftoppm
// from the exported PDF, at 72 dpi, and compares them: the root mean square
// difference of grey levels after a 3×3 blur must stay under 0.05 (a
// different page scores about ten times that).
func TestPreviewMatchesPDF(t *testing.T) {
	pdftest.Need(t, "pdftoppm")
	for _, tmpl := range []string{"report-a4", "newspaper-a3"} {
		doc := referenceDoc(t, tmpl)
		var buf bytes.Buffer
		if err := pdf.Write(&buf, doc, pdf.Options{CacheDir: t.TempDir()}); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		pdfPath := filepath.Join(dir, "a.pdf")
		os.WriteFile(pdfPath, buf.Bytes(), 0o644)
		pdftest.Run(t, "pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", pdfPath, filepath.Join(dir, "p"))
		r := New()
		var ours, theirs [1][]float64
		for i := 0; i < 1; i++ {
			img, err := r.Page(doc, i, Options{DPI: 72, Bleed: true})
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(filepath.Join(dir, "p-"+string(rune('1'+i))+".png"))
			if err != nil {
				t.Fatal(err)
			}
			ref, err := png.Decode(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			w := min(img.Bounds().Dx(), ref.Bounds().Dx())
			h := min(img.Bounds().Dy(), ref.Bounds().Dy())
			ours[i], theirs[i] = grey(img, w, h), grey(ref, w, h)
		}
		d := rmse(ours[0], theirs[0])
		// The control: the PDF's page turned upside down, which no
		// preview should match.
		turned := slices.Clone(theirs[0])
		slices.Reverse(turned)
		control := rmse(ours[0], turned)
		t.Logf("%s: RMSE page 1 %.4f; against the page turned (control) %.4f", tmpl, d, control)
		if d > 0.05 || control < 4*d {
			t.Errorf("%s: preview and PDF differ: RMSE %.4f (control %.4f)", tmpl, d, control)
		}
	}
}

func BenchmarkPage100DPI(b *testing.B) {
	doc := referenceDoc(b, "report-a4")
	r := New()
	r.Page(doc, 0, Options{DPI: 100})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Page(doc, 0, Options{DPI: 100}); err != nil {
			b.Fatal(err)
		}
	}
}
