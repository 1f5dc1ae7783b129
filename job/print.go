package job

import (
	"banmian/article"
	"banmian/export/pdf"
	"banmian/layout"
	"banmian/media"
)

// PrintPreflight names what a printer would reject in the document printed
// at a PDF/X level with a press profile: photos under the profile's
// resolution at their printed size, four-colour type under 10 pt on
// newsprint (it misregisters), template colours over the profile's total
// ink. Colours and photos in RGB are no finding: PDF/X-1a converts them,
// PDF/X-4 tags them (the export reports neither as a problem).
func PrintPreflight(a *article.Article, doc *layout.Document, level pdf.PDFX, p *pdf.Profile) []layout.Warning {
	if level == "" || p == nil {
		return nil
	}
	var out []layout.Warning
	seen := map[string]bool{}
	add := func(sev layout.Severity, id, key, format string, args ...any) {
		if seen[id+key] {
			return
		}
		seen[id+key] = true
		out = append(out, layout.Warning{Severity: sev, ID: id, Path: a.Path(id), Message: article.Sprintf(format, args...)})
	}
	for _, pg := range doc.Pages {
		for _, it := range pg.Items {
			switch v := it.(type) {
			case *layout.Image:
				if v.Asset == nil || v.Rect.W <= 0 {
					continue
				}
				var cl, ct, cr, cb float64
				if v.Crop != nil {
					cl, ct, cr, cb = v.Crop.Left, v.Crop.Top, v.Crop.Right, v.Crop.Bottom
				}
				w, _ := media.DisplaySize(v.Asset.Width, v.Asset.Height, v.Asset.Data, v.Rotate, cl, ct, cr, cb)
				if ppi := w / (float64(v.Rect.W) / 72); ppi < p.MinPPI {
					add(layout.SevWarning, v.ID, "ppi", "photo %q prints at %.0f ppi; %s asks for %.0f ppi (use a larger original or print it smaller)", v.File, ppi, p.Name, p.MinPPI)
				}
			case *layout.TextRun:
				if !p.Newsprint || p.Table == nil || v.Size >= 10 || v.ID == "folio" {
					continue
				}
				if inks := plates(doc.Template, p, v.Color); inks > 1 {
					add(layout.SevWarning, v.ID, "type", "%.1f pt type in %d inks will misregister on newsprint: set it in black or at 10 pt or more", float64(v.Size), inks)
				}
			}
		}
	}
	if t := doc.Template; t != nil {
		for name, spec := range t.Colors {
			c := t.Color(name)
			if v, ok := t.ProcessColor(c); ok {
				if total := 100 * (v[0] + v[1] + v[2] + v[3]); total > p.InkLimit {
					out = append(out, layout.Warning{Severity: layout.SevError, ID: "template", Path: article.T("template"),
						Message: article.Sprintf("colour %s (%s) has %.0f %% ink; %s allows %.0f %%", name, spec, total, p.Name, p.InkLimit)})
				}
			}
		}
	}
	return out
}

// plates counts the inks a colour prints with.
func plates(t *layout.Template, p *pdf.Profile, c layout.Color) int {
	v, ok := p.CMYK(t, c)
	if !ok {
		return 0
	}
	n := 0
	for _, x := range v {
		if x > 0.03 {
			n++
		}
	}
	return n
}
