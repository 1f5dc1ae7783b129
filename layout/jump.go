package layout

import "strconv"

// Jump lines: when a story fixed to N pages runs past them even fitted, it
// goes on on a jump page, and two lines in the article's language send the
// reader there and back: "（下转第N+1版）" at the foot of page N's last
// column, "（上接第N版）" at the head of the continuation ("Continued on
// page N+1", "Continued from page N").

// jumpLines are the two composed lines and the page count they follow.
type jumpLines struct {
	pages   int        // the fixed page count: the story jumps from page pages to page pages+1
	out, in []*TextRun // the lines, composed at the column width
	lead    Pt
}

// jumpTexts are the jump lines' texts for a story of pages pages.
func jumpTexts(zh bool, pages int) (out, in string) {
	if zh {
		return "（下转第" + strconv.Itoa(pages+1) + "版）", "（上接第" + strconv.Itoa(pages) + "版）"
	}
	return "Continued on page " + strconv.Itoa(pages+1), "Continued from page " + strconv.Itoa(pages)
}

// newJumpLines composes the jump lines in the body style (the way out set
// flush right, the way back flush left).
func (c *collector) newJumpLines(pages int) *jumpLines {
	out, in := jumpTexts(c.zh, pages)
	st := c.t.Styles[StyleBody]
	st.Indent = 0
	st.Align = "right"
	w := c.t.ColumnWidth()
	col := c.t.Color(st.Color)
	j := &jumpLines{pages: pages, lead: Pt(st.Leading)}
	j.out = c.e.compose(out, st, col, w, c.zh, c.a.Lang).runs
	st.Align = "left"
	j.in = c.e.compose(in, st, col, w, c.zh, c.a.Lang).runs
	return j
}

// jumpOut sets the way out at the foot of the last column of the last
// fixed page, and keeps the text above it.
func (p *pager) jumpOut() {
	if p.jump == nil || len(p.doc.Pages) != p.jump.pages || len(p.jump.out) == 0 {
		return
	}
	last := p.t.Page.Columns - 1
	y := p.pageBottom() - p.jump.lead
	if !p.jumpDrawn { // once: the columns are reset again under a spanning header
		p.drawJump(p.jump.out[:1], p.colXOf(last), y)
		p.jumpDrawn = true
	}
	p.bots[last] = y
}

// jumpIn sets the way back at the head of the first continuation page.
func (p *pager) jumpIn() {
	if p.jump == nil || len(p.doc.Pages) != p.jump.pages+1 || len(p.jump.in) == 0 {
		return
	}
	p.drawJump(p.jump.in[:1], p.colXOf(0), p.colTop)
	p.tops[0] = p.colTop + p.jump.lead*1.5
	p.y = p.tops[0]
}

func (p *pager) drawJump(runs []*TextRun, x, y Pt) {
	for _, r := range runs {
		cp := *r
		cp.X += x
		cp.Y = y + (p.jump.lead-cp.Size)/2 + cp.Size*Pt(cp.Face.Ascent)
		cp.ID = "jump"
		p.add(&cp)
	}
}
