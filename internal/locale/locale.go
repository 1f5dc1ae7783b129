// Package locale settles the process locale before Fyne reads it. Imported
// first by main (its import path sorts before fyne.io, and it imports no
// other package of ours, so Go initialises it first): "LANG=C", "POSIX", an
// empty or malformed locale become English quietly, where Fyne would log an
// error at start.
package locale

import (
	"os"
	"regexp"
)

var wellFormed = regexp.MustCompile(`^[a-zA-Z]{2,3}([_-][a-zA-Z0-9]{2,8})?([.@].*)?$`)

func init() { Settle() }

// Settle replaces an unusable locale in the environment by en_US.UTF-8.
func Settle() {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(k)
		if v == "" {
			continue
		}
		if v == "C" || v == "POSIX" || v == "C.UTF-8" || v == "C.utf8" || !wellFormed.MatchString(v) {
			os.Setenv(k, "en_US.UTF-8")
		}
		return
	}
	os.Setenv("LANG", "en_US.UTF-8")
}

// Prefer makes the interface language lang ("zh" or "en") win over the
// system's, for Fyne's lang package (which reads $LANGUAGE first).
func Prefer(lang string) {
	switch lang {
	case "zh":
		os.Setenv("LANGUAGE", "zh_CN")
	case "en":
		os.Setenv("LANGUAGE", "en_US")
	}
}
