package article

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Caps on what a .banmian file may hold, against zip bombs.
const (
	// MaxJSONBytes caps article.json, uncompressed: 16 MiB.
	MaxJSONBytes = 16 << 20
	// MaxAssetBytes caps one image, uncompressed: 256 MiB.
	MaxAssetBytes = 256 << 20
	// MaxTotalBytes caps the whole archive, uncompressed: 1 GiB.
	MaxTotalBytes = 1 << 30
	// MaxEntries caps the number of entries: 10,000.
	MaxEntries = 10000
)

const jsonEntry = "article.json"

// document is article.json: the schema tag first, then the article.
type document struct {
	Schema string `json:"schema"`
	*Article
}

// Marshal returns the article as a .banmian archive.
func Marshal(a *Article) ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, a); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the article as a .banmian archive to w. Entries have fixed
// dates and a fixed order, so the same article always gives the same bytes.
func Write(w io.Writer, a *Article) error {
	js, err := json.MarshalIndent(document{Schema: Schema, Article: a}, "", "  ")
	if err != nil {
		return fmt.Errorf("encode article.json: %w", err)
	}
	zw := zip.NewWriter(w)
	epoch := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	put := func(name string, data []byte, method uint16) error {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: epoch})
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	if err := put(jsonEntry, append(js, '\n'), zip.Deflate); err != nil {
		return err
	}
	assets := append([]Asset(nil), a.Assets...)
	sort.Slice(assets, func(i, j int) bool { return assets[i].ID < assets[j].ID })
	for _, as := range assets {
		if as.Data == nil {
			return fmt.Errorf("asset %s (%s) has no data", short(as.ID), as.Name)
		}
		// Images are compressed already: store them.
		if err := put("assets/"+as.ID, as.Data, zip.Store); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Save writes the article to file atomically: a temporary file in the same
// folder is written, synced and renamed over the target; the previous version
// is kept as file + "~". On any failure the old file is left as it was.
func Save(file string, a *Article) (err error) {
	fail := func(err error) error { return &FileError{File: file, Err: err} }
	dir := filepath.Dir(file)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(file)+".*.tmp")
	if err != nil {
		return fail(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := Write(tmp, a); err != nil {
		return fail(err)
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(file); err == nil {
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if _, err := os.Stat(file); err == nil {
		// Keep the previous version; a hard link keeps file in place meanwhile.
		backup := file + "~"
		os.Remove(backup)
		if err := os.Link(file, backup); err != nil {
			if err := copyFile(file, backup); err != nil {
				return fail(fmt.Errorf("keep previous version: %w", err))
			}
		}
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return fail(err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// Load reads and validates a .banmian file. Every problem is a [*FileError]
// naming the file; the file is never changed.
func Load(file string) (*Article, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, &FileError{File: file, Err: err}
	}
	return Read(file, data)
}

// Read parses a .banmian archive held in data; name is used in errors.
func Read(name string, data []byte) (*Article, error) {
	fail := func(entry string, err error) error { return &FileError{File: name, Entry: entry, Err: err} }
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fail("", ErrNotBanmian)
	}
	if len(zr.File) > MaxEntries {
		return nil, fail("", fmt.Errorf("%w: %d entries (the cap is %d)", ErrTooLarge, len(zr.File), MaxEntries))
	}
	entries := map[string]*zip.File{}
	var total uint64
	for _, f := range zr.File {
		if err := checkEntryName(f.Name); err != nil {
			return nil, fail(f.Name, err)
		}
		if _, dup := entries[f.Name]; dup {
			return nil, fail(f.Name, errors.New("entry appears twice"))
		}
		entries[f.Name] = f
		total += f.UncompressedSize64
		if total > MaxTotalBytes {
			return nil, fail("", fmt.Errorf("%w: more than %d MiB uncompressed (the cap)", ErrTooLarge, MaxTotalBytes>>20))
		}
	}
	jf := entries[jsonEntry]
	if jf == nil {
		return nil, fail(jsonEntry, errors.New("entry is missing"))
	}
	js, err := readEntry(jf, MaxJSONBytes)
	if err != nil {
		return nil, fail(jsonEntry, err)
	}
	a, err := decodeJSON(js)
	if err != nil {
		return nil, fail(jsonEntry, err)
	}
	for i := range a.Assets {
		as := &a.Assets[i]
		entry := "assets/" + as.ID
		f := entries[entry]
		if f == nil {
			return nil, fail(entry, fmt.Errorf("%w: image %q is not in the file", ErrMissingAsset, as.Name))
		}
		if as.Data, err = readEntry(f, MaxAssetBytes); err != nil {
			return nil, fail(entry, err)
		}
		if HashHex(as.Data) != as.ID {
			return nil, fail(entry, fmt.Errorf("%w: image %q is damaged", ErrHashMismatch, as.Name))
		}
		if _, _, _, err := ImageHeader(as.Data); err != nil {
			return nil, fail(entry, fmt.Errorf("image %q: %w", as.Name, err))
		}
	}
	if probs := a.Validate(); len(probs) > 0 {
		return nil, fail(jsonEntry, fmt.Errorf("%w: %s", ErrInvalid, joinProblems(probs)))
	}
	return a, nil
}

func joinProblems(probs []Problem) string {
	var parts []string
	for i, p := range probs {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("and %d more", len(probs)-5))
			break
		}
		parts = append(parts, p.String())
	}
	return strings.Join(parts, "; ")
}

// checkEntryName refuses names that could escape a folder when extracted.
func checkEntryName(name string) error {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, `\`) ||
		(len(name) > 1 && name[1] == ':') || path.Clean(name) != strings.TrimSuffix(name, "/") ||
		strings.HasPrefix(path.Clean(name), "..") {
		return fmt.Errorf("%w %q", ErrUnsafePath, name)
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return fmt.Errorf("%w %q", ErrUnsafePath, name)
		}
	}
	return nil
}

// readEntry decompresses an entry, refusing more than limit bytes whatever its
// header declares.
func readEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%w: declares %d bytes uncompressed (the cap is %d MiB)", ErrTooLarge, f.UncompressedSize64, limit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotBanmian, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotBanmian, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d MiB uncompressed (the cap)", ErrTooLarge, limit>>20)
	}
	return data, nil
}

// decodeJSON parses article.json, checking the schema first.
func decodeJSON(js []byte) (*Article, error) {
	var head struct {
		Schema *string `json:"schema"`
	}
	if err := json.Unmarshal(js, &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadJSON, jsonErr(js, err))
	}
	if head.Schema == nil {
		return nil, fmt.Errorf("%w: no \"schema\" field", ErrBadSchema)
	}
	if *head.Schema != Schema {
		var v int
		if _, err := fmt.Sscanf(*head.Schema, "banmian/article@%d", &v); err == nil && v > 1 {
			return nil, fmt.Errorf("%w (schema %q; this version reads %q): update Banmian to open it", ErrNewerSchema, *head.Schema, Schema)
		}
		return nil, fmt.Errorf("%w %q", ErrBadSchema, *head.Schema)
	}
	a := &Article{}
	dec := json.NewDecoder(bytes.NewReader(js))
	if err := dec.Decode(&document{Article: a}); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadJSON, jsonErr(js, err))
	}
	return a, nil
}

// jsonErr adds the line number to a JSON syntax or type error.
func jsonErr(js []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off > int64(len(js)) {
		return err
	}
	return fmt.Errorf("line %d: %v", bytes.Count(js[:off], []byte("\n"))+1, err)
}

// ReadJSON parses a bare article.json (without images; photos keep their
// asset references but assets have no data).
func ReadJSON(name string, js []byte) (*Article, error) {
	a, err := decodeJSON(js)
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	return a, nil
}

// MarshalJSON returns article.json for the article (schema first).
func MarshalJSON(a *Article) ([]byte, error) {
	js, err := json.MarshalIndent(document{Schema: Schema, Article: a}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(js, '\n'), nil
}
