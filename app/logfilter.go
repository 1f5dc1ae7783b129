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
// although the dialog works. The log is filtered so that stderr keeps only
// what matters.
type logFilter struct {
	mu   sync.Mutex
	w    io.Writer
	skip bool // inside a dropped entry (its Cause and At lines follow)
}

// harmless are Fyne log entries that say nothing an editor can act on.
var harmless = []string{"Getting favorite locations"}

func (f *logFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	line := string(bytes.TrimRight(p, "\n"))
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
