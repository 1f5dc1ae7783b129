package pdf

import (
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"banmian/assets"
)

// TestSubsetFont: the subset maps each character to a glyph with the same
// advance and outline as in the whole font, and is a fraction of its size.
func TestSubsetFont(t *testing.T) {
	whole := assets.Font(assets.SerifRegular)
	runes := []rune("湖南省科技厅：做坚守初心 担当使命的科技人“”，。ABCxyz0123")
	sub, err := subsetFont(whole, runes, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sub) > len(whole)/100 {
		t.Errorf("subset is %d bytes of %d", len(sub), len(whole))
	}
	fw, err := sfnt.Parse(whole)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := sfnt.Parse(sub)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	var b1, b2 sfnt.Buffer
	ppem := fixed.I(1000)
	for _, r := range runes {
		g1, _ := fw.GlyphIndex(&b1, r)
		g2, err := fs.GlyphIndex(&b2, r)
		if err != nil || g2 == 0 {
			t.Fatalf("%q not in the subset: %v", r, err)
		}
		a1, _ := fw.GlyphAdvance(&b1, g1, ppem, font.HintingNone)
		a2, _ := fs.GlyphAdvance(&b2, g2, ppem, font.HintingNone)
		s1, _ := fw.LoadGlyph(&b1, g1, ppem, nil)
		n1 := len(s1)
		s2, _ := fs.LoadGlyph(&b2, g2, ppem, nil)
		if a1 != a2 || n1 != len(s2) {
			t.Errorf("%q: advance %v/%v, %d/%d segments", r, a1, a2, n1, len(s2))
		}
	}
	if g, _ := fs.GlyphIndex(&b2, '龘'); g != 0 {
		t.Error("a character not asked for is in the subset")
	}
	if _, err := subsetFont([]byte("not a font"), runes, nil); err == nil {
		t.Error("no error for a non-font")
	}
}
