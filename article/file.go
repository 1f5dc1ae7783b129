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
	if probs := a.Validate(); len(probs) > 0 {
		// Never write what the reader would refuse.
		return Errorf("%w: %s", ErrInvalid, joinProblems(probs))
	}
	js, err := json.MarshalIndent(document{Schema: Schema, Article: a}, "", "  ")
	if err != nil {
		return Errorf("encode article.json: %w", err)
	}
	if len(js) >= MaxJSONBytes {
		return Errorf("%w: the article's text takes %d MiB, more than the %d MiB a .banmian file may hold: split it into several articles", ErrTooLarge, len(js)>>20, MaxJSONBytes>>20)
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
			return Errorf("asset %s (%s) has no data", short(as.ID), as.Name)
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
// is kept as file + "~" (unless it is empty: a 0-byte file is never kept).
// On any failure the old file is left as it was. Temporary files that an
// earlier, interrupted save to the same folder left behind are removed first.
func Save(file string, a *Article) (err error) {
	fail := func(err error) error { return &FileError{File: file, Err: err} }
	dir := filepath.Dir(file)
	if st, err := os.Stat(file); err == nil && !st.Mode().IsRegular() {
		return fail(Errorf("%w (%s): choose a file name", ErrNotRegular, kindOf(st.Mode())))
	}
	RemoveStaleTemps(dir)
	tmp, err := CreateTemp(file)
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
	if st, err := os.Stat(file); err == nil && st.Size() > 0 {
		// Keep the previous version; a hard link keeps file in place meanwhile.
		backup := file + "~"
		os.Remove(backup)
		if err := os.Link(file, backup); err != nil {
			if err := copyFile(file, backup); err != nil {
				return fail(Errorf("keep previous version: %w", err))
			}
		}
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return fail(err)
	}
	SyncDir(dir)
	return nil
}

// SyncDir commits a folder's entries, so that a rename in it outlives a
// crash. A folder that cannot be synced (some file systems refuse) leaves
// the file written all the same.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// Load reads and validates a .banmian file. Every problem is a [*FileError]
// naming the file; the file is never changed. Only a regular file of at most
// [MaxFileBytes] that starts as a zip archive is read, and its entries are
// decompressed one at a time within their caps, so memory stays bounded by
// what the article holds.
func Load(file string) (*Article, error) {
	f, size, err := openRegular(file, MaxFileBytes)
	if err != nil {
		return nil, &FileError{File: file, Err: err}
	}
	defer f.Close()
	var magic [4]byte
	if _, err := f.ReadAt(magic[:], 0); err != nil || string(magic[:]) != "PK\x03\x04" {
		return nil, &FileError{File: file, Err: ErrNotBanmian}
	}
	return readArchive(file, f, size)
}

// ErrNotRegular signals a path that is a folder, a device, a FIFO or a socket.
var ErrNotRegular = NewError("not a regular file")

// openRegular opens a regular file of at most max bytes; folders, devices,
// FIFOs and sockets are refused before they are opened, so nothing blocks.
func openRegular(file string, max int64) (*os.File, int64, error) {
	st, err := os.Stat(file)
	if err != nil {
		return nil, 0, err
	}
	if !st.Mode().IsRegular() {
		return nil, 0, Errorf("%w (%s)", ErrNotRegular, kindOf(st.Mode()))
	}
	if st.Size() > max {
		return nil, 0, Errorf("%w: %d MiB on disk (the cap is %d MiB)", ErrTooLarge, st.Size()>>20, max>>20)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, 0, err
	}
	if st2, err := f.Stat(); err != nil || !st2.Mode().IsRegular() || st2.Size() > max {
		f.Close()
		return nil, 0, Errorf("%w (it changed while being opened)", ErrNotRegular)
	}
	return f, st.Size(), nil
}

func kindOf(m os.FileMode) string {
	switch {
	case m.IsDir():
		return T("a folder")
	case m&os.ModeNamedPipe != 0:
		return T("a FIFO")
	case m&os.ModeSocket != 0:
		return T("a socket")
	case m&os.ModeDevice != 0:
		return T("a device")
	}
	return T("not a plain file")
}

// ReadFileLimited reads a regular file of at most max bytes: folders,
// devices, FIFOs and sockets are refused with [ErrNotRegular] before being
// opened, and a larger file with [ErrTooLarge] before being read.
func ReadFileLimited(file string, max int64) ([]byte, error) {
	f, size, err := openRegular(file, max)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, size+1)
	data, err = readAllLimit(f, data, max)
	if err != nil {
		return nil, err
	}
	return data, nil
}

func readAllLimit(r io.Reader, buf []byte, max int64) ([]byte, error) {
	w := bytes.NewBuffer(buf)
	n, err := io.Copy(w, io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, Errorf("%w: more than %d MiB (the cap)", ErrTooLarge, max>>20)
	}
	return w.Bytes(), nil
}

