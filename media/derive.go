package media

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
	"strconv"
	"sync"
)

// Format is the encoding of a derivative.
type Format string

// Derivative formats.
const (
	JPEG Format = "jpg"
	PNG  Format = "png"
)

// Size is a derivative's size in pixels; W = 0 keeps the edited image's size.
type Size struct{ W, H int }

// Derive makes a photo's derivatives, one for each size: data decoded (at
// most once, and shared as [KeepDecoded] allows) with EXIF applied, the
// edit applied, resampled and encoded as format (JPEG at quality); each
// goes through cache when it is not nil. id names data in the keys (its
// content hash).
func Derive(id string, data []byte, e Edit, sizes []Size, format Format, quality int, cache *DiskCache) ([][]byte, error) {
	out := make([][]byte, len(sizes))
	var src image.Image
	for i, sz := range sizes {
		name := CacheKey(id, e.key(), strconv.Itoa(sz.W), strconv.Itoa(sz.H), string(format), strconv.Itoa(quality)) + "." + string(format)
		if b := cache.Get(name); b != nil {
			out[i] = b
			continue
		}
		if src == nil {
			img, err := Decoded(id, data)
			if err != nil {
				return nil, err
			}
			src = e.Apply(img)
		}
		img := src
		if sz.W > 0 {
			img = Resize(src, sz.W, sz.H)
		}
		var buf bytes.Buffer
		var err error
		if format == PNG {
			err = png.Encode(&buf, img)
		} else {
			err = jpeg.Encode(&buf, Flatten(img), &jpeg.Options{Quality: quality})
		}
		if err != nil {
			return nil, err
		}
		cache.Put(name, buf.Bytes())
		out[i] = buf.Bytes()
	}
	return out, nil
}

var decoded = struct {
	sync.Mutex
	imgs  map[string]image.Image
	order []string // least recently used first
	bytes int64
	cap   int64 // 0: nothing is kept (the command line)
}{imgs: map[string]image.Image{}}

// KeepDecoded makes [Decoded] keep up to capBytes of decoded pixels in
// memory (the editor: its preview, thumbnails and exports then share one
// decoding of each photo). 0, the default, keeps nothing, so a one-off
// export holds each photo only while it is used.
func KeepDecoded(capBytes int64) {
	decoded.Lock()
	decoded.cap = capBytes
	decoded.Unlock()
}

// Decoded decodes data (EXIF applied), once for as long as the memory
// [KeepDecoded] allows: least recently used images go first.
func Decoded(id string, data []byte) (image.Image, error) {
	decoded.Lock()
	if img, ok := decoded.imgs[id]; ok {
		touch(id)
		decoded.Unlock()
		return img, nil
	}
	decoded.Unlock()
	img, err := Decode(data)
	if err != nil {
		return nil, err
	}
	decoded.Lock()
	defer decoded.Unlock()
	if _, ok := decoded.imgs[id]; !ok && decoded.cap > 0 {
		decoded.imgs[id] = img
		decoded.order = append(decoded.order, id)
		decoded.bytes += pixelBytes(img)
		for decoded.bytes > decoded.cap && len(decoded.order) > 1 {
			old := decoded.order[0]
			decoded.order = decoded.order[1:]
			decoded.bytes -= pixelBytes(decoded.imgs[old])
			delete(decoded.imgs, old)
		}
	}
	return img, nil
}

func touch(id string) {
	for i, x := range decoded.order {
		if x == id {
			decoded.order = append(append(decoded.order[:i:i], decoded.order[i+1:]...), id)
			return
		}
	}
}

func pixelBytes(img image.Image) int64 {
	b := img.Bounds()
	return int64(b.Dx()) * int64(b.Dy()) * 4
}
