//go:build !linux

package hugeheap

func advise([]byte) {}

func askable() bool { return false }
