// Package atomicfile writes files so that a reader never sees a half-written
// one and a failure leaves the old file as it was: the data goes to a
// temporary file in the same folder, is synced (unless it replaces a file on
// a file system that orders the rename after the data itself: ordered.go),
// and is renamed over the target. It writes exports, which Banmian can make
// again from the article.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"banmian/article"
)

// WriteFile writes data to path atomically with mode 0644 (or the mode of
// the file it replaces).
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write streams what write produces to path atomically: nothing is held in
// memory, and on any error the old file stays as it was.
func Write(path string, write func(w io.Writer) error) (err error) {
	mode := os.FileMode(0o644)
	replacing := false
	if st, err := os.Stat(path); err == nil {
		mode, replacing = st.Mode().Perm(), true
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return fmt.Errorf("%s: %w", path, article.ErrNotRegular)
	}
	article.RemoveStaleTemps(filepath.Dir(path))
	tmp, err := article.CreateTemp(path)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, tmp.Close(), os.Remove(tmp.Name()))
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	// A new file is synced before its name appears, and its folder after;
	// a replacement only where the file system does not keep the order
	// itself (ordered.go).
	synced := !replacing || syncNeeded(filepath.Dir(path))
	if synced {
		if err = tmp.Sync(); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if synced {
		article.SyncDir(filepath.Dir(path))
	}
	return nil
}
