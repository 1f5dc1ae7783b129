package layout

import (
	"math"

	"banmian/article"
)

// pager places blocks into columns and pages.
type pager struct {
	t        *Template
	doc      *Document
	a        *article.Article
	area     Rect
	colW     Pt
	gutter   Pt
	page     *Page
	col      int
	y        Pt   // where the next block goes
	colTop   Pt   // top of the columns on this page (below a spanning header)
	atTop    bool // nothing placed in the column yet
	pending  []*block
	warnings []Warning

	limitPage   int // the page whose columns end early (balance), -1 for none
	limitBottom Pt  // where they end
}

func newPager(t *Template, doc *Document, a *article.Article) *pager {
	return &pager{t: t, doc: doc, a: a, area: t.TypeArea(), colW: t.ColumnWidth(), gutter: MM(t.Page.GutterMM), limitPage: -1}
}

func (p *pager) run(header, flow []*block) {
	p.newPage()
	for _, b := range header {
		p.placeLines(b, b.runs, p.area.X, true)
	}
	if len(header) > 0 {
		p.colTop = p.y
	}
	p.atTop = true
	for i, b := range flow {
		p.keepPhotosInScope(b)
		p.breakBefore(b)
		if b.kind == photoBlock {
			p.placePhoto(b)
		} else {
			p.placeText(b, keepHeight(flow[i+1:]))
		}
	}
	for len(p.pending) > 0 {
		p.nextColumn()
	}
}

// minPhotoShare is how far a photo may shrink to stay in its scene: to half
// its height (docs/templates.md).
const minPhotoShare = 0.3

// keepPhotosInScope sets the photos still waiting for a column before a
// block of another scene, section or the footer begins: a photo never
// prints after the next scene's label. One that can stand shrunk (to
// minPhotoShare) in what is left of this column is set here; the others
// take the top of the next column, before the new scene.
func (p *pager) keepPhotosInScope(b *block) {
	if len(p.pending) == 0 || p.pending[0].scope == b.scope {
		return
	}
	pend := p.pending
	p.pending = nil
	for i, ph := range pend {
		if shrunk := p.shrunkToFit(ph); shrunk != nil {
			p.placePhoto(shrunk)
			continue
		}
		p.pending = pend[i:]
		p.nextColumn() // sets the rest at the top of the next column
		return
	}
}

// shrunkToFit returns the photo scaled to the rest of the column, or nil
// when that would take it under minPhotoShare of its height.
func (p *pager) shrunkToFit(b *block) *block {
	sb := Pt(p.t.Styles[StyleBody].Leading * 0.5)
	fixed := photoHeight(b) - b.img.Rect.H
	room := p.bottom() - p.y - sb - fixed
	if room >= b.img.Rect.H || room < b.img.Rect.H*minPhotoShare {
		return nil
	}
	return p.scaledTo(b, room)
}

// scaledTo returns a copy of the photo block with the image h high (the
// width in proportion, centred in the column).
func (p *pager) scaledTo(b *block, h Pt) *block {
	img := *b.img
	img.Rect.W, img.Rect.H = img.Rect.W*h/img.Rect.H, h
	img.Rect.X = (p.colW - img.Rect.W) / 2
	cp := *b
	cp.img = &img
	return &cp
}

// breakBefore starts a block where the editor asked: at the top of a new
// column, or of a new page (photos waiting for a column are set first).
func (p *pager) breakBefore(b *block) {
	switch b.breakBefore {
	case article.BreakColumn:
		if !p.atTop || len(p.pending) > 0 {
			p.nextColumn()
		}
	case article.BreakPage:
		for len(p.pending) > 0 {
			p.nextColumn()
		}
		if !(p.atTop && p.col == 0 && p.y == p.colTop && len(p.page.Items) == 0) {
			p.newPage()
		}
	}
}

