package app

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

// showInspector fills the middle pane with the fields of the selection.
func (e *Editor) showInspector() {
	e.fields = nil
	var content fyne.CanvasObject
	switch e.selected {
	case nodeHeader, "":
		content = e.headerForm()
	case nodeLead:
		content = e.containerForm(lang.L("Lead"), lang.L("The blocks before the first keyword section."))
	case nodeFooter:
		content = e.footerForm()
	default:
		el, ok := e.doc.Find(e.selected)
		switch {
		case !ok:
			content = e.headerForm()
		case el.Blk != nil && el.Blk.Kind == article.Photo:
			content = e.photoForm(el.Blk.ID)
		case el.Blk != nil:
			content = e.textForm(el.Blk.ID)
		case el.Scn != nil:
			content = e.sceneForm(el.Scn.ID)
		default:
			content = e.sectionForm(el.Sec.ID)
		}
	}
	e.inspector.Objects = []fyne.CanvasObject{container.NewPadded(content)}
	e.inspector.Refresh()
	e.focusAfterRebuild()
}

// entry makes an entry showing value whose edits go through e.edit with key.
func (e *Editor) entry(key, value string, multi bool, apply func(a *article.Article, v string)) *field {
	en := e.newField(key, multi)
	en.SetText(value)
	en.OnChanged = func(v string) {
		if looksLikeArticle(v) && e.isEmpty() {
			e.offerImport(v)
			return
		}
		e.edit(key, func(a *article.Article) { apply(a, v) })
	}
	return en
}

// isEmpty reports an article with nothing typed in yet.
func (e *Editor) isEmpty() bool {
	a := e.doc
	return a.Headline == "" && len(a.Lead) <= 1 && len(a.Sections) == 0 && (len(a.Lead) == 0 || a.Lead[0].Text == "")
}

func heading(s string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return l
}

func (e *Editor) headerForm() fyne.CanvasObject {
	a := e.doc
	published := ""
	if a.Published != nil {
		published = a.Published.Format("2006-01-02 15:04 -07:00")
	}
	dateErr := widget.NewLabel("")
	dateErr.Importance = widget.DangerImportance
	dateEntry := e.newField("published", false)
	dateEntry.SetText(published)
	dateEntry.SetPlaceHolder("2019-08-07 19:39 +08:00")
	dateEntry.OnChanged = func(v string) {
		t, err := parseDate(v, a.IsChinese())
		if err != nil {
			dateErr.SetText(err.Error())
			return
		}
		dateErr.SetText("")
		e.edit("published", func(a *article.Article) { a.Published = t })
	}
	language := widget.NewSelect([]string{"zh-CN", "en"}, nil)
	language.SetSelected(a.Lang)
	language.OnChanged = func(v string) {
		if v != e.doc.Lang {
			e.edit("", func(a *article.Article) { a.Lang = v })
		}
	}
	var start fyne.CanvasObject = container.NewVBox()
	if e.isBlank() {
		start = e.startPanel()
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Channel"), e.entry("channel", strings.Join(a.Channel, " > "), false, func(a *article.Article, v string) { a.Channel = splitChannel(v) })),
		widget.NewFormItem(lang.L("Kicker"), e.entry("kicker", a.Kicker, false, func(a *article.Article, v string) { a.Kicker = v })),
		widget.NewFormItem(lang.L("Headline"), e.entry("headline", a.Headline, false, func(a *article.Article, v string) { a.Headline = v })),
		widget.NewFormItem(lang.L("Subtitle"), e.entry("subtitle", a.Subtitle, false, func(a *article.Article, v string) { a.Subtitle = v })),
		widget.NewFormItem(lang.L("Source"), e.entry("source", a.Source, false, func(a *article.Article, v string) { a.Source = v })),
		widget.NewFormItem(lang.L("Authors"), e.entry("authors", joinNames(a.Authors, a.IsChinese()), false, func(a *article.Article, v string) { a.Authors = splitNames(v) })),
		widget.NewFormItem(lang.L("Editor"), e.entry("editor", a.Editor, false, func(a *article.Article, v string) { a.Editor = v })),
		widget.NewFormItem(lang.L("Published"), container.NewVBox(dateEntry, dateErr)),
		widget.NewFormItem(lang.L("Byline"), e.entry("byline", a.Byline, true, func(a *article.Article, v string) { a.Byline = v })),
		widget.NewFormItem(lang.L("Language"), language),
	)
	return container.NewVBox(start, heading(lang.L("Header")), form)
}

