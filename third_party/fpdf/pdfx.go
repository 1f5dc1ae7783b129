package fpdf

// BANMIAN PATCH 8: what PDF/X output needs of fpdf (see BANMIAN.md): a
// forced file version and no page transparency group, extra Info entries
// (GTS_PDFXVersion, Trapped …), a trailer /ID, ExtGState dictionaries
// (overprint), ICC profiles for ICCBased image colour spaces, raw image
// samples (CMYK photos: Go writes no CMYK JPEG), CMYK vector colours, and
// an output intent stream whose /N follows its profile.

import (
	"bytes"
	"fmt"
)

type pdfxState struct {
	version pdfVersion // forced file version; 0 keeps fpdf's
	info    []string   // extra Info entries, written as given
	fileID  string     // the trailer /ID's parts, hex
	noGroup bool       // no page transparency group
	extG    []string   // ExtGState dictionaries, named /BMX1 …
	extGObj []int
	icc     [][]byte // ICC profiles of ICCBased image colour spaces
	iccObj  []int
	nInfo   int // the Info dictionary's object number
	// defaultRGB is the AddICCProfile handle of the profile DeviceRGB
	// stands for (the resources' /DefaultRGB), 0 for none.
	defaultRGB int
}

// SetDefaultRGB makes a profile added with AddICCProfile what DeviceRGB
// colours of the pages mean (PDF/X-4 allows DeviceRGB so defined).
func (f *Fpdf) SetDefaultRGB(icc int) { f.pdfx.defaultRGB = icc }

// SetPDFX forces the file version (major.minor), adds Info entries (each
// "/Key value", written as given) and the trailer's /ID (hex), and drops
// the page transparency group fpdf adds from PDF 1.4 on.
func (f *Fpdf) SetPDFX(major, minor uint, info []string, fileID string) {
	f.pdfx.version = pdfVersionFrom(major, minor)
	f.pdfx.info = info
	f.pdfx.fileID = fileID
	f.pdfx.noGroup = true
}

// AddExtGState adds a graphics state dictionary (its entries, e.g. "/OP
// true /op true /OPM 1") and returns its resource name.
func (f *Fpdf) AddExtGState(entries string) string {
	f.pdfx.extG = append(f.pdfx.extG, entries)
	return fmt.Sprintf("BMX%d", len(f.pdfx.extG))
}

// UseExtGState sets a graphics state added with AddExtGState.
func (f *Fpdf) UseExtGState(name string) {
	f.outf("/%s gs", name)
}

// AddICCProfile adds an ICC profile for images' colour spaces and returns
// its handle for SetImageICC.
func (f *Fpdf) AddICCProfile(data []byte) int {
	f.pdfx.icc = append(f.pdfx.icc, data)
	return len(f.pdfx.icc)
}

// SetImageICC gives a registered image the ICCBased colour space of a
// profile added with AddICCProfile.
func (f *Fpdf) SetImageICC(imgName string, icc int) {
	if info, ok := f.images[imgName]; ok && icc > 0 && icc <= len(f.pdfx.icc) {
		info.icc = icc
	}
}

// RegisterImageRaw registers an image from its samples (w × h, 8 bits per
// component, cs "DeviceCMYK", "DeviceRGB" or "DeviceGray"), compressed
// here; CMYK samples are plain (0 is no ink), not Adobe-inverted.
func (f *Fpdf) RegisterImageRaw(imgName string, w, h int, cs string, samples []byte) {
	if _, ok := f.images[imgName]; ok {
		return
	}
	mem := xmem.compress(samples)
	data := bytes.Clone(mem.bytes())
	mem.release()
	info := &ImageInfoType{data: data, w: float64(w), h: float64(h), cs: cs, bpc: 8, f: "FlateDecode", scale: f.k, raw: true}
	info.i = fmt.Sprintf("raw-%s", imgName)
	f.images[imgName] = info
}

// cmykColor is a colour's operator string in DeviceCMYK (components 0–1).
func cmykColor(c, m, y, k float64, op string) colorType {
	return colorType{str: sprintf("%.3f %.3f %.3f %.3f %s", c, m, y, k, op), ir: -1, ig: -1, ib: -1}
}

// SetFillColorCMYK sets the fill colour in DeviceCMYK (0–1 each).
func (f *Fpdf) SetFillColorCMYK(c, m, y, k float64) {
	f.color.fill = cmykColor(c, m, y, k, "k")
	f.colorFlag = f.color.fill.str != f.color.text.str
	if f.page > 0 {
		f.out(f.color.fill.str)
	}
}

// SetDrawColorCMYK sets the stroke colour in DeviceCMYK (0–1 each).
func (f *Fpdf) SetDrawColorCMYK(c, m, y, k float64) {
	f.color.draw = cmykColor(c, m, y, k, "K")
	if f.page > 0 {
		f.out(f.color.draw.str)
	}
}

// SetTextColorCMYK sets the text colour in DeviceCMYK (0–1 each).
func (f *Fpdf) SetTextColorCMYK(c, m, y, k float64) {
	f.color.text = cmykColor(c, m, y, k, "k")
	f.colorFlag = f.color.fill.str != f.color.text.str
}

func (f *Fpdf) putPDFXResources() {
	f.pdfx.extGObj = f.pdfx.extGObj[:0]
	for _, g := range f.pdfx.extG {
		f.newobj()
		f.pdfx.extGObj = append(f.pdfx.extGObj, f.n)
		f.outf("<</Type /ExtGState %s>>", g)
		f.out("endobj")
	}
	f.pdfx.iccObj = f.pdfx.iccObj[:0]
	for _, p := range f.pdfx.icc {
		f.newobj()
		f.pdfx.iccObj = append(f.pdfx.iccObj, f.n)
		f.putICCStream(p)
	}
}

// putICCStream writes an ICC profile stream with /N from its header.
func (f *Fpdf) putICCStream(p []byte) {
	n, alt := 3, "DeviceRGB"
	if len(p) >= 20 {
		switch string(p[16:20]) {
		case "CMYK":
			n, alt = 4, "DeviceCMYK"
		case "GRAY":
			n, alt = 1, "DeviceGray"
		}
	}
	mem := xmem.compress(p)
	data := mem.bytes()
	f.outf("<< /N %d /Alternate /%s /Length %d /Filter /FlateDecode >>", n, alt, len(data))
	f.putstream(data)
	f.out("endobj")
	mem.release()
}

func (f *Fpdf) pdfxExtGStateDict() {
	for i, obj := range f.pdfx.extGObj {
		f.outf("/BMX%d %d 0 R", i+1, obj)
	}
}
