package article

import (
	"strconv"
	"strings"
)

// Editing operations by element ID, as the editor's outline uses them. Each
// keeps IDs unique and renumbers scenes; each fails with ErrNoElement for an
// ID the article does not have, or ErrCannotMove for a move that makes no
// sense (a section into a scene).
var (
	ErrNoElement  = NewError("no such element")
	ErrCannotMove = NewError("cannot move there")
)

// blocksOf returns the body that holds a block, and its index there.
func (a *Article) blocksOf(id string) (*[]Block, int) {
	e, ok := a.Find(id)
	if !ok || e.Blk == nil {
		return nil, -1
	}
	switch {
	case e.Scn != nil:
		return &a.Sections[e.Section].Scenes[e.Scene].Body, e.Block
	case e.Sec != nil:
		return &a.Sections[e.Section].Body, e.Block
	}
	return &a.Lead, e.Block
}

// bodyOf returns the body of a container: "lead", a section or a scene.
func (a *Article) bodyOf(id string) *[]Block {
	if id == "lead" {
		return &a.Lead
	}
	e, ok := a.Find(id)
	switch {
	case !ok || e.Blk != nil:
		return nil
	case e.Scn != nil:
		return &a.Sections[e.Section].Scenes[e.Scene].Body
	}
	return &a.Sections[e.Section].Body
}

// InsertBlock puts b after the element at (a block: after it; a section,
// scene or "lead": at the end of its body; "" or unknown: end of the lead)
// and returns its new ID.
func (a *Article) InsertBlock(at string, b Block) string {
	b.ID = a.NewBlockID()
	if body, i := a.blocksOf(at); body != nil {
		*body = append((*body)[:i+1], append([]Block{b}, (*body)[i+1:]...)...)
		return b.ID
	}
	body := a.bodyOf(at)
	if body == nil {
		body = &a.Lead
	}
	*body = append(*body, b)
	return b.ID
}

// InsertSection adds an empty section after the section holding at (at the
// end when none) and returns its ID.
func (a *Article) InsertSection(at string, s Section) string {
	s.ID = a.NewSectionID()
	i := len(a.Sections)
	if e, ok := a.Find(at); ok && e.Section >= 0 {
		i = e.Section + 1
	}
	a.Sections = append(a.Sections[:i], append([]Section{s}, a.Sections[i:]...)...)
	return s.ID
}

// InsertScene adds a scene after the scene holding at, or at the end of the
// section holding at (of the last section when at is outside sections,
// creating one when there is none), and returns its ID.
func (a *Article) InsertScene(at string, c Scene) string {
	c.ID = a.NewSceneID()
	si, ci := len(a.Sections)-1, -1
	if e, ok := a.Find(at); ok && e.Section >= 0 {
		si, ci = e.Section, e.Scene
	}
	if si < 0 {
		a.InsertSection("", Section{})
		si = 0
	}
	s := &a.Sections[si]
	if ci < 0 {
		ci = len(s.Scenes) - 1
	}
	s.Scenes = append(s.Scenes[:ci+1], append([]Scene{c}, s.Scenes[ci+1:]...)...)
	a.Renumber()
	return c.ID
}

// Delete removes a block, scene or section (with everything in it).
func (a *Article) Delete(id string) error {
	e, ok := a.Find(id)
	switch {
	case !ok:
		return ErrNoElement
	case e.Blk != nil:
		body, i := a.blocksOf(id)
		*body = append((*body)[:i], (*body)[i+1:]...)
	case e.Scn != nil:
		s := &a.Sections[e.Section]
		s.Scenes = append(s.Scenes[:e.Scene], s.Scenes[e.Scene+1:]...)
	default:
		a.Sections = append(a.Sections[:e.Section], a.Sections[e.Section+1:]...)
	}
	a.Renumber()
	a.PruneAssets()
	return nil
}

