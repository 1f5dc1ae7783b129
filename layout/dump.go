package layout

import (
	"fmt"
	"io"
	"strings"
)

// Dump writes the document in a stable text form, one item a line, lengths
// in points to two decimals: the form layout golden tests compare.
func (d *Document) Dump(w io.Writer) {
	fmt.Fprintf(w, "document %q lang=%s pages=%d\n", d.Title, d.Lang, len(d.Pages))
	for _, b := range d.Bookmarks {
		fmt.Fprintf(w, "bookmark level=%d page=%d y=%.2f %q\n", b.Level, b.Page+1, b.Y, b.Title)
	}
	for i, p := range d.Pages {
		fmt.Fprintf(w, "page %d %.2fx%.2f bleed=%.2f\n", i+1, p.Width, p.Height, p.Bleed)
		for _, it := range p.Items {
			switch v := it.(type) {
			case *TextRun:
				fmt.Fprintf(w, "  text %s %.2f x=%.2f y=%.2f w=%.2f %s [%s] %q\n", v.Face.Name, v.Size, v.X, v.Y, v.Width(), v.Color.Hex(), v.ID, v.Text)
			case *Image:
				name := v.File
				state := "missing"
				if v.Asset != nil {
					state = fmt.Sprintf("%dx%d", v.Asset.Width, v.Asset.Height)
				}
				fmt.Fprintf(w, "  image x=%.2f y=%.2f w=%.2f h=%.2f %s [%s] %s\n", v.Rect.X, v.Rect.Y, v.Rect.W, v.Rect.H, state, v.ID, name)
			case *Box:
				fmt.Fprintf(w, "  box x=%.2f y=%.2f w=%.2f h=%.2f %s\n", v.Rect.X, v.Rect.Y, v.Rect.W, v.Rect.H, v.Color.Hex())
			case *Rule:
				fmt.Fprintf(w, "  rule %.2f,%.2f-%.2f,%.2f w=%.2f %s\n", v.X1, v.Y1, v.X2, v.Y2, v.Width, v.Color.Hex())
			case *Link:
				fmt.Fprintf(w, "  link x=%.2f y=%.2f w=%.2f h=%.2f %s\n", v.Rect.X, v.Rect.Y, v.Rect.W, v.Rect.H, v.URL)
			}
		}
	}
	for _, wn := range d.Warnings {
		fmt.Fprintf(w, "%s %s (%s): %s\n", wn.Severity, wn.Path, wn.ID, wn.Message)
	}
}

// DumpLines writes only the text of each line, one a line: for line-break goldens.
func (d *Document) DumpLines(w io.Writer) {
	for _, p := range d.Pages {
		for _, it := range p.Items {
			if r, ok := it.(*TextRun); ok {
				fmt.Fprintln(w, strings.TrimRight(r.Text, " "))
			}
		}
	}
}
