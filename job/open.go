package job

import (
	"path/filepath"
	"strings"

	"banmian/article"
	"banmian/article/docx"
	"banmian/article/plaintext"
	"banmian/article/webpage"
)

// Opened is an article as a file gave it.
type Opened struct {
	// Article is the article.
	Article *article.Article
	// Import is the importer's report when the file was copied text (nil otherwise).
	Import *plaintext.Result
	// Dir is the file's folder: relative template paths and photos are found from it.
	Dir string
	// Saved tells whether the file is a .banmian (saving goes back to it);
	// text and article.json are saved under a new name.
	Saved bool
}

// Open reads a .banmian file, imports copied text (.txt, .text, no
// extension; photos from photoDir, or from the text's folder), or reads a
// bare article.json. Every way in validates the same way.
func Open(file, photoDir string) (*Opened, error) {
	o := &Opened{Dir: filepath.Dir(file)}
	var err error
	switch strings.ToLower(filepath.Ext(file)) {
	case ".banmian":
		o.Article, err = article.Load(file)
		o.Saved = true
	case ".json":
		o.Article, err = article.LoadJSON(file)
	case ".txt", ".text", "":
		o.Import, err = plaintext.ImportFile(file, photoDir)
		if err == nil {
			fillFromPhotoMetadata(o.Import)
			o.Article = o.Import.Article
		}
	case ".html", ".htm":
		o.Import, err = webpage.ImportFile(file)
		if err == nil {
			fillFromPhotoMetadata(o.Import)
			o.Article = o.Import.Article
		}
	case ".docx":
		o.Import, err = docx.ImportFile(file)
		if err == nil {
			fillFromPhotoMetadata(o.Import)
			o.Article = o.Import.Article
		}
	default:
		return nil, article.Errorf("%s: unknown kind of file (want .banmian, .txt, .docx, .html or .json)", file)
	}
	if err != nil {
		return nil, err
	}
	return o, nil
}

// Warnings are the import's warnings ("FILE: line N: …"), none for other files.
func (o *Opened) Warnings(file string) []string {
	if o.Import == nil {
		return nil
	}
	var out []string
	for _, w := range o.Import.Warnings {
		out = append(out, filepath.Base(file)+": "+w.String())
	}
	return out
}
