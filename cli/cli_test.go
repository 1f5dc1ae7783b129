package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/internal/testimg"
)

func run(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = Run(&Env{Stdout: &o, Stderr: &e, Version: "9.9.9", Commit: "abc", Date: "today", Lang: "en"}, args)
	return code, o.String(), e.String()
}

// TestImportShow: importing the reference copy and showing the .banmian gives
// the same article.json as showing the .txt directly.
func TestImportShow(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../testdata/articles/reference-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "seed-article.txt")
	os.WriteFile(txt, src, 0o644)
	if err := testimg.WriteReferencePhotos(dir, 120, 90); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "seed.banmian")
	code, stdout, stderr := run("import", txt, "-o", out)
	if code != 0 || !strings.Contains(stdout, "photos: 5 (5 attached, 0 missing)") {
		t.Fatalf("import: %d\n%s\n%s", code, stdout, stderr)
	}
	_, fromFile, _ := run("show", out, "--json")
	_, fromText, _ := run("show", "--json", txt)
	if fromFile != fromText || !strings.Contains(fromFile, `"schema": "banmian/article@1"`) {
		t.Errorf("show --json differs between .banmian and .txt")
	}
	code, outline, _ := run("show", out)
	if code != 0 || !strings.Contains(outline, "headline: 湖南省科技厅：做坚守初心 担当使命的科技人") {
		t.Errorf("outline: %d %s", code, outline)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.banmian")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{}, ExitUsage, "usage"},
		{[]string{"frobnicate"}, ExitUsage, "unknown command"},
		{[]string{"show"}, ExitUsage, "missing argument"},
		{[]string{"show", "a", "b"}, ExitUsage, "unexpected argument"},
		{[]string{"show", "--nope", "a"}, ExitUsage, "flag provided but not defined"},
		{[]string{"import", "x.txt"}, ExitUsage, "-o OUT.banmian is required"},
		{[]string{"import", "x.txt", "-o", "y.pdf"}, ExitUsage, "must end in .banmian"},
		{[]string{"show", bad}, ExitError, "not a Banmian file"},
		{[]string{"show", filepath.Join(dir, "none.banmian")}, ExitError, "no such file"},
		{[]string{"import", filepath.Join(dir, "none.txt"), "-o", filepath.Join(dir, "o.banmian")}, ExitError, "no such file"},
		{[]string{"version"}, ExitOK, ""},
		{[]string{"help"}, ExitOK, ""},
	}
	for _, tt := range tests {
		code, _, stderr := run(tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.stderr)
		}
		if tt.code == ExitError && strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
			t.Errorf("%v: error message is not one line: %q", tt.args, stderr)
		}
	}
	if _, out, _ := run("version"); out != "banmian 9.9.9 (commit abc, built today)\n" {
		t.Errorf("version: %q", out)
	}
	// A failed import leaves no output file.
	if _, err := os.Stat(filepath.Join(dir, "o.banmian")); err == nil {
		t.Error("failed import wrote its output")
	}
}

// TestExportAndCheck: export to PDF, PNG and HTML from a .txt, and preflight
// with and without the photos.
func TestExportAndCheck(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("../testdata/articles/reference-zh.txt")
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, src, 0o644)
	code, out, _ := run("check", txt)
	if code != ExitError || !strings.Contains(out, "error   导语, 第1张图: photo \"动员副本.jpg\" is missing") || !strings.Contains(out, "5 errors") {
		t.Errorf("check without photos: %d\n%s", code, out)
	}
	testimg.WriteReferencePhotos(dir, 1600, 1200)
	if code, out, _ := run("check", txt); code != ExitOK || !strings.Contains(out, "0 errors") {
		t.Errorf("check with photos: %d\n%s", code, out)
	}
	for _, o := range []string{"a.pdf", "a.html", "web/", "pages"} {
		out := filepath.Join(dir, o)
		if strings.HasSuffix(o, "/") {
			out += "/"
		}
		code, stdout, stderr := run("export", txt, "-o", out, "--template", "magazine-a4")
		if code != ExitOK {
			t.Errorf("export %s: %d %s %s", o, code, stdout, stderr)
		}
	}
	for _, f := range []string{"a.pdf", "a.html", "web/index.html", "web/style.css", "pages/page-1.png"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	if code, _, stderr := run("export", txt, "-o", filepath.Join(dir, "x.pdf"), "--template", "nope"); code != ExitError || !strings.Contains(stderr, "no template \"nope\"") {
		t.Errorf("bad template: %d %s", code, stderr)
	}
	if code, _, _ := run("export", txt, "-o", filepath.Join(dir, "x.doc")); code != ExitUsage {
		t.Errorf("unknown extension: %d", code)
	}
}

func TestBuildEnv(t *testing.T) {
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	env := BuildEnv(string(toml), "abc123", "2026-11-26")
	if env.Version != "0.1.0" || env.Commit != "abc123" || env.Date != "2026-11-26" {
		t.Errorf("env = %+v (the version must be FyneApp.toml's)", env)
	}
}
