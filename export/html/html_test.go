package html

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/internal/pdftest"
	"banmian/internal/testimg"
)

func reference(t testing.TB) (*article.Article, string) {
	t.Helper()
	dir := t.TempDir()
	if err := testimg.WriteReferencePhotos(dir, 2000, 1500); err != nil {
		t.Fatal(err)
	}
	res, err := plaintext.ImportFile("../../testdata/articles/reference-zh.txt", dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Article, dir
}

func english(t testing.TB) *article.Article {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "river-park.jpg"), testimg.JPEG(1200, 800, 2), 0o644)
	os.WriteFile(filepath.Join(dir, "sensor-MAP.WEBP"), []byte("not really webp"), 0o644)
	res, err := plaintext.ImportFile("../../testdata/articles/en-feature.txt", dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Article
}

func parse(t testing.TB, b []byte) *xhtml.Node {
	t.Helper()
	n, err := xhtml.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func find(n *xhtml.Node, tag string) []*xhtml.Node {
	var out []*xhtml.Node
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestStructure checks the semantic outline of the reference article's page.
func TestStructure(t *testing.T) {
	a, _ := reference(t)
	dir := t.TempDir()
	if err := WriteDir(dir, a, Options{CacheDir: photoCache}); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	doc := parse(t, page)
	if got := attr(find(doc, "html")[0], "lang"); got != "zh-CN" {
		t.Errorf("lang = %q", got)
	}
	count := map[string]int{"article": 1, "header": 1, "nav": 1, "h1": 1, "h2": 3, "h3": 10, "figure": 5, "figcaption": 5, "time": 1, "footer": 1}
	for tag, n := range count {
		if got := len(find(doc, tag)); got != n {
			t.Errorf("%d <%s>, want %d", got, tag, n)
		}
	}
	if got := len(find(doc, "section")); got != 13 {
		t.Errorf("%d sections, want 3 keyword sections and 10 scenes", got)
	}
	if h1 := textOf(find(doc, "h1")[0]); h1 != a.Headline {
		t.Errorf("h1 = %q", h1)
	}
	if dt := attr(find(doc, "time")[0], "datetime"); dt != "2019-08-07T19:39:37+08:00" {
		t.Errorf("datetime = %q", dt)
	}
	// Text survives whole, the quarter-em spans aside.
	body := textOf(find(doc, "article")[0])
	for _, b := range a.Blocks() {
		if b.Kind == article.Paragraph && !strings.Contains(body, b.Text) {
			t.Errorf("paragraph missing: %.30q", b.Text)
		}
	}
	imgs := find(doc, "img")
	for i, img := range imgs {
		for _, k := range []string{"src", "srcset", "sizes", "width", "height", "alt"} {
			if attr(img, k) == "" {
				t.Errorf("img %d has no %s", i, k)
			}
		}
		if lazy := attr(img, "loading") == "lazy"; lazy != (i > 0) {
			t.Errorf("img %d loading=%q", i, attr(img, "loading"))
		}
		src := filepath.Join(dir, attr(img, "src"))
		if st, err := os.Stat(src); err != nil || st.Size() > 400_000 {
			t.Errorf("img %d: %v", i, err)
		}
	}
	if got := attr(find(doc, "img")[0], "width"); got != "1600" {
		t.Errorf("largest derivative width = %s", got)
	}
	// No camera original, no EXIF: derivatives are re-encoded.
	ents, _ := os.ReadDir(filepath.Join(dir, "images"))
	if len(ents) != 10 {
		t.Errorf("%d images, want 800 and 1600 px of five photos", len(ents))
	}
	for _, e := range ents {
		data, _ := os.ReadFile(filepath.Join(dir, "images", e.Name()))
		if bytes.Contains(data, []byte("Exif")) {
			t.Errorf("%s keeps EXIF", e.Name())
		}
	}
	// Sharing and search.
	metas := map[string]string{}
	for _, m := range find(doc, "meta") {
		if p := attr(m, "property"); p != "" {
			metas[p] = attr(m, "content")
		}
		if attr(m, "name") == "description" {
			metas["description"] = attr(m, "content")
		}
	}
	for _, k := range []string{"og:title", "og:description", "og:image", "og:type", "description"} {
		if metas[k] == "" {
			t.Errorf("no %s", k)
		}
	}
	var ld map[string]any
	scripts := find(doc, "script")
	if len(scripts) != 1 || json.Unmarshal([]byte(textOf(scripts[0])), &ld) != nil {
		t.Fatalf("JSON-LD does not parse")
	}
	for _, k := range []string{"headline", "datePublished", "author", "image", "publisher", "dateline"} {
		if ld[k] == nil {
			t.Errorf("JSON-LD has no %s", k)
		}
	}
	if ld["@type"] != "NewsArticle" {
		t.Errorf("JSON-LD type %v", ld["@type"])
	}
}

func TestSingleFile(t *testing.T) {
	a := english(t)
	var missing []string
	var buf bytes.Buffer
	if err := Write(&buf, a, Options{CacheDir: photoCache, Missing: func(f string) { missing = append(missing, f) }}); err != nil {
		t.Fatal(err)
	}
	doc := parse(t, buf.Bytes())
	if len(find(doc, "style")) != 1 || len(find(doc, "link")) != 1 { // the canonical link only
		t.Error("CSS is not inline")
	}
	imgs := find(doc, "img")
	if len(imgs) != 1 || !strings.HasPrefix(attr(imgs[0], "src"), "data:image/jpeg;base64,") || attr(imgs[0], "width") != "1200" {
		t.Errorf("single-file image: %v", imgs)
	}
	if !bytes.Contains(buf.Bytes(), []byte("<!-- photo missing: sensor-MAP.WEBP -->")) || len(missing) != 1 {
		t.Errorf("missing photo not commented and reported: %v", missing)
	}
	if attr(find(doc, "html")[0], "lang") != "en" || len(find(doc, "h2")) != 2 {
		t.Error("English page: lang or subheads")
	}
}

// TestEscaping: markup, quotes and ampersands in every field print as text;
// only http(s) links are links; no folder of the user's machine appears.
func TestEscaping(t *testing.T) {
	evil := `<script>alert(1)</script> "q" 'a' & <b>`
	pub := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	a := &article.Article{Lang: "en", Channel: []string{evil}, Kicker: evil, Headline: evil, Subtitle: evil, Source: evil,
		Authors: []string{evil}, Editor: evil, Published: &pub, Byline: evil,
		Lead: []article.Block{{ID: "p1", Kind: article.Paragraph, Text: evil}, {ID: "p2", Kind: article.Photo, Missing: true,
			File: "/home/editor/secret/--><script>x</script>.jpg", Caption: evil}},
		Sections: []article.Section{{ID: "s1", Keywords: []string{evil}, Title: evil, Scenes: []article.Scene{{ID: "c1", Label: "Scene 1", Title: evil}}}},
		Footer:   article.Footer{Credits: []string{evil}, Copyright: evil, Link: "javascript:alert(1)"}}
	var buf bytes.Buffer
	if err := Write(&buf, a, Options{CacheDir: photoCache}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "<script>alert") || strings.Contains(out, "<b>") {
		t.Error("markup from the article reached the page")
	}
	if strings.Contains(out, "/home/editor") || strings.Contains(out, "secret") {
		t.Error("a folder of the user's machine appears in the page")
	}
	doc := parse(t, buf.Bytes())
	if len(find(doc, "a")) != 0 || !strings.Contains(textOf(find(doc, "footer")[0]), "javascript:alert(1)") {
		t.Error("a javascript: link is a link, or was dropped instead of printed as text")
	}
	if h1 := textOf(find(doc, "h1")[0]); h1 != evil {
		t.Errorf("h1 = %q, want the text as typed", h1)
	}
	if n := len(find(doc, "script")); n != 1 {
		t.Errorf("%d scripts, want only the JSON-LD", n)
	}
}

// vnuJar finds the W3C checker that scripts/setup.sh installs.
func vnuJar(t *testing.T) string {
	t.Helper()
	pdftest.Need(t, "java")
	base, _ := os.UserCacheDir()
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		base = d
	}
	jar := filepath.Join(base, "banmian-tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	if _, err := os.Stat(jar); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("vnu.jar not found at %s (scripts/setup.sh installs it)", jar)
		}
		t.Skip("vnu.jar not installed")
	}
	return jar
}

