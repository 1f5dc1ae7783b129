package article

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"syscall"
	"time"
)

// Temporary files of atomic saves are named "." + target name + "." + the
// writing process's ID + "-" + random digits + ".tmp", so that a later save
// can tell the leftovers of a killed process from a save in progress.
var (
	tempName    = regexp.MustCompile(`^\..+\.([0-9]+)-[0-9]+\.tmp$`)
	oldTempName = regexp.MustCompile(`^\..+\.[0-9]+\.tmp$`) // before process IDs were in the name
)

// oldTempAge is how old a temporary file without a process ID must be to be
// taken for a leftover.
const oldTempAge = time.Hour

// CreateTemp creates the temporary file an atomic save of target writes
// first, in target's folder.
func CreateTemp(target string) (*os.File, error) {
	return os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+"."+strconv.Itoa(os.Getpid())+"-*.tmp")
}

// CreateTempDir creates a temporary folder beside target, named as
// [CreateTemp] names files, for a folder written in full before it takes
// target's place.
func CreateTempDir(target string) (string, error) {
	return os.MkdirTemp(filepath.Dir(target), "."+filepath.Base(target)+"."+strconv.Itoa(os.Getpid())+"-*.tmp")
}

// RemoveStaleTemps deletes the temporary files that interrupted saves (a
// crash, kill -9, a power cut) left in dir: those whose process is gone, and
// unmarked ones older than an hour; files, and folders of folder exports.
// Errors are ignored: a leftover is harmless.
func RemoveStaleTemps(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !e.Type().IsRegular() && !e.IsDir() {
			continue
		}
		name := e.Name()
		stale := false
		if m := tempName.FindStringSubmatch(name); m != nil {
			pid, err := strconv.Atoi(m[1])
			stale = err != nil || !processAlive(pid)
		} else if oldTempName.MatchString(name) {
			info, err := e.Info()
			stale = err == nil && time.Since(info.ModTime()) > oldTempAge
		}
		if stale {
			os.RemoveAll(filepath.Join(dir, name))
		}
	}
}

// processAlive reports whether a process with the ID runs on this machine.
func processAlive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		p.Release()
		return true // FindProcess opened it: it exists
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EPERM)
}
