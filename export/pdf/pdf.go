package pdf

import (
	"banmian/internal/stagetime"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"sync"
	"time"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"

	"banmian/article"
	"banmian/internal/atomicfile"
	"banmian/layout"
	"banmian/layout/text"
)

// Options control the PDF.
type Options struct {
	// Bleed overrides the template's bleed when not nil.
	Bleed *layout.Pt
	// Marks draws crop marks outside the bleed, in registration colour.
	Marks bool
	// KeepImages passes every JPEG through unchanged (no downsampling).
	KeepImages bool
	// CacheDir holds downsampled photos between exports; empty uses the
	// user's cache folder, "-" disables the cache.
	CacheDir string
	// Created is the document date; zero uses SOURCE_DATE_EPOCH, then the
	// article's date, then a fixed date, so output is reproducible.
	Created time.Time
	// PDFX makes a print-ready PDF/X file of that level ("" for a plain
	// PDF, as before); Profile is its press profile (pdfx.go).
	PDFX    PDFX
	Profile *Profile
}

// markLength is the length of a crop mark, markGap its distance from the bleed.
const (
	markLength = layout.Pt(18)
	markGap    = layout.Pt(6)
)

// ErrPDF signals a failure of the PDF writer.
var ErrPDF = article.NewError("pdf")

// WriteFile writes the PDF to path atomically (temporary file, then rename):
// on failure an existing file is left as it was.
func WriteFile(path string, doc *layout.Document, opt Options) error {
	return atomicfile.Write(path, func(w io.Writer) error { return Write(w, doc, opt) })
}

// writer carries the state of one export.
type writer struct {
	f      *fpdf.Fpdf
	doc    *layout.Document
	opt    Options
	bleed  layout.Pt
	slug   layout.Pt // bleed plus room for marks
	fonts  map[*text.Face]string
	images *imageSet
	// PDF/X: the sRGB profile's handle, the overprint states.
	srgb                      int
	overprintOn, overprintOff string
}

// Write writes the document as PDF to w.
func Write(w io.Writer, doc *layout.Document, opt Options) error {
	if len(doc.Pages) == 0 {
		return article.Errorf("%w: the document has no pages", ErrPDF)
	}
	pw := &writer{doc: doc, opt: opt, fonts: map[*text.Face]string{}}
	pw.bleed = doc.Pages[0].Bleed
	if opt.Bleed != nil {
		pw.bleed = *opt.Bleed
	}
	pw.slug = pw.bleed
	if opt.Marks {
		pw.slug += markGap + markLength
	}
	first := doc.Pages[0]
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: float64(first.Width + 2*pw.slug), Ht: float64(first.Height + 2*pw.slug)}})
	pw.f = f
	pw.images = newImageSet(f, doc, opt)
	f.SetCompression(true)
	f.SetFontsSubset(true) // subsetFonts hands fpdf the subsets to embed
	f.SetCatalogSort(true)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	created := creationDate(opt.Created, doc.Created)
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetTitle(doc.Title, true)
	f.SetAuthor(doc.Author, true)
	f.SetSubject(doc.Subject, true)
	f.SetKeywords(doc.Keywords, true)
	f.SetCreator("Banmian 版面", true)
	f.SetProducer("Banmian (go-pdf/fpdf)", true)
	if doc.Lang != "" {
		f.SetLang(doc.Lang)
	}
	if opt.Marks {
		f.AddSpotColor("All", 100, 100, 100, 100)
	}
	if opt.PDFX != "" {
		if err := pw.pdfx(created); err != nil {
			return err
		}
		pw.images.srgb = pw.srgb
	}
	stagetime.Mark("pdf setup")
	if err := pw.images.prepare(); err != nil {
		return err
	}
	stagetime.Mark("images")
	if err := pw.subsetFonts(); err != nil {
		return err
	}
	stagetime.Mark("fonts")
	for i := range doc.Pages {
		pw.page(i)
		if f.Err() {
			return article.Errorf("%w: page %d: %v", ErrPDF, i+1, f.Error())
		}
	}
	stagetime.Mark("pages")
	if err := f.Output(w); err != nil {
		return article.Errorf("%w: %w", ErrPDF, err)
	}
	stagetime.Mark("output")
	return nil
}

