package plaintext

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"banmian/article"
	"banmian/internal/golden"
	"banmian/internal/testimg"
)

const articles = "../../testdata/articles"

func fixtures(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	if err != nil || len(names) < 5 {
		t.Fatalf("fixtures: %v %v", names, err)
	}
	return names
}

func importFixture(t *testing.T, path, photos string) *Result {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(data, Options{PhotoDir: photos})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestFixtures compares each fixture's outline and import summary with its golden file.
func TestFixtures(t *testing.T) {
	for _, path := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			res := importFixture(t, path, "")
			var out bytes.Buffer
			res.Article.Outline(&out)
			out.WriteString("----\n")
			out.WriteString(res.Summary())
			golden.Assert(t, name+".outline", out.Bytes())
			if probs := res.Article.Validate(); len(probs) > 0 {
				t.Errorf("invalid article: %v", probs)
			}
		})
	}
}

// TestNoLineLost checks, for every fixture, that each input line is either
// dropped as a leftover or kept, and that every word of a kept line is in the
// element or field the import says holds it.
func TestNoLineLost(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, _ := os.ReadFile(path)
			res := importFixture(t, path, "")
			checkNoLineLost(t, string(data), res)
		})
	}
}

func checkNoLineLost(t testing.TB, text string, res *Result) {
	t.Helper()
	accounted := map[int]bool{}
	for _, d := range res.Dropped {
		accounted[d.Line] = true
	}
	held := elementTexts(res.Article)
	for _, f := range res.Lines {
		if _, ok := held[f.Target]; !ok {
			held[f.Target] = targetText(res.Article, f.Target)
		}
	}
	// A line may be split between targets (a scene label and its first
	// paragraph): its words may be in any of them.
	byLine := map[int]string{}
	for _, f := range res.Lines {
		byLine[f.Line] += held[f.Target] + "\n"
	}
	for _, f := range res.Lines {
		accounted[f.Line] = true
		held := byLine[f.Line]
		ws := words(f.Text)
		if f.Target == article.IDMeta {
			// Labels and values may run together ("作者：任编辑："): check rune by rune.
			ws = strings.Split(strings.ToLower(strings.Join(ws, "")), "")
		}
		if f.Target == article.IDMeta {
			held = strings.ToLower(held) // month names: "MAY" reads as May
		}
		for _, w := range ws {
			if !strings.Contains(held, w) {
				t.Errorf("line %d %q: %q is not in %s (%q)", f.Line, f.Text, w, f.Target, held)
			}
		}
	}
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	for i, l := range strings.Split(text, "\n") {
		if cleanLine(l) != "" && !accounted[i+1] {
			t.Errorf("line %d %q is neither kept nor dropped", i+1, l)
		}
	}
}

// words splits a line into runs of letters and digits, the content that must
// survive (punctuation may be made full-width; labels are regenerated).
func words(s string) []string {
	s, _ = FullWidthPunct(s)
	// Split at every change between Han, digits and other letters too, so
	// that "2023年5月12日" checks as 2023 年 5 月 12 日.
	class := func(r rune) int {
		switch {
		case unicode.Is(unicode.Han, r):
			return 1
		case unicode.IsDigit(r):
			return 2
		case unicode.IsLetter(r):
			return 3
		}
		return 0
	}
	var ws []string
	var cur []rune
	last := 0
	for _, r := range s + " " {
		c := class(r)
		if c != last && len(cur) > 0 {
			ws = append(ws, string(cur))
			cur = cur[:0]
		}
		if c != 0 {
			cur = append(cur, r)
		}
		last = c
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// Scene numbers and keyword prefixes are rewritten as labels.
		if strings.HasPrefix(w, "场景") || strings.EqualFold(w, "scene") {
			if i+1 < len(ws) && unicode.IsDigit([]rune(ws[i+1])[0]) {
				i++
			}
			continue
		}
		if w == "关键词" || w == "关键字" || strings.EqualFold(w, "keywords") {
			continue
		}
		out = append(out, w)
	}
	return out
}

