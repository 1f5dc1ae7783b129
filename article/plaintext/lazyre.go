package plaintext

import (
	"regexp"
	"strings"
	"sync"
)

// lazyRE is a regular expression compiled when it is first used, not when
// the program starts: the importer's seventy patterns took 3.5 ms of every
// start of Banmian (the editor, and every command, even those that import
// nothing), and an import compiles them while the fonts load on another core.
type lazyRE struct {
	src  string
	need func(string) bool // nil, or a cheap test every matching text passes
	once sync.Once
	re   *regexp.Regexp
}

// lazy returns src as a [lazyRE]; it panics when first used if src does not
// compile (as regexp.MustCompile does at start; TestPatternsCompile compiles
// them all).
func lazy(src string) *lazyRE {
	l := &lazyRE{src: src}
	allLazy = append(allLazy, l)
	return l
}

var allLazy []*lazyRE

// needs gives the pattern a cheap test that every text it matches passes
// (a character or word it cannot match without): texts that fail it are
// not run through the pattern, which scans whole lines (a third of an
// import's time went on six patterns' misses). TestPrefiltersHideNoMatch
// checks the tests against the fixtures' lines.
func (l *lazyRE) needs(f func(string) bool) *lazyRE {
	l.need = f
	return l
}

// may reports whether s passes the pattern's cheap test.
func (l *lazyRE) may(s string) bool { return l.need == nil || l.need(s) }

// asciiFoldContains reports whether s contains sub, ASCII letters in any
// case (sub is lower-case ASCII without k or s, the letters that (?i) also
// folds to non-ASCII ones).
func asciiFoldContains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

// The methods of *regexp.Regexp the importer uses (a text that fails the
// pattern's cheap test gets what no match gives).

func (l *lazyRE) MatchString(s string) bool {
	if !l.may(s) {
		return false
	}
	return l.get().MatchString(s)
}

func (l *lazyRE) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.get().FindStringSubmatch(s)
}

func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.get().FindStringSubmatchIndex(s)
}

func (l *lazyRE) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.get().FindStringIndex(s)
}

func (l *lazyRE) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllString(s, n)
}

func (l *lazyRE) ReplaceAllString(s, repl string) string {
	if !l.may(s) {
		return s
	}
	return l.get().ReplaceAllString(s, repl)
}

func (l *lazyRE) Split(s string, n int) []string {
	if n != 0 && !l.may(s) {
		return []string{s} // as regexp.Split without a match
	}
	return l.get().Split(s, n)
}

func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllStringSubmatch(s, n)
}

func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllStringSubmatchIndex(s, n)
}
