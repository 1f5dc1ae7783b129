package app

import "testing"

// TestPrintChoices: the PDF export dialog offers the template's print
// defaults first (A3: PDF/X-1a on newsprint; A4: PDF/X-4 on coated), and
// its choices reach the export options.
func TestPrintChoices(t *testing.T) {
	e, _ := newTestEditor(t)
	e.setTemplate("newspaper-a3")
	waitShown(t, e)
	level, profile := e.printChoices()
	if l, p := printValue(level.Selected, profile.Selected); l != "1a" || p != "newsprint" {
		t.Errorf("A3 defaults: %q %q (%s / %s)", l, p, level.Selected, profile.Selected)
	}
	e.setTemplate("magazine-a4")
	waitShown(t, e)
	level, profile = e.printChoices()
	if l, p := printValue(level.Selected, profile.Selected); l != "4" || p != "coated" {
		t.Errorf("A4 defaults: %q %q", l, p)
	}
	level.SetSelected(level.Options[0])
	if l, p := printValue(level.Selected, profile.Selected); l != "" || p != "" {
		t.Errorf("plain PDF: %q %q", l, p)
	}
}