// elementTexts maps every section, scene and block ID to its text, in one walk.
func elementTexts(a *article.Article) map[string]string {
	m := map[string]string{}
	a.Walk(func(e article.Element) {
		switch {
		case e.Blk != nil:
			b := e.Blk
			m[b.ID] = strings.Join([]string{b.Text, b.File, b.Caption, b.Credit, "Photo Caption 图 Photo by"}, " ")
		case e.Scn != nil:
			m[e.Scn.ID] = e.Scn.Label + " " + e.Scn.Title
		default:
			m[e.Sec.ID] = strings.Join(e.Sec.Keywords, " ") + " " + e.Sec.Title
		}
	})
	return m
}

// targetText returns all the text the article holds under an ID.
func targetText(a *article.Article, id string) string {
	pub := ""
	if a.Published != nil {
		pub = a.Published.Format("2006 1 2 01 02 15 04 05 3 PM pm January Jan") + " GMT UTC"
	}
	switch id {
	case article.IDChannel:
		return strings.Join(a.Channel, " ") + " 当前位置 You are here 正文 内容 详情 Article Content"
	case article.IDKicker:
		return a.Kicker
	case article.IDHeadline:
		return a.Headline
	case article.IDSubtitle:
		return a.Subtitle
	case article.IDMeta:
		return strings.Join([]string{a.Source, strings.Join(a.Authors, " "), a.Editor, pub,
			"来源 作者 编辑 责编 责任编辑 发布时间 时间 Source By and Editor Edited Updated Published Posted Date 年 月 日"}, " ")
	case article.IDByline:
		return a.Byline
	case article.IDFooter:
		return strings.Join(a.Footer.Credits, "\n")
	case article.IDCopyright:
		return a.Footer.Copyright
	case article.IDLink:
		return a.Footer.Link + " 本文链接 原文链接 Link"
	}
	e, ok := a.Find(id)
	if !ok {
		return ""
	}
	switch {
	case e.Blk != nil:
		b := e.Blk
		return strings.Join([]string{b.Text, b.File, b.Caption, b.Credit, "Photo Caption 图 Photo by"}, " ")
	case e.Scn != nil:
		return e.Scn.Label + " " + e.Scn.Title
	default:
		return strings.Join(e.Sec.Keywords, " ") + " " + e.Sec.Title
	}
}

// TestReferenceArticle checks everything the reference copy holds lands in its place.
func TestReferenceArticle(t *testing.T) {
	dir := t.TempDir()
	if err := testimg.WriteReferencePhotos(dir, 160, 120); err != nil {
		t.Fatal(err)
	}
	res := importFixture(t, filepath.Join(articles, "reference-zh.txt"), dir)
	a := res.Article
	eq := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	eq("lang", a.Lang, "zh-CN")
	eq("channel", strings.Join(a.Channel, "/"), "红网/湖南频道")
	eq("headline", a.Headline, "湖南省科技厅：做坚守初心 担当使命的科技人")
	eq("source", a.Source, "红网")
	eq("authors", strings.Join(a.Authors, " "), "何青 丁馨 任彬彬")
	eq("editor", a.Editor, "肖拓")
	if a.Published == nil {
		t.Fatal("no date")
	}
	eq("published", a.Published.Format("2006-01-02 15:04:05 -07:00"), "2019-08-07 19:39:37 +08:00")
	eq("byline", a.Byline, "红网时刻记者 何青 实习生 丁馨 通讯员 任彬彬 长沙报道")
	if len(a.Lead) != 7 || a.Lead[0].Kind != article.Photo || a.Lead[0].File != "动员副本.jpg" || a.Lead[0].Caption != "“不忘初心、牢记使命”主题教育动员大会。" {
		t.Errorf("lead photo: %+v", a.Lead[0])
	}
	if n := countParagraphs(a.Lead); n != 6 {
		t.Errorf("lead paragraphs = %d, want 6", n)
	}
	eq("lead 1", a.Lead[1].Text, "6月14日，湖南省科技厅召开“不忘初心、牢记使命”主题教育动员大会；")
	wantSec := []struct {
		kw, title string
		scenes    int
	}{{"学习", "开展学习教育 培育思想新境界", 4}, {"调研", "初心“课堂”走出去 搬到调研现场", 3}, {"检视 整改", "检视问题不回避 找准症结下药方", 3}}
	if len(a.Sections) != 3 {
		t.Fatalf("sections = %d", len(a.Sections))
	}
	for i, w := range wantSec {
		s := a.Sections[i]
		eq("keywords", strings.Join(s.Keywords, " "), w.kw)
		eq("title", s.Title, w.title)
		if len(s.Body) != 1 || s.Body[0].Kind != article.Paragraph {
			t.Errorf("section %d intro: %+v", i+1, s.Body)
		}
		if len(s.Scenes) != w.scenes {
			t.Errorf("section %d scenes = %d, want %d", i+1, len(s.Scenes), w.scenes)
		}
		for j, c := range s.Scenes {
			eq("label", c.Label, "场景"+article.ChineseNumeral(j+1))
		}
	}
	photos := 0
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo {
			photos++
			if b.Missing || b.Asset == "" || b.Caption == "" {
				t.Errorf("photo %s: missing=%v asset=%q caption=%q", b.File, b.Missing, b.Asset, b.Caption)
			}
		}
	}
	if photos != 5 || len(a.Assets) != 5 {
		t.Errorf("photos = %d, assets = %d, want 5 and 5", photos, len(a.Assets))
	}
	eq("credits", strings.Join(a.Footer.Credits, "|"), "来源：红网|作者：何青 丁馨 任彬彬|编辑：肖拓")
	eq("copyright", a.Footer.Copyright, "本文为湖南频道原创文章，转载请附上原文出处链接和本声明。")
	eq("link", a.Footer.Link, "https://hn.rednet.cn/content/2019/08/07/5795180.html")
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %v", res.Warnings)
	}
	if p := a.Validate(); p != nil {
		t.Error(p)
	}
}

