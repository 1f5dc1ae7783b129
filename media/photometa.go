package media

import (
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"strings"
	"unicode/utf8"
)

// PhotoMeta is what a photographer wrote into a JPEG: IPTC IIM (the
// Photoshop APP13 block) or XMP (APP1). Empty fields were not there.
type PhotoMeta struct {
	Caption   string // IIM 2:120, XMP dc:description
	Byline    string // IIM 2:80, XMP dc:creator
	Credit    string // IIM 2:110, XMP photoshop:Credit
	Copyright string // IIM 2:116, XMP dc:rights
}

// maxMetaField caps a metadata value (bytes): a caption, not a book.
const maxMetaField = 4000

// ReadPhotoMeta reads a JPEG's IPTC and XMP captions and credits; IIM
// wins where both say something. Anything malformed is skipped: the
// photo is read the same.
func ReadPhotoMeta(jpeg []byte) PhotoMeta {
	var iim, xmp PhotoMeta
	forEachSegment(jpeg, func(marker byte, seg []byte) {
		switch {
		case marker == 0xED && bytes.HasPrefix(seg, []byte("Photoshop 3.0\x00")):
			readIIM(photoshopIPTC(seg[14:]), &iim)
		case marker == 0xE1 && bytes.HasPrefix(seg, []byte("http://ns.adobe.com/xap/1.0/\x00")):
			readXMP(seg[29:], &xmp)
		}
	})
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	return PhotoMeta{Caption: pick(iim.Caption, xmp.Caption), Byline: pick(iim.Byline, xmp.Byline),
		Credit: pick(iim.Credit, xmp.Credit), Copyright: pick(iim.Copyright, xmp.Copyright)}
}

// forEachSegment calls f with each marker segment before the image data.
func forEachSegment(b []byte, f func(marker byte, seg []byte)) {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return
	}
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return
		}
		m := b[i+1]
		if m == 0xDA || m == 0xD9 { // start of scan, end of image
			return
		}
		if m == 0x01 || m >= 0xD0 && m <= 0xD7 || m == 0xFF {
			i += 2
			continue
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return
		}
		f(m, b[i+4:i+2+n])
		i += 2 + n
	}
}

// photoshopIPTC returns the IPTC-NAA resource (8BIM 0x0404) of a
// Photoshop image resource block.
func photoshopIPTC(b []byte) []byte {
	for len(b) >= 12 && string(b[:4]) == "8BIM" {
		id := binary.BigEndian.Uint16(b[4:])
		nameLen := int(b[6])
		off := 7 + nameLen
		if off%2 == 1 { // the Pascal name is padded to even length
			off++
		}
		if off+4 > len(b) {
			return nil
		}
		size := int(binary.BigEndian.Uint32(b[off:]))
		off += 4
		if size < 0 || off+size > len(b) {
			return nil
		}
		if id == 0x0404 {
			return b[off : off+size]
		}
		off += size
		if off%2 == 1 {
			off++
		}
		if off > len(b) {
			return nil
		}
		b = b[off:]
	}
	return nil
}

// readIIM reads the datasets of record 2 that hold captions and credits.
func readIIM(b []byte, m *PhotoMeta) {
	utf8Set := false
	for len(b) >= 5 && b[0] == 0x1C {
		rec, ds := b[1], b[2]
		n := int(binary.BigEndian.Uint16(b[3:]))
		b = b[5:]
		if n&0x8000 != 0 { // extended length: n&0x7fff bytes of length follow
			k := n & 0x7fff
			if k > 4 || k > len(b) {
				return
			}
			n = 0
			for _, c := range b[:k] {
				n = n<<8 | int(c)
			}
			b = b[k:]
		}
		if n < 0 || n > len(b) {
			return
		}
		v := b[:n]
		b = b[n:]
		if rec == 1 && ds == 90 && bytes.Equal(v, []byte("\x1b%G")) {
			utf8Set = true
		}
		if rec != 2 {
			continue
		}
		s := iimText(v, utf8Set)
		switch ds {
		case 120:
			m.Caption = s
		case 80:
			if m.Byline == "" {
				m.Byline = s
			} else {
				m.Byline += ", " + s // several photographers
			}
		case 110:
			m.Credit = s
		case 116:
			m.Copyright = s
		}
	}
}

// iimText decodes an IIM value: UTF-8 when declared or valid, else
// Latin-1; capped and trimmed.
func iimText(v []byte, utf8Set bool) string {
	if len(v) > maxMetaField {
		v = v[:maxMetaField]
	}
	s := string(v)
	if !utf8Set && !utf8.ValidString(s) {
		r := make([]rune, len(v))
		for i, c := range v {
			r[i] = rune(c)
		}
		s = string(r)
	}
	return clean(strings.ToValidUTF8(s, ""))
}

// clean trims a value and folds its line breaks and control characters.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// readXMP reads dc:description, dc:creator, dc:rights and
// photoshop:Credit from an XMP packet (elements or attributes).
func readXMP(b []byte, m *PhotoMeta) {
	if len(b) > 1<<20 {
		return
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	var stack []string
	for {
		tok, err := d.Token()
		if err != nil {
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			for _, a := range t.Attr {
				if a.Name.Local == "Credit" && m.Credit == "" {
					m.Credit = capped(a.Value)
				}
			}
			if len(stack) > 64 {
				return
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			s := capped(string(t))
			if s == "" {
				continue
			}
			fields := map[string]*string{"description": &m.Caption, "creator": &m.Byline, "rights": &m.Copyright, "Credit": &m.Credit}
			for _, e := range stack {
				if f, ok := fields[e]; ok && *f == "" {
					*f = s // the first value of an element (rdf:Alt's x-default)
				}
			}
		}
	}
}

func capped(s string) string {
	if len(s) > maxMetaField {
		s = s[:maxMetaField]
	}
	return clean(strings.ToValidUTF8(s, ""))
}
