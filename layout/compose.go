package layout

// line is a composed line: units [start, end) of a paragraph, with the
// glyph origin of each unit (em, from the line's start).
type line struct {
	start, end int
	x          []float64 // glyph origin of each unit, em
	width      float64   // width used, em (after justification)
	indent     float64   // em before the first unit
	overfull   bool      // could not be fitted even with all shrinking
}

// measure returns the width of units [s, e) set as one line, before
// justification: trailing spaces dropped, no gap after the last unit, an
// opening mark at line start and a full-width mark at line end trimmed by ½ em.
func measure(us []unit, s, e int) float64 {
	e = trimSpaces(us, s, e)
	w := 0.0
	for i := s; i < e; i++ {
		w += us[i].adv
		if i < e-1 {
			w += us[i].gap
		}
	}
	if e > s {
		w -= startTrim(us[s]) + endTrim(us[e-1])
	}
	return w
}

func trimSpaces(us []unit, s, e int) int {
	for e > s && us[e-1].cls == clsSpace {
		e--
	}
	return e
}

// startTrim: an opening bracket at line start loses its blank left half.
func startTrim(u unit) float64 {
	if u.full && u.cls == clsOpen && u.adv > 0.9 {
		return 0.5
	}
	return 0
}

// endTrim: a full-width closing or pause/stop mark at line end is set in ½ em
// (GB/T 15834—2011 §5.1.10).
func endTrim(u unit) float64 {
	if u.full && (u.cls == clsClose || u.cls == clsPause || u.cls == clsStop) && u.adv > 0.9 {
		return 0.5
	}
	return 0
}

// Shrink classes in clreq's reduction order (§F): Latin word spaces,
// interpuncts, brackets, pause marks, Han–Latin gaps, stop marks.
type shrinkStep struct {
	match func(u unit) bool
	cap   func(u unit) float64
}