// Read parses a .banmian archive held in data; name is used in errors.
func Read(name string, data []byte) (*Article, error) {
	return readArchive(name, bytes.NewReader(data), int64(len(data)))
}

func readArchive(name string, r io.ReaderAt, size int64) (*Article, error) {
	fail := func(entry string, err error) error { return &FileError{File: name, Entry: entry, Err: err} }
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fail("", ErrNotBanmian)
	}
	if len(zr.File) > MaxEntries {
		return nil, fail("", Errorf("%w: %d entries (the cap is %d)", ErrTooLarge, len(zr.File), MaxEntries))
	}
	entries := map[string]*zip.File{}
	var total uint64
	for _, f := range zr.File {
		if err := checkEntryName(f.Name); err != nil {
			return nil, fail(f.Name, err)
		}
		if _, dup := entries[f.Name]; dup {
			return nil, fail(f.Name, NewError("entry appears twice"))
		}
		entries[f.Name] = f
		total += f.UncompressedSize64
		if total > MaxTotalBytes {
			return nil, fail("", Errorf("%w: more than %d MiB uncompressed (the cap)", ErrTooLarge, MaxTotalBytes>>20))
		}
	}
	jf := entries[jsonEntry]
	if jf == nil {
		return nil, fail(jsonEntry, NewError("entry is missing"))
	}
	js, err := readEntry(jf, MaxJSONBytes)
	if err != nil {
		return nil, fail(jsonEntry, err)
	}
	a, err := decodeJSON(js)
	if err != nil {
		return nil, fail(jsonEntry, err)
	}
	js = nil
	if len(a.Assets) > MaxEntries {
		return nil, fail(jsonEntry, Errorf("%w: %d images listed (the cap is %d)", ErrTooLarge, len(a.Assets), MaxEntries))
	}
	read := map[string]bool{}
	total = 0
	for i := range a.Assets {
		as := &a.Assets[i]
		entry := "assets/" + as.ID
		if read[as.ID] {
			// Each entry is decompressed once: a list naming one image
			// many times is refused, not multiplied.
			return nil, fail(jsonEntry, Errorf("%w: image %q (%s) is listed twice in \"assets\"", ErrInvalid, clip(as.Name), short(as.ID)))
		}
		read[as.ID] = true
		f := entries[entry]
		if f == nil || !validAssetID(as.ID) {
			return nil, fail(entry, Errorf("%w: image %q is not in the file", ErrMissingAsset, clip(as.Name)))
		}
		if as.Data, err = readEntry(f, MaxAssetBytes); err != nil {
			return nil, fail(entry, err)
		}
		if total += uint64(len(as.Data)); total > MaxTotalBytes {
			return nil, fail(entry, Errorf("%w: images of more than %d MiB in all (the cap)", ErrTooLarge, MaxTotalBytes>>20))
		}
		if HashHex(as.Data) != as.ID {
			return nil, fail(entry, Errorf("%w: image %q is damaged", ErrHashMismatch, clip(as.Name)))
		}
		as.hashed, as.hashedID = as.Data, as.ID
		w, h, mime, err := ImageHeader(as.Data)
		if err != nil {
			return nil, fail(entry, Errorf("image %q: %w", clip(as.Name), err))
		}
		// The image's own header is the truth; article.json only repeats it.
		as.Width, as.Height, as.MIME = w, h, mime
	}
	if err := check(a); err != nil {
		return nil, fail(jsonEntry, err)
	}
	return a, nil
}

// Check reports whether the article can be saved and read back: it must
// pass [Article.Validate] and its article.json must stay under
// [MaxJSONBytes]. Importers call it so that an article too large for a
// .banmian file is refused when it is made, not when it is saved.
func Check(a *Article) error {
	if probs := a.Validate(); len(probs) > 0 {
		return Errorf("%w: %s", ErrInvalid, joinProblems(probs))
	}
	js, err := json.Marshal(document{Schema: Schema, Article: a})
	if err != nil {
		return err
	}
	// MarshalIndent adds a few bytes a line; allow for them.
	if n := len(js) + len(js)/4; n >= MaxJSONBytes {
		return Errorf("%w: the article's text takes %d MiB, more than the %d MiB a .banmian file may hold: split it into several articles", ErrTooLarge, n>>20, MaxJSONBytes>>20)
	}
	return nil
}

// check validates a freshly read article: scene labels are regenerated
// first (they follow from the scenes' places), then [Article.Validate]
// must find nothing.
func check(a *Article) error {
	a.Renumber()
	if probs := a.Validate(); len(probs) > 0 {
		return Errorf("%w: %s", ErrInvalid, joinProblems(probs))
	}
	return nil
}

