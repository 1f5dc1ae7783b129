package media

import "image"

// halveYCbCr averages 2×2 blocks of each plane of a 4:2:0 or 4:4:4 JPEG
// image: a box pre-filter that makes a large reduction four times cheaper
// before the cubic pass, with no visible difference (the cubic kernel is
// narrower than the box at these ratios).
func halveYCbCr(src *image.YCbCr) *image.YCbCr {
	b := src.Bounds()
	w, h := b.Dx()/2, b.Dy()/2
	dst := image.NewYCbCr(image.Rect(0, 0, w, h), src.SubsampleRatio)
	halvePlane(dst.Y, dst.YStride, src.Y[src.YOffset(b.Min.X, b.Min.Y):], src.YStride, w, h)
	cw, ch := dst.CStride, len(dst.Cb)/max(1, dst.CStride)
	co := src.COffset(b.Min.X, b.Min.Y)
	halvePlane(dst.Cb, dst.CStride, src.Cb[co:], src.CStride, cw, ch)
	halvePlane(dst.Cr, dst.CStride, src.Cr[co:], src.CStride, cw, ch)
	return dst
}

func halvePlane(dst []byte, dstride int, src []byte, sstride, w, h int) {
	for y := 0; y < h; y++ {
		r0 := src[2*y*sstride:]
		r1 := r0
		if (2*y+1)*sstride < len(src) {
			r1 = src[(2*y+1)*sstride:]
		}
		d := dst[y*dstride:]
		for x := 0; x < w && 2*x+1 < len(r0) && 2*x+1 < len(r1); x++ {
			d[x] = byte((int(r0[2*x]) + int(r0[2*x+1]) + int(r1[2*x]) + int(r1[2*x+1]) + 2) / 4)
		}
	}
}
