package cli

import (
	"flag"
	"fmt"
	"strings"

	"banmian/article"
	"banmian/job"
)

func runImport(env *Env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	out := fs.String("o", "", "output .banmian file")
	photos := fs.String("photos", "", "folder holding the photos (default: the text file's folder)")
	quiet := fs.Bool("q", false, "print only warnings")
	pos, err := parse(fs, args, 1, 1)
	if err != nil {
		return err
	}
	if *out == "" {
		return article.Errorf("%w: -o OUT.banmian is required", errUsage)
	}
	if !strings.HasSuffix(strings.ToLower(*out), ".banmian") {
		return article.Errorf("%w: the output %q must end in .banmian", errUsage, *out)
	}
	o, err := job.Open(pos[0], *photos)
	if err != nil {
		return err
	}
	res := o.Import
	if res == nil {
		return article.Errorf("%w: %s is not copied text (import reads .txt files)", errUsage, pos[0])
	}
	if err := article.Save(*out, res.Article); err != nil {
		return err
	}
	if *quiet {
		for _, w := range res.Warnings {
			fmt.Fprint(env.Stderr, article.Sprintf("warning: %s\n", w))
		}
		return nil
	}
	fmt.Fprint(env.Stdout, res.Summary())
	fmt.Fprint(env.Stdout, article.Sprintf("wrote %s\n", *out))
	return nil
}
