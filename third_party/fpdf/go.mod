module codeberg.org/go-pdf/fpdf

go 1.25.0

// BANMIAN PATCH 12: zlib from klauspost/compress (well kept, used by much
// of the Go ecosystem): twice the speed of compress/zlib on font data at
// the same size, most of the time of writing a short document.
require github.com/klauspost/compress v1.20.4
