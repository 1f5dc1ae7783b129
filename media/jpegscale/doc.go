// Package jpegscale is Go's image/jpeg decoder (Go 1.26, BSD licence:
// LICENSE) with one addition, marked in scan.go and reduced.go: decoding at
// ½, ¼ or ⅛ of the size in the DCT domain ([DecodeScaled]), as libjpeg
// does, so that a 12-megapixel camera photo shown or printed at a fraction
// of its size is never decoded whole. Each block's inverse DCT then works
// on its low-frequency coefficients only and writes a smaller block.
package jpegscale
