package layout

// Vertical justification: a column the text leaves early (a heading kept
// with the text after it, a photo that has to head the next column) is
// spread to its foot, as newspapers feather a column, instead of ending
// in a hole. The slack goes to the gaps between blocks of the column,
// most to those before headings and around photos, within a cap per gap;
// what the caps cannot take stays at the foot. The story's last column and
// a column the editor broke are left as they end.

// gapKind weighs a gap between two blocks of a column.
type gapKind uint8

const (
	gapParagraph gapKind = 1 // between paragraphs
	gapMajor     gapKind = 2 // before a heading, around a photo
)

// vjMaxPerWeight is the most a gap takes per unit of weight, in body lines.
const vjMaxPerWeight = 0.75

// colGap is a place between two blocks of the column: the flow items from
// index item on move down by what the gap gets.
type colGap struct {
	item int
	kind gapKind
}

// colMark is a bookmark of the column and the flow item its block begins at.
type colMark struct{ bookmark, item int }

// flowMark notes that a block of the column's flow begins here.
func (p *pager) flowMark(kind gapKind) {
	if len(p.flowItems) == 0 || p.afterKeep {
		return // a heading stays with what it is kept with
	}
	if p.afterPhoto {
		kind = gapMajor
	}
	p.gaps = append(p.gaps, colGap{item: len(p.flowItems), kind: kind})
}

// justifyColumn spreads the column being left to its foot.
func (p *pager) justifyColumn() {
	items, gaps, marks := p.flowItems, p.gaps, p.colMarks
	p.flowItems, p.gaps, p.colMarks, p.afterPhoto, p.afterKeep = nil, nil, nil, false, false
	if p.noJustify || len(gaps) == 0 {
		return
	}
	lead := float64(p.lead())
	slack := float64(p.bottom()-p.y) + float64(p.lastSpaceAfter)
	if slack < lead*0.5 {
		return
	}
	weight := 0.0
	for _, g := range gaps {
		weight += float64(g.kind)
	}
	per := min(slack/weight, vjMaxPerWeight*lead)
	shift := Pt(0)
	gi, mi := 0, 0
	for i, idx := range items {
		for gi < len(gaps) && gaps[gi].item == i {
			shift += Pt(per * float64(gaps[gi].kind))
			gi++
		}
		for mi < len(marks) && marks[mi].item == i {
			p.doc.Bookmarks[marks[mi].bookmark].Y += shift
			mi++
		}
		if shift > 0 {
			moveDown(p.page.Items[idx], shift)
		}
	}
}

// moveDown moves an item down by dy.
func moveDown(it Item, dy Pt) {
	switch v := it.(type) {
	case *TextRun:
		v.Y += dy
	case *Image:
		v.Rect.Y += dy
	case *Box:
		v.Rect.Y += dy
	case *Rule:
		v.Y1 += dy
		v.Y2 += dy
	case *Link:
		v.Rect.Y += dy
	}
}
