package text

import (
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
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

// Outline returns the glyph's outline in em, cached.
func (f *Face) Outline(gid uint16) Outline {
	f.mu.Lock()
	defer f.mu.Unlock()
	if o, ok := f.outline[gid]; ok {
		return o
	}
	var out Outline
	if g, ok := f.face.GlyphData(font.GID(gid)).(font.GlyphOutline); ok {
		s := float32(1 / f.upem)
		for _, seg := range g.Segments {
			var o Segment
			switch seg.Op {
			case ot.SegmentOpMoveTo:
				o.Kind = MoveTo
			case ot.SegmentOpLineTo:
				o.Kind = LineTo
			case ot.SegmentOpQuadTo:
				o.Kind = QuadTo
			case ot.SegmentOpCubeTo:
				o.Kind = CubeTo
			}
			for i, p := range seg.Args {
				o.P[i] = [2]float32{p.X * s, p.Y * s}
			}
			out = append(out, o)
		}
	}
	f.outline[gid] = out
	return out
}
