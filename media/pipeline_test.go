package media

import (
	"bytes"
	"image/jpeg"
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
