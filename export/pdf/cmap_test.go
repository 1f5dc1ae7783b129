package pdf

import (
	"bytes"
	"encoding/binary"
	"testing"

	"banmian/internal/pdftest"
	"banmian/layout"
)

// TestEmbeddedCmapLength: every embedded font subset's format-4 cmap
// subtable declares the length it has (fpdf counted glyph entries as
// bytes, and strict parsers rejected the fonts: BANMIAN PATCH 7).
func TestEmbeddedCmapLength(t *testing.T) {
	tp, err := layout.LoadTemplate("report-a4")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := layout.Layout(referenceArticle(t, 300, 200), tp)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc, Options{CacheDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	fonts := pdftest.FontFiles(t, buf.Bytes())
	if len(fonts) == 0 {
		t.Fatal("no embedded fonts")
	}
	for name, ttf := range fonts {
		table, ok := sfntTable(ttf, "cmap")
		if !ok {
			t.Errorf("font %d: no cmap table", name)
			continue
		}
		be := binary.BigEndian
		n := int(be.Uint16(table[2:]))
		for i := 0; i < n; i++ {
			off := int(be.Uint32(table[4+8*i+4:]))
			if off+4 > len(table) || be.Uint16(table[off:]) != 4 {
				continue
			}
			declared := int(be.Uint16(table[off+2:]))
			segX2 := int(be.Uint16(table[off+6:]))
			if declared != len(table)-off || declared < 16+4*segX2 || declared%2 != 0 {
				t.Errorf("font %d: format-4 cmap declares %d bytes, has %d (segments %d)", name, declared, len(table)-off, segX2/2)
			}
		}
	}
}

// sfntTable returns a table of a TrueType font by tag.
func sfntTable(ttf []byte, tag string) ([]byte, bool) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, false
	}
	n := int(be.Uint16(ttf[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, false
		}
		if string(ttf[rec:rec+4]) == tag {
			off, length := int(be.Uint32(ttf[rec+8:])), int(be.Uint32(ttf[rec+12:]))
			if off+length > len(ttf) {
				return nil, false
			}
			return ttf[off : off+length], true
		}
	}
	return nil, false
}
