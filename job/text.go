package job

import (
	"io/fs"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/layout"
)

// ImportResult is what an import made and noticed (see plaintext.Result).
type ImportResult = plaintext.Result

// DefaultTemplate is the template of an article that names none.
const DefaultTemplate = layout.DefaultTemplate

// ImportText imports copied text; photos are looked up in photoDir, or in
// photos when it is not nil (the bundled samples).
func ImportText(text []byte, photoDir string, photos fs.FS) (*ImportResult, error) {
	res, err := plaintext.Import(text, plaintext.Options{PhotoDir: photoDir, Photos: photos})
	if err == nil {
		fillFromPhotoMetadata(res)
	}
	return res, err
}

// FormatText writes the article in the importer's text form (the external
// editor's file); importing it gives the article back.
func FormatText(a *article.Article) string { return plaintext.Format(a) }

// Relink attaches the article's missing photos found by name in dir and
// returns their file names.
func Relink(a *article.Article, dir string) ([]string, error) { return plaintext.Relink(a, dir) }

// MissingPhotos counts the photos without an image.
func MissingPhotos(a *article.Article) int { return plaintext.MissingPhotos(a) }

// LayoutWith lays the article out with its template (see [Template]).
func LayoutWith(a *article.Article, dir, override string) (*layout.Document, error) {
	t, err := Template(a, dir, override)
	if err != nil {
		return nil, err
	}
	return Layout(a, t)
}
