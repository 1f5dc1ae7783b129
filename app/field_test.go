package app

import (
	"fmt"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/internal/testimg"
	"banmian/job"
)

// TestFocusFollowsNewElement: after Add Paragraph or Add Scene the keyboard
// focus is in the new element's first field, so what the editor types goes
// there and not into the entry that was removed.
func TestFocusFollowsNewElement(t *testing.T) {
	e, w := newTestEditor(t)
	first := e.doc.Sections[0].Scenes[0].Body[0]
	e.selectNode(first.ID)
	w.Canvas().Focus(e.fields[0])
	test.Type(e.fields[0], "旧")
	before := findBlock(e.doc, first.ID).Text

	e.AddBlock(article.Paragraph)
	added := e.selected
	f, ok := w.Canvas().Focused().(*field)
	if !ok || f != e.fields[0] {
		t.Fatalf("focus is on %T, not the new paragraph's field", w.Canvas().Focused())
	}
	test.Type(f, "新段落")
	if got := findBlock(e.doc, added).Text; got != "新段落" {
		t.Errorf("the new paragraph holds %q", got)
	}
	if got := findBlock(e.doc, first.ID).Text; got != before {
		t.Errorf("typing changed the previous paragraph: %q", got)
	}

	e.selectNode(e.doc.Sections[0].Scenes[0].ID)
	e.AddScene()
	scene := e.selected
	f, ok = w.Canvas().Focused().(*field)
	if !ok {
		t.Fatalf("after Add Scene focus is on %T", w.Canvas().Focused())
	}
	test.Type(f, "场景标题")
	el, _ := e.doc.Find(scene)
	if el.Scn == nil || el.Scn.Title != "场景标题" {
		t.Errorf("the new scene's title is %+v", el.Scn)
	}

	// Selecting another element leaves no focus in a removed entry.
	e.selectNode(nodeFooter)
	if foc := w.Canvas().Focused(); foc != nil && !e.shows(foc) {
		t.Errorf("focus stayed on a removed entry (%T)", foc)
	}
}

// TestUndoShortcutsInFields: the shortcuts the desktop driver delivers to a
// focused field (ShortcutUndo for Ctrl+Z, ShortcutRedo for Ctrl+Y, a custom
// Ctrl+Shift+Z) undo and redo the article, and focus stays in the field.
func TestUndoShortcutsInFields(t *testing.T) {
	e, w := newTestEditor(t)
	e.selectNode(nodeHeader)
	start := docJSON(t, e.doc)
	head := fieldByKey(t, e, "headline")
	w.Canvas().Focus(head)
	test.Type(head, "甲乙")
	typed := docJSON(t, e.doc)
	if typed == start {
		t.Fatal("typing did not reach the article")
	}
	focusedField(t, w).TypedShortcut(&fyne.ShortcutUndo{})
	if docJSON(t, e.doc) != start {
		t.Fatal("Ctrl+Z in a field did not undo the article")
	}
	focusedField(t, w).TypedShortcut(&fyne.ShortcutRedo{})
	if docJSON(t, e.doc) != typed {
		t.Fatal("Ctrl+Y in a field did not redo")
	}
	focusedField(t, w).TypedShortcut(&fyne.ShortcutUndo{})
	focusedField(t, w).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if docJSON(t, e.doc) != typed {
		t.Fatal("Ctrl+Shift+Z in a field did not redo")
	}
	if f := focusedField(t, w); f.key != "headline" {
		t.Errorf("focus moved to %q", f.key)
	}
	// Unfocused, the window's shortcuts do the same.
	w.Canvas().Unfocus()
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if docJSON(t, e.doc) != start {
		t.Error("Ctrl+Z in the window did not undo")
	}
}

func fieldByKey(t *testing.T, e *Editor, key string) *field {
	t.Helper()
	for _, f := range e.fields {
		if f.key == key {
			return f
		}
	}
	t.Fatalf("no field %q", key)
	return nil
}

func focusedField(t *testing.T, w fyne.Window) *field {
	t.Helper()
	f, ok := w.Canvas().Focused().(*field)
	if !ok {
		t.Fatalf("focus is on %T, not a field", w.Canvas().Focused())
	}
	return f
}

// TestAuthorsSeparators: English names with spaces stay whole; the field
// shows authors with the language's separator.
func TestAuthorsSeparators(t *testing.T) {
	if got := splitNames("Lin Xiao, Zhou Hang"); len(got) != 2 || got[0] != "Lin Xiao" || got[1] != "Zhou Hang" {
		t.Errorf("English: %q", got)
	}
	if got := splitNames("何青、丁馨，任彬彬"); len(got) != 3 {
		t.Errorf("Chinese: %q", got)
	}
	if joinNames([]string{"何青", "丁馨"}, true) != "何青、丁馨" || joinNames([]string{"Lin Xiao", "Zhou Hang"}, false) != "Lin Xiao, Zhou Hang" {
		t.Error("join")
	}
	e, _ := newTestEditor(t)
	e.edit("", func(a *article.Article) { a.Lang = "en"; a.Authors = nil })
	e.selectNode(nodeHeader)
	test.Type(fieldByKey(t, e, "authors"), "Lin Xiao, Zhou Hang")
	if a := e.doc.Authors; len(a) != 2 || a[1] != "Zhou Hang" {
		t.Errorf("authors %q", a)
	}
}