func splitChannel(v string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == '>' || r == '›' || r == '/' || r == '＞' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitNames reads the Authors field: names are separated by the
// language's list separator (、 or ， in Chinese, commas in English), so
// "Lin Xiao, Zhou Hang" is two authors.
func splitNames(v string) []string {
	var out []string
	for _, n := range strings.FieldsFunc(v, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == '\n'
	}) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// splitKeywords reads a section's keywords ("检视 整改"): separated by spaces
// or list separators.
func splitKeywords(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' || r == '，' || r == '、' || r == '\u3000' })
}

// joinNames shows authors the way splitNames reads them.
func joinNames(names []string, zh bool) string {
	if zh {
		return strings.Join(names, "、")
	}
	return strings.Join(names, ", ")
}

// parseDate reads the Published field; an empty field clears the date.
// Without a zone, Chinese articles are in Beijing time and English ones in UTC.
func parseDate(v string, zh bool) (*time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, nil
	}
	loc := time.UTC
	if zh {
		loc = time.FixedZone("", 8*3600)
	}
	for _, f := range []string{"2006-01-02 15:04 -07:00", "2006-01-02 15:04:05 -07:00", "2006-01-02T15:04:05Z07:00"} {
		if t, err := time.Parse(f, v); err == nil {
			return &t, nil
		}
	}
	for _, f := range []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.ParseInLocation(f, v, loc); err == nil {
			return &t, nil
		}
	}
	return nil, errors.New(lang.L("Write the date as 2019-08-07 19:39 +08:00"))
}

func (e *Editor) footerForm() fyne.CanvasObject {
	f := e.doc.Footer
	linkErr := widget.NewLabel("")
	linkErr.Importance = widget.DangerImportance
	link := e.newField("link", false)
	link.SetText(f.Link)
	link.SetPlaceHolder("https://")
	link.OnChanged = func(v string) {
		if u, err := url.Parse(v); v != "" && (err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "") {
			linkErr.SetText(lang.L("The link must start with http:// or https://"))
			return
		}
		linkErr.SetText("")
		e.edit("link", func(a *article.Article) { a.Footer.Link = v })
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Credits"), e.entry("credits", strings.Join(f.Credits, "\n"), true, func(a *article.Article, v string) {
			a.Footer.Credits = nil
			for _, l := range strings.Split(v, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					a.Footer.Credits = append(a.Footer.Credits, l)
				}
			}
		})),
		widget.NewFormItem(lang.L("Copyright"), e.entry("copyright", f.Copyright, true, func(a *article.Article, v string) { a.Footer.Copyright = v })),
		widget.NewFormItem(lang.L("Link"), container.NewVBox(link, linkErr)),
	)
	return container.NewVBox(heading(lang.L("Footer")), form)
}

func (e *Editor) containerForm(title, help string) fyne.CanvasObject {
	l := widget.NewLabel(help)
	l.Wrapping = fyne.TextWrapWord
	return container.NewVBox(heading(title), l,
		widget.NewButtonWithIcon(lang.L("Add Paragraph"), theme.ContentAddIcon(), func() { e.AddBlock(article.Paragraph) }),
		widget.NewButtonWithIcon(lang.L("Add Photo…"), theme.FileImageIcon(), e.addPhotoDialog))
}

