package plaintext

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"banmian/article"
)

// accuracyCase is one copy with its expected outline.
type accuracyCase struct {
	File, URL                string
	Headline, Source, Editor string
	Authors                  []string
	Byline                   string
	Captions, Photos         int
	Sections                 int
	Lang                     string
}

// TestFieldAccuracy imports every copy listed in testdata/intake/expected.json
// (our own copies) and testdata/intake/web/expected.json (real pages of
// other newsrooms, their body text paraphrased: testdata/intake/web/
// sources.tsv) with its expected outline, checks that no line is lost (each
// is kept or dropped with a reason), and prints how many of each field came
// out right (headline, meta, byline, captions, sections, language) — the
// table the README quotes. Fields still wrong are logged, not failed, as
// the table counts them; a line lost fails.
func TestFieldAccuracy(t *testing.T) {
	fields := []string{"headline", "meta", "byline", "captions", "sections", "lang"}
	var b strings.Builder
	for _, set := range []struct{ name, file string }{
		{"own copies", "../../testdata/intake/expected.json"},
		{"real pages", "../../testdata/intake/web/expected.json"},
	} {
		data, err := os.ReadFile(set.file)
		if err != nil {
			t.Fatal(err)
		}
		var cases []accuracyCase
		if err := json.Unmarshal(data, &cases); err != nil {
			t.Fatal(err)
		}
		right := map[string]int{}
		sites := map[string]bool{}
		for _, c := range cases {
			if c.URL != "" {
				host := strings.TrimPrefix(strings.TrimPrefix(c.URL, "https://"), "http://")
				host, _, _ = strings.Cut(host, "/")
				sites[host] = true
			}
			raw, err := os.ReadFile(c.File)
			if err != nil {
				t.Fatal(err)
			}
			res, err := ImportFile(c.File, "/nonexistent")
			if err != nil {
				t.Fatalf("%s: %v", c.File, err)
			}
			n := 0
			for _, l := range strings.Split(string(raw), "\n") {
				if strings.TrimSpace(l) != "" {
					n++
				}
			}
			if got := len(res.Lines) + len(res.Dropped); got < n {
				t.Errorf("%s: %d of %d lines kept or dropped", c.File, got, n)
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
			// The importer sets Chinese copy's half-width marks full width
			// (the stored pages had them folded): compare in that form.
			norm := func(s string) string {
				if a.IsChinese() {
					s, _ = FullWidthPunct(s)
				}
				return s
			}
			var authors []string
			for _, n := range c.Authors {
				authors = append(authors, norm(n))
			}
			got := map[string]bool{
				"headline": a.Headline == norm(c.Headline),
				"meta":     a.Source == norm(c.Source) && a.Editor == norm(c.Editor) && strings.Join(a.Authors, ",") == strings.Join(authors, ","),
				"byline":   a.Byline == norm(c.Byline),
				"captions": caps == c.Captions && photos == c.Photos,
				"sections": len(a.Sections) == c.Sections,
				"lang":     c.Lang == "" || a.Lang == c.Lang || c.Lang == "zh-Hans" && (a.Lang == "zh-CN" || a.Lang == "zh"),
			}
			var wrong []string
			for _, f := range fields {
				if got[f] {
					right[f]++
				} else {
					wrong = append(wrong, f)
				}
			}
			if len(wrong) > 0 {
				t.Logf("%s: %s wrong (headline %q, meta %q/%v/%q, byline %q, %d/%d captions, %d sections, lang %s)", c.File, strings.Join(wrong, ", "),
					a.Headline, a.Source, a.Authors, a.Editor, a.Byline, caps, photos, len(a.Sections), a.Lang)
			}
		}
		fmt.Fprintf(&b, "field accuracy over %d %s", len(cases), set.name)
		if len(sites) > 0 {
			fmt.Fprintf(&b, " from %d sites", len(sites))
		}
		b.WriteString(":\n")
		total := 0
		for _, f := range fields {
			fmt.Fprintf(&b, "  %-9s %2d/%d\n", f, right[f], len(cases))
			total += right[f]
		}
		fmt.Fprintf(&b, "  all       %d/%d fields\n", total, len(cases)*len(fields))
	}
	t.Log(b.String())
}
