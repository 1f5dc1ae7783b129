// Package disksnap takes snapshots of a folder tree for tests that must show
// an operation changed nothing on disk but what it was asked to change.
package disksnap

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Snap maps each path under a root (slash-separated, relative) to a digest
// of its kind and content (size and modification time for files over 16 MiB).
type Snap map[string]string

// Take records every file, folder and link under root.
func Take(t testing.TB, root string) Snap {
	t.Helper()
	s := Snap{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			s[rel] = "dir"
		case d.Type().IsRegular():
			if info, err := d.Info(); err == nil && info.Size() > 16<<20 {
				// Large (often sparse) test files: size and time tell.
				s[rel] = fmt.Sprintf("file %d bytes %v", info.Size(), info.ModTime().UnixNano())
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			s[rel] = fmt.Sprintf("file %x", sha256.Sum256(data))
		default:
			s[rel] = d.Type().String()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Diff lists what differs between two snapshots, ignoring the paths for
// which allow returns true (nil allows nothing).
func Diff(before, after Snap, allow func(rel string) bool) []string {
	var out []string
	for p, v := range before {
		if allow != nil && allow(p) {
			continue
		}
		if w, ok := after[p]; !ok {
			out = append(out, "removed "+p)
		} else if w != v {
			out = append(out, "changed "+p)
		}
	}
	for p := range after {
		if allow != nil && allow(p) {
			continue
		}
		if _, ok := before[p]; !ok {
			out = append(out, "added "+p)
		}
	}
	sort.Strings(out)
	return out
}

// Same fails the test when anything under root changed since before, but
// the paths allow accepts.
func Same(t testing.TB, root string, before Snap, allow func(rel string) bool) {
	t.Helper()
	if d := Diff(before, Take(t, root), allow); len(d) > 0 {
		t.Errorf("the disk changed under %s:\n  %s", root, strings.Join(d, "\n  "))
	}
}
