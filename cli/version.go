package cli

import (
	"regexp"
	"runtime/debug"
)

var reVersion = regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`)

// BuildEnv returns an Env for the program: the version from FyneApp.toml
// (so the package and the binary agree), commit and date from the linker
// flags or else Go's VCS stamp.
func BuildEnv(fyneApp, commit, date string) Env {
	env := Env{Version: "dev", Commit: commit, Date: date}
	if m := reVersion.FindStringSubmatch(fyneApp); m != nil {
		env.Version = m[1]
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && env.Commit == "":
				env.Commit = s.Value[:min(12, len(s.Value))]
			case s.Key == "vcs.time" && env.Date == "":
				env.Date = s.Value
			}
		}
	}
	if env.Commit == "" {
		env.Commit = "unknown"
	}
	if env.Date == "" {
		env.Date = "unknown"
	}
	return env
}
