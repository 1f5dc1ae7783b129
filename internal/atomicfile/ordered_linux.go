package atomicfile

import "os"

// syncNeeded reports whether a file renamed over another in dir must be
// synced first (see orderedReplace).
func syncNeeded(dir string) bool {
	real := realDir(dir)
	if real == "" {
		return true
	}
	mi, err := os.ReadFile("/proc/self/mountinfo")
	return err != nil || !orderedReplace(string(mi), real)
}
