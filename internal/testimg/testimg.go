// Package testimg makes photo-like test images: smooth colour fields with
// detail, so JPEG sizes and resampling behave like camera photos.
package testimg

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// JPEG returns a w×h JPEG at quality 90 whose picture depends on seed.
func JPEG(w, h int, seed int) []byte {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	fs := float64(seed%7 + 1)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)/float64(w), float64(y)/float64(h)
			v := 128 + 60*math.Sin(fx*6.3*fs+fy*3) + 40*math.Cos(fy*9+fx*fs*2) + float64((x*7+y*13+seed)%17)
			img.Y[y*img.YStride+x] = clamp(v)
		}
	}
	for y := 0; y < h/2; y++ {
		for x := 0; x < w/2; x++ {
			fx, fy := float64(x*2)/float64(w), float64(y*2)/float64(h)
			img.Cb[y*img.CStride+x] = clamp(128 + 50*math.Sin(fx*3+fs))
			img.Cr[y*img.CStride+x] = clamp(128 + 50*math.Cos(fy*4+fs))
		}
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	return buf.Bytes()
}

// PNG returns a small w×h PNG.
func PNG(w, h int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 31)
	}
	for i := 3; i < len(img.Pix); i += 4 {
		img.Pix[i] = 255
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

// BombPNG returns a valid PNG header that declares w×h pixels (a
// decompression bomb when large); its pixel data is that of a 1×1 image.
func BombPNG(w, h uint32) []byte {
	b := PNG(1, 1)
	// IHDR data starts at byte 16: width, height (big-endian).
	put := func(off int, v uint32) {
		b[off], b[off+1], b[off+2], b[off+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	put(16, w)
	put(20, h)
	put(29, crc(b[12:29]))
	return b
}

func crc(data []byte) uint32 {
	c := ^uint32(0)
	for _, d := range data {
		c ^= uint32(d)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = c>>1 ^ 0xEDB88320
			} else {
				c >>= 1
			}
		}
	}
	return ^c
}

func clamp(v float64) uint8 {
	switch {
	case v < 0:
		return 0
	case v > 255:
		return 255
	}
	return uint8(v)
}

// ReferencePhotos are the reference article's photo file names as they are on
// disk; the copy names the fifth one mangled, as "QQ??20190807185325.jpg".
var ReferencePhotos = []string{"动员副本.jpg", "1副本.jpg", "W020190705630645845824副本.jpg", "参观副本.jpg", "QQ截图20190807185325.jpg"}

// WriteReferencePhotos writes the reference article's five photos, w×h each,
// into dir.
func WriteReferencePhotos(dir string, w, h int) error {
	for i, name := range ReferencePhotos {
		if err := os.WriteFile(filepath.Join(dir, name), JPEG(w, h, i), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// IIM is one IPTC IIM dataset (record:dataset = value).
type IIM struct {
	Record, Dataset byte
	Value           string
}

// WithIIM returns the JPEG with a Photoshop APP13 block holding the IPTC
// datasets, right after its SOI.
func WithIIM(jpeg []byte, ds ...IIM) []byte {
	var iim []byte
	for _, d := range ds {
		iim = append(iim, 0x1C, d.Record, d.Dataset, byte(len(d.Value)>>8), byte(len(d.Value)))
		iim = append(iim, d.Value...)
	}
	res := []byte("8BIM\x04\x04\x00\x00") // resource 0x0404, empty (padded) name
	res = binary.BigEndian.AppendUint32(res, uint32(len(iim)))
	res = append(res, iim...)
	if len(iim)%2 == 1 {
		res = append(res, 0)
	}
	return withSegment(jpeg, 0xED, append([]byte("Photoshop 3.0\x00"), res...))
}

// WithXMP returns the JPEG with an XMP packet (APP1) right after its SOI.
func WithXMP(jpeg []byte, packet string) []byte {
	return withSegment(jpeg, 0xE1, append([]byte("http://ns.adobe.com/xap/1.0/\x00"), packet...))
}

func withSegment(jpeg []byte, marker byte, payload []byte) []byte {
	seg := []byte{0xFF, marker}
	seg = binary.BigEndian.AppendUint16(seg, uint16(len(payload)+2))
	seg = append(seg, payload...)
	out := append([]byte{}, jpeg[:2]...)
	out = append(out, seg...)
	return append(out, jpeg[2:]...)
}

// DS is the IIM dataset record:dataset = value.
func DS(record, dataset byte, value string) IIM {
	return IIM{Record: record, Dataset: dataset, Value: value}
}

// WithOrientation returns the JPEG with an EXIF block (APP1) giving the
// orientation o (1–8), as a camera held on its side writes it.
func WithOrientation(jpeg []byte, o uint16) []byte {
	tiff := []byte("MM\x00\x2a\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01")
	tiff = binary.BigEndian.AppendUint16(tiff, o)
	tiff = append(tiff, 0, 0, 0, 0, 0, 0) // value padding, no next IFD
	return withSegment(jpeg, 0xE1, append([]byte("Exif\x00\x00"), tiff...))
}
