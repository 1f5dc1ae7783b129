package text

import (
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// SegmentKind is a drawing operation of an [Outline].
type SegmentKind uint8

// The drawing operations.
const (
	MoveTo SegmentKind = iota
	LineTo
	QuadTo
	CubeTo
)

// Segment is one step of a glyph outline; points are in em, y up.
type Segment struct {
	Kind SegmentKind
	// P holds 1 (move, line), 2 (quad) or 3 (cube) points as x, y pairs.
	P [3][2]float32
}

// Outline is a glyph's contours.
type Outline []Segment

// Outline returns the glyph's outline in em (y up), cached.
func (f *Face) Outline(gid uint16) Outline {
	f.mu.Lock()
	defer f.mu.Unlock()
	if o, ok := f.outline[gid]; ok {
		return o
	}
	var out Outline
	// Loaded at one pixel per font unit; sfnt's y grows downwards.
	segs, err := f.sf.LoadGlyph(&f.buf, sfnt.GlyphIndex(gid), fixed.I(int(f.upem)), nil)
	if err == nil {
		s := float32(1 / f.upem / 64)
		for _, seg := range segs {
			var o Segment
			n := 1
			switch seg.Op {
			case sfnt.SegmentOpMoveTo:
				o.Kind = MoveTo
			case sfnt.SegmentOpLineTo:
				o.Kind = LineTo
			case sfnt.SegmentOpQuadTo:
				o.Kind, n = QuadTo, 2
			case sfnt.SegmentOpCubeTo:
				o.Kind, n = CubeTo, 3
			}
			for i := 0; i < n; i++ {
				o.P[i] = [2]float32{float32(seg.Args[i].X) * s, -float32(seg.Args[i].Y) * s}
			}
			out = append(out, o)
		}
	}
	f.outline[gid] = out
	return out
}
