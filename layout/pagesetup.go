package layout

import (
	"path/filepath"

	"banmian/article"
	"banmian/assets"
)

// TemplateFor returns the template an article is laid out with: override
// when given (a command line's --template), else the article's own
// (article.Layout.Template), else [DefaultTemplate]; a relative template
// path is taken from dir (the .banmian's folder). The article's page setup
// is applied over its own template (not over another one named by override:
// it was made for that template).
func TemplateFor(a *article.Article, dir, override string) (*Template, error) {
	name := override
	if name == "" {
		name = a.TemplateName(DefaultTemplate)
		if _, bundled := assets.Template(name); !bundled && dir != "" && !filepath.IsAbs(name) {
			name = filepath.Join(dir, name)
		}
	}
	t, err := LoadTemplate(name)
	if err != nil {
		return nil, err
	}
	own := override == "" || override == a.TemplateName("")
	if own && a.Layout != nil && a.Layout.Page != nil {
		return t.WithPage(*a.Layout.Page)
	}
	return t, nil
}

// WithPage returns a copy of the template with the page setup applied and
// checked (the template itself is unchanged).
func (t *Template) WithPage(p article.PageSetup) (*Template, error) {
	c := *t
	if p.Size != "" {
		c.Page.Size, c.Page.WidthMM, c.Page.HeightMM = p.Size, 0, 0
	}
	if m := p.Margins; m != nil {
		c.Page.Margins = Margins{Top: m.Top, Bottom: m.Bottom, Left: m.Left, Right: m.Right}
	}
	if p.Columns > 0 {
		c.Page.Columns = p.Columns
	}
	if p.GutterMM != nil {
		c.Page.GutterMM = *p.GutterMM
	}
	if p.BleedMM != nil {
		c.Page.BleedMM = *p.BleedMM
	}
	if err := c.check(); err != nil {
		return nil, article.Errorf("%w %s with the article's page setup: %w", ErrTemplate, t.Name, err)
	}
	return &c, nil
}

// PageSetupOf returns the page setup that turns base into t (what Page
// Setup saves in the article): only the fields that differ are set.
func PageSetupOf(base, t *Template) *article.PageSetup {
	var p article.PageSetup
	if t.Page.Size != base.Page.Size {
		p.Size = t.Page.Size
	}
	if t.Page.Margins != base.Page.Margins {
		m := t.Page.Margins
		p.Margins = &article.PageMargins{Top: m.Top, Bottom: m.Bottom, Left: m.Left, Right: m.Right}
	}
	if t.Page.Columns != base.Page.Columns {
		p.Columns = t.Page.Columns
	}
	if t.Page.GutterMM != base.Page.GutterMM {
		g := t.Page.GutterMM
		p.GutterMM = &g
	}
	if t.Page.BleedMM != base.Page.BleedMM {
		b := t.Page.BleedMM
		p.BleedMM = &b
	}
	if p == (article.PageSetup{}) {
		return nil
	}
	return &p
}
