package hugeheap

import (
	"syscall"
	"unsafe"
)

const supported = true

// madvHugepage is MADV_HUGEPAGE of <linux/mman.h>.
const madvHugepage = 14

// advise asks for b to be backed by transparent huge pages; an error (a
// kernel without them) leaves b as it was.
func advise(b []byte) {
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), madvHugepage)
}
