package app

import (
	"image/color"

	"fmt"
	"strings"
	"unicode"

	"fyne.io/fyne/v2/canvas"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/job"
	"banmian/layout"
)

// statusBar shows pages, counts, the template and the preflight summary.
type statusBar struct {
	e         *Editor
	content   fyne.CanvasObject
	pages     *widget.Label
	count     *widget.Label
	tmpl      *widget.Label
	meter     *canvas.Text // copyfit: blue underset, red overset, green fits
	preflight *widget.Button
	warnings  []layout.Warning
}

func newStatusBar(e *Editor) *statusBar {
	s := &statusBar{e: e, pages: widget.NewLabel(""), count: widget.NewLabel(""), tmpl: widget.NewLabel(""), meter: canvas.NewText("", nil)}
	s.meter.TextStyle.Bold = true
	s.preflight = widget.NewButton("", s.showList)
	s.preflight.Importance = widget.LowImportance
	s.content = container.NewHBox(s.pages, widget.NewSeparator(), s.count, widget.NewSeparator(), s.tmpl, widget.NewSeparator(), s.meter, s.preflight)
	s.refresh(nil)
	return s
}

// meterColors are InCopy's: green fits, blue underset, red overset.
var meterColors = map[string]color.Color{
	"fits":     color.NRGBA{0x2e, 0x9d, 0x4f, 0xff},
	"underset": color.NRGBA{0x2f, 0x6f, 0xdb, 0xff},
	"overset":  color.NRGBA{0xd0, 0x2b, 0x2b, 0xff},
}

// refresh updates the bar; doc is the latest layout (nil keeps the page count).
func (s *statusBar) refresh(doc *layout.Document) {
	if doc != nil {
		s.pages.SetText(fmt.Sprintf(lang.L("Pages: %d"), len(doc.Pages)))
		s.warnings = doc.Warnings
		// Print checks for the template's PDF/X settings (what a printer
		// would reject in the PDF/X export the template suggests).
		if t := doc.Template; t != nil && t.Print.PDFX != "" {
			if level, prof, err := job.PrintSettings(t, "auto", ""); err == nil {
				s.warnings = append(append([]layout.Warning(nil), doc.Warnings...), job.PrintPreflight(s.e.doc, doc, level, prof)...)
			}
		}
		kind, text := job.Meter(doc)
		s.meter.Text = text
		s.meter.Color = meterColors[kind]
		s.meter.Refresh()
	}
	chars, words := countText(s.e.doc)
	if s.e.doc.IsChinese() {
		s.count.SetText(fmt.Sprintf(lang.L("%d characters, %d words"), chars, words))
	} else {
		s.count.SetText(fmt.Sprintf(lang.L("%d words"), words)) // Han characters are not what an English story counts
	}
	s.tmpl.SetText(lang.L("Template") + ": " + templateLabel(s.e.tmplName))
	errs := 0
	for _, w := range s.warnings {
		if w.Severity == layout.SevError {
			errs++
		}
	}
	s.preflight.SetText(fmt.Sprintf(lang.L("Preflight: %d errors, %d warnings"), errs, len(s.warnings)-errs))
	if errs > 0 {
		s.preflight.Importance = widget.DangerImportance
	} else {
		s.preflight.Importance = widget.LowImportance
	}
	s.preflight.Refresh()
}

// countText counts Chinese characters and Latin words of the body.
func countText(a *article.Article) (chars, words int) {
	count := func(s string) {
		inWord := false
		for _, r := range s {
			switch {
			case unicode.Is(unicode.Han, r):
				chars++
				inWord = false
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if !inWord {
					words++
				}
				inWord = true
			default:
				inWord = false
			}
		}
	}
	count(a.Headline)
	count(a.Subtitle)
	for _, b := range a.Blocks() {
		count(b.Text)
		count(b.Caption)
	}
	for _, s := range a.Sections {
		count(s.Title)
	}
	return chars, words
}

// showList opens the preflight findings; choosing one selects its element.
func (s *statusBar) showList() {
	if len(s.warnings) == 0 {
		dialog.ShowInformation(lang.L("Preflight"), lang.L("No problems found."), s.e.win)
		return
	}
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(s.warnings) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			w := s.warnings[i]
			mark := "⚠"
			if w.Severity == layout.SevError {
				mark = "✖"
			}
			o.(*widget.Label).SetText(mark + " " + w.Path + ": " + w.Message)
		})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		s.e.selectNode(nodeFor(strings.TrimSpace(s.warnings[i].ID)))
	}
	box := container.NewStack(list)
	d = dialog.NewCustom(lang.L("Preflight"), lang.L("Close"), box, s.e.win)
	d.Resize(fyne.NewSize(720, 420))
	d.Show()
}
