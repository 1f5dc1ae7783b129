package layout

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
	natural := ln.hyphen
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
	used := ln.hyphen
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
	ln.hyphenX = x
	ln.width = x + ln.hyphen
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

// maxExtra is the most a place of a line stretches beyond its natural
// width while there is anything else to stretch, em.
const maxExtra = 0.5

// expand spreads delta em over the line in clreq's order (§F): Latin word
// spaces up to ½ em, Han–Latin gaps up to ⅓ em, then even spacing between
// Chinese characters and marks. What is left when those are full (a line of
// Latin words in Chinese text, an English line of long words) goes evenly
// to every place of the line, letters of words included, so that no place
// takes more than ½ em over its natural width while another could.
func expand(us []unit, adv, gap, extra []float64, delta float64, zh bool) {
	hasHan := false
	for _, u := range us {
		hasHan = hasHan || u.cls == clsHan
	}
	var spaces, gaps, slots, all []int
	for i, u := range us {
		switch {
		case u.cls == clsSpace && u.gapSp, gap[i] > 0:
			gaps = append(gaps, i)
		case u.cls == clsSpace && u.r == ' ' && adv[i] > 0.2 && adv[i] < 0.45:
			spaces = append(spaces, i)
		}
	}
	for i := 0; i+1 < len(us); i++ {
		a, b := us[i], us[i+1]
		if a.cls == clsDash && b.cls == clsDash || a.cls == clsEllipsis && b.cls == clsEllipsis {
			continue // never inside a 2-em dash or an ellipsis
		}
		if a.cls == clsSpace || b.cls == clsSpace || a.gapSp || gap[i] > 0 {
			continue // the space or gap itself stretches
		}
		all = append(all, i)
		switch {
		case a.cls == clsConnector || b.cls == clsConnector || a.cls == clsSolidus || b.cls == clsSolidus,
			a.cls == clsLatin && b.cls == clsLatin, latinPunct(a) || latinPunct(b):
			continue
		}
		slots = append(slots, i)
	}
	fill := func(idx []int, limit float64) {
		if len(idx) == 0 || delta <= 1e-9 {
			return
		}
		take := min(delta, limit*float64(len(idx)))
		for _, i := range idx {
			extra[i] += take / float64(len(idx))
		}
		delta -= take
	}
	spaceLimit := 0.5 - 0.256 // a word space to about ½ em in Chinese text
	if !hasHan {
		spaceLimit = maxExtra // English: word spaces take up to ½ em more
	}
	fill(spaces, spaceLimit)
	fill(gaps, 1.0/3-0.25)
	fill(slots, maxExtra)
	if delta <= 1e-9 {
		return
	}
	// Everything that may stretch is at its limit: raise all places
	// together, the shortest first, so the widest stays as narrow as it
	// can — but the letters of a Latin word part by little (a letter-spaced
	// word reads as spaced out): the rest goes to the other places, and a
	// line of one long word (an address) stays short.
	var places []int
	letters := map[int]bool{}
	places = append(places, spaces...)
	places = append(places, gaps...)
	for _, i := range all {
		places = append(places, i)
		if us[i].cls == clsLatin && us[i+1].cls == clsLatin || latinPunct(us[i]) && latinPunct(us[i+1]) ||
			us[i].cls == clsLatin && latinPunct(us[i+1]) || latinPunct(us[i]) && us[i+1].cls == clsLatin {
			letters[i] = true
		}
	}
	if len(places) == 0 {
		return
	}
	// Letters part by 0.03 em at most while the other places stay within
	// ½ em; beyond that, by up to 0.2 em in all, before a space takes over ½ em.
	const letterMax, letterLast = 0.03, 0.2
	const tier = letterLast - letterMax
	at := func(i int, lv float64) float64 { // lv runs through: all up to ½ em, then letters, then spaces again
		var other, letter float64
		switch {
		case lv <= maxExtra:
			other, letter = lv, min(lv, letterMax)
		case lv <= maxExtra+tier:
			other, letter = maxExtra, letterMax+(lv-maxExtra)
		default:
			other, letter = lv-tier, letterLast
		}
		if letters[i] {
			return max(extra[i], letter)
		}
		return max(extra[i], other)
	}
	level := func(lv float64) float64 { // how much raising every place to lv takes
		need := 0.0
		for _, i := range places {
			need += at(i, lv) - extra[i]
		}
		return need
	}
	if len(letters) == len(places) && level(letterMax) < delta {
		for _, i := range places {
			extra[i] = at(i, letterMax)
		}
		return // nothing but letters: the line stays short
	}
	lo, hi := 0.0, maxExtra+tier+delta
	for range 40 {
		mid := (lo + hi) / 2
		if level(mid) < delta {
			lo = mid
		} else {
			hi = mid
		}
	}
	for _, i := range places {
		extra[i] = at(i, hi)
	}
}

func latinPunct(u unit) bool { return u.r < 0x80 && u.cls != clsLatin }
