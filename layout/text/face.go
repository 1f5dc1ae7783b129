package text

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-text/typesetting/font"
)

// Face is a parsed TrueType font with the bytes it came from.
type Face struct {
	// Name is the font's PostScript name ("BanmianSong-Regular").
	Name string
	// Data is the font file; the PDF writer embeds (a subset of) these bytes.
	Data []byte
	// Ascent and Descent are the typographic ascender and descender in em
	// (Descent is positive below the baseline).
	Ascent, Descent float64

	face *font.Face
	upem float64

	mu      sync.Mutex
	outline map[uint16]Outline // cache of glyph outlines
}

// Parse reads a TrueType font.
func Parse(name string, data []byte) (*Face, error) {
	f, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	fc := &Face{Name: name, Data: data, face: f, upem: float64(f.Upem()), outline: map[uint16]Outline{}}
	if ext, ok := f.FontHExtents(); ok {
		fc.Ascent, fc.Descent = float64(ext.Ascender)/fc.upem, -float64(ext.Descender)/fc.upem
	}
	// CJK faces declare tall hhea extents for their whole repertoire; the
	// ideographic em box (0.88/0.12) is what line spacing should use.
	if fc.Ascent > 0.88 {
		fc.Ascent, fc.Descent = 0.88, 0.12
	}
	return fc, nil
}

// Glyph returns the glyph of r and whether the font has one.
func (f *Face) Glyph(r rune) (uint16, bool) {
	g, ok := f.face.NominalGlyph(r)
	return uint16(g), ok
}

// Advance returns a glyph's advance width in em.
func (f *Face) Advance(gid uint16) float64 {
	return float64(f.face.HorizontalAdvance(font.GID(gid))) / f.upem
}

// Has reports whether the font has a glyph for r.
func (f *Face) Has(r rune) bool {
	_, ok := f.face.NominalGlyph(r)
	return ok
}

// Ink returns the horizontal extent of a glyph's outline in em (xMin, xMax);
// ok is false for a blank glyph.
func (f *Face) Ink(gid uint16) (xMin, xMax float64, ok bool) {
	ext, ok := f.face.GlyphExtents(font.GID(gid))
	if !ok || ext.Width == 0 {
		return 0, 0, false
	}
	return float64(ext.XBearing) / f.upem, float64(ext.XBearing+ext.Width) / f.upem, true
}
