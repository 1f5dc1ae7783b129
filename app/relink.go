package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"banmian/article"
	"banmian/job"
)

// Missing photos relink in one step: when one is found by hand, the others
// found in the same folder (by name) are offered too; after an import whose
// copy names photos that are not beside it, the photos folder is asked for.

// offerRelink, after a photo was found in dir, offers to relink every other
// missing photo found there.
func (e *Editor) offerRelink(dir string) {
	trial := e.doc.Clone()
	found, err := job.Relink(trial, dir)
	if err != nil || len(found) == 0 {
		return
	}
	msg := fmt.Sprintf(lang.L("%d more missing photos are in %s. Relink them too?"), len(found), filepath.Base(dir))
	dialog.ShowConfirm(lang.L("Relink Photos"), msg, func(ok bool) {
		if ok {
			e.relinkFrom(dir)
		}
	}, e.win)
}

// relinkFrom attaches the missing photos found in dir, as one undoable edit.
func (e *Editor) relinkFrom(dir string) {
	var found []string
	var err error
	e.edit("", func(a *article.Article) { found, err = job.Relink(a, dir) })
	if err != nil {
		e.showError(err)
		return
	}
	e.preview.primeAll(e.doc)
	e.outline.refresh()
	e.showInspector()
	if left := job.MissingPhotos(e.doc); left > 0 {
		dialog.ShowInformation(lang.L("Relink Photos"), fmt.Sprintf(lang.L("%d photos relinked; %d still missing."), len(found), left), e.win)
	}
}

// askPhotoFolder, after an import left photos missing, asks for the
// folder that holds them.
func (e *Editor) askPhotoFolder() {
	n := job.MissingPhotos(e.doc)
	if n == 0 {
		return
	}
	msg := fmt.Sprintf(lang.L("The copy names %d photos that are not beside it. Choose the folder that holds them?"), n)
	dialog.ShowConfirm(lang.L("Photos Folder"), msg, func(ok bool) {
		if !ok {
			return
		}
		dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil || u == nil {
				return
			}
			e.relinkFrom(u.Path())
		}, e.win)
		e.watchFileDialog()
	}, e.win)
}
