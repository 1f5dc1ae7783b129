package layout

// plan holds the decisions an earlier run of the pagination made that need
// the pages set again from their start: spanning photos hoisted to the top
// of the page they land on, photos set higher up in their scene's last
// column. Each photo is decided once, so the runs end (at most one more
// than there are photos).
type plan struct {
	hoist  []hoisting
	insert []insertion
}

// hoisting sets a photo at the top (or, with foot, the foot) of columns
// col … col+span-1 of page page, before the text of those columns.
type hoisting struct {
	b         *block
	page, col int
	foot      bool
}

// insertion sets a photo in column at.col of page at.page before the first
// line that would end below at.y (it then ends at the column's foot).
type insertion struct {
	b  *block
	at spot
}

func (pl *plan) clone() *plan {
	return &plan{hoist: append([]hoisting(nil), pl.hoist...), insert: append([]insertion(nil), pl.insert...)}
}

func (pl *plan) hoists(b *block) bool {
	for _, h := range pl.hoist {
		if h.b.key() == b {
			return true
		}
	}
	return false
}

func (pl *plan) inserts(b *block) bool {
	for _, in := range pl.insert {
		if in.b.key() == b {
			return true
		}
	}
	return false
}

// applyHoists sets the photos hoisted to this page at the top of their
// columns.
func (p *pager) applyHoists() {
	page := len(p.doc.Pages) - 1
	for _, h := range p.plan.hoist {
		if h.page != page || p.placed[h.b.key()] {
			continue
		}
		// A later decision may have taken the place (the pages changed
		// under an earlier one): then the flow sets the photo.
		if !p.freeEdge(h.col, h.b, h.foot) {
			continue
		}
		if h.foot {
			p.setFoot(h.b, h.col)
			continue
		}
		ht := photoHeight(h.b)
		p.drawFigure(h.b, p.colXOf(h.col), p.colTop)
		for j := h.col; j < h.col+h.b.spanCols; j++ {
			p.tops[j] = p.colTop + ht
		}
		if h.col == p.col {
			p.y = p.tops[p.col]
			p.sincePhoto, p.lastPhotoEnd = 0, p.y
		}
	}
}

// dueInsert is the photo planned higher up in this column and not set yet.
func (p *pager) dueInsert() *insertion {
	page := len(p.doc.Pages) - 1
	for i := range p.plan.insert {
		in := &p.plan.insert[i]
		if in.at.page == page && in.at.col == p.col && !p.placed[in.b.key()] && !p.dropped[in.b.key()] {
			return in
		}
	}
	return nil
}

// linesBeforeInsert is how many lines of leading lead (after sb) still go
// above the photo planned in this column; -1 when none is planned.
func (p *pager) linesBeforeInsert(sb, lead Pt) int {
	in := p.dueInsert()
	if in == nil {
		return -1
	}
	return int((in.at.y - p.y - sb + 0.01) / lead)
}

// flushInserts sets the photo planned in this column when the next piece
// of text (next high) would take the column past its place.
func (p *pager) flushInserts(next Pt) {
	in := p.dueInsert()
	if in == nil || p.y+next <= in.at.y+0.01 {
		return
	}
	if p.y+p.photoGap()+photoHeight(in.b) > p.bottom()+0.01 || !p.gapOK(in.b) {
		p.dropped[in.b.key()] = true // no longer fits here: the flow sets it
		return
	}
	p.setInline(in.b)
}

// placeWaiting sets the first photo waiting for lines after the photo
// above it, once they stand there.
func (p *pager) placeWaiting() {
	if len(p.waiting) == 0 || p.sincePhoto >= 0 && p.sincePhoto < minLinesBetween {
		return
	}
	b := p.waiting[0]
	p.waiting = p.waiting[1:]
	p.placePhoto(b)
}
