package layout

import (
	"banmian/layout/text"
)

// unit is one glyph cluster of a paragraph being composed. Widths are in em.
type unit struct {
	text  string  // the characters
	r     rune    // the first character
	gid   uint16  // glyph; 0 when the face lacks it
	cls   class   // composition class
	nat   float64 // the glyph's natural advance
	adv   float64 // advance after context adjustment and pair compression
	shift float64 // glyph origin from the start of the unit's box
	gap   float64 // space after the unit (¼ em between Han and Latin)
	full  bool    // a full-width mark whose blank half may be trimmed
	brk   bool    // a line may start at this unit
}

// prepare shapes a paragraph and applies the clreq rules that do not depend
// on line breaks: proportional quotes in Latin context, 1-em dashes and
// interpuncts in Chinese, Han–Latin spacing (an existing space becomes the
// gap), compression of adjacent marks to 1.5 em, and break opportunities
// (UAX #14, then line-start and line-end prohibitions, unbreakable ——/……).
func prepare(sh *text.Shaper, face *text.Face, runes []rune, zh bool, lang string, tracking float64, allowed []bool) []unit {
	glyphs := sh.Shape(face, runes, lang)
	us := make([]unit, len(glyphs))
	for i, g := range glyphs {
		end := g.Rune + g.Runes
		if end > len(runes) || end <= g.Rune {
			end = g.Rune + 1
		}
		r := runes[g.Rune]
		us[i] = unit{text: string(runes[g.Rune:end]), r: r, gid: g.GID, cls: classify(r), nat: g.Advance, adv: g.Advance}
	}
	contextAdjust(face, us, zh)
	compressPairs(us)
	if tracking != 0 {
		for i := range us {
			if us[i].cls != clsSpace && us[i].adv > 0 {
				us[i].adv += tracking
			}
		}
	}
	sh.Breaks(runes, allowed)
	for i := range us {
		if i == 0 {
			continue
		}
		idx := glyphs[i].Rune
		a, b := us[i-1], us[i]
		us[i].brk = allowed[idx] && !noLineStart(b.cls) && !noLineEnd(a.cls) &&
			!(a.cls == clsDash && b.cls == clsDash) && !(a.cls == clsEllipsis && b.cls == clsEllipsis)
		// Between Chinese characters and full-width marks, break as hanzi do
		// (UAX #14 treats “ ” as ambiguous quotes that never break).
		if zh && (a.cls == clsHan || a.full) && (b.cls == clsHan || b.full) {
			us[i].brk = !noLineStart(b.cls) && !noLineEnd(a.cls) &&
				!(a.cls == clsDash && b.cls == clsDash) && !(a.cls == clsEllipsis && b.cls == clsEllipsis)
		}
		// A space may always be followed by a break (it collapses at line end).
		if a.cls == clsSpace && !noLineStart(b.cls) {
			us[i].brk = true
		}
		// UAX #14 allows a break between Han and Latin; keep it.
	}
	return us
}

func isQuote(r rune) bool { return r == '“' || r == '”' || r == '‘' || r == '’' }

func latinAt(us []unit, i int) bool {
	return i >= 0 && i < len(us) && (us[i].cls == clsLatin || us[i].cls == clsStop && us[i].r < 0x80 || us[i].cls == clsPause && us[i].r < 0x80)
}

func contextAdjust(face *text.Face, us []unit, zh bool) {
	for i := range us {
		u := &us[i]
		switch {
		case isQuote(u.r) && (!zh || latinAt(us, i-1) || latinAt(us, i+1)):
			// Latin quotes and apostrophes: proportional, from the glyph's ink.
			if x0, x1, ok := face.Ink(u.gid); ok {
				u.adv = x1 - x0 + 0.1
				u.shift = -x0 + 0.05
			}
		case zh && (u.cls == clsDash || u.cls == clsMiddle) && u.nat < 0.98 && u.nat > 0:
			// 破折号 and 间隔号 take a full em in Chinese, glyph centred.
			u.adv = 1
			u.shift = (1 - u.nat) / 2
		}
		if u.cls >= clsOpen && u.cls <= clsStop && u.r >= 0x2000 && u.adv > 0.9 {
			u.full = true
		}
	}
	for i := range us {
		u := &us[i]
		prevHan := i > 0 && cjk(us[i-1].cls)
		nextHan := i+1 < len(us) && cjk(us[i+1].cls)
		prevLat := latinAt(us, i-1) && us[i-1].cls == clsLatin
		nextLat := latinAt(us, i+1) && us[i+1].cls == clsLatin
		switch {
		case u.cls == clsSpace && u.r == ' ' && zh && (prevHan && nextLat || prevLat && nextHan):
			u.adv = 0.25 // the space becomes the Han–Latin gap
		case u.cls == clsSpace && u.r == ' ' && zh && prevHan && nextHan:
			u.adv = 0.5 // a phrase break between hanzi (headlines)
		case cjk(u.cls) && nextLat, u.cls == clsLatin && nextHan:
			u.gap = 0.25
		}
	}
}

// compressPairs sets two adjacent full-width marks in 1.5 em: the first loses
// its blank right half when it has one, else the second its blank left half.
func compressPairs(us []unit) {
	for i := 0; i+1 < len(us); i++ {
		a, b := &us[i], &us[i+1]
		if !a.full || !b.full || a.adv < 0.9 || b.adv < 0.9 {
			continue
		}
		switch {
		case a.cls == clsClose || a.cls == clsPause || a.cls == clsStop:
			a.adv -= 0.5
		case b.cls == clsOpen:
			b.adv -= 0.5
			b.shift -= 0.5
		}
	}
}
