package cli

import (
	"banmian/internal/hugeheap"
	"banmian/internal/stagetime"
	"flag"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"

	"banmian/article"
	"banmian/job"
)

func init() {
	register(command{"export", "FILE -o OUT.pdf|OUT.html|DIR [--format pdf|png|html] [--template NAME|PATH] [--fit N] [--punctuation full|kaiming] [--strictness none|basic|gb|strict] [--bleed MM] [--marks] [--images auto|keep] [--dpi N] [--pdfx 4|1a|auto] [--profile coated|newsprint|PATH.icc]",
		"export a .banmian or .txt file to PDF, HTML or PNG pages", runExport})
	register(command{"check", "FILE [--template NAME|PATH] [--pdfx 4|1a|auto|none] [--profile coated|newsprint|PATH.icc]", "preflight: list errors and warnings with each element's path (print checks for the template's PDF/X defaults)", runCheck})
}

// exportMemoryLimit is the soft memory limit during an export, in bytes.
const exportMemoryLimit = 100 << 20

// exportHeapReserve is the heap an export reserves in huge pages, in bytes:
// the reference article with its photos copied through needs about 40 MB;
// pages never touched cost nothing.
const exportHeapReserve = 64 << 20

type exportFlags struct {
	out, format, template, images, photos string
	pdfx, profile                         string
	dir                                   string // the input's folder: the article's template path is relative to it
	bleed, dpi                            float64
	marks                                 bool
	fit                                   int
	punctuation, strictness               string
}

func runExport(env *Env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var o exportFlags
	fs.StringVar(&o.out, "o", "", "output file (.pdf, .html) or folder (png, html)")
	fs.StringVar(&o.format, "format", "", "pdf, png or html (default: from the output's extension)")
	fs.StringVar(&o.template, "template", "", "template name or JSON file (default: the article's, else "+job.DefaultTemplate+")")
	fs.StringVar(&o.images, "images", "auto", "auto: downsample photos sharper than 450 ppi; keep: pass every JPEG through")
	fs.StringVar(&o.photos, "photos", "", "photo folder for a .txt input (default: its folder)")
	fs.Float64Var(&o.bleed, "bleed", -1, "bleed in mm (default: the template's)")
	fs.Float64Var(&o.dpi, "dpi", 100, "resolution of PNG pages")
	fs.BoolVar(&o.marks, "marks", false, "draw crop marks outside the bleed")
	fs.IntVar(&o.fit, "fit", 0, "fit the story to N pages (copyfit); 0: the article's or template's page count")
	fs.StringVar(&o.punctuation, "punctuation", "", "punctuation style: full (全角式) or kaiming (开明式); default: the article's, else the template's")
	fs.StringVar(&o.strictness, "strictness", "", "line breaking: none, basic, gb or strict; default: the article's, else the template's")
	fs.StringVar(&o.pdfx, "pdfx", "", "print-ready PDF/X: 4 (PDF/X-4), 1a (PDF/X-1a:2001) or auto (the template's); none: a plain PDF")
	fs.StringVar(&o.profile, "profile", "", "PDF/X press profile: coated, newsprint or an ICC file (default: the template's)")
	pos, err := parse(fs, args, 1, 1)
	if err != nil {
		return err
	}
	if o.out == "" {
		return article.Errorf("%w: -o OUT is required", errUsage)
	}
	if o.format == "" {
		switch strings.ToLower(filepath.Ext(o.out)) {
		case ".pdf":
			o.format = "pdf"
		case ".html", ".htm":
			o.format = "html"
		case "":
			if strings.HasSuffix(o.out, "/") {
				o.format = "html"
			} else {
				o.format = "png"
			}
		default:
			return article.Errorf("%w: cannot tell the format from %q: give --format", errUsage, o.out)
		}
	}
	if o.images != "auto" && o.images != "keep" {
		return article.Errorf("%w: --images is auto or keep", errUsage)
	}
	if o.bleed > job.MaxBleedMM {
		return article.Errorf("%w: --bleed %g mm is more than 20 mm", errUsage, o.bleed)
	}
	switch {
	case o.pdfx != "" && o.pdfx != "auto" && o.pdfx != "4" && o.pdfx != "1a":
		return article.Errorf("%w: --pdfx is 4, 1a or auto", errUsage)
	case o.profile != "" && o.pdfx == "":
		return article.Errorf("%w: --profile goes with --pdfx", errUsage)
	case o.pdfx != "" && o.format != "pdf":
		return article.Errorf("%w: --pdfx makes a PDF", errUsage)
	}
	// An export holds photos, fonts and the output at once; a soft memory
	// limit makes the collector run more often instead of letting the heap
	// double (peak memory, not time, is what a newsroom machine runs out of).
	// Below that limit the collector does not run at all: an export is one
	// short pass whose garbage the process's exit frees (the collections
	// were a tenth of a short export's time, and stalled on copies of
	// photos; the limit still bounds the heap).
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(exportMemoryLimit))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	if o.format != "html" {
		// The photos, fonts and pages come in 2 MiB pages (a tenth of a
		// short export's time was page faults).
		hugeheap.Reserve(exportHeapReserve)
	}
	if o.fit < 0 || o.fit > 100 {
		return article.Errorf("%w: --fit %d is not a page count from 1 to 100", errUsage, o.fit)
	}
	o.dir = filepath.Dir(pos[0])
	if o.format != "html" {
		job.Preload()
	}
	stagetime.Mark("main")
	a, err := load(pos[0], o.photos, func(w string) { fmt.Fprintln(env.Stderr, article.T("warning:"), w) })
	if err != nil {
		return err
	}
	switch o.punctuation {
	case "", "full", "kaiming":
	default:
		return article.Errorf("%w: --punctuation is full or kaiming", errUsage)
	}
	switch o.strictness {
	case "", "none", "basic", "gb", "strict":
	default:
		return article.Errorf("%w: --strictness is none, basic, gb or strict", errUsage)
	}
	if o.fit > 0 || o.punctuation != "" || o.strictness != "" {
		if a.Layout == nil {
			a.Layout = &article.Layout{}
		}
		if o.fit > 0 {
			a.Layout.Pages = o.fit
		}
		if o.punctuation != "" {
			a.Layout.Punctuation = o.punctuation
		}
		if o.strictness != "" {
			a.Layout.Strictness = o.strictness
		}
	}
	switch o.format {
	case "pdf", "png":
		return exportPages(env, a, o)
	case "html":
		return exportHTML(env, a, o)
	}
	return article.Errorf("%w: unknown format %q (pdf, png or html)", errUsage, o.format)
}