func (e *Editor) sectionForm(id string) fyne.CanvasObject {
	el, _ := e.doc.Find(id)
	s := el.Sec
	chips := container.NewHBox()
	showChips := func(kws []string) {
		chips.Objects = nil
		for _, k := range kws {
			bg := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
			bg.CornerRadius = 4
			t := canvas.NewText(k, theme.Color(theme.ColorNameForegroundOnPrimary))
			t.TextStyle.Bold = true
			chips.Add(container.NewStack(bg, container.NewPadded(t)))
		}
		chips.Refresh()
	}
	showChips(s.Keywords)
	kw := e.entry(id+".keywords", strings.Join(s.Keywords, " "), false, func(a *article.Article, v string) {
		el, ok := a.Find(id)
		if ok {
			el.Sec.Keywords = splitKeywords(v)
			showChips(el.Sec.Keywords)
		}
	})
	kw.SetPlaceHolder(lang.L("Keywords, separated by spaces"))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Keywords"), container.NewVBox(chips, kw)),
		widget.NewFormItem(lang.L("Title"), e.entry(id+".title", s.Title, false, func(a *article.Article, v string) {
			if el, ok := a.Find(id); ok {
				el.Sec.Title = v
			}
		})),
	)
	form.Append(lang.L("Starts"), e.breakSelect(id, s.BreakBefore, func(el article.Element, v string) { el.Sec.BreakBefore = v }))
	return container.NewVBox(heading(lang.L("Keyword Section")), form,
		container.NewHBox(
			widget.NewButtonWithIcon(lang.L("Add Scene"), theme.ContentAddIcon(), e.AddScene),
			widget.NewButtonWithIcon(lang.L("Add Paragraph"), theme.ContentAddIcon(), func() { e.AddBlock(article.Paragraph) })))
}

func (e *Editor) sceneForm(id string) fyne.CanvasObject {
	el, _ := e.doc.Find(id)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Label"), widget.NewLabel(el.Scn.Label)),
		widget.NewFormItem(lang.L("Title"), e.entry(id+".title", el.Scn.Title, false, func(a *article.Article, v string) {
			if el, ok := a.Find(id); ok {
				el.Scn.Title = v
			}
		})),
	)
	form.Append(lang.L("Starts"), e.breakSelect(id, el.Scn.BreakBefore, func(el article.Element, v string) { el.Scn.BreakBefore = v }))
	help := widget.NewLabel(lang.L("Scenes are numbered by their place in the section."))
	help.Wrapping = fyne.TextWrapWord
	return container.NewVBox(heading(lang.L("Scene")), form, help,
		widget.NewButtonWithIcon(lang.L("Add Paragraph"), theme.ContentAddIcon(), func() { e.AddBlock(article.Paragraph) }))
}

func (e *Editor) textForm(id string) fyne.CanvasObject {
	el, _ := e.doc.Find(id)
	b := el.Blk
	kinds := map[string]article.BlockKind{}
	var names []string
	current := ""
	for _, k := range article.TextKinds() {
		n := lang.L(k.Name)
		kinds[n] = k.Kind
		names = append(names, n)
		if k.Kind == b.Kind {
			current = n
		}
	}
	kind := widget.NewSelect(names, nil)
	kind.SetSelected(current)
	kind.OnChanged = func(n string) {
		e.edit("", func(a *article.Article) {
			if el, ok := a.Find(id); ok {
				el.Blk.Kind = kinds[n]
			}
		})
	}
	text := e.entry(id+".text", b.Text, true, func(a *article.Article, v string) {
		if el, ok := a.Find(id); ok {
			el.Blk.Text = v
		}
	})
	text.SetMinRowsVisible(10)
	ext := widget.NewButtonWithIcon(lang.L("Edit in External Editor"), theme.DocumentCreateIcon(), func() { e.editExternally(id) })
	return container.NewVBox(heading(e.doc.Path(id)), kind, text, ext, e.blockLevers(b))
}
