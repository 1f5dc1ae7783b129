package pdf

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/tiff"

	"banmian/internal/pdftest"
	"banmian/layout"
)

// plate reads one of Ghostscript's tiffsep separations: ink 0–1 a pixel.
func plate(t *testing.T, path string) (image.Rectangle, func(x, y int) float64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := tiff.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	g, ok := img.(*image.Gray)
	if !ok {
		t.Fatalf("%s: not a grey plate (%T)", path, img)
	}
	return g.Bounds(), func(x, y int) float64 { return 1 - float64(g.GrayAt(x, y).Y)/255 }
}

// TestSeparations renders the PDF/X-1a A3 page into its CMYK plates with
// Ghostscript (tiffsep): the body text is on the Black plate only, and no
// pixel carries more ink than the newsprint profile allows (240 %).
func TestSeparations(t *testing.T) {
	pdftest.Need(t, "gs")
	path, _ := exportPDFX(t, "newspaper-a3", PDFX1a, "newsprint")
	dir := t.TempDir()
	const dpi = 40
	pdftest.Run(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffsep", fmt.Sprintf("-r%d", dpi), "-sOutputFile="+filepath.Join(dir, "p%d.tif"), path)
	var plates [4]func(x, y int) float64
	var bounds image.Rectangle
	for i, name := range []string{"Cyan", "Magenta", "Yellow", "Black"} {
		bounds, plates[i] = plate(t, filepath.Join(dir, "p1("+name+").tif"))
	}
	// Ink per plate and the most on any pixel.
	var sum [4]float64
	most := 0.0
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			total := 0.0
			for i, p := range plates {
				v := p(x, y)
				sum[i] += v
				total += v
			}
			most = max(most, total)
		}
	}
	n := float64(bounds.Dx() * bounds.Dy())
	t.Logf("plates (mean ink): C %.1f %%, M %.1f %%, Y %.1f %%, K %.1f %%; most ink on a pixel %.0f %%", 100*sum[0]/n, 100*sum[1]/n, 100*sum[2]/n, 100*sum[3]/n, 100*most)
	if most > 2.40+0.03 {
		t.Errorf("a pixel carries %.0f %% ink (the newsprint limit is 240 %%)", 100*most)
	}
	if sum[3] == 0 || sum[0] == 0 {
		t.Error("a plate is empty: the page has no text or no photo?")
	}
	// Body text: the region of the reference's first body paragraph holds
	// ink on the Black plate and none on the others.
	tp, _ := layout.LoadTemplate("newspaper-a3")
	doc, err := layout.Layout(referenceArticle(t, 600, 400), tp)
	if err != nil {
		t.Fatal(err)
	}
	bleed := doc.Pages[0].Bleed
	var r *layout.Rect
	for _, it := range doc.Pages[0].Items {
		if tr, ok := it.(*layout.TextRun); ok && tr.Size < 11 && tr.Color.R == tr.Color.G && tr.Color.G == tr.Color.B && tr.Color.R < 0x40 {
			rr := layout.Rect{X: tr.X, Y: tr.Y - tr.Size, W: tr.Width(), H: tr.Size * 1.2}
			r = &rr
			break
		}
	}
	if r == nil {
		t.Fatal("no body text line on the page")
	}
	px := func(v layout.Pt) int { return int(float64(v+bleed) * dpi / 72) }
	var ink [4]float64
	for y := px(r.Y); y <= px(r.Y+r.H); y++ {
		for x := px(r.X); x <= px(r.X+r.W); x++ {
			for i, p := range plates {
				ink[i] += p(x, y)
			}
		}
	}
	if ink[3] == 0 || ink[0]+ink[1]+ink[2] > 0 {
		t.Errorf("body text line: ink C %.1f M %.1f Y %.1f K %.1f (want K only)", ink[0], ink[1], ink[2], ink[3])
	}
}
