package article

import (
	"strings"
	"testing"
)

func labels(a *Article) string {
	var b []string
	for _, s := range a.Sections {
		var ls []string
		for _, c := range s.Scenes {
			ls = append(ls, c.Label+":"+c.Title)
		}
		b = append(b, s.Title+"["+strings.Join(ls, ",")+"]")
	}
	return strings.Join(b, " ")
}

func TestEditOperations(t *testing.T) {
	a := sample(t)
	a.Sections[0].Scenes[0].Title = "A"
	b := a.InsertScene("c1", Scene{Title: "B"})
	a.InsertScene(b, Scene{Title: "C"})
	if got := labels(a); got != "小标题[场景一:A,场景二:B,场景三:C]" {
		t.Fatalf("after inserts: %s", got)
	}
	if err := a.Move(b, +1); err != nil || labels(a) != "小标题[场景一:A,场景二:C,场景三:B]" {
		t.Errorf("move down: %v %s", err, labels(a))
	}
	if err := a.Move("c1", -1); err != ErrCannotMove {
		t.Errorf("move first up: %v", err)
	}
	s2 := a.InsertSection("s1", Section{Title: "二"})
	if err := a.MoveTo(b, s2, false); err != nil || labels(a) != "小标题[场景一:A,场景二:C] 二[场景一:B]" {
		t.Errorf("move scene to other section: %v %s", err, labels(a))
	}
	d, err := a.Duplicate("s1")
	if err != nil || labels(a) != "小标题[场景一:A,场景二:C] 小标题[场景一:A,场景二:C] 二[场景一:B]" {
		t.Errorf("duplicate section: %v %s", err, labels(a))
	}
	if p := a.Validate(); p != nil {
		t.Fatalf("after duplicate: %v", p)
	}
	if err := a.Delete(d); err != nil || len(a.Sections) != 2 {
		t.Errorf("delete: %v", err)
	}
	id := a.InsertBlock("p1", Block{Kind: Paragraph, Text: "新段"})
	if a.Lead[1].ID != id {
		t.Errorf("inserted block at %v", a.Lead)
	}
	if err := a.MoveTo(id, "c1", false); err != nil || a.Sections[0].Scenes[0].Body[len(a.Sections[0].Scenes[0].Body)-1].Text != "新段" {
		t.Errorf("move block into scene: %v", err)
	}
	if err := a.MoveTo("s1", "c1", true); err != ErrCannotMove {
		t.Errorf("section into scene: %v", err)
	}
	if err := a.Delete("p2"); err != nil || len(a.Assets) != 0 {
		t.Errorf("deleting the photo should drop its asset: %v %d", err, len(a.Assets))
	}
	if p := a.Validate(); p != nil {
		t.Error(p)
	}
	if err := a.Delete("nope"); err != ErrNoElement {
		t.Errorf("delete unknown: %v", err)
	}
}
