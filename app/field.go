package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// field is an inspector entry. Undo and redo in it undo the article (typing
// is part of the article's history, coalesced per field), not the entry's
// own text history; every field of the shown inspector is listed in
// Editor.fields, so focus can follow the selection.
type field struct {
	widget.Entry
	e   *Editor
	key string // the history key of what it edits ("headline", "p3.text" …)
}

// newField makes a field, one-line or multi-line, and lists it.
func (e *Editor) newField(key string, multi bool) *field {
	f := &field{e: e, key: key}
	f.ExtendBaseWidget(f)
	if multi {
		f.MultiLine = true
		f.Wrapping = fyne.TextWrapWord
		f.SetMinRowsVisible(4)
	}
	e.fields = append(e.fields, f)
	return f
}

// TypedShortcut sends undo and redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z,
// Ctrl/Cmd+Y) to the editor; everything else to the entry.
func (f *field) TypedShortcut(s fyne.Shortcut) {
	if isUndo(s) {
		f.e.Undo()
		return
	}
	if isRedo(s) {
		f.e.Redo()
		return
	}
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		// A whole article pasted into any field (a one-line entry would
		// fold it into one line) is offered to the importer instead.
		if text := p.Clipboard.Content(); looksLikeArticle(text) {
			f.e.offerPastedArticle(text, func() { f.Entry.TypedShortcut(s) })
			return
		}
	}
	f.Entry.TypedShortcut(s)
}

func isUndo(s fyne.Shortcut) bool {
	if _, ok := s.(*fyne.ShortcutUndo); ok {
		return true
	}
	c, ok := s.(*desktop.CustomShortcut)
	return ok && c.KeyName == fyne.KeyZ && c.Modifier == fyne.KeyModifierShortcutDefault
}

func isRedo(s fyne.Shortcut) bool {
	if _, ok := s.(*fyne.ShortcutRedo); ok {
		return true
	}
	c, ok := s.(*desktop.CustomShortcut)
	return ok && (c.KeyName == fyne.KeyZ && c.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift ||
		c.KeyName == fyne.KeyY && c.Modifier == fyne.KeyModifierShortcutDefault)
}

// focusAfterRebuild settles keyboard focus once the inspector is rebuilt:
// on the first field of a new element, on the field of the same key after
// an undo or redo, else nowhere, so that typing never lands in an entry
// that is no longer shown.
func (e *Editor) focusAfterRebuild() {
	c := e.win.Canvas()
	want := e.focusKey
	first := e.focusFirst
	e.focusKey, e.focusFirst = "", false
	if first && len(e.fields) > 0 {
		c.Focus(e.fields[0])
		return
	}
	if want != "" {
		for _, f := range e.fields {
			if f.key == want {
				c.Focus(f)
				return
			}
		}
	}
	if f, ok := c.Focused().(*field); ok && !e.shows(f) {
		c.Unfocus() // a field of the inspector just replaced (the find bar keeps its focus)
	}
}

// shows reports whether o is one of the shown inspector's fields.
func (e *Editor) shows(o fyne.Focusable) bool {
	for _, f := range e.fields {
		if fyne.Focusable(f) == o {
			return true
		}
	}
	return false
}

// focusedKey is the key of the field that has focus, if one has.
func (e *Editor) focusedKey() string {
	if f, ok := e.win.Canvas().Focused().(*field); ok {
		return f.key
	}
	return ""
}
