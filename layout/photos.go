package layout

import (
	"strings"

	"banmian/article"
	"banmian/media"
)

// Photos in the collect stage: each photo is sized to the columns it spans
// (the editor's span, else the template's: the lead photo of a template of
// several columns spans them all), within the template's height limit or
// the editor's size; photos the editor set side by side make one row
// block (组图) whose images share one height across the row's width.

// leadPhotoID is the ID of the article's lead photo (题图): the first photo
// of the lead; "" when the lead has none.
func leadPhotoID(a *article.Article) string {
	for _, b := range a.Lead {
		if b.Kind == article.Photo {
			return b.ID
		}
	}
	return ""
}

// spanWidth is the width of n columns with their gutters.
func (c *collector) spanWidth(n int) Pt {
	return Pt(n)*c.t.ColumnWidth() + Pt(n-1)*MM(c.t.Page.GutterMM)
}

// defaultSpan is the span of a photo the editor left to the template.
func (c *collector) defaultSpan(b *article.Block) int {
	if b.ID == c.leadID && c.t.Page.Columns > 1 {
		return c.t.Page.Columns
	}
	return 1
}

// rowLength is how many photos from the first of bs make one row: the
// first photo and the photos after it marked to stand beside it (at most
// article.MaxRow); 1 when there is no row.
func rowLength(bs []article.Block) int {
	if len(bs) == 0 || bs[0].Kind != article.Photo {
		return 1
	}
	n := 1
	for n < len(bs) && n < article.MaxRow && bs[n].Kind == article.Photo && bs[n].PhotoLayout().Row {
		n++
	}
	return n
}

// figure makes the block of one photo, set across its span; a spanning
// photo also gets its one-column form, for where it cannot span.
func (c *collector) figure(b *article.Block) *block {
	l := b.PhotoLayout()
	span := l.Span.Columns(c.t.Page.Columns, c.defaultSpan(b))
	if strings.TrimSpace(b.Caption) == "" {
		c.warn(SevWarning, b.ID, "photo %q has no caption", b.File)
	}
	c.warnCredit(b)
	blk := c.photo(b, span, 0)
	blk.explicitSpan = l.Span != 0
	blk.place = placeFor(span, l.Place)
	if span > 1 {
		n := len(c.warnings)
		blk.narrow = c.photo(b, 1, 0)
		blk.narrow.place = l.Place
		c.warnings = c.warnings[:n] // said once, for the photo
	}
	return blk
}

// placeFor is where a photo of span columns goes: the editor's place; a
// photo across columns the editor left inline goes to their top.
func placeFor(span int, place string) string {
	if span > 1 && (place == "" || place == article.PlaceInline) {
		return article.PlaceTop
	}
	return place
}

// row makes the block of photos set side by side: the row spans what its
// first photo's layout says (else half the columns of a template of four
// or more, one column otherwise); the images share one height so that
// together with the gutters between them they fill the row's width. A
// caption only the last photo has is set under the whole row.
func (c *collector) row(bs []article.Block) *block {
	first := bs[0].PhotoLayout()
	cols := c.t.Page.Columns
	def := max(1, min(len(bs), cols/2))
	if bs[0].ID == c.leadID && cols > 1 {
		def = cols
	}
	captioned := false
	for i := range bs {
		captioned = captioned || strings.TrimSpace(bs[i].Caption) != ""
	}
	if !captioned {
		c.warn(SevWarning, bs[0].ID, "photo %q has no caption", bs[0].File)
	}
	for i := range bs {
		c.warnCredit(&bs[i])
	}
	span := first.Span.Columns(cols, def)
	row := c.rowAt(bs, span)
	row.explicitSpan = first.Span != 0
	row.place = placeFor(span, first.Place)
	if span > 1 {
		n := len(c.warnings)
		row.narrow = c.rowAt(bs, 1)
		row.narrow.place = first.Place
		c.warnings = c.warnings[:n] // said once, for the row
	}
	return row
}

// rowAt sets a row of photos across span columns.
func (c *collector) rowAt(bs []article.Block, span int) *block {
	width := c.spanWidth(span)
	gap := max(MM(c.t.Page.GutterMM)/2, MM(3)) // room for a caption's hanging mark
	var aspects float64
	for i := range bs {
		w, h := c.displaySize(&bs[i])
		aspects += w / h
	}
	h := (width - Pt(len(bs)-1)*gap) / Pt(aspects)
	shared := true
	for i := range bs[:len(bs)-1] {
		shared = shared && strings.TrimSpace(bs[i].Caption) == "" && bs[i].Credit == ""
	}
	row := &block{kind: photoBlock, id: bs[0].ID, spanCols: span, figW: width, st: c.t.Styles[StyleCaption]}
	x := Pt(0)
	for i := range bs {
		cell := c.photo(&bs[i], span, h)
		cell.img.Rect.X = x
		x += cell.img.Rect.W + gap
		row.cells = append(row.cells, cell)
	}
	if off := (width - (x - gap)) / 2; off > 0 { // a height cap made the row narrower: centre it
		for _, cell := range row.cells {
			cell.img.Rect.X += off
		}
	}
	last := row.cells[len(row.cells)-1]
	if shared && len(row.cells) > 1 && last.captionText != "" {
		row.captionText, row.creditText = last.captionText, last.creditText
		row.credSt, row.capLead, row.credLead = last.credSt, last.capLead, last.credLead
		last.captionText, last.creditText = "", ""
		row.width = width
	}
	return row
}

