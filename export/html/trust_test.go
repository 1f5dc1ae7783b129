package html

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"banmian/article"
	"banmian/internal/disksnap"
	"banmian/internal/testimg"
)

// small is an article with two small photos (cheap to derive).
func small(t *testing.T, photoID string) *article.Article {
	t.Helper()
	a := article.New("zh-CN")
	a.Headline = "标题"
	for i, id := range []string{"p1", photoID} {
		as, err := article.NewAsset("a.jpg", testimg.JPEG(320, 240, i+1))
		if err != nil {
			t.Fatal(err)
		}
		a.Lead = append(a.Lead, article.Block{ID: id, Kind: article.Photo, Asset: a.AddAsset(as), File: id + ".jpg", Caption: "图注"},
			article.Block{ID: "t" + string(rune('a'+i)), Kind: article.Paragraph, Text: "正文。"})
	}
	return a
}

// TestWriteDirStaysInside: a photo ID made to climb out of the folder
// ("../../x", bypassing validation) cannot name a file outside it.
func TestWriteDirStaysInside(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "a", "b", "export")
	os.MkdirAll(filepath.Dir(out), 0o755)
	os.WriteFile(filepath.Join(root, "x-800.jpg"), []byte("the user's file"), 0o644)
	before := disksnap.Take(t, root)
	for _, id := range []string{"../../x", "../../../x", "/tmp/x", `..\..\x`} {
		if err := WriteDir(out, small(t, id), Options{CacheDir: "-"}); err != nil {
			t.Fatal(err)
		}
	}
	disksnap.Same(t, root, before, func(rel string) bool { return strings.HasPrefix(rel, "a/") })
	ents, _ := os.ReadDir(filepath.Join(out, "images"))
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "p1-") && !strings.HasPrefix(e.Name(), "photo-") {
			t.Errorf("image named %q", e.Name())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*")); len(left) > 0 {
		t.Errorf("left beside the export: %v", left)
	}
}

// TestWriteDirKeepsOldExport: an export that fails half-way (a damaged
// photo here; a full disk in the field) leaves the previous export whole,
// and nothing beside it.
func TestWriteDirKeepsOldExport(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "export")
	if err := WriteDir(out, small(t, "p2"), Options{CacheDir: "-"}); err != nil {
		t.Fatal(err)
	}
	before := disksnap.Take(t, root)
	bad := small(t, "p2")
	jpg := testimg.JPEG(320, 240, 9)
	as, _ := article.NewAsset("cut.jpg", jpg[:len(jpg)/2])
	bad.Lead[2].Asset, bad.Lead[2].File = bad.AddAsset(as), "cut.jpg"
	err := WriteDir(out, bad, Options{CacheDir: "-"})
	if !errors.Is(err, ErrHTML) || !strings.Contains(err.Error(), `photo "cut.jpg"`) {
		t.Errorf("err = %v", err)
	}
	disksnap.Same(t, root, before, nil)
}

// TestWriteDirLeavesOtherFiles: exporting into a folder that holds other
// files (the user picked Documents) replaces only the export's entries.
func TestWriteDirLeavesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("old page"), 0o644)
	if err := WriteDir(dir, small(t, "p2"), Options{CacheDir: "-"}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(data) != "mine" {
		t.Errorf("notes.txt: %q", data)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	if !strings.Contains(string(page), "images/p2-") {
		t.Errorf("index.html was not replaced: %.80q", page)
	}
	for _, name := range []string{"style.css", "images/p1-320.jpg"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

// TestUnknownKindRefused: a block of an unknown kind fails the export,
// named, instead of vanishing from the page.
func TestUnknownKindRefused(t *testing.T) {
	a := small(t, "p2")
	a.Lead = append(a.Lead, article.Block{ID: "v1", Kind: "video", Text: "?"})
	var b strings.Builder
	err := Write(&b, a, Options{CacheDir: "-"})
	if !errors.Is(err, ErrHTML) || !strings.Contains(err.Error(), `block v1`) || !strings.Contains(err.Error(), `"video"`) {
		t.Errorf("err = %v", err)
	}
}
