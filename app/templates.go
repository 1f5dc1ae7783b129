package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// templateSelect chooses a template by its label.
type templateSelect struct {
	*widget.Select
	names map[string]string // label → name
}

func newTemplateSelect(names []string, selected string) *templateSelect {
	ts := &templateSelect{names: map[string]string{}}
	var labels []string
	for _, n := range names {
		l := templateLabel(n)
		ts.names[l] = n
		labels = append(labels, l)
	}
	ts.Select = widget.NewSelect(labels, nil)
	ts.SetSelected(templateLabel(selected))
	return ts
}

// name is the chosen template's name.
func (ts *templateSelect) name() string { return ts.names[ts.Selected] }

// templateLabel names a template by what it is ("A4 报告", "A3 四栏报纸");
// a template file by its file name.
func templateLabel(name string) string {
	switch name {
	case "report-a4":
		return lang.L("A4 report")
	case "magazine-a4":
		return lang.L("A4 two-column magazine")
	case "newspaper-a3":
		return lang.L("A3 four-column newspaper")
	case "":
		return ""
	}
	if strings.ContainsAny(name, `/\`) || strings.HasSuffix(name, ".json") {
		return filepath.Base(name)
	}
	return name
}
