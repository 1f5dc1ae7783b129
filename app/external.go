package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"banmian/article"
	"banmian/job"
)

// Chinese input methods work poorly in Fyne entries (fyne issue #618), so
// text also comes in by paste, by import, and through the editor's own text
// editor: "Edit in External Editor" writes the paragraph (or the whole
// article in the importer's form) to a file, opens it, and reads it back each
// time it is saved.

// looksLikeArticle reports pasted text that is a whole article rather than a field.
func looksLikeArticle(s string) bool {
	return strings.Count(s, "\n") >= 4 && len([]rune(s)) > 120
}

// pasteArticle imports the clipboard's text as the article.
func (e *Editor) pasteArticle() {
	text := e.app.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		dialog.ShowInformation(lang.L("Paste Article"), lang.L("The clipboard holds no text."), e.win)
		return
	}
	e.offerImport(text)
}

// offerImport asks before replacing the article by imported text.
func (e *Editor) offerImport(text string) {
	dialog.ShowConfirm(lang.L("Import Article"), lang.L("The pasted text looks like a whole article. Import it (breadcrumb, headline, sections, scenes, photos…)?"), func(ok bool) {
		if !ok {
			e.showInspector() // drop the pasted text from the field
			return
		}
		e.importText(text)
	}, e.win)
}

// offerPastedArticle asks, for an article pasted into a field, whether to
// import it as the article (undoable) or paste it into the field as text.
func (e *Editor) offerPastedArticle(text string, intoField func()) {
	d := dialog.NewConfirm(lang.L("Import Article"),
		lang.L("The pasted text looks like a whole article. Import it as the article (breadcrumb, headline, sections, scenes, photos…)? Undo brings the current article back."),
		func(ok bool) {
			if ok {
				e.importText(text)
				return
			}
			intoField()
		}, e.win)
	d.SetConfirmText(lang.L("Import Article"))
	d.SetDismissText(lang.L("Paste into the Field"))
	d.Show()
}

// importText runs the importer on text and makes the result the article;
// photos are looked up beside the current file.
func (e *Editor) importText(text string) {
	dir := ""
	if e.path != "" {
		dir = filepath.Dir(e.path)
	}
	res, err := job.ImportText([]byte(text), dir, nil)
	if err != nil {
		e.showError(err)
		return
	}
	e.hist.record(e.doc, e.selected, "", e.now())
	keepPhotos(res.Article, e.doc)
	e.doc = res.Article
	e.dirty = true
	e.refreshTemplate()
	e.outline.rebuild()
	e.selectNode(nodeHeader)
	e.updateTitle()
	e.preview.schedule()
	e.showImportSummary(res)
}

// keepPhotos gives photos of the new article that the importer could not
// find the images the old article had under the same file name.
func keepPhotos(a, old *article.Article) {
	byName := map[string]*article.Asset{}
	for _, b := range old.Blocks() {
		if b.Kind == article.Photo {
			if as := old.Asset(b.Asset); as != nil {
				byName[b.File] = as
			}
		}
	}
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo && b.Missing {
			if as, ok := byName[b.File]; ok {
				b.Asset, b.Missing = a.AddAsset(*as), false
			}
		}
	}
}

// editExternally opens the paragraph id (or, for "", the whole article) in
// the system's text editor and follows the file while it changes.
func (e *Editor) editExternally(id string) {
	text := job.FormatText(e.doc)
	name := "article.txt"
	if id != "" {
		el, ok := e.doc.Find(id)
		if !ok || el.Blk == nil {
			return
		}
		text, name = el.Blk.Text, id+".txt"
	}
	dir, err := os.MkdirTemp("", "banmian-edit-")
	if err != nil {
		e.showError(err)
		return
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		e.showError(err)
		return
	}
	if err := openInEditor(path); err != nil {
		e.showError(err)
		return
	}
	go e.follow(path, id)
}

// openInEditor starts $VISUAL, $EDITOR or the desktop's text editor.
func openInEditor(path string) error {
	if ed := firstNonEmpty(os.Getenv("VISUAL"), os.Getenv("EDITOR")); ed != "" {
		f := strings.Fields(ed)
		return exec.Command(f[0], append(f[1:], path)...).Start()
	}
	switch runtime.GOOS {
	case "windows":
		return exec.Command("notepad", path).Start()
	case "darwin":
		return exec.Command("open", "-t", path).Start()
	}
	return exec.Command("xdg-open", path).Start()
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// follow reads the file back each time it changes, for up to a working day.
func (e *Editor) follow(path, id string) {
	st, err := os.Stat(path)
	if err != nil {
		return
	}
	last := st.ModTime()
	for end := time.Now().Add(10 * time.Hour); time.Now().Before(end); time.Sleep(500 * time.Millisecond) {
		st, err := os.Stat(path)
		if err != nil {
			return
		}
		if !st.ModTime().After(last) {
			continue
		}
		last = st.ModTime()
		data, err := article.ReadFileLimited(path, article.MaxTextFileBytes)
		if err != nil {
			continue
		}
		text := string(data)
		fyne.Do(func() { e.applyExternal(id, text) })
	}
}

func (e *Editor) applyExternal(id, text string) {
	if id == "" {
		e.importText(text)
		return
	}
	text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	e.edit("ext:"+id, func(a *article.Article) {
		if el, ok := a.Find(id); ok && el.Blk != nil {
			el.Blk.Text = text
		}
	})
	if e.selected == id {
		e.showInspector()
	}
}
