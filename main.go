// Command banmian is the Banmian editorial layout tool: with no arguments (or
// "open FILE") it opens the editor; with a command it works headless (see
// "banmian help").
package main

import (
	_ "embed"
	"os"
	"strings"

	_ "banmian/internal/locale" // first: settle LANG before Fyne reads it

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"banmian/app"
	"banmian/assets"
	"banmian/cli"
)

// stamp is set by the linker to "COMMIT@DATE" (-ldflags -X=main.stamp=…,
// one flag so that it also passes through GOFLAGS to the fyne tool); see the
// Makefile.
var stamp string

//go:embed FyneApp.toml
var fyneApp string

func main() {
	args := os.Args[1:]
	if len(args) == 1 && strings.HasSuffix(strings.ToLower(args[0]), ".banmian") {
		args = []string{"open", args[0]} // a double-clicked file (the .desktop entry, the Windows association)
	}
	if len(args) == 0 || args[0] == "open" && len(args) == 2 {
		a := fyneapp.NewWithID("io.banmian.editor")
		a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
		w := a.NewWindow("Banmian 版面")
		file := ""
		if len(args) == 2 {
			file = args[1]
		}
		app.New(a, w, file)
		w.ShowAndRun()
		return
	}
	commit, date, _ := strings.Cut(stamp, "@")
	env := cli.BuildEnv(fyneApp, commit, date)
	env.Stdout, env.Stderr = os.Stdout, os.Stderr
	os.Exit(cli.Run(&env, args))
}
