package app

import (
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// openFolder shows a folder in the system's file manager. The opener is
// waited for (no zombie process), and when there is none, or it fails, the
// editor is told where the folder is.
func (e *Editor) openFolder(dir string) {
	name, args := "xdg-open", []string{dir}
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name = "explorer"
	}
	fail := func(err error) {
		e.showError(fmt.Errorf(lang.L("The folder could not be opened (%v). The file is in %s"), err, dir))
	}
	bin, err := exec.LookPath(name)
	if err != nil {
		fail(fmt.Errorf(lang.L("%s is not installed"), name))
		return
	}
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		fail(err)
		return
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	go func() {
		select {
		case err := <-done:
			// explorer.exe exits with 1 even when it opened the folder.
			if err != nil && runtime.GOOS != "windows" {
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					err = fmt.Errorf(lang.L("%s found no file manager (exit status %d)"), name, ee.ExitCode())
				}
				fyne.Do(func() { fail(err) })
			}
		case <-time.After(30 * time.Second):
			// Still running: a file manager that stays in front; Wait reaps it later.
		}
	}()
}