func validAssetID(id string) bool {
	return len(id) == 64 && strings.Trim(id, "0123456789abcdef") == ""
}

// joinProblems lists the first five problems and counts the rest.
func joinProblems(probs []Problem) string {
	total := len(probs)
	if n := len(probs); n > 0 && probs[n-1].more > 0 {
		total += probs[n-1].more - 1 // the last one only counted the unlisted
	}
	var parts []string
	for i, p := range probs {
		if i == 5 {
			parts = append(parts, Sprintf("and %d more", total-5))
			break
		}
		if p.more > 0 {
			parts = append(parts, p.Message)
			break
		}
		parts = append(parts, p.String())
	}
	return strings.Join(parts, T("; "))
}

// checkEntryName refuses names that could escape a folder when extracted.
func checkEntryName(name string) error {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, `\`) ||
		(len(name) > 1 && name[1] == ':') || path.Clean(name) != strings.TrimSuffix(name, "/") ||
		strings.HasPrefix(path.Clean(name), "..") {
		return Errorf("%w %q", ErrUnsafePath, name)
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return Errorf("%w %q", ErrUnsafePath, name)
		}
	}
	return nil
}

// readEntry decompresses an entry, refusing more than limit bytes whatever its
// header declares.
func readEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, Errorf("%w: declares %d bytes uncompressed (the cap is %d MiB)", ErrTooLarge, f.UncompressedSize64, limit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, Errorf("%w: %w", ErrNotBanmian, err)
	}
	defer rc.Close()
	// Read into a buffer of the declared size (within the cap, checked
	// above): io.ReadAll's doubling allocated twice a photo's size. The
	// read past it must find the end, where the zip reader checks the CRC.
	data := make([]byte, f.UncompressedSize64)
	if _, err = io.ReadFull(rc, data); err == nil {
		var more [1]byte
		if n, end := rc.Read(more[:]); n > 0 {
			err = Errorf("more data than the %d bytes declared", len(data))
		} else if end != io.EOF {
			err = end
		}
	}
	if err != nil {
		return nil, Errorf("%w: %w", ErrNotBanmian, err)
	}
	if int64(len(data)) > limit {
		return nil, Errorf("%w: more than %d MiB uncompressed (the cap)", ErrTooLarge, limit>>20)
	}
	return data, nil
}

// decodeJSON parses article.json, checking the schema first.
func decodeJSON(js []byte) (*Article, error) {
	var head struct {
		Schema *string `json:"schema"`
	}
	if err := json.Unmarshal(js, &head); err != nil {
		return nil, Errorf("%w: %w", ErrBadJSON, jsonErr(js, err))
	}
	if head.Schema == nil {
		return nil, Errorf("%w: no \"schema\" field", ErrBadSchema)
	}
	if *head.Schema != Schema {
		var v int
		if _, err := fmt.Sscanf(*head.Schema, "banmian/article@%d", &v); err == nil && v > 1 {
			return nil, Errorf("%w (schema %q; this version reads %q): update Banmian to open it", ErrNewerSchema, *head.Schema, Schema)
		}
		return nil, Errorf("%w %q", ErrBadSchema, *head.Schema)
	}
	a := &Article{}
	dec := json.NewDecoder(bytes.NewReader(js))
	if err := dec.Decode(&document{Article: a}); err != nil {
		return nil, Errorf("%w: %w", ErrBadJSON, jsonErr(js, err))
	}
	a.moveLegacySizes()
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
	return Errorf("line %d: %w", bytes.Count(js[:off], []byte("\n"))+1, err)
}

// ReadJSON parses and validates a bare article.json (without images;
// photos keep their asset references but assets have no data). It applies
// the same checks as [Read].
func ReadJSON(name string, js []byte) (*Article, error) {
	if len(js) > MaxJSONBytes {
		return nil, &FileError{File: name, Err: Errorf("%w: more than %d MiB (the cap)", ErrTooLarge, MaxJSONBytes>>20)}
	}
	a, err := decodeJSON(js)
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	if len(a.Assets) > MaxEntries {
		return nil, &FileError{File: name, Err: Errorf("%w: %d images listed (the cap is %d)", ErrTooLarge, len(a.Assets), MaxEntries)}
	}
	if err := check(a); err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	return a, nil
}

// LoadJSON reads and validates a bare article.json file (see [ReadJSON]).
func LoadJSON(file string) (*Article, error) {
	js, err := ReadFileLimited(file, MaxJSONBytes)
	if err != nil {
		return nil, &FileError{File: file, Err: err}
	}
	return ReadJSON(file, js)
}

// MarshalJSON returns article.json for the article (schema first).
func MarshalJSON(a *Article) ([]byte, error) {
	js, err := json.MarshalIndent(document{Schema: Schema, Article: a}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(js, '\n'), nil
}
