package atomicfile

import (
	"os"
	"path/filepath"
)

// syncNeeded reports whether a file renamed over another in dir must be
// synced first (see orderedReplace).
func syncNeeded(dir string) bool {
	real := realDir(dir)
	if real == "" {
		return true
	}
	mi, err := os.ReadFile("/proc/self/mountinfo")
	return err != nil || !orderedReplace(string(mi), real, ext4Options)
}

// ext4Options reads the options the kernel lists for the ext4 file system
// on device dev ("254:0"): /proc/fs/ext4 names it as the kernel names the
// block device, which /sys/dev/block/MAJ:MIN links to. "" if either is
// missing.
func ext4Options(dev string) string {
	link, err := os.Readlink("/sys/dev/block/" + dev)
	if err != nil {
		return ""
	}
	b, err := os.ReadFile(filepath.Join("/proc/fs/ext4", filepath.Base(link), "options"))
	if err != nil {
		return ""
	}
	return string(b)
}