// TestEncodings imports each fixture as GB18030, UTF-16, UTF-8 with BOM and
// with CRLF line ends, and expects the same article as from UTF-8.
func TestEncodings(t *testing.T) {
	for _, path := range fixtures(t) {
		data, _ := os.ReadFile(path)
		want := importFixture(t, path, "")
		var wantOut bytes.Buffer
		want.Article.Outline(&wantOut)
		gb, _, err := transform.Bytes(simplifiedchinese.GB18030.NewEncoder(), data)
		if err != nil {
			t.Fatal(err)
		}
		u16, _, _ := transform.Bytes(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), data)
		variants := map[string][]byte{
			"GB18030": gb, "UTF-16": u16,
			"UTF-8 with BOM": append([]byte{0xEF, 0xBB, 0xBF}, data...),
			"CRLF":           bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")),
		}
		for enc, in := range variants {
			res, err := Import(in, Options{})
			if err != nil {
				t.Errorf("%s as %s: %v", filepath.Base(path), enc, err)
				continue
			}
			var out bytes.Buffer
			res.Article.Outline(&out)
			if out.String() != wantOut.String() {
				t.Errorf("%s as %s imports differently", filepath.Base(path), enc)
			}
			if enc == "GB18030" && bytes.ContainsAny(data, "中文的") && res.Encoding != "GB18030" {
				t.Errorf("%s: encoding %q", filepath.Base(path), res.Encoding)
			}
		}
	}
}

func TestNotText(t *testing.T) {
	for name, in := range map[string][]byte{
		"png":    testimg.PNG(4, 4),
		"jpeg":   testimg.JPEG(8, 8, 1),
		"nul":    []byte("abc\x00\x00\x00def"),
		"random": {0x80, 0xff, 0x80, 0xff, 0xa1, 0x7f, 0xfe, 0x20, 0xc0, 0xc0, 0xc0},
	} {
		_, err := Import(in, Options{})
		if !errors.Is(err, ErrNotText) {
			t.Errorf("%s: err = %v, want ErrNotText", name, err)
		}
	}
}

