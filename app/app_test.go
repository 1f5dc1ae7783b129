package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
	"banmian/internal/pdftest"
	"banmian/internal/testimg"
	"banmian/job"
	"banmian/layout"
)

// newTestEditor makes an editor on Fyne's test driver, showing the sample,
// and waits for its first preview.
func newTestEditor(t *testing.T) (*Editor, fyne.Window) {
	t.Helper()
	t.Setenv("LANGUAGE", "en_US") // the markup golden is in English
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	shown := make(chan struct{}, 16)
	e := New(a, w, "")
	// A recovery offer left by an earlier test (the test app's storage is
	// shared) would hold the focus in its dialog.
	for top := w.Canvas().Overlays().Top(); top != nil; top = w.Canvas().Overlays().Top() {
		w.Canvas().Overlays().Remove(top)
	}
	e.preview.onShown = func() { shown <- struct{}{} }
	e.shown = shown
	waitShown(t, e)
	e.loadSample("zh")
	waitShown(t, e)
	return e, w
}

func waitShown(t *testing.T, e *Editor) {
	t.Helper()
	select {
	case <-e.shown:
	case <-time.After(20 * time.Second):
		t.Fatal("the preview did not update")
	}
}

// walk visits every object under o, widgets' rendered children included.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, f)
		}
	}
}

func entryWithText(t *testing.T, o fyne.CanvasObject, text string) *widget.Entry {
	t.Helper()
	var found *widget.Entry
	walk(o, func(c fyne.CanvasObject) {
		if f, ok := c.(*field); ok && f.Text == text && found == nil {
			found = &f.Entry
		}
		if en, ok := c.(*widget.Entry); ok && en.Text == text && found == nil {
			found = en
		}
	})
	if found == nil {
		t.Fatalf("no entry holding %q", text)
	}
	return found
}

