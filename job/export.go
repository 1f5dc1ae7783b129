package job

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/export/html"
	"banmian/export/pdf"
	"banmian/export/raster"
	"banmian/layout"
)

// MaxBleedMM is the largest bleed an export accepts, in mm (the template's
// own range, docs/templates.md).
const MaxBleedMM = 20

// ErrBleed signals a bleed outside 0 to MaxBleedMM.
var ErrBleed = article.NewError("bleed must be a number of millimetres from 0 to 20")

// Template is the template the article is laid out with: override (a
// name or file given on the command line or chosen in a dialog), else the
// article's own with its page setup, else the default; dir is the
// article's folder.
func Template(a *article.Article, dir, override string) (*layout.Template, error) {
	return layout.TemplateFor(a, dir, override)
}

// Layout lays the article out with the template.
func Layout(a *article.Article, t *layout.Template) (*layout.Document, error) {
	return layout.Layout(a, t)
}

// PDFOptions are the choices of a PDF export.
type PDFOptions struct {
	// BleedMM overrides the template's bleed when not negative.
	BleedMM float64
	// Marks draws crop marks; KeepImages passes every JPEG through.
	Marks, KeepImages bool
	// CacheDir keeps resampled photos between exports (see pdf.Options).
	CacheDir string
	// PDFX is "" (a plain PDF), "4", "1a", or "auto" (the template's print
	// default, else 4); Profile is "coated", "newsprint", an ICC file, or
	// "" for the template's default (else coated).
	PDFX, Profile string
}

// PrintSettings resolves a PDF/X request against the template's print
// defaults: the level ("" for a plain PDF) and the press profile.
func PrintSettings(t *layout.Template, level, profile string) (pdf.PDFX, *pdf.Profile, error) {
	if level == "" {
		return "", nil, nil
	}
	if level == "auto" {
		level = "4"
		if t != nil && t.Print.PDFX != "" {
			level = t.Print.PDFX
		}
	}
	x, err := pdf.ParsePDFX(level)
	if err != nil {
		return "", nil, err
	}
	if profile == "" {
		profile = "coated"
		if t != nil && t.Print.Profile != "" {
			profile = t.Print.Profile
		}
	}
	p, err := LoadProfile(profile)
	return x, p, err
}

// ExportPDF writes the laid-out document to path (atomically).
func ExportPDF(path string, doc *layout.Document, o PDFOptions) error {
	opt := pdf.Options{Marks: o.Marks, KeepImages: o.KeepImages, CacheDir: o.CacheDir}
	if o.BleedMM >= 0 {
		if o.BleedMM > MaxBleedMM {
			return ErrBleed
		}
		b := layout.MM(o.BleedMM)
		opt.Bleed = &b
	}
	var err error
	if opt.PDFX, opt.Profile, err = PrintSettings(doc.Template, o.PDFX, o.Profile); err != nil {
		return err
	}
	return pdf.WriteFile(path, doc, opt)
}

// ExportPNG writes each page as DIR/page-N.png at dpi.
func ExportPNG(dir string, doc *layout.Document, dpi float64, bleed bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	r := raster.New()
	for i := range doc.Pages {
		img, err := r.Page(doc, i, raster.Options{DPI: dpi, Bleed: bleed})
		if err != nil {
			return err
		}
		name := filepath.Join(dir, fmt.Sprintf("page-%d.png", i+1))
		f, err := os.Create(name)
		if err != nil {
			return err
		}
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ExportHTML writes the web page: one self-contained file, or, when folder
// is set, DIR/index.html, style.css and images/. The print template gives
// the page its colours and sizes; missing receives photos left out.
func ExportHTML(out string, folder bool, a *article.Article, t *layout.Template, missing func(file string)) error {
	opt := html.Options{Theme: Theme(t), Missing: missing}
	if folder {
		return html.WriteDir(out, a, opt)
	}
	return html.WriteFile(out, a, opt)
}

// Theme carries a print template's colours, sizes and page into the web
// edition's CSS.
func Theme(t *layout.Template) html.Theme {
	body := t.Styles[layout.StyleBody]
	head := t.Styles[layout.StyleHeadline]
	m := t.Page.Margins
	return html.Theme{
		Text: t.Color("text").Hex(), Accent: t.Color("accent").Hex(), Muted: t.Color("muted").Hex(),
		Rule: t.Color("rule").Hex(), BannerText: t.Color("banner_text").Hex(),
		BodySize: body.Size, Leading: body.Leading / body.Size, HeadlineScale: min(2.2, head.Size/body.Size),
		PageSize: t.Page.Size, MarginTop: m.Top, MarginRight: m.Right, MarginBottom: m.Bottom, MarginLeft: m.Left,
	}
}

// Preflight counts a layout's findings by severity.
func Preflight(doc *layout.Document) (errs, warnings int) {
	for _, w := range doc.Warnings {
		if w.Severity == layout.SevError {
			errs++
		} else {
			warnings++
		}
	}
	return errs, warnings
}

// Meter is the copyfit meter (InCopy's): how the story fits its fixed page
// count. Kind is "fits" (green), "underset" (blue: part of the last page
// empty) or "overset" (red: lines to cut); "" when the page count is free.
func Meter(doc *layout.Document) (kind, text string) {
	f := doc.Fit
	switch {
	case f == nil:
		return "", ""
	case !f.Fits:
		return "overset", article.Sprintf("overset: %d lines past %d pages (cut them)", f.OversetLines, f.Pages)
	case f.Filled < 0.9:
		return "underset", article.Sprintf("underset: the last page is %.0f%% filled", f.Filled*100)
	}
	text = article.Sprintf("fits %d pages (photos %.0f%%, spacing %.0f%%, leading %.0f%%)", f.Pages, f.PhotoScale*100, f.SpaceScale*100, f.LeadingScale*100)
	if f.Tracking != 0 {
		text += article.Sprintf(", tracking %+.2f em", f.Tracking)
	}
	return "fits", text
}

// Preload starts parsing the bundled fonts and compiling the importer's
// common line patterns in the background, so that a command that will
// import and lay out finds them ready: they run on the other cores while
// the article is read or imported.
func Preload() {
	go layout.EmbeddedFonts()
	go plaintext.Warm()
}
