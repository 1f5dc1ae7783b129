// Package assets holds what Banmian embeds: fonts, templates, the icon and
// the sample articles. It exposes bytes only; the packages that use them
// parse them.
package assets

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

// The fonts are embedded as byte slices, not in an embed.FS, so that reading
// them costs no copy of their 43 MB.
var (
	//go:embed fonts/BanmianSong-Regular.ttf
	songRegular []byte
	//go:embed fonts/BanmianSong-Bold.ttf
	songBold []byte
	//go:embed fonts/BanmianHei-Regular.ttf
	heiRegular []byte
	//go:embed fonts/BanmianHei-Bold.ttf
	heiBold []byte
	//go:embed fonts/BanmianHeiUI-Regular.otf
	heiUIRegular []byte
	//go:embed fonts/BanmianHeiUI-Bold.otf
	heiUIBold []byte
	//go:embed fonts/OFL.txt
	ofl []byte
)

//go:embed templates/*.json
var templates embed.FS

//go:embed sample
var sample embed.FS

//go:embed icon.png
var icon []byte

// Icon returns the application icon (PNG, 512×512).
func Icon() []byte { return icon }

// Sample returns the built-in sample article's text ("zh" or "en") and the
// folder of its photos.
func Sample(lang string) ([]byte, fs.FS) {
	text, err := sample.ReadFile("sample/" + lang + ".txt")
	if err != nil {
		text, _ = sample.ReadFile("sample/zh.txt")
	}
	dir, _ := fs.Sub(sample, "sample")
	return text, dir
}

// Font file names of the four faces pages are set in (TrueType outlines,
// which the PDF embeds), and of the editor's interface face (the same Hei
// with its CFF outlines, which the interface's text library reads glyph by
// glyph as it draws, where it parses all TrueType glyphs when it loads).
const (
	SerifRegular  = "BanmianSong-Regular.ttf"
	SerifBold     = "BanmianSong-Bold.ttf"
	SansRegular   = "BanmianHei-Regular.ttf"
	SansBold      = "BanmianHei-Bold.ttf"
	UISansRegular = "BanmianHeiUI-Regular.otf"
	UISansBold    = "BanmianHeiUI-Bold.otf"
)

// Font returns an embedded font file's bytes (shared: do not modify), or
// nil for a name that is not one of the six.
func Font(name string) []byte {
	switch name {
	case SerifRegular:
		return songRegular
	case SerifBold:
		return songBold
	case SansRegular:
		return heiRegular
	case SansBold:
		return heiBold
	case UISansRegular:
		return heiUIRegular
	case UISansBold:
		return heiUIBold
	}
	return nil
}

// FontLicense returns the SIL OFL text of the fonts.
func FontLicense() []byte { return ofl }

// Template returns a bundled template's JSON by name ("report-a4").
func Template(name string) ([]byte, bool) {
	b, err := templates.ReadFile("templates/" + name + ".json")
	return b, err == nil
}

// TemplateNames lists the bundled templates, sorted.
func TemplateNames() []string {
	ents, _ := fs.ReadDir(templates, "templates")
	var names []string
	for _, e := range ents {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}

//go:embed profiles/*.icc profiles/*.lut profiles/*.check
var profiles embed.FS

// The bundled press profiles, by the names --profile takes.
const (
	ProfileCoated    = "coated"
	ProfileNewsprint = "newsprint"
)

// Profile returns a bundled press profile's ICC data and its sRGB → CMYK
// table (assets/profiles/README.md); ok is false for another name.
func Profile(name string) (icc, table []byte, ok bool) {
	file := map[string]string{ProfileCoated: "banmian-coated-fogra39.icc", ProfileNewsprint: "banmian-newsprint-snap.icc"}[name]
	if file == "" {
		return nil, nil, false
	}
	icc, _ = profiles.ReadFile("profiles/" + file)
	table, _ = profiles.ReadFile("profiles/srgb-to-" + name + ".lut")
	return icc, table, true
}

// ProfileCheck returns the exact conversions a profile's table is tested
// against (R G B → C M Y K in %, one colour a line).
func ProfileCheck(name string) []byte {
	b, _ := profiles.ReadFile("profiles/srgb-to-" + name + ".check")
	return b
}

// SRGBProfile returns the sRGB ICC profile RGB photos are tagged with.
func SRGBProfile() []byte {
	b, _ := profiles.ReadFile("profiles/sRGB.icc")
	return b
}

//go:embed hyphen/hyph_en_US.dic
var hyphenEN []byte

// HyphenPatterns returns the English (US) hyphenation patterns (the hyphen
// library's .dic format; assets/hyphen/README.md).
func HyphenPatterns() []byte { return hyphenEN }
