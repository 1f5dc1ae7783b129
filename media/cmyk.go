package media

import (
	"errors"
	"fmt"
	"image"
	"image/color"
)

// CMYKTable converts sRGB to a press profile's CMYK: a grid of the
// conversion Little CMS makes through the profile (made by make profiles,
// assets/profiles), interpolated between its points (tetrahedral, as CMMs
// interpolate their own tables). Safe for concurrent use.
type CMYKTable struct {
	n    int    // points per axis
	data []byte // C M Y K per point, R slowest, B fastest
}

// ErrBadTable signals a colour table that is not one make profiles writes.
var ErrBadTable = errors.New("not a Banmian colour table")

// ParseCMYKTable reads a table (BMLUT1, grid size, C M Y K bytes per point).
func ParseCMYKTable(b []byte) (*CMYKTable, error) {
	if len(b) < 7 || string(b[:6]) != "BMLUT1" {
		return nil, ErrBadTable
	}
	n := int(b[6])
	if n < 2 || len(b) != 7+n*n*n*4 {
		return nil, fmt.Errorf("%w: %d bytes for a grid of %d", ErrBadTable, len(b), n)
	}
	return &CMYKTable{n: n, data: b[7:]}, nil
}

// Convert returns the CMYK (0–255 each) of an sRGB colour.
func (t *CMYKTable) Convert(r, g, b uint8) (c, m, y, k uint8) {
	var out [4]float64
	t.interp(float64(r), float64(g), float64(b), &out)
	return clamp8(out[0]), clamp8(out[1]), clamp8(out[2]), clamp8(out[3])
}

func clamp8(v float64) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}

// interp interpolates the grid at r, g, b (0–255) tetrahedrally.
func (t *CMYKTable) interp(r, g, b float64, out *[4]float64) {
	s := float64(t.n-1) / 255
	fr, fg, fb := r*s, g*s, b*s
	ir, ig, ib := min(int(fr), t.n-2), min(int(fg), t.n-2), min(int(fb), t.n-2)
	dr, dg, db := fr-float64(ir), fg-float64(ig), fb-float64(ib)
	at := func(i, j, k int) []byte {
		o := (((ir+i)*t.n+(ig+j))*t.n + (ib + k)) * 4
		return t.data[o : o+4]
	}
	c000, c111 := at(0, 0, 0), at(1, 1, 1)
	var a, bb []byte // the two inner corners of the tetrahedron
	var w0, w1, w2, w3 float64
	switch {
	case dr >= dg && dg >= db:
		a, bb = at(1, 0, 0), at(1, 1, 0)
		w0, w1, w2, w3 = 1-dr, dr-dg, dg-db, db
	case dr >= db && db >= dg:
		a, bb = at(1, 0, 0), at(1, 0, 1)
		w0, w1, w2, w3 = 1-dr, dr-db, db-dg, dg
	case db >= dr && dr >= dg:
		a, bb = at(0, 0, 1), at(1, 0, 1)
		w0, w1, w2, w3 = 1-db, db-dr, dr-dg, dg
	case dg >= dr && dr >= db:
		a, bb = at(0, 1, 0), at(1, 1, 0)
		w0, w1, w2, w3 = 1-dg, dg-dr, dr-db, db
	case dg >= db && db >= dr:
		a, bb = at(0, 1, 0), at(0, 1, 1)
		w0, w1, w2, w3 = 1-dg, dg-db, db-dr, dr
	default: // db >= dg >= dr
		a, bb = at(0, 0, 1), at(0, 1, 1)
		w0, w1, w2, w3 = 1-db, db-dg, dg-dr, dr
	}
	for i := range 4 {
		out[i] = w0*float64(c000[i]) + w1*float64(a[i]) + w2*float64(bb[i]) + w3*float64(c111[i])
	}
}

// ToCMYK converts an image to CMYK through the table (grey and colour
// alike: the profile's black generation decides the K); what is
// transparent prints as the paper.
func (t *CMYKTable) ToCMYK(img image.Image) *image.CMYK {
	bnd := img.Bounds()
	out := image.NewCMYK(image.Rect(0, 0, bnd.Dx(), bnd.Dy()))
	var v [4]float64
	set := func(o int, r, g, b uint8) {
		t.interp(float64(r), float64(g), float64(b), &v)
		out.Pix[o], out.Pix[o+1], out.Pix[o+2], out.Pix[o+3] = clamp8(v[0]), clamp8(v[1]), clamp8(v[2]), clamp8(v[3])
	}
	if yc, ok := img.(*image.YCbCr); ok { // a decoded JPEG: no interface call a pixel
		for y := bnd.Min.Y; y < bnd.Max.Y; y++ {
			o := out.PixOffset(0, y-bnd.Min.Y)
			for x := bnd.Min.X; x < bnd.Max.X; x++ {
				yi, ci := yc.YOffset(x, y), yc.COffset(x, y)
				r, g, b := color.YCbCrToRGB(yc.Y[yi], yc.Cb[ci], yc.Cr[ci])
				set(o, r, g, b)
				o += 4
			}
		}
		return out
	}
	for y := bnd.Min.Y; y < bnd.Max.Y; y++ {
		o := out.PixOffset(0, y-bnd.Min.Y)
		for x := bnd.Min.X; x < bnd.Max.X; x++ {
			r, g, b, a := img.At(x, y).RGBA()
			r, g, b = r+0xffff-a, g+0xffff-a, b+0xffff-a // over white paper
			t.interp(float64(r>>8), float64(g>>8), float64(b>>8), &v)
			out.Pix[o], out.Pix[o+1], out.Pix[o+2], out.Pix[o+3] = clamp8(v[0]), clamp8(v[1]), clamp8(v[2]), clamp8(v[3])
			o += 4
		}
	}
	return out
}
