package layout

import (
	"regexp"
	"strings"
	"unicode"

	"banmian/layout/text"
)

// unit is one glyph cluster of a paragraph being composed. Widths are in em.
type unit struct {
	text     string  // the characters
	r        rune    // the first character
	gid      uint16  // glyph; 0 when the face lacks it
	cls      class   // composition class
	nat      float64 // the glyph's natural advance
	adv      float64 // advance after context adjustment and pair compression
	shift    float64 // glyph origin from the start of the unit's box
	gap      float64 // space after the unit (¼ em between Han and Latin)
	scale    float64 // horizontal scale of the glyph (0: none; joined dashes)
	hyph     float64 // width of the hyphen added when a line breaks before this unit (0: no such break)
	hyphName bool    // that break is inside a name: a last resort
	full     bool    // a full-width mark whose blank half may be trimmed
	brk      bool    // a line may start at this unit
	gapSp    bool    // a typed space set as a ¼-em gap (Han–Latin, or between hanzi in body text)
}

// prepare shapes a paragraph and applies the clreq rules that do not depend
// on line breaks: proportional quotes in Latin context, 1-em dashes and
// interpuncts in Chinese (runs of dashes joined into one stroke), Han–Latin
// spacing (an existing space becomes the gap), the punctuation style,
// compression of adjacent marks to 1.5 em, and break opportunities (UAX
// #14, then the level's line-start and line-end prohibitions, unbreakable
// ——/……, hyphenation points of Latin words, none inside a URL).
func prepare(sh *text.Shaper, face *text.Face, runes []rune, zh bool, lang string, tracking float64, allowed []bool, set setting) []unit {
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
	// Chinese rules apply to paragraphs with Chinese in them: an English
	// paragraph of a Chinese article keeps Latin quotes and dashes.
	zhp := zh && hasHan(runes)
	contextAdjust(face, us, zhp, set.phrase)
	if zhp {
		joinDashes(face, us)
		if set.kaiming {
			kaimingPauses(us)
		}
	}
	compressPairs(us)
	if tracking != 0 {
		for i := range us {
			if us[i].cls != clsSpace && us[i].adv > 0 {
				us[i].adv += tracking
			}
		}
	}
	sh.Breaks(runes, allowed)
	lv := set.level
	for i := range us {
		if i == 0 {
			continue
		}
		idx := glyphs[i].Rune
		a, b := us[i-1], us[i]
		unbreakable := a.cls == clsDash && b.cls == clsDash || a.cls == clsEllipsis && b.cls == clsEllipsis
		us[i].brk = allowed[idx] && !forbidStart(b.cls, lv) && !forbidEnd(a.cls, lv) && !unbreakable
		// Between Chinese characters and full-width marks, break as hanzi do
		// (UAX #14 treats “ ” as ambiguous quotes that never break).
		if zh && (a.cls == clsHan || a.full) && (b.cls == clsHan || b.full) {
			us[i].brk = !forbidStart(b.cls, lv) && !forbidEnd(a.cls, lv) && !unbreakable
		}
		// A space may always be followed by a break (it collapses at line end).
		if a.cls == clsSpace && !forbidStart(b.cls, lv) {
			us[i].brk = true
		}
		// UAX #14 allows a break between Han and Latin; keep it.
	}
	inURL := noBreakInURLs(us)
	if set.hyph {
		hyphenate(face, us, glyphs, inURL)
	}
	return us
}

func hasHan(rs []rune) bool {
	for _, r := range rs {
		if classify(r) == clsHan {
			return true
		}
	}
	return false
}

// joinDashes draws a run of dashes (——, ⸺, ———) as one continuous stroke:
// each takes whole ems (a ⸺ two, a ⸻ three) and its glyph is stretched to
// meet the next, the run's ends 0.02 em inside its box. The bundled fonts'
// dashes are 0.8 em of ink, which would leave a visible break.
func joinDashes(face *text.Face, us []unit) {
	for i := 0; i < len(us); {
		if us[i].cls != clsDash {
			i++
			continue
		}
		j := i
		for j < len(us) && us[j].cls == clsDash {
			j++
		}
		if j-i == 1 && us[i].adv < 1.5 {
			i = j // one 1-em dash: a glyph of its own
			continue
		}
		for k := i; k < j; k++ {
			u := &us[k]
			x0, x1, ok := face.Ink(u.gid)
			if !ok || x1-x0 < 0.1 {
				continue
			}
			ems := dashEms(u.r)
			u.adv = ems
			t0, t1 := -0.01, ems+0.01 // overlap the neighbours a little
			if k == i {
				t0 = 0.02
			}
			if k == j-1 {
				t1 = ems - 0.02
			}
			u.scale = (t1 - t0) / (x1 - x0)
			u.shift = t0 - x0*u.scale
		}
		i = j
	}
}

