// Command banmian-cli is Banmian's commands without the editor: installed
// as "banmian" on Linux, next to the editor's binary "banmian-editor", which
// it starts when it is asked for the editor (no arguments, "open FILE", a
// .banmian file). Without Fyne, OpenGL and X11 it starts in 5.6 ms instead of
// 12 ms: a third of a short export (README, Speed).
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"banmian/cli"
	"banmian/internal/stagetime"
)

// Set by the build (-ldflags -X): the version of FyneApp.toml and
// "commit@date".
var version, stamp string

// editorName is the editor's binary, looked up beside this one, then on PATH.
const editorName = "banmian-editor"

func main() {
	args := os.Args[1:]
	if wantsEditor(args) {
		os.Exit(runEditor(args))
	}
	commit, date, _ := strings.Cut(stamp, "@")
	env := cli.BuildEnv(`Version = "`+version+`"`, commit, date)
	env.Stdout, env.Stderr = os.Stdout, os.Stderr
	stop := stagetime.Profile()
	code := cli.Run(&env, args)
	stop()
	os.Exit(code)
}

// wantsEditor reports the arguments that open the editor, as the editor's
// own binary reads them.
func wantsEditor(args []string) bool {
	return len(args) == 0 || args[0] == "open" && len(args) == 2 ||
		len(args) == 1 && strings.HasSuffix(strings.ToLower(args[0]), ".banmian")
}

// runEditor runs the editor with the arguments and returns its exit status.
func runEditor(args []string) int {
	path, err := editorPath()
	if err != nil {
		fmt.Fprintln(os.Stderr, "banmian:", err)
		return 1
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(os.Stderr, "banmian:", err)
		return 1
	}
	return 0
}

// editorPath finds the editor's binary beside this one, else on PATH.
func editorPath() (string, error) {
	if self, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(self), editorName)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, nil
		}
	}
	p, err := exec.LookPath(editorName)
	if err != nil {
		return "", fmt.Errorf("the editor (%s) is not installed beside this program nor on PATH: the commands work without it (banmian help)", editorName)
	}
	return p, nil
}
