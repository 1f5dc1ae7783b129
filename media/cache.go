package media

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"
)

// PipelineVersion names how derivatives are made (decoder, resampler,
// encoder settings). It is part of every cache key: a change to the
// pipeline must change it, so that no file made the old way is served.
const PipelineVersion = "media-2"

// DefaultCacheBytes caps a disk cache: 512 MiB.
const DefaultCacheBytes = 512 << 20

// DiskCache keeps derived photos (print downsamples, web derivatives)
// between exports in a folder, at most MaxBytes in all: when a file is put
// and the folder holds more, the least recently used files go. A cache that
// cannot be read or written only costs time, never an export.
type DiskCache struct {
	// Dir is the folder; "" disables the cache.
	Dir string
	// MaxBytes caps the folder; 0 means DefaultCacheBytes.
	MaxBytes int64

	mu sync.Mutex
}

// CacheDir resolves a cache setting: "-" is no cache (""), "" is the
// user's cache folder ($XDG_CACHE_HOME/banmian/NAME on Linux), anything
// else is that folder.
func CacheDir(setting, name string) string {
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

// CacheKey hashes what identifies a derived file, with the pipeline's
// version, into a file name stem.
func CacheKey(parts ...string) string {
	h := sha256.New()
	h.Write([]byte(PipelineVersion))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Get returns the cached file, or nil; a hit marks the file as used now.
func (c *DiskCache) Get(name string) []byte {
	if c == nil || c.Dir == "" {
		return nil
	}
	p := filepath.Join(c.Dir, name)
	data, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	now := time.Now()
	os.Chtimes(p, now, now) // least recently used goes first
	return data
}

// Put stores a file (written beside and renamed, so a reader never sees
// half of it), then evicts the least recently used files over the cap.
func (c *DiskCache) Put(name string, data []byte) {
	if c == nil || c.Dir == "" || os.MkdirAll(c.Dir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(c.Dir, "."+name+"."+strconv.Itoa(os.Getpid())+"-*.tmp")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), filepath.Join(c.Dir, name)) != nil {
		os.Remove(tmp.Name())
		return
	}
	c.evict()
}

// evict removes the least recently used files while the folder is over
// its cap (temporary files of a killed process included, oldest first).
func (c *DiskCache) evict() {
	c.mu.Lock()
	defer c.mu.Unlock()
	max := c.MaxBytes
	if max <= 0 {
		max = DefaultCacheBytes
	}
	ents, err := os.ReadDir(c.Dir)
	if err != nil {
		return
	}
	type file struct {
		path string
		size int64
		used time.Time
	}
	var files []file
	var total int64
	for _, e := range ents {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		files = append(files, file{filepath.Join(c.Dir, e.Name()), info.Size(), info.ModTime()})
		total += info.Size()
	}
	if total <= max {
		return
	}
	sort.Slice(files, func(i, j int) bool { return files[i].used.Before(files[j].used) })
	for _, f := range files {
		if total <= max {
			break
		}
		if os.Remove(f.path) == nil {
			total -= f.size
		}
	}
}
