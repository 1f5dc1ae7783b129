package plaintext

import (
	"regexp"
	"testing"
)

// TestPatternsCompile compiles every pattern of the importer (they compile
// lazily, when first used; a pattern that does not compile would panic then).
func TestPatternsCompile(t *testing.T) {
	if len(allLazy) < 60 {
		t.Fatalf("%d patterns registered, want the importer's 70 or so", len(allLazy))
	}
	for _, l := range allLazy {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%q: %v", l.src, err)
		}
	}
}
