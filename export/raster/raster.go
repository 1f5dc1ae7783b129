package raster

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/vector"

	"banmian/layout"
	"banmian/layout/text"
	"banmian/media"
)

// Options control drawing.
type Options struct {
	// DPI is the resolution in dots per inch (72 draws 1 px per point).
	DPI float64
	// Bleed draws the bleed area around the trimmed page.
	Bleed bool
	// TrimLines outlines the trim box (with Bleed) for the editor's preview.
	TrimLines bool
	// NoDecode draws photos not decoded yet (see [Renderer.Prime]) as grey
	// boxes instead of decoding them now, so that a page never waits.
	NoDecode bool
}

// Renderer draws pages. It caches glyph masks and photos scaled for the
// page, so drawing the same pages again is cheap. It is safe for concurrent use.
type Renderer struct {
	// MaxSide, when not 0, keeps decoded photos at most this many pixels on
	// their long side (the editor's preview never needs more), which bounds
	// the memory large camera photos take.
	MaxSide int

	mu      sync.Mutex
	glyphs  map[glyphKey]*mask
	photos  map[photoKey]image.Image
	decoded map[string]image.Image
	full    map[string]bool // decoded as large as it will ever be asked
}

type glyphKey struct {
	face *text.Face
	gid  uint16
	ppem float32 // pixels per em, quantised
	frac uint8   // horizontal sub-pixel position, quarter pixels
	sx   float32 // horizontal stretch (1: none)
}

type mask struct {
	img    *image.Alpha
	dx, dy int // offset of the mask from the glyph origin's pixel
}

type photoKey struct {
	asset      string
	w, h       int
	rotate     int
	l, t, r, b float64
}

// New returns a renderer with empty caches.
func New() *Renderer {
	return &Renderer{glyphs: map[glyphKey]*mask{}, photos: map[photoKey]image.Image{}, decoded: map[string]image.Image{}, full: map[string]bool{}}
}

// Page draws page i of the document.
func (r *Renderer) Page(doc *layout.Document, i int, opt Options) (*image.RGBA, error) {
	if i < 0 || i >= len(doc.Pages) {
		return nil, fmt.Errorf("raster: no page %d (the document has %d)", i+1, len(doc.Pages))
	}
	if opt.DPI <= 0 {
		opt.DPI = 100
	}
	pg := doc.Pages[i]
	s := opt.DPI / 72
	off := 0.0
	if opt.Bleed {
		off = float64(pg.Bleed) * s
	}
	w := int(math.Ceil(float64(pg.Width)*s + 2*off))
	h := int(math.Ceil(float64(pg.Height)*s + 2*off))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	px := func(v layout.Pt) float64 { return float64(v)*s + off }
	for _, it := range pg.Items {
		switch v := it.(type) {
		case *layout.Box:
			fillRect(img, px(v.Rect.X), px(v.Rect.Y), px(v.Rect.X+v.Rect.W), px(v.Rect.Y+v.Rect.H), rgba(v.Color))
		case *layout.Rule:
			r.rule(img, px(v.X1), px(v.Y1), px(v.X2), px(v.Y2), math.Max(float64(v.Width)*s, 0.6), rgba(v.Color))
		case *layout.Image:
			if err := r.photo(img, v, px, opt.NoDecode); err != nil {
				return nil, err
			}
		case *layout.TextRun:
			r.text(img, v, px, s)
		}
	}
	if opt.Bleed && opt.TrimLines {
		trim := color.RGBA{0, 160, 220, 255}
		x0, y0, x1, y1 := px(0), px(0), px(pg.Width), px(pg.Height)
		for _, l := range [][4]float64{{x0, y0, x1, y0}, {x0, y1, x1, y1}, {x0, y0, x0, y1}, {x1, y0, x1, y1}} {
			r.rule(img, l[0], l[1], l[2], l[3], 0.8, trim)
		}
	}
	return img, nil
}

func rgba(c layout.Color) color.RGBA { return color.RGBA{c.R, c.G, c.B, 255} }

// fillRect fills an axis-aligned rectangle, rounded to whole pixels.
func fillRect(img *image.RGBA, x0, y0, x1, y1 float64, c color.RGBA) {
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	if r.Dy() == 0 && y1 > y0 {
		r.Max.Y = r.Min.Y + 1
	}
	if r.Dx() == 0 && x1 > x0 {
		r.Max.X = r.Min.X + 1
	}
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Over)
}

