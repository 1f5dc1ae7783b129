package layout

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzCompose sets any text at any measure and checks the line breaker's
// invariants: no character is lost or added (spaces at breaks aside), no
// line is wider than the measure unless the paragraph is marked overfull,
// and nothing panics.
func FuzzCompose(f *testing.F) {
	f.Add("“不忘初心、牢记使命”主题教育动员大会。——这是第一句……", uint16(120), true)
	f.Add("An unbroken "+strings.Repeat("x", 500)+" word, then text.", uint16(80), false)
	f.Add("中文English混排，（括号）「引号」《书名》：标点！？", uint16(40), true)
	f.Add(strings.Repeat(" ", 300)+"a", uint16(60), false)
	f.Fuzz(func(t *testing.T, s string, width uint16, zh bool) {
		if !utf8.ValidString(s) || len(s) > 4000 {
			return
		}
		w := Pt(40 + int(width)%400)
		e := testEngine(t)
		c := e.compose(s, bodyStyle(zh), Color{}, w, zh, map[bool]string{true: "zh-CN", false: "en"}[zh])
		var got strings.Builder
		for _, r := range c.runs {
			got.WriteString(r.Text)
			// A full-width mark at line end is set in ½ em: its blank right
			// half may stand past the measure.
			if !c.overfull && r.Width() > w+Pt(bodyStyle(zh).Size)/2+0.5 {
				t.Fatalf("line %q is %.2f pt wide in a %.0f pt measure", r.Text, r.Width(), w)
			}
		}
		if a, b := squeeze(s), squeeze(got.String()); a != b {
			t.Fatalf("text changed:\n in  %q\n out %q", a, b)
		}
	})
}

// squeeze drops spaces and line breaks, which the breaker may take or trim.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00ad' || unicode.Is(unicode.Cc, r) {
			return -1
		}
		return r
	}, s)
}
