package html

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"banmian/article"
)

// What a folder export writes; anything else in the folder is the user's.
var exportEntries = map[string]bool{"index.html": true, "style.css": true, "images": true}

// WriteDir writes DIR/index.html, DIR/style.css and DIR/images/ (800 and
// 1600 px derivatives with srcset). The new folder is written in full beside
// the target first; only then does it take the old one's place, so an export
// that fails (a full disk) leaves the old export whole. Other files in DIR
// are left alone. Every file name is checked to stay inside DIR.
func WriteDir(dir string, a *article.Article, opt Options) error {
	dir = filepath.Clean(dir)
	var buf bytes.Buffer
	files := map[string][]byte{}
	if err := render(&buf, a, opt, files); err != nil {
		return err
	}
	files["style.css"] = []byte(theme(opt).CSS())
	files["index.html"] = buf.Bytes()
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return article.Errorf("%w: %s is a file, not a folder", ErrHTML, dir)
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return article.Errorf("%w: %w", ErrHTML, err)
	}
	article.RemoveStaleTemps(parent)
	stage, err := article.CreateTempDir(dir)
	if err != nil {
		return article.Errorf("%w: %w", ErrHTML, err)
	}
	defer os.RemoveAll(stage) // nothing left of it after a success
	if err := writeTree(stage, files); err != nil {
		return article.Errorf("%w: %w", ErrHTML, err)
	}
	if err := swapIn(stage, dir); err != nil {
		return article.Errorf("%w: %w", ErrHTML, err)
	}
	return nil
}

// writeTree writes files (slash-separated names) under root, synced.
func writeTree(root string, files map[string][]byte) error {
	if err := os.Mkdir(filepath.Join(root, "images"), 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		p, err := inside(root, name)
		if err != nil {
			return err
		}
		if err := writeSynced(p, files[name]); err != nil {
			return err
		}
	}
	return nil
}

// inside joins root and a slash-separated name, refusing a result outside root.
func inside(root, name string) (string, error) {
	p := filepath.Join(root, filepath.FromSlash(name))
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", article.Errorf("file name %q would leave the export folder", name)
	}
	return p, nil
}

func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// swapIn puts the staged export in dir's place. A missing or empty dir, or
// one holding only an earlier export, is replaced whole by renaming; a
// folder with other files gets the export's entries swapped one by one.
func swapIn(stage, dir string) error {
	ents, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return os.Rename(stage, dir)
	}
	if err != nil {
		return err
	}
	ours := true
	for _, e := range ents {
		if !exportEntries[e.Name()] {
			ours = false
		}
	}
	if ours {
		old, err := article.CreateTempDir(dir)
		if err != nil {
			return err
		}
		os.Remove(old) // only its unique name is needed
		if err := os.Rename(dir, old); err != nil {
			return err
		}
		if err := os.Rename(stage, dir); err != nil {
			os.Rename(old, dir) // put the old export back
			return err
		}
		return os.RemoveAll(old)
	}
	// Mixed folder: images first (the old page still finds its files under
	// the old names until index.html is replaced), then the page.
	oldImages := ""
	if _, err := os.Stat(filepath.Join(dir, "images")); err == nil {
		if oldImages, err = article.CreateTempDir(filepath.Join(dir, "images")); err != nil {
			return err
		}
		os.Remove(oldImages)
		if err := os.Rename(filepath.Join(dir, "images"), oldImages); err != nil {
			return err
		}
	}
	if err := os.Rename(filepath.Join(stage, "images"), filepath.Join(dir, "images")); err != nil {
		if oldImages != "" {
			os.Rename(oldImages, filepath.Join(dir, "images"))
		}
		return err
	}
	for _, name := range []string{"style.css", "index.html"} {
		if err := os.Rename(filepath.Join(stage, name), filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	if oldImages != "" {
		return os.RemoveAll(oldImages)
	}
	return nil
}
