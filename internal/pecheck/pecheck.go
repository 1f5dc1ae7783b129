// Package pecheck checks a Windows executable: PE32+ for x86-64, with the
// icon and version resources a desktop program should carry.
package pecheck

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
)

// Resource types (winuser.h).
const (
	RTIcon      = 3
	RTGroupIcon = 14
	RTVersion   = 16
)

// Check opens the file and reports what is missing, or nil.
func Check(path string) error {
	f, err := pe.Open(path)
	if err != nil {
		return fmt.Errorf("%s: not a PE file: %w", path, err)
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		return fmt.Errorf("%s: machine %#x is not x86-64", path, f.Machine)
	}
	if _, ok := f.OptionalHeader.(*pe.OptionalHeader64); !ok {
		return fmt.Errorf("%s: not PE32+", path)
	}
	types, err := resourceTypes(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, want := range []uint32{RTIcon, RTGroupIcon, RTVersion} {
		if !types[want] {
			return fmt.Errorf("%s: no resource of type %d (icon 3, icon group 14, version 16)", path, want)
		}
	}
	return nil
}

// resourceTypes lists the type IDs at the root of the resource directory.
func resourceTypes(f *pe.File) (map[uint32]bool, error) {
	s := f.Section(".rsrc")
	if s == nil {
		return nil, errors.New("no resource section")
	}
	data, err := s.Data()
	if err != nil || len(data) < 16 {
		return nil, errors.New("unreadable resource section")
	}
	named := int(binary.LittleEndian.Uint16(data[12:]))
	ids := int(binary.LittleEndian.Uint16(data[14:]))
	types := map[uint32]bool{}
	for i := named; i < named+ids; i++ {
		off := 16 + 8*i
		if off+8 > len(data) {
			break
		}
		types[binary.LittleEndian.Uint32(data[off:])] = true
	}
	return types, nil
}
