package plaintext

import (
	"banmian/article"
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrNotText signals input that is not text in a known encoding.
var ErrNotText = article.NewError("not text: binary data, or an encoding other than UTF-8, UTF-16 or GB18030/GBK")

// Decode turns the input bytes into a UTF-8 string and names the encoding it
// found: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (which
// includes GBK and GB2312).
func Decode(data []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data, encoding = data[3:], "UTF-8 with BOM"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, data)
		if err != nil || !utf8.Valid(out) || hasBinary(out) {
			return "", "", ErrNotText
		}
		return string(out), "UTF-16", nil
	default:
		encoding = "UTF-8"
	}
	if utf8.Valid(data) {
		if hasBinary(data) {
			return "", "", ErrNotText
		}
		return string(data), encoding, nil
	}
	out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), data)
	if err != nil || hasBinary(out) || !plausibleChinese(out) {
		return "", "", article.Errorf("%w (it is not valid UTF-8, and does not read as Chinese GB18030)", ErrNotText)
	}
	return string(out), "GB18030", nil
}

// hasBinary reports control characters that text never holds (NUL and the
// like), a sign of a binary file.
func hasBinary(b []byte) bool {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n > 0 && (n > len(b)/100 || bytes.IndexByte(b, 0) >= 0)
}

// plausibleChinese reports whether decoded GB18030 text looks like real
// Chinese: most non-ASCII runes are common hanzi or CJK punctuation, not rare
// symbols that random bytes decode to.
func plausibleChinese(b []byte) bool {
	good, bad := 0, 0
	for _, r := range string(b) {
		switch {
		case r < 0x80:
		case r == utf8.RuneError:
			bad += 10
		case r >= 0x4E00 && r <= 0x9FA5, r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x2010 && r <= 0x2027:
			good++
		default:
			bad++
		}
	}
	return good > 0 && bad*10 < good
}
