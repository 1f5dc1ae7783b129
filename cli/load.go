package cli

import (
	"banmian/article"
	"banmian/job"
)

// load opens a file through the job layer (the editor opens the same
// formats the same way); the import's warnings go to warn when it is not nil.
func load(file, photoDir string, warn func(string)) (*article.Article, error) {
	o, err := job.Open(file, photoDir)
	if err != nil {
		return nil, err
	}
	if warn != nil {
		for _, w := range o.Warnings(file) {
			warn(w)
		}
	}
	return o.Article, nil
}
