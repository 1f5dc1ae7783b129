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

	idx    map[string]article.Element // element by ID (find)
	idxDoc *article.Article           // the article idx was made from
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
	o.idx = nil
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
	el, ok := o.find(id)
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
	el, ok := o.find(id)
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
		return "■ " + abbrev(h, 28) // (marks the bundled fonts have: GBK)
	case nodeLead:
		return lang.L("Lead")
	case nodeFooter:
		return lang.L("Footer")
	}
	el, ok := o.find(id)
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
		mark := "◎ "
		if b.Missing {
			mark = "⚠ "
		}
		return mark + abbrev(c, 24)
	}
	info, ok := article.KindOf(b.Kind)
	if !ok {
		return "? " + abbrev(b.Text, 24) // an unknown kind: shown, never hidden
	}
	return info.Glyph + " " + abbrev(b.Text, 24)
}

func abbrev(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …" // a row shows one line
	}
	if len(s) > 4*n {
		s = s[:4*n] // never convert a whole page to runes for a row
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// refresh redraws the tree after a structural change.
func (o *outline) refresh() {
	o.idx = nil
	o.openAll()
}

// openAll opens every branch with one refresh (opening them one by one
// walked the whole tree each time: minutes for a long article).
func (o *outline) openAll() { o.tree.OpenAllBranches() }

// find looks an element up by ID through an index made once per article
// state (the tree asks for every node on every walk).
func (o *outline) find(id string) (article.Element, bool) {
	if o.idx == nil || o.idxDoc != o.e.doc {
		o.idx, o.idxDoc = map[string]article.Element{}, o.e.doc
		o.e.doc.Walk(func(el article.Element) { o.idx[el.ID()] = el })
	}
	el, ok := o.idx[id]
	return el, ok
}

// refreshLabels updates row texts after typing.
func (o *outline) refreshLabels() {
	o.idx = nil
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
