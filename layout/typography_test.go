package layout

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusParas reads a file of testdata/typography, one paragraph a line.
func corpusParas(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/typography/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// typoMeasures are the three measures of the comparison with Typst, in mm.
var typoMeasures = []float64{170, 80, 55}

// TestTypographyCorpus sets the corpus (public-domain Lu Xun, Latin-dense
// Chinese, English) at 170, 80 and 55 mm and checks on every line: no
// character lost or changed, no line-start or line-end violation, no
// ——/…… split, no one-character last line, every —— one continuous
// stroke, no hyphen but at a pattern's point (none in an address or a
// token like G78), and no place of a justified line stretched more than
// ½ em over its natural width (measured against the same line set
// unjustified). It prints the counts the README quotes.
func TestTypographyCorpus(t *testing.T) {
	e := testEngine(t)
	files := []struct {
		name string
		zh   bool
	}{{"zh-luxun.txt", true}, {"zh-latin.txt", true}, {"en.txt", false}}
	var lines, loose, hyphens, shortLast, dashes int
	worst := 0.0
	for _, f := range files {
		st := bodyStyle(f.zh)
		left := st
		left.Align = "left"
		lang := map[bool]string{true: "zh-CN", false: "en"}[f.zh]
		for pi, p := range corpusParas(t, f.name) {
			for _, mm := range typoMeasures {
				width := MM(mm)
				j := e.compose(p, st, Color{}, width, f.zh, lang)
				l := e.compose(p, left, Color{}, width, f.zh, lang)
				var got strings.Builder
				for li, r := range j.runs {
					lines++
					where := fmt.Sprintf("%s ¶%d at %.0f mm, line %d %q", f.name, pi+1, mm, li+1, r.Text)
					got.WriteString(r.Text)
					s := r.Text
					if li > 0 && noLineStart(classify(firstRune(s))) {
						t.Errorf("%s: starts with %q", where, firstRune(s))
					}
					last := li == len(j.runs)-1
					if !last && noLineEnd(classify(lastRune(s))) {
						t.Errorf("%s: ends with %q", where, lastRune(s))
					}
					if !last {
						next := j.runs[li+1].Text
						for _, pair := range []string{"——", "……"} {
							if strings.HasSuffix(s, pair[:3]) && strings.HasPrefix(next, pair[3:]) {
								t.Errorf("%s: splits %s", where, pair)
							}
						}
					}
					dashes += checkDashes(t, where, r)
					if n := len(r.Glyphs); n > 0 && r.Glyphs[n-1].Text == "-" && !strings.HasSuffix(s, "-") {
						hyphens++
						checkHyphen(t, where, s, j.runs[li+1].Text)
					}
					// Stretch: the same line unjustified (broken the same way).
					if last || li >= len(l.runs) || l.runs[li].Text != s {
						continue
					}
					over := maxStretch(r, l.runs[li]) / float64(st.Size)
					worst = math.Max(worst, over)
					if over > maxExtra+0.01 {
						loose++
						t.Errorf("%s: a place stretched %.2f em over its natural width", where, over)
					}
				}
				if got.String() != p {
					t.Errorf("%s ¶%d at %.0f mm: characters lost or changed:\n got %q\nwant %q", f.name, pi+1, mm, got.String(), p)
				}
				if n := len(j.runs); n > 1 && utf8.RuneCountInString(strings.TrimSpace(j.runs[n-1].Text)) <= 1 {
					shortLast++
					t.Errorf("%s ¶%d at %.0f mm: one-character last line %q", f.name, pi+1, mm, j.runs[n-1].Text)
				}
			}
		}
	}
	if hyphens == 0 {
		t.Error("no word was hyphenated")
	}
	if dashes < 10 {
		t.Errorf("only %d —— checked", dashes)
	}
	t.Logf("typography corpus: %d lines at %v mm; line-start/end violations 0; one-character last lines %d; "+
		"lines with a place stretched over ½ em %d (widest %.2f em); %d —— drawn as one stroke; %d hyphenated lines",
		lines, typoMeasures, shortLast, loose, worst, dashes, hyphens)
}

// maxStretch is the most any gap between two glyphs of a justified line
// exceeds the same gap in the line set unjustified, in pt.
func maxStretch(j, l *TextRun) float64 {
	n := min(len(j.Glyphs), len(l.Glyphs))
	worst := 0.0
	for i := 0; i+1 < n; i++ {
		dj := j.Glyphs[i+1].X - j.Glyphs[i].X
		dl := l.Glyphs[i+1].X - l.Glyphs[i].X
		worst = math.Max(worst, float64(dj-dl))
	}
	return worst
}

// checkDashes: every run of dashes in a line is one stroke: the ink of each
// dash meets the next, and a —— covers at least 1.9 em. It returns how many
// runs of two or more it checked.
func checkDashes(t *testing.T, where string, r *TextRun) int {
	t.Helper()
	n := 0
	for i := 0; i < len(r.Glyphs); {
		if classify(firstRune(r.Glyphs[i].Text)) != clsDash {
			i++
			continue
		}
		k := i
		for k < len(r.Glyphs) && classify(firstRune(r.Glyphs[k].Text)) == clsDash {
			k++
		}
		if k-i >= 2 {
			n++
			ink := func(g Glyph) (Pt, Pt) {
				x0, x1, _ := r.Face.Ink(g.GID)
				sx := g.ScaleX
				if sx == 0 {
					sx = 1
				}
				return g.X + Pt(x0*sx)*r.Size, g.X + Pt(x1*sx)*r.Size
			}
			a0, prevEnd := ink(r.Glyphs[i])
			for g := i + 1; g < k; g++ {
				b0, b1 := ink(r.Glyphs[g])
				if b0 > prevEnd+0.01 {
					t.Errorf("%s: dashes %d and %d leave a %.2f pt gap", where, g-i, g-i+1, float64(b0-prevEnd))
				}
				prevEnd = b1
			}
			if cover := float64(prevEnd-a0) / float64(r.Size); cover < 0.95*float64(k-i) {
				t.Errorf("%s: %d dashes cover only %.2f em", where, k-i, cover)
			}
		}
		i = k
	}
	return n
}

// checkHyphen: a line ending in an added hyphen breaks a word where the
// patterns allow, never inside an address or a token with digits.
func checkHyphen(t *testing.T, where, line, next string) {
	t.Helper()
	letter := func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
	i := len(line)
	for i > 0 && letter(rune(line[i-1])) {
		i--
	}
	head, before := line[i:], line[:i]
	tail := next
	if k := strings.IndexFunc(next, func(r rune) bool { return !letter(r) }); k >= 0 {
		tail = next[:k]
	}
	word := head + tail
	if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "/") {
		t.Errorf("%s: hyphen added after a hyphen or slash", where)
	}
	if k := strings.LastIndexAny(before, " “\"("); strings.ContainsAny(before[k+1:], "0123456789/:.@") {
		t.Errorf("%s: hyphen inside a token or address %q", where, before[k+1:]+head)
	}
	ok := false
	for _, p := range englishPatterns().Points(word) {
		if p == utf8.RuneCountInString(head) {
			ok = true
		}
	}
	if !ok {
		t.Errorf("%s: %q broken as %s-%s, not at a hyphenation point", where, word, head, tail)
	}
}

