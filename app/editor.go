package app

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/assets"
	"banmian/job"
	"banmian/layout"
	"banmian/media"
)

// Editor is one editing window and its article. All its fields are used on
// the UI goroutine only; layout and rendering work on clones elsewhere.
type Editor struct {
	app fyne.App
	win fyne.Window

	doc      *article.Article
	path     string // the .banmian file, "" when never saved
	dirty    bool
	selected string // outline node: element ID, or nodeHeader, nodeLead, nodeFooter

	find       *findBar
	localized  map[*widget.List]bool // Fyne lists given Chinese labels (fynestrings.go)
	fields     []*field              // the shown inspector's entries, in order
	focusFirst bool                  // the next inspector takes focus in its first field
	focusKey   string                // … or in the field with this key
	hist       history
	tmplName   string
	tmpl       *layout.Template

	outline   *outline
	inspector *fyne.Container
	preview   *preview
	status    *statusBar
	split     *container.Split
	recovery  *recovery
	thumbs    *thumbnails
	now       func() time.Time // the clock, replaced in tests

	// onExported, when set (tests), is called after an export succeeds.
	onExported func(path string)
	// shown receives a value each time the preview shows a layout (tests).
	shown chan struct{}
}

// keepDecoded is how much decoded photo data the editor keeps, in bytes:
// a photo is decoded once for the preview, its thumbnail and the exports.
const keepDecoded = 256 << 20

// New builds the editor into the window: translations, theme, menus, panes.
// file, when not empty, is opened; otherwise the recovery copy is offered,
// or the sample article shown on first run.
func New(a fyne.App, w fyne.Window, file string) *Editor {
	installLazyWriters()
	installLogFilter()
	media.KeepDecoded(keepDecoded)
	loadTranslations(a)
	a.Settings().SetTheme(newTheme())
	e := &Editor{app: a, win: w, now: time.Now, thumbs: newThumbnails()}
	e.doc = article.New("zh-CN")
	e.refreshTemplate()
	e.outline = newOutline(e)
	e.inspector = container.NewStack()
	e.preview = newPreview(e)
	e.status = newStatusBar(e)
	left := container.NewBorder(nil, e.outlineButtons(), nil, nil, e.outline.box)
	middle := container.NewVScroll(e.inspector)
	e.find = newFindBar(e)
	inner := container.NewHSplit(middle, e.preview.content)
	inner.Offset = 0.42
	e.split = container.NewHSplit(left, inner)
	e.split.Offset = 0.22
	w.SetContent(container.NewBorder(e.find.content, e.status.content, nil, nil, e.split))
	w.SetMainMenu(e.mainMenu())
	e.addShortcuts()
	w.SetCloseIntercept(e.quit)
	w.SetOnDropped(e.dropped)
	w.Resize(fyne.NewSize(1280, 800))
	e.recovery = newRecovery(e)
	switch {
	case file != "":
		e.openPath(file)
	case e.recovery.offer():
	default:
		e.showSample()
	}
	e.recovery.start()
	return e
}

// setArticle replaces the article (open, new, import, undo) and refreshes everything.
func (e *Editor) setArticle(a *article.Article, path string, dirty bool) {
	e.doc = a
	e.path = path
	e.dirty = dirty
	e.refreshTemplate()
	e.outline.rebuild()
	e.selectNode(nodeHeader)
	e.updateTitle()
	e.preview.schedule()
}

func (e *Editor) updateTitle() {
	name := lang.L("Untitled")
	if e.path != "" {
		name = filepath.Base(e.path)
	}
	mark := ""
	if e.dirty {
		mark = "• "
	}
	e.win.SetTitle(mark + name + " — Banmian 版面")
}

// edit runs a change of the article: the state before it goes to the undo
// history (typing in one field, named by key, coalesces), then the outline,
// title and preview follow.
func (e *Editor) edit(key string, change func(a *article.Article)) {
	e.hist.record(e.doc, e.selected, key, e.now())
	change(e.doc)
	e.doc.Renumber()
	e.dirty = true
	e.updateTitle()
	if key == "" {
		e.outline.refresh()
	} else {
		e.outline.refreshLabels()
	}
	e.preview.schedule()
}

