package layout

import "unicode"

// class is a character's role in Chinese composition (clreq §A).
type class uint8

const (
	clsOther     class = iota
	clsHan             // hanzi, kana, full-width letters: one em, no adjustment
	clsLatin           // Latin letters and digits (proportional)
	clsSpace           // a space
	clsOpen            // opening brackets and quotes: blank on the left half
	clsClose           // closing brackets and quotes: blank on the right half
	clsPause           // ，、；： pause marks: blank on the right half
	clsStop            // 。！？ stop marks: blank on the right half
	clsDash            // — (a 破折号 is two of them, 2 em, never split)
	clsEllipsis        // … ⋯ (省略号, two of them, never split)
	clsMiddle          // · ・ 间隔号: centred, blank on both sides
	clsConnector       // ～ - – connector marks
	clsSolidus         // /
)

func classify(r rune) class {
	switch r {
	case '“', '‘', '（', '《', '〈', '【', '〖', '〔', '［', '｛', '「', '『', '(', '[', '{':
		return clsOpen
	case '”', '’', '）', '》', '〉', '】', '〗', '〕', '］', '｝', '」', '』', ')', ']', '}':
		return clsClose
	case '，', '、', '；', '：', ',', ';', ':':
		return clsPause
	case '。', '！', '？', '．', '‼', '⁇', '.', '!', '?':
		return clsStop
	case '—', '⸺', '⸻', '―':
		return clsDash
	case '…', '⋯':
		return clsEllipsis
	case '·', '・', '‧':
		return clsMiddle
	case '～', '~', '-', '–', '‐':
		return clsConnector
	case '/', '／':
		return clsSolidus
	case ' ', '\u3000', '\t', '\u00a0':
		return clsSpace
	}
	switch {
	case unicode.Is(unicode.Han, r), unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul),
		r >= 0xFF10 && r <= 0xFF5A, r >= 0x3000 && r <= 0x303F, r >= 0x2460 && r <= 0x24FF:
		return clsHan
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return clsLatin
	}
	return clsOther
}

// noLineStart: marks that must not begin a line (clreq basic level).
func noLineStart(c class) bool {
	switch c {
	case clsClose, clsPause, clsStop, clsMiddle, clsConnector, clsSolidus:
		return true
	}
	return false
}

// noLineEnd: marks that must not end a line.
func noLineEnd(c class) bool { return c == clsOpen }

// cjk reports classes that belong to Chinese text (for the Han–Latin gap).
func cjk(c class) bool { return c == clsHan }
