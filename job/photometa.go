package job

import (
	"banmian/article"
	"banmian/article/plaintext"
	"banmian/media"
)

// fillFromPhotoMetadata takes a photo's caption and credit from the IPTC
// or XMP its photographer wrote into the JPEG, where the copy gives none,
// and says so in the import's warnings (at the photo's line): an editor
// checks what did not come from the copy.
func fillFromPhotoMetadata(res *plaintext.Result) {
	a := res.Article
	lineOf := map[string]int{}
	for _, f := range res.Lines {
		if _, ok := lineOf[f.Target]; !ok {
			lineOf[f.Target] = f.Line
		}
	}
	for _, b := range a.Blocks() {
		if b.Kind != article.Photo || b.Missing {
			continue
		}
		as := a.Asset(b.Asset)
		if as == nil || as.MIME != "image/jpeg" {
			continue
		}
		m := media.ReadPhotoMeta(as.Data)
		if b.Caption == "" && m.Caption != "" {
			b.Caption = m.Caption
			res.Warnings = append(res.Warnings, plaintext.Warning{Line: lineOf[b.ID], Message: article.Sprintf("photo %q: caption taken from the photo's metadata (IPTC/XMP)", b.File)})
		}
		if b.Credit == "" {
			credit := m.Byline
			if m.Credit != "" && m.Credit != m.Byline {
				if credit != "" {
					credit += " / "
				}
				credit += m.Credit
			}
			if credit != "" {
				b.Credit = credit
				res.Warnings = append(res.Warnings, plaintext.Warning{Line: lineOf[b.ID], Message: article.Sprintf("photo %q: credit taken from the photo's metadata (IPTC/XMP)", b.File)})
			}
		}
	}
}
