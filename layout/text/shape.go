package text

import (
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Glyph is one shaped glyph of a run.
type Glyph struct {
	// GID is the glyph in its face; 0 (.notdef) when the face lacks the character.
	GID uint16
	// Rune is the index of the first rune of the glyph's cluster in the shaped text.
	Rune int
	// Runes is the number of runes the glyph stands for (1 but for clusters).
	Runes int
	// Advance is the horizontal advance in em, kerning included.
	Advance float64
}

// Shaper shapes text and finds line-break opportunities. The zero value is
// ready; it keeps caches, so reuse one per goroutine. The zero value shapes
// with the faces' own go-text faces, which cache too: one such Shaper at a
// time. Shapers made by [NewShaper] may run at once, alongside it.
type Shaper struct {
	hb    shaping.HarfbuzzShaper
	seg   segmenter.Segmenter
	faces map[*Face]*font.Face // NewShaper's go-text faces of its own
}

// NewShaper returns a Shaper for a goroutine of its own: it shapes with
// go-text faces of its own (a go-text face is not safe for concurrent use;
// the fonts they read are).
func NewShaper() *Shaper { return &Shaper{faces: map[*Face]*font.Face{}} }

// face returns the go-text face the shaper shapes f with.
func (s *Shaper) face(f *Face) *font.Face {
	if s.faces == nil {
		return f.face
	}
	gf := s.faces[f]
	if gf == nil {
		gf = font.NewFace(f.face.Font)
		s.faces[f] = gf
	}
	return gf
}

// shapeSize is the size text is shaped at: 1000 units to the em, in 26.6.
const shapeSize = 1000

// Shape shapes runes with the face and returns one glyph per cluster, in
// order. Latin and other runs are shaped apart so that each gets its script's
// features (Latin kerning).
func (s *Shaper) Shape(f *Face, runes []rune, lang string) []Glyph {
	out := make([]Glyph, 0, len(runes))
	lg := language.NewLanguage(lang)
	face := s.face(f)
	for start := 0; start < len(runes); {
		latin := isLatin(runes[start])
		end := start + 1
		for end < len(runes) && (isLatin(runes[end]) == latin || isCommon(runes[end])) {
			end++
		}
		script := language.Han
		if latin {
			script = language.Latin
		}
		o := s.hb.Shape(shaping.Input{
			Text: runes, RunStart: start, RunEnd: end, Direction: di.DirectionLTR,
			Face: face, Size: fixed.I(shapeSize), Script: script, Language: lg,
		})
		for _, g := range o.Glyphs {
			if g.GlyphCount > 1 && len(out) > 0 && out[len(out)-1].Rune == g.ClusterIndex {
				// A cluster drawn with several glyphs keeps the first; the
				// others' advance is added to it.
				out[len(out)-1].Advance += float64(g.XAdvance) / 64 / shapeSize
				continue
			}
			out = append(out, Glyph{GID: uint16(g.GlyphID), Rune: g.ClusterIndex, Runes: g.RuneCount, Advance: float64(g.XAdvance) / 64 / shapeSize})
		}
		start = end
	}
	return out
}

func isLatin(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r) || r >= 0x1E00 && r <= 0x1EFF
}

func isCommon(r rune) bool {
	return r < 0x80 && !unicode.IsLetter(r) && r != ' '
}

// Breaks reports UAX #14 line-break opportunities: after returns, allowed[i]
// is true when a line may start at rune i (0 < i < len(runes)).
func (s *Shaper) Breaks(runes []rune, allowed []bool) {
	for i := range allowed {
		allowed[i] = false
	}
	s.seg.Init(runes)
	it := s.seg.LineIterator()
	for it.Next() {
		l := it.Line()
		if end := l.Offset + len(l.Text); end < len(runes) {
			allowed[end] = true
		}
	}
}
