package job

import (
	"banmian/article"
	"banmian/assets"
	"banmian/export/pdf"
	"banmian/media"
)

// LoadProfile returns a press profile: a bundled one ("coated",
// "newsprint": assets/profiles, with their sRGB → CMYK tables) or an ICC
// file of the user's own.
func LoadProfile(name string) (*pdf.Profile, error) {
	var p *pdf.Profile
	switch name {
	case assets.ProfileCoated, assets.ProfileNewsprint:
		icc, lut, _ := assets.Profile(name)
		tab, err := media.ParseCMYKTable(lut)
		if err != nil {
			return nil, article.Errorf("%w %s: %w", pdf.ErrProfile, name, err)
		}
		p = &pdf.Profile{Name: "Banmian Coated (FOGRA39)", Condition: "FOGRA39", ICC: icc, Table: tab, InkLimit: 300, MinPPI: 300}
		if name == assets.ProfileNewsprint {
			p = &pdf.Profile{Name: "Banmian Newsprint (SNAP TR002)", Condition: "CGATS TR 002", ICC: icc, Table: tab, InkLimit: 240, MinPPI: 200, Newsprint: true}
		}
	default:
		var err error
		if p, err = pdf.ReadProfile(name); err != nil {
			return nil, err
		}
	}
	p.SRGB = assets.SRGBProfile()
	return p, nil
}
