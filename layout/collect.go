package layout

import (
	"strings"

	"banmian/article"
)

// blockKind says how the pager treats a block.
type blockKind uint8

const (
	textBlock blockKind = iota
	photoBlock
)

// block is one unit of the flow: a paragraph or heading, or a photo with
// its caption. collect fills what the article says (text, style, width);
// compose sets the text in lines (runs).
type block struct {
	kind         blockKind
	id           string
	st           Style
	text         string     // the text to set (text blocks)
	width        Pt         // the measure it is set in
	pad          Pt         // inner margin of a banner's background
	runs         []*TextRun // composed lines (X from the block's left)
	leading      Pt
	keepNext     bool
	span         bool
	bg           *Color // banner background
	bookmark     *Bookmark
	link         string
	scope        string // the scene, section body, "lead" or "footer" it belongs to (photos stay in theirs)
	breakBefore  string // "column" or "page": the editor's break before it
	keepTogether bool   // never split across columns
	// Photos.
	img                                  *Image // Rect holds the size only
	captionText, creditText, missingText string
	credSt                               Style
	caption                              []*TextRun
	capLead                              Pt
	credit                               []*TextRun
	credLead                             Pt
	missing                              []*TextRun // the file name printed in a missing photo's frame
	spanCols                             int        // columns a photo is set across (1: its column)
	place                                string     // article.PlaceInline, PlaceTop or PlaceBottom
	explicitSpan                         bool       // the editor chose the span (a narrower one is named in preflight)
	figW                                 Pt         // width of the columns the photo spans
	cells                                []*block   // the photos of a row (组图), side by side
	narrow                               *block     // a spanning photo set in one column, when it cannot span
	origin                               *block     // the flow's block this one is a form of (itself, or the spanning photo of a narrow one)
	seq                                  int        // place in the flow
}

// key is the flow block a photo block stands for: a photo is set once,
// in whichever form (spanning, narrow, shrunk).
func (b *block) key() *block {
	if b.origin != nil {
		return b.origin
	}
	return b
}

type collector struct {
	e        *Engine
	a        *article.Article
	t        *Template
	zh       bool
	warnings []Warning
	unknown  error  // the first block of a kind the engine does not know
	leadID   string // the lead photo's block ID (it spans the columns by default)
}

// ErrUnknownKind signals a block of a kind the engine cannot set: the
// article skipped validation, and nothing is dropped silently.
var ErrUnknownKind = article.NewError("unknown block kind")

func (c *collector) warn(sev Severity, id, format string, args ...any) {
	c.warnings = append(c.warnings, Warning{Severity: sev, ID: id, Path: c.a.Path(id), Message: article.Sprintf(format, args...)})
}

// collect turns the article into the header (set across the columns when
// its styles say so) and the flow of blocks.
func (c *collector) collect() (header, flow []*block) {
	a := c.a
	c.leadID = leadPhotoID(a)
	add := func(dst *[]*block, b *block) {
		if b != nil {
			*dst = append(*dst, b)
		}
	}
	sep := " › "
	add(&header, c.text(article.IDChannel, strings.Join(a.Channel, sep), StyleChannel))
	add(&header, c.text(article.IDKicker, a.Kicker, StyleKicker))
	if h := c.text(article.IDHeadline, a.Headline, StyleHeadline); h != nil {
		h.bookmark = &Bookmark{Title: a.Headline, Level: 0}
		add(&header, h)
	}
	add(&header, c.text(article.IDSubtitle, a.Subtitle, StyleSubtitle))
	add(&header, c.text(article.IDMeta, c.a.MetaLine(), StyleMeta))
	// Header blocks that do not span go to the flow.
	var spanned []*block
	for _, b := range header {
		if b.span {
			spanned = append(spanned, b)
		} else {
			flow = append(flow, b)
		}
	}
	add(&flow, c.text(article.IDByline, a.Byline, StyleByline))
	c.blocks(&flow, a.Lead)
	scopeFrom(flow, 0, "lead")
	for _, s := range a.Sections {
		secStart := len(flow)
		if len(s.Body) == 0 && len(s.Scenes) == 0 {
			c.warn(SevWarning, s.ID, "the section is empty")
		}
		kw := strings.Join(s.Keywords, " ")
		if b := c.text(s.ID, a.KeywordBanner(&s), StyleKeyword); b != nil {
			b.keepNext = true
			bg := c.t.Color(c.t.Styles[StyleKeyword].Background)
			b.bg = &bg
			add(&flow, b)
		}
		if t := c.text(s.ID, s.Title, StyleSectionTitle); t != nil {
			t.keepNext = true
			add(&flow, t)
		}
		// The section's bookmark goes on its first block (banner or title).
		for i := len(flow) - 1; i >= 0 && flow[i].id == s.ID; i-- {
			if i == 0 || flow[i-1].id != s.ID {
				flow[i].bookmark = &Bookmark{Title: strings.TrimSpace(kw + " " + s.Title), Level: 1}
			}
		}
		c.blocks(&flow, s.Body)
		breakAt(flow, secStart, s.BreakBefore)
		scopeFrom(flow, secStart, s.ID)
		for j, sc := range s.Scenes {
			scStart := len(flow)
			if strings.TrimSpace(sc.Label) == "" {
				sc.Label = a.SceneLabel(j + 1) // labels follow from places
			}
			label := a.SceneHeading(&sc)
			if b := c.text(sc.ID, label, StyleSceneLabel); b != nil {
				b.keepNext = true
				b.bookmark = &Bookmark{Title: label, Level: 2}
				add(&flow, b)
			}
			c.blocks(&flow, sc.Body)
			breakAt(flow, scStart, sc.BreakBefore)
			scopeFrom(flow, scStart, sc.ID)
		}
	}
	footStart := len(flow)
	c.footer(&flow)
	scopeFrom(flow, footStart, "footer")
	for i, b := range flow {
		b.seq, b.origin = i, b
		if b.narrow != nil {
			b.narrow.seq, b.narrow.origin = i, b
		}
	}
	return spanned, flow
}

