package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"banmian/article"
)

func selectWith(t *testing.T, o fyne.CanvasObject, option string) *widget.Select {
	t.Helper()
	var found *widget.Select
	walk(o, func(c fyne.CanvasObject) {
		if s, ok := c.(*widget.Select); ok && found == nil {
			for _, opt := range s.Options {
				if opt == option {
					found = s
				}
			}
		}
	})
	if found == nil {
		t.Fatalf("no choice %q in the inspector", option)
	}
	return found
}

// TestLeversInInspector: break before, keep together and a photo's height
// are set in the inspector as edits of the article (undoable) and reach
// the layout.
func TestLeversInInspector(t *testing.T) {
	e, _ := newTestEditor(t)
	scene := e.doc.Sections[0].Scenes[0].ID
	e.selectNode(scene)
	selectWith(t, e.inspector, "New column").SetSelected("New column")
	if el, _ := e.doc.Find(scene); el.Scn.BreakBefore != article.BreakColumn {
		t.Fatalf("break before: %q", el.Scn.BreakBefore)
	}
	e.Undo()
	if el, _ := e.doc.Find(scene); el.Scn.BreakBefore != "" {
		t.Errorf("undo left %q", el.Scn.BreakBefore)
	}
	var photo *article.Block
	for _, b := range e.doc.Blocks() {
		if b.Kind == article.Photo {
			photo = b
			break
		}
	}
	e.selectNode(photo.ID)
	selectWith(t, e.inspector, "1/4").SetSelected("1/4")
	if got := findBlock(e.doc, photo.ID).PhotoLayout().Size; got != 0.25 {
		t.Errorf("photo size %g", got)
	}
	// Width and place: the default template has one column, so the choices
	// are the template's and all columns.
	e.selectNode(photo.ID)
	selectWith(t, e.inspector, "Column top").SetSelected("Column top")
	if got := findBlock(e.doc, photo.ID).PhotoLayout(); got.Place != article.PlaceTop || got.Size != 0.25 {
		t.Errorf("photo layout after place: %+v", got)
	}
	e.selectNode(photo.ID)
	selectWith(t, e.inspector, "All columns").SetSelected("All columns")
	if got := findBlock(e.doc, photo.ID).PhotoLayout().Span; got != article.SpanAll {
		t.Errorf("photo span %d", got)
	}
	e.Undo()
	if got := findBlock(e.doc, photo.ID).PhotoLayout().Span; got != 0 {
		t.Errorf("undo left span %d", got)
	}
	para := e.doc.Sections[0].Scenes[0].Body[0].ID
	e.selectNode(para)
	var keep *widget.Check
	walk(e.inspector, func(c fyne.CanvasObject) {
		if ch, ok := c.(*widget.Check); ok && ch.Text == "Keep in one column" {
			keep = ch
		}
	})
	if keep == nil {
		t.Fatal("no keep-together check")
	}
	keep.SetChecked(true)
	if !findBlock(e.doc, para).KeepTogether {
		t.Error("keep together not set")
	}
}

// TestCopyfitMeter: on the A3 newspaper page (one page fixed) the status
// bar's meter says the story fits; three times the story is overset.
func TestCopyfitMeter(t *testing.T) {
	e, _ := newTestEditor(t)
	e.setTemplate("newspaper-a3")
	waitShown(t, e)
	for i := 0; i < 50 && e.status.meter.Text == ""; i++ {
		waitShown(t, e)
	}
	if m := e.status.meter; m.Color != meterColors["fits"] && m.Color != meterColors["underset"] {
		t.Errorf("meter %q (colour %v)", m.Text, m.Color)
	}
	e.edit("", func(a *article.Article) {
		for i := 0; i < 3; i++ {
			a.Sections = append(a.Sections, a.Clone().Sections...)
		}
		a.AssignIDs()
	})
	waitShown(t, e)
	if m := e.status.meter; m.Color != meterColors["overset"] {
		t.Errorf("overset meter %q (colour %v)", m.Text, m.Color)
	}
}
