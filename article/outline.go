package article

import (
	"fmt"
	"io"
	"strings"
)

// Outline prints the article's structure, one element a line, with IDs and
// abbreviated texts: the form "banmian show" prints and tests compare.
func (a *Article) Outline(w io.Writer) {
	p := func(indent int, format string, args ...any) {
		fmt.Fprintf(w, "%s%s\n", strings.Repeat("  ", indent), fmt.Sprintf(format, args...))
	}
	field := func(name, v string) {
		if v != "" {
			p(0, "%-9s %s", name+":", v)
		}
	}
	field("lang", a.Lang)
	field("channel", strings.Join(a.Channel, " › "))
	field("kicker", a.Kicker)
	field("headline", a.Headline)
	field("subtitle", a.Subtitle)
	field("source", a.Source)
	field("authors", strings.Join(a.Authors, ", "))
	field("editor", a.Editor)
	if a.Published != nil {
		field("published", a.Published.Format("2006-01-02 15:04:05 -07:00"))
	}
	field("byline", a.Byline)
	p(0, "lead")
	blocks(p, 1, a, a.Lead)
	for _, s := range a.Sections {
		p(0, "section [%s] keywords %q title %q", s.ID, strings.Join(s.Keywords, " "), s.Title)
		blocks(p, 1, a, s.Body)
		for _, c := range s.Scenes {
			p(1, "%s [%s]%s", c.Label, c.ID, quoted(" title ", c.Title))
			blocks(p, 2, a, c.Body)
		}
	}
	p(0, "footer")
	for _, c := range a.Footer.Credits {
		p(1, "credit    %s", c)
	}
	if a.Footer.Copyright != "" {
		p(1, "copyright %s", a.Footer.Copyright)
	}
	if a.Footer.Link != "" {
		p(1, "link      %s", a.Footer.Link)
	}
}

func quoted(prefix, s string) string {
	if s == "" {
		return ""
	}
	return fmt.Sprintf("%s%q", prefix, s)
}

func blocks(p func(int, string, ...any), indent int, a *Article, bs []Block) {
	for _, b := range bs {
		switch b.Kind {
		case Photo:
			state := ""
			if b.Missing {
				state = " MISSING"
			} else if as := a.Asset(b.Asset); as != nil {
				state = fmt.Sprintf(" %d×%d", as.Width, as.Height)
			}
			p(indent, "[%s] photo %s%s caption %q%s", b.ID, b.File, state, b.Caption, quoted(" credit ", b.Credit))
		default:
			p(indent, "[%s] %s %s", b.ID, b.Kind, abbrev(b.Text, 36))
		}
	}
}

func abbrev(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
