package layout

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"banmian/internal/golden"
)

func testEngine(t testing.TB) *Engine {
	t.Helper()
	f, err := EmbeddedFonts()
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(f)
	e.used = map[paraKey]bool{}
	return e
}

func bodyStyle(zh bool) Style {
	return Style{Font: "serif", Size: 10, Leading: 17, Align: "justify", Indent: map[bool]float64{true: 2, false: 0}[zh]}
}

// lineText returns the characters of a run as set (spaces included).
func lineText(r *TextRun) string { return r.Text }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return r
}

// TestClreqCorpus lays out a punctuation-heavy Chinese corpus at many measures
// and checks every line against the rules of clreq §B, §C, §D and §I.
func TestClreqCorpus(t *testing.T) {
	e := testEngine(t)
	data, err := os.ReadFile("testdata/clreq-corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(data)), "\n")
	st := bodyStyle(true)
	lines, shortLast := 0, 0
	for chars := 8; chars <= 50; chars++ {
		width := Pt(chars)*Pt(st.Size) + Pt(chars%3)*1.7 // not only whole ems
		for pi, p := range paras {
			c := e.compose(p, st, Color{}, width, true, "zh-CN")
			var got strings.Builder
			for li, r := range c.runs {
				lines++
				s := lineText(r)
				got.WriteString(s)
				where := fmt.Sprintf("measure %d, paragraph %d, line %d %q", chars, pi+1, li+1, s)
				if li > 0 && noLineStart(classify(firstRune(s))) {
					t.Errorf("%s: starts with %q", where, firstRune(s))
				}
				if li < len(c.runs)-1 && noLineEnd(classify(lastRune(s))) {
					t.Errorf("%s: ends with %q", where, lastRune(s))
				}
				if li < len(c.runs)-1 {
					next := c.runs[li+1].Text
					for _, pair := range []string{"——", "……"} {
						if strings.HasSuffix(s, pair[:3]) && strings.HasPrefix(next, pair[3:]) {
							t.Errorf("%s: splits %s", where, pair)
						}
					}
				}
				if w := inkRight(r); w > width+0.01 && !c.overfull {
					t.Errorf("%s: %.2f pt wide, measure %.2f", where, w, width)
				}
				if li < len(c.runs)-1 && !c.overfull {
					// Justified: the line's right edge meets the measure.
					if w := inkRight(r); w < width-Pt(st.Size)*0.55 {
						t.Errorf("%s: not justified (%.2f of %.2f pt)", where, w, width)
					}
				}
			}
			if got.String() != p {
				t.Errorf("measure %d, paragraph %d: characters lost or changed:\n got %q\nwant %q", chars, pi+1, got.String(), p)
			}
			if n := len(c.runs); n > 1 {
				last := strings.TrimSpace(c.runs[n-1].Text)
				letters := 0
				for _, r := range last {
					if cl := classify(r); cl == clsHan || cl == clsLatin {
						letters++
					}
				}
				if letters <= 1 {
					shortLast++
				}
			}
		}
	}
	if lines < 1500 {
		t.Errorf("only %d lines checked", lines)
	}
	// A one-character last line can be unavoidable (the line above has no
	// break to give); it must stay rare.
	if shortLast > lines/200 {
		t.Errorf("%d paragraphs end in a one-character line (of %d lines)", shortLast, lines)
	}
	t.Logf("%d lines checked, %d one-character last lines", lines, shortLast)
}

// inkRight is the right edge of a run's last glyph as it prints: a mark
// trimmed to ½ em at line end counts half.
func inkRight(r *TextRun) Pt {
	if len(r.Glyphs) == 0 {
		return 0
	}
	g := r.Glyphs[len(r.Glyphs)-1]
	adv := g.Advance
	rr, _ := utf8.DecodeRuneInString(g.Text)
	if c := classify(rr); (c == clsClose || c == clsPause || c == clsStop) && rr >= 0x2000 {
		adv = r.Size / 2
	}
	return g.X + adv
}

// TestLineBreakGoldens: chosen paragraphs, their lines and glyph positions.
func TestLineBreakGoldens(t *testing.T) {
	e := testEngine(t)
	f, err := os.Open("testdata/breaks.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), " ", 3)
		if len(parts) < 3 {
			continue
		}
		zh := parts[0] == "zh"
		w, _ := strconv.Atoi(parts[1])
		c := e.compose(parts[2], bodyStyle(zh), Color{}, Pt(w), zh, parts[0])
		fmt.Fprintf(&out, "== %s %d pt\n", parts[0], w)
		for _, r := range c.runs {
			fmt.Fprintf(&out, "%q\n ", r.Text)
			for _, g := range r.Glyphs {
				fmt.Fprintf(&out, " %.1f", g.X)
			}
			out.WriteString("\n")
		}
	}
	golden.Assert(t, "breaks.golden", out.Bytes())
}

func TestPunctuationAdjustment(t *testing.T) {
	e := testEngine(t)
	st := Style{Font: "serif", Size: 10, Leading: 17, Align: "left"}
	pos := func(s string) []Pt {
		c := e.compose(s, st, Color{}, 1000, true, "zh-CN")
		var xs []Pt
		for _, g := range c.runs[0].Glyphs {
			xs = append(xs, g.X)
		}
		return xs
	}
	// "。”" takes 1.5 em: the quote starts ½ em after the full stop.
	if xs := pos("好。”他"); xs[2]-xs[1] != 5 || xs[3]-xs[2] != 10 {
		t.Errorf("。” spacing: %v", xs)
	}
	// Colon then opening quote: 1.5 em.
	if xs := pos("说：“好"); xs[2]-xs[1] != 5 {
		t.Errorf("：“ spacing: %v", xs)
	}
	// ¼ em between Han and Latin, and an existing space becomes it.
	a, b := pos("第4章"), pos("第 4 章")
	if len(a) != 3 || len(b) != 3 || a[1]-a[0] != 12.5 || b[1] != a[1] || b[2] != a[2] {
		t.Errorf("Han–Latin gap: %v and %v", a, b)
	}
}
