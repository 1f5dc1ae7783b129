package article

import "testing"

func TestFindReplace(t *testing.T) {
	a := sample(t)
	a.Headline = "科技厅的科技人"
	a.Authors = []string{"何青", "科技记者"}
	a.Lead[1].Caption = "科技馆"
	a.Sections[0].Keywords = []string{"科技"}
	a.Footer.Copyright = "Tech and tech"
	ms := a.FindText("科技", true)
	if len(ms) != 5 {
		t.Fatalf("%d matches: %+v", len(ms), ms)
	}
	if ms[0].Key != "headline" || ms[2].Key != "authors" || ms[3].Key != "p2.caption" || ms[4].Key != "s1.keywords" {
		t.Errorf("order or keys: %+v", ms)
	}
	if n := len(a.FindText("tech", false)); n != 2 {
		t.Errorf("case-insensitive: %d", n)
	}
	if n := len(a.FindText("tech", true)); n != 1 {
		t.Errorf("case-sensitive: %d", n)
	}
	if !a.ReplaceMatch(ms[1], "科技", "$1", true) || a.Headline != "科技厅的$1人" {
		t.Errorf("replace one: %q", a.Headline)
	}
	if n := a.ReplaceText("科技", "科学", true); n != 4 || a.Headline != "科学厅的$1人" || a.Sections[0].Keywords[0] != "科学" {
		t.Errorf("replace all: %d %q", n, a.Headline)
	}
	if a.ReplaceMatch(ms[0], "科技", "x", true) {
		t.Error("a stale match was replaced")
	}
	if len(a.FindText("", true)) != 0 || a.ReplaceText("", "x", true) != 0 {
		t.Error("empty query")
	}
}
