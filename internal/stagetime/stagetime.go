// Package stagetime prints how long the stages of a command take when the
// environment's BANMIAN_TIMES is set (for measuring; see README, Speed).
package stagetime

import (
	"fmt"
	"os"
	"sync"
	"time"
)

var (
	on   = os.Getenv("BANMIAN_TIMES") != ""
	mu   sync.Mutex
	last = time.Now()
	t0   = last
)

// Mark prints the time since the previous mark (and since start) under name.
func Mark(name string) {
	if !on {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	now := time.Now()
	fmt.Fprintf(os.Stderr, "%-24s %6.1f ms  (%6.1f)\n", name, float64(now.Sub(last).Microseconds())/1000, float64(now.Sub(t0).Microseconds())/1000)
	last = now
}
