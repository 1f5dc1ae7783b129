package app

import (
	"bytes"
	"io"
	"log"
	"os"
	"strings"
	"sync"
)

// Fyne's file dialog logs an error on every opening when one of the XDG
// user folders (often Videos) does not exist ("Getting favorite locations"),
// although the dialog works; and Fyne's preferences watcher can read its own
// file while Fyne rewrites it in place ("Preferences load error" with cause
// EOF: the read is dropped and the preferences in memory stay right).
// Those entries are filtered so that stderr keeps only what matters; the
// editor also writes preferences only when they change.
type logFilter struct {
	mu      sync.Mutex
	w       io.Writer
	skip    bool   // inside a dropped entry (its Cause and At lines follow)
	held    []byte // a "Preferences load error" line, kept until its cause is known
	holding bool
}

// harmless are Fyne log entries that say nothing an editor can act on.
var harmless = []string{"Getting favorite locations"}

func (f *logFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	line := string(bytes.TrimRight(p, "\n"))
	if f.holding {
		f.holding = false
		if strings.Contains(line, "  Cause: EOF") {
			f.held, f.skip = nil, true // the harmless race: drop it with its At line
			return len(p), nil
		}
		f.w.Write(f.held)
		f.held = nil
	}
	if strings.Contains(line, "Fyne error: ") && strings.Contains(line, "Preferences load error") {
		f.held, f.holding, f.skip = append([]byte(nil), p...), true, false
		return len(p), nil
	}
	body := line
	if i := strings.Index(line, "Fyne error: "); i >= 0 {
		body = line[i:]
		f.skip = false
		for _, h := range harmless {
			if strings.Contains(body, h) {
				f.skip = true
			}
		}
	} else if !strings.Contains(line, "  Cause:") && !strings.Contains(line, "  At:") {
		f.skip = false
	}
	if f.skip {
		return len(p), nil
	}
	return f.w.Write(p)
}

var logFilterOnce sync.Once

func installLogFilter() {
	logFilterOnce.Do(func() { log.SetOutput(&logFilter{w: os.Stderr}) })
}
