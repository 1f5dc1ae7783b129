package media

import (
	"bytes"
	"encoding/binary"
)

// Orientation returns the EXIF orientation (1 to 8) of a JPEG, or 1 when it
// has none or is not a JPEG.
func Orientation(data []byte) int {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return 1
	}
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			return 1
		}
		marker := data[i+1]
		if marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01 {
			i += 2
			continue
		}
		if marker == 0xDA || marker == 0xD9 {
			return 1 // start of scan: no EXIF before it
		}
		size := int(data[i+2])<<8 | int(data[i+3])
		if size < 2 || i+2+size > len(data) {
			return 1
		}
		seg := data[i+4 : i+2+size]
		if marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return tiffOrientation(seg[6:])
		}
		i += 2 + size
	}
	return 1
}

func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	off := int(bo.Uint32(t[4:8]))
	if off < 8 || off+2 > len(t) {
		return 1
	}
	n := int(bo.Uint16(t[off:]))
	for k := 0; k < n; k++ {
		e := off + 2 + 12*k
		if e+12 > len(t) {
			return 1
		}
		if bo.Uint16(t[e:]) == 0x0112 {
			v := int(bo.Uint16(t[e+8:]))
			if v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
	}
	return 1
}

// Swaps reports whether an orientation turns the image by 90° (width and height swap).
func Swaps(orientation int) bool { return orientation >= 5 && orientation <= 8 }

// DisplaySize returns an image's size as shown: after EXIF orientation,
// then the article's rotation (degrees clockwise), then its crop fractions.
func DisplaySize(w, h int, data []byte, rotate int, cropL, cropT, cropR, cropB float64) (float64, float64) {
	fw, fh := float64(w), float64(h)
	if Swaps(Orientation(data)) {
		fw, fh = fh, fw
	}
	if rotate == 90 || rotate == 270 {
		fw, fh = fh, fw
	}
	return fw * (1 - cropL - cropR), fh * (1 - cropT - cropB)
}
