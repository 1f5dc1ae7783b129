package media

import (
	"bytes"
	"testing"

	"banmian/internal/testimg"
)

// TestReadPhotoMeta: captions and credits from IPTC IIM (UTF-8 declared,
// two bylines) and from XMP, IIM first; a JPEG without them gives none.
func TestReadPhotoMeta(t *testing.T) {
	base := testimg.JPEG(64, 48, 1)
	iim := func(b []byte) []byte {
		return testimg.WithIIM(b, testimg.DS(1, 90, "\x1b%G"), testimg.DS(2, 120, "图为金井镇的万亩茶园。\n"), testimg.DS(2, 80, "李明"), testimg.DS(2, 80, "王芳"), testimg.DS(2, 110, "长沙晚报"), testimg.DS(2, 116, "© 2023 长沙晚报"))
	}
	xmp := func(b []byte) []byte {
		return testimg.WithXMP(b, `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="Example Daily"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">Families walk along the river.</rdf:li></rdf:Alt></dc:description><dc:creator><rdf:Seq><rdf:li>Jane Doe</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`)
	}
	for _, c := range []struct {
		name string
		data []byte
		want PhotoMeta
	}{
		{"iim", iim(base), PhotoMeta{"图为金井镇的万亩茶园。", "李明, 王芳", "长沙晚报", "© 2023 长沙晚报"}},
		{"xmp", xmp(base), PhotoMeta{Caption: "Families walk along the river.", Byline: "Jane Doe", Credit: "Example Daily"}},
		{"both", iim(xmp(base)), PhotoMeta{"图为金井镇的万亩茶园。", "李明, 王芳", "长沙晚报", "© 2023 长沙晚报"}},
		{"latin1", testimg.WithIIM(base, testimg.DS(2, 120, "Caf\xe9 on the quay")), PhotoMeta{Caption: "Café on the quay"}},
		{"none", base, PhotoMeta{}},
		{"not a jpeg", []byte("GIF89a"), PhotoMeta{}},
	} {
		if got := ReadPhotoMeta(c.data); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

// FuzzReadPhotoMeta: any bytes give back in bounded time a result whose
// fields are valid UTF-8 and at most maxMetaField bytes.
func FuzzReadPhotoMeta(f *testing.F) {
	base := testimg.JPEG(16, 16, 2)
	f.Add(testimg.WithIIM(base, testimg.DS(2, 120, "caption"), testimg.DS(2, 80, "by")))
	f.Add(testimg.WithXMP(base, "<a><description>x</description></a>"))
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xED, 0x00, 0x02})
	f.Fuzz(func(t *testing.T, b []byte) {
		m := ReadPhotoMeta(b)
		for _, s := range []string{m.Caption, m.Byline, m.Credit, m.Copyright} {
			if !bytes.Equal([]byte(s), []byte(string([]rune(s)))) || len(s) > 4*maxMetaField+100 {
				t.Fatalf("field %q", s)
			}
		}
	})
}