// rule draws a line w pixels wide: straight ones as rectangles, slanted
// ones with a rasteriser the size of their bounding box.
func (r *Renderer) rule(img *image.RGBA, x0, y0, x1, y1, w float64, c color.RGBA) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	switch {
	case l == 0:
		return
	case dy == 0:
		fillRect(img, math.Min(x0, x1), y0-w/2, math.Max(x0, x1), y0+w/2, c)
		return
	case dx == 0:
		fillRect(img, x0-w/2, math.Min(y0, y1), x0+w/2, math.Max(y0, y1), c)
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	bx := int(math.Floor(math.Min(x0, x1) - w))
	by := int(math.Floor(math.Min(y0, y1) - w))
	bw := int(math.Ceil(math.Abs(dx)+2*w)) + 1
	bh := int(math.Ceil(math.Abs(dy)+2*w)) + 1
	z := vector.NewRasterizer(bw, bh)
	p := func(x, y float64) (float32, float32) { return float32(x - float64(bx)), float32(y - float64(by)) }
	z.MoveTo(p(x0+nx, y0+ny))
	z.LineTo(p(x1+nx, y1+ny))
	z.LineTo(p(x1-nx, y1-ny))
	z.LineTo(p(x0-nx, y0-ny))
	z.ClosePath()
	z.Draw(img, image.Rect(bx, by, bx+bw, by+bh), image.NewUniform(c), image.Point{})
}

func (r *Renderer) text(img *image.RGBA, run *layout.TextRun, px func(layout.Pt) float64, s float64) {
	ppem := float32(float64(run.Size) * s)
	src := image.NewUniform(rgba(run.Color))
	by := px(run.Y)
	for _, g := range run.Glyphs {
		gx := px(run.X + g.X)
		ix := math.Floor(gx)
		frac := uint8((gx - ix) * 4)
		iy := math.Round(by)
		sx := float32(1)
		if g.ScaleX != 0 {
			sx = float32(g.ScaleX)
		}
		m := r.glyph(run.Face, g.GID, ppem, frac, sx)
		if m == nil {
			continue
		}
		p := image.Pt(int(ix)+m.dx, int(iy)+m.dy)
		draw.DrawMask(img, m.img.Bounds().Add(p), src, image.Point{}, m.img, image.Point{}, draw.Over)
	}
}

