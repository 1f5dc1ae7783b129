package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// rowLabel is an outline row that can be dragged onto another row: a block
// goes before or after a block (by the half of the row it is dropped on) or
// into a section or scene; a scene before or after a scene or into a
// section; a section before or after a section.
type rowLabel struct {
	widget.Label
	o       *outline
	id      string
	dragPos fyne.Position
	moved   bool
}

func (o *outline) newRow() *rowLabel {
	r := &rowLabel{o: o}
	r.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	o.rows[r] = true
	return r
}

// Dragged follows the pointer.
func (r *rowLabel) Dragged(ev *fyne.DragEvent) {
	r.dragPos = ev.AbsolutePosition
	r.moved = true
}

// DragEnd drops the row's element where the pointer is.
func (r *rowLabel) DragEnd() {
	if !r.moved {
		return
	}
	r.moved = false
	target, after := r.o.rowAt(r.dragPos)
	if target == "" || target == r.id {
		return
	}
	r.o.e.moveTo(r.id, target, after)
}

// rowAt finds the visible row under an absolute position, and whether the
// position is in its lower half.
func (o *outline) rowAt(pos fyne.Position) (string, bool) {
	d := fyne.CurrentApp().Driver()
	for r := range o.rows {
		if !r.Visible() || r.id == "" {
			continue
		}
		p := d.AbsolutePositionForObject(r)
		s := r.Size()
		if pos.X >= p.X && pos.X <= p.X+s.Width && pos.Y >= p.Y && pos.Y <= p.Y+s.Height {
			return r.id, pos.Y > p.Y+s.Height/2
		}
	}
	return "", false
}
