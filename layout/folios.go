package layout

import (
	"fmt"
	"strconv"
)

// folios adds the page number at the foot of every page, centred under the
// type area, in the folio style.
func (e *Engine) folios(doc *Document, t *Template, zh bool, lang string) {
	st := t.Styles[StyleFolio]
	area := t.TypeArea()
	for i := range doc.Pages {
		pg := &doc.Pages[i]
		c := e.compose(folioText(zh, i+1, len(doc.Pages)), st, t.Color(st.Color), area.W, zh, lang)
		for _, r := range c.runs {
			cp := *r
			cp.X += area.X
			cp.Y = area.Y + area.H + (pg.Height-area.Y-area.H)/2 + Pt(st.Size)*0.35
			cp.ID = "folio"
			pg.Items = append(pg.Items, &cp)
		}
	}
}

// folioText is the page number line: "第 1 页" or "Page 1 of 3".
func folioText(zh bool, n, total int) string {
	if zh {
		return "第 " + strconv.Itoa(n) + " 页"
	}
	return fmt.Sprintf("Page %d of %d", n, total)
}
