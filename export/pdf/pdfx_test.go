package pdf

import (
	"bytes"
	"codeberg.org/go-pdf/fpdf"
	"compress/zlib"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"banmian/assets"
	"banmian/internal/pdftest"
	"banmian/internal/testimg"
	"banmian/layout"
	"banmian/media"
)

// exportPDFX lays out the reference (with photos) and writes it as PDF/X.
func exportPDFX(t *testing.T, tmpl string, level PDFX, profile string) (string, []byte) {
	t.Helper()
	tp, err := layout.LoadTemplate(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Layout(referenceArticle(t, 600, 400), tp)
	if err != nil {
		t.Fatal(err)
	}
	prof := testProfile(t, profile)
	var buf bytes.Buffer
	if err := Write(&buf, doc, Options{CacheDir: "-", PDFX: level, Profile: prof}); err != nil {
		t.Fatal(err)
	}
	return pdftest.Write(t, buf.Bytes()), buf.Bytes()
}

// qpdfObjects returns qpdf's JSON objects of a PDF (and the trailer).
func qpdfObjects(t *testing.T, path string) map[string]map[string]any {
	t.Helper()
	pdftest.Need(t, "qpdf")
	out := pdftest.Run(t, "qpdf", "--json=2", "--json-key=qpdf", path)
	var d struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || len(d.QPDF) < 2 {
		t.Fatalf("qpdf --json: %v", err)
	}
	var objs map[string]struct {
		Value  map[string]any `json:"value"`
		Stream struct {
			Dict map[string]any `json:"dict"`
		} `json:"stream"`
	}
	if err := json.Unmarshal(d.QPDF[1], &objs); err != nil {
		t.Fatal(err)
	}
	res := map[string]map[string]any{}
	for k, v := range objs {
		if v.Value != nil {
			res[k] = v.Value
		} else if v.Stream.Dict != nil {
			res[k] = v.Stream.Dict
		}
	}
	return res
}

// TestPDFXClauses checks the clauses of PDF/X-1a:2001 (A3 newspaper,
// newsprint) and PDF/X-4 (A4, coated) by reading the files with qpdf,
// pdfinfo, pdfimages and pdffonts — there is no free PDF/X validator.
func TestPDFXClauses(t *testing.T) {
	for _, c := range []struct {
		tmpl, profile, version, conformance, header, intent string
		level                                               PDFX
	}{
		{"newspaper-a3", "newsprint", "PDF/X-1:2001", "PDF/X-1a:2001", "%PDF-1.3", "CGATS TR 002", PDFX1a},
		{"report-a4", "coated", "PDF/X-4", "", "%PDF-1.6", "FOGRA39", PDFX4},
	} {
		t.Run(c.tmpl, func(t *testing.T) {
			path, data := exportPDFX(t, c.tmpl, c.level, c.profile)
			if !bytes.HasPrefix(data, []byte(c.header+"\n")) {
				t.Errorf("header %q, want %s", data[:9], c.header)
			}
			objs := qpdfObjects(t, path)
			// Exactly one output intent, GTS_PDFX, with an embedded CMYK profile.
			var cat, info map[string]any
			for _, o := range objs {
				if o["/Type"] == "/Catalog" {
					cat = o
				}
			}
			tr := objs["trailer"]
			if cat == nil || tr == nil {
				t.Fatal("no catalog or trailer")
			}
			info = objs["obj:"+strings.TrimSuffix(tr["/Info"].(string), " 0 R")+" 0 R"]
			ois, _ := cat["/OutputIntents"].([]any)
			if len(ois) != 1 {
				t.Fatalf("%d output intents", len(ois))
			}
			oi := ois[0].(map[string]any)
			if oi["/S"] != "/GTS_PDFX" || oi["/OutputConditionIdentifier"] != "u:"+c.intent || oi["/Info"] == nil {
				t.Errorf("output intent %v", oi)
			}
			prof := objs["obj:"+strings.TrimSuffix(oi["/DestOutputProfile"].(string), " 0 R")+" 0 R"]
			if prof["/N"] != 4.0 || prof["/Alternate"] != "/DeviceCMYK" {
				t.Errorf("output profile stream %v", prof)
			}
			// Trailer /ID; Info: title, dates, Trapped, identification.
			if ids, _ := tr["/ID"].([]any); len(ids) != 2 {
				t.Errorf("trailer /ID %v", tr["/ID"])
			}
			for _, k := range []string{"/Title", "/CreationDate", "/ModDate"} {
				if info[k] == nil {
					t.Errorf("Info has no %s", k)
				}
			}
			if info["/Trapped"] != "/False" || info["/GTS_PDFXVersion"] != "u:"+c.version {
				t.Errorf("Info Trapped %v, GTS_PDFXVersion %v", info["/Trapped"], info["/GTS_PDFXVersion"])
			}
			if c.conformance != "" && info["/GTS_PDFXConformance"] != "u:"+c.conformance {
				t.Errorf("Info GTS_PDFXConformance %v", info["/GTS_PDFXConformance"])
			}
			// Pages: MediaBox, BleedBox, TrimBox nested; no ArtBox, no
			// transparency group, no annotations.
			pages := 0
			for _, o := range objs {
				if o["/Type"] != "/Page" {
					continue
				}
				pages++
				for _, k := range []string{"/ArtBox", "/Group", "/Annots"} {
					if o[k] != nil {
						t.Errorf("a page has %s", k)
					}
				}
				box := func(k string) []float64 {
					a, _ := o[k].([]any)
					var v []float64
					for _, x := range a {
						f, _ := x.(float64)
						v = append(v, f)
					}
					return v
				}
				m, b, tb := box("/MediaBox"), box("/BleedBox"), box("/TrimBox")
				if len(m) != 4 || len(b) != 4 || len(tb) != 4 || !(m[0] <= b[0] && b[0] < tb[0] && tb[2] < b[2] && b[2] <= m[2] && m[1] <= b[1] && b[1] < tb[1] && tb[3] < b[3] && b[3] <= m[3]) {
					t.Errorf("page boxes not nested: media %v bleed %v trim %v", m, b, tb)
				}
			}
			if pages == 0 {
				t.Fatal("no pages")
			}
			// Colour: X-1a has no RGB at all; X-4 no bare DeviceRGB.
			if c.level == PDFX1a {
				for _, op := range []string{" rg\n", " RG\n", "/DeviceRGB"} {
					if bytes.Contains(uncompressed(t, path), []byte(op)) {
						t.Errorf("PDF/X-1a file holds %q", op)
					}
				}
			} else if bytes.Contains(uncompressed(t, path), []byte("/ColorSpace /DeviceRGB")) {
				t.Error("PDF/X-4 file has a bare DeviceRGB image")
			}
			// Images: X-1a CMYK (no SMask), X-4 ICC-tagged.
			pdftest.Need(t, "pdfimages")
			imgs := pdftest.Run(t, "pdfimages", "-list", path)
			lines := strings.Split(strings.TrimSpace(imgs), "\n")[2:]
			if len(lines) != 5 {
				t.Errorf("%d images, want the 5 photos:\n%s", len(lines), imgs)
			}
			want := map[PDFX]string{PDFX1a: "cmyk", PDFX4: "icc"}[c.level]
			for _, l := range lines {
				f := strings.Fields(l)
				if len(f) < 6 || f[2] != "image" || f[5] != want {
					t.Errorf("image not %s: %s", want, l)
				}
			}
			// Fonts embedded; XMP carries the identification.
			pdftest.CheckFonts(t, path)
			if c.level == PDFX4 {
				meta := pdftest.Run(t, "pdfinfo", "-meta", path)
				for _, w := range []string{"<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", "<pdf:Trapped>False</pdf:Trapped>", "<xmpMM:DocumentID>uuid:"} {
					if !strings.Contains(meta, w) {
						t.Errorf("XMP has no %s", w)
					}
				}
			}
			// Black text overprints (an ExtGState /OP true, used).
			u := uncompressed(t, path)
			if !regexp.MustCompile(`/OP true /op true /OPM 1`).Match(data) || !bytes.Contains(u, []byte("/BMX1 gs")) {
				t.Error("no overprint state for black text")
			}
			// Black text is K in DeviceCMYK (DeviceGray would knock out the
			// other plates where it overprints).
			if !bytes.Contains(u, []byte("0.000 0.000 0.000 0.898 k")) || bytes.Contains(u, []byte("0.102 g")) {
				t.Error("black text is not set as K in DeviceCMYK")
			}
			// Reproducible bytes.
			_, again := exportPDFX(t, c.tmpl, c.level, c.profile)
			if !bytes.Equal(data, again) {
				t.Error("two exports differ")
			}
		})
	}
}

// uncompressed is the PDF with its streams decompressed (qpdf --qdf).
func uncompressed(t *testing.T, path string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "qdf.pdf")
	pdftest.Run(t, "qpdf", "--qdf", "--object-streams=disable", path, out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testProfile is a bundled press profile as job.LoadProfile makes it.
func testProfile(t *testing.T, name string) *Profile {
	t.Helper()
	icc, lut, ok := assets.Profile(name)
	if !ok {
		t.Fatalf("no profile %s", name)
	}
	tab, err := media.ParseCMYKTable(lut)
	if err != nil {
		t.Fatal(err)
	}
	p := &Profile{Name: "Banmian Coated (FOGRA39)", Condition: "FOGRA39", ICC: icc, Table: tab, InkLimit: 300, MinPPI: 300, SRGB: assets.SRGBProfile()}
	if name == "newsprint" {
		p.Name, p.Condition, p.InkLimit, p.MinPPI, p.Newsprint = "Banmian Newsprint (SNAP TR002)", "CGATS TR 002", 240, 200, true
	}
	return p
}

// TestReadProfile: a CMYK output profile of the user's own is read (no
// table: PDF/X-4 only); a display profile or a missing file is refused.
func TestReadProfile(t *testing.T) {
	icc, _, _ := assets.Profile("coated")
	path := filepath.Join(t.TempDir(), "press.icc")
	os.WriteFile(path, icc, 0o644)
	p, err := ReadProfile(path)
	if err != nil || p.Table != nil || p.Name != "press" {
		t.Fatalf("own profile: %+v %v", p, err)
	}
	doc, _ := layout.Layout(referenceArticle(t, 300, 200), mustLoad(t, "report-a4"))
	p.SRGB = assets.SRGBProfile()
	if err := Write(&bytes.Buffer{}, doc, Options{CacheDir: "-", PDFX: PDFX1a, Profile: p}); err == nil || !strings.Contains(err.Error(), "bundled profile") {
		t.Errorf("X-1a with an own profile: %v", err)
	}
	if err := Write(&bytes.Buffer{}, doc, Options{CacheDir: "-", PDFX: PDFX4, Profile: p}); err != nil {
		t.Errorf("X-4 with an own profile: %v", err)
	}
	srgb := filepath.Join(t.TempDir(), "srgb.icc")
	os.WriteFile(srgb, assets.SRGBProfile(), 0o644)
	if _, err := ReadProfile(srgb); err == nil || !strings.Contains(err.Error(), "prtr") {
		t.Errorf("an sRGB display profile as press profile: %v", err)
	}
	if _, err := ReadProfile(filepath.Join(t.TempDir(), "none.icc")); err == nil {
		t.Error("a missing profile was accepted")
	}
}

func mustLoad(t *testing.T, name string) *layout.Template {
	t.Helper()
	tp, err := layout.LoadTemplate(name)
	if err != nil {
		t.Fatal(err)
	}
	return tp
}

// BenchmarkWritePDFX: the reference (1600×1200 photos) on the A3 page as
// PDF/X-1a (photos converted to CMYK each time) and on A4 as PDF/X-4.
func BenchmarkWritePDFX(b *testing.B) {
	a := referenceArticle(b, 1600, 1200)
	for _, c := range []struct {
		tmpl, profile string
		level         PDFX
	}{{"newspaper-a3", "newsprint", PDFX1a}, {"report-a4", "coated", PDFX4}} {
		b.Run(string(c.level), func(b *testing.B) {
			tp, _ := layout.LoadTemplate(c.tmpl)
			doc, _ := layout.Layout(a, tp)
			icc, lut, _ := assets.Profile(c.profile)
			tab, _ := media.ParseCMYKTable(lut)
			prof := &Profile{Name: c.profile, Condition: c.profile, ICC: icc, Table: tab, InkLimit: 300, MinPPI: 300, SRGB: assets.SRGBProfile()}
			cache := b.TempDir()
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(&bytes.Buffer{}, doc, Options{CacheDir: cache, PDFX: c.level, Profile: prof}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRepeatedExportsIdentical: one process exporting the same document
// again and again writes the same bytes each time, photos passed through
// and PDF/X profiles included. The writer's compression buffers are pooled:
// a stream written from a buffer handed back to the pool (a fault once of
// the spliced streams, seen under -race) would take another stream's bytes.
func TestRepeatedExportsIdentical(t *testing.T) {
	tp, err := layout.LoadTemplate("report-a4")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Layout(referenceArticle(t, 1600, 1200), tp)
	if err != nil {
		t.Fatal(err)
	}
	prof := testProfile(t, "coated")
	var first []byte
	for i := range 8 {
		var buf bytes.Buffer
		opt := Options{CacheDir: "-", KeepImages: true}
		if i%2 == 1 {
			opt.PDFX, opt.Profile = PDFX4, prof
		}
		if err := Write(&buf, doc, opt); err != nil {
			t.Fatal(err)
		}
		checkFontFiles(t, buf.Bytes())
		if i < 2 {
			if i == 0 {
				first = buf.Bytes()
			}
			continue
		}
		if i%2 == 0 && !bytes.Equal(buf.Bytes(), first) {
			t.Fatalf("export %d differs from the first", i+1)
		}
	}
}

// checkFontFiles checks that each embedded font file of a PDF inflates to
// the /Length1 bytes it declares and is a TrueType font.
func checkFontFiles(t *testing.T, pdf []byte) {
	t.Helper()
	re := regexp.MustCompile(`<<\s*/Length (\d+)\s*/Filter /FlateDecode\s*/Length1 (\d+)\s*>>\s*stream\n`)
	n := 0
	for _, m := range re.FindAllSubmatchIndex(pdf, -1) {
		length, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		length1, _ := strconv.Atoi(string(pdf[m[4]:m[5]]))
		if m[1]+length > len(pdf) {
			t.Fatalf("font file at %d runs past the end", m[0])
		}
		zr, err := zlib.NewReader(bytes.NewReader(pdf[m[1] : m[1]+length]))
		if err != nil {
			t.Fatalf("font file at %d: %v", m[0], err)
		}
		font, err := io.ReadAll(zr)
		if err != nil || len(font) != length1 || !bytes.HasPrefix(font, []byte{0, 1, 0, 0}) {
			t.Fatalf("font file at %d: %d bytes (/Length1 %d), begins % x, %v", m[0], len(font), length1, font[:min(4, len(font))], err)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no font file found")
	}
}

// TestLargeStreamsKeepTheirBytes: pages whose content streams compress to
// more than 64 KiB each keep their own contents. (A stream once kept by
// reference from a pooled compression buffer took the next page's bytes.)
func TestLargeStreamsKeepTheirBytes(t *testing.T) {
	f := fpdf.New("P", "pt", "A4", "")
	f.SetCompression(true)
	f.SetFont("Helvetica", "", 4)
	rnd := uint32(1)
	for p := range 3 {
		f.AddPage()
		for i := range 9000 {
			rnd = rnd*1664525 + 1013904223
			f.Text(float64(i%50)*11, float64(i/50%160)*5+10, strconv.Itoa(p)+strconv.FormatUint(uint64(rnd), 36))
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	path := pdftest.Write(t, buf.Bytes())
	for p := 1; p <= 3; p++ {
		txt := pdftest.Run(t, "pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), path, "-")
		if !strings.HasPrefix(strings.TrimSpace(txt), strconv.Itoa(p-1)) {
			t.Errorf("page %d shows %.20q, not its own text", p, txt)
		}
	}
	re := regexp.MustCompile(`/Length (\d+)>>\nstream\n`)
	big := 0
	for _, m := range re.FindAllSubmatch(buf.Bytes(), -1) {
		if n, _ := strconv.Atoi(string(m[1])); n > 64<<10 {
			big++
		}
	}
	if big < 3 {
		t.Errorf("%d streams over 64 KiB: the test shows nothing", big)
	}
}

// An image handed over with its ID is identified by it (patch 14): two
// different photos under one ID are written once, the same photo under
// two IDs twice. A writer that checksummed the bytes again would write
// the first pair twice.
func TestImagesGoByTheirID(t *testing.T) {
	a, b := testimg.JPEG(400, 300, 1), testimg.JPEG(400, 300, 2)
	count := func(imgs [][]byte, ids []string) int {
		f := fpdf.New("P", "pt", "A4", "")
		f.AddPage()
		for i, data := range imgs {
			name := "img" + strconv.Itoa(i)
			f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, fpdf.NewImageBytesID(data, ids[i]))
			f.ImageOptions(name, 10, float64(10+200*i), 100, 75, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
		}
		var buf bytes.Buffer
		if err := f.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return bytes.Count(buf.Bytes(), []byte("/Subtype /Image"))
	}
	if n := count([][]byte{a, b}, []string{"one", "one"}); n != 1 {
		t.Errorf("two photos under one ID: %d image objects, want 1", n)
	}
	if n := count([][]byte{a, a}, []string{"one", "two"}); n != 2 {
		t.Errorf("one photo under two IDs: %d image objects, want 2", n)
	}
	if n := count([][]byte{a, a}, []string{"", ""}); n != 1 {
		t.Errorf("one photo without IDs, twice: %d image objects, want 1", n)
	}
}
