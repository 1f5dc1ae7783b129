package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"banmian/assets"
)

// cjkTheme is Fyne's theme with the bundled Banmian Hei (its CFF cut, which
// Fyne reads glyph by glyph: the TrueType one cost 60 MB parsed), so that
// Chinese shows on a machine without CJK fonts; light and dark follow the
// system.
type cjkTheme struct {
	regular, bold fyne.Resource
}

func newTheme() fyne.Theme {
	return &cjkTheme{
		regular: fyne.NewStaticResource(assets.UISansRegular, assets.Font(assets.UISansRegular)),
		bold:    fyne.NewStaticResource(assets.UISansBold, assets.Font(assets.UISansBold)),
	}
}

// Color is Fyne's, with the Banmian red as the primary colour.
func (t *cjkTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		if v == theme.VariantDark {
			return color.NRGBA{0xe0, 0x56, 0x5e, 0xff}
		}
		return color.NRGBA{0xb3, 0x20, 0x2a, 0xff}
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font is the bundled Hei (bold for bold text); monospace and symbols are Fyne's.
func (t *cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold {
		return t.bold
	}
	return t.regular
}

// Icon is Fyne's.
func (t *cjkTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size is Fyne's, in Fyne units.
func (t *cjkTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