// dashEms is how many ems a dash takes in Chinese: ⸺ two, ⸻ three, — one.
func dashEms(r rune) float64 {
	switch r {
	case '⸺':
		return 2
	case '⸻':
		return 3
	}
	return 1
}

// kaimingPauses sets ，、；： in half an em (开明式): the blank half goes.
func kaimingPauses(us []unit) {
	for i := range us {
		if u := &us[i]; u.full && u.cls == clsPause && u.adv > 0.9 {
			u.adv -= 0.5
			u.full = false
			// A closing mark before it or an opening one after it loses
			// its blank half as beside a full-width mark: ”， and ，“
			// take one em.
			if i > 0 && us[i-1].full && us[i-1].cls == clsClose && us[i-1].adv > 0.9 {
				us[i-1].adv -= 0.5
			}
			if n := i + 1; n < len(us) && us[n].full && us[n].cls == clsOpen && us[n].adv > 0.9 {
				us[n].adv -= 0.5
				us[n].shift -= 0.5
			}
		}
	}
}

// noBreakInURLs finds the web and mail addresses of a paragraph: no
// hyphen is ever added inside one, and a line breaks in one only where
// UAX #14 allows (after a slash), never between its first characters. It
// returns which units belong to one.
func noBreakInURLs(us []unit) []bool {
	var in []bool
	for s := 0; s < len(us); {
		if us[s].cls == clsSpace || us[s].cls == clsHan {
			s++
			continue
		}
		e := s
		var b strings.Builder
		for e < len(us) && us[e].cls != clsSpace && us[e].cls != clsHan {
			b.WriteString(us[e].text)
			e++
		}
		if tok := b.String(); strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.Contains(tok, "@") && strings.Contains(tok, ".") || reDomain.MatchString(tok) {
			if in == nil {
				in = make([]bool, len(us))
			}
			// Inside an address a line breaks only after a slash (not in
			// "://") or before ? & # =: never at its hyphens (a reader
			// would take one for a hyphen the setting added).
			for k := s; k < e; k++ {
				in[k] = true
				if k == s {
					continue
				}
				p, c := us[k-1].r, us[k].r
				after := p == '/' && !(k >= 2 && us[k-2].r == '/') && !(k+1 < len(us) && c == '/') && !(k >= 2 && us[k-2].r == ':')
				us[k].brk = us[k].brk && (after || strings.ContainsRune("?&#=", c))
			}
		}
		s = e
	}
	return in
}

// hyphenate marks the hyphenation points of the Latin words of a paragraph
// (letters only: G78, URLs and words with apostrophes do not break).
func hyphenate(face *text.Face, us []unit, glyphs []text.Glyph, inURL []bool) {
	if !hasLatinWord(us) {
		return
	}
	english := englishPatterns()
	if english == nil {
		return
	}
	gid, ok := face.Glyph('-')
	if !ok {
		return
	}
	hw := face.Advance(gid)
	for s := 0; s < len(us); {
		if !latinLetter(us[s]) {
			s++
			continue
		}
		e := s
		var b strings.Builder
		for e < len(us) && latinLetter(us[e]) {
			b.WriteString(us[e].text)
			e++
		}
		// A word only: not part of an address, of a token with digits
		// (G78, 5G), of a word with an apostrophe, or of a hyphenated
		// compound (it breaks at its own hyphen).
		// A possessive ('s) is the word's own: its stem hyphenates.
		possessive := e+1 < len(us) && (us[e].r == '\'' || us[e].r == '’') && (us[e+1].r == 's' || us[e+1].r == 'S') &&
			(e+2 == len(us) || us[e+2].cls != clsLatin)
		word := !(inURL != nil && inURL[s]) &&
			(s == 0 || us[s-1].cls != clsLatin && !strings.ContainsRune("'’-‐/.", us[s-1].r)) &&
			(e == len(us) || possessive || us[e].cls != clsLatin && !strings.ContainsRune("'’-‐/", us[e].r))
		// A name (Changsha, Xiangtan: the patterns know English, not
		// pinyin; style guides leave proper nouns whole) breaks only as a
		// last resort, when the line would be far too loose otherwise; a
		// capital that only begins a sentence does not make a name. A
		// word with capitals inside (WaterWatch, UNESCO) never breaks, nor
		// the paragraph's last word.
		name := unicode.IsUpper(us[s].r) && !sentenceStart(us, s)
		for k := s + 1; k < e; k++ {
			word = word && !unicode.IsUpper(us[k].r)
		}
		if lastWord(us, e) {
			word = false
		}
		if word && e-s >= english.Left+english.Right {
			pts := english.Points(b.String())
			base := glyphs[s].Rune
			for k := s + 1; k < e; k++ {
				off := glyphs[k].Rune - base
				for _, p := range pts {
					if p == off {
						us[k].hyph, us[k].hyphName = hw, name
					}
				}
			}
		}
		s = e
	}
}

