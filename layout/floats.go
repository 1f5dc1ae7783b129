package layout

import "banmian/article"

// Photos in the pager: inline photos stand in the column where the text
// reaches them (or at the top of the next one); photos the editor placed
// at a column's top or foot, and photos across columns, are floats that
// take their height off the columns they stand in.

// captionGap is the space between a photo and its caption.
const captionGap Pt = 4

// photoHeight is the height a photo block takes in its column: image,
// caption, credit and the space after; a row's tallest photo with its
// caption, then the row's shared caption.
func photoHeight(b *block) Pt {
	h := Pt(0)
	if b.cells != nil {
		for _, c := range b.cells {
			h = max(h, photoHeight(c)-Pt(c.st.SpaceAfter))
		}
	} else {
		h = b.img.Rect.H
	}
	h += Pt(len(b.caption))*b.capLead + Pt(len(b.credit))*b.credLead + Pt(b.st.SpaceAfter)
	if len(b.caption)+len(b.credit) > 0 {
		h += captionGap
	}
	return h
}

// photoGap is the space above a photo that does not head its column.
func (p *pager) photoGap() Pt {
	if p.atTop {
		return 0
	}
	return Pt(p.t.Styles[StyleBody].Leading * 0.5)
}

// lead is the body text's leading.
func (p *pager) lead() Pt { return Pt(p.t.Styles[StyleBody].Leading) }

// placePhoto sets a photo where the flow reaches it, as its layout says.
func (p *pager) placePhoto(b *block) {
	if p.placed[b.key()] {
		return
	}
	if b.spanCols > 1 {
		p.placeSpanning(b)
		return
	}
	switch b.place {
	case article.PlaceTop, article.PlaceBottom:
		p.placeAtEdge(b)
		return
	}
	if !p.gapOK(b) && !p.atTop {
		p.waiting = append(p.waiting, b) // no photo right under another
		return
	}
	p.setFitting(b)
}

// gapOK tells whether a photo may stand here: minLinesBetween lines after
// the column's photo above, unless the copy set the two together (one
// after the other, or at the end of their scene).
func (p *pager) gapOK(b *block) bool {
	return p.sincePhoto < 0 || p.sincePhoto >= minLinesBetween || p.relaxed || b.seq == p.lastPhotoSeq+1 && p.sincePhoto == 0
}

// setFitting sets an inline photo here if it fits, else it waits for the
// next column; at the head of a column too short for it, it is scaled down
// to the column (preflight says so) or, when photos at the column's top or
// foot take the room, it waits for the next column.
func (p *pager) setFitting(b *block) {
	h := photoHeight(b)
	room := p.bottom() - p.y - p.photoGap()
	if p.bots[p.col] < p.pageBottom()-0.01 {
		room -= minLinesBetween * p.lead() // text between it and the photo at the foot
	}
	if h <= room+0.01 {
		p.setInline(b)
		return
	}
	free := p.tops[p.col] <= p.colTop+0.01 && p.bots[p.col] >= p.pageBottom()-0.01
	if !p.atTop || !free {
		p.pending = append(p.pending, b)
		return
	}
	// Taller than a whole column: scale the photo down to fit; a caption
	// too long for the column even beside a photo scaled to a third keeps
	// the lines that fit, and preflight names the cut as an error.
	var imgH Pt
	if b.cells != nil {
		imgH = rowImageHeight(b)
	} else {
		imgH = b.img.Rect.H
	}
	nh := imgH - (h - room)
	if nh < imgH/3 {
		nh = imgH / 3
		var cut int
		b, cut = p.cutCaptions(b, (h-imgH)+nh-room)
		p.warnings = append(p.warnings, Warning{Severity: SevError, ID: b.id, Path: p.a.Path(b.id),
			Message: article.Sprintf("the caption is too long for the column: %d lines do not print (shorten it)", cut)})
	}
	b = p.scaledTo(b, nh)
	p.degraded++
	p.warnings = append(p.warnings, Warning{Severity: SevWarning, ID: b.id, Path: p.a.Path(b.id), Message: article.T("photo and caption are taller than a column: photo scaled down")})
	p.setInline(b)
}

// cutCaptions returns the photo block with its caption and credit lines
// cut by over (pt) — the row's and its photos' alike — and how many lines
// were cut.
func (p *pager) cutCaptions(b *block, over Pt) (*block, int) {
	cp := *b
	cut := 0
	trim := func(c *block) {
		for over > 0.01 && len(c.credit) > 0 {
			c.credit = c.credit[:len(c.credit)-1]
			over -= c.credLead
			cut++
		}
		for over > 0.01 && len(c.caption) > 0 {
			c.caption = c.caption[:len(c.caption)-1]
			over -= c.capLead
			cut++
		}
	}
	if b.cells != nil {
		trim(&cp)
		if over > 0.01 {
			cp.cells = make([]*block, len(b.cells))
			left := over
			for i, c := range b.cells {
				cc := *c
				over = left
				trim(&cc)
				cp.cells[i] = &cc
			}
		}
		return &cp, cut
	}
	trim(&cp)
	return &cp, cut
}

