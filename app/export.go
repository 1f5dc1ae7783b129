package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/assets"
	"banmian/job"
	"banmian/layout"
)

// templateChoices lists the bundled templates and the current one.
func (e *Editor) templateChoices() []string {
	names := assets.TemplateNames()
	for _, n := range names {
		if n == e.tmplName {
			return names
		}
	}
	return append(names, e.tmplName)
}

func (e *Editor) exportPDFDialog() {
	tmpl := newTemplateSelect(e.templateChoices(), e.tmplName)
	bleed := widget.NewEntry()
	bleed.SetText(strconv.FormatFloat(e.tmpl.Page.BleedMM, 'f', -1, 64))
	marks := widget.NewCheck(lang.L("Crop marks"), nil)
	keep := widget.NewCheck(lang.L("Keep photos as they are (no downsampling)"), nil)
	level, profile := e.printChoices()
	form := []*widget.FormItem{
		widget.NewFormItem(lang.L("Template"), tmpl.Select),
		widget.NewFormItem(lang.L("Bleed (mm)"), bleed),
		widget.NewFormItem("", marks),
		widget.NewFormItem("", keep),
		widget.NewFormItem(lang.L("Print standard"), level),
		widget.NewFormItem(lang.L("Press profile"), profile),
	}
	dialog.ShowForm(lang.L("Export PDF"), lang.L("Export…"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		b, err := strconv.ParseFloat(strings.TrimSpace(bleed.Text), 64)
		if err != nil || b < 0 || b > job.MaxBleedMM {
			e.showError(errors.New(lang.L("Bleed must be a number of millimetres from 0 to 20")))
			return
		}
		opt := job.PDFOptions{BleedMM: b, Marks: marks.Checked, KeepImages: keep.Checked}
		opt.PDFX, opt.Profile = printValue(level.Selected, profile.Selected)
		e.saveDialog(suggestName(e.doc)+".pdf", []string{".pdf"}, func(path string) {
			name := tmpl.name()
			if name == e.tmplName {
				name = "" // the article's own, with its page setup
			}
			e.exportPDF(path, name, opt)
		})
	}, e.win)
}

// exportPDF lays out the article with the named template (or, for "",
// the article's own with its page setup) and writes the PDF.
func (e *Editor) exportPDF(path, tmpl string, opt job.PDFOptions) {
	t0 := e.tmpl
	e.runExport(path, func(a *article.Article) error {
		t := t0
		if tmpl != "" {
			var err error
			if t, err = job.Template(a, e.dir(), tmpl); err != nil {
				return err
			}
		}
		doc, err := job.Layout(a, t)
		if err != nil {
			return err
		}
		return job.ExportPDF(path, doc, opt)
	})
}

func (e *Editor) exportHTMLDialog() {
	form := widget.NewRadioGroup([]string{lang.L("One self-contained file"), lang.L("A folder (index.html, style.css, images)")}, nil)
	form.SetSelected(lang.L("One self-contained file"))
	dialog.ShowCustomConfirm(lang.L("Export HTML"), lang.L("Export…"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		t := e.tmpl
		if form.Selected == lang.L("One self-contained file") {
			e.saveDialog(suggestName(e.doc)+".html", []string{".html"}, func(path string) {
				e.runExport(path, func(a *article.Article) error { return job.ExportHTML(path, false, a, t, nil) })
			})
			return
		}
		dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil || u == nil {
				return
			}
			dir := u.Path()
			e.runExport(filepath.Join(dir, "index.html"), func(a *article.Article) error { return job.ExportHTML(dir, true, a, t, nil) })
		}, e.win)
		e.watchFileDialog()
	}, e.win)
}

// saveDialog asks for a file to write, with the extension added when missing.
func (e *Editor) saveDialog(name string, exts []string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // unwritten: nothing was created or truncated (savefiles.go)
		if !strings.EqualFold(filepath.Ext(path), exts[0]) {
			path += exts[0]
		}
		then(path)
	}, e.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Show()
	e.watchFileDialog()
}

// runExport runs an export off the UI goroutine with a progress dialog,
// then offers to open the containing folder; errors are shown in a dialog.
func (e *Editor) runExport(path string, do func(a *article.Article) error) {
	snap := e.doc.Clone()
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Exporting…"), container.NewVBox(widget.NewLabel(filepath.Base(path)), bar), e.win)
	prog.Show()
	go func() {
		err := do(snap)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				e.showError(err)
				return
			}
			e.exported(path)
		})
	}()
}

// exported tells where the file went, with a button to open its folder.
func (e *Editor) exported(path string) {
	var d dialog.Dialog
	open := widget.NewButton(lang.L("Open Folder"), func() {
		d.Hide()
		e.openFolder(filepath.Dir(path))
	})
	// The file name and its folder on lines of their own, in a dialog wide
	// enough for a path (a 150 px dialog broke paths mid-word).
	name := widget.NewLabelWithStyle(filepath.Base(path), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapBreak
	folder := widget.NewLabel(fmt.Sprintf(lang.L("in %s"), filepath.Dir(path)))
	folder.Wrapping = fyne.TextWrapBreak
	d = dialog.NewCustom(lang.L("Export Finished"), lang.L("OK"), container.NewVBox(name, folder, open), e.win)
	d.Resize(fyne.NewSize(min(640, e.win.Canvas().Size().Width-40), 0))
	d.Show()
	if e.onExported != nil {
		e.onExported(path)
	}
}

func (e *Editor) templateFileDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		e.setTemplate(path)
		e.win.SetMainMenu(e.mainMenu())
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
	e.watchFileDialog()
}

