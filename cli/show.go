package cli

import (
	"flag"
	"fmt"

	"banmian/article"
)

func runShow(env *Env, args []string) error {
	fs := flag.NewFlagSet("show", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print article.json instead of the outline")
	photos := fs.String("photos", "", "photo folder for a .txt file (default: its folder)")
	pos, err := parse(fs, args, 1, 1)
	if err != nil {
		return err
	}
	a, err := load(pos[0], *photos, func(w string) { fmt.Fprintln(env.Stderr, article.T("warning:"), w) })
	if err != nil {
		return err
	}
	if *asJSON {
		js, err := article.MarshalJSON(a)
		if err != nil {
			return err
		}
		_, err = env.Stdout.Write(js)
		return err
	}
	a.Outline(env.Stdout)
	return nil
}