// placeAtEdge sets a photo the editor placed at the top or foot of the
// column it lands in: there at once when the column's text allows, else
// there in a new run of the pages (plan.go), else at the top or foot of
// the next column free for it.
func (p *pager) placeAtEdge(b *block) {
	foot := b.place == article.PlaceBottom
	page := len(p.doc.Pages) - 1
	switch {
	case !foot && p.atTop && p.tops[p.col] <= p.colTop+0.01:
		p.setFitting(b)
		return
	case foot:
		if s, ok := p.footSlot(b, 1); ok && s == p.col {
			p.setFoot(b, s)
			return
		}
	}
	if !p.frozen && !p.plan.hoists(b.key()) && p.freeEdge(p.col, b, foot) {
		p.plan.hoist = append(p.plan.hoist, hoisting{b: b, page: page, col: p.col, foot: foot})
		p.replan = true
		return
	}
	for s := p.col + 1; s < p.t.Page.Columns; s++ {
		if p.freeEdge(s, b, foot) {
			if foot {
				p.setFoot(b, s)
			} else {
				p.setTop(b, s)
			}
			return
		}
	}
	if p.atTop && p.tops[p.col] <= p.colTop+0.01 { // no column of the page is free for it: it heads this one
		p.setFitting(b)
		return
	}
	p.pending = append(p.pending, b)
}

// freeEdge tells whether column s has no photo at its top (or foot) and
// room there for the photo and a few lines of text.
func (p *pager) freeEdge(s int, b *block, foot bool) bool {
	if !foot {
		return p.freeTop(s, b)
	}
	if s < 0 || s+b.spanCols > p.t.Page.Columns {
		return false
	}
	h := photoHeight(b) + minLinesBetween*p.lead()
	for j := s; j < s+b.spanCols; j++ {
		if p.bots[j] < p.pageBottom()-0.01 || p.tops[j]+h > p.pageBottom() {
			return false
		}
	}
	return true
}

// setInline sets the photo at the current place in the column.
func (p *pager) setInline(b *block) {
	p.y += p.photoGap()
	p.flowMark(gapMajor)
	p.inFlow = true
	p.y += p.drawFigure(b, p.colX(), p.y)
	p.inFlow, p.afterPhoto, p.afterKeep, p.lastSpaceAfter = false, true, false, Pt(b.st.SpaceAfter)
	p.lastPhotoSeq = b.seq
	p.sincePhoto, p.lastPhotoEnd = 0, p.y
	p.atTop = false
}

// placeSpanning sets a photo across columns: at the top of this page's
// columns in a new run, from the leftmost it can take, when its scene
// began on an earlier page (or it is the lead's); else at the top of
// columns still empty on this page; at their foot when the editor asked;
// else in one column (named in preflight when the editor chose the span).
func (p *pager) placeSpanning(b *block) {
	if b.place == article.PlaceBottom {
		if s, ok := p.footSlot(b, b.spanCols); ok {
			p.setFoot(b, s)
			return
		}
	} else {
		// The top of this page from the leftmost column it can take (a new
		// run), else the top of the next free columns.
		if s, ok := p.hoistSlot(b); ok && !p.frozen && !(s == p.col && p.atTop && p.sincePhoto < 0) {
			p.plan.hoist = append(p.plan.hoist, hoisting{b: b, page: len(p.doc.Pages) - 1, col: s})
			p.replan = true
			return
		}
		if s, ok := p.topSlot(b); ok {
			p.setTop(b, s)
			return
		}
	}
	p.degraded++
	if b.explicitSpan {
		p.warnings = append(p.warnings, Warning{Severity: SevWarning, ID: b.id, Path: p.a.Path(b.id),
			Message: article.Sprintf("the photo cannot span %d columns here: it is set in one column", b.spanCols)})
	}
	p.placePhoto(b.narrow)
}

// topSlot is the first column of a run of span columns, this one (when
// nothing stands in it yet) or the next ones, free at the top of the page
// and tall enough for the photo and some lines of text.
func (p *pager) topSlot(b *block) (int, bool) {
	s := p.col
	if !(p.atTop && p.y <= p.tops[p.col]+0.01) || p.sincePhoto >= 0 {
		s++
	}
	return s, p.freeTop(s, b)
}

// freeTop tells whether the span of columns from s has no photo at its top
// and room for the photo and a few lines under it.
func (p *pager) freeTop(s int, b *block) bool {
	if s < 0 || s+b.spanCols > p.t.Page.Columns {
		return false
	}
	h := photoHeight(b)
	for j := s; j < s+b.spanCols; j++ {
		if p.tops[j] > p.colTop+0.01 || p.colTop+h+minLinesBetween*p.lead() > p.bots[j] {
			return false
		}
	}
	return true
}

// hoistSlot is where a spanning photo goes at the top of this page when
// the pages are set again: the span of columns ending at the rightmost
// it can, starting at most at this column; only for a photo whose scene
// began on an earlier page (or the lead's, on the first).
func (p *pager) hoistSlot(b *block) (int, bool) {
	if p.plan.hoists(b.key()) {
		return 0, false
	}
	page := len(p.doc.Pages) - 1
	st, ok := p.scopeAt[b.scope]
	if !(b.scope == "lead" && page == 0 || ok && st.page < page) {
		return 0, false
	}
	s := min(p.col, p.t.Page.Columns-b.spanCols)
	return s, p.freeTop(s, b)
}

