package media

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"math"
	"testing"

	"banmian/assets"
	"banmian/internal/testimg"
)

// TestCMYKTableAgainstLittleCMS: the tables give, for 200 colours, the CMYK
// Little CMS gives through the profile (transicc, kept by make profiles),
// within 2 % per channel on average and 6 % at worst.
func TestCMYKTableAgainstLittleCMS(t *testing.T) {
	for _, name := range []string{assets.ProfileCoated, assets.ProfileNewsprint} {
		_, lut, ok := assets.Profile(name)
		if !ok {
			t.Fatalf("no profile %s", name)
		}
		tab, err := ParseCMYKTable(lut)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(assets.ProfileCheck(name)))
		n, sum, worst := 0, 0.0, 0.0
		for sc.Scan() {
			var r, g, b int
			var want [4]float64
			if _, err := fmt.Sscan(sc.Text(), &r, &g, &b, &want[0], &want[1], &want[2], &want[3]); err != nil {
				continue // the header
			}
			c, m, y, k := tab.Convert(uint8(r), uint8(g), uint8(b))
			for i, got := range []uint8{c, m, y, k} {
				d := math.Abs(float64(got)/2.55 - want[i])
				sum += d
				worst = max(worst, d)
			}
			n++
		}
		if n != 200 {
			t.Fatalf("%s: %d check colours", name, n)
		}
		mean := sum / float64(4*n)
		t.Logf("%s: mean |ΔCMYK| %.2f %%, worst %.2f %%", name, mean, worst)
		if mean > 2 || worst > 6 {
			t.Errorf("%s: the table is off Little CMS by %.2f %% on average, %.2f %% at worst", name, mean, worst)
		}
	}
	if _, err := ParseCMYKTable([]byte("BMLUT1\x02abc")); err == nil {
		t.Error("a short table was accepted")
	}
}

func BenchmarkToCMYK(b *testing.B) {
	_, lut, _ := assets.Profile(assets.ProfileCoated)
	tab, _ := ParseCMYKTable(lut)
	img, err := jpeg.Decode(bytes.NewReader(testimg.JPEG(1000, 750, 1)))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		tab.ToCMYK(img)
	}
}

// TestToCMYKMatchesConvert: converting a decoded JPEG (its fast path) and
// the same pixels through the general path give the same plates.
func TestToCMYKMatchesConvert(t *testing.T) {
	_, lut, _ := assets.Profile(assets.ProfileCoated)
	tab, _ := ParseCMYKTable(lut)
	img, err := jpeg.Decode(bytes.NewReader(testimg.JPEG(40, 30, 3)))
	if err != nil {
		t.Fatal(err)
	}
	fast := tab.ToCMYK(img)
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	slow := tab.ToCMYK(rgba)
	if !bytes.Equal(fast.Pix, slow.Pix) {
		t.Error("the JPEG fast path and the general path differ")
	}
}
