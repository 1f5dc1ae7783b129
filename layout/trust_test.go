package layout

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"banmian/article"
	"banmian/assets"
	"banmian/internal/testimg"
)

// TestLongWordBreaksAnywhere: an unbroken word many lines long is broken
// anywhere as a last resort, every line within the measure, no letter lost.
// (BenchmarkLongWord shows the time is linear in the word's length.)
func TestLongWordBreaksAnywhere(t *testing.T) {
	e := testEngine(t)
	word := strings.Repeat("abcdefghij", 5000)
	st := bodyStyle(false)
	c := e.compose(word, st, Color{}, 200, false, "en")
	if len(c.runs) < 100 {
		t.Fatalf("%d lines", len(c.runs))
	}
	var all strings.Builder
	for _, r := range c.runs {
		if r.Width() > 200+0.01 {
			t.Errorf("line of %.2f pt in a 200 pt measure: %q", r.Width(), r.Text)
		}
		all.WriteString(r.Text)
	}
	if all.String() != word {
		t.Errorf("letters lost: %d of %d", len(all.String()), len(word))
	}
}

// BenchmarkLongWord composes unbroken words of growing length: ns/op per
// letter stays flat (it was quadratic: 400 k letters took 33 s).
func BenchmarkLongWord(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			e := testEngine(b)
			word := strings.Repeat("a", n)
			for b.Loop() {
				e.cache = map[paraKey]*composed{}
				e.compose(word, bodyStyle(false), Color{}, 200, false, "en")
			}
		})
	}
}

// TestEngineSetsAnyModel: states the model may hold (a scene without a
// label) and states it must not (an unknown block kind, an asset declaring
// 0×0 pixels, a damaged photo) never panic the engine: the label is made,
// the rest is named by preflight, and no coordinate is NaN.
func TestEngineSetsAnyModel(t *testing.T) {
	a := article.New("zh-CN")
	a.Headline = "标题"
	jpg := testimg.JPEG(40, 30, 3)
	as, _ := article.NewAsset("a.jpg", jpg)
	as.Width, as.Height = 0, 0
	cut, _ := article.NewAsset("cut.jpg", jpg[:len(jpg)-20])
	a.Assets = []article.Asset{as, cut}
	a.Sections = []article.Section{{ID: "s1", Keywords: []string{"学习"}, Scenes: []article.Scene{
		{ID: "c1", Label: "", Body: []article.Block{{ID: "p1", Kind: article.Paragraph, Text: "正文。"}}},
		{ID: "c2", Body: []article.Block{
			{ID: "p3", Kind: article.Photo, Asset: as.ID, File: "a.jpg", Caption: "图注"},
			{ID: "p4", Kind: article.Photo, Asset: cut.ID, File: "cut.jpg", Caption: "图注"},
		}},
	}}}
	for _, name := range assets.TemplateNames() {
		tp, _ := LoadTemplate(name)
		d, err := Layout(a, tp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var text strings.Builder
		for _, pg := range d.Pages {
			for _, it := range pg.Items {
				switch v := it.(type) {
				case *TextRun:
					text.WriteString(v.Text)
					if nan(float64(v.X), float64(v.Y)) {
						t.Errorf("%s: NaN text position", name)
					}
				case *Image:
					if nan(float64(v.Rect.X), float64(v.Rect.Y), float64(v.Rect.W), float64(v.Rect.H)) {
						t.Errorf("%s: NaN image rectangle", name)
					}
				}
			}
		}
		for _, want := range []string{"场景一", "场景二"} {
			if !strings.Contains(text.String(), want) {
				t.Errorf("%s: %s is not printed", name, want)
			}
		}
		var warns []string
		for _, w := range d.Warnings {
			warns = append(warns, w.ID+": "+w.Message)
		}
		all := strings.Join(warns, "\n")
		for _, want := range []string{`p4: photo "cut.jpg" cannot be printed: the image file is damaged`} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: no warning %q in\n%s", name, want, all)
			}
		}
	}
}

