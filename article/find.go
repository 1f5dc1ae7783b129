package article

import "regexp"

// TextField is one editable text of the article, as Find and Replace sees
// it: the element it belongs to, the editor's key for the field, the text.
type TextField struct {
	// ID is the element's ID, or a field ID ([IDHeadline] …) for the header
	// and footer.
	ID string
	// Key names the field as the editor's history does ("headline",
	// "p3.text", "s1.title" …); list fields share one key.
	Key string
	// Text points at the text in the article.
	Text *string
}

// TextFields lists every editable text in reading order.
func (a *Article) TextFields() []TextField {
	var out []TextField
	add := func(id, key string, s *string) { out = append(out, TextField{ID: id, Key: key, Text: s}) }
	for i := range a.Channel {
		add(IDChannel, "channel", &a.Channel[i])
	}
	add(IDKicker, "kicker", &a.Kicker)
	add(IDHeadline, "headline", &a.Headline)
	add(IDSubtitle, "subtitle", &a.Subtitle)
	add(IDMeta, "source", &a.Source)
	for i := range a.Authors {
		add(IDMeta, "authors", &a.Authors[i])
	}
	add(IDMeta, "editor", &a.Editor)
	add(IDByline, "byline", &a.Byline)
	a.Walk(func(e Element) {
		switch {
		case e.Blk != nil:
			b := e.Blk
			if b.Kind == Photo {
				add(b.ID, b.ID+".caption", &b.Caption)
				add(b.ID, b.ID+".credit", &b.Credit)
				add(b.ID, b.ID+".alt", &b.Alt)
			} else {
				add(b.ID, b.ID+".text", &b.Text)
			}
		case e.Scn != nil:
			add(e.Scn.ID, e.Scn.ID+".title", &e.Scn.Title)
		case e.Sec != nil:
			for i := range e.Sec.Keywords {
				add(e.Sec.ID, e.Sec.ID+".keywords", &e.Sec.Keywords[i])
			}
			add(e.Sec.ID, e.Sec.ID+".title", &e.Sec.Title)
		}
	})
	for i := range a.Footer.Credits {
		add(IDFooter, "credits", &a.Footer.Credits[i])
	}
	add(IDCopyright, "copyright", &a.Footer.Copyright)
	add(IDLink, "link", &a.Footer.Link)
	return out
}

// Match is one occurrence found by [Article.Find].
type Match struct {
	// Field is the index in [Article.TextFields].
	Field int
	// Start and End are byte offsets in the field's text.
	Start, End int
	// ID and Key are the field's (see [TextField]).
	ID, Key string
}

// finder compiles the query: literal text, optionally ignoring case.
func finder(query string, matchCase bool) *regexp.Regexp {
	if query == "" {
		return nil
	}
	p := regexp.QuoteMeta(query)
	if !matchCase {
		p = "(?i)" + p
	}
	return regexp.MustCompile(p)
}

// FindText lists every occurrence of query in the article's texts, in
// reading order; matchCase false ignores the case of Latin letters.
func (a *Article) FindText(query string, matchCase bool) []Match {
	re := finder(query, matchCase)
	if re == nil {
		return nil
	}
	var out []Match
	for i, f := range a.TextFields() {
		for _, m := range re.FindAllStringIndex(*f.Text, -1) {
			out = append(out, Match{Field: i, Start: m[0], End: m[1], ID: f.ID, Key: f.Key})
		}
	}
	return out
}

// ReplaceText replaces every occurrence of query by with and returns how
// many were replaced. The replacement is literal ("$1" stays "$1").
func (a *Article) ReplaceText(query, with string, matchCase bool) int {
	re := finder(query, matchCase)
	if re == nil {
		return 0
	}
	n := 0
	for _, f := range a.TextFields() {
		k := len(re.FindAllStringIndex(*f.Text, -1))
		if k == 0 {
			continue
		}
		n += k
		*f.Text = re.ReplaceAllLiteralString(*f.Text, with)
	}
	if n > 0 {
		a.Renumber()
	}
	return n
}

// ReplaceMatch replaces one occurrence found by [Article.FindText] (the
// article must not have changed since) and reports whether it still stood.
func (a *Article) ReplaceMatch(m Match, query, with string, matchCase bool) bool {
	fs := a.TextFields()
	if m.Field >= len(fs) {
		return false
	}
	s := fs[m.Field].Text
	if m.End > len(*s) || !finder(query, matchCase).MatchString((*s)[m.Start:m.End]) {
		return false
	}
	*s = (*s)[:m.Start] + with + (*s)[m.End:]
	return true
}
