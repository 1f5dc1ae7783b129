package app

import (
	"math"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// The editor's composition levers in the inspector: break before (any
// element), keep together (text blocks), a photo's size. Each change is an
// undoable edit saved in the .banmian; the preview follows at once.

// breakSelect chooses what an element starts with: the flow, a new column,
// a new page.
func (e *Editor) breakSelect(id string, current string, set func(el article.Element, v string)) *widget.Select {
	labels := []string{lang.L("Flow on"), lang.L("New column"), lang.L("New page")}
	values := []string{"", article.BreakColumn, article.BreakPage}
	sel := widget.NewSelect(labels, nil)
	for i, v := range values {
		if v == current {
			sel.SetSelected(labels[i])
		}
	}
	sel.OnChanged = func(l string) {
		for i, lab := range labels {
			if lab == l && values[i] != current {
				v := values[i]
				current = v
				e.edit("", func(a *article.Article) {
					if el, ok := a.Find(id); ok {
						set(el, v)
					}
				})
			}
		}
	}
	return sel
}

// blockLevers are the layout rows of a block's inspector.
func (e *Editor) blockLevers(b *article.Block) *widget.Form {
	id := b.ID
	form := widget.NewForm(widget.NewFormItem(lang.L("Starts"), e.breakSelect(id, b.BreakBefore, func(el article.Element, v string) { el.Blk.BreakBefore = v })))
	if b.Kind == article.Photo {
		form.Append(lang.L("Height"), e.sizeSelect(b))
		return form
	}
	keep := widget.NewCheck(lang.L("Keep in one column"), func(on bool) {
		if on == findBlock(e.doc, id).KeepTogether {
			return
		}
		e.edit("", func(a *article.Article) {
			if el, ok := a.Find(id); ok {
				el.Blk.KeepTogether = on
			}
		})
	})
	keep.SetChecked(b.KeepTogether)
	form.Append("", keep)
	return form
}

// sizeSelect sets a photo's height as a share of the column height.
func (e *Editor) sizeSelect(b *article.Block) *widget.Select {
	id := b.ID
	labels := []string{lang.L("As the template says"), "1/5", "1/4", "1/3", "2/5", "1/2"}
	values := []float64{0, 0.2, 0.25, 1.0 / 3, 0.4, 0.5}
	sel := widget.NewSelect(labels, nil)
	for i, v := range values {
		if v == b.Size || v > 0 && b.Size > 0 && math.Abs(v-b.Size) < 0.01 {
			sel.SetSelected(labels[i])
		}
	}
	sel.OnChanged = func(l string) {
		for i, lab := range labels {
			if lab == l && values[i] != findBlock(e.doc, id).Size {
				v := values[i]
				e.edit("", func(a *article.Article) {
					if el, ok := a.Find(id); ok {
						el.Blk.Size = v
					}
				})
			}
		}
	}
	return sel
}

// findBlock returns the block with the ID, or an empty one.
func findBlock(a *article.Article, id string) *article.Block {
	if el, ok := a.Find(id); ok && el.Blk != nil {
		return el.Blk
	}
	return &article.Block{}
}
