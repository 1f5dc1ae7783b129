package hugeheap

import (
	"os"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
)

var sink [][]byte

// After Reserve, 16 MiB of small allocations take a fault per 2 MiB page,
// not per 4 KiB (4,096 of them without it).
func TestReserveTakesHugePages(t *testing.T) {
	mode, err := os.ReadFile(thpMode)
	if err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("transparent huge pages are off here")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	Reserve(64 << 20)
	before := minorFaults(t)
	for i := 0; i < 16<<20/256; i++ {
		sink = append(sink, make([]byte, 256))
	}
	faults := minorFaults(t) - before
	t.Logf("%d faults for 16 MiB (THP %s)", faults, strings.TrimSpace(string(mode)))
	if faults > 1024 {
		t.Errorf("16 MiB of allocations after Reserve took %d page faults; want at most 1,024 (huge pages)", faults)
	}
	sink = nil
}

func minorFaults(t *testing.T) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return ru.Minflt
}
