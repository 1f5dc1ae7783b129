package article

import (
	"strings"
	"testing"
)

func TestChineseNumeral(t *testing.T) {
	want := map[int]string{1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 21: "二十一", 99: "九十九", 100: "100", 0: "0"}
	for n, s := range want {
		if got := ChineseNumeral(n); got != s {
			t.Errorf("ChineseNumeral(%d) = %q, want %q", n, got, s)
		}
	}
	for n := 1; n <= 99; n++ {
		if got, ok := ParseChineseNumeral(ChineseNumeral(n)); !ok || got != n {
			t.Errorf("round trip %d: %d %v", n, got, ok)
		}
	}
}

func TestRenumberAndPath(t *testing.T) {
	a := sample(t)
	s := &a.Sections[0]
	s.Scenes = append(s.Scenes, Scene{ID: a.NewSceneID(), Body: []Block{{ID: a.NewBlockID(), Kind: Paragraph, Text: "x"}}})
	s.Scenes[1].Body = append(s.Scenes[1].Body, Block{ID: a.NewBlockID(), Kind: Paragraph, Text: "y"})
	a.Renumber()
	if s.Scenes[1].Label != "场景二" {
		t.Errorf("label = %q", s.Scenes[1].Label)
	}
	id := s.Scenes[1].Body[1].ID
	if got := a.Path(id); got != "第1节 场景二, 第2段" {
		t.Errorf("path = %q", got)
	}
	if got := a.Path("p2"); got != "导语, 第1张图" {
		t.Errorf("photo path = %q", got)
	}
	a.Lang = "en"
	a.Renumber()
	if got := a.Path(id); got != "section 1, scene 2, paragraph 2" {
		t.Errorf("en path = %q", got)
	}
	if got := a.Path(IDHeadline); got != "headline" {
		t.Errorf("field path = %q", got)
	}
}

func TestValidate(t *testing.T) {
	a := sample(t)
	if p := a.Validate(); p != nil {
		t.Fatalf("sample invalid: %v", p)
	}
	a.Lead = append(a.Lead, Block{ID: "p1", Kind: "table"}, Block{ID: "p9", Kind: Photo, Asset: strings.Repeat("a", 64), Rotate: 45})
	a.Footer.Link = "javascript:alert(1)"
	var msgs []string
	for _, p := range a.Validate() {
		msgs = append(msgs, p.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{`duplicate id "p1"`, `unknown block kind "table"`, "which the article does not hold", "rotation 45", "not an http(s) URL", "导语, 第"} {
		if !strings.Contains(all, want) {
			t.Errorf("Validate misses %q in:\n%s", want, all)
		}
	}
}

func TestAssignIDs(t *testing.T) {
	a := New("")
	a.Lead = []Block{{Kind: Paragraph}, {ID: "p7", Kind: Paragraph}}
	a.Sections = []Section{{Scenes: []Scene{{Body: []Block{{Kind: Paragraph}}}}}}
	a.AssignIDs()
	if p := a.Validate(); p != nil {
		t.Error(p)
	}
	if a.Lead[0].ID != "p8" {
		t.Errorf("new id = %q, want p8", a.Lead[0].ID)
	}
}
