// Package diskcache keeps derived files (downsampled print photos, web
// derivatives) between exports, named by a key that hashes what made them.
package diskcache

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"

	"banmian/internal/atomicfile"
)

// Dir resolves a cache setting: "-" is no cache (""), "" is the user's cache
// folder ($XDG_CACHE_HOME/banmian/NAME on Linux), anything else is a folder.
func Dir(setting, name string) string {
	switch setting {
	case "-":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "banmian", name)
	}
	return setting
}

// Key hashes what identifies a derived file into a file name stem.
func Key(parts string) string {
	sum := sha256.Sum256([]byte(parts))
	return hex.EncodeToString(sum[:16])
}

// Get returns the cached file, or nil.
func Get(dir, name string) []byte {
	if dir == "" {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil
	}
	return data
}

// Put stores a file; a cache that cannot be written is skipped silently
// (it only saves time).
func Put(dir, name string, data []byte) {
	if dir == "" || os.MkdirAll(dir, 0o755) != nil {
		return
	}
	_ = atomicfile.WriteFile(filepath.Join(dir, name), data)
}
