package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"banmian/article"
	"banmian/layout"
)

// The preview follows the selection: selecting an element (in the outline,
// from a preflight item or by a tap) shows the page it prints on, scrolls it
// into view and marks it with a frame.

// layoutIDs are the layout IDs an outline node prints as.
func layoutIDs(a *article.Article, node string) []string {
	switch node {
	case nodeHeader:
		return []string{article.IDHeadline, article.IDKicker, article.IDSubtitle, article.IDChannel, article.IDMeta}
	case nodeFooter:
		return []string{article.IDFooter, article.IDCopyright, article.IDLink}
	case nodeLead:
		if len(a.Lead) > 0 {
			return []string{a.Lead[0].ID}
		}
		return []string{article.IDByline}
	}
	return []string{node}
}

// bounds returns the page and the rectangle (points) where id first prints.
func bounds(doc *layout.Document, id string) (int, layout.Rect, bool) {
	for i, pg := range doc.Pages {
		var r layout.Rect
		found := false
		add := func(q layout.Rect) {
			if !found {
				r, found = q, true
				return
			}
			x0, y0 := min(r.X, q.X), min(r.Y, q.Y)
			x1, y1 := max(r.X+r.W, q.X+q.W), max(r.Y+r.H, q.Y+q.H)
			r = layout.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
		}
		for _, it := range pg.Items {
			switch v := it.(type) {
			case *layout.TextRun:
				if v.ID == id {
					add(layout.Rect{X: v.X, Y: v.Y - v.Size, W: v.Width(), H: v.Size * 1.3})
				}
			case *layout.Image:
				if v.ID == id {
					add(v.Rect)
				}
			case *layout.Box:
				if v.ID == id {
					add(v.Rect)
				}
			}
		}
		if found {
			return i, r, true
		}
	}
	return 0, layout.Rect{}, false
}

// reveal shows and marks where the node prints; with no layout yet, the
// mark waits for the first one.
func (p *preview) reveal(node string) {
	if p == nil {
		return // while the editor is being built
	}
	p.marked = node
	if p.doc == nil {
		return
	}
	for _, id := range layoutIDs(p.e.doc, node) {
		if page, _, ok := bounds(p.doc, id); ok {
			if page != p.page {
				p.revealPending = true
				p.showPage(page) // the mark follows when the page is drawn
				return
			}
			break
		}
	}
	p.view.placeMark(true)
}

// markRect is the marked node's rectangle on the shown page, in points.
func (p *preview) markRect() (layout.Rect, bool) {
	if p.doc == nil || p.marked == "" || p.page >= len(p.doc.Pages) {
		return layout.Rect{}, false
	}
	for _, id := range layoutIDs(p.e.doc, p.marked) {
		if page, r, ok := bounds(p.doc, id); ok && page == p.page {
			return r, true
		}
	}
	return layout.Rect{}, false
}

// onScreen is a rectangle of the page (pt) on the page image, grown by pad
// on each side.
func (v *pageView) onScreen(r layout.Rect, pad float32) (fyne.Position, fyne.Size) {
	z := float32(v.p.zoom * dpPerPt)
	x, y := float32(r.X), float32(r.Y)
	if v.bleed {
		x, y = x+float32(v.page.Bleed), y+float32(v.page.Bleed)
	}
	return fyne.NewPos(x*z-pad, y*z-pad), fyne.NewSize(float32(r.W)*z+2*pad, float32(r.H)*z+2*pad)
}

// placeMark puts the frame over the marked element, and with scroll brings
// it into view.
func (v *pageView) placeMark(scroll bool) {
	v.placeOverset()
	r, ok := v.p.markRect()
	if !ok {
		v.mark.Hide()
		return
	}
	pos, size := v.onScreen(r, 3)
	v.mark.Move(pos)
	v.mark.Resize(size)
	v.mark.Show()
	v.mark.Refresh()
	if !scroll {
		return
	}
	s := v.p.scroll
	top, bottom := pos.Y+3, pos.Y+size.Height-3
	view := s.Size().Height
	if view <= 0 {
		return
	}
	off := s.Offset
	if top < off.Y || bottom > off.Y+view {
		off.Y = max(0, top-view/4)
		s.Offset = off
		s.Refresh()
	}
}

func newMark() *canvas.Rectangle {
	m := canvas.NewRectangle(color.Transparent)
	m.StrokeColor = theme.Color(theme.ColorNamePrimary)
	m.StrokeWidth = 2
	m.CornerRadius = 3
	m.Hide()
	return m
}

// pageRenderer draws the page image with the mark over it.
type pageRenderer struct {
	v *pageView
}

func (r *pageRenderer) Layout(size fyne.Size) {
	r.v.img.Resize(size)
	r.v.img.Move(fyne.NewPos(0, 0))
	r.v.placeMark(false)
}

func (r *pageRenderer) MinSize() fyne.Size { return r.v.img.MinSize() }
func (r *pageRenderer) Refresh()           { r.v.img.Refresh(); r.v.mark.Refresh(); r.v.over.Refresh() }
func (r *pageRenderer) Destroy()           {}
func (r *pageRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.v.img, r.v.mark, r.v.over, r.v.overText}
}
