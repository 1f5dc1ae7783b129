package media

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

// ErrDamaged signals an image file that is cut short or broken inside.
var ErrDamaged = errors.New("the image file is damaged or cut short")

// DamagedError says how an image file is damaged: Reason is an English
// format (a key of the message catalogue) for Args, so that the layers that
// show it can say it in the editor's language.
type DamagedError struct {
	Reason string
	Args   []any
}

func (e *DamagedError) Error() string {
	return ErrDamaged.Error() + " (" + fmt.Sprintf(e.Reason, e.Args...) + ")"
}

// Unwrap gives ErrDamaged.
func (e *DamagedError) Unwrap() error { return ErrDamaged }

func damaged(reason string, args ...any) error { return &DamagedError{Reason: reason, Args: args} }

// Localize rewords a [DamagedError] with sprintf (the caller's message
// catalogue, so that media needs none); other errors pass unchanged, and
// errors.Is still finds [ErrDamaged].
func Localize(err error, sprintf func(format string, args ...any) string) error {
	var de *DamagedError
	if !errors.As(err, &de) {
		return err
	}
	return &localized{sprintf("%s (%s)", sprintf(ErrDamaged.Error()), sprintf(de.Reason, de.Args...)), err}
}

type localized struct {
	msg string
	err error
}

func (l *localized) Error() string { return l.msg }
func (l *localized) Unwrap() error { return l.err }

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
			err = damaged("no GIF trailer")
		}
	case len(data) >= 12 && string(data[0:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		if n := binary.LittleEndian.Uint32(data[4:8]); uint64(n)+8 > uint64(len(data)) {
			err = damaged("RIFF declares %d bytes, the file holds %d", n+8, len(data))
		}
	default:
		err = damaged("not a JPEG, PNG, GIF or WebP file")
	}
	if err != nil {
		return err
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
			return damaged("ends inside its headers")
		}
		if b[i] != 0xFF {
			return damaged("no marker at byte %d", i)
		}
		m := b[i+1]
		if m == 0xD9 {
			return damaged("ends before any image data")
		}
		if m == 0x01 || m >= 0xD0 && m <= 0xD7 {
			i += 2
			continue
		}
		n := int(b[i+2])<<8 | int(b[i+3])
		if n < 2 || i+2+n > len(b) {
			return damaged("segment %#x at byte %d runs past the end", m, i)
		}
		i += 2 + n
		if m == 0xDA {
			break // start of scan: entropy-coded data follows
		}
	}
	// The scan data ends at a marker other than RSTn or a stuffed 0xFF00.
	// Progressive files have more scans; all end with EOI.
	if j := bytes.LastIndex(b[i:], []byte{0xFF, 0xD9}); j < 0 {
		return damaged("cut short: no end-of-image marker")
	}
	return nil
}

// checkPNG checks each chunk's length and CRC up to IEND.
func checkPNG(b []byte) error {
	for len(b) > 0 {
		if len(b) < 12 {
			return damaged("cut short inside a chunk")
		}
		n := binary.BigEndian.Uint32(b[:4])
		if uint64(n)+12 > uint64(len(b)) {
			return damaged("chunk %q runs past the end", b[4:8])
		}
		typ := b[4:8]
		if crc32.ChecksumIEEE(b[4:8+n]) != binary.BigEndian.Uint32(b[8+n:12+n]) {
			return damaged("chunk %q has a bad checksum", typ)
		}
		if string(typ) == "IEND" {
			return nil
		}
		b = b[12+n:]
	}
	return damaged("cut short: no IEND chunk")
}
