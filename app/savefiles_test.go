package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"

	"banmian/article"
	"banmian/internal/disksnap"
)

// TestSaveAsKeepsOldFile drives Save As the way the real save dialog does:
// it asks the "file" repository for a writer on the chosen path (Fyne's own
// repository truncates the file right there) and hands it to the editor.
// The old file must survive as FILE~, and a first save into a new name
// leaves no empty ~.
func TestSaveAsKeepsOldFile(t *testing.T) {
	e, _ := newTestEditor(t)
	if repo, _ := repository.ForScheme("file"); repo == nil {
		t.Fatal("no file repository")
	} else if _, ok := repo.(lazyFiles); !ok {
		t.Fatalf("the file repository is %T, not the lazy one", repo)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "old.banmian")
	old := article.New("zh-CN")
	old.Headline = "旧版本"
	if err := article.Save(path, old); err != nil {
		t.Fatal(err)
	}
	oldBytes, _ := os.ReadFile(path)

	w, err := storage.Writer(storage.NewFileURI(path)) // what the dialog does on "Save"
	if err != nil {
		t.Fatal(err)
	}
	ok := false
	e.savedAs(w, nil, func(done bool) { ok = done })
	if !ok {
		t.Fatal("Save As failed")
	}
	if kept, _ := os.ReadFile(path + "~"); string(kept) != string(oldBytes) {
		t.Errorf("FILE~ holds %d bytes, want the old file's %d", len(kept), len(oldBytes))
	}
	if a, err := article.Load(path); err != nil || a.Headline != e.doc.Headline {
		t.Errorf("the saved file: %v", err)
	}

	// A new name without the extension: nothing but NAME.banmian appears.
	before := disksnap.Take(t, dir)
	w, _ = storage.Writer(storage.NewFileURI(filepath.Join(dir, "fresh")))
	e.savedAs(w, nil, nil)
	disksnap.Same(t, dir, before, func(rel string) bool { return rel == "fresh.banmian" })
	if _, err := os.Stat(filepath.Join(dir, "fresh.banmian")); err != nil {
		t.Error(err)
	}
}

// TestLazyWriter: the wrapped repository's writer truncates only on the
// first write, as the real one would.
func TestLazyWriter(t *testing.T) {
	installLazyWriters()
	path := filepath.Join(t.TempDir(), "f.txt")
	os.WriteFile(path, []byte("keep"), 0o644)
	w, _ := storage.Writer(storage.NewFileURI(path))
	w.Close()
	if data, _ := os.ReadFile(path); string(data) != "keep" {
		t.Errorf("an unwritten writer changed the file to %q", data)
	}
	w, _ = storage.Writer(storage.NewFileURI(path))
	w.Write([]byte("new"))
	w.Close()
	if data, _ := os.ReadFile(path); string(data) != "new" {
		t.Errorf("a written writer left %q", data)
	}
}
