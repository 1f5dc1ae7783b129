package article

import "strings"

// MetaItem is one part of the meta line (来源、作者、编辑、date).
type MetaItem struct {
	// Label precedes the value ("来源：", "By ", "" for the source in English).
	Label string
	// Text is the value as it prints (authors joined in the language's way).
	Text string
	// Date is set for the publication date (Text is then its printed form).
	Date bool
}

// MetaSeparator is what stands between meta items in print: an ideographic
// space in Chinese, a spaced middle dot in English.
func (a *Article) MetaSeparator() string {
	if a.IsChinese() {
		return "　"
	}
	return "  ·  "
}

// MetaItems builds the meta line once for print, the web and the text form:
// source, authors, editor, date, in the article's language.
func (a *Article) MetaItems() []MetaItem {
	zh := a.IsChinese()
	var m []MetaItem
	add := func(zhLabel, enLabel, v string) {
		if v == "" {
			return
		}
		label := enLabel
		if zh {
			label = zhLabel
		}
		m = append(m, MetaItem{Label: label, Text: v})
	}
	add("来源：", "", a.Source)
	add("作者：", "By ", JoinAuthors(a.Authors, zh))
	add("编辑：", "Editor: ", a.Editor)
	if a.Published != nil {
		text := a.Published.Format("2006-01-02 15:04")
		if !zh {
			text = a.Published.Format("January 2, 2006 15:04 MST")
		}
		m = append(m, MetaItem{Text: text, Date: true})
	}
	return m
}

// MetaLine is the meta line as one string (print).
func (a *Article) MetaLine() string {
	var parts []string
	for _, it := range a.MetaItems() {
		parts = append(parts, it.Label+it.Text)
	}
	return strings.Join(parts, a.MetaSeparator())
}

// JoinAuthors joins names as the language lists them: with spaces in
// Chinese ("何青 丁馨"), "A and B" or "A, B and C" in English.
func JoinAuthors(names []string, zh bool) string {
	switch {
	case zh:
		return strings.Join(names, " ")
	case len(names) < 3:
		return strings.Join(names, " and ")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
