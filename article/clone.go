package article

// Clone returns a deep copy of the article. Asset bytes are shared (they are
// never modified in place), so a clone is cheap enough for undo snapshots.
func (a *Article) Clone() *Article {
	c := *a
	c.Channel = append([]string(nil), a.Channel...)
	c.Authors = append([]string(nil), a.Authors...)
	if a.Published != nil {
		t := *a.Published
		c.Published = &t
	}
	c.Lead = cloneBlocks(a.Lead)
	c.Sections = make([]Section, len(a.Sections))
	for i, s := range a.Sections {
		s.Keywords = append([]string(nil), s.Keywords...)
		s.Body = cloneBlocks(s.Body)
		scenes := make([]Scene, len(s.Scenes))
		for j, sc := range s.Scenes {
			sc.Body = cloneBlocks(sc.Body)
			scenes[j] = sc
		}
		s.Scenes = scenes
		c.Sections[i] = s
	}
	if a.Sections == nil {
		c.Sections = nil
	}
	c.Footer.Credits = append([]string(nil), a.Footer.Credits...)
	c.Assets = append([]Asset(nil), a.Assets...)
	c.Layout = a.Layout.Clone()
	return &c
}

func cloneBlocks(bs []Block) []Block {
	if bs == nil {
		return nil
	}
	out := make([]Block, len(bs))
	copy(out, bs)
	for i := range out {
		if out[i].Crop != nil {
			c := *out[i].Crop
			out[i].Crop = &c
		}
		if out[i].Layout != nil {
			l := *out[i].Layout
			out[i].Layout = &l
		}
	}
	return out
}

// Clone returns a deep copy of the layout settings (nil for nil).
func (l *Layout) Clone() *Layout {
	if l == nil {
		return nil
	}
	c := *l
	if p := l.Page; p != nil {
		cp := *p
		if p.Margins != nil {
			m := *p.Margins
			cp.Margins = &m
		}
		if p.GutterMM != nil {
			g := *p.GutterMM
			cp.GutterMM = &g
		}
		if p.BleedMM != nil {
			b := *p.BleedMM
			cp.BleedMM = &b
		}
		c.Page = &cp
	}
	return &c
}
