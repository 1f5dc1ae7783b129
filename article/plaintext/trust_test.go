package plaintext

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"banmian/article"
	"banmian/internal/disksnap"
	"banmian/internal/testimg"
)

// TestPhotosStayInTheirFolder: photo lines that name other folders, and
// links or special files in the photo folder, never read anything outside
// it (nor block on a FIFO); those photos are imported as missing, with a
// warning naming them.
func TestPhotosStayInTheirFolder(t *testing.T) {
	root := t.TempDir()
	photos := filepath.Join(root, "photos")
	secret := filepath.Join(root, "secret")
	os.MkdirAll(photos, 0o755)
	os.MkdirAll(secret, 0o755)
	os.WriteFile(filepath.Join(secret, "outside.jpg"), testimg.JPEG(40, 30, 7), 0o644)
	os.WriteFile(filepath.Join(photos, "inside.jpg"), testimg.JPEG(40, 30, 8), 0o644)
	if runtime.GOOS != "windows" {
		os.Symlink(filepath.Join(secret, "outside.jpg"), filepath.Join(photos, "link.jpg"))
		if err := syscall.Mkfifo(filepath.Join(photos, "fifo.jpg"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := strings.Join([]string{
		"标题", "", "来源：红网 作者：何青 2019-08-07 19:39:37", "",
		"正文第一段。", "inside.jpg", "图注一",
		"../secret/outside.jpg", "图注二",
		filepath.Join(secret, "outside.jpg"), "图注三",
		"..\\secret\\outside.jpg", "图注四",
		"link.jpg", "图注五",
		"fifo.jpg", "图注六",
		"outside.jpg", "图注七",
	}, "\n")
	before := disksnap.Take(t, root)
	res, err := Import([]byte(text), Options{PhotoDir: photos})
	if err != nil {
		t.Fatal(err)
	}
	disksnap.Same(t, root, before, nil)
	outside := article.HashHex(testimg.JPEG(40, 30, 7))
	for _, as := range res.Article.Assets {
		if as.ID == outside {
			t.Errorf("read a file from outside the photo folder (as %q)", as.Name)
		}
	}
	attached := 0
	for _, b := range res.Article.Blocks() {
		if b.Kind == article.Photo && !b.Missing {
			attached++
			if b.File != "inside.jpg" {
				t.Errorf("photo %q was attached", b.File)
			}
		}
	}
	if attached != 1 {
		t.Errorf("%d photos attached, want only inside.jpg", attached)
	}
	if w := warnings(res); runtime.GOOS != "windows" && !strings.Contains(w, `"fifo.jpg": fifo.jpg is not a plain file`) {
		t.Errorf("no warning names the FIFO:\n%s", w)
	}
	checkNoLineLost(t, text, res)
}

func warnings(res *Result) string {
	var b strings.Builder
	for _, w := range res.Warnings {
		b.WriteString(w.String() + "\n")
	}
	return b.String()
}

// TestOverlongTextKept: text longer than a field may hold is kept whole as
// paragraphs (a headline of a page, an unbroken word of 400,000 letters),
// so the import can always be saved and read back.
func TestOverlongTextKept(t *testing.T) {
	word := strings.Repeat("a", 4*article.MaxTextChars)
	head := strings.Repeat("标题", article.MaxLineChars)
	caption := strings.Repeat("A caption that runs on. ", article.MaxLineChars/10)
	text := head + "\n\nBy Jane Doe\n\n" + word + "\n\nphoto.jpg\n" + caption + "\n\nA closing paragraph.\n"
	res, err := Import([]byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Article
	if err := article.Check(a); err != nil {
		t.Fatalf("the import cannot be saved: %v", err)
	}
	var all strings.Builder
	for _, b := range a.Blocks() {
		all.WriteString(b.Text)
	}
	if got := all.String(); !strings.Contains(got, head) || !strings.Contains(got, strings.TrimSpace(caption)) || strings.Count(got, "a") < len(word) {
		t.Errorf("text was lost: kept %d of %d letters", strings.Count(got, "a"), len(word))
	}
	if len(a.Headline) > article.MaxLineChars*3 {
		t.Errorf("headline of %d bytes", len(a.Headline))
	}
	if w := warnings(res); !strings.Contains(w, "set as 4 paragraphs") {
		t.Errorf("warnings do not say what was done:\n%s", w)
	}
	dir := t.TempDir()
	if err := article.Save(filepath.Join(dir, "a.banmian"), a); err != nil {
		t.Fatal(err)
	}
	if _, err := article.Load(filepath.Join(dir, "a.banmian")); err != nil {
		t.Errorf("what the import made cannot be read back: %v", err)
	}
}

// TestImportFileRefusesSpecialFiles: a FIFO, a device or a folder is refused
// before it is read; a text over the cap is refused with the cap named.
func TestImportFileRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	paths := []string{dir}
	if runtime.GOOS != "windows" {
		fifo := filepath.Join(dir, "copy.txt")
		syscall.Mkfifo(fifo, 0o644)
		paths = append(paths, fifo, "/dev/zero")
	}
	for _, p := range paths {
		if _, err := ImportFile(p, ""); !errors.Is(err, article.ErrNotRegular) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v", p, err)
		}
	}
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, []byte(strings.Repeat("文", article.MaxTextFileBytes/3+1)), 0o644)
	if _, err := ImportFile(big, ""); !errors.Is(err, article.ErrTooLarge) || !strings.Contains(err.Error(), "16 MiB") {
		t.Errorf("big text: %v", err)
	}
}

// TestFitCapsMovesFields: a one-line field over its cap becomes a paragraph
// where it stood (the header's in the lead, a caption after its photo),
// and the input lines that held it point at the new blocks.
func TestFitCapsMovesFields(t *testing.T) {
	long := strings.Repeat("长", article.MaxLineChars+1)
	im := &importer{res: &Result{}, a: article.New("zh-CN")}
	im.a.Headline = long
	im.a.Lead = []article.Block{{ID: "p1", Kind: article.Photo, Missing: true, File: "a.jpg", Caption: long}}
	im.ids[idBlock] = 1
	im.res.Lines = []Fate{{Line: 1, Text: long, Target: article.IDHeadline}, {Line: 3, Text: long, Target: "p1"}}
	im.fitCaps()
	a := im.a
	if a.Headline != "" || a.Lead[0].Caption != "" {
		t.Fatalf("fields kept: %d, %d characters", len(a.Headline), len(a.Lead[0].Caption))
	}
	if len(a.Lead) != 3 || a.Lead[0].Kind != article.Paragraph || a.Lead[0].Text != long || a.Lead[1].Kind != article.Photo || a.Lead[2].Text != long {
		t.Errorf("lead: %+v", a.Lead)
	}
	if err := article.Check(a); err != nil {
		t.Error(err)
	}
	if w := warnings(im.res); strings.Count(w, "too long for its field") != 2 {
		t.Errorf("warnings:\n%s", w)
	}
	targets := map[string]bool{}
	for _, f := range im.res.Lines {
		targets[f.Target] = true
	}
	if !targets[a.Lead[0].ID] || !targets[a.Lead[2].ID] {
		t.Errorf("the lines do not point at the new paragraphs: %v", im.res.Lines)
	}
}
