package layout

import (
	"math"
	"sort"

	"banmian/article"
)

// pager places blocks into columns and pages. Photos that span columns
// or stand at a column's top or foot are floats: they take their height
// off the columns (tops, bots) and the text flows in what is left. A
// decision that needs the page set again from its start (a spanning photo
// hoisted to the top of the page it lands on, a photo set higher up in its
// scene's last column) goes into the plan, and the pagination runs again
// with it (plan.go).
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
	tops     []Pt // per column of this page: where its text begins (below top floats)
	bots     []Pt // per column of this page: where its text ends (above foot floats)
	atTop    bool // nothing placed in the column yet
	pending  []*block
	waiting  []*block // photos waiting for minLinesBetween lines of text after the photo above them
	warnings []Warning

	sincePhoto   int // text lines set in the column since its last photo; -1: no photo in it
	lastPhotoEnd Pt  // where the column's last photo (with caption) ends

	plan   *plan
	replan bool // a decision was added to the plan: run again
	frozen bool // the last run allowed: no new decisions, the alternatives instead
	// degraded counts the photos set worse than asked (scaled to fit,
	// narrowed, out of their scene's column), widows the paragraphs whose
	// last line stands alone atop a column: a balancing trial may add none.
	degraded     int
	widows       int
	outOfScene   int  // photos set past their scene's end: a trial may add none, whatever else it saves
	relaxed      bool // photos the copy set together at a scene's end may stand together
	lastPhotoSeq int  // the flow place of the column's last photo
	placed       map[*block]bool
	dropped      map[*block]bool // planned insertions the pages no longer allow
	scopeAt      map[string]spot // where each scope's first line was set

	// Vertical justification of the column (vjustify.go).
	flowItems      []int // indices in page.Items of the column's flow
	gaps           []colGap
	colMarks       []colMark // the column's bookmarks (they move with their block)
	inFlow         bool      // items added now belong to the column's flow
	afterPhoto     bool      // the last block of the flow is a photo
	afterKeep      bool      // the last block of the flow is kept with the next
	noJustify      bool      // the column is left at an editor's break
	lastSpaceAfter Pt        // the space after the column's last block

	limitPage   int  // the page whose columns end early (balance), -1 for none
	limitBottom Pt   // where they end
	allowWidows bool // a balancing trial that cannot end the columns together otherwise
	jump        *jumpLines
	jumpDrawn   bool // the way out is on its page
}

// where is a place on a page: page index, column, y.
type spot struct {
	page, col int
	y         Pt
}

// minLinesBetween is how many lines of text stand at the least between two
// photos of one column that the editor did not set in a row.
const minLinesBetween = 3

func newPager(t *Template, doc *Document, a *article.Article, pl *plan) *pager {
	return &pager{t: t, doc: doc, a: a, area: t.TypeArea(), colW: t.ColumnWidth(), gutter: MM(t.Page.GutterMM), limitPage: -1,
		plan: pl, placed: map[*block]bool{}, dropped: map[*block]bool{}, scopeAt: map[string]spot{}, allowWidows: t.widowsOK}
}

func (p *pager) run(header, flow []*block) {
	p.newPage()
	for _, b := range header {
		p.placeLines(b, b.runs, p.area.X, true)
	}
	if len(header) > 0 {
		p.colTop = p.y
		p.resetColumns()
	}
	p.atTop = true
	p.applyHoists()
	for i, b := range flow {
		if p.placed[b.key()] {
			continue
		}
		p.keepPhotosInScope(b)
		if p.replan {
			return
		}
		p.breakBefore(b)
		p.flushInserts(firstChunk(b, p.allowWidows))
		if b.kind == photoBlock {
			p.placePhoto(b)
		} else {
			p.placeText(b, keepHeight(flow[i+1:], p.allowWidows))
		}
		if p.replan {
			return
		}
	}
	for len(p.pending)+len(p.waiting) > 0 {
		p.nextColumn()
	}
}

// Photos shrink to stay in their scene: first a little (fitShare, which
// reads as the same photo), after the other remedies down to minPhotoShare
// of their height (docs/templates.md).
const (
	fitShare      = 0.85
	minPhotoShare = 0.5
)

