package webpage

import (
	"strings"
	"testing"

	"banmian/article"
)

// TestSavedPage: a page saved with its _files folder gives the headline,
// the meta line and byline, the body (a <br> kept as a line break), the
// subhead, and the figure as a photo attached from the folder with its
// caption and credit; navigation, the share widget, related links and
// scripts are not in it; an image named outside the folder is not read.
func TestSavedPage(t *testing.T) {
	res, err := ImportFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	a := res.Article
	if a.Headline != "长沙县：一条产业链带富一方百姓" {
		t.Errorf("headline %q", a.Headline)
	}
	if a.Byline != "长沙晚报记者 李明 通讯员 王芳 长沙报道" {
		t.Errorf("byline %q", a.Byline)
	}
	if a.Subtitle != "" || a.Source != "长沙晚报" || a.Editor != "赵强" || len(a.Authors) != 2 || a.Published == nil {
		t.Errorf("subtitle %q, meta %q %v %q %v", a.Subtitle, a.Source, a.Authors, a.Editor, a.Published)
	}
	var all []string
	var photos []*article.Block
	for _, b := range a.Blocks() {
		all = append(all, b.Text, b.Caption)
		if b.Kind == article.Photo {
			photos = append(photos, b)
		}
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"5月的长沙县", "手机上一看就知道。\n她笑着说", "卖得好：电商拓销路", "带动更多农户增收致富"} {
		if !strings.Contains(text, want) {
			t.Errorf("the body lacks %q", want)
		}
	}
	for _, junk := range []string{"下载客户端", "分享到", "相关新闻", "浏阳", "alert", "evil"} {
		if strings.Contains(text, junk) || strings.Contains(a.Headline, junk) {
			t.Errorf("the article holds %q", junk)
		}
	}
	if len(photos) == 0 || photos[0].File != "tea.jpg" || photos[0].Missing || a.Asset(photos[0].Asset) == nil {
		t.Fatalf("the figure's photo: %+v", photos)
	}
	if photos[0].Caption != "图为金井镇的万亩茶园。" || photos[0].Credit != "记者 李明 摄" {
		t.Errorf("caption %q credit %q", photos[0].Caption, photos[0].Credit)
	}
	for _, p := range photos[1:] {
		if !p.Missing {
			t.Errorf("an image named outside the page's folder was attached: %+v", p)
		}
	}
	if _, err := Import([]byte("<html><body><p>x</p></body></html>"), ""); err == nil {
		t.Error("a page with no article was imported")
	}
}

// TestHeadlineNotLogo: a site logo set as <h1> is not the headline.
func TestHeadlineNotLogo(t *testing.T) {
	page := []byte(`<html><head><title>长沙县：一条产业链带富一方百姓_湖南频道_红网</title></head><body><h1>红网</h1><p>导航</p></body></html>`)
	if h := headline(page, "长沙县：一条产业链带富一方百姓_湖南频道_红网"); h != "长沙县：一条产业链带富一方百姓" {
		t.Errorf("headline %q", h)
	}
	page = []byte(`<html><head><title>长沙县：一条产业链带富一方百姓_红网</title></head><body><h1>红网</h1><h1>长沙县：一条产业链带富一方百姓</h1></body></html>`)
	if h := headline(page, "长沙县：一条产业链带富一方百姓_红网"); h != "长沙县：一条产业链带富一方百姓" {
		t.Errorf("headline %q", h)
	}
}
