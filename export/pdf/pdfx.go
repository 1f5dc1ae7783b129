package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	_ "image/png" // print derivatives of PNG photos
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"banmian/article"
	"banmian/layout"
	"banmian/media"
)

// PDFX is a PDF/X conformance level (ISO 15930).
type PDFX string

// The levels Banmian writes.
const (
	// PDFX4 is PDF/X-4 (ISO 15930-7, GB/T 27935.7): commercial print;
	// RGB photos stay RGB, tagged with sRGB, and the press's RIP converts.
	PDFX4 PDFX = "4"
	// PDFX1a is PDF/X-1a:2001 (ISO 15930-1): newspapers; everything in
	// CMYK (photos and colours converted through the profile), no RGB.
	PDFX1a PDFX = "1a"
)

// ParsePDFX reads "4" or "1a" (also "x-4", "PDF/X-1a").
func ParsePDFX(s string) (PDFX, error) {
	v := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "pdf/"), "x-")
	switch v {
	case "4":
		return PDFX4, nil
	case "1a":
		return PDFX1a, nil
	}
	return "", article.Errorf("PDF/X level %q is not 4 or 1a", s)
}

// Profile is a press profile: the output intent of a PDF/X file and, for
// the bundled ones (job.LoadProfile), the sRGB → CMYK table colours and
// photos are converted with.
type Profile struct {
	// Name is the profile's description ("Banmian Coated (FOGRA39)").
	Name string
	// Condition is the output condition identifier ("FOGRA39").
	Condition string
	// ICC is the profile (class prtr, CMYK).
	ICC []byte
	// Table converts sRGB to the profile's CMYK; nil for a profile of the
	// user's own (PDF/X-4 only: X-1a must convert).
	Table *media.CMYKTable
	// InkLimit is the total ink the profile allows, in % (300 coated, 240
	// newsprint).
	InkLimit float64
	// MinPPI is the effective resolution below which photos print soft
	// (300 coated, 200 newsprint).
	MinPPI float64
	// Newsprint says four-colour type under 10 pt will misregister.
	Newsprint bool
	// SRGB is the sRGB profile RGB photos and colours are tagged with in
	// PDF/X-4.
	SRGB []byte
}

// ErrProfile signals a profile Banmian cannot use.
var ErrProfile = article.NewError("press profile")

