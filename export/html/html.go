package html

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"banmian/article"
	"banmian/internal/atomicfile"
)

//go:embed page.html.tmpl
var pageSource string

// pageTmpl is parsed when a page is first written, not at every start of
// the program (half a millisecond of each PDF export and editor start).
var pageTmpl = sync.OnceValue(func() *template.Template { return template.Must(template.New("page").Parse(pageSource)) })

// ErrHTML signals a failure of the HTML export.
var ErrHTML = article.NewError("html")

// Options control the export.
type Options struct {
	// Theme styles the page (DefaultTheme when zero).
	Theme Theme
	// CacheDir keeps web derivatives of photos between exports; empty uses
	// the user's cache folder, "-" disables the cache.
	CacheDir string
	// Missing, when not nil, receives the file names of photos left out.
	Missing func(file string)
}

// WriteFile writes one self-contained file (CSS inline, one 1200 px image
// per photo as a data URI), for mail or pasting into a CMS.
func WriteFile(path string, a *article.Article, opt Options) error {
	var buf bytes.Buffer
	if err := Write(&buf, a, opt); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, buf.Bytes())
}

// Write writes the self-contained page to w.
func Write(w io.Writer, a *article.Article, opt Options) error {
	return render(w, a, opt, nil)
}

func theme(opt Options) Theme {
	if opt.Theme.Text == "" {
		return DefaultTheme
	}
	return opt.Theme
}

// page is what the template fills in.
type page struct {
	Lang, Class, Title, Description, URL, Published, OGImage string
	InlineCSS                                                template.CSS
	JSONLD                                                   any
	CrumbLabel                                               string
	Channel                                                  []string
	Kicker, Headline, Subtitle, Byline                       template.HTML
	Meta                                                     []metaItem
	Lead                                                     []blockView
	Sections                                                 []sectionView
	Credits                                                  []template.HTML
	Copyright                                                template.HTML
	Link, LinkLabel                                          string
	LinkOK                                                   bool
}

type metaItem struct {
	Label    string
	Text     template.HTML
	DateTime string
}

type sectionView struct {
	ID            string
	Banner, Title template.HTML
	Body          []blockView
	Scenes        []sceneView
}

type sceneView struct {
	ID    string
	Label template.HTML
	Body  []blockView
}

type blockView struct {
	Kind            string
	Text            template.HTML
	Img             *imgView
	Caption, Credit template.HTML
	Comment         template.HTML
}

type imgView struct {
	Src           template.URL
	SrcSet, Sizes string
	Width, Height int
	Alt           string
	Lazy          bool
}

// render fills the page. files is nil for the single-file form; otherwise
// it receives the images to write beside index.html.
func render(w io.Writer, a *article.Article, opt Options, files map[string][]byte) error {
	th := theme(opt)
	if err := th.check(); err != nil {
		return article.Errorf("%w: %w", ErrHTML, err)
	}
	for _, b := range a.Blocks() {
		if _, ok := article.KindOf(b.Kind); !ok { // never dropped silently
			return article.Errorf("%w: block %s (%s) is of an unknown kind %q", ErrHTML, b.ID, a.Path(b.ID), b.Kind)
		}
	}
	zh := a.IsChinese()
	imgs := newImageMaker(a, opt, files != nil)
	if err := imgs.make(); err != nil {
		return err
	}
	p := &page{Lang: a.Lang, Class: "en", Title: a.Headline, CrumbLabel: "Breadcrumb", LinkLabel: "Link: "}
	if zh {
		p.Class, p.CrumbLabel, p.LinkLabel = "zh", "栏目导航", "本文链接："
	}
	if p.Title == "" {
		p.Title = "Untitled"
	}
	p.Channel = a.Channel
	p.Kicker, p.Headline, p.Subtitle, p.Byline = spaced(a.Kicker), phrased(a.Headline, zh), phrased(a.Subtitle, zh), spaced(a.Byline)
	p.Meta = metaItems(a)
	if a.Published != nil {
		p.Published = a.Published.Format("2006-01-02T15:04:05-07:00")
	}
	if isHTTP(a.Footer.Link) {
		p.URL = a.Footer.Link
	}
	first := true
	p.Lead = blocks(a.Lead, 2, imgs, &first, opt)
	for _, s := range a.Sections {
		sv := sectionView{ID: s.ID, Title: phrased(s.Title, zh), Body: blocks(s.Body, 3, imgs, &first, opt)}
		sv.Banner = spaced(a.KeywordBanner(&s))
		for _, c := range s.Scenes {
			sv.Scenes = append(sv.Scenes, sceneView{ID: c.ID, Label: spaced(a.SceneHeading(&c)), Body: blocks(c.Body, 4, imgs, &first, opt)})
		}
		p.Sections = append(p.Sections, sv)
	}
	for _, c := range a.Footer.Credits {
		p.Credits = append(p.Credits, spaced(c))
	}
	p.Copyright = spaced(a.Footer.Copyright)
	p.Link, p.LinkOK = a.Footer.Link, isHTTP(a.Footer.Link)
	p.Description = description(a)
	if files == nil {
		p.InlineCSS = template.CSS(th.CSS())
	} else {
		for name, data := range imgs.files {
			files[name] = data
		}
		p.OGImage = imgs.ogImage()
	}
	p.JSONLD = jsonLD(a, imgs.ogImage())
	if err := pageTmpl().Execute(w, p); err != nil {
		return article.Errorf("%w: %w", ErrHTML, err)
	}
	return nil
}

