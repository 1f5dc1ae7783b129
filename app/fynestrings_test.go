package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// TestFyneStringsLocalized: the strings Fyne's file dialogs hard-code get
// the interface's wording in a pop-up: a confirm's title and question, and
// the names in the list of places.
func TestFyneStringsLocalized(t *testing.T) {
	e, w := newTestEditor(t)
	article.SetMessageLanguage("zh")
	defer article.SetMessageLanguage("en")
	// Texts whose English wording differs too, so the test sees the change
	// whatever the interface language.
	title := widget.NewLabel("Files cannot replace a directory,\ncheck the file name and try again")
	question := widget.NewLabel(overwritePrefix + "old.banmian?")
	places := []string{"Files cannot replace a directory,\ncheck the file name and try again", "Computer"}
	list := widget.NewList(func() int { return len(places) },
		func() fyne.CanvasObject { return container.NewHBox(widget.NewIcon(nil), widget.NewLabel("")) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*fyne.Container).Objects[1].(*widget.Label).SetText(places[i])
		})
	pop := widget.NewModalPopUp(container.NewVBox(title, question, container.NewHSplit(list, widget.NewLabel(""))), w.Canvas())
	pop.Show()
	defer pop.Hide()
	if !e.localizePopups() {
		t.Fatal("no pop-up found")
	}
	want := lang.L("A file cannot replace a folder: check the name and try again.")
	if title.Text != want || question.Text != "The file old.banmian exists. Replace it?" && question.Text != "文件“old.banmian”已存在，要替换吗？" {
		t.Errorf("confirm: %q / %q", title.Text, question.Text)
	}
	row := list.CreateItem()
	list.UpdateItem(0, row)
	if got := row.(*fyne.Container).Objects[1].(*widget.Label).Text; got != want {
		t.Errorf("place: %q", got)
	}
}
