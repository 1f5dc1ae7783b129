// Package hugeheap lets a short command take its memory from the system in
// 2 MiB pages instead of 4 KiB ones (see README, Speed).
//
// A process's fresh memory costs a page fault the first time each page is
// touched; on the virtual machines Banmian is measured on such a fault costs
// about 6 µs, and a short export touches 20–40 MB: 5,000–10,000 faults, a
// fifth of its time. Go maps its heap in pieces as it grows and asks for no
// huge pages, so [Reserve] grows the heap in one piece, marks that piece for
// transparent huge pages, and hands it back to the heap, whose next
// allocations reuse it.
package hugeheap

import "runtime"

// Reserve grows the heap by n bytes in one piece backed by 2 MiB pages,
// and frees it for the allocations that follow. Only the pages later
// touched become resident. It runs a garbage collection (1.5–3 ms): call it
// at the start of a command, while the heap is small. It does so only where
// Linux gives huge pages to memory that asks for them ("[madvise]" in
// /sys/kernel/mm/transparent_hugepage/enabled): with "always" the heap has
// them already, with "never" it cannot; elsewhere it does nothing.
func Reserve(n int) {
	if n <= 0 || !askable() {
		return
	}
	b := make([]byte, n)
	advise(b)
	b = nil
	runtime.GC() // frees b's pages to the heap, which keeps them mapped
}
