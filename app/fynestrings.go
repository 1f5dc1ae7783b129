package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// Some strings of Fyne's file dialogs are not passed through its
// translation API ("Overwrite?" and its question, "Cannot overwrite"); while
// such a dialog may show, the window's pop-ups are looked at and those
// labels given the interface's wording; the file dialog's list of places
// ("Home", "Computer", "Documents" …) gets its names through the list's
// update function.

var fyneStrings = []struct{ en, key string }{
	{"Overwrite?", "Overwrite?"},
	{"Home", "Home"}, {"Computer", "Computer"}, {"Documents", "Documents"}, {"Downloads", "Downloads"},
	{"Music", "Music"}, {"Pictures", "Pictures"}, {"Videos", "Videos"}, {"Desktop", "Desktop"}, {"App Files", "App Files"},
	{"Cannot overwrite", "Cannot overwrite"},
	{"Files cannot replace a directory,\ncheck the file name and try again", "A file cannot replace a folder: check the name and try again."},
}

const overwritePrefix = "Are you sure you want to overwrite the file\n"

// localizePopups gives Fyne's untranslated dialog labels the interface's
// wording; it returns whether it found any pop-up.
func (e *Editor) localizePopups() bool {
	if !article.MessagesInChinese() {
		return false
	}
	found := false
	for _, o := range e.win.Canvas().Overlays().List() {
		pop, ok := o.(*widget.PopUp)
		if !ok {
			continue
		}
		found = true
		eachLabel(pop.Content, localizeLabel, e.localizeList)
	}
	return found
}

func localizeLabel(l *widget.Label) {
	for _, s := range fyneStrings {
		if l.Text == s.en {
			l.SetText(lang.L(s.key))
		}
	}
	if strings.HasPrefix(l.Text, overwritePrefix) {
		name := strings.TrimSuffix(strings.TrimPrefix(l.Text, overwritePrefix), "?")
		l.SetText(strings.ReplaceAll(lang.L("The file %s exists. Replace it?"), "%s", name))
	}
}

// localizeList makes a list's rows pass their labels through localizeLabel
// (once per list).
func (e *Editor) localizeList(l *widget.List) {
	if e.localized == nil {
		e.localized = map[*widget.List]bool{}
	}
	if e.localized[l] || l.UpdateItem == nil {
		return
	}
	e.localized[l] = true
	update := l.UpdateItem
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		update(id, o)
		eachLabel(o, localizeLabel, nil)
	}
	l.Refresh()
}

// eachLabel visits the labels in containers and splits under o, and the
// lists (when lists is not nil).
func eachLabel(o fyne.CanvasObject, f func(*widget.Label), lists func(*widget.List)) {
	switch v := o.(type) {
	case *widget.Label:
		f(v)
	case *fyne.Container:
		for _, c := range v.Objects {
			eachLabel(c, f, lists)
		}
	case *container.Split:
		eachLabel(v.Leading, f, lists)
		eachLabel(v.Trailing, f, lists)
	case *widget.List:
		if lists != nil {
			lists(v)
		}
	}
}

// watchFileDialog localizes the pop-ups a file dialog may raise, for as
// long as any pop-up is open (checked ten times a second).
func (e *Editor) watchFileDialog() {
	if !article.MessagesInChinese() {
		return
	}
	go func() {
		idle := 0
		for idle < 20 { // two seconds without a pop-up: the dialog is gone
			time.Sleep(100 * time.Millisecond)
			found := false
			fyne.DoAndWait(func() { found = e.localizePopups() })
			if found {
				idle = 0
			} else {
				idle++
			}
		}
	}()
}