// TestUnknownKindRefused: a block of an unknown kind is never dropped
// silently: the layout fails, naming it.
func TestUnknownKindRefused(t *testing.T) {
	a := article.New("zh-CN")
	a.Headline = "标题"
	a.Lead = []article.Block{{ID: "p1", Kind: article.Paragraph, Text: "正文。"}, {ID: "p2", Kind: "video", Text: "?"}}
	tp, _ := LoadTemplate(DefaultTemplate)
	_, err := Layout(a, tp)
	if !errors.Is(err, ErrUnknownKind) || !strings.Contains(err.Error(), `block p2 (导语, 第1段) is of an unknown kind "video"`) {
		t.Errorf("err = %v", err)
	}
}

func nan(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return true
		}
	}
	return false
}

// TestTemplateRanges: every numeric field out of its documented range is
// refused, naming the field, the value and the range.
func TestTemplateRanges(t *testing.T) {
	good, _ := assets.Template("magazine-a4")
	tests := []struct{ from, to, want string }{
		{`"indent": 2`, `"indent": 1000000`, "styles body indent = 1e+06 is out of range (0 to 4 em)"},
		{`"indent": 2`, `"indent": -1000000`, "styles body indent = -1e+06 is out of range"},
		{`"columns": 2`, `"columns": 2, "gutter_mm": 0, "x": 0`, ""},
		{`"space_after": `, `"space_after": -1000000, "y": `, ""},
		{`"image_ppi": 300`, `"image_ppi": 1e9`, "image_ppi = 1e+09 is out of range (72 to 1200 ppi)"},
		{`"bleed_mm": 3`, `"bleed_mm": 300`, "page bleed_mm = 300 is out of range (0 to 20 mm)"},
	}
	for _, tt := range tests {
		src := string(good)
		if !strings.Contains(src, tt.from) {
			continue // not in this template's text: covered by the next cases
		}
		src = strings.Replace(src, tt.from, tt.to, 1)
		_, err := ParseTemplate("t.json", []byte(src))
		if tt.want == "" {
			if err == nil {
				t.Errorf("%s: accepted", tt.to)
			}
			continue
		}
		if !errors.Is(err, ErrTemplate) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.to, err, tt.want)
		}
	}
	// Fields set through the structure, whatever the template's text holds.
	base, err := ParseTemplate("t.json", good)
	if err != nil {
		t.Fatal(err)
	}
	set := []struct {
		change func(t *Template)
		want   string
	}{
		{func(t *Template) { t.Page.GutterMM = 0 }, "page gutter_mm = 0 is out of range (2 to 50 mm)"},
		{func(t *Template) { s := t.Styles[StyleBody]; s.SpaceAfter = -1e6; t.Styles[StyleBody] = s }, "styles body space_after = -1e+06 is out of range (0 to 144 pt)"},
		{func(t *Template) { s := t.Styles[StyleQuote]; s.SpaceBefore = 1e6; t.Styles[StyleQuote] = s }, "styles quote space_before = 1e+06"},
		{func(t *Template) { t.PhotoMaxHeight = -1 }, "photo_max_height = -1 is out of range (0.1 to 1 of the column height)"},
		{func(t *Template) { t.Page.Margins.Left = -5 }, "page margins_mm left = -5 is out of range (0 to 500 mm)"},
		{func(t *Template) { t.Page.WidthMM, t.Page.Size = math.NaN(), "custom" }, "page width_mm = NaN is out of range"},
	}
	for i, s := range set {
		tp := *base
		tp.Styles = map[string]Style{}
		for k, v := range base.Styles {
			tp.Styles[k] = v
		}
		s.change(&tp)
		if err := tp.check(); err == nil || !strings.Contains(err.Error(), s.want) {
			t.Errorf("case %d: err = %v, want %q", i, err, s.want)
		}
	}
}

// TestCacheKeyCoversColour: a paragraph turned into a quote (same text,
// style that differs only in colour) is not served from the cache in the
// body's colour; a change of language is not either.
func TestCacheKeyCoversColour(t *testing.T) {
	e := testEngine(t)
	st := bodyStyle(true)
	black, red := Color{}, Color{R: 200}
	a := e.compose("同一段文字。", st, black, 300, true, "zh-CN")
	b := e.compose("同一段文字。", st, red, 300, true, "zh-CN")
	if a == b || b.runs[0].Color != red {
		t.Errorf("the second colour was served from the cache: %+v", b.runs[0].Color)
	}
	if c := e.compose("同一段文字。", st, black, 300, true, "zh-TW"); c == a {
		t.Error("another language was served from the cache")
	}
}
