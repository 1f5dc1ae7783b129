package cli

import (
	"banmian/article"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitError = 1
	ExitUsage = 2
)

// errUsage marks an error of the command line itself (exit status 2).
var errUsage = errors.New("usage")

// Env is what a command may touch besides its arguments.
type Env struct {
	Stdout, Stderr io.Writer
	// Version, Commit and Date describe the build, for "banmian version".
	Version, Commit, Date string
	// Lang is the language of messages ("zh", "en"); empty follows the
	// environment (LC_ALL, then LC_MESSAGES, then LANG).
	Lang string
}

// envLanguage is the message language the environment asks for.
func envLanguage() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
}

type command struct {
	name, args, help string
	run              func(env *Env, args []string) error
}

var commands []command

func init() {
	commands = []command{
		{"import", "ARTICLE.txt|.docx|.html -o OUT.banmian [--photos DIR]", "import copied text (and its photos), a Word file or a saved web page into a .banmian file", runImport},
		{"show", "FILE [--json]", "print the outline of a .banmian, .txt or article.json file", runShow},
		{"version", "", "print version, commit and build date", runVersion},
		{"help", "", "print this help", runHelp},
	}
}

// Register adds a command; packages that need heavier dependencies (export,
// check) register themselves from their own files.
func register(c command) { commands = append(commands, c) }

// Run runs the command line args (without the program name) and returns the
// exit status.
func Run(env *Env, args []string) int {
	if env.Lang == "" {
		env.Lang = envLanguage()
	}
	article.SetMessageLanguage(env.Lang)
	if len(args) == 0 {
		usage(env.Stderr)
		return ExitUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		name = "help"
	}
	for _, c := range commands {
		if c.name != name {
			continue
		}
		err := c.run(env, args[1:])
		switch {
		case err == nil:
			return ExitOK
		case errors.Is(err, errUsage):
			fmt.Fprint(env.Stderr, article.Sprintf("banmian %s: %v\nusage: banmian %s %s\n", c.name, strings.TrimPrefix(err.Error(), "usage: "), c.name, c.args))
			return ExitUsage
		case errors.Is(err, flag.ErrHelp):
			fmt.Fprint(env.Stdout, article.Sprintf("usage: banmian %s %s\n  %s\n", c.name, c.args, c.help))
			return ExitOK
		default:
			fmt.Fprint(env.Stderr, article.Sprintf("banmian %s: %s\n", c.name, oneLine(err.Error())))
			return ExitError
		}
	}
	fmt.Fprint(env.Stderr, article.Sprintf("banmian: unknown command %q\n", name))
	usage(env.Stderr)
	return ExitUsage
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Banmian 版面 — editorial layout for Chinese and English news features")
	fmt.Fprintln(w, "usage: banmian [COMMAND [ARGS]]   (no command opens the editor)")
	for _, c := range commands {
		fmt.Fprint(w, article.Sprintf("  banmian %-8s %-52s %s\n", c.name, c.args, c.help))
	}
}

func runHelp(env *Env, _ []string) error {
	usage(env.Stdout)
	return nil
}

func runVersion(env *Env, _ []string) error {
	fmt.Fprint(env.Stdout, article.Sprintf("banmian %s (commit %s, built %s)\n", env.Version, env.Commit, env.Date))
	return nil
}

// parse parses flags wherever they stand among the arguments and returns the
// positional ones, checking their count is between min and max.
func parse(fs *flag.FlagSet, args []string, min, max int) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, article.Errorf("%w: %w", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) < min {
		return nil, article.Errorf("%w: missing argument", errUsage)
	}
	if len(pos) > max {
		return nil, article.Errorf("%w: unexpected argument %q", errUsage, pos[max])
	}
	return pos, nil
}
