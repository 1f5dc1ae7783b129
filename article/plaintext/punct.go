package plaintext

import (
	"strings"
	"unicode"
)

var fullWidth = map[rune]rune{',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）'}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isCJKPunct(r rune) bool {
	return (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFF65) || r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}

// FullWidthPunct makes the half-width , : ; ? ! ( ) of Chinese text
// full-width, as web copy often loses them: a mark next to a hanzi becomes
// full-width; "19:39", "1,000", "Hello, world" and "(ABC)" are left alone.
// It returns the new text and the number of marks changed.
func FullWidthPunct(s string) (string, int) {
	rs := []rune(s)
	n := 0
	for i, r := range rs {
		fw, ok := fullWidth[r]
		if !ok || r == '(' || r == ')' {
			continue
		}
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if isHan(prev) || isCJKPunct(prev) && prev != ' ' || isHan(next) && !(r == ':' && prev >= '0' && prev <= '9' && next >= '0' && next <= '9') {
			rs[i] = fw
			n++
		}
	}
	// Parentheses go by pairs: full-width when what they hold is Chinese.
	for i := 0; i < len(rs); i++ {
		if rs[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != ')' && rs[j] != '(' {
			j++
		}
		if j < len(rs) && rs[j] == ')' && strings.IndexFunc(string(rs[i+1:j]), isHan) >= 0 {
			rs[i], rs[j] = '（', '）'
			n += 2
		}
		i = j - 1
	}
	if n == 0 {
		return s, 0
	}
	return string(rs), n
}
