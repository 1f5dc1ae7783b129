package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"

	"banmian/layout"
)

// The overset mark: when a story fixed to N pages runs past them even
// fitted, the preview frames in red the first line set past them (on the
// jump page), as InCopy marks where overset text begins. It is drawn over
// the page image only: the PDF does not carry it.

// oversetColor is the meter's red.
var oversetColor = color.NRGBA{0xc8, 0x1e, 0x1e, 0xff}

// oversetRect is the first overset line on the shown page, in points.
func (p *preview) oversetRect() (layout.Rect, bool) {
	d := p.doc
	if d == nil || d.Fit == nil || d.Fit.Fits || p.page != d.Fit.Pages || p.page >= len(d.Pages) {
		return layout.Rect{}, false
	}
	for _, it := range d.Pages[p.page].Items {
		if r, ok := it.(*layout.TextRun); ok && r.ID != "folio" && r.ID != "jump" {
			return layout.Rect{X: r.X, Y: r.Y - r.Size, W: r.Width(), H: r.Size * 1.3}, true
		}
	}
	return layout.Rect{}, false
}

func newOversetMark() (*canvas.Rectangle, *canvas.Text) {
	m := canvas.NewRectangle(color.Transparent)
	m.StrokeColor = oversetColor
	m.StrokeWidth = 2
	m.Hide()
	t := canvas.NewText(lang.L("Overset text starts here"), oversetColor)
	t.TextStyle.Bold = true
	t.TextSize = 11
	t.Hide()
	return m, t
}

// placeOverset puts the overset mark over the first overset line.
func (v *pageView) placeOverset() {
	r, ok := v.p.oversetRect()
	if !ok {
		v.over.Hide()
		v.overText.Hide()
		return
	}
	pos, size := v.onScreen(r, 3)
	v.over.Move(pos)
	v.over.Resize(size)
	v.overText.Move(fyne.NewPos(pos.X+3, pos.Y-v.overText.MinSize().Height))
	v.over.Show()
	v.overText.Show()
	v.over.Refresh()
	v.overText.Refresh()
}
