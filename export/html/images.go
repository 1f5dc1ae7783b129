package html

import (
	"bytes"
	"fmt"
	"html/template"
	"image"
	"image/jpeg"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"banmian/article"
	"banmian/internal/diskcache"
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
}

type deriv struct {
	block  *article.Block
	widths []int
	data   [][]byte
	w, h   int // the largest derivative's size
	err    error
}

func newImageMaker(a *article.Article, opt Options, dir bool) *imageMaker {
	return &imageMaker{a: a, opt: opt, dir: dir, derivs: map[string]*deriv{}, files: map[string][]byte{}}
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
			return article.Errorf("%w: photo %q: %v", ErrHTML, d.block.File, d.err)
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
	var src image.Image
	for _, w := range widths {
		key := m.cacheKey(as.ID, d.block, w)
		if data := m.cached(key); data != nil {
			cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
			if err == nil {
				d.widths, d.data = append(d.widths, cfg.Width), append(d.data, data)
				d.w, d.h = cfg.Width, cfg.Height
				if cfg.Width < w {
					break
				}
				continue
			}
		}
		if src == nil {
			if err := media.CheckIntegrity(as.Data); err != nil {
				return media.Localize(err, article.Sprintf)
			}
			img, err := media.Decode(as.Data)
			if err != nil {
				return err
			}
			b := d.block
			var cl, ct, cr, cb float64
			if b.Crop != nil {
				cl, ct, cr, cb = b.Crop.Left, b.Crop.Top, b.Crop.Right, b.Crop.Bottom
			}
			src = media.Transform(img, b.Rotate, cl, ct, cr, cb)
		}
		sw, sh := src.Bounds().Dx(), src.Bounds().Dy()
		tw := min(w, sw)
		th := max(1, int(float64(sh)*float64(tw)/float64(sw)+0.5))
		out := media.Resize(src, tw, th)
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, media.Flatten(out), &jpeg.Options{Quality: derivQuality}); err != nil {
			return err
		}
		m.store(key, buf.Bytes())
		d.widths, d.data = append(d.widths, tw), append(d.data, buf.Bytes())
		d.w, d.h = tw, th
		if tw < w {
			break // the original is smaller than the next size
		}
	}
	return nil
}

func (m *imageMaker) cacheKey(id string, b *article.Block, w int) string {
	s := fmt.Sprintf("%s|%d|%d|q%d", id, w, b.Rotate, derivQuality)
	if b.Crop != nil {
		s += fmt.Sprintf("|%g,%g,%g,%g", b.Crop.Left, b.Crop.Top, b.Crop.Right, b.Crop.Bottom)
	}
	return diskcache.Key(s) + ".jpg"
}

func (m *imageMaker) cached(key string) []byte {
	return diskcache.Get(diskcache.Dir(m.opt.CacheDir, "web"), key)
}

func (m *imageMaker) store(key string, data []byte) {
	diskcache.Put(diskcache.Dir(m.opt.CacheDir, "web"), key, data)
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