func (p *pager) newPage() {
	w, h := p.t.PageSize()
	p.doc.Pages = append(p.doc.Pages, Page{Width: w, Height: h, Bleed: MM(p.t.Page.BleedMM)})
	p.page = &p.doc.Pages[len(p.doc.Pages)-1]
	p.col, p.y, p.colTop, p.atTop = 0, p.area.Y, p.area.Y, true
}

func (p *pager) bottom() Pt {
	if len(p.doc.Pages)-1 == p.limitPage {
		return p.limitBottom
	}
	return p.area.Y + p.area.H
}

func (p *pager) colX() Pt { return p.area.X + Pt(p.col)*(p.colW+p.gutter) }

// nextColumn moves to the top of the next column (or page) and sets there
// the photos that did not fit before.
func (p *pager) nextColumn() {
	p.col++
	if p.col >= p.t.Page.Columns {
		p.newPage()
	} else {
		p.y, p.atTop = p.colTop, true
	}
	pend := p.pending
	p.pending = nil
	for _, b := range pend {
		p.placePhoto(b)
	}
}

func (p *pager) add(it Item) { p.page.Items = append(p.page.Items, it) }

func (p *pager) spaceBefore(b *block) Pt {
	if p.atTop {
		return 0
	}
	return Pt(b.st.SpaceBefore)
}

// keepHeight is the height that must follow a keep-with-next block in the
// same column: the blocks kept with it, then the first chunk of the next.
func keepHeight(rest []*block) Pt {
	h := Pt(0)
	for _, b := range rest {
		if b.kind == textBlock && b.keepNext {
			h += Pt(b.st.SpaceBefore) + Pt(len(b.runs))*b.leading + Pt(b.st.SpaceAfter)
			continue
		}
		return h + firstChunk(b)
	}
	return h
}

// firstChunk is the height a block needs at the least in a column: two
// lines of a paragraph, a whole heading, a whole photo.
func firstChunk(b *block) Pt {
	if b == nil {
		return 0
	}
	if b.kind == photoBlock {
		return photoHeight(b)
	}
	n := len(b.runs)
	if n > 2 && !b.keepNext {
		n = 2
	}
	return Pt(b.st.SpaceBefore) + Pt(n)*b.leading
}

func (p *pager) placeText(b *block, following Pt) {
	if len(b.runs) == 0 {
		return
	}
	if b.keepNext && !p.atTop {
		need := p.spaceBefore(b) + Pt(len(b.runs))*b.leading + Pt(b.st.SpaceAfter) + following
		if p.y+need > p.bottom()+0.01 {
			p.nextColumn()
		}
	}
	if b.keepTogether && !p.atTop {
		// Whole in this column, or whole at the top of the next (a block
		// taller than a column splits all the same).
		need := p.spaceBefore(b) + Pt(len(b.runs))*b.leading
		if p.y+need > p.bottom()+0.01 && need <= p.bottom()-p.colTop {
			p.nextColumn()
		}
	}
	runs := b.runs
	first := true
	for len(runs) > 0 {
		sb := p.spaceBefore(b)
		if !first {
			sb = 0
		}
		avail := int(math.Floor(float64((p.bottom() - p.y - sb + 0.01) / b.leading)))
		k := len(runs)
		if k > avail {
			k = avail
			if len(runs)-k == 1 && k > 2 {
				k-- // no single line alone at the top of the next column
			}
			if k < 2 && len(runs) >= 2 && first {
				k = 0 // no single line alone at the bottom
			}
			if k <= 0 && p.atTop {
				k = max(1, avail)
			}
		}
		if k > 0 {
			p.y += sb
			if first && b.bookmark != nil {
				bm := *b.bookmark
				bm.Page, bm.Y = len(p.doc.Pages)-1, p.y
				p.doc.Bookmarks = append(p.doc.Bookmarks, bm)
			}
			p.placeLines(b, runs[:k], p.colX(), first)
			runs = runs[k:]
			first = false
		}
		if len(runs) > 0 {
			p.nextColumn()
		}
	}
}

