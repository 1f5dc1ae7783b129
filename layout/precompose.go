package layout

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"banmian/layout/text"
)

// precomposeBytes is the least text, in UTF-8 bytes (about 2,000 Chinese
// characters), that precompose spreads over cores: below it (an editor's
// relayout, whose paragraphs are cached but the one typed in) the
// goroutines cost more than they save.
const precomposeBytes = 6000

// maxHelpers bounds the goroutines precompose adds to the caller's.
const maxHelpers = 3

// request is a paragraph precompose sets.
type request struct {
	key  paraKey
	face *text.Face
	st   Style
	set  setting
	size int // bytes of text
}

// precompose sets, before the compose stage asks for them, the paragraphs
// of the blocks that the cache lacks, on the cores there are: the compose
// stage then finds them cached. The results are the same as compose's, one
// by one (each paragraph is set from its inputs alone).
func (c *collector) precompose(blocks ...[]*block) {
	helpers := min(runtime.GOMAXPROCS(0)-1, maxHelpers)
	if helpers < 1 {
		return
	}
	var reqs []request
	seen := map[paraKey]bool{}
	total := 0
	add := func(s string, st Style, color Color, width Pt) {
		if s == "" {
			return
		}
		key, face, set := c.e.paragraph(s, st, color, width, c.zh, c.a.Lang)
		if seen[key] || c.e.cache[key] != nil {
			return
		}
		seen[key] = true
		n := len(s)
		reqs = append(reqs, request{key, face, st, set, n})
		total += n
	}
	var walk func([]*block)
	walk = func(bs []*block) { // the paragraphs composeBlocks asks for
		for _, b := range bs {
			switch b.kind {
			case textBlock:
				add(b.text, b.st, c.t.Color(b.st.Color), b.width-2*b.pad)
			case photoBlock:
				walk(b.cells)
				if b.narrow != nil {
					walk([]*block{b.narrow})
				}
				if b.missingText != "" {
					st := b.credSt
					st.Align = "center"
					add(b.missingText, st, c.t.Color("muted"), b.width)
				}
				add(b.captionText, b.st, c.t.Color(b.st.Color), b.width)
				add(b.creditText, b.credSt, c.t.Color(b.credSt.Color), b.width)
			}
		}
	}
	for _, bs := range blocks {
		walk(bs)
	}
	if total < precomposeBytes {
		return
	}
	// Longest first, each taken by the next worker free.
	slices.SortStableFunc(reqs, func(a, b request) int { return b.size - a.size })
	for len(c.e.helpers) < helpers {
		c.e.helpers = append(c.e.helpers, &worker{shaper: text.NewShaper()})
	}
	out := make([]*composed, len(reqs))
	var next atomic.Int64
	run := func(w *worker) {
		for {
			i := int(next.Add(1) - 1)
			if i >= len(reqs) {
				return
			}
			r := reqs[i]
			out[i] = w.set(r.key.text, r.face, r.st, r.key.color, r.key.width, r.key.zh, r.key.lang, r.set)
		}
	}
	var wg sync.WaitGroup
	var failed atomic.Value // a helper's panic, raised again here
	for _, w := range c.e.helpers[:helpers] {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					failed.CompareAndSwap(nil, fmt.Sprint(r))
					next.Store(int64(len(reqs)))
				}
			}()
			run(w)
		})
	}
	run(&c.e.work)
	wg.Wait()
	if r := failed.Load(); r != nil {
		panic(r) // layoutOnce turns it into ErrInternal
	}
	for i, r := range reqs {
		c.e.cache[r.key] = out[i]
	}
}