func docJSON(t *testing.T, a *article.Article) string {
	t.Helper()
	js, err := article.MarshalJSON(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(js)
}

// TestTypingHeadline: typing in the headline entry changes the model, and
// after the debounce the preview's pages.
func TestTypingHeadline(t *testing.T) {
	e, _ := newTestEditor(t)
	e.selectNode(nodeHeader)
	old := e.doc.Headline
	en := entryWithText(t, e.inspector, old)
	test.Type(en, "新")
	if e.doc.Headline != "新"+old {
		t.Fatalf("headline in the model = %q", e.doc.Headline)
	}
	waitShown(t, e)
	if e.preview.doc.Title != "新"+old {
		t.Errorf("preview shows %q", e.preview.doc.Title)
	}
	if !e.dirty || !strings.HasPrefix(e.win.Title(), "• ") {
		t.Errorf("not marked unsaved: %q", e.win.Title())
	}
}

// TestUndoRedo: a sequence of mixed edits undone and redone step by step
// restores the exact text each time.
func TestUndoRedo(t *testing.T) {
	e, _ := newTestEditor(t)
	var states []string
	states = append(states, docJSON(t, e.doc))
	e.selectNode(nodeHeader)
	test.Type(entryWithText(t, e.inspector, e.doc.Headline), "甲乙")
	states = append(states, docJSON(t, e.doc))
	e.selectNode(e.doc.Sections[0].ID)
	e.AddScene()
	states = append(states, docJSON(t, e.doc))
	e.selectNode(e.doc.Sections[0].Scenes[0].ID)
	e.Move(+1)
	states = append(states, docJSON(t, e.doc))
	photo := e.doc.Lead[0].ID
	e.selectNode(photo)
	e.edit("", func(a *article.Article) { a.Lead[0].Rotate = 90 })
	states = append(states, docJSON(t, e.doc))
	e.selectNode(e.doc.Lead[1].ID)
	e.Delete()
	states = append(states, docJSON(t, e.doc))
	for i := len(states) - 2; i >= 0; i-- {
		e.Undo()
		if got := docJSON(t, e.doc); got != states[i] {
			t.Fatalf("undo to step %d differs", i)
		}
	}
	if e.hist.canUndo() {
		t.Error("more undo steps than edits (typing was not coalesced)")
	}
	for i := 1; i < len(states); i++ {
		e.Redo()
		if got := docJSON(t, e.doc); got != states[i] {
			t.Fatalf("redo to step %d differs", i)
		}
	}
}

// TestScenesAndSections: add, move and delete update the outline and the labels.
func TestScenesAndSections(t *testing.T) {
	e, _ := newTestEditor(t)
	s0 := e.doc.Sections[0]
	e.selectNode(s0.Scenes[0].ID)
	e.AddScene()
	sc := e.doc.Sections[0].Scenes
	if len(sc) != 3 || sc[1].Label != "场景二" || sc[2].Label != "场景三" || e.selected != sc[1].ID {
		t.Fatalf("after add: %+v", sc)
	}
	if got := e.outline.label(sc[2].ID); got != "场景三" {
		t.Errorf("outline row = %q", got)
	}
	first := sc[0].ID
	e.selectNode(first)
	e.Move(+1)
	if e.doc.Sections[0].Scenes[1].ID != first || e.doc.Sections[0].Scenes[1].Label != "场景二" {
		t.Errorf("move down did not renumber")
	}
	// Drag a scene onto the other section: it becomes that section's last scene.
	e.moveTo(first, e.doc.Sections[1].ID, false)
	s1 := e.doc.Sections[1].Scenes
	if s1[len(s1)-1].ID != first || s1[len(s1)-1].Label != "场景三" {
		t.Errorf("drag to other section: %+v", s1)
	}
	e.selectNode(e.doc.Sections[0].ID)
	e.AddSection()
	if len(e.doc.Sections) != 3 || e.doc.Sections[1].ID != e.selected {
		t.Errorf("add section: %d sections", len(e.doc.Sections))
	}
	e.Delete()
	if len(e.doc.Sections) != 2 {
		t.Errorf("delete section: %d sections", len(e.doc.Sections))
	}
	if ids := e.outline.children(""); len(ids) != 5 { // header, lead, 2 sections, footer
		t.Errorf("outline root: %v", ids)
	}
}

// TestDropImage: dropping an image file adds a photo after the selection;
// a corrupt file gives a dialog naming it.
func TestDropImage(t *testing.T) {
	e, w := newTestEditor(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "新图.jpg")
	os.WriteFile(good, testimg.JPEG(320, 240, 1), 0o644)
	e.selectNode(e.doc.Lead[1].ID)
	n := len(e.doc.Lead)
	e.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(good)})
	if len(e.doc.Lead) != n+1 || e.doc.Lead[2].Kind != article.Photo || e.doc.Lead[2].File != "新图.jpg" {
		t.Fatalf("dropped photo not added after the selection")
	}
	bad := filepath.Join(dir, "坏图.jpg")
	os.WriteFile(bad, []byte("not a jpeg at all"), 0o644)
	bomb := filepath.Join(dir, "bomb.png")
	os.WriteFile(bomb, testimg.BombPNG(30000, 30000), 0o644)
	e.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(bad), storage.NewFileURI(bomb)})
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no error dialog")
	}
	var text strings.Builder
	walk(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text)
		}
		if l, ok := o.(*widget.RichText); ok {
			text.WriteString(l.String())
		}
	})
	if !strings.Contains(text.String(), "坏图.jpg") || !strings.Contains(text.String(), "bomb.png") || !strings.Contains(text.String(), "100 megapixels") {
		t.Errorf("error dialog says %q", text.String())
	}
	if len(e.doc.Lead) != n+1 {
		t.Error("a bad image was added")
	}
}

// TestExportPDF: the export the menu runs writes a PDF that pdfcpu accepts.
func TestExportPDF(t *testing.T) {
	e, _ := newTestEditor(t)
	done := make(chan string, 1)
	e.onExported = func(p string) { done <- p }
	path := filepath.Join(t.TempDir(), "out.pdf")
	e.exportPDF(path, "magazine-a4", job.PDFOptions{BleedMM: -1, Marks: true, CacheDir: t.TempDir()})
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("export did not finish")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pdftest.Validate(t, data)
	if !bytes.Contains(data, []byte("/Title")) {
		t.Error("no document info")
	}
}

// TestSaveReopen: save, open again, same article; the recovery copy goes.
func TestSaveReopen(t *testing.T) {
	e, _ := newTestEditor(t)
	e.edit("headline", func(a *article.Article) { a.Headline = "保存测试" })
	e.recovery.saveNow()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(e.recovery.file()); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := article.Load(e.recovery.file()); err != nil {
		t.Fatalf("recovery copy: %v", err)
	}
	e.path = filepath.Join(t.TempDir(), "a.banmian")
	e.save(nil)
	if e.dirty {
		t.Error("still dirty after save")
	}
	if _, err := os.Stat(e.recovery.file()); err == nil {
		t.Error("recovery copy left after save")
	}
	want := docJSON(t, e.doc)
	e.openPath(e.path)
	if docJSON(t, e.doc) != want {
		t.Error("reopened article differs")
	}
}

