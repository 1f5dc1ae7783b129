// Package stagetime prints how long the stages of a command take when the
// environment's BANMIAN_TIMES is set (for measuring; see README, Speed).
package stagetime

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

var (
	on   = os.Getenv("BANMIAN_TIMES") != ""
	mu   sync.Mutex
	last = time.Now()
	t0   = last
)

// Mark prints, under name, the time since the previous mark and since the
// process started its packages, and the bytes allocated so far.
func Mark(name string) {
	if !on {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	now := time.Now()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stderr, "%-12s %6.1f ms  (%6.1f ms since start; %5.1f MB allocated in all)\n", name,
		float64(now.Sub(last).Microseconds())/1000, float64(now.Sub(t0).Microseconds())/1000, float64(m.TotalAlloc)/1e6)
	last = now
}
