package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"banmian/article"
)

// fitCaps keeps every field within the article's caps without losing text:
// a one-line field longer than [article.MaxLineChars] (a "headline" of a
// whole page, a caption of several paragraphs) becomes paragraphs where it
// stands, and a paragraph longer than [article.MaxTextChars] is split into
// several, at sentence ends where it can be, else at spaces, else anywhere.
// Each move is a warning naming the input line.
func (im *importer) fitCaps() {
	a := im.a
	var lead []article.Block
	header := []struct {
		id string
		s  *string
	}{
		{article.IDKicker, &a.Kicker}, {article.IDHeadline, &a.Headline}, {article.IDSubtitle, &a.Subtitle},
		{article.IDMeta, &a.Source}, {article.IDMeta, &a.Editor}, {article.IDByline, &a.Byline},
	}
	for _, f := range header {
		if tooLong(*f.s, article.MaxLineChars) {
			lead = append(lead, im.spill(f.id, *f.s, article.Paragraph)...)
			*f.s = ""
		}
	}
	a.Channel = im.spillList(article.IDChannel, a.Channel, &lead)
	a.Authors = im.spillList(article.IDMeta, a.Authors, &lead)
	a.Lead = im.fitBody(append(lead, a.Lead...))
	for i := range a.Sections {
		s := &a.Sections[i]
		pre := im.spillTitle(s.ID, &s.Title)
		s.Keywords = im.spillList(s.ID, s.Keywords, &pre)
		s.Body = im.fitBody(append(pre, s.Body...))
		for j := range s.Scenes {
			c := &s.Scenes[j]
			c.Body = im.fitBody(append(im.spillTitle(c.ID, &c.Title), c.Body...))
		}
	}
	var tail []article.Block
	a.Footer.Credits = im.spillList(article.IDFooter, a.Footer.Credits, &tail)
	if tooLong(a.Footer.Copyright, article.MaxTextChars) {
		tail = append(tail, im.spill(article.IDCopyright, a.Footer.Copyright, article.Paragraph)...)
		a.Footer.Copyright = ""
	}
	if tooLong(a.Footer.Link, article.MaxLineChars) {
		tail = append(tail, im.spill(article.IDLink, a.Footer.Link, article.Paragraph)...)
		a.Footer.Link = ""
	}
	if len(tail) > 0 {
		body := im.lastBody()
		*body = append(*body, tail...)
	}
}

// spillTitle moves a title over the line cap to paragraphs (the start of
// its body) and clears it.
func (im *importer) spillTitle(id string, title *string) []article.Block {
	if !tooLong(*title, article.MaxLineChars) {
		return nil
	}
	pre := im.spill(id, *title, article.Paragraph)
	*title = ""
	return pre
}

// lastBody is the body of the article's last container.
func (im *importer) lastBody() *[]article.Block {
	a := im.a
	if n := len(a.Sections); n > 0 {
		s := &a.Sections[n-1]
		if m := len(s.Scenes); m > 0 {
			return &s.Scenes[m-1].Body
		}
		return &s.Body
	}
	return &a.Lead
}

func tooLong(s string, max int) bool {
	return len(s) > max && utf8.RuneCountInString(s) > max
}

// spillList moves the items of a list field over the line cap, and those
// past the list cap, to paragraphs.
func (im *importer) spillList(id string, list []string, dst *[]article.Block) []string {
	keep := list[:0:0]
	var rest []string
	for _, s := range list {
		if tooLong(s, article.MaxLineChars) {
			*dst = append(*dst, im.spill(id, s, article.Paragraph)...)
			continue
		}
		if len(keep) == article.MaxListItems {
			rest = append(rest, s)
			continue
		}
		keep = append(keep, s)
	}
	if len(rest) > 0 {
		*dst = append(*dst, im.spill(id, strings.Join(rest, "\n"), article.Paragraph)...)
	}
	if len(keep) == 0 {
		return nil
	}
	return keep
}

// fitBody splits over-long text blocks and moves over-long photo texts to
// paragraphs after their photo.
func (im *importer) fitBody(body []article.Block) []article.Block {
	var out []article.Block
	changed := false
	for _, b := range body {
		switch b.Kind {
		case article.Photo:
			out = append(out, b)
			var after []article.Block
			for _, s := range []*string{&b.Caption, &b.Credit, &b.Alt} {
				if tooLong(*s, article.MaxLineChars) {
					after = append(after, im.spill(b.ID, *s, article.Paragraph)...)
					*s = ""
				}
			}
			if len(after) > 0 {
				out[len(out)-1] = b
				out = append(out, after...)
				changed = true
			}
		default:
			if !tooLong(b.Text, article.MaxTextChars) {
				out = append(out, b)
				continue
			}
			kind := b.Kind
			if kind == article.Subhead {
				kind = article.Paragraph
			}
			parts := im.spill(b.ID, b.Text, kind)
			parts[0].ID = b.ID // the first part keeps the block's place and lines
			out = append(out, parts...)
			changed = true
		}
	}
	if !changed {
		return body
	}
	return out
}

// spill turns text that held field (or block) id into blocks of the kind,
// each within [article.MaxTextChars], and records where its lines went.
func (im *importer) spill(id, text string, kind article.BlockKind) []article.Block {
	var out []article.Block
	for _, part := range splitText(text, article.MaxTextChars) {
		out = append(out, article.Block{ID: im.newID(idBlock), Kind: kind, Text: part})
	}
	line := 0
	var fates []Fate
	for _, f := range im.res.Lines {
		if f.Target == id {
			line = f.Line
			for _, b := range out {
				fates = append(fates, Fate{Line: f.Line, Text: f.Text, Target: b.ID})
			}
		}
	}
	im.res.Lines = append(im.res.Lines, fates...)
	if len(out) > 1 {
		im.warn(line, "a text of %d characters is longer than a paragraph may be (%d): set as %d paragraphs", utf8.RuneCountInString(text), article.MaxTextChars, len(out))
	} else {
		im.warn(line, "a text of %d characters is too long for its field (%d): set as a paragraph", utf8.RuneCountInString(text), article.MaxLineChars)
	}
	return out
}

// splitText cuts s into parts of at most max characters: after the last
// sentence end that leaves a part at least half full, else at the last
// space, else anywhere. It runs in time linear in len(s).
func splitText(s string, max int) []string {
	var parts []string
	for utf8.RuneCountInString(s) > max {
		// Byte offset of the max-th rune.
		end, n := 0, 0
		for end < len(s) && n < max {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
			n++
		}
		cut := bestCut(s[:end])
		parts = append(parts, strings.TrimSpace(s[:cut]))
		s = strings.TrimLeftFunc(s[cut:], unicode.IsSpace)
	}
	if s != "" || len(parts) == 0 {
		parts = append(parts, s)
	}
	return parts
}

// bestCut returns where to end a part taken from the head of a text.
func bestCut(head string) int {
	half := len(head) / 2
	if i := strings.LastIndexAny(head, "。！？!?；"); i >= half {
		_, size := utf8.DecodeRuneInString(head[i:])
		return i + size
	}
	if i := strings.LastIndexAny(head, ". "); i >= half {
		return i + 1
	}
	return len(head)
}