// TestPhotoProblems: a photo that is absent, not an image, or a
// decompression bomb stays in place, marked missing, and is named in a warning.
func TestPhotoProblems(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "broken.jpg"), []byte("this is not a jpeg"), 0o644)
	os.WriteFile(filepath.Join(dir, "bomb.png"), testimg.BombPNG(20000, 20000), 0o644)
	os.WriteFile(filepath.Join(dir, "good.PNG"), testimg.PNG(8, 6), 0o644)
	copy := "标题\n\n来源：某报 作者：某人 2020-01-02 03:04\n\n正文第一段。\n\nabsent.jpg\n\n缺失的图。\n\nbroken.jpg\n\n损坏的图。\n\nbomb.png\n\n炸弹图。\n\ngood.png\n\n好图。\n"
	res, err := Import([]byte(copy), Options{PhotoDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"absent.jpg": "not found", "broken.jpg": "not a readable", "bomb.png": "100 megapixels"}
	for _, b := range res.Article.Blocks() {
		if b.Kind != article.Photo {
			continue
		}
		reason, bad := want[b.File]
		if b.Missing != bad || b.Caption == "" {
			t.Errorf("%s: missing=%v caption=%q", b.File, b.Missing, b.Caption)
		}
		if !bad {
			continue
		}
		found := false
		for _, w := range res.Warnings {
			found = found || strings.Contains(w.Message, b.File) && strings.Contains(w.Message, reason)
		}
		if !found {
			t.Errorf("no warning naming %s and %q in %v", b.File, reason, res.Warnings)
		}
	}
	if len(res.Article.Assets) != 1 {
		t.Errorf("assets = %d, want 1", len(res.Article.Assets))
	}
}

func TestFullWidthPunct(t *testing.T) {
	tests := []struct{ in, want string }{
		{"6月14日,湖南省科技厅召开大会;", "6月14日，湖南省科技厅召开大会；"},
		{"来源:红网 19:39:37", "来源：红网 19:39:37"},
		{"共1,000人(含学生)参加", "共1,000人（含学生）参加"},
		{"Hello, world (ABC): ok?", "Hello, world (ABC): ok?"},
		{"他说:“好!”", "他说：“好！”"},
	}
	for _, tt := range tests {
		if got, _ := FullWidthPunct(tt.in); got != tt.want {
			t.Errorf("FullWidthPunct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchFile(t *testing.T) {
	names := []string{"QQ截图20190807185325.jpg", "a.JPG", "x1.jpg", "x2.jpg"}
	for want, name := range map[string]string{"QQ??20190807185325.jpg": names[0], "A.jpg": "a.JPG", "x?.jpg": "", "none.jpg": ""} {
		if got := matchFile(want, names); got != name {
			t.Errorf("matchFile(%q) = %q, want %q", want, got, name)
		}
	}
}

func FuzzImport(f *testing.F) {
	for _, p := range []string{"reference-zh.txt", "zh-subheads.txt", "zh-box.txt", "en-feature.txt", "zh-kicker.txt"} {
		data, err := os.ReadFile(filepath.Join(articles, p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("场景一:\n关键词:\n\nx.jpg\n"))
	// The trust classes: names leaving the photo folder, over-long lines.
	f.Add([]byte("标题\n\n../../etc/x.jpg\n图注\n/etc/passwd.jpg\n图注\nC:\\x.jpg\n"))
	f.Add([]byte("Headline\n\n" + strings.Repeat("a", 3000) + "\n\nx.jpg\n" + strings.Repeat("Caption words ", 300) + "\n"))
	f.Add([]byte(strings.Repeat("标", 2500) + "\n来源：" + strings.Repeat("红", 2500) + " 2019-08-07\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Import(data, Options{})
		if err != nil {
			if !errors.Is(err, ErrNotText) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		text, _, _ := Decode(data)
		checkNoLineLost(t, text, res)
		if p := res.Article.Validate(); p != nil {
			t.Fatalf("invalid article: %v", p)
		}
		// What the import made can be saved and read back.
		b, err := article.Marshal(res.Article)
		if err != nil {
			t.Fatalf("cannot write the import: %v", err)
		}
		if _, err := article.Read("fuzz.banmian", b); err != nil {
			t.Fatalf("cannot read back the import: %v", err)
		}
	})
}

// TestFormatRoundTrip: every fixture formatted as text and imported again
// gives the same outline.
func TestFormatRoundTrip(t *testing.T) {
	for _, path := range fixtures(t) {
		res := importFixture(t, path, "")
		var want, got bytes.Buffer
		res.Article.Outline(&want)
		again, err := Import([]byte(Format(res.Article)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		again.Article.Outline(&got)
		if got.String() != want.String() {
			t.Errorf("%s: round trip differs\n%s", filepath.Base(path), firstDiffLines(want.String(), got.String()))
		}
	}
}

func firstDiffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "(lengths differ)"
}

func BenchmarkImportReference(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(articles, "reference-zh.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
