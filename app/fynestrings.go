package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// Some strings of Fyne's file dialogs are not passed through its
// translation API ("Overwrite?" and its question, "Cannot overwrite"); while
// such a dialog may show, the window's pop-ups are looked at and those
// labels given the interface's wording. (The favourite places of the file
// dialog, "Home" and "Computer", are drawn inside a list that cannot be
// reached from outside and stay in English.)

var fyneStrings = []struct{ en, key string }{
	{"Overwrite?", "Overwrite?"},
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
		eachLabel(pop.Content, func(l *widget.Label) {
			for _, s := range fyneStrings {
				if l.Text == s.en {
					l.SetText(lang.L(s.key))
				}
			}
			if strings.HasPrefix(l.Text, overwritePrefix) {
				name := strings.TrimSuffix(strings.TrimPrefix(l.Text, overwritePrefix), "?")
				l.SetText(strings.ReplaceAll(lang.L("The file %s exists. Replace it?"), "%s", name))
			}
		})
	}
	return found
}

// eachLabel visits the labels in containers under o.
func eachLabel(o fyne.CanvasObject, f func(*widget.Label)) {
	switch v := o.(type) {
	case *widget.Label:
		f(v)
	case *fyne.Container:
		for _, c := range v.Objects {
			eachLabel(c, f)
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
