package plaintext

import (
	"strings"
	"testing"

	"banmian/article"
)

// importCopy imports copy and checks that no line is lost: every
// non-blank line is kept in a field or dropped with a reason.
func importCopy(t *testing.T, copy string) *Result {
	t.Helper()
	res, err := Import([]byte(copy), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(copy, "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	if got := len(res.Lines) + len(res.Dropped); got != n {
		t.Errorf("%d of %d lines kept or dropped", got, n)
	}
	return res
}

// TestWebCopyClasses: what other newsrooms' pages carry around the story —
// navigation and language toggles, an empty location label, bylines in
// other shapes, pagers, related-link lists, 编者按 — is read or dropped as
// an editor would, and Traditional Chinese copy keeps its characters with
// its language tag.
func TestWebCopyClasses(t *testing.T) {
	res := importCopy(t, `首页 | 新闻 | 投稿 | 下载客户端
简体 | 繁體
当前位置：

湘江边的“城市书房”开进老街巷

来源：新华社 作者：  编辑：周敏 2024-03-08 11:20

新华社记者 张三 李四

编者按：城市书房是长沙推进全民阅读的一项民生工程。

清晨七点，老街巷里的城市书房已经亮起了灯，退休教师王老师每天都是第一个到的读者，他说这里比家里还安静，书也多。

< 1 2 3 … >

相关新闻：
长沙新增十家城市书房
图书馆夜间开放延长至十点

来源：新华社
`)
	a := res.Article
	if a.Headline != "湘江边的“城市书房”开进老街巷" {
		t.Errorf("headline %q", a.Headline)
	}
	if a.Byline != "新华社记者 张三 李四" || a.Source != "新华社" || a.Editor != "周敏" {
		t.Errorf("byline %q source %q editor %q", a.Byline, a.Source, a.Editor)
	}
	if len(a.Lead) < 2 || a.Lead[0].Kind != article.EditorsNote || a.Lead[0].Text != "城市书房是长沙推进全民阅读的一项民生工程。" {
		t.Errorf("editor's note: %+v", a.Lead)
	}
	for _, b := range a.Blocks() {
		for _, junk := range []string{"投稿", "繁體", "…", "长沙新增十家", "夜间开放"} {
			if strings.Contains(b.Text, junk) {
				t.Errorf("junk kept: %q", b.Text)
			}
		}
	}

	slash := importCopy(t, "乡村新貌\n\n文/图 花垣县融媒体中心记者 张三 李四\n\n五月的花垣，田野里一片繁忙景象，记者走访多个乡镇发现，一条从种植到加工再到销售的产业链正在改变农民的生活。\n")
	if slash.Article.Byline != "文/图 花垣县融媒体中心记者 张三 李四" {
		t.Errorf("文/图 byline %q", slash.Article.Byline)
	}

	trad := importCopy(t, `臺北老街的百年茶行

來源：中央社 作者：林小明 編輯：陳大同 2024-01-02 10:00

中央社記者 林小明 臺北報導

這家茶行在迪化街已經開了一百年，第四代老闆說，來買茶的客人越來越年輕了，他們會在網路上先看過介紹才來。

茶行.jpg

老闆在店裡泡茶。（攝影：林小明）
`)
	ta := trad.Article
	if ta.Lang != "zh-TW" || ta.Source != "中央社" || ta.Editor != "陳大同" || ta.Headline != "臺北老街的百年茶行" {
		t.Errorf("Traditional copy: lang %q source %q editor %q headline %q", ta.Lang, ta.Source, ta.Editor, ta.Headline)
	}
	if ta.Byline != "中央社記者 林小明 臺北報導" {
		t.Errorf("Traditional byline %q", ta.Byline)
	}
	for _, b := range ta.Blocks() {
		if b.Kind == article.Photo && (b.Caption != "老闆在店裡泡茶。" || b.Credit != "攝影：林小明") {
			t.Errorf("Traditional caption %q credit %q", b.Caption, b.Credit)
		}
	}
	if tag := chineseTag("香港的茶餐廳這個週末來了很多客人，他們說這裡的奶茶最好喝。"); tag != "zh-HK" {
		t.Errorf("Hong Kong copy: %s", tag)
	}
	if tag := chineseTag("湖南省科技厅召开主题教育动员大会"); tag != "zh-CN" {
		t.Errorf("Simplified copy: %s", tag)
	}
}

// TestWebCopyMeta: the date on the breadcrumb's line, English meta lines
// that name the outlet without a label, and the footer's credits fill the
// meta fields the header leaves empty (the credits stay).
func TestWebCopyMeta(t *testing.T) {
	res := importCopy(t, `某某网 > 湖南频道 > 社会      2024-01-02 10:00:00

老街巷里开出城市书房

清晨七点，老街巷里的城市书房已经亮起了灯，退休教师王老师每天都是第一个到的读者，他说这里比家里还安静，书也多。

来源：长沙晚报
作者：刘佳
编辑：周敏
`)
	a := res.Article
	if a.Published == nil || a.Published.Format("2006-01-02 15:04") != "2024-01-02 10:00" || strings.Join(a.Channel, ">") != "某某网>湖南频道>社会" {
		t.Errorf("breadcrumb and date: %v %v", a.Channel, a.Published)
	}
	if a.Source != "长沙晚报" || strings.Join(a.Authors, ",") != "刘佳" || a.Editor != "周敏" || len(a.Footer.Credits) != 3 {
		t.Errorf("meta from the footer: %q %v %q, credits %v", a.Source, a.Authors, a.Editor, a.Footer.Credits)
	}
	for _, c := range []struct{ line, source string }{
		{"Updated: Mar 3,2015 9:05 AM  China Daily", "China Daily"},
		{"(Xinhua)| Updated : 2023-05-06", "Xinhua"},
	} {
		en := importCopy(t, "Harbour reopens after the storm\n\n"+c.line+"\n\nThe harbour wall was rebuilt after the storm, and the fishermen came back one by one to the old quay.\n")
		if en.Article.Source != c.source || en.Article.Published == nil || en.Article.Headline != "Harbour reopens after the storm" {
			t.Errorf("%q: source %q, published %v, headline %q", c.line, en.Article.Source, en.Article.Published, en.Article.Headline)
		}
	}
}

// TestOrphanCaptions: a caption where an image stood without its file line
// becomes a missing photo with its caption and credit (the editor
// relinks it); a sentence that only mentions a photographer stays a
// paragraph.
func TestOrphanCaptions(t *testing.T) {
	res := importCopy(t, `城市书房开进老街巷

来源：长沙晚报 作者：刘佳 编辑：周敏 2024-03-08 11:20

清晨七点，老街巷里的城市书房已经亮起了灯，退休教师王老师每天都是第一个到的读者，他说这里比家里还安静。

图为读者在城市书房里看书。（记者 刘佳 摄）

书房由街道提供场地，引进专业机构运营，每周都会征求读者意见，调整书目，周末还开设了亲子阅读课。

Readers at the new library

[Readers at the new library]

[Photo provided to China Daily]

他说，去年摄影展上拍到的那张照片（后来获了奖）让他第一次走进这间书房，从此每天都来，风雨无阻，已经坚持了整整一年。
`)
	var photos []string
	paragraphs := 0
	for _, b := range res.Article.Blocks() {
		switch b.Kind {
		case article.Photo:
			if !b.Missing || b.Asset != "" {
				t.Errorf("not a missing photo: %+v", b)
			}
			photos = append(photos, b.Caption+"|"+b.Credit)
		case article.Paragraph:
			paragraphs++
		}
	}
	want := []string{"图为读者在城市书房里看书。|记者 刘佳 摄", "Readers at the new library|", "|Photo provided to China Daily"}
	if got := strings.Join(photos, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("photos:\n%s", got)
	}
	if paragraphs != 3 {
		t.Errorf("%d paragraphs, want 3 (the sentence about a photo stays one)", paragraphs)
	}
}

// TestBareAuthorLine: a bare line of names under an English headline is
// the byline, before a meta line or without one; a dek stays the subtitle.
func TestBareAuthorLine(t *testing.T) {
	for _, c := range []struct{ copy, byline, subtitle string }{
		{"Harbour reopens after the storm\nJane Doe and John Roe\n\nSource: Example Daily | Updated: March 5, 2024 2:30 pm GMT\n\nThe harbour wall was rebuilt after the storm, and the fishermen came back one by one.\n", "Jane Doe and John Roe", ""},
		{"Harbour reopens after the storm\n\nMaria Chen\n\nThe harbour wall was rebuilt after the storm, and the fishermen came back one by one.\n", "Maria Chen", ""},
		{"Harbour reopens after the storm\nHow a port city rebuilt its docks\n\nSource: Example Daily | Updated: March 5, 2024 2:30 pm GMT\n\nThe harbour wall was rebuilt after the storm.\n", "", "How a port city rebuilt its docks"},
	} {
		a := importCopy(t, c.copy).Article
		if a.Byline != c.byline || a.Subtitle != c.subtitle || a.Headline != "Harbour reopens after the storm" {
			t.Errorf("%q: byline %q subtitle %q headline %q", c.copy[:40], a.Byline, a.Subtitle, a.Headline)
		}
	}
}

// TestWebRulesKeepText: what looks like web junk but is copy stays: lines
// of years or figures (a lone number of up to three digits is a page
// number, as before), table rows and credit lines with bars, a background
// box titled 相关链接.
func TestWebRulesKeepText(t *testing.T) {
	for _, s := range []string{"2023", "2021 2022 2023", "8000 12000 18000", "姓名 | 年龄 | 职业", "石光明 | 52 | 村支书", "文｜彭晓雨 图｜龙建国 编辑｜石光明", "来源｜湘西日报 编辑｜龙建国"} {
		if isLeftover(s) {
			t.Errorf("%q is dropped as a web leftover", s)
		}
	}
	for _, s := range []string{"< 1 2 3 … >", "上一页 1 2 3 下一页", "首页 | 新闻 | 投稿 | 下载客户端", "简体 | 繁體", "1 2 3 … 10 >"} {
		if !isLeftover(s) {
			t.Errorf("%q is kept", s)
		}
	}
	res := importCopy(t, "村里的变化\n\n正文第一段，村里的变化一点一点地来了，回头一看，真是换了人间。\n\n相关链接\n\n竹山村的三年\n\n合作社成立于二〇二〇年，现有社员三百余户\n")
	kept := 0
	for _, b := range res.Article.Blocks() {
		if strings.Contains(b.Text, "竹山村的三年") || strings.Contains(b.Text, "合作社成立于") {
			kept++
		}
	}
	if kept != 2 {
		t.Errorf("a 相关链接 box lost its text (%d of 2 lines kept)", kept)
	}
}
