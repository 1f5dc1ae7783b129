package article

import "strings"

// KeywordBanner is a section's keyword banner as it prints in the article's
// language ("关键词：检视 整改", "Keywords: learning"), or "" when it has none.
func (a *Article) KeywordBanner(s *Section) string {
	kw := strings.Join(s.Keywords, " ")
	switch {
	case kw == "":
		return ""
	case a.IsChinese():
		return "关键词：" + kw
	}
	return "Keywords: " + kw
}

// SceneHeading is a scene's label with its title, as it prints
// ("场景一　标题", "Scene 1: Title").
func (a *Article) SceneHeading(c *Scene) string {
	switch {
	case c.Title == "":
		return c.Label
	case a.IsChinese():
		return c.Label + "　" + c.Title
	}
	return c.Label + ": " + c.Title
}
