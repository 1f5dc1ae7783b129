package plaintext

import (
	"strings"

	"banmian/article"
)

// Result is what an import made and what it noticed.
type Result struct {
	// Article is the imported article.
	Article *article.Article
	// Encoding names the input's encoding ("UTF-8", "GB18030" …).
	Encoding string
	// Warnings are things an editor should check, with their input line.
	Warnings []Warning
	// Dropped lists the web leftovers that were left out, with the reason.
	Dropped []Dropped
	// Lines says, for every kept input line, which element or field holds it.
	Lines []Fate
	// PunctFixed counts half-width marks in Chinese text made full-width.
	PunctFixed int
	// ChannelFrom is the line the channel was inferred from, when no breadcrumb gave it (0 otherwise).
	ChannelFrom int
}

// Warning is a remark on one input line (Line from 1; 0 for the whole text).
type Warning struct {
	Line    int
	Message string
}

// Dropped is an input line left out as a web leftover.
type Dropped struct {
	Line   int
	Text   string
	Reason string
}

// Fate records where an input line went: an element ID (block, section,
// scene) or one of the article's field IDs ([article.IDHeadline] …).
type Fate struct {
	Line   int
	Text   string
	Target string
}

// String gives "line N: message".
func (w Warning) String() string {
	if w.Line == 0 {
		return w.Message
	}
	return article.Sprintf("line %d: %s", w.Line, w.Message)
}

// Summary describes what the import recognised, then its warnings and the
// dropped lines, one item a line.
func (r *Result) Summary() string {
	a := r.Article
	var b strings.Builder
	p := func(format string, args ...any) { b.WriteString(article.Sprintf(format, args...) + "\n") }
	p("encoding: %s; language: %s", r.Encoding, a.Lang)
	if len(a.Channel) > 0 {
		from := article.T("breadcrumb")
		if r.ChannelFrom > 0 {
			from = article.Sprintf("inferred from line %d", r.ChannelFrom)
		}
		p("channel: %s (%s)", strings.Join(a.Channel, " › "), from)
	}
	for _, f := range []struct{ name, v string }{{"kicker", a.Kicker}, {"headline", a.Headline}, {"subtitle", a.Subtitle}} {
		if f.v != "" {
			p("%s: %s", article.T(f.name), f.v)
		}
	}
	var meta []string
	if a.Source != "" {
		meta = append(meta, article.Sprintf("source %s", a.Source))
	}
	if len(a.Authors) > 0 {
		meta = append(meta, article.Sprintf("authors %s", strings.Join(a.Authors, ", ")))
	}
	if a.Editor != "" {
		meta = append(meta, article.Sprintf("editor %s", a.Editor))
	}
	if a.Published != nil {
		meta = append(meta, article.Sprintf("published %s", a.Published.Format("2006-01-02 15:04:05 -07:00")))
	}
	if len(meta) > 0 {
		p("meta: %s", strings.Join(meta, article.T("; ")))
	}
	if a.Byline != "" {
		p("byline: %s", a.Byline)
	}
	p("lead: %s", countBlocks(a.Lead))
	for i, s := range a.Sections {
		title := s.Title
		if title == "" {
			title = article.T("(no title)")
		}
		p("section %d [%s] %s: intro %s; %d scenes", i+1, strings.Join(s.Keywords, " "), title, countBlocks(s.Body), len(s.Scenes))
		for _, c := range s.Scenes {
			p("  %s%s: %s", c.Label, prefixed(" ", c.Title), countBlocks(c.Body))
		}
	}
	photos, missing := 0, 0
	for _, bl := range a.Blocks() {
		if bl.Kind == article.Photo {
			photos++
			if bl.Missing {
				missing++
			}
		}
	}
	p("photos: %d (%d attached, %d missing)", photos, photos-missing, missing)
	p("footer: %d credit lines; copyright %s; link %s", len(a.Footer.Credits), yesNo(a.Footer.Copyright), orNone(a.Footer.Link))
	if r.PunctFixed > 0 {
		p("punctuation: %d half-width marks in Chinese text made full-width", r.PunctFixed)
	}
	for _, w := range r.Warnings {
		p("warning: %s", w)
	}
	for _, d := range r.Dropped {
		p("dropped line %d (%s): %s", d.Line, article.T(d.Reason), d.Text)
	}
	return b.String()
}

func countBlocks(bs []article.Block) string {
	n := map[article.BlockKind]int{}
	for _, b := range bs {
		n[b.Kind]++
	}
	var parts []string
	for _, k := range article.Kinds() {
		if n[k.Kind] > 0 {
			parts = append(parts, article.Sprintf("%d "+string(k.Kind), n[k.Kind]))
		}
	}
	if len(parts) == 0 {
		return article.T("empty")
	}
	return strings.Join(parts, article.T(", "))
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func yesNo(s string) string {
	if s == "" {
		return article.T("none")
	}
	return article.T("yes")
}

func orNone(s string) string {
	if s == "" {
		return article.T("none")
	}
	return s
}
