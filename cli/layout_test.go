package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestArticleTemplate: export and check use the template and page setup
// saved in the article when no --template is given; --template overrides.
func TestArticleTemplate(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	src, _ := os.ReadFile("../testdata/articles/reference-zh.txt")
	os.WriteFile(txt, src, 0o644)
	_, js, _ := run("show", "--json", txt)
	js = strings.Replace(js, `"footer": {`, `"layout": {"template": "newspaper-a3", "page": {"columns": 3}},
  "footer": {`, 1)
	in := filepath.Join(dir, "a.json")
	os.WriteFile(in, []byte(js), 0o644)
	mediaBox := func(pdf string) string {
		data, _ := os.ReadFile(pdf)
		i := strings.Index(string(data), "/MediaBox [")
		if i < 0 {
			return ""
		}
		return string(data[i : i+40])
	}
	out := filepath.Join(dir, "a.pdf")
	if code, _, stderr := run("export", in, "-o", out); code != 0 {
		t.Fatal(stderr)
	}
	if box := mediaBox(out); !strings.Contains(box, "858.90 1207.56") {
		t.Errorf("not A3 with bleed: %q", box)
	}
	if code, _, stderr := run("export", in, "-o", out, "--template", "report-a4"); code != 0 {
		t.Fatal(stderr)
	}
	if box := mediaBox(out); !strings.Contains(box, "612.28 858.90") {
		t.Errorf("--template did not override: %q", box)
	}
	bad := strings.Replace(js, `"columns": 3`, `"columns": 13`, 1)
	os.WriteFile(in, []byte(bad), 0o644)
	if code, _, stderr := run("check", in); code != 1 || !strings.Contains(stderr, "page columns = 13") {
		t.Errorf("bad page setup: %d %s", code, stderr)
	}
}
