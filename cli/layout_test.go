package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
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

// TestChineseOutput: under LANG=zh_CN.UTF-8, import and check speak Chinese;
// under en_US, English.
func TestChineseOutput(t *testing.T) {
	defer article.SetMessageLanguage("en")
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	src, _ := os.ReadFile("../testdata/articles/reference-zh.txt")
	os.WriteFile(txt, src, 0o644)
	runIn := func(lang string, args ...string) (int, string, string) {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", lang)
		var o, e bytes.Buffer
		code := Run(&Env{Stdout: &o, Stderr: &e}, args)
		return code, o.String(), e.String()
	}
	out := filepath.Join(dir, "a.banmian")
	_, stdout, _ := runIn("zh_CN.UTF-8", "import", txt, "-o", out)
	for _, want := range []string{"编码：UTF-8", "图片：5 张（已附 0 张，缺 5 张）", "略去第 6 行（网页残留）", "已写入 "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("zh import: no %q in\n%s", want, stdout)
		}
	}
	code, stdout, stderr := runIn("zh_CN.UTF-8", "check", out)
	if code != 1 || !strings.Contains(stdout, "缺少图片 \"动员副本.jpg\"：原位置印出带文件名的图框") || !strings.Contains(stdout, "5 个错误，") || !strings.Contains(stderr, "印前检查发现 5 个错误") {
		t.Errorf("zh check: %d\n%s\n%s", code, stdout, stderr)
	}
	_, stdout, _ = runIn("en_US.UTF-8", "check", out)
	if !strings.Contains(stdout, "5 errors, ") || !strings.Contains(stdout, "is missing: a frame with its name") {
		t.Errorf("en check:\n%s", stdout)
	}
	_, _, stderr = runIn("zh_CN.UTF-8", "show", filepath.Join(dir, "none.banmian"))
	if !strings.Contains(stderr, "banmian show：") {
		t.Errorf("zh error: %q", stderr)
	}
}
