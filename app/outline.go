package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// Outline nodes besides element IDs.
const (
	nodeHeader = "header"
	nodeLead   = "lead"
	nodeFooter = "footer"
)

// outline is the tree of the article: header, lead, sections with their
// scenes, blocks, footer.
type outline struct {
	e    *Editor
	tree *widget.Tree
	box  *fyne.Container    // holds tree; rebuild swaps it
	rows map[*rowLabel]bool // row widgets, for drag and drop
}

func newOutline(e *Editor) *outline {
	o := &outline{e: e}
	o.box = container.NewStack()
	o.rebuild()
	return o
}

// rebuild makes a new tree for a new article (open, import, undo): Fyne's
// tree keeps rows bound to node IDs, and when the same IDs (p1, c1 …) come
// back at other depths it draws them indented wrongly until scrolled.
func (o *outline) rebuild() {
	e := o.e
	o.rows = map[*rowLabel]bool{}
	o.tree = widget.NewTree(o.children, o.isBranch,
		func(bool) fyne.CanvasObject { return o.newRow() },
		func(id widget.TreeNodeID, _ bool, obj fyne.CanvasObject) {
			r := obj.(*rowLabel)
			r.id = id
			r.SetText(o.label(id))
		})
	o.tree.OnSelected = func(id widget.TreeNodeID) {
		if e.selected != id {
			e.selected = id
			e.showInspector()
			e.preview.reveal(id)
		}
	}
	o.openAll()
	o.box.Objects = []fyne.CanvasObject{o.tree}
	o.box.Refresh()
}

func (o *outline) children(id widget.TreeNodeID) []widget.TreeNodeID {
	a := o.e.doc
	switch id {
	case "":
		ids := []string{nodeHeader, nodeLead}
		for _, s := range a.Sections {
			ids = append(ids, s.ID)
		}
		return append(ids, nodeFooter)
	case nodeLead:
		return blockIDs(a.Lead)
	}
	el, ok := a.Find(id)
	switch {
	case !ok || el.Blk != nil:
		return nil
	case el.Scn != nil:
		return blockIDs(el.Scn.Body)
	default:
		ids := blockIDs(el.Sec.Body)
		for _, c := range el.Sec.Scenes {
			ids = append(ids, c.ID)
		}
		return ids
	}
}

func blockIDs(bs []article.Block) []string {
	ids := make([]string, len(bs))
	for i, b := range bs {
		ids[i] = b.ID
	}
	return ids
}

func (o *outline) isBranch(id widget.TreeNodeID) bool {
	if id == "" || id == nodeLead {
		return true
	}
	el, ok := o.e.doc.Find(id)
	return ok && el.Blk == nil
}

// label is what a node's row shows.
func (o *outline) label(id string) string {
	a := o.e.doc
	switch id {
	case nodeHeader:
		h := a.Headline
		if h == "" {
			h = lang.L("(no headline)")
		}
		return "▤ " + abbrev(h, 28)
	case nodeLead:
		return lang.L("Lead")
	case nodeFooter:
		return lang.L("Footer")
	}
	el, ok := a.Find(id)
	if !ok {
		return id
	}
	switch {
	case el.Blk != nil:
		return blockLabel(el.Blk)
	case el.Scn != nil:
		return strings.TrimSpace(el.Scn.Label + " " + abbrev(el.Scn.Title, 20))
	default:
		kw := strings.Join(el.Sec.Keywords, " ")
		if kw == "" {
			kw = lang.L("Section")
		}
		return "◆ " + kw + " · " + abbrev(el.Sec.Title, 20)
	}
}

func blockLabel(b *article.Block) string {
	switch b.Kind {
	case article.Photo:
		c := b.Caption
		if c == "" {
			c = b.File
		}
		mark := "▣ "
		if b.Missing {
			mark = "⚠ "
		}
		return mark + abbrev(c, 24)
	case article.Subhead:
		return "§ " + abbrev(b.Text, 24)
	case article.Quote:
		return "❝ " + abbrev(b.Text, 24)
	}
	return "¶ " + abbrev(b.Text, 24)
}

func abbrev(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// refresh redraws the tree after a structural change.
func (o *outline) refresh() {
	o.openAll()
	o.tree.Refresh()
}

func (o *outline) openAll() {
	o.tree.OpenBranch(nodeLead)
	for _, s := range o.e.doc.Sections {
		o.tree.OpenBranch(s.ID)
		for _, c := range s.Scenes {
			o.tree.OpenBranch(c.ID)
		}
	}
}

// refreshLabels updates row texts after typing.
func (o *outline) refreshLabels() {
	for r := range o.rows {
		if r.id != "" {
			r.SetText(o.label(r.id))
		}
	}
}

// selectNode selects a node in the tree (opening its parents) and shows it.
func (e *Editor) selectNode(id string) {
	if id == "" {
		id = nodeHeader
	}
	if el, ok := e.doc.Find(id); ok {
		if el.Sec != nil {
			e.outline.tree.OpenBranch(el.Sec.ID)
		} else {
			e.outline.tree.OpenBranch(nodeLead)
		}
		if el.Scn != nil {
			e.outline.tree.OpenBranch(el.Scn.ID)
		}
	} else if id != nodeHeader && id != nodeLead && id != nodeFooter {
		id = nodeHeader
	}
	e.selected = id
	e.outline.tree.Select(id)
	e.outline.tree.ScrollTo(id)
	e.showInspector()
	e.preview.reveal(id)
}
