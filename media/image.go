package media

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // register decoders
	_ "image/png"

	"banmian/media/jpegscale"

	"github.com/disintegration/imaging"
	_ "golang.org/x/image/webp" // register WebP
)

// Decode decodes an image with its EXIF orientation applied.
func Decode(data []byte) (image.Image, error) {
	return DecodeAtLeast(data, 0)
}

// DecodeAtLeast decodes an image with its EXIF orientation applied, at
// least long pixels on its longer side, less 3 % (0: full size). A JPEG much larger
// than that is decoded at ½, ¼ or ⅛ of its size in the DCT domain
// (media/jpegscale), which takes a fraction of the time and memory of
// decoding it whole; other formats decode at full size.
func DecodeAtLeast(data []byte, long int) (image.Image, error) {
	img, _, err := decodeAtLeast(data, long)
	return img, err
}

// decodeAtLeast is DecodeAtLeast, also saying how many halvings the decode took.
func decodeAtLeast(data []byte, long int) (image.Image, uint, error) {
	if shift := jpegShift(data, long); shift > 0 {
		img, err := jpegscale.DecodeScaled(bytes.NewReader(data), shift)
		if err != nil {
			return nil, 0, fmt.Errorf("decode image: %w", err)
		}
		return orient(img, Orientation(data)), shift, nil
	}
	img, err := imaging.Decode(bytes.NewReader(data), imaging.AutoOrientation(true))
	if err != nil {
		return nil, 0, fmt.Errorf("decode image: %w", err)
	}
	return img, 0, nil
}

// jpegShift is how many halvings a JPEG can be decoded at and still be at
// least long pixels on its longer side (0 for other formats, or long 0).
func jpegShift(data []byte, long int) uint {
	if long <= 0 || len(data) < 3 || data[0] != 0xff || data[1] != 0xd8 {
		return 0
	}
	cfg, err := jpegscale.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return 0
	}
	// A decode up to 3 % short of the need is taken (a print derivative at
	// 291 instead of 300 ppi, resampled the last few pixels up, looks the
	// same) rather than decoding twice the pixels.
	side := max(cfg.Width, cfg.Height)
	shift := uint(0)
	for shift < 3 && (side+(2<<shift)-1)>>(shift+1) >= long*97/100 {
		shift++
	}
	return shift
}

// orient applies an EXIF orientation (1–8) to a decoded image.
func orient(img image.Image, o int) image.Image {
	switch o {
	case 2:
		return imaging.FlipH(img)
	case 3:
		return imaging.Rotate180(img)
	case 4:
		return imaging.FlipV(img)
	case 5:
		return imaging.Transpose(img)
	case 6:
		return imaging.Rotate270(img)
	case 7:
		return imaging.Transverse(img)
	case 8:
		return imaging.Rotate90(img)
	}
	return img
}

// Transform applies the article's rotation (degrees clockwise: 0, 90, 180,
// 270) and then its crop (fractions of each side).
func Transform(img image.Image, rotate int, left, top, right, bottom float64) image.Image {
	switch rotate {
	case 90:
		img = imaging.Rotate270(img) // imaging rotates counter-clockwise
	case 180:
		img = imaging.Rotate180(img)
	case 270:
		img = imaging.Rotate90(img)
	}
	if left > 0 || top > 0 || right > 0 || bottom > 0 {
		b := img.Bounds()
		w, h := float64(b.Dx()), float64(b.Dy())
		r := image.Rect(b.Min.X+int(w*left+0.5), b.Min.Y+int(h*top+0.5), b.Max.X-int(w*right+0.5), b.Max.Y-int(h*bottom+0.5))
		if r.Dx() > 0 && r.Dy() > 0 {
			img = imaging.Crop(img, r)
		}
	}
	return img
}

// Resize scales an image to w×h pixels with the Catmull-Rom cubic (as sharp
// as Lanczos to the eye at these ratios, two taps a side instead of three),
// after a box pre-filter for large reductions; an image up to 3 % smaller
// than w×h is returned as it is.
func Resize(img image.Image, w, h int) image.Image {
	if w < 1 {
		w = 1
	}
	if h < 1 {
		h = 1
	}
	b := img.Bounds()
	if b.Dx() == w && b.Dy() == h {
		return img
	}
	if b.Dx() <= w && b.Dy() <= h && b.Dx()*100 >= w*97 && b.Dy()*100 >= h*97 {
		// At most 3 % short (a photo decoded at ½ for a print size a few
		// pixels larger): enlarging it would cost a full resampling pass
		// for no visible gain; it is placed at its size on the page anyway.
		return img
	}
	// A camera JPEG (YCbCr) is first halved plane by plane while it is at
	// least twice the target; anything else shrinks most of the way with a
	// box filter when it is four times the target. Catmull-Rom does the rest.
	if y, ok := img.(*image.YCbCr); ok && (y.SubsampleRatio == image.YCbCrSubsampleRatio420 || y.SubsampleRatio == image.YCbCrSubsampleRatio444) {
		for y.Bounds().Dx() >= 2*w && y.Bounds().Dy() >= 2*h {
			y = halveYCbCr(y)
		}
		img = y
	} else if b.Dx() > 4*w {
		img = imaging.Resize(img, 2*w, 2*h, imaging.Box)
	}
	return imaging.Resize(img, w, h, imaging.CatmullRom)
}

// Flatten prepares an image for the JPEG encoder: transparency is set over
// white (JPEG has no alpha), and an opaque NRGBA image (what resampling
// gives) is handed over as RGBA, the same bytes when alpha is 255, which the
// encoder converts several times faster.
func Flatten(img image.Image) image.Image {
	if n, ok := img.(*image.NRGBA); ok && n.Opaque() {
		return &image.RGBA{Pix: n.Pix, Stride: n.Stride, Rect: n.Rect}
	}
	if o, ok := img.(interface{ Opaque() bool }); ok && o.Opaque() {
		return img
	}
	b := img.Bounds()
	out := image.NewRGBA(b)
	draw.Draw(out, b, image.White, image.Point{}, draw.Src)
	draw.Draw(out, b, img, b.Min, draw.Over)
	return out
}
