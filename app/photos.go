package app

import (
	"errors"
	"fmt"
	"image"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/media"
)

var imageExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".JPG", ".JPEG", ".PNG"}

// maxPhotoBytes caps a photo file read from disk.
const maxPhotoBytes = article.MaxAssetBytes

// readPhoto reads an image file and checks it without decoding its pixels.
// Errors name the file and the problem.
func readPhoto(path string) (article.Asset, error) {
	name := filepath.Base(path)
	data, err := article.ReadFileLimited(path, maxPhotoBytes)
	if errors.Is(err, article.ErrTooLarge) {
		return article.Asset{}, fmt.Errorf("%s: %s", name, lang.L("the file is larger than 256 MiB"))
	}
	if err != nil {
		return article.Asset{}, fmt.Errorf("%s: %w", name, err)
	}
	as, err := article.NewAsset(name, data)
	if err != nil {
		return article.Asset{}, fmt.Errorf("%s: %w", name, err)
	}
	return as, nil
}

// addPhotoFile adds an image file as a photo block after anchor.
func (e *Editor) addPhotoFile(path, anchor string) error {
	as, err := readPhoto(path)
	if err != nil {
		return err
	}
	var id string
	e.edit("", func(a *article.Article) {
		a.AddAsset(as)
		id = a.InsertBlock(anchor, article.Block{Kind: article.Photo, Asset: as.ID, File: as.Name})
	})
	e.thumbs.prime(as)
	e.preview.primePhoto(as)
	e.selectNode(id)
	return nil
}

func (e *Editor) addPhotoDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		e.showError(e.addPhotoFile(path, e.anchor()))
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter(imageExts))
	d.Show()
	e.watchFileDialog()
}

// dropped adds image files dropped on the window (after the selection) and
// opens a dropped .banmian or .txt file.
func (e *Editor) dropped(_ fyne.Position, uris []fyne.URI) {
	var errs []string
	for _, u := range uris {
		path := u.Path()
		switch strings.ToLower(filepath.Ext(path)) {
		case ".banmian", ".txt", ".docx", ".html", ".htm":
			e.confirmDiscard(func() { e.openPath(path) })
			return
		}
		if err := e.addPhotoFile(path, e.anchor()); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		e.showError(fmt.Errorf("%s", strings.Join(errs, "\n")))
	}
}

func (e *Editor) replacePhoto(id string) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		as, err := readPhoto(path)
		if err != nil {
			e.showError(err)
			return
		}
		e.edit("", func(a *article.Article) {
			if el, ok := a.Find(id); ok {
				a.AddAsset(as)
				el.Blk.Asset, el.Blk.File, el.Blk.Missing, el.Blk.Crop, el.Blk.Rotate = as.ID, as.Name, false, nil, 0
				a.PruneAssets()
			}
		})
		e.thumbs.prime(as)
		e.preview.primePhoto(as)
		e.showInspector()
		e.offerRelink(filepath.Dir(path))
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter(imageExts))
	d.Show()
	e.watchFileDialog()
}

func (e *Editor) photoForm(id string) fyne.CanvasObject {
	el, _ := e.doc.Find(id)
	b := el.Blk
	thumb := canvas.NewImageFromImage(nil)
	thumb.FillMode = canvas.ImageFillContain
	thumb.SetMinSize(fyne.NewSize(320, 200))
	info := widget.NewLabel(b.File)
	info.Wrapping = fyne.TextWrapWord
	if as := e.doc.Asset(b.Asset); as != nil && !b.Missing {
		info.SetText(fmt.Sprintf("%s — %d×%d", as.Name, as.Width, as.Height))
		e.thumbs.get(as, func(img image.Image) {
			l, t, r, bo := cropOf(b)
			thumb.Image = media.Transform(img, b.Rotate, l, t, r, bo)
			thumb.Refresh()
		})
	} else {
		info.SetText(fmt.Sprintf("%s — %s", b.File, lang.L("missing: use Replace Image…")))
		info.Importance = widget.DangerImportance
	}
	rotate := func(delta int) {
		e.edit("", func(a *article.Article) {
			if el, ok := a.Find(id); ok {
				el.Blk.Rotate = ((el.Blk.Rotate+delta)%360 + 360) % 360
			}
		})
		e.showInspector()
	}
	crop := e.cropControls(id, b)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Caption"), e.entry(id+".caption", b.Caption, true, func(a *article.Article, v string) {
			if el, ok := a.Find(id); ok {
				el.Blk.Caption = v
			}
		})),
		widget.NewFormItem(lang.L("Credit"), e.entry(id+".credit", b.Credit, false, func(a *article.Article, v string) {
			if el, ok := a.Find(id); ok {
				el.Blk.Credit = v
			}
		})),
		widget.NewFormItem(lang.L("Alt text"), e.entry(id+".alt", b.Alt, false, func(a *article.Article, v string) {
			if el, ok := a.Find(id); ok {
				el.Blk.Alt = v
			}
		})),
	)
	buttons := container.NewHBox(
		widget.NewButtonWithIcon(lang.L("Replace Image…"), theme.FileImageIcon(), func() { e.replacePhoto(id) }),
		widget.NewButtonWithIcon("", theme.MediaReplayIcon(), func() { rotate(-90) }),
		widget.NewButtonWithIcon(lang.L("Rotate"), theme.ViewRefreshIcon(), func() { rotate(90) }))
	return container.NewVBox(heading(e.doc.Path(id)), thumb, info, buttons, form, crop, e.blockLevers(b))
}

