package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"banmian/assets"
)

func shortcut(key fyne.KeyName, shift bool) *desktop.CustomShortcut {
	m := fyne.KeyModifierShortcutDefault
	if shift {
		m |= fyne.KeyModifierShift
	}
	return &desktop.CustomShortcut{KeyName: key, Modifier: m}
}

// commands with their shortcuts, shared by the menus and the window.
//
// Undo and redo are fyne.ShortcutUndo/ShortcutRedo, which the desktop
// driver makes of Ctrl/Cmd+Z and Ctrl/Cmd+Y (a CustomShortcut for them never
// matches); Ctrl/Cmd+Shift+Z arrives as a CustomShortcut. Menu shortcuts win
// over the focused entry, and inspector fields pass them on (field.go).
func (e *Editor) commands() map[string]struct {
	sc fyne.Shortcut
	fn func()
} {
	type cmd = struct {
		sc fyne.Shortcut
		fn func()
	}
	return map[string]cmd{
		"new":     {shortcut(fyne.KeyN, false), e.newArticle},
		"open":    {shortcut(fyne.KeyO, false), e.openDialog},
		"save":    {shortcut(fyne.KeyS, false), func() { e.save(nil) }},
		"saveas":  {shortcut(fyne.KeyS, true), func() { e.saveAs(nil) }},
		"export":  {shortcut(fyne.KeyE, false), e.exportPDFDialog},
		"exporth": {shortcut(fyne.KeyE, true), e.exportHTMLDialog},
		"undo":    {&fyne.ShortcutUndo{}, e.Undo},
		"redo":    {shortcut(fyne.KeyZ, true), e.Redo},
		"redo2":   {&fyne.ShortcutRedo{}, e.Redo},
		"paste":   {shortcut(fyne.KeyV, true), e.pasteArticle},
		"find":    {shortcut(fyne.KeyF, false), func() { e.find.show(false) }},
		"replace": {shortcut(fyne.KeyH, false), func() { e.find.show(true) }},
		"quit":    {shortcut(fyne.KeyQ, false), e.quit},
		"zoomin":  {shortcut(fyne.KeyEqual, false), func() { e.preview.setZoom(e.preview.zoom * 1.25) }},
		"zoomout": {shortcut(fyne.KeyMinus, false), func() { e.preview.setZoom(e.preview.zoom / 1.25) }},
		"up":      {&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}, func() { e.Move(-1) }},
		"down":    {&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}, func() { e.Move(+1) }},
	}
}

func (e *Editor) addShortcuts() {
	for _, c := range e.commands() {
		fn := c.fn
		e.win.Canvas().AddShortcut(c.sc, func(fyne.Shortcut) { fn() })
	}
}

func (e *Editor) item(label, cmd string) *fyne.MenuItem {
	c := e.commands()[cmd]
	it := fyne.NewMenuItem(label, c.fn)
	it.Shortcut = c.sc
	return it
}

