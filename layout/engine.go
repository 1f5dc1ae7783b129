package layout

import (
	"strings"
	"sync"

	"banmian/article"
	"banmian/assets"
	"banmian/layout/text"
	"banmian/media"
)

// Fonts are the four faces templates choose from.
type Fonts struct {
	Serif, SerifBold, Sans, SansBold *text.Face
}

// face picks a face for a style.
func (f *Fonts) face(st Style) *text.Face {
	switch {
	case st.Font == "sans" && st.Bold:
		return f.SansBold
	case st.Font == "sans":
		return f.Sans
	case st.Bold:
		return f.SerifBold
	}
	return f.Serif
}

var (
	embeddedOnce  sync.Once
	embeddedFonts *Fonts
	embeddedErr   error
)

// EmbeddedFonts parses the bundled fonts once per process and returns them.
func EmbeddedFonts() (*Fonts, error) {
	embeddedOnce.Do(func() {
		var fs Fonts
		var wg sync.WaitGroup
		errs := make([]error, 4)
		load := func(i int, dst **text.Face, file string) {
			defer wg.Done()
			*dst, errs[i] = text.Parse(strings.TrimSuffix(file, ".ttf"), assets.Font(file))
		}
		wg.Add(4)
		go load(0, &fs.Serif, assets.SerifRegular)
		go load(1, &fs.SerifBold, assets.SerifBold)
		go load(2, &fs.Sans, assets.SansRegular)
		go load(3, &fs.SansBold, assets.SansBold)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				embeddedErr = err
				return
			}
		}
		embeddedFonts = &fs
	})
	return embeddedFonts, embeddedErr
}

// Engine lays out articles. It keeps a cache of composed paragraphs, so that
// laying out the same article again after a small edit only composes the
// paragraphs that changed. An Engine is not safe for concurrent use.
type Engine struct {
	fonts   *Fonts
	work    worker    // sets the paragraphs compose asks for
	helpers []*worker // precompose's, kept for their shapers' caches
	misses  int       // paragraphs compose set itself, not found cached (for the tests)
	cache   map[paraKey]*composed
	damaged map[string]error // asset ID → result of media.CheckIntegrity
	used    map[paraKey]bool
	tmpl    *Template  // the template of the layout under way
	kaiming bool       // the layout under way sets 开明式 punctuation
	level   Strictness // and breaks lines at this level
}

// NewEngine returns an engine using the given fonts.
func NewEngine(f *Fonts) *Engine {
	return &Engine{fonts: f, work: worker{shaper: &text.Shaper{}}, cache: map[paraKey]*composed{}, level: StrictBasic}
}

// Layout lays out the article with the template. It fails only when the
// article or template cannot be used at all; problems of content are
// returned as [Document.Warnings].
func (e *Engine) Layout(a *article.Article, t *Template) (doc *Document, err error) {
	if t == nil {
		return nil, article.Errorf("layout: no template")
	}
	// The paragraphs composed by every trial of this layout stay cached;
	// those none of them used are dropped after it (the article changed).
	e.used = map[paraKey]bool{}
	defer func() {
		for k := range e.cache {
			if !e.used[k] {
				delete(e.cache, k)
			}
		}
	}()
	if pages := a.PageCount(t.Pages); pages > 0 {
		return e.layoutFitted(a, t, pages)
	}
	return e.layoutFree(a, t)
}

// layoutOnce lays the article out once, as the template says; balance
// evens the last page's columns (copyfit's trials skip it: it never changes
// the page count).
func (e *Engine) layoutOnce(a *article.Article, t *Template, balance bool, jumpAt int) (doc *Document, err error) {
	defer func() {
		// A defect of the engine must cost the editor an error message,
		// not the article: the panic becomes an error naming it.
		if r := recover(); r != nil {
			e.cache = map[paraKey]*composed{}
			doc, err = nil, article.Errorf("%w: %v (please report this with the article)", ErrInternal, r)
		}
	}()
	if e.used == nil {
		e.used = map[paraKey]bool{}
	}
	e.tmpl = t
	e.kaiming, e.level = typographyFor(t, a)
	c := &collector{e: e, a: a, t: t, zh: a.IsChinese()}
	doc = &Document{Template: t, Lang: a.Lang}
	fillInfo(doc, a)
	// 1. collect: the article's elements as blocks, in reading order.
	header, flow := c.collect()
	if c.unknown != nil {
		return nil, c.unknown
	}
	// 2. compose: each block's text set in lines (cached paragraphs; those
	//    not cached set first on all cores).
	c.precompose(header, flow)
	c.composeBlocks(header)
	c.composeBlocks(flow)
	c.sortWarnings(header, flow)
	// 3. paginate: blocks placed into columns and pages (the last page's
	//    columns balanced).
	var jump *jumpLines
	if jumpAt > 0 {
		jump = c.newJumpLines(jumpAt)
	}
	p := paginate(t, doc, a, header, flow, balance, jump) // the last page's columns evened
	// 4. folios: running heads and page numbers.
	e.folios(doc, t, c.zh, a.Lang)
	doc.Warnings = append(c.warnings, p.warnings...)
	doc.pastScene = p.outOfScene
	return doc, nil
}

// integrity checks a photo's file once per asset for the engine's life:
// preflight names damaged photos, and the exporters refuse them.
func (e *Engine) integrity(as *article.Asset) error {
	if as.Data == nil {
		return article.NewError("the image is not in the article")
	}
	if e.damaged == nil {
		e.damaged = map[string]error{}
	}
	err, ok := e.damaged[as.ID]
	if !ok {
		err = media.Localize(media.CheckIntegrity(as.Data), article.Sprintf)
		e.damaged[as.ID] = err
	}
	return err
}

// ErrInternal signals a defect of the engine met while laying out.
var ErrInternal = article.NewError("internal error in the layout engine")

// Layout lays out an article with the embedded fonts and a fresh engine.
func Layout(a *article.Article, t *Template) (*Document, error) {
	f, err := EmbeddedFonts()
	if err != nil {
		return nil, err
	}
	return NewEngine(f).Layout(a, t)
}

func fillInfo(doc *Document, a *article.Article) {
	doc.Title = a.Headline
	doc.Author = strings.Join(a.Authors, ", ")
	doc.Subject = a.Subtitle
	if doc.Subject == "" {
		doc.Subject = strings.Join(a.Channel, " / ")
	}
	var kw []string
	for _, s := range a.Sections {
		kw = append(kw, s.Keywords...)
	}
	doc.Keywords = strings.Join(kw, ", ")
	if a.Published != nil {
		doc.Created = *a.Published
	}
}