func cropOf(b *article.Block) (l, t, r, bo float64) {
	if b.Crop != nil {
		return b.Crop.Left, b.Crop.Top, b.Crop.Right, b.Crop.Bottom
	}
	return 0, 0, 0, 0
}

// cropControls are four sliders trimming each side, 0 to 40 %.
func (e *Editor) cropControls(id string, b *article.Block) fyne.CanvasObject {
	l, t, r, bo := cropOf(b)
	vals := []float64{l, t, r, bo}
	names := []string{lang.L("Crop left"), lang.L("Crop top"), lang.L("Crop right"), lang.L("Crop bottom")}
	form := widget.NewForm()
	for i := range vals {
		s := widget.NewSlider(0, 40)
		s.Step = 1
		s.SetValue(vals[i] * 100)
		s.OnChangeEnded = func(v float64) {
			e.edit("", func(a *article.Article) {
				if el, ok := a.Find(id); ok {
					c := article.Crop{}
					if el.Blk.Crop != nil {
						c = *el.Blk.Crop
					}
					p := []*float64{&c.Left, &c.Top, &c.Right, &c.Bottom}
					*p[i] = v / 100
					if c == (article.Crop{}) {
						el.Blk.Crop = nil
					} else {
						el.Blk.Crop = &c
					}
				}
			})
		}
		form.Append(names[i], s)
	}
	return form
}

// thumbnails decodes photos in the background, once, into small images.
type thumbnails struct {
	mu    sync.Mutex
	done  map[string]image.Image
	wait  map[string][]func(image.Image)
	limit chan struct{}
}

func newThumbnails() *thumbnails {
	return &thumbnails{done: map[string]image.Image{}, wait: map[string][]func(image.Image){}, limit: make(chan struct{}, 2)}
}

// get calls show on the UI goroutine with the photo's thumbnail, now or
// when it has been decoded.
func (t *thumbnails) get(as *article.Asset, show func(image.Image)) {
	t.mu.Lock()
	if img, ok := t.done[as.ID]; ok {
		t.mu.Unlock()
		show(img)
		return
	}
	t.wait[as.ID] = append(t.wait[as.ID], show)
	first := len(t.wait[as.ID]) == 1
	t.mu.Unlock()
	if first {
		go t.decode(*as)
	}
}

// prime starts decoding a photo's thumbnail.
func (t *thumbnails) prime(as article.Asset) { t.get(&as, func(image.Image) {}) }

func (t *thumbnails) decode(as article.Asset) {
	t.limit <- struct{}{}
	defer func() { <-t.limit }()
	img, err := media.DecodedAtLeast(as.ID, as.Data, 480) // the preview's decoding, shared when it is large enough
	var small image.Image
	if err == nil {
		b := img.Bounds()
		w := 480
		h := b.Dy() * w / max(1, b.Dx())
		small = media.Resize(img, w, max(1, h))
	}
	t.mu.Lock()
	if small != nil {
		t.done[as.ID] = small
	}
	waiting := t.wait[as.ID]
	delete(t.wait, as.ID)
	t.mu.Unlock()
	if small == nil {
		return
	}
	fyne.Do(func() {
		for _, f := range waiting {
			f(small)
		}
	})
}
