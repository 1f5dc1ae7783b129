package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	_ "image/gif"  // register GIF for DecodeConfig
	_ "image/jpeg" // register JPEG for DecodeConfig
	_ "image/png"  // register PNG for DecodeConfig
)

// MaxPixels is the largest image Banmian accepts, in pixels (100 megapixels).
// A larger declared size is treated as a decompression bomb.
const MaxPixels = 100_000_000

// ErrTooManyPixels signals an image whose header declares more than [MaxPixels].
var ErrTooManyPixels = NewError("image declares more than 100 megapixels (decompression bomb?)")

// ErrNotImage signals data that is not a JPEG, PNG, GIF or WebP image.
var ErrNotImage = NewError("not a readable JPEG, PNG, GIF or WebP image")

// HashHex returns the lower-case hex SHA-256 of data, the ID of an [Asset].
func HashHex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// NewAsset checks an image file's header (never decoding its pixels) and
// returns it as an asset named name. It fails with [ErrNotImage] or
// [ErrTooManyPixels].
func NewAsset(name string, data []byte) (Asset, error) {
	w, h, mime, err := ImageHeader(data)
	if err != nil {
		return Asset{}, err
	}
	id := HashHex(data)
	return Asset{ID: id, Name: name, Width: w, Height: h, MIME: mime, Data: data, hashed: data, hashedID: id}, nil
}

// ImageHeader reads an image's size in pixels and media type from its header.
func ImageHeader(data []byte) (w, h int, mime string, err error) {
	if w, h, ok := webpSize(data); ok {
		return w, h, "image/webp", checkPixels(w, h)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return 0, 0, "", Errorf("%w: %w", ErrNotImage, err)
	}
	return cfg.Width, cfg.Height, "image/" + format, checkPixels(cfg.Width, cfg.Height)
}

func checkPixels(w, h int) error {
	if w <= 0 || h <= 0 {
		return Errorf("%w: size %d×%d", ErrNotImage, w, h)
	}
	if int64(w)*int64(h) > MaxPixels {
		return Errorf("%w: %d×%d", ErrTooManyPixels, w, h)
	}
	return nil
}

// webpSize reads the canvas size of a WebP file (VP8, VP8L or VP8X).
func webpSize(b []byte) (w, h int, ok bool) {
	if len(b) < 30 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WEBP" {
		return 0, 0, false
	}
	switch string(b[12:16]) {
	case "VP8 ":
		if b[23] != 0x9d || b[24] != 0x01 || b[25] != 0x2a {
			return 0, 0, false
		}
		return int(b[26]) | int(b[27]&0x3f)<<8, int(b[28]) | int(b[29]&0x3f)<<8, true
	case "VP8L":
		if b[20] != 0x2f {
			return 0, 0, false
		}
		v := uint32(b[21]) | uint32(b[22])<<8 | uint32(b[23])<<16 | uint32(b[24])<<24
		return int(v&0x3fff) + 1, int(v>>14&0x3fff) + 1, true
	case "VP8X":
		return 1 + (int(b[24]) | int(b[25])<<8 | int(b[26])<<16), 1 + (int(b[27]) | int(b[28])<<8 | int(b[29])<<16), true
	}
	return 0, 0, false
}

// AddAsset stores the asset in the article unless an identical one is there,
// and returns its ID.
func (a *Article) AddAsset(as Asset) string {
	if a.Asset(as.ID) == nil {
		a.Assets = append(a.Assets, as)
	}
	return as.ID
}

// PruneAssets drops assets that no photo refers to.
func (a *Article) PruneAssets() {
	used := map[string]bool{}
	for _, b := range a.Blocks() {
		if b.Kind == Photo && b.Asset != "" {
			used[b.Asset] = true
		}
	}
	keep := a.Assets[:0]
	for _, as := range a.Assets {
		if used[as.ID] {
			keep = append(keep, as)
		}
	}
	a.Assets = keep
}
