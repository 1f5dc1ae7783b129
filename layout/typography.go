package layout

import (
	"banmian/article"
	"banmian/layout/hyphen"
)

// Typography is how a template sets Chinese punctuation and breaks lines;
// an article's layout may override either field (article.Layout).
type Typography struct {
	// Punctuation is the style of full-width marks: "full" (全角式, every
	// mark one em; the default) or "kaiming" (开明式: the pause marks
	// ，、；： half an em inside a line, 。？！ a full em).
	Punctuation string `json:"punctuation,omitempty"`
	// Strictness is clreq's line-breaking level (§B): "none", "basic" (the
	// default), "gb" (basic + a solidus never ends a line) or "strict" (gb
	// + dashes and ellipses never start a line).
	Strictness string `json:"strictness,omitempty"`
}

// Strictness is a level of clreq's line-start and line-end prohibitions.
type Strictness uint8

// The levels, from none to strict.
const (
	StrictNone Strictness = iota
	StrictBasic
	StrictGB
	StrictStrict
)

// strictnessNames are the values of Typography.Strictness, by level.
var strictnessNames = []string{"none", "basic", "gb", "strict"}

// parseStrictness returns the level named s ("" is basic).
func parseStrictness(s string) (Strictness, bool) {
	if s == "" {
		return StrictBasic, true
	}
	for i, n := range strictnessNames {
		if s == n {
			return Strictness(i), true
		}
	}
	return StrictBasic, false
}

func checkPunctuation(s string) bool { return s == "" || s == "full" || s == "kaiming" }

// check reports a value out of the lists (what names the field, for the message).
func (ty Typography) check(what string) error {
	if !checkPunctuation(ty.Punctuation) {
		return article.Errorf("%s punctuation %q is not \"full\" or \"kaiming\"", what, ty.Punctuation)
	}
	if _, ok := parseStrictness(ty.Strictness); !ok {
		return article.Errorf("%s strictness %q is not \"none\", \"basic\", \"gb\" or \"strict\"", what, ty.Strictness)
	}
	return nil
}

// setting is what the composer needs of the typography for one paragraph.
type setting struct {
	kaiming bool       // 开明式 pause marks
	level   Strictness // prohibitions
	phrase  bool       // a space between hanzi is a ½-em phrase break (headings)
	hyph    bool       // Latin words may break at hyphenation points
}

// typographyFor is the template's typography with the article's choices
// over it.
func typographyFor(t *Template, a *article.Article) (kaiming bool, level Strictness) {
	ty := Typography{}
	if t != nil {
		ty = t.Typography
	}
	if a != nil && a.Layout != nil {
		if a.Layout.Punctuation != "" {
			ty.Punctuation = a.Layout.Punctuation
		}
		if a.Layout.Strictness != "" {
			ty.Strictness = a.Layout.Strictness
		}
	}
	level, _ = parseStrictness(ty.Strictness)
	return ty.Punctuation == "kaiming", level
}

// forbidStart: classes that may not begin a line at a level.
func forbidStart(c class, lv Strictness) bool {
	switch {
	case lv == StrictNone:
		return false
	case lv >= StrictStrict && (c == clsDash || c == clsEllipsis):
		return true
	}
	return noLineStart(c)
}

// forbidEnd: classes that may not end a line at a level.
func forbidEnd(c class, lv Strictness) bool {
	switch {
	case lv == StrictNone:
		return false
	case lv >= StrictGB && c == clsSolidus:
		return true
	}
	return noLineEnd(c)
}

// englishPatterns is the bundled hyphenation table, parsed on first use (a
// command that sets no Latin word never pays for it); nil if it failed to
// parse (then words do not hyphenate; layout/hyphen's tests keep it parsing).
func englishPatterns() *hyphen.Patterns {
	p, _ := hyphen.English()
	return p
}
