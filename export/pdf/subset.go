package pdf

import (
	"banmian/article"
	"encoding/binary"
	"sort"
)

// subsetFont returns a TrueType font holding only .notdef and the glyphs of
// the given characters (with any glyphs their composites use), renumbered,
// with cmap, hmtx, loca and glyf rebuilt and the other tables fpdf reads
// copied. fpdf parses and subsets whole fonts itself, at a cost that grows
// with the font (10 MB and 22,000 glyphs here); handed a subset of the
// thousand glyphs an article uses, its work becomes proportional to the text.
// Glyph advances are unchanged, so text sets exactly as laid out.
//
// glyph maps a character to its glyph in the font (the caller's parsed cmap);
// nil reads the font's own cmap.
func subsetFont(font []byte, runes []rune, glyph func(rune) (uint16, bool)) ([]byte, error) {
	t, err := readTables(font)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"} {
		if t[tag] == nil {
			return nil, article.NewError("subset: no " + tag + " table")
		}
	}
	head, hhea, maxp := t["head"], t["hhea"], t["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, article.NewError("subset: short head, hhea or maxp")
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	numHMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	loca := func(i int) int {
		if longLoca {
			return int(binary.BigEndian.Uint32(t["loca"][4*i:]))
		}
		return 2 * int(binary.BigEndian.Uint16(t["loca"][2*i:]))
	}
	if need := (numGlyphs + 1) * map[bool]int{true: 4, false: 2}[longLoca]; len(t["loca"]) < need {
		return nil, article.NewError("subset: short loca")
	}
	glyphData := func(g int) []byte {
		a, b := loca(g), loca(g+1)
		if a >= b || b > len(t["glyf"]) {
			return nil
		}
		return t["glyf"][a:b]
	}
	cmap := map[rune]int{}
	if glyph == nil {
		cmap = parseCmap(t["cmap"])
	} else {
		for _, r := range runes {
			if g, ok := glyph(r); ok {
				cmap[r] = int(g)
			}
		}
	}
	// Old glyph IDs to keep, in order: .notdef, the characters', components.
	newID := map[int]int{0: 0}
	order := []int{0}
	keep := func(g int) {
		if _, ok := newID[g]; !ok && g < numGlyphs {
			newID[g] = len(order)
			order = append(order, g)
		}
	}
	sorted := append([]rune(nil), runes...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	var mapped []rune
	for _, r := range sorted {
		if g, ok := cmap[r]; ok && r <= 0xFFFF && (len(mapped) == 0 || mapped[len(mapped)-1] != r) {
			keep(g)
			mapped = append(mapped, r)
		}
	}
	for i := 0; i < len(order); i++ { // order grows as components are found
		forComponents(glyphData(order[i]), func(g int) { keep(g) })
	}
	// glyf and loca.
	var glyf, newLoca []byte
	for _, g := range order {
		newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(len(glyf)))
		data := append([]byte(nil), glyphData(g)...)
		forComponentsAt(data, func(at int) {
			binary.BigEndian.PutUint16(data[at:], uint16(newID[int(binary.BigEndian.Uint16(data[at:]))]))
		})
		glyf = append(glyf, data...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(len(glyf)))
	// hmtx: a full metric for each kept glyph.
	var hmtx []byte
	for _, g := range order {
		m := g
		if m >= numHMetrics {
			m = numHMetrics - 1
		}
		adv := binary.BigEndian.Uint16(t["hmtx"][4*m:])
		lsb := uint16(0)
		if g < numHMetrics {
			lsb = binary.BigEndian.Uint16(t["hmtx"][4*g+2:])
		} else if off := 4*numHMetrics + 2*(g-numHMetrics); off+2 <= len(t["hmtx"]) {
			lsb = binary.BigEndian.Uint16(t["hmtx"][off:])
		}
		hmtx = binary.BigEndian.AppendUint16(hmtx, adv)
		hmtx = binary.BigEndian.AppendUint16(hmtx, lsb)
	}
	out := map[string][]byte{
		"glyf": glyf, "loca": newLoca, "hmtx": hmtx, "cmap": buildCmap4(mapped, cmap, newID),
		"head": append([]byte(nil), head...), "hhea": append([]byte(nil), hhea...), "maxp": append([]byte(nil), maxp...),
		"post": []byte{0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
	}
	if p := t["post"]; len(p) >= 32 {
		copy(out["post"][4:], p[4:32]) // italic angle, underline metrics, fixed pitch
	}
	binary.BigEndian.PutUint16(out["head"][50:], 1) // long loca
	binary.BigEndian.PutUint16(out["hhea"][34:], uint16(len(order)))
	binary.BigEndian.PutUint16(out["maxp"][4:], uint16(len(order)))
	for _, tag := range []string{"OS/2", "name", "cvt ", "fpgm", "prep"} {
		if t[tag] != nil {
			out[tag] = t[tag]
		}
	}
	return writeTables(out), nil
}

// readTables reads an sfnt's table directory.
func readTables(b []byte) (map[string][]byte, error) {
	if len(b) < 12 {
		return nil, article.NewError("subset: not a font")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	t := map[string][]byte{}
	for i := 0; i < n; i++ {
		r := 12 + 16*i
		if r+16 > len(b) {
			return nil, article.NewError("subset: truncated table directory")
		}
		off, size := int(binary.BigEndian.Uint32(b[r+8:])), int(binary.BigEndian.Uint32(b[r+12:]))
		if off < 0 || size < 0 || off+size > len(b) {
			return nil, article.NewError("subset: table outside the file")
		}
		t[string(b[r:r+4])] = b[off : off+size]
	}
	return t, nil
}

// writeTables writes an sfnt with the tables sorted by tag, 4-byte aligned.
func writeTables(t map[string][]byte) []byte {
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	es := 0
	for 1<<(es+1) <= n {
		es++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16<<es))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16<<es))
	for i, tag := range tags {
		data := t[tag]
		r := 12 + 16*i
		copy(out[r:], tag)
		binary.BigEndian.PutUint32(out[r+4:], checksum(data))
		binary.BigEndian.PutUint32(out[r+8:], uint32(len(out)))
		binary.BigEndian.PutUint32(out[r+12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}

// parseCmap reads the Unicode BMP mapping (format 4) of a cmap table.
func parseCmap(c []byte) map[rune]int {
	m := map[rune]int{}
	if len(c) < 4 {
		return m
	}
	n := int(binary.BigEndian.Uint16(c[2:]))
	for i := 0; i < n; i++ {
		r := 4 + 8*i
		if r+8 > len(c) {
			break
		}
		pid, eid := binary.BigEndian.Uint16(c[r:]), binary.BigEndian.Uint16(c[r+2:])
		off := int(binary.BigEndian.Uint32(c[r+4:]))
		if !(pid == 3 && eid == 1 || pid == 0) || off+14 > len(c) || binary.BigEndian.Uint16(c[off:]) != 4 {
			continue
		}
		sub := c[off:]
		segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
		if 16+8*segs > len(sub) {
			continue
		}
		ends, starts := sub[14:], sub[16+2*segs:]
		deltas, ranges := sub[16+4*segs:], sub[16+6*segs:]
		for s := 0; s < segs; s++ {
			end, start := int(binary.BigEndian.Uint16(ends[2*s:])), int(binary.BigEndian.Uint16(starts[2*s:]))
			delta, ro := int(binary.BigEndian.Uint16(deltas[2*s:])), int(binary.BigEndian.Uint16(ranges[2*s:]))
			for ch := start; ch <= end && ch != 0xFFFF; ch++ {
				g := 0
				if ro == 0 {
					g = (ch + delta) & 0xFFFF
				} else if at := 16 + 6*segs + 2*s + ro + 2*(ch-start); at+2 <= len(sub) {
					if g = int(binary.BigEndian.Uint16(sub[at:])); g != 0 {
						g = (g + delta) & 0xFFFF
					}
				}
				if g != 0 {
					m[rune(ch)] = g
				}
			}
		}
		return m
	}
	return m
}

// buildCmap4 writes a cmap with one format 4 subtable for the runes.
func buildCmap4(runes []rune, cmap map[rune]int, newID map[int]int) []byte {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, r := range runes {
		g := newID[cmap[r]]
		d := (g - int(r)) & 0xFFFF
		if n := len(segs); n > 0 && segs[n-1].end == int(r)-1 && segs[n-1].delta == d {
			segs[n-1].end++
			continue
		}
		segs = append(segs, seg{int(r), int(r), d})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(sub[0:], 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*n))
	es := 0
	for 1<<(es+1) <= n {
		es++
	}
	binary.BigEndian.PutUint16(sub[8:], uint16(2<<es))
	binary.BigEndian.PutUint16(sub[10:], uint16(es))
	binary.BigEndian.PutUint16(sub[12:], uint16(2*n-2<<es))
	for i, s := range segs {
		binary.BigEndian.PutUint16(sub[14+2*i:], uint16(s.end))
		binary.BigEndian.PutUint16(sub[16+2*n+2*i:], uint16(s.start))
		binary.BigEndian.PutUint16(sub[16+4*n+2*i:], uint16(s.delta))
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// forComponents calls f with each glyph a composite glyph uses.
func forComponents(g []byte, f func(int)) {
	forComponentsAt(g, func(at int) { f(int(binary.BigEndian.Uint16(g[at:]))) })
}

// forComponentsAt calls f with the offset of each component's glyph index.
func forComponentsAt(g []byte, f func(at int)) {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return
	}
	const (
		argsAreWords = 0x0001
		haveScale    = 0x0008
		moreComps    = 0x0020
		haveXYScale  = 0x0040
		haveTwoByTwo = 0x0080
	)
	for at := 10; at+4 <= len(g); {
		flags := binary.BigEndian.Uint16(g[at:])
		f(at + 2)
		at += 4
		if flags&argsAreWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if flags&moreComps == 0 {
			return
		}
	}
}
