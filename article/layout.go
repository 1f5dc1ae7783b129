package article

// Layout is how the article is laid out, saved with it so that the editor,
// export, check and the command line agree without being told.
type Layout struct {
	// Template is a bundled template's name ("newspaper-a3") or a template
	// file's path; a relative path is relative to the .banmian's folder.
	Template string `json:"template,omitempty"`
	// Page overrides the template's page geometry (Page Setup); nil keeps it.
	Page *PageSetup `json:"page,omitempty"`
	// Pages fixes the page count the story is fitted to (0: the
	// template's; -1: free, whatever the template says).
	Pages int `json:"pages,omitempty"`
	// Punctuation overrides the template's punctuation style: "full"
	// (全角式) or "kaiming" (开明式); empty keeps the template's.
	Punctuation string `json:"punctuation,omitempty"`
	// Strictness overrides the template's line-breaking level: "none",
	// "basic", "gb" or "strict"; empty keeps the template's.
	Strictness string `json:"strictness,omitempty"`
}

// PageCount is the page count the story is fitted to: the article's own,
// else the template's (def); 0 when free.
func (a *Article) PageCount(def int) int {
	if a.Layout != nil && a.Layout.Pages != 0 {
		return max(a.Layout.Pages, 0)
	}
	return def
}

// PageSetup overrides a template's page. Zero fields keep the template's
// value; lengths in millimetres. The ranges are the template's (see
// docs/templates.md) and are checked when the page is laid out.
type PageSetup struct {
	// Size is "A3", "A4", "A5", "Letter", "Legal" or "Tabloid".
	Size string `json:"size,omitempty"`
	// Margins in mm, when set (all four together).
	Margins *PageMargins `json:"margins_mm,omitempty"`
	// Columns of body text (1 to 12).
	Columns int `json:"columns,omitempty"`
	// GutterMM between columns and BleedMM around the trim, when set.
	GutterMM *float64 `json:"gutter_mm,omitempty"`
	BleedMM  *float64 `json:"bleed_mm,omitempty"`
}

// PageMargins are the four margins in mm.
type PageMargins struct {
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
	Left   float64 `json:"left"`
	Right  float64 `json:"right"`
}

// TemplateName returns the article's template, or def when it names none.
func (a *Article) TemplateName(def string) string {
	if a.Layout != nil && a.Layout.Template != "" {
		return a.Layout.Template
	}
	return def
}

// checkLayout reports a layout setting that cannot be right whatever the
// template: an over-long template name, a column count or length out of
// every template's range.
func (v *validator) checkLayout() {
	l := v.a.Layout
	if l == nil {
		return
	}
	bad := func(format string, args ...any) {
		v.add(Problem{ID: "layout", Path: "layout", Message: Sprintf(format, args...)})
	}
	if err := checkLen(l.Template, 4096); err != nil {
		bad("template %s", err)
	}
	if l.Pages < -1 || l.Pages > 100 {
		bad("pages = %d is out of range (-1 free, 0 the template's, 1 to 100)", l.Pages)
	}
	switch l.Punctuation {
	case "", "full", "kaiming":
	default:
		v.add(Problem{ID: "layout", Path: "layout.punctuation", Message: Sprintf("punctuation %q is not \"full\" or \"kaiming\"", l.Punctuation)})
	}
	switch l.Strictness {
	case "", "none", "basic", "gb", "strict":
	default:
		v.add(Problem{ID: "layout", Path: "layout.strictness", Message: Sprintf("strictness %q is not \"none\", \"basic\", \"gb\" or \"strict\"", l.Strictness)})
	}
	p := l.Page
	if p == nil {
		return
	}
	if err := checkLen(p.Size, 20); err != nil {
		bad("page size %s", err)
	}
	if p.Columns < 0 || p.Columns > 12 {
		bad("page columns = %d is out of range (1 to 12)", p.Columns)
	}
	lengths := map[string]*float64{"gutter_mm": p.GutterMM, "bleed_mm": p.BleedMM}
	if m := p.Margins; m != nil {
		lengths["margins_mm top"], lengths["margins_mm bottom"] = &m.Top, &m.Bottom
		lengths["margins_mm left"], lengths["margins_mm right"] = &m.Left, &m.Right
	}
	for name, x := range lengths {
		if x != nil && !(*x >= 0 && *x <= 500) {
			bad("page %s = %g is out of range (0 to 500 mm)", name, *x)
		}
	}
}