// Duplicate copies a block, scene or section (with fresh IDs) after itself
// and returns the copy's ID.
func (a *Article) Duplicate(id string) (string, error) {
	e, ok := a.Find(id)
	switch {
	case !ok:
		return "", ErrNoElement
	case e.Blk != nil:
		return a.InsertBlock(id, cloneBlocks([]Block{*e.Blk})[0]), nil
	case e.Scn != nil:
		c := *e.Scn
		c.Body = freshBlocks(c.Body, a.counter(blockPrefix))
		return a.InsertScene(id, c), nil
	}
	blocks, scenes := a.counter(blockPrefix), a.counter(scenePrefix)
	s := *e.Sec
	s.Keywords = append([]string(nil), s.Keywords...)
	s.Body = freshBlocks(s.Body, blocks)
	s.Scenes = append([]Scene(nil), s.Scenes...)
	for i := range s.Scenes {
		s.Scenes[i].ID = scenes()
		s.Scenes[i].Body = freshBlocks(s.Scenes[i].Body, blocks)
	}
	nid := a.InsertSection(id, s)
	a.Renumber()
	return nid, nil
}

// freshBlocks copies blocks with new IDs from next.
func freshBlocks(bs []Block, next func() string) []Block {
	out := cloneBlocks(bs)
	for i := range out {
		out[i].ID = next()
	}
	return out
}

// counter returns a generator of IDs with the prefix that the article does
// not use yet, without re-scanning the article for each.
func (a *Article) counter(prefix string) func() string {
	n, _ := strconv.Atoi(strings.TrimPrefix(a.NewID(prefix), prefix))
	return func() string {
		id := prefix + strconv.Itoa(n)
		n++
		return id
	}
}

// Move moves an element one place up (delta -1) or down (+1) among its siblings.
func (a *Article) Move(id string, delta int) error {
	e, ok := a.Find(id)
	if !ok {
		return ErrNoElement
	}
	swap := func(n, i int, sw func(i, j int)) error {
		j := i + delta
		if j < 0 || j >= n {
			return ErrCannotMove
		}
		sw(i, j)
		return nil
	}
	var err error
	switch {
	case e.Blk != nil:
		body, i := a.blocksOf(id)
		err = swap(len(*body), i, func(i, j int) { (*body)[i], (*body)[j] = (*body)[j], (*body)[i] })
	case e.Scn != nil:
		sc := a.Sections[e.Section].Scenes
		err = swap(len(sc), e.Scene, func(i, j int) { sc[i], sc[j] = sc[j], sc[i] })
	default:
		ss := a.Sections
		err = swap(len(ss), e.Section, func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
	}
	a.Renumber()
	return err
}

// MoveTo moves src next to dst: a block before or after a block, or to the
// end of a container ("lead", a section, a scene); a scene before or after a
// scene, or to the end of a section; a section before or after a section.
func (a *Article) MoveTo(src, dst string, after bool) error {
	if src == dst {
		return nil
	}
	s, ok := a.Find(src)
	if !ok {
		return ErrNoElement
	}
	d, dok := a.Find(dst)
	if !dok && dst != "lead" {
		return ErrNoElement
	}
	switch {
	case s.Blk != nil:
		b := *s.Blk
		if d.Blk == nil && dst != "lead" && d.Sec == nil {
			return ErrCannotMove
		}
		body, i := a.blocksOf(src)
		*body = append((*body)[:i], (*body)[i+1:]...)
		if dok && d.Blk != nil {
			tb, j := a.blocksOf(dst)
			if after {
				j++
			}
			*tb = append((*tb)[:j], append([]Block{b}, (*tb)[j:]...)...)
		} else {
			tb := a.bodyOf(dst)
			*tb = append(*tb, b)
		}
	case s.Scn != nil:
		if !dok || d.Sec == nil || d.Blk != nil {
			return ErrCannotMove
		}
		c := *s.Scn
		src := &a.Sections[s.Section]
		src.Scenes = append(src.Scenes[:s.Scene], src.Scenes[s.Scene+1:]...)
		d, _ = a.Find(dst)
		t := &a.Sections[d.Section]
		j := len(t.Scenes)
		if d.Scn != nil {
			j = d.Scene
			if after {
				j++
			}
		}
		t.Scenes = append(t.Scenes[:j], append([]Scene{c}, t.Scenes[j:]...)...)
	default:
		if !dok || d.Scn != nil || d.Blk != nil || d.Sec == nil {
			return ErrCannotMove
		}
		sec := *s.Sec
		a.Sections = append(a.Sections[:s.Section], a.Sections[s.Section+1:]...)
		d, _ = a.Find(dst)
		j := d.Section
		if after {
			j++
		}
		a.Sections = append(a.Sections[:j], append([]Section{sec}, a.Sections[j:]...)...)
	}
	a.Renumber()
	return nil
}
