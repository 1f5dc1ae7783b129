// Command banmian is the Banmian editorial layout tool: with no arguments (or
// "open FILE") it opens the editor; with a command it works headless (see
// "banmian help").
package main

import (
	"os"

	_ "banmian/internal/locale" // first: settle LANG before Fyne reads it

	fyneapp "fyne.io/fyne/v2/app"

	"banmian/app"
	"banmian/cli"
)

// Set by the linker (-ldflags "-X main.commit=… -X main.date=…"); see the Makefile.
var version, commit, date = "0.1.0", "", ""

func main() {
	args := os.Args[1:]
	if len(args) == 0 || args[0] == "open" && len(args) == 2 {
		a := fyneapp.NewWithID("io.banmian.editor")
		w := a.NewWindow("Banmian 版面")
		file := ""
		if len(args) == 2 {
			file = args[1]
		}
		app.New(a, w, file)
		w.ShowAndRun()
		return
	}
	env := &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Version: version, Commit: commit, Date: date}
	os.Exit(cli.Run(env, args))
}
