package layout

// line is a composed line: units [start, end) of a paragraph, with the
// glyph origin of each unit (em, from the line's start).
type line struct {
	start, end int
	x          []float64 // glyph origin of each unit, em
	width      float64   // width used, em (after justification)
	indent     float64   // em before the first unit
	overfull   bool      // could not be fitted even with all shrinking
	hyphen     float64   // width of the hyphen that ends the line (0: none), em
	hyphenX    float64   // where the hyphen is set, em
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
	{func(u unit) bool { return u.cls == clsSpace && u.r == ' ' && !u.gapSp && u.adv > 0.2 && u.adv < 0.45 }, func(u unit) float64 { return u.adv - 0.18 }},
	{func(u unit) bool { return u.cls == clsMiddle && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
	{func(u unit) bool { return u.full && (u.cls == clsOpen || u.cls == clsClose) && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
	{func(u unit) bool { return u.full && u.cls == clsPause && u.adv > 0.9 }, func(unit) float64 { return 0.5 }},
	{func(u unit) bool { return u.gap > 0 || u.gapSp }, func(unit) float64 { return 0.125 }},
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
		// No more than two hyphenated lines in a row.
		hyphOK := len(lines) < 2 || lines[len(lines)-1].hyphen == 0 || lines[len(lines)-2].hyphen == 0
		e, hy := nextBreak(us, s, w, hyphOK)
		lines = append(lines, line{start: s, end: e, hyphen: hy})
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

// nextBreak returns where the line starting at s ends, and the width of
// the hyphen it ends with when it breaks a word. It looks at most a few
// lines' worth of units past s, so breaking a paragraph is linear in its
// length even when a word is longer than the line (it is then broken
// anywhere, as a last resort). Its order: the longest fit if it ends at a
// break; push in (shrinking) to the next break or hyphenation point; a
// hyphenation point when the line pushed out would be loose; push out.
func nextBreak(us []unit, s int, w float64, hyphOK bool) (int, float64) {
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
		return k, 0
	}
	if k > s && us[k].brk {
		return k, 0
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
		return bp, 0 // push in
	}
	// Hyphenation points: the furthest that fits, pushed in if need be;
	// one inside a name only when the line would be far too loose.
	if hyphOK {
		if h, hy := hyphenPoint(us, s, bo, k, bp, w, false); h > 0 && (bo <= s || loose(us, s, bo, w, 0.15)) {
			return h, hy
		}
		if h, hy := hyphenPoint(us, s, bo, k, bp, w, true); h > 0 && (bo <= s || loose(us, s, bo, w, maxExtra)) {
			return h, hy
		}
	}
	if bo > s {
		return bo, 0 // push out
	}
	if k > s {
		return k, 0 // nothing to break at: break inside the word
	}
	return s + 1, 0
}

// hyphenPoint returns the furthest hyphenation point of the line [s, …)
// that fits w, shrinking if need be: in the word that crosses the line's
// end, after the last break bo (points up to the next break bp); points
// inside names count only with names.
func hyphenPoint(us []unit, s, bo, k, bp int, w float64, names bool) (int, float64) {
	hi := bp
	if hi < 0 {
		hi = k + 8
	}
	hi = min(hi, len(us)-1)
	for e := hi; e > max(bo, s+1); e-- {
		if us[e].hyph == 0 || us[e].hyphName && !names {
			continue
		}
		m := measure(us, s, e) + us[e].hyph
		if m <= w+1e-6 || m-shrinkable(us, s, e) <= w+1e-6 {
			return e, us[e].hyph
		}
	}
	return -1, 0
}

// loose reports whether the line [s, e) set at w would stretch its gaps by
// more than by em each on average: then a word is better hyphenated.
func loose(us []unit, s, e int, w, by float64) bool {
	slack := w - measure(us, s, e)
	return slack > by*float64(max(1, stretchSlots(us, s, e)))
}

// stretchSlots counts the places of [s, e) that take expansion: spaces,
// Han–Latin gaps and the places between Chinese characters and marks.
func stretchSlots(us []unit, s, e int) int {
	e = trimSpaces(us, s, e)
	n := 0
	for i := s; i < e; i++ {
		switch {
		case us[i].cls == clsSpace, us[i].gap > 0:
			n++
		case i+1 < e && (us[i].cls == clsHan || us[i].full) && (us[i+1].cls == clsHan || us[i+1].full):
			n++
		}
	}
	return n
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
			lines[n-2].hyphen = 0
			lines[n-1].start = e
		}
		return
	}
}