// setTop sets a photo at the top of the span of columns from s.
func (p *pager) setTop(b *block, s int) {
	h := p.drawFigure(b, p.colXOf(s), p.colTop)
	for j := s; j < s+b.spanCols; j++ {
		p.tops[j] = p.colTop + h
	}
	if s == p.col {
		p.y = p.tops[p.col]
		p.sincePhoto, p.lastPhotoEnd = 0, p.y
	}
}

// footSlot is the first column of a run of span columns (this one when the
// photo fits under its text, else the next ones) with no photo at its foot
// and room for it.
func (p *pager) footSlot(b *block, span int) (int, bool) {
	h := photoHeight(b) - Pt(b.st.SpaceAfter) + p.lead()*0.5
	s := p.col
	need := p.y + h
	if p.sincePhoto >= 0 {
		need += minLinesBetween * p.lead()
	}
	if need > p.bots[p.col]+0.01 || p.bots[p.col] < p.pageBottom()-0.01 {
		s++
	}
	if s+span > p.t.Page.Columns {
		return 0, false
	}
	for j := s; j < s+span; j++ {
		if p.bots[j] < p.pageBottom()-0.01 || p.tops[j]+h+minLinesBetween*p.lead() > p.pageBottom() {
			return 0, false
		}
	}
	return s, true
}

// setFoot sets a photo at the foot of the span of columns from s.
func (p *pager) setFoot(b *block, s int) {
	h := photoHeight(b) - Pt(b.st.SpaceAfter)
	y := p.pageBottom() - h
	p.drawFigure(b, p.colXOf(s), y)
	for j := s; j < s+b.spanCols; j++ {
		p.bots[j] = y - p.lead()*0.5
	}
}

// drawFigure draws a photo block (one photo or a row) with its top-left
// corner at x, y and returns the height it takes.
func (p *pager) drawFigure(b *block, x, y Pt) Pt {
	p.placed[b.key()] = true
	if _, ok := p.scopeAt[b.scope]; !ok && b.scope != "" {
		p.scopeAt[b.scope] = spot{len(p.doc.Pages) - 1, p.col, y}
	}
	start := y
	if b.cells != nil {
		bottom := y
		for _, c := range b.cells {
			bottom = max(bottom, p.drawPhoto(c, x, y, false))
		}
		y = p.drawCaptions(b, x+(b.figW-b.width)/2, bottom)
	} else {
		y = p.drawPhoto(b, x, y, true)
	}
	return y - start + Pt(b.st.SpaceAfter)
}

// drawPhoto draws one image at x (the left of its figure) and y with its
// caption under it; it returns where the caption ends. Captions keep the
// measure they were set in (the photo's natural width), centred in the
// figure (centred): a photo shrunk to fit must not push them into the
// next column.
func (p *pager) drawPhoto(b *block, x, y Pt, centred bool) Pt {
	img := *b.img
	img.Rect.X += x
	img.Rect.Y = y
	p.add(&img)
	if img.Asset == nil {
		p.missingFrame(img.Rect, b)
	}
	capX := img.Rect.X + (img.Rect.W-b.width)/2
	if centred {
		capX = x + (b.figW-b.width)/2
	}
	return p.drawCaptions(b, capX, y+img.Rect.H)
}

// drawCaptions draws a block's caption and credit lines from x, y (just
// under the image) and returns where they end.
func (p *pager) drawCaptions(b *block, x, y Pt) Pt {
	if len(b.caption)+len(b.credit) > 0 {
		y += captionGap
	}
	for _, part := range []struct {
		runs []*TextRun
		lead Pt
	}{{b.caption, b.capLead}, {b.credit, b.credLead}} {
		for _, r := range part.runs {
			cp := *r
			cp.X += x
			cp.Y = y + (part.lead-cp.Size)/2 + cp.Size*Pt(cp.Face.Ascent)
			cp.ID = b.id
			p.add(&cp)
			y += part.lead
		}
	}
	return y
}

// missingFrame draws a missing photo as a neutral frame with its file name.
func (p *pager) missingFrame(r Rect, b *block) {
	grey := Color{0xe4, 0xe4, 0xe4}
	line := Color{0xa0, 0xa0, 0xa0}
	p.add(&Box{Rect: r, Color: grey, ID: b.id})
	p.add(&Rule{X1: r.X, Y1: r.Y, X2: r.X + r.W, Y2: r.Y + r.H, Width: 0.4, Color: line})
	p.add(&Rule{X1: r.X, Y1: r.Y + r.H, X2: r.X + r.W, Y2: r.Y, Width: 0.4, Color: line})
	for i, run := range b.missing {
		cp := *run
		cp.X += r.X
		cp.Y = r.Y + r.H/2 + Pt(i)*cp.Size*1.3 + cp.Size*0.35
		cp.ID = b.id
		p.add(&cp)
	}
}
