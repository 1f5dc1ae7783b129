package article

import (
	"strings"
	"testing"
)

// TestPhotoLayoutJSON: a photo's layout reads and writes back ("all" and
// numbers for the span), the old top-level size moves into it, and what
// cannot be right is refused with the element's path.
func TestPhotoLayoutJSON(t *testing.T) {
	doc := func(block string) []byte {
		return []byte(`{"schema":"banmian/article@1","lang":"zh-CN","headline":"标题","lead":[` + block + `],"footer":{}}`)
	}
	photo := func(extra string) string {
		return `{"id":"p1","kind":"photo","file":"a.jpg","missing":true` + extra + `}`
	}
	for _, c := range []struct {
		extra string
		want  PhotoLayout
	}{
		{`,"layout":{"span":"all","place":"top"}`, PhotoLayout{Span: SpanAll, Place: PlaceTop}},
		{`,"layout":{"span":2,"size":0.3,"row":true}`, PhotoLayout{Span: 2, Size: 0.3, Row: true}},
		{`,"size":0.25`, PhotoLayout{Size: 0.25}},
		{``, PhotoLayout{}},
	} {
		a, err := ReadJSON("a.json", doc(photo(c.extra)))
		if err != nil {
			t.Fatalf("%s: %v", c.extra, err)
		}
		if got := a.Lead[0].PhotoLayout(); got != c.want {
			t.Errorf("%s: layout %+v, want %+v", c.extra, got, c.want)
		}
		js, err := MarshalJSON(a)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(js), `"size": 0.25,`) && !strings.Contains(string(js), `"layout"`) {
			t.Errorf("the old size is written back: %s", js)
		}
		b, err := ReadJSON("b.json", js)
		if err != nil {
			t.Fatalf("%s: written back: %v\n%s", c.extra, err, js)
		}
		if got := b.Lead[0].PhotoLayout(); got != c.want {
			t.Errorf("%s: read back %+v", c.extra, got)
		}
	}
	for _, c := range []struct{ block, want string }{
		{photo(`,"layout":{"span":-1}`), `span must be a number of columns or "all"`},
		{photo(`,"layout":{"span":"two"}`), `span must be a number of columns or "all"`},
		{photo(`,"layout":{"span":13}`), "span 13 is not 1 to 12 columns"},
		{photo(`,"layout":{"place":"left"}`), `place "left" is not`},
		{photo(`,"layout":{"size":3}`), "size 3 is not 0"},
		{`{"id":"p1","kind":"paragraph","text":"正文","layout":{"span":2}}`, "a layout (span, place, size, row) is for photos only"},
		{`{"id":"p1","kind":"paragraph","text":"正文","size":0.5}`, "a layout (span, place, size, row) is for photos only"},
	} {
		_, err := ReadJSON("a.json", doc(c.block))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.block, err, c.want)
		}
	}
}