var shrinkOrder = []shrinkStep{
	{func(u unit) bool { return u.cls == clsSpace && u.r == ' ' && u.adv > 0.2 && u.adv < 0.45 }, func(u unit) float64 { return u.adv - 0.18 }},
	{func(u unit) bool { return u.cls == clsMiddle && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
	{func(u unit) bool { return u.full && (u.cls == clsOpen || u.cls == clsClose) && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
	{func(u unit) bool { return u.full && u.cls == clsPause && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
	{func(u unit) bool { return u.gap > 0 || u.cls == clsSpace && u.adv == 0.25 }, func(unit) float64 { return 0.125 }},
	{func(u unit) bool { return u.full && u.cls == clsStop && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
}

// shrinkable returns how much units [s, e) can shrink in all.
func shrinkable(us []unit, s, e int) float64 {
	e = trimSpaces(us, s, e)
	total := 0.0
	for i := s; i < e; i++ {
		u := us[i]
		if i == s {
			u.adv -= startTrim(u)
		}
		if i == e-1 {
			u.adv -= endTrim(u)
			u.gap = 0
		}
		for _, st := range shrinkOrder {
			if st.match(u) {
				total += st.cap(u)
				break
			}
		}
	}
	return total
}

// breakLines splits units into lines of width em (the first line indented by
// indent em) by first fit, resolving prohibitions by pushing in (compressing
// punctuation and spaces) before pushing out.
func breakLines(us []unit, width, indent float64) []line {
	var lines []line
	for s := 0; s < len(us); {
		w := width
		if len(lines) == 0 {
			w -= indent
		}
		e := nextBreak(us, s, w)
		lines = append(lines, line{start: s, end: e})
		s = e
		for s < len(us) && us[s].cls == clsSpace && len(lines) > 0 {
			// Spaces after a break belong to the previous line.
			lines[len(lines)-1].end++
			s++
		}
	}
	avoidShortLast(us, lines, width, indent)
	return lines
}

// nextBreak returns where the line starting at s ends. It looks at most a
// few lines' worth of units past s, so breaking a paragraph is linear in its
// length even when a word is longer than the line (it is then broken
// anywhere, as a last resort).
func nextBreak(us []unit, s int, w float64) int {
	const eps = 1e-6
	// k: the longest fit. The width of [s, e) is measured incrementally, in
	// the order measure adds, so the result is the same to the last bit;
	// trailing spaces do not count, so a space takes the width before it.
	k := s
	run, m := 0.0, 0.0
	for e := s + 1; e <= len(us); e++ {
		if e-1 > s {
			run += us[e-2].gap
		}
		run += us[e-1].adv
		if us[e-1].cls != clsSpace {
			m = run - (startTrim(us[s]) + endTrim(us[e-1]))
		}
		if m <= w+eps {
			k = e
		} else if m > w+4 {
			break
		}
	}
	if k == len(us) {
		return k
	}
	if k > s && us[k].brk {
		return k
	}
	bo, bp := -1, -1
	for e := k; e > s; e-- {
		if us[e].brk {
			bo = e
			break
		}
	}
	// A push-in can only take a few more units: shrinking gives back at most
	// half an em a unit, so look no further than the line's length again.
	limit := min(len(us), k+(k-s)+4)
	for e := k + 1; e <= limit; e++ {
		if e == len(us) || us[e].brk {
			bp = e
			break
		}
	}
	if bp > 0 && measure(us, s, bp)-shrinkable(us, s, bp) <= w+eps {
		return bp // push in
	}
	if bo > s {
		return bo // push out
	}
	if k > s {
		return k // nothing to break at: break inside the word
	}
	return s + 1
}

// avoidShortLast pulls a character down when a paragraph's last line would
// hold a single character (clreq §I), if the previous line can spare one.
func avoidShortLast(us []unit, lines []line, width, indent float64) {
	n := len(lines)
	if n < 2 {
		return
	}
	last := lines[n-1]
	letters := 0
	for i := last.start; i < last.end; i++ {
		if us[i].cls == clsHan || us[i].cls == clsLatin {
			letters++
		}
	}
	if letters > 1 || us[last.start].cls == clsLatin {
		return
	}
	prev := lines[n-2]
	w := width
	if n == 2 {
		w -= indent
	}
	for e := last.start - 1; e > prev.start+1; e-- {
		if !us[e].brk {
			continue
		}
		if measure(us, e, len(us)) <= width && measure(us, prev.start, e) <= w {
			lines[n-2].end = e
			lines[n-1].start = e
		}
		return
	}
}

// justify places the units of a line into width em. Justified lines shrink
// in clreq's order when too long and, unless last, expand: Latin word spaces
// (to ½ em), Han–Latin gaps (to ⅓ em), then even spacing between characters.
// Other alignments shift the natural line (shrunk if it is too long).
func justify(us []unit, ln *line, width float64, align string, last, zh bool) {
	s, e := ln.start, trimSpaces(us, ln.start, ln.end)
	n := ln.end - ln.start
	adv := make([]float64, n)
	shift := make([]float64, n)
	gap := make([]float64, n)
	for i := s; i < ln.end; i++ {
		u := us[i]
		adv[i-s], shift[i-s], gap[i-s] = u.adv, u.shift, u.gap
		if i >= e {
			adv[i-s], gap[i-s] = 0, 0
		}
	}
	if e > s {
		t := startTrim(us[s])
		adv[0] -= t
		shift[0] -= t
		adv[e-1-s] -= endTrim(us[e-1])
		gap[e-1-s] = 0
	}
	natural := 0.0
	for i := range adv {
		natural += adv[i] + gap[i]
	}
	delta := width - ln.indent - natural
	extra := make([]float64, n)
	switch {
	case delta < -1e-9:
		if rest := shrink(us[s:e], adv, shift, gap, -delta); rest > 1e-6 {
			ln.overfull = true
		}
	case delta > 1e-9 && align == "justify" && !last:
		expand(us[s:e], adv, gap, extra, delta, zh)
	}
	offset := ln.indent
	used := 0.0
	for i := range adv {
		used += adv[i] + gap[i] + extra[i]
	}
	switch align {
	case "center":
		offset += (width - ln.indent - used) / 2
	case "right":
		offset += width - ln.indent - used
	}
	ln.x = make([]float64, n)
	x := offset
	for i := range adv {
		ln.x[i] = x + shift[i]
		x += adv[i] + gap[i] + extra[i]
	}
	ln.width = x
}

// shrink reduces advances and gaps class by class; it returns what could not be taken.
func shrink(us []unit, adv, shift, gap []float64, need float64) float64 {
	for _, st := range shrinkOrder {
		if need <= 1e-9 {
			break
		}
		var idx []int
		capacity := 0.0
		for i, u := range us {
			u.adv = adv[i]
			if st.match(u) && (u.gap == 0 || gap[i] > 0 || u.cls == clsSpace) {
				idx = append(idx, i)
				capacity += st.cap(u)
			}
		}
		if len(idx) == 0 {
			continue
		}
		take := need
		if take > capacity {
			take = capacity
		}
		per := take / float64(len(idx))
		for _, i := range idx {
			switch {
			case us[i].gap > 0 && gap[i] > 0:
				gap[i] -= per
			case us[i].cls == clsOpen:
				adv[i] -= per
				shift[i] -= per
			case us[i].cls == clsMiddle:
				adv[i] -= per
				shift[i] -= per / 2
			default:
				adv[i] -= per
			}
		}
		need -= take
	}
	return need
}

// expand spreads delta em over the line.
func expand(us []unit, adv, gap, extra []float64, delta float64, zh bool) {
	spaces := []int{}
	for i, u := range us {
		if u.cls == clsSpace && u.r == ' ' && adv[i] > 0.2 && adv[i] < 0.45 {
			spaces = append(spaces, i)
		}
	}
	hasHan := false
	for _, u := range us {
		hasHan = hasHan || u.cls == clsHan
	}
	if len(spaces) > 0 {
		limit := 0.5 - 0.256
		if !hasHan {
			limit = 1e9 // English: word spaces take it all
		}
		take := min(delta, limit*float64(len(spaces)))
		for _, i := range spaces {
			extra[i] += take / float64(len(spaces))
		}
		delta -= take
	}
	if delta <= 1e-9 {
		return
	}
	var gaps []int
	for i := range us {
		if gap[i] > 0 || us[i].cls == clsSpace && adv[i] == 0.25 {
			gaps = append(gaps, i)
		}
	}
	if len(gaps) > 0 {
		take := min(delta, (1.0/3-0.25)*float64(len(gaps)))
		for _, i := range gaps {
			extra[i] += take / float64(len(gaps))
		}
		delta -= take
	}
	if delta <= 1e-9 {
		return
	}
	// Even spacing between characters: not inside 2-em dashes and
	// ellipses, not beside connectors and solidi, not between letters of a
	// Latin word, not at spaces.
	var slots []int
	for i := 0; i+1 < len(us); i++ {
		a, b := us[i], us[i+1]
		switch {
		case a.cls == clsSpace || b.cls == clsSpace,
			a.cls == clsDash && b.cls == clsDash, a.cls == clsEllipsis && b.cls == clsEllipsis,
			a.cls == clsConnector || b.cls == clsConnector || a.cls == clsSolidus || b.cls == clsSolidus,
			a.cls == clsLatin && b.cls == clsLatin, latinPunct(a) || latinPunct(b):
			continue
		}
		slots = append(slots, i)
	}
	if len(slots) == 0 {
		if len(spaces) > 0 {
			for _, i := range spaces {
				extra[i] += delta / float64(len(spaces))
			}
		}
		return
	}
	for _, i := range slots {
		extra[i] += delta / float64(len(slots))
	}
}

func latinPunct(u unit) bool { return u.r < 0x80 && u.cls != clsLatin }
