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

// Size is a derivative's size in pixels; W = 0 keeps the edited image's
// size. Slack, when over 1, lets an image up to Slack times W×H stand in
// for it unresampled (a print derivative needs only its resolution to lie
// between the template's and the pass-through limit).
type Size struct {
	W, H  int
	Slack float64
}

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
			img, err := DecodedAtLeast(id, data, sourceLong(sizes, e))
			if err != nil {
				return nil, err
			}
			src = e.Apply(img)
		}
		img := src
		if b := src.Bounds(); sz.W > 0 && !(sz.Slack > 1 && b.Dx() >= sz.W*97/100 && b.Dy() >= sz.H*97/100 &&
			float64(b.Dx()) <= sz.Slack*float64(sz.W) && float64(b.Dy()) <= sz.Slack*float64(sz.H)) {
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
	full  map[string]bool // decoded at full size
	order []string        // least recently used first
	bytes int64
	cap   int64 // 0: nothing is kept (the command line)
}{imgs: map[string]image.Image{}, full: map[string]bool{}}

// KeepDecoded makes [Decoded] keep up to capBytes of decoded pixels in
// memory (the editor: its preview, thumbnails and exports then share one
// decoding of each photo). 0, the default, keeps nothing, so a one-off
// export holds each photo only while it is used.
func KeepDecoded(capBytes int64) {
	decoded.Lock()
	decoded.cap = capBytes
	decoded.Unlock()
}

// sourceLong is the longer side the decoded photo needs so that every size
// can be cut (the edit's crop) and scaled from it without enlarging: the
// longest target side over the share of the photo the crop keeps (0: one
// size keeps the full size).
func sourceLong(sizes []Size, e Edit) int {
	keep := min(1-e.Left-e.Right, 1-e.Top-e.Bottom)
	if keep <= 0.01 {
		return 0
	}
	long := 0
	for _, sz := range sizes {
		if sz.W <= 0 {
			return 0
		}
		long = max(long, int(float64(max(sz.W, sz.H))/keep+1))
	}
	return long
}

// Decoded decodes data (EXIF applied) at full size, once for as long as the
// memory [KeepDecoded] allows: least recently used images go first.
func Decoded(id string, data []byte) (image.Image, error) {
	return DecodedAtLeast(id, data, 0)
}

// DecodedAtLeast is [Decoded] for a use that needs at least long pixels on
// the longer side (0: full size): a JPEG is decoded at the smallest of ½,
// ¼, ⅛ that gives them, and the image kept is reused by every use it is
// large enough for (a larger one replaces it).
func DecodedAtLeast(id string, data []byte, long int) (image.Image, error) {
	decoded.Lock()
	if img, ok := decoded.imgs[id]; ok && (decoded.full[id] || long > 0 && max(img.Bounds().Dx(), img.Bounds().Dy()) >= long) {
		touch(id)
		decoded.Unlock()
		return img, nil
	}
	decoded.Unlock()
	img, shift, err := decodeAtLeast(data, long)
	if err != nil {
		return nil, err
	}
	full := shift == 0
	decoded.Lock()
	defer decoded.Unlock()
	if old, ok := decoded.imgs[id]; ok && decoded.cap > 0 {
		if decoded.full[id] || pixelBytes(old) >= pixelBytes(img) {
			return img, nil // (decoded meanwhile, large enough)
		}
		decoded.bytes -= pixelBytes(old)
		delete(decoded.imgs, id)
		for i, x := range decoded.order {
			if x == id {
				decoded.order = append(decoded.order[:i:i], decoded.order[i+1:]...)
				break
			}
		}
	}
	if _, ok := decoded.imgs[id]; !ok && decoded.cap > 0 {
		decoded.imgs[id] = img
		decoded.full[id] = full
		decoded.order = append(decoded.order, id)
		decoded.bytes += pixelBytes(img)
		for decoded.bytes > decoded.cap && len(decoded.order) > 1 {
			old := decoded.order[0]
			decoded.order = decoded.order[1:]
			decoded.bytes -= pixelBytes(decoded.imgs[old])
			delete(decoded.imgs, old)
			delete(decoded.full, old)
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
