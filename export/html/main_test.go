package html

import (
	"os"
	"testing"
)

// photoCache is one derivative cache for the whole test binary: the tests
// use the same generated photos, which were resampled again in every test.
var photoCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "banmian-html-test-")
	if err != nil {
		panic(err)
	}
	photoCache = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