// Undo restores the state before the last edit.
func (e *Editor) Undo() {
	if s, ok := e.hist.step(&e.hist.undo, &e.hist.redo, e.doc, e.selected); ok {
		e.restore(s)
	}
}

// Redo redoes the last undone edit.
func (e *Editor) Redo() {
	if s, ok := e.hist.step(&e.hist.redo, &e.hist.undo, e.doc, e.selected); ok {
		e.restore(s)
	}
}

func (e *Editor) restore(s snapshot) {
	e.focusKey = e.focusedKey() // go on typing where the editor was
	e.doc = s.a
	e.refreshTemplate()
	e.dirty = true
	e.outline.rebuild()
	e.selectNode(s.selected)
	e.updateTitle()
	e.preview.schedule()
}

// Article returns the article being edited (UI goroutine only).
func (e *Editor) Article() *article.Article { return e.doc }

// showError shows an error in a dialog.
func (e *Editor) showError(err error) {
	if err != nil {
		dialog.ShowError(err, e.win)
	}
}

// confirmDiscard asks what to do with unsaved changes, then runs next
// unless the editor cancels.
func (e *Editor) confirmDiscard(next func()) {
	if !e.dirty {
		next()
		return
	}
	var d dialog.Dialog
	save := widget.NewButton(lang.L("Save"), func() {
		d.Hide()
		e.save(func(ok bool) {
			if ok {
				next()
			}
		})
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("Don't Save"), func() { d.Hide(); next() })
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	msg := widget.NewLabel(lang.L("The article has unsaved changes. Save them first?"))
	d = dialog.NewCustomWithoutButtons(lang.L("Unsaved Changes"), container.NewVBox(msg, container.NewHBox(discard, cancel, save)), e.win)
	d.Show()
}

func (e *Editor) quit() {
	e.confirmDiscard(func() {
		e.recovery.clear()
		e.win.Close()
		e.app.Quit()
	})
}

// openPath opens a .banmian file, imports copied text or reads a bare
// article.json, through the job layer (as the command line does).
func (e *Editor) openPath(path string) {
	o, err := job.Open(path, "")
	if err != nil {
		e.showError(err)
		return
	}
	saved := ""
	if o.Saved {
		saved = path
	}
	e.hist = history{}
	e.setArticle(o.Article, saved, saved == "")
	if o.Import != nil {
		e.showImportSummary(o.Import)
	}
	if saved != "" {
		e.addRecent(saved)
	}
}

// dir is the article's folder ("" for an unsaved article).
func (e *Editor) dir() string {
	if e.path == "" {
		return ""
	}
	return filepath.Dir(e.path)
}

// save writes the article to its file (asking for one when it has none).
func (e *Editor) save(done func(ok bool)) {
	if e.path == "" {
		e.saveAs(done)
		return
	}
	if err := article.Save(e.path, e.doc); err != nil {
		e.showError(err)
		if done != nil {
			done(false)
		}
		return
	}
	e.dirty = false
	e.updateTitle()
	e.recovery.clear()
	e.addRecent(e.path)
	if done != nil {
		done(true)
	}
}

func (e *Editor) saveAs(done func(ok bool)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) { e.savedAs(w, err, done) }, e.win)
	d.SetFileName(suggestName(e.doc) + ".banmian")
	d.Show()
	e.watchFileDialog()
}

// savedAs takes the file the save dialog chose. Nothing is written through
// the dialog's writer: its path is taken, it is closed unwritten, and the
// article is saved atomically (see savefiles.go).
func (e *Editor) savedAs(w fyne.URIWriteCloser, err error, done func(ok bool)) {
	if err != nil || w == nil {
		if err != nil {
			e.showError(err)
		}
		if done != nil {
			done(false)
		}
		return
	}
	path := w.URI().Path()
	w.Close()
	if !strings.HasSuffix(strings.ToLower(path), ".banmian") {
		path += ".banmian"
	}
	e.path = path
	e.save(done)
}

func suggestName(a *article.Article) string {
	name := strings.TrimSpace(a.Headline)
	if name == "" {
		return "article"
	}
	r := []rune(strings.NewReplacer("/", "-", "\\", "-", ":", "-", "：", "-", " ", "").Replace(name))
	if len(r) > 24 {
		r = r[:24]
	}
	return string(r)
}

