package layout

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"

	"banmian/article"
	"banmian/assets"
	"banmian/layout/text"
)

// Template is a page design: page geometry, type sizes and styles for every
// element, colours, image resolution. Lengths of the page are in millimetres,
// type sizes in points.
type Template struct {
	// Name identifies the template ("report-a4").
	Name string `json:"name"`
	// Description says what it is for.
	Description string `json:"description"`
	// Page is the page geometry.
	Page PageSpec `json:"page"`
	// ImagePPI is the resolution photos are downsampled to for print (default 300).
	ImagePPI float64 `json:"image_ppi"`
	// PhotoMaxHeight caps a photo's height, as a fraction of the column height (default 0.45).
	PhotoMaxHeight float64 `json:"photo_max_height"`
	// SpanMaxHeight caps the height of a photo set across columns, as a
	// fraction of the column height (default 0.3); a photo taller at the
	// full width of its columns is cropped top and bottom to it.
	SpanMaxHeight float64 `json:"span_max_height,omitempty"`
	// Colors names the palette: "text", "accent", "muted", "rule", "banner_text".
	Colors map[string]string `json:"colors"`
	// Styles gives each element's style by name (the Style… constants;
	// docs/templates.md); only body is required, the others fall back.
	Styles map[string]Style `json:"styles"`

	// Pages fixes the page count (a newspaper page is a fixed space): the
	// engine fits the story to it (copyfit.go); 0 lets it run.
	Pages int `json:"pages,omitempty"`
	// Copyfit states how far copyfit may go; zero fields take the defaults.
	Copyfit CopyfitLimits `json:"copyfit,omitempty"`
	// Print states the template's print defaults for PDF/X export.
	Print PrintDefaults `json:"print,omitempty"`
	// Typography is the punctuation style and line-breaking strictness.
	Typography Typography `json:"typography,omitempty"`

	fontFiles  map[string]*text.Face // fonts named by FontFile, loaded
	process    map[Color][4]float64  // colours the template gives in CMYK
	photoScale float64               // copyfit's scale of photo heights (0: none)
	widowsOK   bool                  // a widow may stand (when the columns cannot end together without one)
}

// PageSpec is a page's size and type area.
type PageSpec struct {
	// Size is "A3", "A4", "A5", "Letter", "Legal", "Tabloid" or "custom"
	// (then WidthMM and HeightMM).
	Size     string  `json:"size"`
	WidthMM  float64 `json:"width_mm,omitempty"`
	HeightMM float64 `json:"height_mm,omitempty"`
	// Margins around the type area, in mm.
	Margins Margins `json:"margins_mm"`
	// Columns of body text, and the gutter between them in mm.
	Columns  int     `json:"columns"`
	GutterMM float64 `json:"gutter_mm"`
	// BleedMM is the default bleed in mm (the export may override it).
	BleedMM float64 `json:"bleed_mm"`
}

// Margins in mm.
type Margins struct {
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
	Left   float64 `json:"left"`
	Right  float64 `json:"right"`
}

// Style is how an element prints.
type Style struct {
	// Font is "serif" or "sans"; Bold picks the bold face.
	Font string `json:"font"`
	Bold bool   `json:"bold,omitempty"`
	// FontFile, when set, names a TrueType ('glyf') font file to use
	// instead, relative to the template file's folder. Characters it lacks
	// are reported by preflight.
	FontFile string `json:"font_file,omitempty"`
	// Size and Leading (baseline to baseline) in points.
	Size    float64 `json:"size"`
	Leading float64 `json:"leading"`
	// Align is "justify", "left", "center" or "right".
	Align string `json:"align"`
	// Color names a palette colour or gives "#rrggbb" (default "text").
	Color string `json:"color,omitempty"`
	// Background fills the block's box (banners), a palette name or "#rrggbb".
	Background string `json:"background,omitempty"`
	// Indent is the first-line indent in em (Chinese body: 2).
	Indent float64 `json:"indent,omitempty"`
	// SpaceBefore and SpaceAfter in points.
	SpaceBefore float64 `json:"space_before,omitempty"`
	SpaceAfter  float64 `json:"space_after,omitempty"`
	// RuleBelow draws a hairline under the block; RuleAbove over it.
	RuleBelow bool `json:"rule_below,omitempty"`
	RuleAbove bool `json:"rule_above,omitempty"`
	// Span sets the block across all columns (headline of a newspaper page).
	Span bool `json:"span,omitempty"`
	// Balance evens the lines of a multi-line heading.
	Balance bool `json:"balance,omitempty"`
	// Tracking adds space after every character but spaces, in em (−0.1
	// to 0.1; copyfit moves it within the template's limit).
	Tracking float64 `json:"tracking,omitempty"`
}

