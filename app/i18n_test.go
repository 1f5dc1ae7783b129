package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestTranslationsComplete: every string the interface passes to lang.L has
// a Chinese and an English entry; menu labels end in "..." (a CJK font
// draws "…" centred, as ⋯); Fyne's own poor Chinese (不 for No) is replaced.
func TestTranslationsComplete(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`lang\.L\(("(?:[^"\\]|\\.)*")\)`)
	used := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		for _, m := range re.FindAllSubmatch(src, -1) {
			k, err := strconv.Unquote(string(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			used[k] = f
		}
	}
	for _, name := range []string{"base.zh-Hans.json", "base.en.json"} {
		data, err := os.ReadFile(filepath.Join("translations", name))
		if err != nil {
			t.Fatal(err)
		}
		var tr map[string]any
		if err := json.Unmarshal(data, &tr); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k, f := range used {
			if _, ok := tr[k]; !ok {
				t.Errorf("%s: no entry for %q (%s)", name, k, f)
			}
		}
		for k, v := range tr {
			if s, ok := v.(string); ok && strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "……") {
				t.Errorf("%s: %q ends in a single …", name, k)
			}
		}
		if name == "base.zh-Hans.json" && (tr["No"] != "否" || tr["OK"] != "确定") {
			t.Errorf("Fyne's No/OK are %v/%v", tr["No"], tr["OK"])
		}
	}
}

// TestStartPanel: a blank article (the second start, File ▸ New) shows the
// ways in; an article with content does not.
func TestStartPanel(t *testing.T) {
	e, _ := newTestEditor(t)
	e.dirty = false
	e.newArticle()
	labels := buttonLabels(e.inspector)
	for _, want := range []string{"Import Text...", "Paste Article", "Open...", "Sample Article"} {
		if !labels[want] {
			t.Errorf("no %q button on the start panel (have %v)", want, labels)
		}
	}
	e.loadSample("zh")
	if buttonLabels(e.inspector)["Sample Article"] {
		t.Error("the start panel shows over an article")
	}
}

func buttonLabels(o fyne.CanvasObject) map[string]bool {
	out := map[string]bool{}
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok {
			out[b.Text] = true
		}
	})
	return out
}
