package layout

import (
	"banmian/article"
	"fmt"
	"strconv"
	"strings"
)

// Pt is a length in PostScript points (1/72 inch).
type Pt float64

// MM converts millimetres to points.
func MM(mm float64) Pt { return Pt(mm * 72 / 25.4) }

// MM returns the length in millimetres.
func (p Pt) MM() float64 { return float64(p) * 25.4 / 72 }

// Px returns the length in pixels at dpi dots per inch.
func (p Pt) Px(dpi float64) float64 { return float64(p) * dpi / 72 }

// Rect is an axis-aligned rectangle; X, Y is the top-left corner, y grows down.
type Rect struct{ X, Y, W, H Pt }

// Color is an sRGB colour.
type Color struct{ R, G, B uint8 }

// ParseColor reads "#rrggbb".
func ParseColor(s string) (Color, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return Color{}, article.Errorf("colour %q is not #rrggbb", s)
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return Color{}, article.Errorf("colour %q is not #rrggbb", s)
	}
	return Color{uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

// Hex returns "#rrggbb".
func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
