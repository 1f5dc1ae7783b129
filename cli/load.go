package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"banmian/article"
	"banmian/article/plaintext"
)

// load opens a .banmian file, imports a .txt file (photos from photoDir, or
// from its folder), or reads a bare article.json. The import's warnings go
// to warn when it is not nil.
func load(file, photoDir string, warn func(string)) (*article.Article, error) {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".banmian":
		return article.Load(file)
	case ".json":
		return article.LoadJSON(file)
	case ".txt", ".text", "":
		res, err := plaintext.ImportFile(file, photoDir)
		if err != nil {
			return nil, err
		}
		if warn != nil {
			for _, w := range res.Warnings {
				warn(fmt.Sprintf("%s: %s", filepath.Base(file), w))
			}
		}
		return res.Article, nil
	}
	return nil, article.Errorf("%s: unknown kind of file (want .banmian, .txt or .json)", file)
}