func (e *Editor) mainMenu() *fyne.MainMenu {
	recent := fyne.NewMenuItem(lang.L("Open Recent"), nil)
	var items []*fyne.MenuItem
	for _, p := range e.recent() {
		path := p
		items = append(items, fyne.NewMenuItem(filepath.Base(path)+"  —  "+filepath.Dir(path), func() {
			e.confirmDiscard(func() { e.openPath(path) })
		}))
	}
	if len(items) == 0 {
		items = append(items, &fyne.MenuItem{Label: lang.L("(none)"), Disabled: true})
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	quit := e.item(lang.L("Quit"), "quit")
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("File"),
		e.item(lang.L("New"), "new"),
		fyne.NewMenuItem(lang.L("Import Text…"), e.importDialog),
		e.item(lang.L("Open…"), "open"),
		recent,
		fyne.NewMenuItemSeparator(),
		e.item(lang.L("Save"), "save"),
		e.item(lang.L("Save As…"), "saveas"),
		fyne.NewMenuItemSeparator(),
		e.item(lang.L("Export PDF…"), "export"),
		e.item(lang.L("Export HTML…"), "exporth"),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Edit Article in External Editor"), func() { e.editExternally("") }),
		fyne.NewMenuItem(lang.L("Preferences…"), e.preferencesDialog),
		fyne.NewMenuItemSeparator(),
		quit)
	editItems := []*fyne.MenuItem{
		e.item(lang.L("Undo"), "undo"),
		e.item(lang.L("Redo"), "redo"),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Cut"), func() { e.clipboardKey(&fyne.ShortcutCut{Clipboard: e.app.Clipboard()}) }),
		fyne.NewMenuItem(lang.L("Copy"), func() { e.clipboardKey(&fyne.ShortcutCopy{Clipboard: e.app.Clipboard()}) }),
		fyne.NewMenuItem(lang.L("Paste"), func() { e.clipboardKey(&fyne.ShortcutPaste{Clipboard: e.app.Clipboard()}) }),
		e.item(lang.L("Paste Article"), "paste"),
		fyne.NewMenuItemSeparator(),
		e.item(lang.L("Find..."), "find"),
		e.item(lang.L("Replace..."), "replace"),
		fyne.NewMenuItemSeparator(),
	}
	editItems = append(editItems, e.addItems()...)
	editItems = append(editItems,
		fyne.NewMenuItem(lang.L("Duplicate"), e.Duplicate),
		fyne.NewMenuItem(lang.L("Delete"), e.Delete),
		e.item(lang.L("Move Up"), "up"),
		e.item(lang.L("Move Down"), "down"))
	edit := fyne.NewMenu(lang.L("Edit"), editItems...)
	view := fyne.NewMenu(lang.L("View"),
		e.item(lang.L("Zoom In"), "zoomin"),
		e.item(lang.L("Zoom Out"), "zoomout"),
		fyne.NewMenuItem(lang.L("Fit Width"), e.preview.fitWidth),
		fyne.NewMenuItem(lang.L("Show Trim and Bleed"), e.preview.toggleBleed),
		fyne.NewMenuItem(lang.L("Preflight…"), e.status.showList))
	var tmpls []*fyne.MenuItem
	for _, n := range assets.TemplateNames() {
		name := n
		it := fyne.NewMenuItem(templateLabel(name), func() { e.setTemplate(name) })
		it.Checked = name == e.tmplName
		tmpls = append(tmpls, it)
	}
	tmpls = append(tmpls, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Template File…"), e.templateFileDialog),
		fyne.NewMenuItem(lang.L("Page Setup…"), e.pageSetupDialog),
		e.fitMenu(),
		e.punctuationMenu(),
		e.strictnessMenu())
	layoutMenu := fyne.NewMenu(lang.L("Layout"), tmpls...)
	help := fyne.NewMenu(lang.L("Help"),
		fyne.NewMenuItem(lang.L("Keyboard Shortcuts"), e.shortcutsDialog),
		fyne.NewMenuItem(lang.L("About Banmian"), e.aboutDialog))
	return fyne.NewMainMenu(file, edit, view, layoutMenu, help)
}

// clipboardKey sends a clipboard shortcut to the focused entry.
func (e *Editor) clipboardKey(s fyne.Shortcut) {
	if f, ok := e.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
	}
}

func (e *Editor) openDialog()   { e.openFileDialog(".banmian", ".txt", ".docx", ".html", ".htm") }
func (e *Editor) importDialog() { e.openFileDialog(".txt", ".text", ".docx", ".html", ".htm") }

// openFileDialog asks (after unsaved changes are settled) for a file to open
// or import.
func (e *Editor) openFileDialog(exts ...string) {
	e.confirmDiscard(func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			e.openPath(path)
		}, e.win)
		d.SetFilter(storage.NewExtensionFileFilter(exts))
		d.Show()
		e.watchFileDialog()
	})
}

func (e *Editor) shortcutsDialog() {
	rows := [][2]string{
		{"Ctrl+N", lang.L("New")}, {"Ctrl+O", lang.L("Open…")}, {"Ctrl+S", lang.L("Save")}, {"Ctrl+Shift+S", lang.L("Save As…")},
		{"Ctrl+E", lang.L("Export PDF…")}, {"Ctrl+Shift+E", lang.L("Export HTML…")}, {"Ctrl+Z", lang.L("Undo")},
		{"Ctrl+Shift+Z / Ctrl+Y", lang.L("Redo")}, {"Ctrl+Shift+V", lang.L("Paste Article")}, {"Ctrl+F", lang.L("Find...")}, {"Ctrl+H", lang.L("Replace...")}, {"Alt+↑ / Alt+↓", lang.L("Move Up") + " / " + lang.L("Move Down")},
		{"Ctrl+= / Ctrl+-", lang.L("Zoom In") + " / " + lang.L("Zoom Out")}, {"Ctrl+Q", lang.L("Quit")},
	}
	form := widget.NewForm()
	for _, r := range rows {
		form.Append(r[0], widget.NewLabel(r[1]))
	}
	dialog.ShowCustom(lang.L("Keyboard Shortcuts"), lang.L("Close"), form, e.win)
}

func (e *Editor) aboutDialog() {
	md := widget.NewRichTextFromMarkdown(lang.L("**Banmian 版面** — editorial layout for Chinese and English news features.") + "\n\n" +
		lang.L("Fonts: Banmian Song and Banmian Hei, modified from Noto CJK under the SIL Open Font License 1.1."))
	md.Wrapping = fyne.TextWrapWord
	dialog.ShowCustom(lang.L("About Banmian"), lang.L("Close"), container.NewPadded(md), e.win)
}
