package layout

import (
	"bytes"
	"runtime"
	"testing"

	"banmian/assets"
)

// Paragraphs set on several cores before the compose stage give the pages
// that setting them one by one gives, with every bundled template.
func TestPrecomposeMatchesCompose(t *testing.T) {
	a := tenTimes(importArticle(t, "reference-zh.txt"))
	for _, name := range assets.TemplateNames() {
		tp, err := LoadTemplate(name)
		if err != nil {
			t.Fatal(err)
		}
		pages := 0
		dump := func(procs int) (string, *Engine) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			e := testEngine(t)
			d, err := e.Layout(a, tp)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			d.Dump(&b)
			pages = len(d.Pages)
			return b.String(), e
		}
		one, e1 := dump(1)
		four, e4 := dump(4)
		if len(e1.helpers) != 0 || len(e4.helpers) != 3 {
			t.Fatalf("%s: %d helpers on one core, %d on four; want 0 and 3", name, len(e1.helpers), len(e4.helpers))
		}
		// precompose walks the blocks as composeBlocks does: compose sets
		// only what comes after pagination (a folio a page) and the
		// centred one-line captions.
		if e4.misses > pages+5 {
			t.Errorf("%s: compose set %d paragraphs itself after precompose, for %d pages (%d without it): precompose skips some", name, e4.misses, pages, e1.misses)
		}
		if one != four {
			t.Errorf("%s: the pages set on four cores differ from those set on one", name)
		}
	}
}
