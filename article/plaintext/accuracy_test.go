package plaintext

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"banmian/article"
)

// TestFieldAccuracy imports every copy listed in testdata/intake/expected.json
// with its expected outline and prints how many of each field came out
// right (headline, meta, byline, captions, sections) — the table the
// README quotes; real pages from other newsrooms go into the same list.
func TestFieldAccuracy(t *testing.T) {
	data, err := os.ReadFile("../../testdata/intake/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		File                     string
		Headline, Source, Editor string
		Authors                  []string
		Byline                   string
		Captions, Photos         int
		Sections                 int
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	fields := []string{"headline", "meta", "byline", "captions", "sections"}
	right := map[string]int{}
	for _, c := range cases {
		res, err := ImportFile(c.File, "/nonexistent")
		if err != nil {
			t.Fatalf("%s: %v", c.File, err)
		}
		a := res.Article
		caps, photos := 0, 0
		for _, b := range a.Blocks() {
			if b.Kind == article.Photo {
				photos++
				if b.Caption != "" {
					caps++
				}
			}
		}
		got := map[string]bool{
			"headline": a.Headline == c.Headline,
			"meta":     a.Source == c.Source && a.Editor == c.Editor && strings.Join(a.Authors, ",") == strings.Join(c.Authors, ","),
			"byline":   a.Byline == c.Byline,
			"captions": caps == c.Captions && photos == c.Photos,
			"sections": len(a.Sections) == c.Sections,
		}
		for _, f := range fields {
			if got[f] {
				right[f]++
			} else {
				t.Errorf("%s: %s wrong (headline %q, meta %q/%v/%q, byline %q, %d/%d captions, %d sections)", c.File, f,
					a.Headline, a.Source, a.Authors, a.Editor, a.Byline, caps, photos, len(a.Sections))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "field accuracy over %d copies:\n", len(cases))
	for _, f := range fields {
		fmt.Fprintf(&b, "  %-9s %2d/%d\n", f, right[f], len(cases))
	}
	t.Log(b.String())
}
