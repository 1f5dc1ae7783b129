package jpegscale

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"os"
	"testing"
)

// testJPEG encodes a smooth, detailed test picture (w×h) as a 4:2:0 JPEG.
func testJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)/float64(w), float64(y)/float64(h)
			r := 128 + 100*math.Sin(7*fx+3*fy)
			g := 128 + 90*math.Cos(11*fy-5*fx*fx)
			b := 128 + 80*math.Sin(13*fx*fy+2)
			img.Set(x, y, color.RGBA{uint8(r), uint8(g), uint8(b), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestScaledMatchesBoxAverage: decoding at ½, ¼ and ⅛ gives what decoding
// at full size and averaging 2×2, 4×4, 8×8 blocks gives, within a level or
// two (the reduced transform is exact at ⅛ and close at the others), and the
// full-size decode is image/jpeg's, byte for byte.
func TestScaledMatchesBoxAverage(t *testing.T) {
	data := testJPEG(t, 333, 250) // not a multiple of 8
	full, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := jpeg.Decode(bytes.NewReader(data))
	if !bytes.Equal(full.(*image.YCbCr).Y, ref.(*image.YCbCr).Y) || !bytes.Equal(full.(*image.YCbCr).Cb, ref.(*image.YCbCr).Cb) {
		t.Fatal("the full-size decode differs from image/jpeg's")
	}
	fy := full.(*image.YCbCr)
	for shift := uint(1); shift <= 3; shift++ {
		img, err := DecodeScaled(bytes.NewReader(data), shift)
		if err != nil {
			t.Fatal(err)
		}
		y := img.(*image.YCbCr)
		wantW, wantH := (333+(1<<shift)-1)>>shift, (250+(1<<shift)-1)>>shift
		if b := y.Bounds(); b.Dx() != wantW || b.Dy() != wantH {
			t.Fatalf("shift %d: %v, want %d×%d", shift, b, wantW, wantH)
		}
		k := 1 << shift
		sum, worst, n := 0.0, 0.0, 0
		for py := 0; py < (250/k)*k/k; py++ {
			for px := 0; px < 333/k; px++ {
				avg := 0.0
				for dy := 0; dy < k; dy++ {
					for dx := 0; dx < k; dx++ {
						avg += float64(fy.Y[fy.YOffset(px*k+dx, py*k+dy)])
					}
				}
				avg /= float64(k * k)
				d := math.Abs(avg - float64(y.Y[y.YOffset(px, py)]))
				sum += d
				worst = math.Max(worst, d)
				n++
			}
		}
		if mean := sum / float64(n); mean > 1.5 || worst > 12 {
			t.Errorf("shift %d: luma differs from the box average by %.2f on average, %.0f at worst", shift, mean, worst)
		} else {
			t.Logf("shift %d: %.2f levels from the box average on average, %.0f at worst", shift, mean, worst)
		}
	}
}

// TestScaledProgressiveAndGray: progressive JPEGs (made by ImageMagick, in
// testdata when present) and grey images decode scaled too.
func TestScaledGray(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 64, 40))
	for i := range g.Pix {
		g.Pix[i] = uint8(i * 7)
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, g, nil)
	img, err := DecodeScaled(bytes.NewReader(buf.Bytes()), 2)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 16 || b.Dy() != 10 {
		t.Errorf("grey at ¼: %v", b)
	}
	if _, err := os.Stat("testdata/progressive.jpg"); err == nil {
		data, _ := os.ReadFile("testdata/progressive.jpg")
		if _, err := DecodeScaled(bytes.NewReader(data), 1); err != nil {
			t.Errorf("progressive: %v", err)
		}
	}
}

// FuzzDecodeScaled: no input panics or hangs the scaled decoder.
func FuzzDecodeScaled(f *testing.F) {
	f.Add(testJPEG(f, 24, 16), uint(1))
	f.Fuzz(func(t *testing.T, data []byte, shift uint) {
		if len(data) > 1<<16 {
			return
		}
		if cfg, err := DecodeConfig(bytes.NewReader(data)); err != nil || cfg.Width*cfg.Height > 1<<20 {
			return
		}
		DecodeScaled(bytes.NewReader(data), shift%4)
	})
}

func BenchmarkDecode12MP(b *testing.B) {
	data := testJPEG(b, 4000, 3000)
	for _, shift := range []uint{0, 1, 2, 3} {
		b.Run([]string{"full", "half", "quarter", "eighth"}[shift], func(b *testing.B) {
			for b.Loop() {
				if _, err := DecodeScaled(bytes.NewReader(data), shift); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
