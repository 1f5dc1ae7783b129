package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"banmian/article"
)

// recovery autosaves a copy of unsaved work to the user's settings folder
// and offers it back at the next start after a crash.
type recovery struct {
	e    *Editor
	dir  string
	stop chan struct{}
	mu   sync.Mutex // one write at a time
}

type recoveryInfo struct {
	Path  string    `json:"path"`
	Saved time.Time `json:"saved"`
}

func newRecovery(e *Editor) *recovery {
	return &recovery{e: e, dir: filepath.Join(e.app.Storage().RootURI().Path(), "recovery")}
}

func (r *recovery) file() string { return filepath.Join(r.dir, "recovery.banmian") }
func (r *recovery) info() string { return filepath.Join(r.dir, "recovery.json") }

// start (re)starts the autosave ticker with the interval from the preferences.
func (r *recovery) start() {
	if r.stop != nil {
		close(r.stop)
		r.stop = nil
	}
	secs := r.e.app.Preferences().IntWithFallback(prefAutosave, defaultAutosave)
	if secs <= 0 {
		return
	}
	stop := make(chan struct{})
	r.stop = stop
	go func() {
		t := time.NewTicker(time.Duration(secs) * time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				fyne.Do(r.saveNow)
			}
		}
	}()
}

// saveNow writes the recovery copy when there are unsaved changes (the
// writing happens off the UI goroutine, on a clone).
func (r *recovery) saveNow() {
	if !r.e.dirty {
		return
	}
	snap, path := r.e.doc.Clone(), r.e.path
	go func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		if os.MkdirAll(r.dir, 0o700) != nil {
			return
		}
		if err := article.Save(r.file(), snap); err != nil {
			return
		}
		os.Remove(r.file() + "~")
		data, _ := json.Marshal(recoveryInfo{Path: path, Saved: time.Now()})
		os.WriteFile(r.info(), data, 0o600)
	}()
}

// clear removes the recovery copy (after a save, or a clean quit).
func (r *recovery) clear() {
	r.mu.Lock()
	defer r.mu.Unlock()
	os.Remove(r.file())
	os.Remove(r.file() + "~")
	os.Remove(r.info())
}

// offer asks whether to restore a recovery copy left by a crash; it reports
// whether there was one.
func (r *recovery) offer() bool {
	a, err := article.Load(r.file())
	if err != nil {
		return false
	}
	var info recoveryInfo
	if data, err := os.ReadFile(r.info()); err == nil {
		json.Unmarshal(data, &info)
	}
	r.e.setArticle(article.New("zh-CN"), "", false)
	dialog.ShowConfirm(lang.L("Recover Unsaved Work"),
		lang.L("Banmian closed without saving your last changes. Restore them?"), func(ok bool) {
			if ok {
				r.e.setArticle(a, info.Path, true)
				return
			}
			r.clear()
			r.e.showSample()
		}, r.e.win)
	return true
}
