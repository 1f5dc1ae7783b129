package media

import (
	"bytes"
	"image/jpeg"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"banmian/internal/testimg"
)

// TestDiskCacheBounded: the cache never holds more than its cap; the least
// recently used files go first, and a hit counts as a use.
func TestDiskCacheBounded(t *testing.T) {
	dir := t.TempDir()
	c := &DiskCache{Dir: dir, MaxBytes: 3000}
	blob := bytes.Repeat([]byte("x"), 1000)
	for _, n := range []string{"a", "b", "c"} {
		c.Put(n, blob)
		time.Sleep(20 * time.Millisecond) // distinct modification times
	}
	if c.Get("a") == nil { // a is now the most recently used
		t.Fatal("a missing")
	}
	time.Sleep(20 * time.Millisecond)
	c.Put("d", blob)
	if c.Get("b") != nil {
		t.Error("b, the least recently used, was kept")
	}
	for _, n := range []string{"a", "c", "d"} {
		if c.Get(n) == nil {
			t.Errorf("%s was evicted", n)
		}
	}
	var total int64
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		info, _ := e.Info()
		total += info.Size()
	}
	if total > 3000 {
		t.Errorf("the cache holds %d bytes (cap 3000)", total)
	}
	if CacheKey("x") == CacheKey("x", "") || CacheKey("a", "b") == CacheKey("ab") {
		t.Error("keys of different parts collide")
	}
}

// TestDeriveCachedAndDecodedOnce: a derivative comes from the cache the
// second time; with KeepDecoded the photo is decoded once for several uses.
func TestDeriveCachedAndDecodedOnce(t *testing.T) {
	data := testimg.JPEG(400, 300, 3)
	cache := &DiskCache{Dir: t.TempDir()}
	e := Edit{Rotate: 90}
	out, err := Derive("id1", data, e, []Size{{W: 60, H: 80}, {W: 120, H: 160}}, JPEG, 82, cache)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{60, 120} {
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(out[i]))
		if err != nil || cfg.Width != want {
			t.Errorf("size %d: %v %v", i, cfg.Width, err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(cache.Dir, "*.jpg"))
	if len(files) != 2 {
		t.Fatalf("%d cached files", len(files))
	}
	again, err := Derive("id1", []byte("not even an image: served from the cache"), e, []Size{{W: 60, H: 80}}, JPEG, 82, cache)
	if err != nil || !bytes.Equal(again[0], out[0]) {
		t.Errorf("second derive not from the cache: %v", err)
	}
	KeepDecoded(64 << 20)
	defer KeepDecoded(0)
	a, err := Decoded("id2", data)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Decoded("id2", nil) // no data needed: decoded already
	if a != b {
		t.Error("the photo was decoded twice")
	}
}

// TestDecodeAtLeast: a large JPEG decoded for a small use comes out at the
// smallest of ½, ¼, ⅛ that keeps the longer side at least that long, with
// its EXIF orientation applied like a full decode, and close to the full
// decode scaled down; other formats and long 0 decode at full size.
func TestDecodeAtLeast(t *testing.T) {
	data := testimg.JPEG(1600, 1200, 3)
	for long, want := range map[int]int{0: 1600, 1500: 1600, 800: 800, 700: 800, 400: 400, 199: 200, 10: 200} {
		img, err := DecodeAtLeast(data, long)
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Bounds().Dx(); got != want {
			t.Errorf("at least %d: %d wide, want %d", long, got, want)
		}
	}
	full, _ := Decode(data)
	small, _ := DecodeAtLeast(data, 400)
	a, b := Resize(full, 400, 300), Resize(small, 400, 300)
	diff, n := 0.0, 0
	for y := 0; y < 300; y += 7 {
		for x := 0; x < 400; x += 7 {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			diff += math.Abs(float64(r1)-float64(r2)) + math.Abs(float64(g1)-float64(g2)) + math.Abs(float64(b1)-float64(b2))
			n += 3
		}
	}
	if mean := diff / float64(n) / 257; mean > 3 {
		t.Errorf("the scaled decode differs from the full one by %.1f levels on average", mean)
	}
	rotated := testimg.WithOrientation(data, 6)
	if img, _ := DecodeAtLeast(rotated, 300); img.Bounds().Dx() != 300 || img.Bounds().Dy() != 400 {
		t.Errorf("orientation 6 at ¼: %v, want 300×400", img.Bounds())
	}
}