// TestTypedSpaces: a space the copy has next to Latin in Chinese is the ¼-em
// gap; between two hanzi it is ¼ em in body text and the ½-em phrase
// break only in a heading; quotes around a Latin letter in Chinese take a
// full em (呈“K”字形) while an apostrophe in a word stays proportional.
func TestTypedSpaces(t *testing.T) {
	e := testEngine(t)
	units := func(s string, phrase bool) []unit {
		runes := []rune(s)
		return prepare(e.work.shaper, e.fonts.Serif, runes, true, "zh-CN", 0, make([]bool, len(runes)), setting{level: StrictBasic, phrase: phrase})
	}
	adv := func(us []unit, r rune) float64 {
		for _, u := range us {
			if u.r == r {
				return u.adv
			}
		}
		return -1
	}
	if a := adv(units("第 4 章", false), ' '); a != 0.25 {
		t.Errorf("space beside a digit: %.3f em, want 0.25", a)
	}
	if a := adv(units("国家 统计局", false), ' '); a != 0.25 {
		t.Errorf("space between hanzi in body text: %.3f em, want 0.25", a)
	}
	if a := adv(units("国家 统计局", true), ' '); a != 0.5 {
		t.Errorf("space between hanzi in a heading: %.3f em, want 0.5", a)
	}
	us := units("呈“K”字形", false)
	if a, b := adv(us, '“'), adv(us, '”'); a < 0.99 || b < 0.99 {
		t.Errorf("quotes around K: %.3f and %.3f em, want 1", a, b)
	}
	if a := adv(units("在China’s港口", false), '’'); a > 0.6 {
		t.Errorf("apostrophe in a word: %.3f em, want proportional", a)
	}
	// A justified line never stretches a Han–Latin space past ⅓ em while
	// the hanzi can take the rest.
	st := bodyStyle(true)
	c := e.compose("据World Meteorological Organization发布的报告，记者 在 Changsha 见到了这位 Harvard 毕业生，他说自己最喜欢的书是一本关于科学史的著作。", st, Color{}, MM(80), true, "zh-CN")
	l := st
	l.Align = "left"
	cl := e.compose("据World Meteorological Organization发布的报告，记者 在 Changsha 见到了这位 Harvard 毕业生，他说自己最喜欢的书是一本关于科学史的著作。", l, Color{}, MM(80), true, "zh-CN")
	for i := 0; i+1 < len(c.runs); i++ {
		if over := maxStretch(c.runs[i], cl.runs[i]) / float64(st.Size); over > 1.0/3 {
			t.Errorf("line %d %q: a place stretched %.2f em", i+1, c.runs[i].Text, over)
		}
	}
}

