package article

import "strconv"

// KindInfo is everything that differs between block kinds, in one place:
// the model, paths, print, web, the outline and the text form all read it.
// Adding a kind is a row here (and its template style and translations).
type KindInfo struct {
	// Kind is the block kind.
	Kind BlockKind
	// Text is set for kinds that hold Text (all but photos).
	Text bool
	// Style is the template style the kind prints in (see docs/templates.md
	// for the fallback of a style a template does not give).
	Style string
	// Noun names the n-th block of the kind in a readable path: Chinese and
	// English formats for the number ("第%d段", "paragraph %d").
	Noun [2]string
	// Name is the kind's English name in the editor (translated there).
	Name string
	// Glyph marks the kind in the outline (a character the bundled fonts have).
	Glyph string
	// HTML is the element the web page gives it.
	HTML string
	// Marker starts the kind's line in the text form, Chinese and English
	// ("" for kinds told apart otherwise); the importer recognises it.
	Marker [2]string
	// Label prints the marker before the text on the page and the web
	// (编者按：…).
	Label bool
}

// LabelFor is the label a block of the kind prints before its text ("" for
// kinds without one): the Chinese marker for Chinese text, else English.
func (k KindInfo) LabelFor(text string) string {
	if !k.Label {
		return ""
	}
	for _, r := range text {
		if r >= 0x4E00 && r <= 0x9FFF {
			return k.Marker[0]
		}
	}
	return k.Marker[1]
}

var kinds = []KindInfo{
	{Kind: Paragraph, Text: true, Style: "body", Noun: [2]string{"第%d段", "paragraph %d"}, Name: "Paragraph", Glyph: "¶", HTML: "p"},
	{Kind: Photo, Style: "caption", Noun: [2]string{"第%d张图", "photo %d"}, Name: "Photo", Glyph: "◎", HTML: "figure"},
	{Kind: Subhead, Text: true, Style: "subhead", Noun: [2]string{"第%d个小标题", "subhead %d"}, Name: "Subhead", Glyph: "§", HTML: "h3"},
	{Kind: Quote, Text: true, Style: "quote", Noun: [2]string{"第%d段引文", "quote %d"}, Name: "Quote", Glyph: "“", HTML: "blockquote"},
	{Kind: PullQuote, Text: true, Style: "pull_quote", Noun: [2]string{"第%d条金句", "pull quote %d"}, Name: "Pull Quote", Glyph: "★", HTML: "aside",
		Marker: [2]string{"金句：", "Pull quote: "}},
	{Kind: EditorsNote, Text: true, Style: "editors_note", Noun: [2]string{"第%d段编者按", "editor's note %d"}, Name: "Editor's Note", Glyph: "※", HTML: "aside",
		Marker: [2]string{"编者按：", "Editor's note: "}, Label: true},
}

// Kinds lists the block kinds, in the order menus show them.
func Kinds() []KindInfo { return kinds }

// KindOf returns what a kind is, and false for a kind Banmian does not know.
func KindOf(k BlockKind) (KindInfo, bool) {
	for _, i := range kinds {
		if i.Kind == k {
			return i, true
		}
	}
	return KindInfo{}, false
}

// TextKinds are the kinds that hold text, for the editor's kind choice.
func TextKinds() []KindInfo {
	var out []KindInfo
	for _, i := range kinds {
		if i.Text {
			out = append(out, i)
		}
	}
	return out
}

func blockName(k BlockKind, n int, zh bool) string {
	info, ok := KindOf(k)
	if !ok {
		info = kinds[0]
	}
	f := info.Noun[1]
	if zh {
		f = info.Noun[0]
	}
	return replaceNumber(f, n)
}

func replaceNumber(format string, n int) string {
	for i := 0; i+1 < len(format); i++ {
		if format[i] == '%' && format[i+1] == 'd' {
			return format[:i] + strconv.Itoa(n) + format[i+2:]
		}
	}
	return format
}