func (e *Editor) addRecent(path string) {
	list := []string{path}
	for _, p := range strings.Split(e.app.Preferences().String(prefRecent), "\n") {
		if p != "" && p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	joined := strings.Join(list, "\n")
	if joined == e.app.Preferences().String(prefRecent) {
		return // unchanged: no write (Fyne rewrites its preferences file in place on every change)
	}
	e.app.Preferences().SetString(prefRecent, joined)
	e.win.SetMainMenu(e.mainMenu())
}

func (e *Editor) recent() []string {
	var out []string
	for _, p := range strings.Split(e.app.Preferences().String(prefRecent), "\n") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// newArticle starts an empty article.
func (e *Editor) newArticle() {
	e.confirmDiscard(func() {
		e.hist = history{}
		a := article.New("zh-CN")
		e.setArticle(a, "", false)
	})
}

func (e *Editor) showImportSummary(res *job.ImportResult) {
	if len(res.Warnings) == 0 && len(res.Dropped) == 0 {
		return
	}
	text := widget.NewLabel(res.Summary())
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 320))
	d := dialog.NewCustom(lang.L("Import Summary"), lang.L("OK"), scroll, e.win)
	d.SetOnClosed(e.askPhotoFolder) // then the photos the copy names but its folder lacks
	d.Show()
}

// setTemplate makes the article use a template (a bundled name or a file);
// the choice is part of the article (saved with it, undoable).
func (e *Editor) setTemplate(name string) {
	if _, err := layout.LoadTemplate(name); err != nil {
		e.showError(err)
		return
	}
	e.edit("", func(a *article.Article) {
		if a.Layout == nil {
			a.Layout = &article.Layout{}
		}
		a.Layout.Template = name
	})
	e.refreshTemplate()
}

// defaultTemplate is the template of articles that name none: the
// Preferences choice, else the built-in default.
func (e *Editor) defaultTemplate() string {
	return e.app.Preferences().StringWithFallback(prefTemplate, layout.DefaultTemplate)
}

// refreshTemplate loads the article's template with its page setup (the
// same rule as export and the command line); if it cannot be used, the
// error is shown and the default template stands in.
func (e *Editor) refreshTemplate() {
	dir := ""
	if e.path != "" {
		dir = filepath.Dir(e.path)
	}
	e.tmplName = e.doc.TemplateName(e.defaultTemplate())
	override := "" // the article's own template, relative to its folder
	if e.doc.TemplateName("") == "" {
		override = e.tmplName
	}
	t, err := layout.TemplateFor(e.doc, dir, override)
	if err != nil {
		e.showError(err)
		e.tmplName = layout.DefaultTemplate
		t, _ = layout.LoadTemplate(e.tmplName)
	}
	e.tmpl = t
	if e.win.MainMenu() != nil {
		e.win.SetMainMenu(e.mainMenu()) // the template menu's check mark
	}
	if e.status != nil {
		e.status.refresh(nil)
	}
	if e.preview != nil {
		e.preview.schedule()
	}
}

// showSample shows the built-in sample article (in the interface's
// language) the first time Banmian starts; later starts begin empty.
func (e *Editor) showSample() {
	p := e.app.Preferences()
	if p.Bool(prefSampleShown) {
		e.setArticle(article.New("zh-CN"), "", false)
		return
	}
	p.SetBool(prefSampleShown, true)
	e.loadSample(sampleLang())
}

// loadSample opens the built-in sample ("zh" or "en") as an unsaved article.
func (e *Editor) loadSample(which string) {
	text, photos := assets.Sample(which)
	res, err := job.ImportText(text, "", photos)
	if err != nil {
		e.showError(err)
		return
	}
	e.hist = history{}
	e.setArticle(res.Article, "", false)
}

// sampleLang is "en" when the interface is in English, else "zh".
func sampleLang() string {
	if strings.HasPrefix(lang.SystemLocale().LanguageString(), "en") && os.Getenv("LANGUAGE") != "zh_CN" {
		return "en"
	}
	return "zh"
}
