package article

import (
	"unicode/utf8"
)

// Caps on what an article may hold. The same caps apply to every way in
// (a .banmian file, a bare article.json, imported text, the editor) and to
// saving, so that whatever Banmian writes it can read back.
const (
	// MaxJSONBytes caps article.json, uncompressed: 64 MiB. Saving refuses
	// an article whose article.json would be larger.
	MaxJSONBytes = 64 << 20
	// MaxAssetBytes caps one image, uncompressed: 256 MiB.
	MaxAssetBytes = 256 << 20
	// MaxTotalBytes caps the whole archive, uncompressed: 1 GiB.
	MaxTotalBytes = 1 << 30
	// MaxEntries caps the number of zip entries (and so of images): 10,000.
	MaxEntries = 10000
	// MaxFileBytes caps a .banmian file on disk: 1 GiB.
	MaxFileBytes = 1 << 30
	// MaxTextFileBytes caps a text file to import, and a bare article.json: 16 MiB.
	MaxTextFileBytes = 16 << 20
	// MaxElements caps the number of sections, scenes and blocks: 100,000.
	MaxElements = 100_000
	// MaxLineChars caps one-line fields (headline, kicker, subtitle, caption,
	// credit, alt text, titles, labels, keywords, names, byline, footer
	// lines, link, file name): 2,000 characters.
	MaxLineChars = 2000
	// MaxTextChars caps the text of one paragraph, quote or subhead: 100,000 characters.
	MaxTextChars = 100_000
	// MaxListItems caps the channel parts, the authors, the keywords of a
	// section and the footer's credit lines: 1,000 each.
	MaxListItems = 1000
	// MaxIDLen caps an element ID: 64 bytes of [A-Za-z0-9_-].
	MaxIDLen = 64
	// MaxProblems is the most problems [Article.Validate] lists one by one;
	// the rest are counted.
	MaxProblems = 50
)

// validID reports whether id is a safe element ID: 1 to [MaxIDLen] ASCII
// letters, digits, '-' or '_'. IDs name files in exports, so nothing else
// (no '/', '.', or space) is allowed.
func validID(id string) bool {
	if id == "" || len(id) > MaxIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// ValidID reports whether id is a safe element ID (see [MaxIDLen]).
func ValidID(id string) bool { return validID(id) }

// checkLen reports a field longer than max characters, or not UTF-8.
func checkLen(s string, max int) error {
	if len(s) <= max { // bytes ≥ characters: short strings are fine
		if !utf8.ValidString(s) {
			return Errorf("is not valid UTF-8")
		}
		return nil
	}
	if !utf8.ValidString(s) {
		return Errorf("is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return Errorf("has %d characters (the cap is %d)", n, max)
	}
	return nil
}
