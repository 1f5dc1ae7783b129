package layout

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"banmian/layout/text"
)

// paraKey identifies a composed paragraph in the engine's cache: every
// input of compose is in it (a paragraph turned into a quote must not keep
// the body's colour; the language changes shaping and spacing).
type paraKey struct {
	text   string
	face   *text.Face
	size   Pt
	width  Pt
	indent float64
	align  string
	bal    bool
	zh     bool
	color  Color
	lang   string
	track  float64
	set    setting
}

// composeBlocks is the compose stage: every block's text is set in lines
// at its measure (paragraphs come from the cache when nothing changed), and
// characters no font has and lines too wide to fit are reported.
func (c *collector) composeBlocks(blocks []*block) {
	for _, b := range blocks {
		switch b.kind {
		case textBlock:
			if b.text == "" {
				continue
			}
			comp := c.e.compose(b.text, b.st, c.t.Color(b.st.Color), b.width-2*b.pad, c.zh, c.a.Lang)
			if len(comp.missing) > 0 {
				c.warn(SevError, b.id, "no font has %s: it would print as an empty box", runeNames(comp.missing))
			}
			if comp.overfull {
				c.warn(SevWarning, b.id, "a line is wider than its column (a word too long to break?)")
			}
			b.runs = comp.runs
			if b.pad > 0 {
				b.runs = shifted(b.runs, b.pad)
			}
		case photoBlock:
			c.composeBlocks(b.cells)
			if b.narrow != nil {
				c.composeBlocks([]*block{b.narrow})
			}
			if b.missingText != "" {
				st := b.credSt
				st.Align = "center"
				b.missing = c.e.compose(b.missingText, st, c.t.Color("muted"), b.width, c.zh, c.a.Lang).runs
			}
			if b.captionText != "" {
				b.caption = c.e.compose(b.captionText, b.st, c.t.Color(b.st.Color), b.width, c.zh, c.a.Lang).runs
				if len(b.caption) == 1 && b.spanCols > 1 {
					// One line under a photo across columns is centred
					// under it, as a banner photo's caption is.
					st := b.st
					st.Align = "center"
					b.caption = c.e.compose(b.captionText, st, c.t.Color(b.st.Color), b.width, c.zh, c.a.Lang).runs
				}
			}
			if b.creditText != "" {
				b.credit = c.e.compose(b.creditText, b.credSt, c.t.Color(b.credSt.Color), b.width, c.zh, c.a.Lang).runs
			}
		}
	}
}

// sortWarnings puts the findings of collect and compose in reading order
// (compose reports after collect), keeping the order within an element.
func (c *collector) sortWarnings(blocks ...[]*block) {
	order := map[string]int{}
	n := 0
	for _, bs := range blocks {
		for _, b := range bs {
			if _, ok := order[b.id]; !ok {
				order[b.id] = n
				n++
			}
		}
	}
	pos := func(id string) int {
		if i, ok := order[id]; ok {
			return i
		}
		return n // elements that print nothing (an empty section) keep their place among themselves
	}
	sort.SliceStable(c.warnings, func(i, j int) bool { return pos(c.warnings[i].ID) < pos(c.warnings[j].ID) })
}

// composed is a paragraph set in lines; runs have X relative to the block's
// left edge and Y = 0 (the pager places them).
type composed struct {
	runs     []*TextRun
	missing  []rune
	overfull bool
}

// compose sets text in lines of the given width with the style; each line
// becomes a run. Hard line breaks ("\n") start new lines. Results are cached.
func (e *Engine) compose(s string, st Style, color Color, width Pt, zh bool, lang string) *composed {
	key, face, set := e.paragraph(s, st, color, width, zh, lang)
	e.used[key] = true
	if c, ok := e.cache[key]; ok {
		return c
	}
	e.misses++
	c := e.work.set(s, face, st, color, width, zh, lang, set)
	e.cache[key] = c
	return c
}

// paragraph returns the cache key of a paragraph, the face it is set in and
// the typographic setting.
func (e *Engine) paragraph(s string, st Style, color Color, width Pt, zh bool, lang string) (paraKey, *text.Face, setting) {
	face := e.fonts.face(st)
	if e.tmpl != nil && st.FontFile != "" {
		if f := e.tmpl.fontFiles[st.FontFile]; f != nil {
			face = f
		}
	}
	set := setting{kaiming: e.kaiming, level: e.level, phrase: st.Balance, hyph: !st.Balance && st.Align == "justify"}
	return paraKey{s, face, Pt(st.Size), width, st.Indent, st.Align, st.Balance, zh, color, lang, st.Tracking, set}, face, set
}

