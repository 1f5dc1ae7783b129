// Package media is Banmian's only user of disintegration/imaging: it decodes
// photos with their EXIF orientation applied, rotates and crops them as the
// article says, resamples them (Catmull-Rom), and reads just enough of a JPEG to
// decide whether it can pass into a PDF untouched.
package media