// TestPunctuationStyles: 开明式 sets ，、；： in half an em inside a line and
// keeps 。？！ full; 全角式 keeps them all full.
func TestPunctuationStyles(t *testing.T) {
	e := testEngine(t)
	st := Style{Font: "serif", Size: 10, Leading: 17, Align: "left"}
	pos := func(kaiming bool, s string) []Pt {
		e.kaiming = kaiming
		defer func() { e.kaiming = false }()
		c := e.compose(s, st, Color{}, 1000, true, "zh-CN")
		var xs []Pt
		for _, g := range c.runs[0].Glyphs {
			xs = append(xs, g.X)
		}
		return xs
	}
	s := "甲，乙、丙；丁：戊。己"
	full, kai := pos(false, s), pos(true, s)
	for i, r := range []rune(s) {
		if i+1 >= len(full) {
			break
		}
		wf, wk := full[i+1]-full[i], kai[i+1]-kai[i]
		switch classify(r) {
		case clsPause:
			if wf != 10 || wk != 5 {
				t.Errorf("%q: 全角式 %.1f pt, 开明式 %.1f pt; want 10 and 5", r, wf, wk)
			}
		case clsStop:
			if wf != 10 || wk != 10 {
				t.Errorf("%q: 全角式 %.1f pt, 开明式 %.1f pt; want 10 and 10", r, wf, wk)
			}
		}
	}
}

