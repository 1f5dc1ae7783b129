package job

import (
	"strings"
	"testing"

	"banmian/article/plaintext"
	"banmian/assets"
	"banmian/export/pdf"
	"banmian/internal/testimg"
	"banmian/layout"
)

// TestPrintPreflight: printed on newsprint, a photo under 200 ppi at its
// size, 9 pt type in a colour of several inks, and a template colour past
// the total ink limit are named; at the template's 10 pt and in black
// nothing is.
func TestPrintPreflight(t *testing.T) {
	dir := t.TempDir()
	if err := testimg.WriteReferencePhotos(dir, 600, 400); err != nil {
		t.Fatal(err)
	}
	res, err := plaintext.ImportFile("../testdata/articles/reference-zh.txt", dir)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Article
	level, prof, err := PrintSettings(mustTemplate(t, "newspaper-a3"), "auto", "")
	if err != nil || level != pdf.PDFX1a || !prof.Newsprint {
		t.Fatalf("A3 print defaults: %v %v %v", level, prof, err)
	}
	find := func(t *layout.Template) string {
		d, err := layout.Layout(a, t)
		if err != nil {
			panic(err)
		}
		var b strings.Builder
		for _, w := range PrintPreflight(a, d, level, prof) {
			b.WriteString(string(w.Severity) + " " + w.Path + ": " + w.Message + "\n")
		}
		return b.String()
	}
	tp := mustTemplate(t, "newspaper-a3")
	got := find(tp)
	if !strings.Contains(got, "prints at") || strings.Contains(got, "misregister") || strings.Contains(got, "ink;") {
		t.Errorf("A3 as bundled:\n%s", got)
	}
	small := mustTemplate(t, "newspaper-a3")
	st := small.Styles[layout.StyleSceneLabel]
	st.Size = 9
	small.Styles[layout.StyleSceneLabel] = st
	if got := find(small); !strings.Contains(got, "9.0 pt type in 3 inks will misregister on newsprint") {
		t.Errorf("9 pt red labels:\n%s", got)
	}
	js, _ := assets.Template("newspaper-a3")
	heavy, err := layout.ParseTemplate("heavy", []byte(strings.Replace(string(js), `"accent": "#b3202a"`, `"accent": "cmyk(100,100,100,100)"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got := find(heavy); !strings.Contains(got, "error template: colour accent (cmyk(100,100,100,100)) has 400 % ink; Banmian Newsprint (SNAP TR002) allows 240 %") {
		t.Errorf("400 %% accent:\n%s", got)
	}
	if PrintPreflight(a, &layout.Document{}, "", nil) != nil {
		t.Error("a plain PDF has print findings")
	}
}

func mustTemplate(t *testing.T, name string) *layout.Template {
	t.Helper()
	tp, err := layout.LoadTemplate(name)
	if err != nil {
		t.Fatal(err)
	}
	return tp
}

// TestBundledProfiles: the bundled press profiles are CMYK output (prtr)
// ICC profiles carrying their names, with their tables and sRGB.
func TestBundledProfiles(t *testing.T) {
	for name, want := range map[string]string{"coated": "Banmian Coated (FOGRA39)", "newsprint": "Banmian Newsprint (SNAP TR002)"} {
		p, err := LoadProfile(name)
		if err != nil {
			t.Fatal(err)
		}
		if string(p.ICC[12:16]) != "prtr" || string(p.ICC[16:20]) != "CMYK" || string(p.ICC[36:40]) != "acsp" {
			t.Errorf("%s: class %q space %q", name, p.ICC[12:16], p.ICC[16:20])
		}
		if !strings.Contains(string(p.ICC), want) || p.Name != want || p.Table == nil || len(p.SRGB) < 128 {
			t.Errorf("%s: the profile does not carry its name %q, or lacks its table", name, want)
		}
	}
}
