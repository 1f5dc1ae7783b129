// Command banmian is the Banmian editorial layout tool: with no arguments it
// opens the editor; with a command it works headless (see "banmian help").
package main

import (
	"os"

	"github.com/banmian/banmian/cli"
)

// Set by the linker (-ldflags "-X main.version=…"); see the Makefile.
var version, commit, date = "0.1.0", "", ""

func main() {
	env := &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Version: version, Commit: commit, Date: date}
	os.Exit(cli.Run(env, os.Args[1:]))
}
