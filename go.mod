module github.com/banmian/banmian

go 1.26.0

require (
	codeberg.org/go-pdf/fpdf v0.12.0 // indirect
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/disintegration/imaging v1.6.2 // indirect
	github.com/go-text/typesetting v0.2.1 // indirect
	github.com/jung-kurt/gofpdf v1.16.2 // indirect
	github.com/pdfcpu/pdfcpu v0.15.0 // indirect
	golang.org/x/image v0.44.0 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