// TestStrictness: at basic a line may begin with —— or ……, at strict it
// may not (the mark moves to the line before, or takes a character with
// it); at GB and strict a solidus never ends a line; at none even a
// comma may begin one.
func TestStrictness(t *testing.T) {
	e := testEngine(t)
	st := bodyStyle(true)
	starts := map[Strictness]int{}
	solidusEnds := map[Strictness]int{}
	commaStarts := map[Strictness]int{}
	paras := append(corpusParas(t, "zh-luxun.txt"), "他们在长沙/株洲/湘潭三地之间往返奔波，每一站都要停留三天，一天调研/一天座谈/一天回访，再赶往下一站。")
	for _, lv := range []Strictness{StrictNone, StrictBasic, StrictGB, StrictStrict} {
		e.level = lv
		for _, p := range paras {
			for chars := 8; chars <= 30; chars++ {
				c := e.compose(p, st, Color{}, Pt(chars)*10+Pt(chars%3)*1.7, true, "zh-CN")
				for i, r := range c.runs {
					if i > 0 {
						switch classify(firstRune(r.Text)) {
						case clsDash, clsEllipsis:
							starts[lv]++
						case clsPause, clsStop:
							commaStarts[lv]++
						}
					}
					if i < len(c.runs)-1 && lastRune(r.Text) == '/' {
						solidusEnds[lv]++
					}
				}
			}
		}
	}
	e.level = StrictBasic
	if starts[StrictBasic] == 0 || starts[StrictStrict] != 0 || starts[StrictGB] != starts[StrictBasic] {
		t.Errorf("lines starting with a dash or ellipsis: %v (basic allows them, strict none)", starts)
	}
	if solidusEnds[StrictGB] != 0 || solidusEnds[StrictStrict] != 0 {
		t.Errorf("lines ending with a solidus: %v (none at gb and strict)", solidusEnds)
	}
	if commaStarts[StrictNone] == 0 || commaStarts[StrictBasic] != 0 {
		t.Errorf("lines starting with a pause or stop mark: %v (only at none)", commaStarts)
	}
	t.Logf("lines starting with ——/……: %v; ending with /: %v; starting with ，。: %v (by level none…strict)", starts, solidusEnds, commaStarts)
}

// TestTypographySettings: a template's typography and an article's
// override reach the composer; bad values are refused with the field named.
func TestTypographySettings(t *testing.T) {
	if _, err := ParseTemplate("t.json", []byte(`{"name":"t","page":{"size":"A4","margins_mm":{"top":20,"bottom":20,"left":20,"right":20},"columns":1,"gutter_mm":5},"styles":{"body":{"font":"serif","size":10,"leading":16,"align":"justify"}},"typography":{"strictness":"loose"}}`)); err == nil || !strings.Contains(err.Error(), `strictness "loose"`) {
		t.Errorf("bad strictness: %v", err)
	}
	tp, err := LoadTemplate("report-a4")
	if err != nil {
		t.Fatal(err)
	}
	tp.Typography = Typography{Punctuation: "kaiming", Strictness: "gb"}
	if k, lv := typographyFor(tp, nil); !k || lv != StrictGB {
		t.Errorf("template's typography: %v %v", k, lv)
	}
}

// TestHeadlineDashes: in a headline's bold sans, ——, ——— and ⸺ are one
// stroke each, ⸺ two ems wide and ——— three.
func TestHeadlineDashes(t *testing.T) {
	e := testEngine(t)
	st := Style{Font: "sans", Bold: true, Size: 26, Leading: 34, Align: "left", Balance: true}
	for _, s := range []string{"山乡——巨变", "山乡———巨变", "山乡⸺巨变", "山乡⸻巨变"} {
		c := e.compose(s, st, Color{}, 2000, true, "zh-CN")
		r := c.runs[0]
		if r.Text != s {
			t.Errorf("%q set as %q", s, r.Text)
		}
		var x0, x1 Pt = 1e9, 0
		for _, g := range r.Glyphs {
			if classify(firstRune(g.Text)) != clsDash {
				continue
			}
			a, b, _ := r.Face.Ink(g.GID)
			sx := g.ScaleX
			if sx == 0 {
				sx = 1
			}
			if l := g.X + Pt(a*sx)*r.Size; l < x0 {
				if x1 > 0 && l > x1+0.01 {
					t.Errorf("%q: a gap in the dash", s)
				}
				x0 = l
			}
			x1 = max(x1, g.X+Pt(b*sx)*r.Size)
		}
		ems := float64(x1-x0) / 26
		want := map[string]float64{"山乡——巨变": 2, "山乡———巨变": 3, "山乡⸺巨变": 2, "山乡⸻巨变": 3}[s]
		if ems < want-0.06 || ems > want {
			t.Errorf("%q: the stroke is %.2f em long, want about %.0f", s, ems, want)
		}
	}
}

