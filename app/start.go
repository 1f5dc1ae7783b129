package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// startPanel is what an empty article shows above its header fields: the
// ways in (Chinese input methods are weak in Fyne, so import and paste come
// first), the recent files and the samples.
func (e *Editor) startPanel() fyne.CanvasObject {
	hint := widget.NewLabel(lang.L("Start from the copy: import a text file or paste a whole article (breadcrumb, headline, meta line, sections, scenes and photo names are recognised). Or type the headline below."))
	hint.Wrapping = fyne.TextWrapWord
	buttons := container.NewGridWithColumns(2,
		widget.NewButtonWithIcon(lang.L("Import Text…"), theme.FileTextIcon(), e.importDialog),
		widget.NewButtonWithIcon(lang.L("Paste Article"), theme.ContentPasteIcon(), e.pasteArticle),
		widget.NewButtonWithIcon(lang.L("Open…"), theme.FolderOpenIcon(), e.openDialog),
		widget.NewButtonWithIcon(lang.L("Sample Article"), theme.DocumentIcon(), func() { e.loadSample(sampleLang()) }),
	)
	box := container.NewVBox(heading(lang.L("Start")), hint, buttons)
	if recent := e.recent(); len(recent) > 0 {
		box.Add(widget.NewLabelWithStyle(lang.L("Open Recent"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for i, p := range recent {
			if i == 5 {
				break
			}
			path := p
			b := widget.NewButton(filepath.Base(path), func() { e.openPath(path) })
			b.Alignment = widget.ButtonAlignLeading
			b.Importance = widget.LowImportance
			box.Add(b)
		}
	}
	box.Add(widget.NewSeparator())
	return box
}

// isBlank reports an article with nothing in it at all (a new one).
func (e *Editor) isBlank() bool {
	a := e.doc
	return e.path == "" && a.Headline == "" && a.Kicker == "" && a.Subtitle == "" && len(a.Lead) == 0 && len(a.Sections) == 0 &&
		len(a.Channel) == 0 && a.Byline == "" && len(a.Footer.Credits) == 0 && a.Footer.Copyright == "" && a.Footer.Link == ""
}