// scopeFrom gives the blocks from start that have no scope yet the scope.
func scopeFrom(flow []*block, start int, scope string) {
	for _, b := range flow[start:] {
		if b.scope == "" {
			b.scope = scope
			if b.narrow != nil {
				b.narrow.scope = scope
			}
		}
	}
}

// text makes a text block set at the column width (or across the type area
// for spanning styles); nil for empty text.
func (c *collector) text(id, s, style string) *block {
	return c.styled(id, s, c.adjustIndent(c.t.Styles[style]))
}

func (c *collector) styled(id, s string, st Style) *block {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	width := c.t.ColumnWidth()
	if st.Span && c.t.Page.Columns > 1 {
		width = c.t.TypeArea().W
	}
	bgPad := Pt(0)
	if st.Background != "" {
		bgPad = Pt(st.Size) * 0.6
	}
	return &block{kind: textBlock, id: id, st: st, text: s, width: width, pad: bgPad, leading: Pt(st.Leading), span: st.Span && c.t.Page.Columns > 1}
}

// adjustIndent applies language rules: English paragraphs are indented 1 em,
// none after a heading (the pager removes it there); Chinese keeps the template's 2 em.
func (c *collector) adjustIndent(st Style) Style {
	if !c.zh && st.Indent > 0 {
		st.Indent = 1
	}
	return st
}

func shifted(runs []*TextRun, dx Pt) []*TextRun {
	out := make([]*TextRun, len(runs))
	for i, r := range runs {
		cp := *r
		cp.X += dx
		out[i] = &cp
	}
	return out
}

// breakAt gives the first block from start the editor's break, if any.
func breakAt(flow []*block, start int, br string) {
	if br != "" && start < len(flow) && flow[start].breakBefore == "" {
		flow[start].breakBefore = br
	}
}

func (c *collector) blocks(flow *[]*block, bs []article.Block) {
	afterHeading := true
	for i := 0; i < len(bs); i++ {
		b := &bs[i]
		start := len(*flow)
		if n := rowLength(bs[i:]); n > 1 {
			*flow = append(*flow, c.row(bs[i:i+n]))
			i += n - 1
		} else {
			c.block(flow, b, &afterHeading)
		}
		c.levers(*flow, start, b)
	}
}

// block adds the layout block of one article block to the flow.
func (c *collector) block(flow *[]*block, b *article.Block, afterHeading *bool) {
	switch b.Kind {
	case article.Paragraph:
		style := StyleBody
		if !c.zh && *afterHeading {
			*flow = append(*flow, c.noIndent(b.ID, b.Text, style))
		} else if blk := c.text(b.ID, b.Text, style); blk != nil {
			*flow = append(*flow, blk)
		}
		*afterHeading = false
	case article.Subhead:
		if blk := c.text(b.ID, b.Text, StyleSubhead); blk != nil {
			blk.keepNext = true
			*flow = append(*flow, blk)
		}
		*afterHeading = true
	case article.Photo:
		*flow = append(*flow, c.figure(b))
	default:
		if info, ok := article.KindOf(b.Kind); ok && info.Text {
			// Quote, pull quote …: set in the kind's style (with its
			// label, 编者按：).
			if blk := c.text(b.ID, info.LabelFor(b.Text)+b.Text, info.Style); blk != nil {
				*flow = append(*flow, blk)
			}
			return
		}
		if c.unknown == nil {
			c.unknown = article.Errorf("%w: block %s (%s) is of an unknown kind %q", ErrUnknownKind, b.ID, c.a.Path(b.ID), b.Kind)
		}
	}
}

func (c *collector) noIndent(id, s, style string) *block {
	st := c.t.Styles[style]
	st.Indent = 0
	blk := c.styled(id, s, st)
	if blk == nil {
		return &block{kind: textBlock, id: id}
	}
	return blk
}

// levers applies the editor's break and keep of an article block to the
// layout block made from it.
func (c *collector) levers(flow []*block, start int, b *article.Block) {
	if start >= len(flow) {
		return
	}
	breakAt(flow, start, b.BreakBefore)
	flow[start].keepTogether = flow[start].keepTogether || b.KeepTogether
}

func (c *collector) footer(flow *[]*block) {
	f := c.a.Footer
	first := true
	add := func(id, s string) *block {
		b := c.text(id, s, StyleFooter)
		if b == nil {
			return nil
		}
		if !first {
			b.st.SpaceBefore = 0
			b.st.RuleAbove = false
		}
		first = false
		*flow = append(*flow, b)
		return b
	}
	if len(f.Credits) > 0 {
		sep := "　"
		if !c.zh {
			sep = "  ·  "
		}
		add(article.IDFooter, strings.Join(f.Credits, sep))
	}
	add(article.IDCopyright, f.Copyright)
	if f.Link != "" {
		label := "本文链接："
		if !c.zh {
			label = "Link: "
		}
		if b := add(article.IDLink, label+f.Link); b != nil && article.SafeLink(f.Link) {
			b.link = f.Link // only http(s) links become link areas
		}
	}
}
