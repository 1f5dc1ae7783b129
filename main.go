// Command banmian is the Banmian editorial layout tool: with no arguments (or
// "open FILE") it opens the editor; with a command it works headless (see
// "banmian help").
package main

import (
	_ "embed"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	_ "banmian/internal/locale" // first: settle LANG before Fyne reads it

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"banmian/app"
	"banmian/assets"
	"banmian/cli"
	"banmian/internal/stagetime"
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
		if f := os.Getenv("BANMIAN_HEAPPROFILE"); f != "" {
			go writeHeapProfiles(f) // (for measuring the editor's memory)
		}
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
	stop := stagetime.Profile()
	commit, date, _ := strings.Cut(stamp, "@")
	env := cli.BuildEnv(fyneApp, commit, date)
	env.Stdout, env.Stderr = os.Stdout, os.Stderr
	code := cli.Run(&env, args)
	stop()
	os.Exit(code)
}

// writeHeapProfiles writes the heap profile to file every 10 s (the
// environment's BANMIAN_HEAPPROFILE; see README, Speed).
func writeHeapProfiles(file string) {
	for {
		time.Sleep(10 * time.Second)
		runtime.GC()
		if f, err := os.Create(file); err == nil {
			pprof.WriteHeapProfile(f)
			f.Close()
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		os.WriteFile(file+".txt", []byte(fmt.Sprintf("heap in use %d MiB, heap from the OS %d MiB, released %d MiB, all from the OS %d MiB\n",
			m.HeapInuse>>20, m.HeapSys>>20, m.HeapReleased>>20, m.Sys>>20)), 0o644)
	}
}