// glyph rasterises a glyph at ppem pixels per em, stretched horizontally
// by sx (1: not), cached.
func (r *Renderer) glyph(face *text.Face, gid uint16, ppem float32, frac uint8, sx float32) *mask {
	key := glyphKey{face, gid, float32(math.Round(float64(ppem)*8) / 8), frac, sx}
	r.mu.Lock()
	m, ok := r.glyphs[key]
	r.mu.Unlock()
	if ok {
		return m
	}
	out := face.Outline(gid)
	if len(out) == 0 {
		r.mu.Lock()
		r.glyphs[key] = nil
		r.mu.Unlock()
		return nil
	}
	minX, minY, maxX, maxY := float32(math.Inf(1)), float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, seg := range out {
		for k := 0; k < 3; k++ {
			if k > 0 && (seg.Kind == text.MoveTo || seg.Kind == text.LineTo) || k > 1 && seg.Kind == text.QuadTo {
				break
			}
			x, y := seg.P[k][0]*ppem*sx, -seg.P[k][1]*ppem
			minX, maxX = min(minX, x), max(maxX, x)
			minY, maxY = min(minY, y), max(maxY, y)
		}
	}
	fx := float32(frac) / 4
	x0, y0 := int(math.Floor(float64(minX+fx)))-1, int(math.Floor(float64(minY)))-1
	w, h := int(math.Ceil(float64(maxX+fx)))-x0+1, int(math.Ceil(float64(maxY)))-y0+1
	z := vector.NewRasterizer(w, h)
	tx := func(p [2]float32) (float32, float32) {
		return p[0]*ppem*sx + fx - float32(x0), -p[1]*ppem - float32(y0)
	}
	for _, seg := range out {
		switch seg.Kind {
		case text.MoveTo:
			z.MoveTo(tx(seg.P[0]))
		case text.LineTo:
			z.LineTo(tx(seg.P[0]))
		case text.QuadTo:
			ax, ay := tx(seg.P[0])
			bx, by := tx(seg.P[1])
			z.QuadTo(ax, ay, bx, by)
		case text.CubeTo:
			ax, ay := tx(seg.P[0])
			bx, by := tx(seg.P[1])
			cx, cy := tx(seg.P[2])
			z.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	a := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(a, a.Bounds(), image.Opaque, image.Point{})
	m = &mask{img: a, dx: x0, dy: y0}
	r.mu.Lock()
	r.glyphs[key] = m
	r.mu.Unlock()
	return m
}

// photo draws an image scaled to its placed size; photos are decoded once
// and kept scaled per size.
func (r *Renderer) photo(img *image.RGBA, v *layout.Image, px func(layout.Pt) float64, noDecode bool) error {
	if v.Asset == nil {
		return nil
	}
	x0, y0 := px(v.Rect.X), px(v.Rect.Y)
	w, h := int(math.Round(px(v.Rect.X+v.Rect.W)-x0)), int(math.Round(px(v.Rect.Y+v.Rect.H)-y0))
	if w <= 0 || h <= 0 {
		return nil
	}
	key := photoKey{asset: v.Asset.ID, w: w, h: h, rotate: v.Rotate}
	if v.Crop != nil {
		key.l, key.t, key.r, key.b = v.Crop.Left, v.Crop.Top, v.Crop.Right, v.Crop.Bottom
	}
	r.mu.Lock()
	scaled, ok := r.photos[key]
	r.mu.Unlock()
	if !ok && noDecode && !r.Decoded(v.Asset.ID) {
		fillRect(img, x0, y0, x0+float64(w), y0+float64(h), color.RGBA{0xd8, 0xd8, 0xd8, 0xff})
		return nil
	}
	if !ok {
		keep := min(1-key.l-key.r, 1-key.t-key.b)
		src, err := r.decode(v.Asset.ID, v.Asset.Data, int(float64(max(w, h))/max(keep, 0.05)+1))
		if err != nil {
			return fmt.Errorf("photo %s: %w", v.File, err)
		}
		scaled = media.Resize(media.Transform(src, key.rotate, key.l, key.t, key.r, key.b), w, h)
		r.mu.Lock()
		r.photos[key] = scaled
		r.mu.Unlock()
	}
	pt := image.Pt(int(math.Round(x0)), int(math.Round(y0)))
	draw.Draw(img, image.Rect(0, 0, w, h).Add(pt), scaled, scaled.Bounds().Min, draw.Src)
	return nil
}

// decode returns a photo decoded for a use of need pixels on its longer
// side (0: as large as MaxSide allows): the decoded image is kept at the
// size shown, in steps (512, 1024, 2048 … MaxSide), and decoded again larger
// only when a larger zoom asks for it.
func (r *Renderer) decode(id string, data []byte, need int) (image.Image, error) {
	step := 512
	for step < need {
		step *= 2
	}
	if r.MaxSide > 0 && (need == 0 || step > r.MaxSide) {
		step = r.MaxSide
	}
	if need == 0 && r.MaxSide == 0 {
		step = 0
	}
	r.mu.Lock()
	img, ok := r.decoded[id]
	r.mu.Unlock()
	target := need
	if need == 0 {
		target = step
	}
	if ok && (target > 0 && max(img.Bounds().Dx(), img.Bounds().Dy()) >= target || r.full[id]) {
		return img, nil
	}
	img, err := media.DecodedAtLeast(id, data, step) // shared with thumbnails and exports
	if err != nil {
		return nil, err
	}
	full := step == 0
	if b := img.Bounds(); r.MaxSide > 0 && max(b.Dx(), b.Dy()) > r.MaxSide {
		s := float64(r.MaxSide) / float64(max(b.Dx(), b.Dy()))
		img = media.Resize(img, int(float64(b.Dx())*s+0.5), int(float64(b.Dy())*s+0.5))
		full = true // as large as the preview keeps
	} else if b := img.Bounds(); step > 0 && max(b.Dx(), b.Dy()) < step {
		full = true // the photo itself is smaller
	}
	r.mu.Lock()
	r.decoded[id] = img
	r.full[id] = full
	r.mu.Unlock()
	return img, nil
}

// Decoded reports whether a photo has been decoded.
func (r *Renderer) Decoded(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.decoded[id]
	return ok
}

// Prime decodes a photo ahead of drawing (the editor calls it in the
// background for large photos).
func (r *Renderer) Prime(id string, data []byte) error {
	_, err := r.decode(id, data, 512)
	return err
}
