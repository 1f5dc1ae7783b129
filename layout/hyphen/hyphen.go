// Package hyphen finds where a word may break with a hyphen, by Frank
// Liang's algorithm (TeX's) over a table of patterns in the hyphen
// library's .dic format (the one Debian's hyphen-en-us ships).
package hyphen

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"banmian/assets"
)

// Patterns is a parsed pattern table. It is safe for concurrent use.
type Patterns struct {
	values map[string][]uint8 // pattern letters → its digits, one more than letters
	maxLen int                // longest pattern, in runes
	// Left and Right are the fewest letters kept before and after a break
	// (LEFTHYPHENMIN and RIGHTHYPHENMIN; TeX's English: 2 and 3).
	Left, Right int
}

// Parse reads a pattern table: an encoding line (UTF-8 only), optional
// LEFTHYPHENMIN / RIGHTHYPHENMIN lines, then one pattern a line (".a2ch4").
// Comments start with %. Errors name the line.
func Parse(data []byte) (*Patterns, error) {
	p := &Patterns{values: map[string][]uint8{}, Left: 2, Right: 2}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '%'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
			continue
		case n == 1:
			if !strings.EqualFold(line, "UTF-8") {
				return nil, fmt.Errorf("hyphenation patterns line 1: encoding %q (only UTF-8 is read)", line)
			}
			continue
		case strings.HasPrefix(line, "LEFTHYPHENMIN") || strings.HasPrefix(line, "RIGHTHYPHENMIN"):
			f := strings.Fields(line)
			v, err := strconv.Atoi(f[len(f)-1])
			if len(f) != 2 || err != nil || v < 1 || v > 10 {
				return nil, fmt.Errorf("hyphenation patterns line %d: bad %q", n, line)
			}
			if f[0] == "LEFTHYPHENMIN" {
				p.Left = v
			} else {
				p.Right = v
			}
			continue
		case strings.HasPrefix(line, "NEXTLEVEL") || strings.ContainsAny(line, "/="):
			return nil, fmt.Errorf("hyphenation patterns line %d: compound levels and non-standard hyphenation are not supported", n)
		}
		if err := p.add(line); err != nil {
			return nil, fmt.Errorf("hyphenation patterns line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(p.values) == 0 {
		return nil, errors.New("hyphenation patterns: none")
	}
	return p, nil
}

func (p *Patterns) add(pat string) error {
	var letters []rune
	digits := []uint8{0}
	for _, r := range pat {
		if r >= '0' && r <= '9' {
			digits[len(digits)-1] = uint8(r - '0')
			continue
		}
		if r != '.' && !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return fmt.Errorf("%q: %q is not a letter", pat, r)
		}
		letters = append(letters, unicode.ToLower(r))
		digits = append(digits, 0)
	}
	if len(letters) == 0 {
		return fmt.Errorf("%q has no letters", pat)
	}
	p.values[string(letters)] = digits
	p.maxLen = max(p.maxLen, len(letters))
	return nil
}

// Points returns the rune offsets (1 … n−1) of word where a hyphen may
// go: a break before word's rune i for each i returned. Words with
// characters other than letters, and words shorter than Left+Right, have
// none.
func (p *Patterns) Points(word string) []int {
	n := utf8.RuneCountInString(word)
	if n < p.Left+p.Right {
		return nil
	}
	w := make([]rune, 0, n+2)
	w = append(w, '.')
	for _, r := range word {
		if !unicode.IsLetter(r) {
			return nil
		}
		w = append(w, unicode.ToLower(r))
	}
	w = append(w, '.')
	vals := make([]uint8, len(w)+1)
	var key strings.Builder
	for i := range w {
		key.Reset()
		for j := i; j < len(w) && j-i < p.maxLen; j++ {
			key.WriteRune(w[j])
			d, ok := p.values[key.String()]
			if !ok {
				continue
			}
			for k, v := range d {
				if v > vals[i+k] {
					vals[i+k] = v
				}
			}
		}
	}
	var out []int
	for i := p.Left; i <= n-p.Right; i++ {
		// The break before word rune i lies before w[i+1].
		if vals[i+1]%2 == 1 {
			out = append(out, i)
		}
	}
	return out
}

// Hyphenate returns word with sep at every point (for tests and tools).
func (p *Patterns) Hyphenate(word, sep string) string {
	pts := p.Points(word)
	if len(pts) == 0 {
		return word
	}
	rs := []rune(word)
	var b strings.Builder
	last := 0
	for _, i := range pts {
		b.WriteString(string(rs[last:i]))
		b.WriteString(sep)
		last = i
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}

var (
	enOnce sync.Once
	en     *Patterns
	enErr  error
)

// English returns the bundled US English patterns (assets/hyphen), parsed once.
func English() (*Patterns, error) {
	enOnce.Do(func() { en, enErr = Parse(assets.HyphenPatterns()) })
	return en, enErr
}
