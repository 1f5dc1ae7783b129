package job

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/internal/testimg"
	"banmian/layout"
)

// TestCaptionFromPhotoMetadata: a photo the copy gives no caption or
// credit takes them from its IPTC, and the import says so; the copy's own
// caption wins; a photo with no credit anywhere is named in preflight.
func TestCaptionFromPhotoMetadata(t *testing.T) {
	dir := t.TempDir()
	tagged := testimg.WithIIM(testimg.JPEG(400, 300, 1), testimg.DS(1, 90, "\x1b%G"), testimg.DS(2, 120, "图为金井镇的万亩茶园。"), testimg.DS(2, 80, "李明"), testimg.DS(2, 110, "长沙晚报"))
	os.WriteFile(filepath.Join(dir, "茶园.jpg"), tagged, 0o644)
	os.WriteFile(filepath.Join(dir, "采茶.jpg"), tagged, 0o644)
	os.WriteFile(filepath.Join(dir, "无名.jpg"), testimg.JPEG(400, 300, 2), 0o644)
	copy := "长沙县：一条产业链带富一方百姓\n\n正文第一段，记者走访多个乡镇。\n\n茶园.jpg\n\n正文第二段，合作社请来了农业专家，专家在茶园里转了三天，给出的结论让大家吃了一惊：这里的茶树品种好，问题出在采摘和加工上。合作社随即建起了标准化加工车间，统一收购鲜叶、统一加工、统一品牌，村民把自家的茶园交给合作社托管，年底分红比以前自己卖茶多了一倍。\n\n采茶.jpg\n\n村民在茶园里采茶。\n\n正文第三段。\n\n无名.jpg\n\n正文第四段，村里还组织了苗鼓队和山歌队，每逢周末在广场上演出，六十八岁的石奶奶是山歌队的领唱，她说唱给全国各地的客人听，心里高兴。去年，村里接待游客十二万人次，旅游收入突破八百万元，村集体经济收入达到一百二十万元，好日子要靠大家一起过。站在村口的观景台上望去，梯田、茶园、民宿和新修的村道连成一片，村支书说，他最大的心愿是让更多在外打拼的年轻人回到家乡。\n"
	res, err := ImportText([]byte(copy), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, w := range res.Warnings {
		notes = append(notes, w.Message)
	}
	all := strings.Join(notes, "\n")
	ph := res.Article.Lead
	var photos []string
	for _, b := range ph {
		if b.Kind == "photo" {
			photos = append(photos, b.File+"|"+b.Caption+"|"+b.Credit)
		}
	}
	want := []string{"茶园.jpg|图为金井镇的万亩茶园。|李明 / 长沙晚报", "采茶.jpg|村民在茶园里采茶。|李明 / 长沙晚报", "无名.jpg||"}
	if strings.Join(photos, "\n") != strings.Join(want, "\n") {
		t.Errorf("photos:\n%s\nwant:\n%s", strings.Join(photos, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(all, `photo "茶园.jpg": caption taken from the photo's metadata`) || strings.Contains(all, `photo "采茶.jpg": caption taken`) || !strings.Contains(all, `photo "采茶.jpg": credit taken`) {
		t.Errorf("import notes:\n%s", all)
	}
	tp, _ := layout.LoadTemplate("report-a4")
	d, err := layout.Layout(res.Article, tp)
	if err != nil {
		t.Fatal(err)
	}
	credits := 0
	for _, w := range d.Warnings {
		if strings.Contains(w.Message, "has no credit") {
			credits++
			if !strings.Contains(w.Message, "无名.jpg") {
				t.Errorf("credit warning for the wrong photo: %s", w.Message)
			}
		}
	}
	if credits != 1 {
		t.Errorf("%d photos named for no credit, want 1", credits)
	}
}
