package app

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the chosen file for writing (creating or
// truncating it) before it hands the writer over. Banmian never writes
// through that writer: it takes the path and saves atomically. So that the
// old file is still whole when the atomic save keeps it as FILE~, the
// "file" repository is wrapped: its writers touch the file only when
// something is written.

// fileRepo is what Fyne's own file repository implements.
type fileRepo interface {
	repository.Repository
	repository.WritableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lazyFiles is the file repository with writers that open on first write.
type lazyFiles struct{ fileRepo }

// Writer returns a writer that creates or truncates the file only when
// something is written to it.
func (r lazyFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u}, nil
}

// installLazyWriters wraps the registered "file" repository (once).
func installLazyWriters() {
	cur, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := cur.(lazyFiles); done {
		return
	}
	if fr, ok := cur.(fileRepo); ok {
		repository.Register("file", lazyFiles{fr})
	}
}

// lazyWriter opens (creating or truncating) its file on the first Write.
type lazyWriter struct {
	uri fyne.URI
	f   *os.File
}

func (w *lazyWriter) URI() fyne.URI { return w.uri }

func (w *lazyWriter) Write(p []byte) (int, error) {
	if w.f == nil {
		f, err := os.Create(w.uri.Path())
		if err != nil {
			return 0, err
		}
		w.f = f
	}
	return w.f.Write(p)
}

// Close closes the file if it was opened; a writer never written to leaves
// the file as it was (or absent).
func (w *lazyWriter) Close() error {
	if w.f == nil {
		return nil
	}
	return w.f.Close()
}
