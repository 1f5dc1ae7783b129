// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zlib" // BANMIAN PATCH 12
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() any {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

// zlibLevel is the compression level of every stream: klauspost's fastest
// (its level 2 compresses a little better, but its first use in a process
// took 13 ms against level 1's 2.3 ms for a 186 KB font) (BANMIAN PATCH 12).
const zlibLevel = 1

var zwriters = sync.Pool{New: func() any {
	zw, err := zlib.NewWriterLevel(nil, zlibLevel)
	if err != nil {
		panic(fmt.Errorf("could not create zlib writer: %w", err))
	}
	return zw
}}

func (pool *xmempool) compress(data []byte) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	// BANMIAN PATCH 5: zlib writers are reused (each new one clears about
	// a megabyte of tables; a 40-page document compresses hundreds of streams).
	zw := zwriters.Get().(*zlib.Writer)
	zw.Reset(buf)
	defer zwriters.Put(zw)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	return mem
}

func (pool *xmempool) uncompress(data []byte) (*membuffer, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}

	mem := pool.Get().(*membuffer)
	mem.buf.Reset()

	_, err = mem.buf.ReadFrom(zr)
	if err != nil {
		mem.release()
		return nil, err
	}

	return mem, nil
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}

func (mem *membuffer) copy() []byte {
	src := mem.bytes()
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}