// pageSetupDialog changes page size, margins, columns and bleed; the result
// is saved in the article (article.Layout.Page) over its template, so the
// template file and the fonts it names stay where they are.
func (e *Editor) pageSetupDialog() {
	t := *e.tmpl
	size := widget.NewSelect([]string{"A4", "A3", "A5", "Letter", "Legal", "Tabloid"}, nil)
	size.SetSelected(t.Page.Size)
	num := func(v float64) *widget.Entry {
		en := widget.NewEntry()
		en.SetText(strconv.FormatFloat(v, 'f', -1, 64))
		return en
	}
	m := t.Page.Margins
	top, bottom, left, right := num(m.Top), num(m.Bottom), num(m.Left), num(m.Right)
	cols := widget.NewSelect([]string{"1", "2", "3", "4", "5", "6"}, nil)
	cols.SetSelected(strconv.Itoa(t.Page.Columns))
	gutter, bleed := num(t.Page.GutterMM), num(t.Page.BleedMM)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Page size"), size),
		widget.NewFormItem(lang.L("Top margin (mm)"), top), widget.NewFormItem(lang.L("Bottom margin (mm)"), bottom),
		widget.NewFormItem(lang.L("Left margin (mm)"), left), widget.NewFormItem(lang.L("Right margin (mm)"), right),
		widget.NewFormItem(lang.L("Columns"), cols), widget.NewFormItem(lang.L("Gutter (mm)"), gutter),
		widget.NewFormItem(lang.L("Bleed (mm)"), bleed),
	}
	dialog.ShowForm(lang.L("Page Setup"), lang.L("Apply"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := e.applyPageSetup(size.Selected, cols.Selected, []string{top.Text, bottom.Text, left.Text, right.Text, gutter.Text, bleed.Text}); err != nil {
			e.showError(err)
		}
	}, e.win)
}

// applyPageSetup checks the page against the article's template and saves
// what differs from the template in the article (undoable).
func (e *Editor) applyPageSetup(size, cols string, nums []string) error {
	var v [6]float64
	for i, s := range nums {
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return fmt.Errorf(lang.L("%q is not a number of millimetres"), s)
		}
		v[i] = f
	}
	n, _ := strconv.Atoi(cols)
	gutter, bleed := v[4], v[5]
	want := article.PageSetup{Size: size, Columns: n, GutterMM: &gutter, BleedMM: &bleed,
		Margins: &article.PageMargins{Top: v[0], Bottom: v[1], Left: v[2], Right: v[3]}}
	plain := e.doc.Clone()
	plain.Layout = &article.Layout{Template: e.doc.TemplateName("")}
	dir := ""
	if e.path != "" {
		dir = filepath.Dir(e.path)
	}
	override := ""
	if plain.Layout.Template == "" {
		override = e.tmplName
	}
	base, err := layout.TemplateFor(plain, dir, override)
	if err != nil {
		return err
	}
	t, err := base.WithPage(want)
	if err != nil {
		return err
	}
	page := layout.PageSetupOf(base, t)
	e.edit("", func(a *article.Article) {
		if a.Layout == nil {
			a.Layout = &article.Layout{}
		}
		a.Layout.Page = page
	})
	e.refreshTemplate()
	return nil
}

func (e *Editor) preferencesDialog() {
	p := e.app.Preferences()
	langs := map[string]string{lang.L("System"): "", "中文": "zh", "English": "en"}
	langSel := widget.NewSelect([]string{lang.L("System"), "中文", "English"}, nil)
	for k, v := range langs {
		if v == p.String(prefLanguage) {
			langSel.SetSelected(k)
		}
	}
	tmpl := newTemplateSelect(assets.TemplateNames(), p.StringWithFallback(prefTemplate, layout.DefaultTemplate))
	auto := widget.NewEntry()
	auto.SetText(strconv.Itoa(p.IntWithFallback(prefAutosave, defaultAutosave)))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Interface language"), langSel),
		widget.NewFormItem(lang.L("Default template"), tmpl.Select),
		widget.NewFormItem(lang.L("Recovery copy every (s)"), auto),
	}
	dialog.ShowForm(lang.L("Preferences"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(auto.Text))
		if err != nil || n < 0 {
			e.showError(errors.New(lang.L("The recovery interval is a whole number of seconds (0 turns it off)")))
			return
		}
		p.SetInt(prefAutosave, n)
		p.SetString(prefTemplate, tmpl.name())
		if v := langs[langSel.Selected]; v != p.String(prefLanguage) {
			p.SetString(prefLanguage, v)
			dialog.ShowInformation(lang.L("Preferences"), lang.L("The interface language changes at the next start."), e.win)
		}
		e.recovery.start()
	}, e.win)
}
