module github.com/banmian/banmian

go 1.26.0

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.22.1
	github.com/disintegration/imaging v1.6.2
	github.com/go-text/typesetting v0.2.1
	github.com/pdfcpu/pdfcpu v0.15.0
	golang.org/x/image v0.44.0
	golang.org/x/net v0.60.0
	golang.org/x/text v0.44.0
)

require (
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/hhrutter/tiff v1.0.6 // indirect
	github.com/mattn/go-runewidth v0.0.27 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/crypto v0.58.0 // indirect
)

replace codeberg.org/go-pdf/fpdf => ./third_party/fpdf
