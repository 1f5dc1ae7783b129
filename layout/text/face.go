package text

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"sync"

	"github.com/go-text/typesetting/font"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Face is a parsed TrueType font with the bytes it came from. Shaping and
// metrics come from go-text, which is handed the font without its outlines
// (it would parse all 22,000 of them up front); outlines and ink bounds come,
// glyph by glyph when asked, from golang.org/x/image/font/sfnt.
type Face struct {
	// Name is the font's PostScript name ("BanmianSong-Regular").
	Name string
	// Data is the font file; the PDF writer embeds (a subset of) these bytes.
	Data []byte
	// Ascent and Descent are the typographic ascender and descender in em
	// (Descent is positive below the baseline).
	Ascent, Descent float64

	face *font.Face
	sf   *sfnt.Font
	upem float64

	mu      sync.Mutex
	buf     sfnt.Buffer
	outline map[uint16]Outline // cache of glyph outlines
}

// Parse reads a TrueType font.
func Parse(name string, data []byte) (*Face, error) {
	f, err := font.ParseTTF(withoutOutlines(data))
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	fc := &Face{Name: name, Data: data, face: f, sf: sf, upem: float64(f.Upem()), outline: map[uint16]Outline{}}
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
	f.mu.Lock()
	defer f.mu.Unlock()
	b, _, err := f.sf.GlyphBounds(&f.buf, sfnt.GlyphIndex(gid), fixed.I(int(f.upem)), xfont.HintingNone)
	if err != nil || b.Max.X <= b.Min.X {
		return 0, 0, false
	}
	return float64(b.Min.X) / 64 / f.upem, float64(b.Max.X) / 64 / f.upem, true
}

// withoutOutlines presents the font to go-text with empty outlines: its
// 'loca' entry points at a table of zeros served past the end of the file
// (every glyph empty), so go-text parses no glyph points; metrics, cmap and
// layout tables are the font's own.
func withoutOutlines(data []byte) *io.SectionReader {
	whole := io.NewSectionReader(bytes.NewReader(data), 0, int64(len(data)))
	if len(data) < 12 {
		return whole
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return whole
	}
	head := make([]byte, 12+16*n)
	copy(head, data)
	numGlyphs := 0
	for i := 0; i < n; i++ {
		rec := data[12+16*i : 12+16*i+16]
		if string(rec[:4]) == "maxp" {
			off := int(binary.BigEndian.Uint32(rec[8:]))
			if off+6 <= len(data) {
				numGlyphs = int(binary.BigEndian.Uint16(data[off+4:]))
			}
		}
	}
	tail := make([]byte, 4*(numGlyphs+1)) // long loca of zeros: all glyphs empty
	for i := 0; i < n; i++ {
		rec := head[12+16*i : 12+16*i+16]
		switch string(rec[:4]) {
		case "glyf":
			binary.BigEndian.PutUint32(rec[12:], 0)
		case "loca":
			binary.BigEndian.PutUint32(rec[8:], uint32(len(data)))
			binary.BigEndian.PutUint32(rec[12:], uint32(len(tail)))
		}
	}
	p := &patched{head: head, data: data, tail: tail}
	for i := 0; i < n; i++ {
		rec := head[12+16*i : 12+16*i+16]
		if string(rec[:4]) == "head" {
			// indexToLocFormat (offset 50 in 'head') becomes 1: long offsets.
			p.locFormatAt = int64(binary.BigEndian.Uint32(rec[8:])) + 50
		}
	}
	return io.NewSectionReader(p, 0, int64(len(data)+len(tail)))
}

// patched reads data with its first bytes replaced by head, tail after
// its end, and the head table's indexToLocFormat set to long.
type patched struct {
	head, data, tail []byte
	locFormatAt      int64
}

// ReadAt reads the patched font.
func (p *patched) ReadAt(b []byte, off int64) (int, error) {
	total := int64(len(p.data) + len(p.tail))
	if off >= total {
		return 0, io.EOF
	}
	n := 0
	if off < int64(len(p.data)) {
		n = copy(b, p.data[off:])
		if off < int64(len(p.head)) {
			copy(b, p.head[off:])
		}
	}
	if n < len(b) && off+int64(n) >= int64(len(p.data)) {
		n += copy(b[n:], p.tail[off+int64(n)-int64(len(p.data)):])
	}
	if p.locFormatAt >= off && p.locFormatAt+1 < off+int64(n) {
		b[p.locFormatAt-off], b[p.locFormatAt+1-off] = 0, 1
	}
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}
