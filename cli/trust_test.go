package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"banmian/internal/disksnap"
)

// TestHostileInputs: every command answers a hostile input with exit 1 and
// one line naming the file and the problem; nothing panics, no output file
// is left, the input is unchanged.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("../testdata/articles/en-feature.txt")
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, src, 0o644)
	good := filepath.Join(dir, "a.json")
	_, js, _ := run("show", "--json", txt)
	os.WriteFile(good, []byte(js), 0o644)
	write := func(name, from, to string) string {
		p := filepath.Join(dir, name)
		if !strings.Contains(js, from) {
			t.Fatalf("%s: %q not in the article", name, from)
		}
		os.WriteFile(p, []byte(strings.Replace(js, from, to, 1)), 0o644)
		return p
	}
	cases := []struct{ path, msg string }{
		{write("js.json", `"link": "https://`, `"link": "javascript:alert(1)//`), "is not an http(s) URL"},
		{write("kind.json", `"kind": "paragraph"`, `"kind": "video"`), `unknown block kind "video"`},
		{write("rotate.json", `"kind": "paragraph"`, `"kind": "photo", "rotate": 45, "missing": true`), "rotation 45"},
		{write("slip.json", `"id": "p2"`, `"id": "../../x"`), `id "../../x"`},
		{write("dup.json", `"id": "p2"`, `"id": "p1"`), `duplicate id "p1"`},
		{filepath.Join(dir, "missing.banmian"), "no such file"},
		{dir, "not a regular file (a folder)"},
	}
	if runtime.GOOS != "windows" {
		fifo := filepath.Join(dir, "fifo.txt")
		syscall.Mkfifo(fifo, 0o644)
		cases = append(cases, struct{ path, msg string }{fifo, "not a regular file (a FIFO)"}, struct{ path, msg string }{"/dev/zero", "not a regular file (a device)"})
	}
	for _, c := range cases {
		before := disksnap.Take(t, dir)
		out := filepath.Join(dir, "out.pdf")
		for _, args := range [][]string{{"check", c.path}, {"export", c.path, "-o", out}, {"show", c.path}} {
			code, _, stderr := run(args...)
			if code != 1 || !strings.Contains(stderr, c.path) || !strings.Contains(stderr, c.msg) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("%s: exit %d, stderr %q; want 1 and a line naming the file and %q", strings.Join(args, " "), code, stderr, c.msg)
			}
		}
		disksnap.Same(t, dir, before, nil)
	}
	// A scene whose label is empty is read and printed, not a crash.
	zh := filepath.Join(dir, "zh.txt")
	src, _ = os.ReadFile("../testdata/articles/reference-zh.txt")
	os.WriteFile(zh, src, 0o644)
	_, js, _ = run("show", "--json", zh)
	label := write("label.json", `"label": "场景一"`, `"label": ""`)
	if code, _, stderr := run("export", label, "-o", filepath.Join(dir, "label.pdf")); code != 0 {
		t.Errorf("scene without label: exit %d: %s", code, stderr)
	}
}
