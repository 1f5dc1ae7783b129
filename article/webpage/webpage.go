// Package webpage imports a web page saved by a browser (PAGE.html with
// its PAGE_files/ folder): the article is found with go-readability (the
// maintained port of Mozilla's Readability, which drops navigation, share
// widgets and related links), its title, byline and body become the
// importer's lines — paragraphs, headings, list items, table rows, and
// each image as a photo line followed by its figcaption — and the text
// importer (article/plaintext) places them; images are attached from the
// page's folder only (os.Root: no name reads a file outside it). Scripts
// are never run; remote images are named but not fetched (missing).
package webpage

import (
	"bytes"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"banmian/article"
	"banmian/article/plaintext"
)

// MaxPageBytes caps a saved page.
const MaxPageBytes = 16 << 20

// ErrNoArticle signals a page in which no article was found.
var ErrNoArticle = article.NewError("no article found in the page")

// lineBreak is a manual line break inside a paragraph (the text importer
// makes it a line break: plaintext.LineBreak).
const lineBreak = plaintext.LineBreak

// ImportFile reads a saved page and imports it; its images are looked up
// in the folder the page names them in (PAGE_files/), else beside it.
func ImportFile(file string) (*plaintext.Result, error) {
	data, err := article.ReadFileLimited(file, MaxPageBytes)
	if err != nil {
		return nil, article.Errorf("%s: %w", file, err)
	}
	res, err := Import(data, filepath.Dir(file))
	if err != nil {
		return nil, article.Errorf("%s: %w", file, err)
	}
	return res, nil
}

// Import imports a saved page; dir is the folder it was saved in.
func Import(data []byte, dir string) (*plaintext.Result, error) {
	art, err := readability.FromReader(bytes.NewReader(data), &url.URL{Scheme: "file", Path: "/page.html"})
	if err != nil || art.Node == nil {
		return nil, ErrNoArticle
	}
	w := &walker{}
	title := headline(data, clean(art.Title()))
	if title != "" {
		w.lines = append(w.lines, title)
	}
	if b := clean(art.Byline()); b != "" {
		w.lines = append(w.lines, b)
	}
	w.walk(art.Node)
	w.flush()
	if len(w.lines) < 2 {
		return nil, ErrNoArticle
	}
	photos := dir
	if w.folder != "" && dir != "" {
		photos = filepath.Join(dir, filepath.FromSlash(w.folder))
		if st, err := os.Stat(photos); err != nil || !st.IsDir() {
			photos = dir
		}
	}
	var roles []string
	if title != "" {
		roles = []string{"headline"}
		for i := 1; i < len(w.lines) && i <= 3; i++ {
			if w.lines[i] == title { // the content repeats its heading
				w.lines = append(w.lines[:i], w.lines[i+1:]...)
				break
			}
		}
	}
	res, err := plaintext.Import([]byte(strings.Join(w.lines, "\n\n")), plaintext.Options{PhotoDir: photos, TitleRoles: roles})
	if err != nil {
		return nil, err
	}
	res.Encoding = "HTML"
	return res, nil
}

// walker collects the article's lines.
type walker struct {
	lines  []string
	cur    strings.Builder
	folder string // the folder the page's local images are in ("PAGE_files")
}

func (w *walker) flush() {
	if t := clean(w.cur.String()); t != "" {
		w.lines = append(w.lines, t)
	}
	w.cur.Reset()
}

var blocks = map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "tr": true, "figcaption": true, "div": true, "section": true, "pre": true, "dd": true, "dt": true}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "iframe", "object", "embed", "form", "button", "svg":
			return
		case "br":
			w.cur.WriteString(lineBreak)
			return
		case "img":
			w.flush()
			if name := w.image(n); name != "" {
				w.lines = append(w.lines, name)
			}
			return
		case "td", "th":
			if w.cur.Len() > 0 {
				w.cur.WriteString("　")
			}
		}
		if blocks[n.Data] {
			w.flush()
			defer w.flush()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// image is an image's photo line: the file name of a local image (its
// folder noted), or of a remote one (it is not fetched).
func (w *walker) image(n *html.Node) string {
	src := ""
	for _, a := range n.Attr {
		if a.Key == "src" || a.Key == "data-src" && src == "" {
			src = a.Val
		}
	}
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil || src == "" || u.Scheme == "data" {
		return ""
	}
	p := u.Path
	if u.Scheme == "file" || u.Scheme == "" {
		p = strings.TrimPrefix(path.Clean("/"+p), "/")
		if d := path.Dir(p); d != "." && w.folder == "" && !strings.Contains(d, "..") {
			w.folder = d
		}
	}
	name := path.Base(p)
	if name == "." || name == "/" || !strings.Contains(name, ".") {
		return ""
	}
	return name
}

// clean folds white space and drops what no text needs.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\u00a0' {
			return ' '
		}
		return r
	}, s)
	parts := strings.Split(s, lineBreak)
	for i, p := range parts {
		parts[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Trim(strings.Join(parts, lineBreak), lineBreak+" ")
}

// headline is the page's headline: of its <h1>s, the longest the <title>
// holds (titles add the site: "标题_频道_网站", "Title - Site"; a logo's
// <h1> is shorter), else the title less such suffixes.
func headline(data []byte, title string) string {
	best := ""
	if doc, err := html.Parse(bytes.NewReader(data)); err == nil {
		var find func(n *html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "h1" {
				var b strings.Builder
				var text func(*html.Node)
				text = func(m *html.Node) {
					if m.Type == html.TextNode {
						b.WriteString(m.Data)
					}
					for c := m.FirstChild; c != nil; c = c.NextSibling {
						text(c)
					}
				}
				text(n)
				if h := clean(b.String()); h != "" && (title == "" || strings.Contains(title, h)) && len(h) > len(best) {
					best = h
				}
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
	}
	stripped := title
	for _, sep := range []string{"_", " - ", " | ", "｜", " — "} {
		if i := strings.Index(title, sep); i >= 4 {
			stripped = strings.TrimSpace(title[:i])
			break
		}
	}
	// An <h1> shorter than the title's first part (a logo, a channel)
	// loses to it.
	if best != "" && len(best) >= len(stripped) {
		return best
	}
	return stripped
}
