package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// anchor is where new elements go: after the selected element, or into the
// selected container.
func (e *Editor) anchor() string {
	switch e.selected {
	case nodeHeader, nodeFooter, "":
		return nodeLead
	}
	return e.selected
}

// AddSection adds a keyword section after the selected one.
func (e *Editor) AddSection() {
	var id string
	e.edit("", func(a *article.Article) {
		kw := lang.L("Keyword")
		id = a.InsertSection(e.anchor(), article.Section{Keywords: []string{kw}, Title: lang.L("Section title")})
	})
	e.outline.refresh()
	e.focusFirst = true // typing goes to the new element
	e.selectNode(id)
}

// AddScene adds a scene after the selected one (or at the end of the selected section).
func (e *Editor) AddScene() {
	var id string
	e.edit("", func(a *article.Article) {
		id = a.InsertScene(e.anchor(), article.Scene{})
		a.InsertBlock(id, article.Block{Kind: article.Paragraph, Text: ""})
	})
	e.outline.refresh()
	e.focusFirst = true // typing goes to the new element
	e.selectNode(id)
}

// AddBlock adds a block of the kind after the selection.
func (e *Editor) AddBlock(kind article.BlockKind) {
	var id string
	e.edit("", func(a *article.Article) {
		id = a.InsertBlock(e.anchor(), article.Block{Kind: kind})
	})
	e.outline.refresh()
	e.focusFirst = true // typing goes to the new element
	e.selectNode(id)
}

// Delete removes the selected element.
func (e *Editor) Delete() {
	id := e.selected
	if _, ok := e.doc.Find(id); !ok {
		return
	}
	next := e.neighbour(id)
	e.edit("", func(a *article.Article) { a.Delete(id) })
	e.selectNode(next)
}

// neighbour is what to select after id goes: the element before it, else its container.
func (e *Editor) neighbour(id string) string {
	ids := e.flatIDs()
	for i, x := range ids {
		if x == id && i > 0 {
			return ids[i-1]
		}
	}
	return nodeHeader
}

func (e *Editor) flatIDs() []string {
	var ids []string
	e.doc.Walk(func(el article.Element) { ids = append(ids, el.ID()) })
	return ids
}

// Move moves the selected element up (-1) or down (+1).
func (e *Editor) Move(delta int) {
	id := e.selected
	if _, ok := e.doc.Find(id); !ok {
		return
	}
	probe := e.doc.Clone()
	if probe.Move(id, delta) != nil {
		return
	}
	e.edit("", func(a *article.Article) { a.Move(id, delta) })
	e.selectNode(id)
}

// Duplicate copies the selected element after itself.
func (e *Editor) Duplicate() {
	id := e.selected
	if _, ok := e.doc.Find(id); !ok {
		return
	}
	var nid string
	e.edit("", func(a *article.Article) { nid, _ = a.Duplicate(id) })
	e.selectNode(nid)
}

// moveTo moves src next to (or into) dst, as a drag in the outline does.
func (e *Editor) moveTo(src, dst string, after bool) {
	if dst == nodeHeader || dst == nodeFooter {
		return
	}
	if dst == nodeLead {
		dst = "lead"
	}
	probe := e.doc.Clone()
	if probe.MoveTo(src, dst, after) != nil {
		return
	}
	e.edit("", func(a *article.Article) { a.MoveTo(src, dst, after) })
	e.selectNode(src)
}

// outlineButtons is the bar under the outline.
func (e *Editor) outlineButtons() fyne.CanvasObject {
	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), nil)
	add.OnTapped = func() {
		m := fyne.NewMenu("", e.addItems()...)
		widget.ShowPopUpMenuAtRelativePosition(m, e.win.Canvas(), fyne.NewPos(0, add.Size().Height), add)
	}
	return container.NewHBox(add,
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.Move(-1) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.Move(+1) }),
		widget.NewButtonWithIcon("", theme.ContentCopyIcon(), e.Duplicate),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), e.Delete))
}

// addItems are the Add menu's entries: section, scene, a block of every
// text kind (from the kind table), photo.
func (e *Editor) addItems() []*fyne.MenuItem {
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Add Section"), e.AddSection),
		fyne.NewMenuItem(lang.L("Add Scene"), e.AddScene),
	}
	for _, k := range article.TextKinds() {
		kind := k.Kind
		items = append(items, fyne.NewMenuItem(fmt.Sprintf(lang.L("Add %s"), lang.L(k.Name)), func() { e.AddBlock(kind) }))
	}
	return append(items, fyne.NewMenuItem(lang.L("Add Photo…"), e.addPhotoDialog))
}
