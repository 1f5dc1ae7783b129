package layout

import (
	"time"

	"banmian/article"
	"banmian/layout/text"
)

// Document is a laid-out article: pages of positioned items.
type Document struct {
	// Pages in order.
	Pages []Page
	// Info for the PDF's document information and the HTML head.
	Title, Author, Subject, Keywords, Lang string
	// Created is the article's date (or zero).
	Created time.Time
	// Bookmarks are the outline entries: headline, sections, scenes.
	Bookmarks []Bookmark
	// Warnings are what preflight reports from layout (overflow, missing glyphs, low resolution…).
	Warnings []Warning
	// Template is the template the document was laid out with.
	Template *Template
	// Fit says how the story fits its fixed page count (nil when the page
	// count is free).
	Fit *Fit

	pastScene int // photos the pages set after their scene's text (copyfit will not loosen into more)
}

// Page is one page. Coordinates of items are in points from the top-left
// corner of the trim box; the bleed lies outside it.
type Page struct {
	// Width and Height are the trimmed page size.
	Width, Height Pt
	// Bleed is how far the page extends beyond the trim on each side.
	Bleed Pt
	// Items are drawn in order.
	Items []Item
}

// Item is something drawn on a page: [*TextRun], [*Image], [*Box], [*Rule] or [*Link].
type Item interface{ item() }

// TextRun is one line (or part of a line) of text in one face and size.
type TextRun struct {
	// Face is the font; Size its size.
	Face *text.Face
	Size Pt
	// Color of the glyphs.
	Color Color
	// X, Y is the origin of the run: its left end on the baseline.
	X, Y Pt
	// Glyphs are positioned from the run's origin.
	Glyphs []Glyph
	// Text is the run's text as it reads, for copy and search (spaces included).
	Text string
	// ID is the article element the text belongs to.
	ID string
}

// Glyph is one positioned glyph.
type Glyph struct {
	// GID is the glyph in the run's face; 0 for a character the face lacks.
	GID uint16
	// Text is the character(s) the glyph stands for.
	Text string
	// X is the glyph's origin from the run's origin.
	X Pt
	// Advance is the glyph's natural advance at the run's size.
	Advance Pt
	// ScaleX stretches the glyph horizontally from its origin (0 or 1:
	// none); the dashes of a —— are stretched to meet as one stroke.
	ScaleX float64
}

// Image is a placed photo, or the frame of a missing one.
type Image struct {
	// Rect is where the image is drawn (after crop and rotation).
	Rect Rect
	// Asset is the image; nil when missing.
	Asset *article.Asset
	// Rotate (degrees clockwise) and Crop apply before placing.
	Rotate int
	Crop   *article.Crop
	// File names the photo for the missing-photo frame.
	File string
	// ID is the photo block's ID.
	ID string
}

// Box is a filled rectangle (banners, backgrounds).
type Box struct {
	Rect  Rect
	Color Color
	ID    string
}

// Rule is a straight line of a given width.
type Rule struct {
	X1, Y1, X2, Y2 Pt
	Width          Pt
	Color          Color
}

// Link is a clickable area that opens a URL.
type Link struct {
	Rect Rect
	URL  string
}

func (*TextRun) item() {}
func (*Image) item()   {}
func (*Box) item()     {}
func (*Rule) item()    {}
func (*Link) item()    {}

// Bookmark is an entry of the document outline.
type Bookmark struct {
	Title string
	// Level is 0 for the headline, 1 for sections, 2 for scenes.
	Level int
	// Page (from 0) and Y locate the entry.
	Page int
	Y    Pt
}

// Severity grades a warning.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Warning is a preflight finding tied to an element.
type Warning struct {
	Severity Severity
	// ID is the element's ID; Path its readable location.
	ID, Path string
	Message  string
}

// Width returns the run's width (the end of its last glyph).
func (r *TextRun) Width() Pt {
	if len(r.Glyphs) == 0 {
		return 0
	}
	g := r.Glyphs[len(r.Glyphs)-1]
	return g.X + g.Advance
}