// Style names.
const (
	StyleChannel      = "channel"
	StyleKicker       = "kicker"
	StyleHeadline     = "headline"
	StyleSubtitle     = "subtitle"
	StyleMeta         = "meta"
	StyleByline       = "byline"
	StyleBody         = "body"
	StyleSubhead      = "subhead"
	StyleQuote        = "quote"
	StyleKeyword      = "keyword"
	StyleSectionTitle = "section_title"
	StyleSceneLabel   = "scene_label"
	StyleCaption      = "caption"
	StyleCredit       = "credit"
	StyleFooter       = "footer"
	StyleFolio        = "folio"
)

// styleNames are all the styles: body and those made from it when a
// template lacks them (styles.go).
var styleNames = func() []string {
	names := []string{StyleBody}
	for _, f := range styleFallbacks {
		names = append(names, f.name)
	}
	return names
}()

// ErrTemplate signals a template that cannot be used.
var ErrTemplate = article.NewError("bad template")

var pageSizes = map[string][2]float64{"a4": {210, 297}, "a3": {297, 420}, "a5": {148, 210}, "letter": {215.9, 279.4}, "tabloid": {279.4, 431.8}, "legal": {215.9, 355.6}}

// LoadTemplate returns a bundled template by name, or reads a template file
// when nameOrPath ends in .json or names a file.
func LoadTemplate(nameOrPath string) (*Template, error) {
	if nameOrPath == "" {
		nameOrPath = DefaultTemplate
	}
	if data, ok := assets.Template(nameOrPath); ok {
		return ParseTemplate(nameOrPath, data)
	}
	if strings.HasSuffix(nameOrPath, ".json") || strings.ContainsAny(nameOrPath, `/\`) {
		data, err := article.ReadFileLimited(nameOrPath, maxTemplateBytes)
		if err != nil {
			return nil, article.Errorf("%w %s: %w", ErrTemplate, nameOrPath, err)
		}
		t, err := ParseTemplate(filepath.Base(nameOrPath), data)
		if err != nil {
			return nil, err
		}
		return t, t.loadFontFiles(filepath.Dir(nameOrPath))
	}
	return nil, article.Errorf("%w: no template %q (bundled: %s)", ErrTemplate, nameOrPath, strings.Join(assets.TemplateNames(), ", "))
}

// maxTemplateBytes caps a template file: 1 MiB.
const maxTemplateBytes = 1 << 20

// maxFontBytes caps a font file a template names: 64 MiB.
const maxFontBytes = 64 << 20

// DefaultTemplate is the template used when none is named.
const DefaultTemplate = "report-a4"

// ParseTemplate reads a template's JSON and checks it; name is used in errors.
func ParseTemplate(name string, data []byte) (*Template, error) {
	t := &Template{}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(t); err != nil {
		return nil, article.Errorf("%w %s: %w", ErrTemplate, name, err)
	}
	if err := t.check(); err != nil {
		return nil, article.Errorf("%w %s: %w", ErrTemplate, name, err)
	}
	return t, nil
}

func (t *Template) check() error {
	if err := t.Typography.check("typography"); err != nil {
		return err
	}
	if t.Page.Size != "custom" && t.Page.Size != "" {
		sz, ok := pageSizes[strings.ToLower(t.Page.Size)]
		if !ok {
			return article.Errorf("page size %q is not A3, A4, A5, Letter, Legal, Tabloid or custom", t.Page.Size)
		}
		t.Page.WidthMM, t.Page.HeightMM = sz[0], sz[1]
	}
	p := t.Page
	if err := inRange("page width_mm", p.WidthMM, 50, 2000, "mm"); err != nil {
		return err
	}
	if err := inRange("page height_mm", p.HeightMM, 50, 2000, "mm"); err != nil {
		return err
	}
	if p.Columns < 1 || p.Columns > 12 {
		return article.Errorf("page columns = %d is out of range (1 to 12)", p.Columns)
	}
	m := p.Margins
	for _, f := range []struct {
		name string
		v    float64
	}{{"top", m.Top}, {"bottom", m.Bottom}, {"left", m.Left}, {"right", m.Right}} {
		if err := inRange("page margins_mm "+f.name, f.v, 0, 500, "mm"); err != nil {
			return err
		}
	}
	if m.Left+m.Right > p.WidthMM-30 || m.Top+m.Bottom > p.HeightMM-50 {
		return article.NewError("page margins_mm leave no room for text (at least 30 mm across and 50 mm down)")
	}
	minGutter := 0.0
	if p.Columns > 1 {
		minGutter = 2 // columns must not touch
	}
	if err := inRange("page gutter_mm", p.GutterMM, minGutter, 50, "mm"); err != nil {
		return err
	}
	if err := inRange("page bleed_mm", p.BleedMM, 0, 20, "mm"); err != nil {
		return err
	}
	if t.ColumnWidth() < 36 {
		return article.Errorf("columns are %.1f mm wide: too narrow (at least 12.7 mm)", t.ColumnWidth().MM())
	}
	if t.ImagePPI == 0 {
		t.ImagePPI = 300
	}
	if err := inRange("image_ppi", t.ImagePPI, 72, 1200, "ppi"); err != nil {
		return err
	}
	if t.PhotoMaxHeight == 0 {
		t.PhotoMaxHeight = 0.45
	}
	if err := t.Copyfit.fill(); err != nil {
		return err
	}
	switch t.Print.PDFX {
	case "", "4", "1a":
	default:
		return article.Errorf("print pdfx %q is not \"4\" (PDF/X-4) or \"1a\" (PDF/X-1a)", t.Print.PDFX)
	}
	if t.SpanMaxHeight == 0 {
		t.SpanMaxHeight = 0.3
	}
	if err := inRange("span_max_height", t.SpanMaxHeight, 0.1, 1, "of the column height"); err != nil {
		return err
	}
	if t.Pages < 0 || t.Pages > 100 {
		return article.Errorf("pages = %d is out of range (0 to 100)", t.Pages)
	}
	if err := inRange("photo_max_height", t.PhotoMaxHeight, 0.1, 1, "of the column height"); err != nil {
		return err
	}
	if _, ok := t.Styles[StyleBody]; !ok {
		return article.Errorf("style %q is missing (every other style can be made from it)", StyleBody)
	}
	t.fillStyles()
	for _, n := range styleNames {
		s, ok := t.Styles[n]
		if !ok {
			return article.Errorf("style %q is missing", n)
		}
		if s.Font != "serif" && s.Font != "sans" {
			return article.Errorf("style %q: font %q is not serif or sans", n, s.Font)
		}
		if err := inRange("styles "+n+" size", s.Size, 4, 200, "pt"); err != nil {
			return err
		}
		if err := inRange("styles "+n+" leading", s.Leading, s.Size*0.9, s.Size*4, "pt (0.9 to 4 times the size)"); err != nil {
			return err
		}
		if err := inRange("styles "+n+" indent", s.Indent, 0, 4, "em"); err != nil {
			return err
		}
		if err := inRange("styles "+n+" space_before", s.SpaceBefore, 0, 144, "pt"); err != nil {
			return err
		}
		if err := inRange("styles "+n+" space_after", s.SpaceAfter, 0, 144, "pt"); err != nil {
			return err
		}
		if err := inRange("styles "+n+" tracking", s.Tracking, -0.1, 0.1, "em"); err != nil {
			return err
		}
		switch s.Align {
		case "justify", "left", "center", "right":
		default:
			return article.Errorf("style %q: align %q is not justify, left, center or right", n, s.Align)
		}
		for _, c := range []string{s.Color, s.Background} {
			if _, err := t.color(c); c != "" && err != nil {
				return article.Errorf("style %q: %w", n, err)
			}
		}
	}
	for k, v := range t.Colors {
		if _, ok := parseCMYK(v); ok {
			continue
		}
		if _, err := ParseColor(v); err != nil {
			return article.Errorf("colour %q: %w (or cmyk(c,m,y,k) in %%)", k, err)
		}
	}
	return nil
}

// inRange checks one numeric template field against its documented range
// (see docs/templates.md), naming the field, the value and the range.
func inRange(field string, v, lo, hi float64, unit string) error {
	if !(v >= lo && v <= hi) { // also refuses NaN
		return article.Errorf("%s = %g is out of range (%g to %g %s)", field, v, lo, hi, unit)
	}
	return nil
}

// loadFontFiles reads and checks the fonts styles name by path (relative
// to dir), keeping them in the template.
func (t *Template) loadFontFiles(dir string) error {
	for name, st := range t.Styles {
		if st.FontFile == "" {
			continue
		}
		path := st.FontFile
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		if t.fontFiles == nil {
			t.fontFiles = map[string]*text.Face{}
		}
		if _, ok := t.fontFiles[st.FontFile]; ok {
			continue
		}
		data, err := article.ReadFileLimited(path, maxFontBytes)
		if err != nil {
			return article.Errorf("%w %s: style %q: %w", ErrTemplate, t.Name, name, err)
		}
		face, err := text.Parse(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), data)
		if err != nil {
			return article.Errorf("%w %s: style %q: %w (a TrueType font is needed)", ErrTemplate, t.Name, name, err)
		}
		if len(data) < 4 || string(data[:4]) == "OTTO" || string(data[:4]) == "ttcf" {
			return article.Errorf("%w %s: style %q: %s is not a TrueType (glyf) font: the PDF writer cannot embed CFF fonts or collections", ErrTemplate, t.Name, name, filepath.Base(path))
		}
		t.fontFiles[st.FontFile] = face
	}
	return nil
}

// color resolves a palette name or "#rrggbb"; empty is the text colour.
func (t *Template) color(s string) (Color, error) {
	if s == "" {
		s = "text"
	}
	if v, ok := t.Colors[s]; ok {
		s = v
	}
	if v, ok := parseCMYK(s); ok {
		// A process colour: the screen shows its plain RGB approximation,
		// the press gets the CMYK as stated (ProcessColor).
		c := Color{uint8(255*(1-v[0])*(1-v[3]) + 0.5), uint8(255*(1-v[1])*(1-v[3]) + 0.5), uint8(255*(1-v[2])*(1-v[3]) + 0.5)}
		if t.process == nil {
			t.process = map[Color][4]float64{}
		}
		t.process[c] = v
		return c, nil
	}
	if strings.HasPrefix(s, "cmyk(") {
		return Color{}, article.Errorf("colour %q is not cmyk(c,m,y,k) with each 0 to 100 (%%)", s)
	}
	if !strings.HasPrefix(s, "#") {
		if s == "text" {
			return Color{0x1a, 0x1a, 0x1a}, nil
		}
		return Color{}, article.Errorf("no colour %q in the palette", s)
	}
	return ParseColor(s)
}

// parseCMYK reads "cmyk(c,m,y,k)", each in % (0–100); the values come back 0–1.
func parseCMYK(s string) ([4]float64, bool) {
	var v [4]float64
	in, ok := strings.CutPrefix(strings.ReplaceAll(s, " ", ""), "cmyk(")
	if !ok || !strings.HasSuffix(in, ")") {
		return v, false
	}
	parts := strings.Split(strings.TrimSuffix(in, ")"), ",")
	if len(parts) != 4 {
		return v, false
	}
	for i, p := range parts {
		f, err := strconv.ParseFloat(p, 64)
		if err != nil || f < 0 || f > 100 {
			return v, false
		}
		v[i] = f / 100
	}
	return v, true
}

// ProcessColor returns the CMYK (0–1 each) a template states for a colour
// it gave as cmyk(…); ok is false for colours given in RGB.
func (t *Template) ProcessColor(c Color) (cmyk [4]float64, ok bool) {
	cmyk, ok = t.process[c]
	return cmyk, ok
}

// Color resolves a colour name or value (errors give black: templates are checked on load).
func (t *Template) Color(s string) Color {
	c, _ := t.color(s)
	return c
}

// PageSize returns the trimmed page size.
func (t *Template) PageSize() (w, h Pt) { return MM(t.Page.WidthMM), MM(t.Page.HeightMM) }

// TypeArea returns the rectangle inside the margins.
func (t *Template) TypeArea() Rect {
	w, h := t.PageSize()
	m := t.Page.Margins
	return Rect{X: MM(m.Left), Y: MM(m.Top), W: w - MM(m.Left+m.Right), H: h - MM(m.Top+m.Bottom)}
}

// ColumnWidth returns the width of one column.
func (t *Template) ColumnWidth() Pt {
	a := t.TypeArea()
	n := Pt(t.Page.Columns)
	return (a.W - (n-1)*MM(t.Page.GutterMM)) / n
}

// PrintDefaults are a template's defaults for print-ready PDF (PDF/X):
// what banmian export --pdfx auto and the editor's export dialog offer first.
type PrintDefaults struct {
	// PDFX is the conformance level: "4" (PDF/X-4) or "1a" (PDF/X-1a:2001).
	PDFX string `json:"pdfx,omitempty"`
	// Profile is the press profile: "coated", "newsprint" or an ICC file.
	Profile string `json:"profile,omitempty"`
}
