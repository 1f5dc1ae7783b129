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
