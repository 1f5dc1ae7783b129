// Package pdf writes a laid-out [layout.Document] as a print-ready PDF. It is
// Banmian's only user of go-pdf/fpdf. It draws the layout's items unchanged:
// every glyph at the position the engine chose (fpdf's own line breaking is
// never used), fonts embedded as tagged subsets, each line marked with its
// ActualText so that copying and extraction give the article's text back.
package pdf
