package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The PDF export dialog's print choices: a plain PDF, PDF/X-4 (commercial
// print) or PDF/X-1a (newspapers), and the press profile; the template's
// print defaults come first.

var (
	printLevels = []struct{ label, value string }{
		{"Plain PDF (screen and office printers)", ""},
		{"PDF/X-4 (commercial print)", "4"},
		{"PDF/X-1a (newspapers: all CMYK)", "1a"},
	}
	printProfiles = []struct{ label, value string }{
		{"Coated paper (FOGRA39, 300 % ink)", "coated"},
		{"Newsprint (SNAP TR002, 240 % ink)", "newsprint"},
	}
)

// printChoices are the level and profile selects, set to the template's
// print defaults.
func (e *Editor) printChoices() (*widget.Select, *widget.Select) {
	var levels, profiles []string
	for _, l := range printLevels {
		levels = append(levels, lang.L(l.label))
	}
	for _, p := range printProfiles {
		profiles = append(profiles, lang.L(p.label))
	}
	level, profile := widget.NewSelect(levels, nil), widget.NewSelect(profiles, nil)
	level.SetSelected(levels[0])
	profile.SetSelected(profiles[0])
	if e.tmpl != nil {
		for i, l := range printLevels {
			if l.value != "" && l.value == e.tmpl.Print.PDFX {
				level.SetSelected(levels[i])
			}
		}
		for i, p := range printProfiles {
			if p.value == e.tmpl.Print.Profile {
				profile.SetSelected(profiles[i])
			}
		}
	}
	return level, profile
}

// printValue maps the selects' labels back to the export options.
func printValue(levelLabel, profileLabel string) (level, profile string) {
	for _, l := range printLevels {
		if lang.L(l.label) == levelLabel {
			level = l.value
		}
	}
	if level == "" {
		return "", ""
	}
	for _, p := range printProfiles {
		if lang.L(p.label) == profileLabel {
			profile = p.value
		}
	}
	return level, profile
}
