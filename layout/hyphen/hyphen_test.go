package hyphen

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestAgainstLibhyphen: every word of testdata/libhyphen.txt (2,500 words
// of the system dictionary, hyphenated by the hyphen library itself with
// the same patterns: scripts/make-hyphen-golden.sh) comes out the same.
func TestAgainstLibhyphen(t *testing.T) {
	p, err := English()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/libhyphen.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, bad := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		word, want, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		n++
		if got := p.Hyphenate(word, "="); got != want {
			bad++
			if bad <= 20 {
				t.Errorf("%s: got %s, libhyphen %s", word, got, want)
			}
		}
	}
	if n < 2000 {
		t.Fatalf("only %d words", n)
	}
	if bad > 0 {
		t.Errorf("%d of %d words differ", bad, n)
	}
}

// TestTeXbookExamples: the examples of The TeXbook (chapter 14 and
// appendix H) that Liang's patterns give, and the limits.
func TestTeXbookExamples(t *testing.T) {
	p, err := English()
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]string{
		"hyphenation":   "hy-phen-ation",
		"concatenation": "con-cate-na-tion",
		"Typesetting":   "Type-set-ting",
		"a":             "a",
		"G78":           "G78",    // not a word
		"e-mail":        "e-mail", // not one word
		"café":          "café",   // too short for the minimums
		"cat":           "cat",    // shorter than LEFTHYPHENMIN+RIGHTHYPHENMIN
	} {
		if got := p.Hyphenate(word, "-"); got != want {
			t.Errorf("%s: got %s, want %s", word, got, want)
		}
	}
	if p.Left != 2 || p.Right != 3 {
		t.Errorf("minimums %d/%d, want 2/3", p.Left, p.Right)
	}
}

func TestParseErrors(t *testing.T) {
	for in, want := range map[string]string{
		"ISO8859-1\n.a2b\n":        "line 1: encoding",
		"UTF-8\nLEFTHYPHENMIN x\n": "line 2: bad",
		"UTF-8\na1b/c=d\n":         "line 2: compound",
		"UTF-8\n.a2#\n":            "line 2",
		"UTF-8\n":                  "none",
	} {
		if _, err := Parse([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", in, err, want)
		}
	}
}

// FuzzPoints: any word gives points inside it, in order, respecting the minimums.
func FuzzPoints(f *testing.F) {
	p, err := English()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"hyphenation", "ÉCOLE", "a", "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := len([]rune(s))
		last := 0
		for _, i := range p.Points(s) {
			if i < p.Left || i > n-p.Right || i <= last {
				t.Fatalf("%q: point %d (n %d, after %d)", s, i, n, last)
			}
			last = i
		}
	})
}

func BenchmarkPoints(b *testing.B) {
	p, _ := English()
	for b.Loop() {
		p.Points("characteristically")
	}
}
