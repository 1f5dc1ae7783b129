package app

import (
	"testing"

	"banmian/article"
	"banmian/layout"
)

// TestOutlineMarksInFont: every mark the outline sets before an element is
// a character the bundled interface font has (a missing one prints as a
// box, as ▤ and ▣ did under Windows).
func TestOutlineMarksInFont(t *testing.T) {
	f, err := layout.EmbeddedFonts()
	if err != nil {
		t.Fatal(err)
	}
	marks := []string{"■", "◎", "◆"}
	for _, k := range article.Kinds() {
		marks = append(marks, k.Glyph)
	}
	for _, m := range marks {
		for _, r := range m {
			if !f.Sans.Has(r) {
				t.Errorf("outline mark %q (U+%04X) is not in the bundled font", r, r)
			}
		}
	}
}
