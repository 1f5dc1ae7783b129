package media

import (
	"fmt"
	"image"
)

// Edit is what an article does to a photo: turn it clockwise by Rotate
// degrees (0, 90, 180, 270), then trim each side by a fraction of the
// turned image. The zero Edit keeps the photo as it is (EXIF orientation is
// always applied first, when decoding).
type Edit struct {
	Rotate                   int
	Left, Top, Right, Bottom float64
}

// Identity reports whether the edit changes nothing.
func (e Edit) Identity() bool { return e == Edit{} }

// Apply turns and trims a decoded image.
func (e Edit) Apply(img image.Image) image.Image {
	return Transform(img, e.Rotate, e.Left, e.Top, e.Right, e.Bottom)
}

// key is the edit's part of a cache key.
func (e Edit) key() string {
	return fmt.Sprintf("r%d-%.4f-%.4f-%.4f-%.4f", e.Rotate, e.Left, e.Top, e.Right, e.Bottom)
}
