// Package depcheck holds only a test: the rules of dependency direction
// between Banmian's packages and the outside libraries each one owns.
package depcheck