func creationDate(opt, article time.Time) time.Time {
	if !opt.IsZero() {
		return opt
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	if !article.IsZero() {
		return article
	}
	return time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
}

func (pw *writer) page(i int) {
	pg := pw.doc.Pages[i]
	f := pw.f
	s := pw.slug
	f.AddPageFormat("P", fpdf.SizeType{Wd: float64(pg.Width + 2*s), Ht: float64(pg.Height + 2*s)})
	// Page boxes in PDF coordinates (origin bottom-left); fpdf writes them as given.
	f.SetPageBox("TrimBox", float64(s), float64(s), float64(pg.Width), float64(pg.Height))
	if pw.bleed > 0 || pw.opt.Marks {
		b := s - pw.bleed
		f.SetPageBox("BleedBox", float64(b), float64(b), float64(pg.Width+2*pw.bleed), float64(pg.Height+2*pw.bleed))
	}
	for _, bm := range pw.doc.Bookmarks {
		if bm.Page == i {
			f.Bookmark(bm.Title, bm.Level, float64(bm.Y+s))
		}
	}
	for _, it := range pg.Items {
		switch v := it.(type) {
		case *layout.Box:
			r := pw.toBleed(v.Rect, pg)
			pw.setFill(v.Color)
			f.Rect(float64(r.X+s), float64(r.Y+s), float64(r.W), float64(r.H), "F")
		case *layout.Rule:
			pw.setDraw(v.Color)
			f.SetLineWidth(float64(v.Width))
			over := pw.opt.PDFX != "" && v.Color.R == v.Color.G && v.Color.G == v.Color.B && v.Color.R <= 0x80 // (set as K by setDraw)
			if over {                                                                                          // a black rule overprints, as black text does
				f.UseExtGState(pw.overprintOn)
			}
			f.Line(float64(v.X1+s), float64(v.Y1+s), float64(v.X2+s), float64(v.Y2+s))
			if over {
				f.UseExtGState(pw.overprintOff)
			}
		case *layout.Image:
			pw.images.place(v, v.Rect, s)
		case *layout.TextRun:
			pw.text(v)
		case *layout.Link:
			if !article.SafeLink(v.URL) || pw.opt.PDFX != "" {
				continue // never a javascript:, file: or launch action; in PDF/X the link stays text
			}
			f.LinkString(float64(v.Rect.X+s), float64(v.Rect.Y+s), float64(v.Rect.W), float64(v.Rect.H), v.URL)
		}
	}
	if pw.opt.Marks {
		pw.cropMarks(pg)
	}
}

// toBleed extends a rectangle that touches the trim edge into the bleed.
func (pw *writer) toBleed(r layout.Rect, pg layout.Page) layout.Rect {
	const touch = 0.5
	b := pw.bleed
	if r.X <= touch {
		r.W += r.X + b
		r.X = -b
	}
	if r.Y <= touch {
		r.H += r.Y + b
		r.Y = -b
	}
	if r.X+r.W >= pg.Width-touch {
		r.W = pg.Width + b - r.X
	}
	if r.Y+r.H >= pg.Height-touch {
		r.H = pg.Height + b - r.Y
	}
	return r
}

func (pw *writer) cropMarks(pg layout.Page) {
	f := pw.f
	s := pw.slug
	f.SetDrawSpotColor("All", 100)
	f.SetLineWidth(0.25)
	x0, y0, x1, y1 := s, s, s+pg.Width, s+pg.Height
	o := pw.bleed + markGap
	for _, x := range []layout.Pt{x0, x1} {
		f.Line(float64(x), float64(y0-o-markLength), float64(x), float64(y0-o))
		f.Line(float64(x), float64(y1+o), float64(x), float64(y1+o+markLength))
	}
	for _, y := range []layout.Pt{y0, y1} {
		f.Line(float64(x0-o-markLength), float64(y), float64(x0-o), float64(y))
		f.Line(float64(x1+o), float64(y), float64(x1+o+markLength), float64(y))
	}
}

// text draws a run as segments of glyphs that each follow the font's own
// advances plus one character spacing (Tc): a justified Chinese line is one
// or a few segments. The run is wrapped in a marked-content span whose
// ActualText is the line's text, so extraction gives it back exactly.
func (pw *writer) text(r *layout.TextRun) {
	f := pw.f
	family := pw.font(r.Face)
	f.SetFont(family, "", float64(r.Size))
	overprint := pw.setText(r.Color)
	if overprint {
		f.UseExtGState(pw.overprintOn)
		defer f.UseExtGState(pw.overprintOff)
	}
	f.RawWriteStr("/Span <</ActualText " + utf16Hex(r.Text) + ">> BDC\n")
	s := pw.slug
	segs := segments(r)
	for _, sg := range segs {
		if sg.tc != 0 {
			f.RawWriteStr(fmt.Sprintf("%.4f Tc\n", sg.tc))
		}
		if sg.scale != 0 {
			f.RawWriteStr(fmt.Sprintf("%.3f Tz\n", sg.scale*100))
		}
		f.Text(float64(r.X+sg.x+s), float64(r.Y+s), sg.text)
		if sg.scale != 0 {
			f.RawWriteStr("100 Tz\n")
		}
		if sg.tc != 0 {
			f.RawWriteStr("0 Tc\n")
		}
	}
	f.RawWriteStr("EMC\n")
}

type segment struct {
	x     layout.Pt
	tc    float64
	scale float64 // horizontal scaling of its one glyph (0: none)
	text  string
}

// segments splits a run where glyph positions leave the font's advances
// plus a constant spacing; a stretched glyph (a dash of a ——) is a
// segment of its own, drawn with horizontal scaling.
func segments(r *layout.TextRun) []segment {
	var out []segment
	var cur *segment
	var sum layout.Pt // start of the segment plus the advances so far
	n := 0            // glyphs in the current segment
	for _, g := range r.Glyphs {
		if g.ScaleX != 0 && g.ScaleX != 1 {
			out = append(out, segment{x: g.X, scale: g.ScaleX, text: g.Text})
			cur = nil
			continue
		}
		if cur != nil {
			d := float64(g.X - sum)
			switch {
			case n == 1 && math.Abs(d) < float64(r.Size)*0.6:
				cur.tc = d
			case n > 1 && math.Abs(d-cur.tc*float64(n)) < 0.02:
			default:
				cur = nil
			}
		}
		if cur == nil {
			out = append(out, segment{x: g.X})
			cur = &out[len(out)-1]
			sum, n = g.X, 0
		}
		cur.text += g.Text
		sum += layout.Pt(r.Face.Advance(g.GID)) * r.Size
		n++
	}
	return out
}

// subsetFonts registers each face the document uses with fpdf, as a subset
// holding only the characters it sets (see subsetFont).
func (pw *writer) subsetFonts() error {
	used := map[*text.Face]map[rune]bool{}
	var faces []*text.Face
	for _, pg := range pw.doc.Pages {
		for _, it := range pg.Items {
			r, ok := it.(*layout.TextRun)
			if !ok {
				continue
			}
			set := used[r.Face]
			if set == nil {
				set = map[rune]bool{}
				used[r.Face] = set
				faces = append(faces, r.Face)
			}
			for _, g := range r.Glyphs {
				for _, c := range g.Text {
					set[c] = true
				}
			}
		}
	}
	// The faces are cut in parallel, then handed to fpdf in order.
	subsets := make([][]byte, len(faces))
	errs := make([]error, len(faces))
	var wg sync.WaitGroup
	for i, face := range faces {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil { // a malformed font (a template's font_file): an error
					errs[i] = article.Errorf("subset: %v", r)
				}
			}()
			runes := make([]rune, 0, len(used[face]))
			for c := range used[face] {
				runes = append(runes, c)
			}
			subsets[i], errs[i] = subsetFont(face.Data, runes, face.Glyph)
		})
	}
	wg.Wait()
	for i, face := range faces {
		if errs[i] != nil {
			return article.Errorf("%w: font %s: %w", ErrPDF, face.Name, errs[i])
		}
		pw.f.AddUTF8FontFromBytes(face.Name, "", subsets[i])
		if pw.f.Err() {
			return article.Errorf("%w: font %s: %v", ErrPDF, face.Name, pw.f.Error())
		}
		pw.fonts[face] = face.Name
	}
	return nil
}

func (pw *writer) font(face *text.Face) string { return pw.fonts[face] }

func utf16Hex(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}