func isHTTP(s string) bool { return article.SafeLink(s) }

func metaItems(a *article.Article) []metaItem {
	var m []metaItem
	for _, it := range a.MetaItems() {
		v := metaItem{Label: it.Label, Text: spaced(it.Text)}
		if it.Date {
			v.Text = template.HTML(template.HTMLEscapeString(it.Text))
			v.DateTime = a.Published.Format("2006-01-02T15:04:05-07:00")
		}
		m = append(m, v)
	}
	return m
}

func description(a *article.Article) string {
	if a.Subtitle != "" {
		return a.Subtitle
	}
	for _, b := range a.Blocks() {
		if b.Kind == article.Paragraph && b.Text != "" {
			r := []rune(b.Text)
			if len(r) > 120 {
				return string(r[:120]) + "…"
			}
			return b.Text
		}
	}
	return a.Headline
}

func blocks(bs []article.Block, level int, imgs *imageMaker, first *bool, opt Options) []blockView {
	var out []blockView
	for _, b := range bs {
		switch b.Kind {
		case article.Subhead:
			// A subhead ranks under the heading of what holds it: h2 in
			// the lead, h3 in a section, h4 in a scene.
			out = append(out, blockView{Kind: "subhead" + strconv.Itoa(level), Text: spaced(b.Text)})
		case article.Paragraph, article.Quote:
			out = append(out, blockView{Kind: string(b.Kind), Text: spaced(b.Text)})
		case article.Photo:
			iv := imgs.view(&b)
			if iv == nil {
				if opt.Missing != nil {
					opt.Missing(b.File)
				}
				out = append(out, blockView{Kind: "missing", Comment: missingComment(b.File)})
				continue
			}
			iv.Lazy = !*first
			*first = false
			alt := b.Alt
			if alt == "" {
				alt = b.Caption
			}
			iv.Alt = alt
			out = append(out, blockView{Kind: "photo", Img: iv, Caption: spaced(b.Caption), Credit: spaced(b.Credit)})
		default:
			// Every other text kind of the kind table; the page template
			// names its element (render refused unknown kinds already).
			if info, ok := article.KindOf(b.Kind); ok && info.Text {
				out = append(out, blockView{Kind: string(b.Kind), Text: spaced(info.LabelFor(b.Text) + b.Text)})
			}
		}
	}
	return out
}

// missingComment names a missing photo in an HTML comment: the file name
// only (never a folder), stripped of what could end the comment.
func missingComment(file string) template.HTML {
	name := filepath.Base(strings.ReplaceAll(file, `\`, "/"))
	name = strings.NewReplacer("--", "", ">", "", "<", "", "&", "").Replace(name)
	return template.HTML("<!-- photo missing: " + template.HTMLEscapeString(name) + " -->")
}

// spaced escapes text and inserts a quarter-em span between Chinese and
// Latin letters or digits that touch, as the print edition spaces them.
func spaced(s string) template.HTML {
	if s == "" {
		return ""
	}
	var b strings.Builder
	rs := []rune(s)
	start := 0
	for i := 1; i < len(rs); i++ {
		a, c := rs[i-1], rs[i]
		if unicode.Is(unicode.Han, a) && latinOrDigit(c) || latinOrDigit(a) && unicode.Is(unicode.Han, c) {
			b.WriteString(template.HTMLEscapeString(string(rs[start:i])))
			b.WriteString(`<span class="ks"></span>`)
			start = i
		}
	}
	b.WriteString(template.HTMLEscapeString(string(rs[start:])))
	return template.HTML(b.String())
}

// phrased keeps the phrases of a Chinese heading together: the spaces
// between them are where it breaks, as in print ("做坚守初心 担当使命").
func phrased(s string, zh bool) template.HTML {
	parts := strings.Split(s, " ")
	if !zh || len(parts) < 2 {
		return spaced(s)
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(`<span class="phrase">`)
		b.WriteString(string(spaced(p)))
		b.WriteString(`</span>`)
	}
	return template.HTML(b.String())
}

func latinOrDigit(r rune) bool {
	return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func dataURI(mime string, data []byte) template.URL {
	return template.URL("data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data))
}
