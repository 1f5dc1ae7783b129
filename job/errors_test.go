package job

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"banmian/article"
	"banmian/layout"
)

// TestErrorsWrap: errors keep their causes through every layer, so that
// errors.Is finds both the layer's sentinel and the cause.
func TestErrorsWrap(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "none.banmian"), ""); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	bad := filepath.Join(dir, "t.json")
	os.WriteFile(bad, []byte(`{"styles": {}}`), 0o644)
	a := article.New("zh-CN")
	a.Layout = &article.Layout{Template: "nope.json"}
	_, err := Template(a, dir, "")
	if !errors.Is(err, layout.ErrTemplate) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing template file: %v", err)
	}
	js := filepath.Join(dir, "a.json")
	os.WriteFile(js, []byte("{\n\"schema\": \"banmian/article@1\",\n\"lang\": }"), 0o644)
	if _, err := Open(js, ""); !errors.Is(err, article.ErrBadJSON) {
		t.Errorf("bad json: %v", err)
	}
}