// TestW3CValidator: the Nu HTML Checker finds no error in the reference and
// the English article, in both forms.
func TestW3CValidator(t *testing.T) {
	jar := vnuJar(t)
	zh, _ := reference(t)
	en := english(t)
	dir := t.TempDir()
	var files []string
	for name, a := range map[string]*article.Article{"zh": zh, "en": en} {
		d := filepath.Join(dir, name)
		if err := WriteDir(d, a, Options{CacheDir: photoCache}); err != nil {
			t.Fatal(err)
		}
		single := filepath.Join(dir, name+".html")
		if err := WriteFile(single, a, Options{CacheDir: photoCache}); err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Join(d, "index.html"), single)
	}
	cmd := exec.Command("java", append([]string{"-jar", jar, "--errors-only", "--format", "text"}, files...)...)
	out, err := cmd.CombinedOutput()
	clean := strings.TrimSpace(strings.ReplaceAll(string(out), "Document checking completed. No errors found.", ""))
	if err != nil || clean != "" {
		t.Errorf("vnu: %v\n%s", err, out)
	}
}

func BenchmarkWriteDirCached(b *testing.B) {
	a, _ := reference(b)
	cache := b.TempDir()
	dir := b.TempDir()
	WriteDir(dir, a, Options{CacheDir: cache})
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteDir(dir, a, Options{CacheDir: cache}); err != nil {
			b.Fatal(err)
		}
	}
}
