package plaintext

import (
	"path/filepath"
	"testing"

	"banmian/article"
)

// TestPhotosStandingTogetherMakeRows: photos that stand together in the
// copy (a caption may follow each) make one row of at most four; a photo
// after body text starts anew.
func TestPhotosStandingTogetherMakeRows(t *testing.T) {
	res := importFixture(t, filepath.Join("../../testdata/corpus", "zh-photos.txt"), "")
	var got []string
	for _, b := range res.Article.Blocks() {
		if b.Kind != article.Photo {
			continue
		}
		mark := "new"
		if b.PhotoLayout().Row {
			mark = "row"
		}
		got = append(got, b.File+" "+mark)
	}
	want := []string{"绣娘.jpg new", "绣虎.jpg new", "针法细部.jpg row", "丝线.jpg row", "小周.jpg new", "团扇.jpg new", "书签.jpg row"}
	if len(got) != len(want) {
		t.Fatalf("photos %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("photo %d: %s, want %s", i+1, got[i], want[i])
		}
	}
	five := []byte("标题\n\n正文第一段。\n\na.jpg\n\nb.jpg\n\nc.jpg\n\nd.jpg\n\ne.jpg\n\n图为五张图。\n\n正文第二段。\n")
	r, err := Import(five, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := ""
	for _, b := range r.Article.Blocks() {
		if b.Kind == article.Photo {
			if b.PhotoLayout().Row {
				rows += "r"
			} else {
				rows += "N"
			}
		}
	}
	if rows != "NrrrN" {
		t.Errorf("five photos together: %s, want NrrrN (four to a row)", rows)
	}
}