// reDomain is a bare domain name: xinhuanet.com, chinadaily.com.cn.
var reDomain = regexp.MustCompile(`^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|org|net|gov|edu|hk|tw|uk|io|info|int)(?:\.[a-z]{2})?[/.,;:]?$`)

// sentenceStart reports a word at the start of a paragraph or after a
// sentence's end (. ! ? or a quote after one).
func sentenceStart(us []unit, s int) bool {
	k := s - 1
	for k >= 0 && (us[k].cls == clsSpace || us[k].r == '"' || us[k].r == '“' || us[k].r == '‘' || us[k].r == '(') {
		k--
	}
	return k < 0 || us[k].cls == clsStop
}

// lastWord reports whether nothing but punctuation and spaces follow e.
func lastWord(us []unit, e int) bool {
	for ; e < len(us); e++ {
		if us[e].cls == clsLatin || us[e].cls == clsHan {
			return false
		}
	}
	return true
}

// hasLatinWord reports five Latin letters in a row somewhere.
func hasLatinWord(us []unit) bool {
	n := 0
	for _, u := range us {
		if latinLetter(u) {
			if n++; n >= 5 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// latinLetter: a unit of a Latin word (a letter, not a digit).
func latinLetter(u unit) bool { return u.cls == clsLatin && unicode.IsLetter(u.r) }

// openSingle reports a ‘ before unit i not yet closed: a ’ after it closes
// a quotation; otherwise a ’ after a letter is an apostrophe (students’).
func openSingle(us []unit, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch us[k].r {
		case '’':
			return false
		case '‘':
			return true
		}
	}
	return false
}

func isQuote(r rune) bool { return r == '“' || r == '”' || r == '‘' || r == '’' }

func latinAt(us []unit, i int) bool {
	return i >= 0 && i < len(us) && (us[i].cls == clsLatin || us[i].cls == clsStop && us[i].r < 0x80 || us[i].cls == clsPause && us[i].r < 0x80)
}

func contextAdjust(face *text.Face, us []unit, zh, phrase bool) {
	for i := range us {
		u := &us[i]
		switch {
		case isQuote(u.r) && (!zh || latinAt(us, i-1) && latinAt(us, i+1) || u.r == '’' && latinAt(us, i-1) && !openSingle(us, i)):
			// Latin quotes and apostrophes: proportional, from the glyph's
			// ink. In Chinese, “” are full width even beside a Latin
			// letter (呈“K”字形); only an apostrophe inside a word is not.
			if x0, x1, ok := face.Ink(u.gid); ok {
				u.adv = x1 - x0 + 0.1
				u.shift = -x0 + 0.05
			}
		case zh && (u.r == '⸺' || u.r == '⸻'):
			// ⸺ and ⸻ take two and three ems; joinDashes draws them.
			u.adv = dashEms(u.r)
			u.shift = (u.adv - u.nat) / 2
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
			u.adv, u.gapSp = 0.25, true // the space becomes the Han–Latin gap
		case u.cls == clsSpace && u.r == ' ' && zh && prevHan && nextHan && phrase:
			u.adv = 0.5 // a phrase break between hanzi (headlines)
		case u.cls == clsSpace && u.r == ' ' && zh && prevHan && nextHan:
			u.adv, u.gapSp = 0.25, true // a typed space in body text: a quarter em
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