// worker is what setting a paragraph needs of its own: a shaper and a
// buffer of break opportunities. The engine's sets paragraphs one by one;
// precompose's helpers each have theirs.
type worker struct {
	shaper  *text.Shaper
	allowed []bool
}

// set sets a paragraph (see compose).
func (w *worker) set(s string, face *text.Face, st Style, color Color, width Pt, zh bool, lang string, set setting) *composed {
	c := &composed{}
	for i, part := range strings.Split(s, "\n") {
		ind := st.Indent
		if i > 0 {
			ind = 0
		}
		w.composePart(c, part, face, st, color, width, ind, zh, lang, set)
	}
	return c
}

func (wk *worker) composePart(c *composed, s string, face *text.Face, st Style, color Color, width Pt, indent float64, zh bool, lang string, set setting) {
	runes := []rune(s)
	if len(runes) == 0 {
		return
	}
	if cap(wk.allowed) < len(runes) {
		wk.allowed = make([]bool, len(runes)*2)
	}
	us := prepare(wk.shaper, face, runes, zh, lang, st.Tracking, wk.allowed[:len(runes)], set)
	for _, u := range us {
		if u.gid == 0 && u.cls != clsSpace && !unicode.IsControl(u.r) {
			c.missing = append(c.missing, u.r)
		}
	}
	size := float64(st.Size)
	w := float64(width) / size
	lines := breakLines(us, w, indent)
	if st.Balance && len(lines) > 1 {
		lines = balance(us, lines, w, zh)
	}
	for i := range lines {
		ln := &lines[i]
		if i == 0 {
			ln.indent = indent
		}
		justify(us, ln, w, st.Align, i == len(lines)-1, zh)
		c.overfull = c.overfull || ln.overfull
		c.runs = append(c.runs, makeRun(us, ln, face, Pt(size), color))
	}
}

// balance evens a heading's lines: in Chinese, first try breaking only at
// the spaces between phrases; otherwise find the narrowest measure that
// keeps the number of lines.
func balance(us []unit, lines []line, w float64, zh bool) []line {
	if zh {
		saved := make([]bool, len(us))
		phrase := false
		for i := range us {
			saved[i] = us[i].brk
			us[i].brk = i > 0 && us[i-1].cls == clsSpace
			phrase = phrase || us[i].brk
		}
		if phrase {
			pl := breakLines(us, w, 0)
			ok := len(pl) <= len(lines)
			for _, l := range pl {
				ok = ok && measure(us, l.start, l.end) <= w+1e-6
			}
			if ok {
				for i := range us {
					us[i].brk = saved[i]
				}
				return pl
			}
		}
		for i := range us {
			us[i].brk = saved[i]
		}
	}
	lo, hi := w/float64(len(lines)), w
	best := lines
	for k := 0; k < 12; k++ {
		mid := (lo + hi) / 2
		if l := breakLines(us, mid, 0); len(l) == len(lines) {
			best, hi = l, mid
		} else {
			lo = mid
		}
	}
	return best
}

func makeRun(us []unit, ln *line, face *text.Face, size Pt, color Color) *TextRun {
	r := &TextRun{Face: face, Size: size, Color: color}
	var b strings.Builder
	for i := ln.start; i < ln.end; i++ {
		u := us[i]
		b.WriteString(u.text)
		if u.cls == clsSpace {
			continue
		}
		r.Glyphs = append(r.Glyphs, Glyph{GID: u.gid, Text: u.text, X: Pt(ln.x[i-ln.start]) * size, Advance: Pt(u.nat) * size, ScaleX: u.scale})
	}
	r.Text = b.String() // a hyphen added at a break is not part of the text
	if ln.hyphen > 0 {
		if gid, ok := face.Glyph('-'); ok {
			r.Glyphs = append(r.Glyphs, Glyph{GID: gid, Text: "-", X: Pt(ln.hyphenX) * size, Advance: Pt(face.Advance(gid)) * size})
		}
	}
	return r
}

func runeNames(rs []rune) string {
	seen := map[rune]bool{}
	var parts []string
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			parts = append(parts, fmt.Sprintf("%q (U+%04X)", r, r))
		}
	}
	return strings.Join(parts, ", ")
}
