package media

import (
	"banmian/article"
	"bytes"
	"encoding/binary"
	"hash/crc32"
)

// ErrDamaged signals an image file that is cut short or broken inside.
var ErrDamaged = article.NewError("the image file is damaged or cut short")

// CheckIntegrity reads an image file's structure without decoding its
// pixels: a JPEG must reach its end marker, a PNG's chunks must be whole,
// with good checksums, up to IEND, a GIF must end with its trailer and a
// WebP's RIFF size must match. It is linear in the data and allocates
// nothing, so preflight can run it on every photo.
func CheckIntegrity(data []byte) error {
	var err error
	switch {
	case len(data) >= 3 && data[0] == 0xFF && data[1] == 0xD8:
		err = checkJPEG(data)
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		err = checkPNG(data[8:])
	case bytes.HasPrefix(data, []byte("GIF8")):
		if data[len(data)-1] != 0x3B {
			err = article.NewError("no GIF trailer")
		}
	case len(data) >= 12 && string(data[0:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		if n := binary.LittleEndian.Uint32(data[4:8]); uint64(n)+8 > uint64(len(data)) {
			err = article.Errorf("RIFF declares %d bytes, the file holds %d", n+8, len(data))
		}
	default:
		err = article.NewError("not a JPEG, PNG, GIF or WebP file")
	}
	if err != nil {
		return article.Errorf("%w (%v)", ErrDamaged, err)
	}
	return nil
}

// checkJPEG walks the marker segments to the first scan, then looks for
// the end-of-image marker after the entropy-coded data.
func checkJPEG(b []byte) error {
	i := 2
	for {
		for i < len(b) && b[i] == 0xFF && i+1 < len(b) && b[i+1] == 0xFF {
			i++ // fill bytes
		}
		if i+4 > len(b) {
			return article.NewError("ends inside its headers")
		}
		if b[i] != 0xFF {
			return article.Errorf("no marker at byte %d", i)
		}
		m := b[i+1]
		if m == 0xD9 {
			return article.NewError("ends before any image data")
		}
		if m == 0x01 || m >= 0xD0 && m <= 0xD7 {
			i += 2
			continue
		}
		n := int(b[i+2])<<8 | int(b[i+3])
		if n < 2 || i+2+n > len(b) {
			return article.Errorf("segment %#x at byte %d runs past the end", m, i)
		}
		i += 2 + n
		if m == 0xDA {
			break // start of scan: entropy-coded data follows
		}
	}
	// The scan data ends at a marker other than RSTn or a stuffed 0xFF00.
	// Progressive files have more scans; all end with EOI.
	if j := bytes.LastIndex(b[i:], []byte{0xFF, 0xD9}); j < 0 {
		return article.NewError("cut short: no end-of-image marker")
	}
	return nil
}

// checkPNG checks each chunk's length and CRC up to IEND.
func checkPNG(b []byte) error {
	for len(b) > 0 {
		if len(b) < 12 {
			return article.NewError("cut short inside a chunk")
		}
		n := binary.BigEndian.Uint32(b[:4])
		if uint64(n)+12 > uint64(len(b)) {
			return article.Errorf("chunk %q runs past the end", b[4:8])
		}
		typ := b[4:8]
		if crc32.ChecksumIEEE(b[4:8+n]) != binary.BigEndian.Uint32(b[8+n:12+n]) {
			return article.Errorf("chunk %q has a bad checksum", typ)
		}
		if string(typ) == "IEND" {
			return nil
		}
		b = b[12+n:]
	}
	return article.NewError("cut short: no IEND chunk")
}