// placeLines draws runs of a block at the current y, from x; across the
// type area for spanning blocks.
func (p *pager) placeLines(b *block, runs []*TextRun, x Pt, first bool) {
	width := p.colW
	if b.span {
		width = p.area.W
		if first {
			p.y += Pt(b.st.SpaceBefore)
		}
	}
	ruleColor := p.t.Color("rule")
	if first && b.st.RuleAbove {
		p.add(&Rule{X1: x, Y1: p.y, X2: x + width, Y2: p.y, Width: 0.5, Color: ruleColor})
		p.y += Pt(b.st.Size) * 0.6
	}
	h := Pt(len(runs)) * b.leading
	if b.bg != nil {
		p.add(&Box{Rect: Rect{X: x, Y: p.y, W: width, H: h}, Color: *b.bg, ID: b.id})
	}
	size := Pt(b.st.Size)
	for i, r := range runs {
		cp := *r
		cp.X += x
		cp.Y = p.y + Pt(i)*b.leading + (b.leading-size)/2 + size*Pt(cp.Face.Ascent)
		cp.ID = b.id
		p.add(&cp)
		if b.link != "" {
			p.add(&Link{Rect: Rect{X: cp.X, Y: cp.Y - size, W: cp.Width(), H: size * 1.25}, URL: b.link})
		}
	}
	p.y += h
	p.atTop = false
	if b.st.RuleBelow {
		p.y += Pt(b.st.SpaceAfter) / 2
		p.add(&Rule{X1: x, Y1: p.y, X2: x + width, Y2: p.y, Width: 0.5, Color: ruleColor})
		p.y += Pt(b.st.SpaceAfter) / 2
	} else {
		p.y += Pt(b.st.SpaceAfter)
	}
}

// captionGap is the space between a photo and its caption.
const captionGap Pt = 4

func photoHeight(b *block) Pt {
	h := b.img.Rect.H + Pt(len(b.caption))*b.capLead + Pt(len(b.credit))*b.credLead + Pt(b.st.SpaceAfter)
	if len(b.caption)+len(b.credit) > 0 {
		h += captionGap
	}
	return h
}

// placePhoto sets a photo with its caption in the column; one that does not
// fit waits for the top of the next column while the text goes on.
func (p *pager) placePhoto(b *block) {
	sb := Pt(0)
	if !p.atTop {
		sb = Pt(p.t.Styles[StyleBody].Leading * 0.5)
	}
	h := photoHeight(b)
	if p.y+sb+h > p.bottom()+0.01 {
		if !p.atTop {
			p.pending = append(p.pending, b)
			return
		}
		// Taller than a whole column: scale the photo down to fit.
		b = p.scaledTo(b, b.img.Rect.H-(p.y+h-p.bottom()))
		p.warnings = append(p.warnings, Warning{Severity: SevWarning, ID: b.id, Path: p.a.Path(b.id), Message: article.T("photo and caption are taller than a column: photo scaled down")})
	}
	p.y += sb
	img := *b.img
	img.Rect.X += p.colX()
	img.Rect.Y = p.y
	p.add(&img)
	if img.Asset == nil {
		p.missingFrame(img.Rect, b)
	}
	p.y += img.Rect.H
	if len(b.caption)+len(b.credit) > 0 {
		p.y += captionGap
	}
	// Captions keep the measure they were set in (the photo's natural
	// width), centred in the column: a photo shrunk to fit must not push
	// them into the next column.
	x := p.colX() + (p.colW-b.width)/2
	for _, part := range []struct {
		runs []*TextRun
		lead Pt
	}{{b.caption, b.capLead}, {b.credit, b.credLead}} {
		for _, r := range part.runs {
			cp := *r
			cp.X += x
			cp.Y = p.y + (part.lead-cp.Size)/2 + cp.Size*Pt(cp.Face.Ascent)
			cp.ID = b.id
			p.add(&cp)
			p.y += part.lead
		}
	}
	p.y += Pt(b.st.SpaceAfter)
	p.atTop = false
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
