package app

import (
	"fmt"
	"image"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/export/raster"
	"banmian/layout"
)

// debounce is how long the preview waits after the last edit before it
// lays out again: short enough that the page follows typing (about 200 ms
// to the screen on the reference article), long enough to skip keystrokes.
const debounce = 120 * time.Millisecond

// dpPerPt converts points to Fyne units at 100 % zoom (96 units an inch).
const dpPerPt = 96.0 / 72.0

// preview shows the engine's pages. Layout and rendering run off the UI
// goroutine; a newer edit supersedes an older one; results come back with
// fyne.Do.
type preview struct {
	e       *Editor
	content fyne.CanvasObject
	view    *pageView
	scroll  *container.Scroll
	label   *widget.Label
	zoomLbl *widget.Label
	bleedCk *widget.Check

	page  int
	zoom  float64
	fit   bool
	bleed bool
	doc   *layout.Document // the latest laid-out pages (UI goroutine)

	marked        string // the outline node the mark frames (reveal.go)
	revealPending bool   // scroll the mark into view when the page is drawn

	gen     atomic.Uint64 // the newest request
	applied uint64        // the newest result shown (UI goroutine)
	timer   *time.Timer
	work    sync.Mutex // one layout at a time
	engine  *layout.Engine
	render  *raster.Renderer

	// onShown, when set (tests), is called on the UI goroutine after a result is shown.
	onShown func()
}

func newPreview(e *Editor) *preview {
	p := &preview{e: e, zoom: 1, fit: true}
	p.render = raster.New()
	p.render.MaxSide = 2000 // a 12 MP photo decodes at ½ (media.DecodedAtLeast)
	if f, err := layout.EmbeddedFonts(); err == nil {
		p.engine = layout.NewEngine(f)
	}
	p.view = newPageView(p)
	p.scroll = container.NewScroll(container.NewCenter(p.view))
	p.label = widget.NewLabel("–")
	p.zoomLbl = widget.NewLabel("")
	bleed := widget.NewCheck(lang.L("Trim & bleed"), func(on bool) { p.bleed = on; p.rerender() })
	p.bleedCk = bleed
	bar := container.NewHBox(
		widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.showPage(p.page - 1) }),
		p.label,
		widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.showPage(p.page + 1) }),
		widget.NewSeparator(),
		widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { p.setZoom(p.zoom / 1.25) }),
		p.zoomLbl,
		widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { p.setZoom(p.zoom * 1.25) }),
		widget.NewButtonWithIcon(lang.L("Fit Width"), theme.ViewFullScreenIcon(), p.fitWidth),
		bleed)
	p.content = container.NewBorder(bar, nil, nil, nil, container.New(&fitLayout{p: p}, p.scroll))
	return p
}

// schedule asks for a new layout of the current article after the debounce.
func (p *preview) schedule() {
	gen := p.gen.Add(1)
	snap := p.e.doc.Clone()
	tmpl := p.e.tmpl
	req := p.request()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(debounce, func() { p.layout(gen, snap, tmpl, req) })
}

// drawRequest is what to draw, taken on the UI goroutine.
type drawRequest struct {
	page  int
	dpi   float64
	bleed bool
}

func (p *preview) request() drawRequest {
	scale := 1.0
	if c := p.e.win.Canvas(); c != nil {
		scale = float64(c.Scale())
	}
	return drawRequest{page: p.page, dpi: 96 * p.zoom * scale, bleed: p.bleed}
}

// layout runs off the UI goroutine.
func (p *preview) layout(gen uint64, a *article.Article, t *layout.Template, req drawRequest) {
	p.work.Lock()
	defer p.work.Unlock()
	if gen != p.gen.Load() || p.engine == nil {
		return // a newer edit came
	}
	if probs := a.CheckCaps(); len(probs) > 0 {
		// Past a cap (a page pasted into one field): say so, do not set it.
		err := fmt.Errorf("%s", probs[0])
		fyne.Do(func() { p.e.showError(err) })
		return
	}
	doc, err := p.engine.Layout(a, t)
	if err != nil {
		fyne.Do(func() { p.e.showError(err) })
		return
	}
	page := min(max(req.page, 0), len(doc.Pages)-1)
	bleed := req.bleed
	img, err := p.render.Page(doc, page, raster.Options{DPI: req.dpi, Bleed: bleed, TrimLines: bleed, NoDecode: true})
	fyne.Do(func() {
		if gen < p.applied {
			return
		}
		p.applied = gen
		p.doc = doc
		p.page = page
		if err == nil {
			p.view.set(img, doc.Pages[page], bleed)
		}
		p.updateLabels()
		p.e.status.refresh(doc)
		p.primeAll(a)
		if p.fit {
			p.refit(p.scroll.Size().Width)
		}
		if p.onShown != nil {
			p.onShown()
		}
	})
}

// rerender draws the current page again (page, zoom or bleed changed).
func (p *preview) rerender() {
	doc := p.doc
	if doc == nil {
		return
	}
	req := p.request()
	page, bleed := min(max(req.page, 0), len(doc.Pages)-1), req.bleed
	go func() {
		img, err := p.render.Page(doc, page, raster.Options{DPI: req.dpi, Bleed: bleed, TrimLines: bleed, NoDecode: true})
		if err != nil {
			return
		}
		fyne.Do(func() {
			if p.doc == doc {
				p.view.set(img, doc.Pages[page], bleed)
				p.updateLabels()
			}
		})
	}()
}

// primeAll decodes the article's photos in the background, then redraws.
func (p *preview) primeAll(a *article.Article) {
	for i := range a.Assets {
		as := a.Assets[i]
		if !p.render.Decoded(as.ID) {
			p.primePhoto(as)
		}
	}
}