func exportPages(env *Env, a *article.Article, o exportFlags) error {
	stagetime.Mark("load")
	doc, err := job.LayoutWith(a, o.dir, o.template)
	stagetime.Mark("layout")
	if err != nil {
		return err
	}
	if o.format == "pdf" {
		if err := job.ExportPDF(o.out, doc, job.PDFOptions{BleedMM: o.bleed, Marks: o.marks, KeepImages: o.images == "keep", PDFX: o.pdfx, Profile: o.profile}); err != nil {
			return err
		}
		fmt.Fprint(env.Stdout, article.Sprintf("wrote %s (%d pages)\n", o.out, len(doc.Pages)))
		if o.pdfx != "" {
			x, p, _ := job.PrintSettings(doc.Template, o.pdfx, o.profile)
			fmt.Fprint(env.Stdout, article.Sprintf("PDF/X-%s with the output intent %s\n", x, p.Name))
		}
		if _, m := job.Meter(doc); m != "" {
			fmt.Fprintln(env.Stdout, m)
		}
		return nil
	}
	if err := job.ExportPNG(o.out, doc, o.dpi, o.bleed > 0); err != nil {
		return err
	}
	fmt.Fprint(env.Stdout, article.Sprintf("wrote %d pages to %s\n", len(doc.Pages), o.out))
	return nil
}

func exportHTML(env *Env, a *article.Article, o exportFlags) error {
	t, err := job.Template(a, o.dir, o.template)
	if err != nil {
		return err
	}
	folder := strings.HasSuffix(o.out, "/") || strings.HasSuffix(o.out, string(filepath.Separator)) || filepath.Ext(o.out) == ""
	missing := func(f string) {
		fmt.Fprint(env.Stderr, article.Sprintf("warning: photo %q is missing: left out of the page\n", f))
	}
	if err := job.ExportHTML(o.out, folder, a, t, missing); err != nil {
		return err
	}
	if folder {
		fmt.Fprint(env.Stdout, article.Sprintf("wrote %s\n", filepath.Join(o.out, "index.html")))
	} else {
		fmt.Fprint(env.Stdout, article.Sprintf("wrote %s\n", o.out))
	}
	return nil
}

// errPreflight makes "check" exit with status 1 when there are errors.
type errPreflight int

// Error counts the errors.
func (e errPreflight) Error() string { return article.Sprintf("%d preflight errors", int(e)) }

func runCheck(env *Env, args []string) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	tmpl := fs.String("template", "", "template name or JSON file (default: the article's, else "+job.DefaultTemplate+")")
	photos := fs.String("photos", "", "photo folder for a .txt input")
	pdfx := fs.String("pdfx", "auto", "print checks for PDF/X 4, 1a, the template's (auto) or none")
	profile := fs.String("profile", "", "press profile of the print checks: coated, newsprint or an ICC file (default: the template's)")
	pos, err := parse(fs, args, 1, 1)
	if err != nil {
		return err
	}
	a, err := load(pos[0], *photos, nil)
	if err != nil {
		return err
	}
	doc, err := job.LayoutWith(a, filepath.Dir(pos[0]), *tmpl)
	if err != nil {
		return err
	}
	if *pdfx != "none" {
		level, prof, err := job.PrintSettings(doc.Template, *pdfx, *profile)
		if err != nil {
			return article.Errorf("%w: %w", errUsage, err)
		}
		doc.Warnings = append(doc.Warnings, job.PrintPreflight(a, doc, level, prof)...)
		fmt.Fprint(env.Stdout, article.Sprintf("print checks: PDF/X-%s on %s\n", level, prof.Name))
	}
	for _, w := range doc.Warnings {
		fmt.Fprint(env.Stdout, article.Sprintf("%-7s %s: %s\n", article.T(string(w.Severity)), w.Path, w.Message))
	}
	errs, warns := job.Preflight(doc)
	if _, m := job.Meter(doc); m != "" {
		fmt.Fprintln(env.Stdout, m)
	}
	fmt.Fprint(env.Stdout, article.Sprintf("%d errors, %d warnings\n", errs, warns))
	if errs > 0 {
		return errPreflight(errs)
	}
	return nil
}