// displaySize is a photo's shape as it prints (after rotation and crop);
// 4 × 3 for a photo without an image.
func (c *collector) displaySize(b *article.Block) (w, h float64) {
	as := c.a.Asset(b.Asset)
	if as == nil || b.Missing {
		return 4, 3
	}
	var cl, ct, cr, cb float64
	if b.Crop != nil {
		cl, ct, cr, cb = b.Crop.Left, b.Crop.Top, b.Crop.Right, b.Crop.Bottom
	}
	w, h = media.DisplaySize(as.Width, as.Height, as.Data, b.Rotate, cl, ct, cr, cb)
	if !(w > 0 && h > 0 && w < 1e6 && h < 1e6) { // a size no image has: keep the page sane
		return 4, 3
	}
	return w, h
}

// photo sizes a photo to span columns (at most the template's share of the
// column height, or the editor's size within it; rowH > 0 fixes the height
// of a photo in a row) and prepares its caption and credit.
func (c *collector) photo(b *article.Block, span int, rowH Pt) *block {
	figW := c.spanWidth(span)
	share := c.t.PhotoMaxHeight
	if s := b.PhotoLayout().Size; s > 0 {
		share = min(max(s, 0.1), c.t.PhotoMaxHeight)
	}
	maxH := Pt(share) * c.t.TypeArea().H
	img := &Image{Rotate: b.Rotate, Crop: b.Crop, File: b.File, ID: b.ID}
	w, h := c.displaySize(b)
	if as := c.a.Asset(b.Asset); as != nil && !b.Missing {
		img.Asset = as
		if err := c.e.integrity(as); err != nil {
			c.warn(SevError, b.ID, "photo %q cannot be printed: %v", b.File, err)
		}
	} else {
		c.warn(SevError, b.ID, "photo %q is missing: a frame with its name prints in its place", b.File)
	}
	pw, ph := figW, figW*Pt(h/w)
	if rowH > 0 {
		pw, ph = rowH*Pt(w/h), rowH
	}
	scale := Pt(1)
	if s := c.t.photoScale; s > 0 && s < 1 { // copyfit
		scale = Pt(s)
	}
	if s := c.t.photoScale; s > 1 { // copyfit of an underset story: photos may take more height
		maxH = min(maxH*Pt(s), c.t.TypeArea().H*0.9)
	}
	if span > 1 && rowH == 0 {
		// Across columns a photo keeps the full width; one too tall for
		// the cap is cropped top and bottom (centred) to it.
		if s := b.PhotoLayout().Size; s == 0 {
			maxH = Pt(c.t.SpanMaxHeight) * c.t.TypeArea().H
			if s := c.t.photoScale; s > 1 {
				maxH = min(maxH*Pt(s), c.t.TypeArea().H*0.6)
			}
		}
		maxH *= scale
		if ph > maxH {
			img.Crop = cropTo(b.Crop, float64(maxH/ph))
			ph = maxH
		}
		scale = 1
	}
	if ph > maxH {
		pw, ph = maxH*Pt(w/h), maxH
	}
	pw, ph = pw*scale, ph*scale
	img.Rect = Rect{X: (figW - pw) / 2, W: pw, H: ph}
	if img.Asset != nil {
		if ppi := w / (float64(pw) / 72); ppi < 150 {
			c.warn(SevWarning, b.ID, "photo %q is %.0f ppi at its printed size (under 150 ppi looks soft)", b.File, ppi)
		}
	}
	blk := &block{kind: photoBlock, id: b.ID, img: img, width: pw, spanCols: span, figW: figW, credSt: c.t.Styles[StyleCredit]}
	if img.Asset == nil {
		blk.missingText = b.File
		if blk.missingText == "" {
			blk.missingText = "?"
		}
	}
	if strings.TrimSpace(b.Caption) != "" {
		blk.captionText = b.Caption
	}
	blk.st = c.t.Styles[StyleCaption]
	blk.capLead = Pt(blk.st.Leading)
	if b.Credit != "" {
		blk.creditText = b.Credit
		blk.credLead = Pt(blk.credSt.Leading)
	}
	return blk
}

// cropTo returns the crop that keeps share of the height of what crop
// keeps, taking the same from the top and the bottom.
func cropTo(crop *article.Crop, share float64) *article.Crop {
	c := article.Crop{}
	if crop != nil {
		c = *crop
	}
	cut := (1 - c.Top - c.Bottom) * (1 - share) / 2
	c.Top += cut
	c.Bottom += cut
	return &c
}

// warnCredit names a photo with an image and no credit: neither the copy
// nor the photo's metadata says who took it.
func (c *collector) warnCredit(b *article.Block) {
	if strings.TrimSpace(b.Credit) == "" && !b.Missing && b.Asset != "" && !strings.Contains(b.Caption, "摄") {
		c.warn(SevWarning, b.ID, "photo %q has no credit: who took it?", b.File)
	}
}
