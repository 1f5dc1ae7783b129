package article

import (
	"errors"
	"fmt"
)

// Sentinel errors of the file format; a [*FileError] wraps one of them.
var (
	// ErrNotBanmian signals a file that is not a zip archive (or a truncated one).
	ErrNotBanmian = errors.New("not a Banmian file (not a zip archive, or truncated)")
	// ErrNewerSchema signals an article.json made by a newer Banmian.
	ErrNewerSchema = errors.New("made by a newer Banmian")
	// ErrBadSchema signals an article.json without a known schema.
	ErrBadSchema = errors.New("unknown schema")
	// ErrBadJSON signals an article.json that does not parse.
	ErrBadJSON = errors.New("malformed article.json")
	// ErrMissingAsset signals a photo or asset whose image is not in the file.
	ErrMissingAsset = errors.New("missing asset")
	// ErrHashMismatch signals an asset whose bytes do not match its SHA-256 name.
	ErrHashMismatch = errors.New("asset does not match its hash")
	// ErrUnsafePath signals an entry named with "..", an absolute path or a backslash (zip slip).
	ErrUnsafePath = errors.New("unsafe entry path")
	// ErrTooLarge signals an entry or archive over the size caps (zip bomb).
	ErrTooLarge = errors.New("too large")
	// ErrInvalid signals an article that fails [Article.Validate].
	ErrInvalid = errors.New("invalid article")
)

// FileError is an error loading or saving a .banmian file. It names the file,
// the entry inside it when there is one, and what went wrong.
type FileError struct {
	// File is the path of the .banmian file.
	File string
	// Entry is the zip entry concerned ("article.json", "assets/…"), or empty.
	Entry string
	// Err is the problem, wrapping one of the sentinels above when it applies.
	Err error
}

// Error gives "FILE: ENTRY: problem".
func (e *FileError) Error() string {
	if e.Entry != "" {
		return fmt.Sprintf("%s: %s: %v", e.File, e.Entry, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }
