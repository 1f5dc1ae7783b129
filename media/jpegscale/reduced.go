package jpegscale

import "math"

// reducedIDCT computes an n×n block (n = 4, 2 or 1) from the n×n
// lowest-frequency coefficients of an 8×8 block (dequantized, natural
// order), in place at the top left of b (row stride 8): an n-point inverse
// DCT with the 8-point transform's scaling, so that each output value is
// close to the mean of the (8/n)² pixels it stands for (the DC term alone
// at n = 1). This is how libjpeg decodes at ½, ¼ and ⅛ (jidctred.c).
func reducedIDCT(b *block, n int) {
	if n == 1 {
		b[0] = (b[0] + 4) >> 3 // DC/8, rounded
		return
	}
	if n == 4 {
		idct4(b)
		return
	}
	t := &reducedCos[n>>2] // n = 2 → 0, n = 4 → 1
	var tmp [4][4]float32
	for v := 0; v < n; v++ { // rows of coefficients: along x
		for x := 0; x < n; x++ {
			s := float32(0)
			for u := 0; u < n; u++ {
				s += t[x][u] * float32(b[v*8+u])
			}
			tmp[v][x] = s
		}
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			s := float32(0)
			for v := 0; v < n; v++ {
				s += t[y][v] * tmp[v][x]
			}
			b[y*8+x] = int32(math.Round(float64(s)))
		}
	}
}

// reducedCos[i][x][u] = c(u)/2 · cos((2x+1)uπ / 2n), n = 2 (i = 0) or 4
// (i = 1), c(0) = 1/√2, c(u) = 1: the 8-point IDCT's basis at n points.
var reducedCos = func() (t [2][4][4]float32) {
	for i, n := range []int{2, 4} {
		for x := 0; x < n; x++ {
			for u := 0; u < n; u++ {
				c := 1.0
				if u == 0 {
					c = 1 / math.Sqrt2
				}
				t[i][x][u] = float32(c / 2 * math.Cos(float64(2*x+1)*float64(u)*math.Pi/float64(2*n)))
			}
		}
	}
	return t
}()

// idct4 is reducedIDCT for n = 4, unrolled: a 4-point inverse DCT on the
// rows, then on the columns, of the 4×4 low-frequency coefficients.
func idct4(b *block) {
	c := &reducedCos[1]
	c00, c01, c02, c03 := c[0][0], c[0][1], c[0][2], c[0][3]
	c11, c13 := c[1][1], c[1][3]
	// c[x][0] is the same for every x; c[2] and c[3] mirror c[1] and c[0]
	// with alternating signs (cosines of (2x+1)uπ/8).
	var t [16]float32
	for v := 0; v < 4; v++ {
		f0, f1, f2, f3 := float32(b[v*8]), float32(b[v*8+1]), float32(b[v*8+2]), float32(b[v*8+3])
		e0, e1 := c00*f0+c02*f2, c00*f0-c02*f2
		o0, o1 := c01*f1+c03*f3, c11*f1+c13*f3
		t[v*4+0], t[v*4+3] = e0+o0, e0-o0
		t[v*4+1], t[v*4+2] = e1+o1, e1-o1
	}
	for x := 0; x < 4; x++ {
		f0, f1, f2, f3 := t[x], t[4+x], t[8+x], t[12+x]
		e0, e1 := c00*f0+c02*f2, c00*f0-c02*f2
		o0, o1 := c01*f1+c03*f3, c11*f1+c13*f3
		b[x], b[24+x] = round32(e0+o0), round32(e0-o0)
		b[8+x], b[16+x] = round32(e1+o1), round32(e1-o1)
	}
}

func round32(f float32) int32 {
	if f < 0 {
		return int32(f - 0.5)
	}
	return int32(f + 0.5)
}
