package hugeheap

import (
	"bytes"
	"os"
	"syscall"
	"unsafe"
)

// madvHugepage is MADV_HUGEPAGE of <linux/mman.h>.
const madvHugepage = 14

// advise asks for b to be backed by transparent huge pages; an error (a
// kernel without them) leaves b as it was.
func advise(b []byte) {
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), madvHugepage)
}

// thpMode is where Linux says when a process gets transparent huge pages.
const thpMode = "/sys/kernel/mm/transparent_hugepage/enabled"

// askable reports whether memory gets huge pages when it asks for them and
// not otherwise (the mode "[madvise]").
func askable() bool {
	b, err := os.ReadFile(thpMode)
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}
