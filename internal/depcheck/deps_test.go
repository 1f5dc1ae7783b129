package depcheck

import (
	"os/exec"
	"strings"
	"testing"
)

// imports returns the packages a package imports directly.
func imports(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", `{{join .Imports "\n"}}`, pkg).Output()
	if err != nil {
		t.Fatalf("go list %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

func allPackages(t *testing.T) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "banmian/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(out))
}

// owners: each outside library is imported by one package of ours.
var owners = map[string]string{
	"github.com/go-text/typesetting":    "banmian/layout/text",
	"codeberg.org/go-pdf/fpdf":          "banmian/export/pdf",
	"github.com/disintegration/imaging": "banmian/media",
	"golang.org/x/text":                 "banmian/article/plaintext",
	"fyne.io/fyne/v2":                   "banmian/app",
}

// TestDependencyRules checks the direction of dependencies: article uses the
// standard library only; Fyne stays in app and main; the HTML export does
// not use the layout engine; layout never imports an exporter or the app;
// each outside library has one owner (tests aside).
func TestDependencyRules(t *testing.T) {
	for _, pkg := range allPackages(t) {
		for _, imp := range imports(t, pkg) {
			std := !strings.Contains(strings.Split(imp, "/")[0], ".") && !strings.HasPrefix(imp, "banmian")
			switch {
			case pkg == "banmian/article" && !std:
				t.Errorf("%s imports %s: the model uses the standard library only", pkg, imp)
			case strings.HasPrefix(pkg, "banmian/export/html") && strings.HasPrefix(imp, "banmian/layout"):
				t.Errorf("%s imports %s: HTML is made from the article, not the pages", pkg, imp)
			case strings.HasPrefix(pkg, "banmian/layout") && (strings.HasPrefix(imp, "banmian/export") || strings.HasPrefix(imp, "banmian/app")):
				t.Errorf("%s imports %s: the engine knows no exporter", pkg, imp)
			}
			for lib, owner := range owners {
				if strings.HasPrefix(imp, lib) && pkg != owner && !(lib == "fyne.io/fyne/v2" && pkg == "banmian") {
					t.Errorf("%s imports %s, which %s owns", pkg, imp, owner)
				}
			}
		}
	}
}