var priming sync.Map

func (p *preview) primePhoto(as article.Asset) {
	if _, busy := priming.LoadOrStore(as.ID, true); busy {
		return
	}
	go func() {
		defer priming.Delete(as.ID)
		if p.render.Prime(as.ID, as.Data) == nil {
			fyne.Do(p.rerender)
		}
	}()
}

// toggleBleed shows or hides the trim and bleed (the View menu's item).
func (p *preview) toggleBleed() { p.bleedCk.SetChecked(!p.bleed) }

func (p *preview) showPage(i int) {
	if p.doc == nil || i < 0 || i >= len(p.doc.Pages) {
		return
	}
	p.page = i
	p.rerender()
}

func (p *preview) setZoom(z float64) {
	p.fit = false
	p.zoom = min(4, max(0.2, z))
	p.rerender()
}

func (p *preview) fitWidth() {
	p.fit = true
	p.refit(p.scroll.Size().Width)
}

func (p *preview) refit(width float32) {
	if !p.fit || p.doc == nil || width <= 0 {
		return
	}
	pg := p.doc.Pages[p.page]
	w := float64(pg.Width)
	if p.bleed {
		w += 2 * float64(pg.Bleed)
	}
	z := (float64(width) - 24) / (w * dpPerPt)
	if z > 0.05 && (z/p.zoom > 1.02 || z/p.zoom < 0.98) {
		p.zoom = z
		p.rerender()
	}
}

func (p *preview) updateLabels() {
	if p.doc != nil {
		p.label.SetText(fmt.Sprintf("%d / %d", p.page+1, len(p.doc.Pages)))
	}
	p.zoomLbl.SetText(fmt.Sprintf("%.0f%%", p.zoom*100))
}

// fitLayout fills its space and refits the page when the width changes.
type fitLayout struct {
	p     *preview
	width float32
}

// Layout gives the scroller all the space.
func (l *fitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
	if size.Width != l.width {
		l.width = size.Width
		l.p.refit(size.Width)
	}
}

// MinSize is small: the preview shrinks with the window.
func (l *fitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 200) }

// pageView draws a page image; a tap selects the element under it.
type pageView struct {
	widget.BaseWidget
	p    *preview
	img  *canvas.Image
	mark *canvas.Rectangle // frames the selected element (reveal.go)
	// over and overText frame where overset text begins (overset.go).
	over     *canvas.Rectangle
	overText *canvas.Text
	page     layout.Page
	bleed    bool
}

func newPageView(p *preview) *pageView {
	v := &pageView{p: p, img: canvas.NewImageFromImage(nil), mark: newMark()}
	v.over, v.overText = newOversetMark()
	v.img.FillMode = canvas.ImageFillStretch
	// The page is drawn at the screen's resolution (drawRequest): the GPU
	// takes up the odd pixel of rounding. Smooth scaling made Fyne resample
	// the whole page on the CPU for it (a 13 MB buffer and tens of ms a page).
	v.img.ScaleMode = canvas.ImageScaleFastest
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer draws the page image and the selection's mark.
func (v *pageView) CreateRenderer() fyne.WidgetRenderer { return &pageRenderer{v: v} }

func (v *pageView) set(img image.Image, pg layout.Page, bleed bool) {
	v.img.Image = img
	v.page, v.bleed = pg, bleed
	w, h := float64(pg.Width), float64(pg.Height)
	if bleed {
		w, h = w+2*float64(pg.Bleed), h+2*float64(pg.Bleed)
	}
	z := v.p.zoom * dpPerPt
	size := fyne.NewSize(float32(w*z), float32(h*z))
	v.img.SetMinSize(size)
	v.Resize(size)
	v.img.Refresh()
	v.Refresh()
	v.placeMark(v.p.revealPending)
	v.p.revealPending = false
}

// MinSize is the page at the current zoom.
func (v *pageView) MinSize() fyne.Size { return v.img.MinSize() }

// Tapped selects the element drawn under the pointer.
func (v *pageView) Tapped(ev *fyne.PointEvent) {
	z := v.p.zoom * dpPerPt
	x, y := layout.Pt(float64(ev.Position.X)/z), layout.Pt(float64(ev.Position.Y)/z)
	if v.bleed {
		x, y = x-v.page.Bleed, y-v.page.Bleed
	}
	if id := hit(v.page, x, y); id != "" {
		v.p.e.selectNode(nodeFor(id))
	}
}

// hit returns the ID of the topmost item at (x, y) on the page, in points.
func hit(pg layout.Page, x, y layout.Pt) string {
	in := func(r layout.Rect) bool { return x >= r.X && x <= r.X+r.W && y >= r.Y && y <= r.Y+r.H }
	for i := len(pg.Items) - 1; i >= 0; i-- {
		switch it := pg.Items[i].(type) {
		case *layout.TextRun:
			r := layout.Rect{X: it.X, Y: it.Y - it.Size, W: it.Width(), H: it.Size * 1.3}
			if in(r) && it.ID != "folio" {
				return it.ID
			}
		case *layout.Image:
			if in(it.Rect) {
				return it.ID
			}
		case *layout.Box:
			if in(it.Rect) && it.ID != "" {
				return it.ID
			}
		}
	}
	return ""
}

// nodeFor maps a layout ID to an outline node.
func nodeFor(id string) string {
	switch id {
	case article.IDChannel, article.IDKicker, article.IDHeadline, article.IDSubtitle, article.IDMeta, article.IDByline:
		return nodeHeader
	case article.IDFooter, article.IDCopyright, article.IDLink:
		return nodeFooter
	}
	return id
}
