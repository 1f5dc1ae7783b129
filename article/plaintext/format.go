package plaintext

import (
	"strings"

	"banmian/article"
)

// Format writes the article as plain text in the form the importer reads
// (breadcrumb, titles, meta line, photo file names with captions, byline,
// keyword sections, scenes, footer), so that an editor can work on it in any
// text editor and read it back: Import(Format(a)) gives the same structure.
func Format(a *article.Article) string {
	zh := a.IsChinese()
	var b strings.Builder
	line := func(s string) {
		if strings.TrimSpace(s) != "" {
			b.WriteString(strings.ReplaceAll(s, "\n", " "))
			b.WriteString("\n\n")
		}
	}
	colon := "："
	if !zh {
		colon = ": "
	}
	if len(a.Channel) > 0 {
		if zh {
			line("当前位置：" + strings.Join(a.Channel, " > "))
		} else {
			line("You are here: " + strings.Join(a.Channel, " > "))
		}
	}
	line(a.Kicker)
	line(a.Headline)
	line(a.Subtitle)
	var meta []string
	label := func(zhL, enL, v string) {
		if v == "" {
			return
		}
		if zh {
			meta = append(meta, zhL+colon+v)
		} else {
			meta = append(meta, enL+colon+v)
		}
	}
	label("来源", "Source", a.Source)
	// Labels and dates are the importer's (so that the text reads back);
	// the authors are listed as print and web list them.
	if zh {
		label("作者", "", article.JoinAuthors(a.Authors, true))
	} else if len(a.Authors) > 0 {
		meta = append(meta, "By "+article.JoinAuthors(a.Authors, false))
	}
	label("编辑", "Editor", a.Editor)
	if a.Published != nil {
		if zh {
			meta = append(meta, a.Published.Format("2006-01-02 15:04:05"))
		} else {
			meta = append(meta, "Updated: "+a.Published.Format("2006-01-02 15:04 -07:00"))
		}
	}
	if len(meta) > 0 {
		sep := " "
		if !zh {
			sep = " | "
		}
		line(strings.Join(meta, sep))
	}
	line(a.Byline)
	blocks(&b, line, a.Lead, zh)
	for _, s := range a.Sections {
		line(a.KeywordBanner(&s))
		line(s.Title)
		blocks(&b, line, s.Body, zh)
		for _, c := range s.Scenes {
			head := c.Label + colon + c.Title
			line(head)
			blocks(&b, line, c.Body, zh)
		}
	}
	for _, c := range a.Footer.Credits {
		line(c)
	}
	line(a.Footer.Copyright)
	if a.Footer.Link != "" {
		if zh {
			line("本文链接：" + a.Footer.Link)
		} else {
			line("Link: " + a.Footer.Link)
		}
	}
	return b.String()
}

func blocks(b *strings.Builder, line func(string), bs []article.Block, zh bool) {
	for _, bl := range bs {
		switch bl.Kind {
		case article.Photo:
			line(bl.File)
			caption := bl.Caption
			if bl.Credit != "" {
				if zh {
					caption += "（" + bl.Credit + "）"
				} else {
					caption += " (" + bl.Credit + ")"
				}
			}
			if caption == "" {
				caption = "图"
			}
			line(caption)
		case article.Subhead:
			if zh {
				line("【" + bl.Text + "】")
			} else {
				line(bl.Text)
			}
		default:
			info, _ := article.KindOf(bl.Kind)
			marker := info.Marker[1]
			if zh {
				marker = info.Marker[0]
			}
			line(marker + bl.Text)
		}
	}
}
