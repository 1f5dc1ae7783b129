package media

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"testing"
)

func ycbcr(w, h int) *image.YCbCr {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Y[y*img.YStride+x] = byte(128 + 90*math.Sin(float64(x)/37)*math.Cos(float64(y)/53))
		}
	}
	for i := range img.Cb {
		img.Cb[i], img.Cr[i] = 100, 150
	}
	return img
}

// TestResize: the YCbCr halving path gives the size asked for and the same
// colours as resizing the RGB image directly.
func TestResize(t *testing.T) {
	src := ycbcr(1200, 900)
	out := Resize(src, 500, 375)
	if b := out.Bounds(); b.Dx() != 500 || b.Dy() != 375 {
		t.Fatalf("size %v", b)
	}
	rgb := image.NewRGBA(src.Bounds())
	for y := 0; y < 900; y++ {
		for x := 0; x < 1200; x++ {
			rgb.Set(x, y, src.At(x, y))
		}
	}
	ref := Resize(rgb, 500, 375)
	var worst float64
	for y := 10; y < 365; y += 7 {
		for x := 10; x < 490; x += 7 {
			a := color.RGBAModel.Convert(out.At(x, y)).(color.RGBA)
			b := color.RGBAModel.Convert(ref.At(x, y)).(color.RGBA)
			for _, d := range []int{int(a.R) - int(b.R), int(a.G) - int(b.G), int(a.B) - int(b.B)} {
				if float64(abs(d)) > worst {
					worst = float64(abs(d))
				}
			}
		}
	}
	if worst > 6 {
		t.Errorf("halving path differs from the direct resampling by %v levels", worst)
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func TestOrientation(t *testing.T) {
	var buf bytes.Buffer
	jpeg.Encode(&buf, ycbcr(16, 8), nil)
	if Orientation(buf.Bytes()) != 1 {
		t.Error("plain JPEG orientation")
	}
	if w, h := DisplaySize(16, 8, buf.Bytes(), 90, 0.25, 0, 0.25, 0); w != 4 || h != 16 {
		t.Errorf("display size %v×%v", w, h)
	}
}

func BenchmarkResize12MP(b *testing.B) {
	src := ycbcr(4000, 3000)
	b.ReportAllocs()
	for b.Loop() {
		Resize(src, 1686, 1264)
	}
}

func TestFlatten(t *testing.T) {
	n := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	n.Pix = []byte{10, 20, 30, 255, 40, 50, 60, 255}
	if r, ok := Flatten(n).(*image.RGBA); !ok || r.RGBAAt(1, 0) != (color.RGBA{40, 50, 60, 255}) {
		t.Errorf("opaque NRGBA: %T", Flatten(n))
	}
	n.Pix[7] = 0 // transparent pixel: white after flattening
	if c := color.RGBAModel.Convert(Flatten(n).At(1, 0)).(color.RGBA); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("transparent pixel = %v", c)
	}
}