// TestPasteArticleIntoField: a whole article pasted into a one-line field
// (the headline) is offered to the importer, not folded into the field;
// declining pastes it as text, accepting imports it (undoable).
func TestPasteArticleIntoField(t *testing.T) {
	e, w := newTestEditor(t)
	copy, err := os.ReadFile("../testdata/articles/reference-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	cb := e.app.Clipboard()
	cb.SetContent(string(copy))
	e.selectNode(nodeHeader)
	head := fieldByKey(t, e, "headline")
	w.Canvas().Focus(head)
	before := e.doc.Headline
	head.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if e.doc.Headline != before {
		t.Fatalf("the article went into the headline (%d characters)", len([]rune(e.doc.Headline)))
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the importer was not offered")
	}
	tapButton(t, top, "Import Article")
	if e.doc.Headline != "湖南省科技厅：做坚守初心 担当使命的科技人" || len(e.doc.Sections) == 0 {
		t.Errorf("not imported: headline %q", e.doc.Headline)
	}
	e.Undo()
	if e.doc.Headline != before {
		t.Errorf("undo gave headline %q", e.doc.Headline)
	}
}

func tapButton(t *testing.T, o fyne.CanvasObject, label string) {
	t.Helper()
	var btn *widget.Button
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == label && btn == nil {
			btn = b
		}
	})
	if btn == nil {
		t.Fatalf("no button %q", label)
	}
	test.Tap(btn)
}

// TestPreviewFollowsSelection: selecting an element on another page shows
// that page and frames the element; a preflight item does the same.
func TestPreviewFollowsSelection(t *testing.T) {
	e, _ := newTestEditor(t)
	p := e.preview
	if p.doc == nil || len(p.doc.Pages) < 2 {
		t.Skip("the sample fits one page")
	}
	// The last scene's first block prints on a later page.
	last := e.doc.Sections[len(e.doc.Sections)-1]
	id := last.Scenes[len(last.Scenes)-1].Body[0].ID
	page, _, ok := bounds(p.doc, id)
	if !ok || page == 0 {
		t.Fatalf("%s prints on page %d (%v)", id, page+1, ok)
	}
	e.selectNode(id)
	waitPage(t, p, page)
	if !p.view.mark.Visible() {
		t.Error("the element is not marked")
	}
	e.selectNode(nodeHeader)
	waitPage(t, p, 0)
	r, ok := p.markRect()
	if !ok || !p.view.mark.Visible() || r.W <= 0 {
		t.Errorf("the headline is not marked: %v %v", r, ok)
	}
}

func waitPage(t *testing.T, p *preview, page int) {
	t.Helper()
	for i := 0; i < 200 && p.page != page; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if p.page != page {
		t.Fatalf("the preview shows page %d, want %d", p.page+1, page+1)
	}
}

// TestFindReplaceBar: Ctrl+F finds across all fields with a count, Next
// selects the element, Replace All is one undo step.
func TestFindReplaceBar(t *testing.T) {
	e, w := newTestEditor(t)
	before := docJSON(t, e.doc)
	want := len(e.doc.FindText("书房", true))
	if want < 3 {
		t.Fatalf("the sample has %d 书房", want)
	}
	e.find.show(false)
	if w.Canvas().Focused() != e.find.query {
		t.Fatal("Find does not have the focus")
	}
	test.Type(e.find.query, "书房")
	if w.Canvas().Focused() != e.find.query || e.find.query.Text != "书房" {
		t.Fatalf("typing in Find lost the focus (%q)", e.find.query.Text)
	}
	if got := e.find.count.Text; got != fmt.Sprintf("1 / %d", want) {
		t.Errorf("count %q", got)
	}
	first := e.selected
	e.find.step(+1)
	if e.find.cur != 1 {
		t.Errorf("next: %d", e.find.cur)
	}
	m := e.find.matches[1]
	if nodeFor(m.ID) != e.selected {
		t.Errorf("next selected %s, match is in %s (first was %s)", e.selected, m.ID, first)
	}
	e.find.with.SetText("阅览室")
	e.find.replaceAll()
	if n := len(e.doc.FindText("书房", true)); n != 0 {
		t.Errorf("%d left after Replace All", n)
	}
	if e.find.count.Text != fmt.Sprintf("Replaced %d", want) {
		t.Errorf("count after Replace All: %q", e.find.count.Text)
	}
	e.Undo()
	if docJSON(t, e.doc) != before {
		t.Error("one undo does not bring back the text before Replace All")
	}
}

// TestRelinkInOneStep: after an import whose photos are elsewhere, the
// folder is asked for and every photo found there by name is attached in
// one undoable step.
func TestRelinkInOneStep(t *testing.T) {
	e, w := newTestEditor(t)
	dir := t.TempDir()
	if err := testimg.WriteReferencePhotos(dir, 60, 40); err != nil {
		t.Fatal(err)
	}
	copy, _ := os.ReadFile("../testdata/articles/reference-zh.txt")
	e.importText(string(copy))
	missing := job.MissingPhotos(e.doc)
	if missing != 5 {
		t.Fatalf("%d photos missing after import", missing)
	}
	// The summary, then the question for the folder.
	tapButton(t, w.Canvas().Overlays().Top(), "OK")
	if top := w.Canvas().Overlays().Top(); top == nil {
		t.Fatal("the photos folder was not asked for")
	} else {
		w.Canvas().Overlays().Remove(top)
	}
	before := docJSON(t, e.doc)
	e.relinkFrom(dir)
	if n := job.MissingPhotos(e.doc); n != 0 {
		t.Errorf("%d still missing", n)
	}
	e.Undo()
	if docJSON(t, e.doc) != before {
		t.Error("relinking is not one undo step")
	}
}
