package article

import (
	"strconv"
	"strings"
)

// ID prefixes: p for blocks, s for sections, c for scenes.
const (
	blockPrefix   = "p"
	sectionPrefix = "s"
	scenePrefix   = "c"
)

// Fixed IDs of the header and footer fields, so that preflight and the editor
// can point at them like at any block.
const (
	IDChannel   = "channel"
	IDKicker    = "kicker"
	IDHeadline  = "headline"
	IDSubtitle  = "subtitle"
	IDMeta      = "meta"
	IDByline    = "byline"
	IDFooter    = "footer"
	IDCopyright = "copyright"
	IDLink      = "link"
)

// NewID returns an ID with the given prefix ("p", "s" or "c") that no element
// of the article has yet.
func (a *Article) NewID(prefix string) string {
	max := 0
	a.eachID(func(id string) {
		if n, err := strconv.Atoi(strings.TrimPrefix(id, prefix)); err == nil && strings.HasPrefix(id, prefix) && n > max {
			max = n
		}
	})
	return prefix + strconv.Itoa(max+1)
}

// NewBlockID, NewSectionID and NewSceneID return fresh IDs for each kind.
func (a *Article) NewBlockID() string { return a.NewID(blockPrefix) }

// NewSectionID returns a fresh section ID.
func (a *Article) NewSectionID() string { return a.NewID(sectionPrefix) }

// NewSceneID returns a fresh scene ID.
func (a *Article) NewSceneID() string { return a.NewID(scenePrefix) }

func (a *Article) eachID(f func(string)) {
	a.Walk(func(e Element) { f(e.ID()) })
}

// AssignIDs gives every block, section and scene without an ID a fresh one.
func (a *Article) AssignIDs() {
	fix := func(id *string, prefix string) {
		if *id == "" {
			*id = a.NewID(prefix)
		}
	}
	for i := range a.Lead {
		fix(&a.Lead[i].ID, blockPrefix)
	}
	for i := range a.Sections {
		s := &a.Sections[i]
		fix(&s.ID, sectionPrefix)
		for j := range s.Body {
			fix(&s.Body[j].ID, blockPrefix)
		}
		for j := range s.Scenes {
			c := &s.Scenes[j]
			fix(&c.ID, scenePrefix)
			for k := range c.Body {
				fix(&c.Body[k].ID, blockPrefix)
			}
		}
	}
}
