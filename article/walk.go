package article

// Element is a section, scene or block met by [Article.Walk], with where it
// stands in the article.
type Element struct {
	// Section is the index of the enclosing section, or -1 in the lead.
	Section int
	// Scene is the index of the enclosing scene, or -1 outside scenes.
	Scene int
	// Block is the index of the block in its body, or -1 for a section or scene itself.
	Block int
	// Sec, Scn and Blk point into the article; Blk is nil for sections and scenes.
	Sec *Section
	Scn *Scene
	Blk *Block
}

// ID returns the element's ID.
func (e Element) ID() string {
	switch {
	case e.Blk != nil:
		return e.Blk.ID
	case e.Scn != nil:
		return e.Scn.ID
	case e.Sec != nil:
		return e.Sec.ID
	}
	return ""
}

// Walk calls f for every section, scene and block in reading order.
func (a *Article) Walk(f func(Element)) {
	for i := range a.Lead {
		f(Element{Section: -1, Scene: -1, Block: i, Blk: &a.Lead[i]})
	}
	for si := range a.Sections {
		s := &a.Sections[si]
		f(Element{Section: si, Scene: -1, Block: -1, Sec: s})
		for bi := range s.Body {
			f(Element{Section: si, Scene: -1, Block: bi, Sec: s, Blk: &s.Body[bi]})
		}
		for ci := range s.Scenes {
			c := &s.Scenes[ci]
			f(Element{Section: si, Scene: ci, Block: -1, Sec: s, Scn: c})
			for bi := range c.Body {
				f(Element{Section: si, Scene: ci, Block: bi, Sec: s, Scn: c, Blk: &c.Body[bi]})
			}
		}
	}
}

// Find returns the element with the given ID and whether it exists.
func (a *Article) Find(id string) (Element, bool) {
	var found Element
	ok := false
	a.Walk(func(e Element) {
		if !ok && e.ID() == id {
			found, ok = e, true
		}
	})
	return found, ok
}

// Blocks returns every block in reading order.
func (a *Article) Blocks() []*Block {
	var out []*Block
	a.Walk(func(e Element) {
		if e.Blk != nil {
			out = append(out, e.Blk)
		}
	})
	return out
}
