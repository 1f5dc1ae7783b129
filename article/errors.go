package article

// Sentinel errors of the file format; a [*FileError] wraps one of them.
var (
	// ErrNotBanmian signals a file that is not a zip archive (or a truncated one).
	ErrNotBanmian = NewError("not a Banmian file (not a zip archive, or truncated)")
	// ErrNewerSchema signals an article.json made by a newer Banmian.
	ErrNewerSchema = NewError("made by a newer Banmian")
	// ErrBadSchema signals an article.json without a known schema.
	ErrBadSchema = NewError("unknown schema")
	// ErrBadJSON signals an article.json that does not parse.
	ErrBadJSON = NewError("malformed article.json")
	// ErrMissingAsset signals a photo or asset whose image is not in the file.
	ErrMissingAsset = NewError("missing asset")
	// ErrHashMismatch signals an asset whose bytes do not match its SHA-256 name.
	ErrHashMismatch = NewError("asset does not match its hash")
	// ErrUnsafePath signals an entry named with "..", an absolute path or a backslash (zip slip).
	ErrUnsafePath = NewError("unsafe entry path")
	// ErrTooLarge signals an entry or archive over the size caps (zip bomb).
	ErrTooLarge = NewError("too large")
	// ErrInvalid signals an article that fails [Article.Validate].
	ErrInvalid = NewError("invalid article")
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
		return Sprintf("%s: %s: %v", e.File, e.Entry, e.Err)
	}
	return Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }
