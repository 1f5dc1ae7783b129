package text

import (
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"banmian/assets"
)

// TestGBKCoverage: every character of GBK's two-byte set, and Latin-1, has a
// glyph in each of the four embedded faces. (The test borrows x/text's GBK
// table; only article/plaintext uses x/text in the program.)
func TestGBKCoverage(t *testing.T) {
	dec := simplifiedchinese.GBK.NewDecoder()
	var runes []rune
	for lead := 0x81; lead <= 0xFE; lead++ {
		for trail := 0x40; trail <= 0xFE; trail++ {
			if trail == 0x7F {
				continue
			}
			out, err := dec.Bytes([]byte{byte(lead), byte(trail)})
			if err != nil {
				continue
			}
			r := []rune(string(out))
			if len(r) == 1 && r[0] != '\uFFFD' && !(r[0] >= 0xE000 && r[0] <= 0xF8FF) {
				runes = append(runes, r[0])
			}
		}
	}
	for r := rune(0x20); r <= 0xFF; r++ {
		if r < 0x7F || r >= 0xA0 {
			runes = append(runes, r)
		}
	}
	if len(runes) < 21000 {
		t.Fatalf("only %d GBK characters decoded", len(runes))
	}
	for _, name := range []string{assets.SerifRegular, assets.SerifBold, assets.SansRegular, assets.SansBold, assets.UISansRegular, assets.UISansBold} {
		f, err := Parse(name, assets.Font(name))
		if err != nil {
			t.Fatal(err)
		}
		var missing []rune
		for _, r := range runes {
			if !f.Has(r) {
				missing = append(missing, r)
			}
		}
		// U+2252 ≒ is in GBK but not in Noto CJK: preflight reports it.
		if len(missing) > 1 || len(missing) == 1 && missing[0] != '≒' {
			t.Errorf("%s lacks %d characters: %q", name, len(missing), string(missing[:min(40, len(missing))]))
		}
	}
}
