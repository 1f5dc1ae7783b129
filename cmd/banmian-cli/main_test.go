package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestWantsEditor(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{"open", "a.banmian"}, true},
		{[]string{"Story.BANMIAN"}, true},
		{[]string{"export", "a.banmian", "-o", "a.pdf"}, false},
		{[]string{"version"}, false},
		{[]string{"open"}, false},
		{[]string{"a.txt"}, false},
	} {
		if got := wantsEditor(c.args); got != c.want {
			t.Errorf("wantsEditor(%q) = %v", c.args, got)
		}
	}
}

// TestBinary builds the command and runs it: its commands work, and it
// starts the editor beside it with the arguments (a stand-in script here).
func TestBinary(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "banmian")
	build := exec.Command("go", "build", "-ldflags", "-X main.version=9.8.7 -X main.stamp=abc@2026-01-01", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "9.8.7") || !strings.Contains(string(out), "abc") {
		t.Fatalf("version: %v %s", err, out)
	}
	// No editor anywhere: a clear error.
	cmd := exec.Command(bin, "open", "x.banmian")
	cmd.Env = append(os.Environ(), "PATH="+dir)
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "banmian-editor") {
		t.Errorf("without the editor: %v %s", err, out)
	}
	// The editor beside it gets the arguments; its exit status comes back.
	script := "#!/bin/sh\necho \"editor $*\"\nexit 3\n"
	if err := os.WriteFile(filepath.Join(dir, editorName), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(bin, "open", "x.banmian")
	out, err = cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 || strings.TrimSpace(string(out)) != "editor open x.banmian" {
		t.Errorf("with the editor: %v %q", err, out)
	}
}
