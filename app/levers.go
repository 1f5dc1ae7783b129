package app

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// The editor's composition levers in the inspector: break before (any
// element), keep together (text blocks), a photo's width in columns,
// place, height and row. Each change is an
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
		e.photoLevers(form, b)
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

// photoLevers are a photo's placement rows: width in columns, place,
// height, and standing beside the photo before it (组图).
func (e *Editor) photoLevers(form *widget.Form, b *article.Block) {
	l := b.PhotoLayout()
	cols := 1
	if e.tmpl != nil {
		cols = e.tmpl.Page.Columns
	}
	spanLabels := []string{lang.L("As the template says")}
	spans := []float64{0}
	for n := 1; n < cols; n++ {
		label := fmt.Sprintf(lang.L("%d columns"), n)
		if n == 1 {
			label = lang.L("1 column")
		}
		spanLabels = append(spanLabels, label)
		spans = append(spans, float64(n))
	}
	spanLabels = append(spanLabels, lang.L("All columns"))
	spans = append(spans, float64(article.SpanAll))
	form.Append(lang.L("Width"), e.layoutSelect(b.ID, spanLabels, spans, float64(l.Span), func(pl *article.PhotoLayout, v float64) { pl.Span = article.Span(v) }))
	places := []string{"", article.PlaceTop, article.PlaceBottom}
	cur := 0.0
	for i, v := range places {
		if v == l.Place {
			cur = float64(i)
		}
	}
	form.Append(lang.L("Place"), e.layoutSelect(b.ID, []string{lang.L("In the text"), lang.L("Column top"), lang.L("Column foot")}, []float64{0, 1, 2}, cur,
		func(pl *article.PhotoLayout, v float64) { pl.Place = places[int(v)] }))
	form.Append(lang.L("Height"), e.layoutSelect(b.ID, []string{lang.L("As the template says"), "1/5", "1/4", "1/3", "2/5", "1/2"},
		[]float64{0, 0.2, 0.25, 1.0 / 3, 0.4, 0.5}, l.Size, func(pl *article.PhotoLayout, v float64) { pl.Size = v }))
	id := b.ID
	row := widget.NewCheck(lang.L("Beside the photo before (photo row)"), func(on bool) {
		if on == findBlock(e.doc, id).PhotoLayout().Row {
			return
		}
		e.editPhotoLayout(id, func(pl *article.PhotoLayout) { pl.Row = on })
	})
	row.SetChecked(l.Row)
	form.Append("", row)
}

// layoutSelect offers values of a photo's layout under labels; choosing
// one is an undoable edit.
func (e *Editor) layoutSelect(id string, labels []string, values []float64, current float64, set func(*article.PhotoLayout, float64)) *widget.Select {
	sel := widget.NewSelect(labels, nil)
	for i, v := range values {
		if math.Abs(v-current) < 0.01 {
			sel.SetSelected(labels[i])
		}
	}
	sel.OnChanged = func(l string) {
		for i, lab := range labels {
			if lab == l && math.Abs(values[i]-current) >= 0.01 {
				v := values[i]
				current = v
				e.editPhotoLayout(id, func(pl *article.PhotoLayout) { set(pl, v) })
			}
		}
	}
	return sel
}

// editPhotoLayout changes a photo's layout as one undoable edit.
func (e *Editor) editPhotoLayout(id string, f func(*article.PhotoLayout)) {
	e.edit("", func(a *article.Article) {
		if el, ok := a.Find(id); ok && el.Blk != nil {
			l := el.Blk.PhotoLayout()
			f(&l)
			el.Blk.SetPhotoLayout(l)
		}
	})
}

// findBlock returns the block with the ID, or an empty one.
func findBlock(a *article.Article, id string) *article.Block {
	if el, ok := a.Find(id); ok && el.Blk != nil {
		return el.Blk
	}
	return &article.Block{}
}