// ReadProfile reads a press profile of the user's own: an ICC file of a
// CMYK output (prtr) profile. It has no conversion table (PDF/X-4 only).
func ReadProfile(path string) (*Profile, error) {
	data, err := article.ReadFileLimited(path, 16<<20)
	if err != nil {
		return nil, article.Errorf("%w %s: %w", ErrProfile, path, err)
	}
	if len(data) < 128 || string(data[36:40]) != "acsp" {
		return nil, article.Errorf("%w %s: not an ICC profile", ErrProfile, path)
	}
	if string(data[12:16]) != "prtr" || string(data[16:20]) != "CMYK" {
		return nil, article.Errorf("%w %s: a press profile is an output (prtr) profile of CMYK, this is %q of %q", ErrProfile, path, data[12:16], data[16:20])
	}
	base := strings.TrimSuffix(path[strings.LastIndexAny(path, `/\`)+1:], ".icc")
	return &Profile{Name: base, Condition: base, ICC: data, InkLimit: 300, MinPPI: 300}, nil
}

// pdfx sets up a PDF/X file: output intent, version, identification,
// trailer ID, XMP, the overprint states.
func (pw *writer) pdfx(created time.Time) error {
	opt := pw.opt
	f := pw.f
	prof := opt.Profile
	if prof == nil {
		return article.Errorf("%w: PDF/X needs a press profile", ErrProfile)
	}
	if opt.PDFX == PDFX1a && prof.Table == nil {
		return article.Errorf("%w %s: PDF/X-1a converts colours and photos to CMYK with a bundled profile's table (coated, newsprint)", ErrProfile, prof.Name)
	}
	f.AddOutputIntent(fpdf.OutputIntentType{SubtypeIdent: fpdf.OutputIntent_GTS_PDFX, OutputConditionIdentifier: prof.Condition, Info: prof.Name, ICCProfile: prof.ICC})
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%d|%s|%s", pw.doc.Title, created.UTC().Format(time.RFC3339), len(pw.doc.Pages), opt.PDFX, prof.Name)
	for _, pg := range pw.doc.Pages { // the text too: two articles never share an ID
		for _, it := range pg.Items {
			if r, ok := it.(*layout.TextRun); ok {
				h.Write([]byte(r.Text))
			}
		}
	}
	sum := h.Sum(nil)
	id := strings.ToUpper(hex.EncodeToString(sum[:16]))
	switch opt.PDFX {
	case PDFX1a:
		f.SetPDFX(1, 3, []string{"/GTS_PDFXVersion (PDF/X-1:2001)", "/GTS_PDFXConformance (PDF/X-1a:2001)", "/Trapped /False"}, id)
	case PDFX4:
		f.SetPDFX(1, 6, []string{"/GTS_PDFXVersion (PDF/X-4)", "/Trapped /False"}, id)
		if len(prof.SRGB) == 0 {
			return article.Errorf("%w %s: PDF/X-4 needs the sRGB profile RGB photos are tagged with", ErrProfile, prof.Name)
		}
		pw.srgb = f.AddICCProfile(prof.SRGB)
		f.SetDefaultRGB(pw.srgb) // an RGB colour left (a profile of the user's own) means sRGB
	}
	f.SetXmpMetadata(xmp(pw.doc, created, opt.PDFX, id))
	pw.overprintOn = f.AddExtGState("/OP true /op true /OPM 1")
	pw.overprintOff = f.AddExtGState("/OP false /op false /OPM 0")
	return nil
}

// xmp is the XMP packet of a PDF/X file (consistent with its Info).
func xmp(doc *layout.Document, created time.Time, level PDFX, id string) []byte {
	date := created.UTC().Format("2006-01-02T15:04:05Z")
	esc := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch r {
			case '<':
				b.WriteString("&lt;")
			case '>':
				b.WriteString("&gt;")
			case '&':
				b.WriteString("&amp;")
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	version := "PDF/X-4"
	extra := ""
	if level == PDFX1a {
		version = "PDF/X-1:2001"
		extra = "<pdfxid:GTS_PDFXConformance>PDF/X-1a:2001</pdfxid:GTS_PDFXConformance>"
	}
	uuid := strings.ToLower(id[:8] + "-" + id[8:12] + "-" + id[12:16] + "-" + id[16:20] + "-" + id[20:32])
	return fmt.Appendf(nil, `<?xpacket begin="%s" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/" xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
<xmp:CreateDate>%s</xmp:CreateDate>
<xmp:ModifyDate>%s</xmp:ModifyDate>
<xmp:MetadataDate>%s</xmp:MetadataDate>
<xmp:CreatorTool>Banmian 版面</xmp:CreatorTool>
<pdf:Producer>Banmian (go-pdf/fpdf)</pdf:Producer>
<pdf:Trapped>False</pdf:Trapped>
<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID>
<xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID>
<xmpMM:RenditionClass>default</xmpMM:RenditionClass>
<xmpMM:VersionID>1</xmpMM:VersionID>
<pdfxid:GTS_PDFXVersion>%s</pdfxid:GTS_PDFXVersion>%s
<pdfx:GTS_PDFXVersion>%s</pdfx:GTS_PDFXVersion>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`, "\ufeff", esc(doc.Title), date, date, date, uuid, uuid, version, extra, version)
}

// CMYK is a colour as the press prints it with this profile (components
// 0–1): greys on the Black plate only (DeviceGray would knock out the
// other plates where it overprints), a colour the template states as
// cmyk(…) as stated, others through the profile's table; ok is false for
// an RGB colour with a profile of the user's own (no table: it stays RGB
// meaning sRGB, DefaultRGB).
func (p *Profile) CMYK(t *layout.Template, c layout.Color) (cmyk [4]float64, ok bool) {
	if c.R == c.G && c.G == c.B {
		return [4]float64{0, 0, 0, 1 - float64(c.R)/255}, true
	}
	if t != nil {
		if v, ok := t.ProcessColor(c); ok {
			return v, true
		}
	}
	if p.Table == nil {
		return cmyk, false
	}
	cc, m, y, k := p.Table.Convert(c.R, c.G, c.B)
	return [4]float64{float64(cc) / 255, float64(m) / 255, float64(y) / 255, float64(k) / 255}, true
}

// setFill, setDraw and setText set a colour: RGB as the template says in
// plain export, CMYK (grey as K) in PDF/X.
func (pw *writer) setFill(c layout.Color) { pw.setColor(c, pw.f.SetFillColor, pw.f.SetFillColorCMYK) }

func (pw *writer) setDraw(c layout.Color) { pw.setColor(c, pw.f.SetDrawColor, pw.f.SetDrawColorCMYK) }

func (pw *writer) setColor(c layout.Color, rgb func(r, g, b int), cmyk func(c, m, y, k float64)) {
	if v, ok := pw.pdfxCMYK(c); ok {
		cmyk(v[0], v[1], v[2], v[3])
		return
	}
	rgb(int(c.R), int(c.G), int(c.B))
}

// pdfxCMYK is a colour in DeviceCMYK in PDF/X (Profile.CMYK); ok is
// false in a plain PDF.
func (pw *writer) pdfxCMYK(c layout.Color) ([4]float64, bool) {
	if pw.opt.PDFX == "" {
		return [4]float64{}, false
	}
	return pw.opt.Profile.CMYK(pw.doc.Template, c)
}

// setText sets the text colour; in PDF/X, black text overprints (as
// InDesign's [Black]): the call says whether it does.
func (pw *writer) setText(c layout.Color) (overprint bool) {
	if v, ok := pw.pdfxCMYK(c); ok {
		pw.f.SetTextColorCMYK(v[0], v[1], v[2], v[3])
		return c.R == c.G && c.G == c.B && v[3] >= 0.5
	}
	pw.f.SetTextColor(int(c.R), int(c.G), int(c.B))
	return false
}

// registerCMYK registers a photo's derivative as CMYK samples converted
// through the profile (PDF/X-1a).
func (s *imageSet) registerCMYK(name string, data []byte) error {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if g, ok := img.(*image.Gray); ok {
		s.f.RegisterImageRaw(name, g.Bounds().Dx(), g.Bounds().Dy(), "DeviceGray", g.Pix)
		return nil
	}
	c := s.opt.Profile.Table.ToCMYK(img)
	s.f.RegisterImageRaw(name, c.Bounds().Dx(), c.Bounds().Dy(), "DeviceCMYK", c.Pix)
	return nil
}
