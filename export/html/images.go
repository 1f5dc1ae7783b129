package html

import (
	"html/template"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"banmian/article"
	"banmian/media"
)

// Web derivative widths, in pixels: srcset for the folder form, one image
// for the single file.
var (
	dirWidths    = []int{800, 1600}
	singleWidth  = 1200
	derivQuality = 82
)

// imageMaker makes the web derivatives of every photo: EXIF orientation
// applied, rotated and cropped as the article says, resized, re-encoded as
// JPEG (so no camera metadata survives), cached by content.
type imageMaker struct {
	a      *article.Article
	opt    Options
	dir    bool
	derivs map[string]*deriv // by photo block ID
	files  map[string][]byte
	lead   string
	cache  *media.DiskCache // web derivatives between exports
}

type deriv struct {
	block  *article.Block
	widths []int
	data   [][]byte
	w, h   int // the largest derivative's size
	err    error
}

func newImageMaker(a *article.Article, opt Options, dir bool) *imageMaker {
	return &imageMaker{a: a, opt: opt, dir: dir, derivs: map[string]*deriv{}, files: map[string][]byte{},
		cache: &media.DiskCache{Dir: media.CacheDir(opt.CacheDir, "web")}}
}

func (m *imageMaker) make() error {
	var list []*deriv
	for _, b := range m.a.Blocks() {
		if b.Kind != article.Photo || b.Missing || m.a.Asset(b.Asset) == nil {
			continue
		}
		d := &deriv{block: b}
		m.derivs[b.ID] = d
		list = append(list, d)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, d := range list {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			d.err = m.derive(d)
		}()
	}
	wg.Wait()
	for _, d := range list {
		if d.err != nil {
			return article.Errorf("%w: photo %q: %w", ErrHTML, d.block.File, d.err)
		}
		if m.dir {
			for i, w := range d.widths {
				m.files["images/"+fileName(d, w)] = d.data[i]
			}
		}
	}
	return nil
}

// fileName names a derivative after its photo block: the ID when it is a
// safe one (it always is in a validated article), else a hash of it, so
// that no ID can make a name that leaves the images folder.
func fileName(d *deriv, w int) string {
	id := d.block.ID
	if !article.ValidID(id) {
		id = "photo-" + article.HashHex([]byte(id))[:16]
	}
	return id + "-" + strconv.Itoa(w) + ".jpg"
}

func (m *imageMaker) derive(d *deriv) error {
	as := m.a.Asset(d.block.Asset)
	widths := dirWidths
	if !m.dir {
		widths = []int{singleWidth}
	}
	b := d.block
	e := media.Edit{Rotate: b.Rotate}
	if c := b.Crop; c != nil {
		e.Left, e.Top, e.Right, e.Bottom = c.Left, c.Top, c.Right, c.Bottom
	}
	// The edited photo's size decides the derivatives' sizes: none wider
	// than the photo itself.
	sw, sh := media.DisplaySize(as.Width, as.Height, as.Data, b.Rotate, e.Left, e.Top, e.Right, e.Bottom)
	var sizes []media.Size
	for _, w := range widths {
		tw := min(w, int(sw+0.5))
		sizes = append(sizes, media.Size{W: tw, H: max(1, int(sh*float64(tw)/sw+0.5))})
		if tw < w {
			break // the original is smaller than the next size
		}
	}
	if err := media.CheckIntegrity(as.Data); err != nil {
		return media.Localize(err, article.Sprintf)
	}
	out, err := media.Derive(as.ID, as.Data, e, sizes, media.JPEG, derivQuality, m.cache)
	if err != nil {
		return err
	}
	for i, sz := range sizes {
		d.widths, d.data = append(d.widths, sz.W), append(d.data, out[i])
		d.w, d.h = sz.W, sz.H
	}
	return nil
}

// view returns how a photo shows, or nil when it is missing.
func (m *imageMaker) view(b *article.Block) *imgView {
	d := m.derivs[b.ID]
	if d == nil || len(d.data) == 0 {
		return nil
	}
	if m.lead == "" {
		m.lead = b.ID
	}
	if !m.dir {
		return &imgView{Src: dataURI("image/jpeg", d.data[0]), Width: d.w, Height: d.h}
	}
	var set []string
	for _, w := range d.widths {
		set = append(set, "images/"+fileName(d, w)+" "+strconv.Itoa(w)+"w")
	}
	iv := &imgView{Src: template.URL("images/" + url.PathEscape(fileName(d, d.widths[0]))), Width: d.w, Height: d.h}
	if len(set) > 1 {
		iv.SrcSet = strings.Join(set, ", ")
		iv.Sizes = "(max-width: 40em) 100vw, 38em"
	}
	return iv
}

// ogImage is the lead photo's largest derivative (folder form only).
func (m *imageMaker) ogImage() string {
	if !m.dir || m.lead == "" {
		return ""
	}
	d := m.derivs[m.lead]
	return "images/" + fileName(d, d.widths[len(d.widths)-1])
}
