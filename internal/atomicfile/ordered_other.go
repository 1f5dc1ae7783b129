//go:build !linux

package atomicfile

// syncNeeded: elsewhere every replacement is synced.
func syncNeeded(string) bool { return true }
