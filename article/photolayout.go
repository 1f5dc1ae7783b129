package article

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// PhotoLayout is the editor's placement of a photo block (the "layout"
// object of a photo in article.json); the zero value leaves everything to
// the template.
type PhotoLayout struct {
	// Span is how many columns the photo is set across: 0 lets the
	// template decide (the lead photo of a template of several columns
	// spans them all), 1 … 12 columns, or SpanAll.
	Span Span `json:"span,omitempty"`
	// Place is where the photo goes in the column or columns it lands in:
	// PlaceInline (or empty) where it stands in the text, PlaceTop or
	// PlaceBottom of the column area.
	Place string `json:"place,omitempty"`
	// Size is the photo's height as a fraction of the column height (0
	// uses the template's; within 0.1 and the template's photo_max_height).
	Size float64 `json:"size,omitempty"`
	// Row sets the photo beside the photo before it in one row (组图, two
	// to four photos). A row's caption is shared when only its last photo
	// has one.
	Row bool `json:"row,omitempty"`
}

// Span is a photo's width in columns; SpanAll is every column of the
// template. In JSON it is a number or "all".
type Span int

// SpanAll spans every column of the template, whatever their number.
const SpanAll Span = -1

// MaxRow is the most photos one row holds.
const MaxRow = 4

// Places a photo may take.
const (
	PlaceInline = "inline"
	PlaceTop    = "top"
	PlaceBottom = "bottom"
)

// MarshalJSON writes SpanAll as "all", other spans as numbers.
func (s Span) MarshalJSON() ([]byte, error) {
	if s == SpanAll {
		return []byte(`"all"`), nil
	}
	return strconv.AppendInt(nil, int64(s), 10), nil
}

// UnmarshalJSON reads a number or "all".
func (s *Span) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte(`"all"`)) {
		*s = SpanAll
		return nil
	}
	var n int
	if err := json.Unmarshal(b, &n); err != nil || n < 0 {
		return Errorf("span must be a number of columns or \"all\", not %s", clip(string(b)))
	}
	*s = Span(n)
	return nil
}

// Columns is the span in a template of cols columns (def when the editor
// left it to the template), within 1 and cols.
func (s Span) Columns(cols, def int) int {
	n := int(s)
	switch {
	case s == SpanAll:
		n = cols
	case n == 0:
		n = def
	}
	return min(max(n, 1), cols)
}

// PhotoLayout returns the block's photo layout; the zero value when the
// block has none.
func (b *Block) PhotoLayout() PhotoLayout {
	if b.Layout == nil {
		return PhotoLayout{}
	}
	return *b.Layout
}

// SetPhotoLayout sets the block's photo layout (nil when it is the zero
// value, so that files stay as small as they were).
func (b *Block) SetPhotoLayout(l PhotoLayout) {
	if l == (PhotoLayout{}) {
		b.Layout = nil
		return
	}
	b.Layout = &l
}

// checkPhotoLayout reports a photo layout out of range.
func checkPhotoLayout(l *PhotoLayout, bad func(format string, args ...any)) {
	if l == nil {
		return
	}
	if !(l.Span == SpanAll || l.Span >= 0 && l.Span <= 12) {
		bad("span %d is not 1 to 12 columns or \"all\"", int(l.Span))
	}
	switch l.Place {
	case "", PlaceInline, PlaceTop, PlaceBottom:
	default:
		bad("place %q is not \"inline\", \"top\" or \"bottom\"", clip(l.Place))
	}
	if !(l.Size == 0 || l.Size >= 0.1 && l.Size <= 1) {
		bad("size %g is not 0 (the template's) or between 0.1 and 1 of the column height", l.Size)
	}
}

// moveLegacySizes moves the top-level "size" photos had before their
// layout object into it (files of that version read on).
func (a *Article) moveLegacySizes() {
	for _, b := range a.Blocks() {
		if b.LegacySize == 0 || b.Kind != Photo {
			continue // (on another kind, validation names it)
		}
		if l := b.PhotoLayout(); l.Size == 0 {
			l.Size = b.LegacySize
			b.SetPhotoLayout(l)
		}
		b.LegacySize = 0
	}
}
