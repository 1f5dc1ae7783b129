package pdf

import (
	"math"
	"strconv"

	"banmian/layout"
)

func itoa(n int) string       { return strconv.Itoa(n) }
func ftoa(p layout.Pt) string { return strconv.FormatFloat(float64(p), 'f', 2, 64) }

func closeTo(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		a, _ := strconv.ParseFloat(got[i], 64)
		b, _ := strconv.ParseFloat(want[i], 64)
		if math.Abs(a-b) > 0.02 {
			return false
		}
	}
	return true
}
