package depcheck

import (
	"strings"
	"testing"
)

// allowed is the dependency allow-list of ../shared/design/architecture.md
// ("A → B": A may import B; anything not listed is forbidden), with the
// small helpers of internal/ named where they serve. The standard library
// is always allowed. An entry ending in "/" allows the packages under it.
var allowed = map[string][]string{
	"banmian":                     {"banmian/app", "banmian/cli", "banmian/assets", "banmian/internal/locale", "banmian/internal/stagetime", "fyne.io/fyne/v2", "fyne.io/fyne/v2/"},
	"banmian/cmd/banmian-cli":     {"banmian/cli", "banmian/internal/stagetime"},
	"banmian/cli":                 {"banmian/job", "banmian/article", "banmian/internal/stagetime", "banmian/internal/hugeheap"},
	"banmian/app":                 {"banmian/job", "banmian/article", "banmian/layout", "banmian/layout/text", "banmian/export/raster", "banmian/media", "banmian/assets", "banmian/internal/locale", "fyne.io/fyne/v2", "fyne.io/fyne/v2/"},
	"banmian/job":                 {"banmian/article", "banmian/article/plaintext", "banmian/article/docx", "banmian/article/webpage", "banmian/layout", "banmian/export/pdf", "banmian/export/html", "banmian/export/raster", "banmian/media", "banmian/assets"},
	"banmian/export/pdf":          {"banmian/article", "banmian/layout", "banmian/layout/text", "banmian/media", "banmian/internal/atomicfile", "banmian/internal/stagetime", "codeberg.org/go-pdf/fpdf"},
	"banmian/export/html":         {"banmian/article", "banmian/media", "banmian/internal/atomicfile"},
	"banmian/export/raster":       {"banmian/layout", "banmian/layout/text", "banmian/media", "golang.org/x/image/vector"},
	"banmian/layout":              {"banmian/article", "banmian/layout/text", "banmian/layout/hyphen", "banmian/media", "banmian/assets"},
	"banmian/layout/hyphen":       {"banmian/assets"},
	"banmian/layout/text":         {"github.com/go-text/typesetting/", "golang.org/x/image/font", "golang.org/x/image/math/fixed"},
	"banmian/media":               {"banmian/media/jpegscale", "github.com/disintegration/imaging", "golang.org/x/image/webp"},
	"banmian/media/jpegscale":     {},
	"banmian/article":             {},
	"banmian/article/plaintext":   {"banmian/article", "golang.org/x/text/"},
	"banmian/article/docx":        {"banmian/article", "banmian/article/plaintext"},
	"banmian/article/webpage":     {"banmian/article", "banmian/article/plaintext", "codeberg.org/readeck/go-readability/v2", "golang.org/x/net/html"},
	"banmian/assets":              {},
	"banmian/internal/atomicfile": {"banmian/article"},
	"banmian/internal/stagetime":  {},
	"banmian/internal/hugeheap":   {},
}

// Packages outside the list: test helpers and tools, which nothing of the
// product imports (checked below).
var helpers = map[string]bool{
	"banmian/internal/depcheck": true, "banmian/internal/golden": true, "banmian/internal/pdftest": true,
	"banmian/internal/testimg": true, "banmian/internal/disksnap": true, "banmian/internal/pecheck": true,
	"banmian/cmd/pecheck": true, "banmian/internal/locale": true,
}

func isStd(imp string) bool {
	return !strings.Contains(strings.Split(imp, "/")[0], ".") && !strings.HasPrefix(imp, "banmian")
}

// TestAllowList checks every import of every package against the allow-list.
func TestAllowList(t *testing.T) {
	for _, pkg := range allPackages(t) {
		allow, listed := allowed[pkg]
		if !listed {
			if !helpers[pkg] {
				t.Errorf("%s is in neither the allow-list nor the helpers: place it", pkg)
			}
			continue
		}
		for _, imp := range imports(t, pkg) {
			if isStd(imp) {
				continue
			}
			ok := false
			for _, a := range allow {
				if imp == a || strings.HasSuffix(a, "/") && strings.HasPrefix(imp, a) || strings.HasPrefix(imp, a+"/") && !strings.HasPrefix(imp, "banmian") {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s imports %s, which the allow-list does not give it", pkg, imp)
			}
			if helpers[imp] && imp != "banmian/internal/locale" {
				t.Errorf("%s imports the test helper %s", pkg, imp)
			}
		}
	}
}
