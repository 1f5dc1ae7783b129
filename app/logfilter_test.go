package app

import (
	"bytes"
	"log"
	"testing"
)

// TestLogFilter: the harmless favourite-locations entry (three lines) is
// dropped; other Fyne errors pass whole.
func TestLogFilter(t *testing.T) {
	var out bytes.Buffer
	l := log.New(&logFilter{w: &out}, "", log.LstdFlags)
	l.Println("Fyne error:  Getting favorite locations")
	l.Println("  Cause: this is not a directory: /root/Videos")
	l.Println("  At: /x/dialog/file.go:396")
	l.Println("Fyne error:  Preferences load error:")
	l.Println("  Cause: EOF")
	l.Println("  At: /x/app/preferences.go:103")
	l.Println("Fyne error:  Preferences load error:")
	l.Println("  Cause: permission denied")
	l.Println("other line")
	got := out.String()
	if bytes.Contains(out.Bytes(), []byte("favorite")) || bytes.Contains(out.Bytes(), []byte("Videos")) || bytes.Contains(out.Bytes(), []byte("EOF")) {
		t.Errorf("not filtered:\n%s", got)
	}
	for _, want := range []string{"Preferences load error", "Cause: permission denied", "other line"} {
		if !bytes.Contains(out.Bytes(), []byte(want)) {
			t.Errorf("%q was dropped:\n%s", want, got)
		}
	}
}