// keepPhotosInScope sets the photos still waiting for a column before a
// block of another scene, section or the footer begins: a photo never
// prints after the next scene's label. In order: the photo, shrunk a
// little, fits what is left of the column; it is set higher up in the
// column, in its own scene's text (a new run of the plan); shrunk further
// it fits; else it heads the next column and preflight names it. Photos
// the editor placed (top, foot, across columns) keep the editor's place.
func (p *pager) keepPhotosInScope(b *block) {
	photos := p.unplaced(append(append([]*block(nil), p.waiting...), p.pending...))
	p.pending, p.waiting = nil, nil
	if len(photos) == 0 || photos[0].scope == b.scope {
		p.pending = photos // (they all wait for the next column again)
		return
	}
	var keep []*block
	defer func() { p.pending = append(p.pending, keep...) }()
	// Photos the copy put together at the end of their scene may stand
	// together: no text of theirs is left to go between them.
	p.relaxed = true
	defer func() { p.relaxed = false }()
	for i, ph := range photos {
		if ph.place != "" && ph.place != article.PlaceInline || ph.spanCols > 1 {
			keep = append(keep, ph) // the editor's place: it waits for its column
			continue
		}
		if sh := p.shrunkToFit(ph, fitShare); sh != nil {
			p.setInline(sh)
			continue
		}
		if y, ok := p.insertY(ph); ok && !p.frozen && !p.plan.inserts(ph.key()) {
			p.plan.insert = append(p.plan.insert, insertion{b: ph, at: spot{len(p.doc.Pages) - 1, p.col, y}})
			p.replan = true
			return
		}
		if sh := p.shrunkToFit(ph, minPhotoShare); sh != nil {
			p.degraded++
			p.setInline(sh)
			continue
		}
		p.pending = append(p.pending, photos[i:]...)
		p.degraded++
		p.outOfScene++
		p.warnings = append(p.warnings, Warning{Severity: SevWarning, ID: ph.id, Path: p.a.Path(ph.id),
			Message: article.T("the photo does not fit the last column of its scene: it heads the next column, after its scene's text")})
		break
	}
	if len(p.pending) > 0 {
		p.nextColumn()
	}
}