// TestRecoveryOffered: a recovery copy left behind is offered at the next start.
func TestRecoveryOffered(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	r := &recovery{dir: filepath.Join(a.Storage().RootURI().Path(), "recovery")}
	os.MkdirAll(r.dir, 0o700)
	doc := article.New("zh-CN")
	doc.Headline = "崩溃前的标题"
	if err := article.Save(r.file(), doc); err != nil {
		t.Fatal(err)
	}
	e := New(a, w, "")
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("recovery not offered")
	}
	// It is the recovery question, and accepting it brings the text back.
	asked := false
	walk(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Text == lang.L("Banmian closed without saving your last changes. Restore them?") {
			asked = true
		}
	})
	if !asked {
		t.Fatal("the dialog shown is not the recovery question")
	}
	tapButton(t, top, lang.L("Yes"))
	if e.doc.Headline != "崩溃前的标题" || !e.dirty {
		t.Errorf("after Restore: headline %q, dirty %v", e.doc.Headline, e.dirty)
	}
}

// TestInspectorMarkup pins the section inspector's widgets (keyword chips,
// keywords and title entries, buttons).
func TestInspectorMarkup(t *testing.T) {
	e, w := newTestEditor(t)
	w.Resize(fyne.NewSize(1280, 800))
	waitIdle(t)
	e.selectNode(e.doc.Sections[0].ID)
	waitIdle(t)
	// Under load the inspector may still be settling (a rebuild queued by
	// the preview's refresh): compare once two renders agree.
	prev := test.RenderObjectToMarkup(e.inspector)
	for i := 0; i < 40; i++ {
		time.Sleep(25 * time.Millisecond)
		cur := test.RenderObjectToMarkup(e.inspector)
		if cur == prev {
			break
		}
		prev = cur
	}
	test.AssertObjectRendersToMarkup(t, "inspector_section.xml", e.inspector)
}

// TestPreviewClickSelects: a tap on a paragraph in the preview selects it.
func TestPreviewClickSelects(t *testing.T) {
	e, _ := newTestEditor(t)
	var target *layout.TextRun
	for _, it := range e.preview.doc.Pages[0].Items {
		if r, ok := it.(*layout.TextRun); ok && strings.HasPrefix(r.ID, "p") && len(r.Glyphs) > 4 {
			target = r
			break
		}
	}
	if target == nil {
		t.Fatal("no paragraph on page 1")
	}
	z := float32(e.preview.zoom * dpPerPt)
	pos := fyne.NewPos(float32(target.X+target.Glyphs[2].X)*z, float32(target.Y-target.Size/3)*z)
	e.preview.view.Tapped(&fyne.PointEvent{Position: pos})
	if e.selected != target.ID {
		t.Errorf("selected %q, want %q", e.selected, target.ID)
	}
	e.preview.view.Tapped(&fyne.PointEvent{Position: fyne.NewPos(5, 5)}) // the margin
	if e.selected != target.ID {
		t.Error("a tap on the margin changed the selection")
	}
}

// TestFirstPreviewDoesNotWaitForPhotos: with a 24-megapixel photo, the first
// preview is shown before the photo is decoded (it is drawn grey, then again
// when the background decoding ends).
func TestFirstPreviewDoesNotWaitForPhotos(t *testing.T) {
	e, _ := newTestEditor(t)
	big, err := article.NewAsset("big.jpg", testimg.JPEG(6000, 4000, 9))
	if err != nil {
		t.Fatal(err)
	}
	a := e.doc.Clone()
	a.Lead[0].Asset = a.AddAsset(big)
	a.PruneAssets()
	decodedAtFirst := make(chan bool, 4)
	e.preview.onShown = func() { decodedAtFirst <- e.preview.render.Decoded(big.ID) }
	e.setArticle(a, "", false)
	select {
	case d := <-decodedAtFirst:
		if d {
			t.Error("the first preview waited for the photo to be decoded")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no preview")
	}
	deadline := time.Now().Add(30 * time.Second)
	for !e.preview.render.Decoded(big.ID) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if !e.preview.render.Decoded(big.ID) {
		t.Error("the photo was never decoded in the background")
	}
}

// waitIdle waits until no photo is being decoded for the preview: the test
// driver runs the preview's fyne.Do work on the decoding goroutine, which
// would lay out widgets while a test reads them.
func waitIdle(t *testing.T) {
	t.Helper()
	for i := 0; i < 500; i++ {
		busy := false
		priming.Range(func(any, any) bool { busy = true; return false })
		if !busy {
			time.Sleep(50 * time.Millisecond) // the last rerender's fyne.Do
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the preview's photos did not finish decoding")
}
