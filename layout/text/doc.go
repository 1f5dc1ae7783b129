// Package text is Banmian's only user of go-text/typesetting: it parses
// TrueType fonts from bytes, shapes runs of text into glyphs (HarfBuzz), finds
// UAX #14 line-break opportunities, and gives glyph outlines for drawing.
//
// All lengths here are in em (font units divided by units per em), so callers
// scale by the font size in points. A [Shaper] is not safe for concurrent
// use; a [Face] is read-only after [Parse] and may be shared.
package text