// unplaced returns the photos not set yet, in the order of the flow.
func (p *pager) unplaced(bs []*block) []*block {
	out := bs[:0]
	for _, b := range bs {
		if !p.placed[b.key()] {
			out = append(out, b)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	return out
}

// shrunkToFit returns the photo scaled to the rest of the column, or nil
// when that would take it under share of its height (rows do not shrink:
// their captions keep their measures).
func (p *pager) shrunkToFit(b *block, share float64) *block {
	if b.cells != nil || !p.gapOK(b) {
		return nil
	}
	fixed := photoHeight(b) - b.img.Rect.H
	room := p.bottom() - p.y - p.photoGap() - fixed
	if room >= b.img.Rect.H || room < b.img.Rect.H*Pt(share) {
		return nil
	}
	return p.scaledTo(b, room)
}

// insertY is the lowest y where the photo can start higher up in this
// column, in its own scene's text, so that it ends at the column's foot
// and the scene's text goes on in the next column: at least two lines of
// the scene (after its label) above it and minLinesBetween lines after
// the column's photo above.
func (p *pager) insertY(b *block) (Pt, bool) {
	lead := Pt(p.t.Styles[StyleBody].Leading)
	yMax := p.bottom() - photoHeight(b) - p.photoGap()
	if yMax >= p.y-0.01 {
		return 0, false // it would stand here: higher up it gains nothing
	}
	minY := p.tops[p.col] + lead
	if st, ok := p.scopeAt[b.scope]; ok && st.page == len(p.doc.Pages)-1 && st.col == p.col {
		minY = st.y + lead*2.5 // two lines of the scene's text under its label
	} else if !ok {
		return 0, false
	}
	if p.sincePhoto >= 0 {
		minY = max(minY, p.lastPhotoEnd+minLinesBetween*lead)
	}
	return yMax, yMax >= minY
}

// scaledTo returns a copy of the photo block with the image h high (the
// width in proportion, centred in the photo's columns).
func (p *pager) scaledTo(b *block, h Pt) *block {
	cp := *b
	if b.cells != nil {
		// A row scales all its photos and the gaps between them alike,
		// around its middle.
		f := h / rowImageHeight(b)
		cp.cells = make([]*block, len(b.cells))
		for i, c := range b.cells {
			cc := *c
			img := *c.img
			img.Rect.X = b.figW/2 + (img.Rect.X-b.figW/2)*f
			img.Rect.W, img.Rect.H = img.Rect.W*f, img.Rect.H*f
			cc.img = &img
			cp.cells[i] = &cc
		}
		return &cp
	}
	img := *b.img
	img.Rect.W, img.Rect.H = img.Rect.W*h/img.Rect.H, h
	img.Rect.X = (b.figW - img.Rect.W) / 2
	cp.img = &img
	return &cp
}

// rowImageHeight is the height of a row's photos (they share it).
func rowImageHeight(b *block) Pt {
	h := Pt(0)
	for _, c := range b.cells {
		h = max(h, c.img.Rect.H)
	}
	return h
}

// breakBefore starts a block where the editor asked: at the top of a new
// column, or of a new page (photos waiting for a column are set first).
func (p *pager) breakBefore(b *block) {
	switch b.breakBefore {
	case article.BreakColumn:
		if !p.atTop || len(p.pending)+len(p.waiting) > 0 {
			p.noJustify = true
			p.nextColumn()
		}
	case article.BreakPage:
		for len(p.pending)+len(p.waiting) > 0 {
			p.nextColumn()
		}
		if !(p.atTop && p.col == 0 && p.y == p.tops[0] && len(p.page.Items) == 0) {
			p.flowItems, p.gaps, p.colMarks = nil, nil, nil
			p.newPage()
		}
	}
}

func (p *pager) newPage() {
	w, h := p.t.PageSize()
	p.doc.Pages = append(p.doc.Pages, Page{Width: w, Height: h, Bleed: MM(p.t.Page.BleedMM)})
	p.page = &p.doc.Pages[len(p.doc.Pages)-1]
	p.col, p.y, p.colTop, p.atTop = 0, p.area.Y, p.area.Y, true
	p.resetColumns()
	if len(p.doc.Pages) > 1 {
		p.jumpIn()
		p.applyHoists()
	}
}

// resetColumns frees the columns of the page from colTop to its foot.
func (p *pager) resetColumns() {
	defer p.jumpOut()
	n := p.t.Page.Columns
	p.tops, p.bots = make([]Pt, n), make([]Pt, n)
	for i := range n {
		p.tops[i], p.bots[i] = p.colTop, p.pageBottom()
	}
	p.y = p.colTop
	p.sincePhoto = -1
}

// pageBottom is where the columns of this page end (earlier on the last
// page while it is balanced).
func (p *pager) pageBottom() Pt {
	if len(p.doc.Pages)-1 == p.limitPage {
		return p.limitBottom
	}
	return p.area.Y + p.area.H
}

// bottom is where the text of this column ends.
func (p *pager) bottom() Pt { return min(p.pageBottom(), p.bots[p.col]) }

func (p *pager) colX() Pt { return p.colXOf(p.col) }

func (p *pager) colXOf(c int) Pt { return p.area.X + Pt(c)*(p.colW+p.gutter) }

// nextColumn moves to the top of the next column (or page) and sets there
// the photos that did not fit before.
func (p *pager) nextColumn() {
	p.justifyColumn()
	p.noJustify = false
	p.col++
	if p.col >= p.t.Page.Columns {
		p.newPage()
	} else {
		p.y, p.atTop = p.tops[p.col], true
		p.sincePhoto = -1
		if p.tops[p.col] > p.colTop+0.01 {
			p.sincePhoto, p.lastPhotoEnd = 0, p.tops[p.col]
		}
	}
	pend := p.unplaced(append(p.waiting, p.pending...))
	p.pending, p.waiting = nil, nil
	for _, b := range pend {
		p.placePhoto(b)
	}
}

func (p *pager) add(it Item) {
	if p.inFlow {
		p.flowItems = append(p.flowItems, len(p.page.Items))
	}
	p.page.Items = append(p.page.Items, it)
}

func (p *pager) spaceBefore(b *block) Pt {
	if p.atTop {
		return 0
	}
	return Pt(b.st.SpaceBefore)
}

// keepHeight is the height that must follow a keep-with-next block in the
// same column: the blocks kept with it, then the first chunk of the next.
func keepHeight(rest []*block, widowsOK bool) Pt {
	h := Pt(0)
	for _, b := range rest {
		if b.kind == textBlock && b.keepNext {
			h += Pt(b.st.SpaceBefore) + Pt(len(b.runs))*b.leading + Pt(b.st.SpaceAfter)
			continue
		}
		return h + firstChunk(b, widowsOK)
	}
	return h
}

// headingLines is how many lines of text a heading takes with it into its
// column at the least.
const headingLines = 2

// firstChunk is the height a block needs at the least in a column after a
// heading kept with it: two lines of a paragraph (a three-line one
// whole), a whole heading, a whole photo.
func firstChunk(b *block, widowsOK bool) Pt {
	if b == nil {
		return 0
	}
	if b.kind == photoBlock {
		return photoHeight(b)
	}
	n := len(b.runs)
	if n == headingLines+1 && !b.keepNext && !widowsOK {
		n = headingLines + 1 // two and one would leave a widow: all three
	} else if n > headingLines && !b.keepNext {
		n = headingLines
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
		p.flushInserts(sb + b.leading)
		rule := Pt(0) // the rule above a block's first line takes room too
		if first && b.st.RuleAbove {
			rule = Pt(b.st.Size) * 0.6
		}
		avail := int(math.Floor(float64((p.bottom() - p.y - sb - rule + 0.01) / b.leading)))
		k := len(runs)
		if k > avail {
			k = avail
			if len(runs)-k == 1 && (k >= 2 || k == 1 && !first) && !p.allowWidows {
				k-- // no last line alone at the top of the next column (a widow): pull one with it
			}
			if k < 2 && len(runs) >= 2 && first {
				k = 0 // no single line alone at the bottom
			}
			if k <= 0 && p.atTop && p.bottom() >= p.pageBottom()-0.01 && p.tops[p.col] <= p.colTop+0.01 {
				k = max(1, avail) // a line taller than the column: it goes here
			}
		}
		// A photo planned higher up in the column, or one waiting for
		// lines after the photo above it, cuts the paragraph.
		cut := false
		if n := p.linesBeforeInsert(sb, b.leading); n >= 1 && n < k {
			k, cut = n, true
		}
		if n := minLinesBetween - p.sincePhoto; len(p.waiting) > 0 && p.sincePhoto >= 0 && n >= 1 && n < k {
			k, cut = n, true
		}
		if k > 0 {
			if !first && k == len(runs) && k == 1 && p.atTop {
				p.widows++ // balancing tries another bottom
				if p.allowWidows {
					p.warnings = append(p.warnings, Warning{Severity: SevWarning, ID: b.id, Path: p.a.Path(b.id),
						Message: article.T("the paragraph's last line stands alone atop a column (the columns could not end together otherwise): cut or add a line")})
				}
			}
			p.y += sb
			if first && b.bookmark != nil {
				bm := *b.bookmark
				bm.Page, bm.Y = len(p.doc.Pages)-1, p.y
				p.doc.Bookmarks = append(p.doc.Bookmarks, bm)
				p.colMarks = append(p.colMarks, colMark{len(p.doc.Bookmarks) - 1, len(p.flowItems)})
			}
			p.placeLines(b, runs[:k], p.colX(), first)
			runs = runs[k:]
			first = false
		}
		if cut {
			p.placeWaiting()
			continue
		}
		if len(runs) > 0 {
			p.nextColumn()
		}
	}
	p.placeWaiting()
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
	if !b.span && b.scope != "" {
		if first {
			kind := gapParagraph
			if b.keepNext {
				kind = gapMajor
			}
			p.flowMark(kind)
		}
		p.inFlow = true
		defer func() {
			p.inFlow, p.afterPhoto, p.afterKeep, p.lastSpaceAfter = false, false, b.keepNext, Pt(b.st.SpaceAfter)
		}()
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
	if p.sincePhoto >= 0 {
		p.sincePhoto += len(runs)
	}
	if _, ok := p.scopeAt[b.scope]; !ok && b.scope != "" && len(runs) > 0 {
		p.scopeAt[b.scope] = spot{len(p.doc.Pages) - 1, p.col, p.y - h + b.leading}
	}
	if b.st.RuleBelow {
		p.y += Pt(b.st.SpaceAfter) / 2
		p.add(&Rule{X1: x, Y1: p.y, X2: x + width, Y2: p.y, Width: 0.5, Color: ruleColor})
		p.y += Pt(b.st.SpaceAfter) / 2
	} else {
		p.y += Pt(b.st.SpaceAfter)
	}
}
