package plaintext

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled when it is first used, not when
// the program starts: the importer's seventy patterns took 3.5 ms of every
// start of Banmian (the editor, and every command, even those that import
// nothing), and an import compiles them while the fonts load on another core.
type lazyRE struct {
	src  string
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

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

// The methods of *regexp.Regexp the importer uses.

func (l *lazyRE) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string   { return l.get().FindStringSubmatch(s) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int { return l.get().FindStringSubmatchIndex(s) }
func (l *lazyRE) FindStringIndex(s string) []int         { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRE) ReplaceAllString(s, repl string) string { return l.get().ReplaceAllString(s, repl) }
func (l *lazyRE) Split(s string, n int) []string         { return l.get().Split(s, n) }
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