// TestBreakRulesOfReview: what a review of the first version found, kept
// fixed: no hyphen in an earlier word than the one crossing the line end,
// at most two hyphenated lines in a row and never the last word, an
// address broken only after a slash, no hyphen in WaterWatch or a domain,
// an apostrophe after a letter proportional, 开明式 ”， in one em.
func TestBreakRulesOfReview(t *testing.T) {
	e := testEngine(t)
	st := bodyStyle(false)
	en := "Engineers describe the network of sponge parks, restored wetlands and underground reservoirs as infrastructure that breathes; WaterWatch sensors report to xinhuanet.com and https://flood-sensors.example.org/data/levels every thirty seconds, and the municipality's commissioner acknowledged considerable improvements throughout the coming decades of hyphenation."
	for mm := 40.0; mm <= 120; mm += 5 {
		c := e.compose(en, st, Color{}, MM(mm), false, "en")
		run := 0
		for i, r := range c.runs {
			hy := len(r.Glyphs) > 0 && r.Glyphs[len(r.Glyphs)-1].Text == "-" && !strings.HasSuffix(r.Text, "-")
			if hy {
				run++
				if strings.HasSuffix(r.Text, "Water") || strings.HasSuffix(r.Text, "xin") || strings.Contains(r.Text[max(0, len(r.Text)-12):], "://") {
					t.Errorf("%.0f mm: hyphen in a name, domain or address: %q", mm, r.Text)
				}
				if i == len(c.runs)-2 && !strings.Contains(c.runs[i+1].Text, " ") {
					t.Errorf("%.0f mm: the last word is hyphenated: %q / %q", mm, r.Text, c.runs[i+1].Text)
				}
			} else {
				run = 0
			}
			if run > 2 {
				t.Errorf("%.0f mm: three hyphenated lines in a row, up to %q", mm, r.Text)
			}
			if i+1 < len(c.runs) {
				if next := c.runs[i+1].Text; strings.HasSuffix(r.Text, "https://") || strings.HasSuffix(r.Text, "flood-") && strings.HasPrefix(next, "sensors") {
					t.Errorf("%.0f mm: an address broken at %q / %q", mm, r.Text, next)
				}
			}
			if i < len(c.runs)-1 && float64(inkRight(r)) < float64(MM(mm))*0.6 {
				t.Errorf("%.0f mm: line %d %q is short (%.0f of %.0f pt)", mm, i+1, r.Text, inkRight(r), MM(mm))
			}
		}
	}
	units := func(s string, kaiming bool) []unit {
		runes := []rune(s)
		return prepare(e.work.shaper, e.fonts.Serif, runes, true, "zh-CN", 0, make([]bool, len(runes)), setting{level: StrictBasic, kaiming: kaiming})
	}
	for _, u := range units("学生会（students’ union）成立", false) {
		if u.r == '’' && u.adv > 0.6 {
			t.Errorf("apostrophe in students’: %.2f em", u.adv)
		}
	}
	us := units("事情”，从", true)
	if w := us[2].adv + us[3].adv; w > 1.01 {
		t.Errorf("开明式 ”，: %.2f em, want 1", w)
	}
}
