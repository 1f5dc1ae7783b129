package html

import (
	"banmian/article"
)

// jsonLD is the schema.org NewsArticle description of the article.
func jsonLD(a *article.Article, image string) map[string]any {
	ld := map[string]any{
		"@context": "https://schema.org",
		"@type":    "NewsArticle",
		"headline": a.Headline,
	}
	if a.Lang != "" {
		ld["inLanguage"] = a.Lang
	}
	if a.Published != nil {
		ld["datePublished"] = a.Published.Format("2006-01-02T15:04:05-07:00")
	}
	var authors []map[string]string
	for _, n := range a.Authors {
		authors = append(authors, map[string]string{"@type": "Person", "name": n})
	}
	if len(authors) > 0 {
		ld["author"] = authors
	}
	if image != "" {
		ld["image"] = []string{image}
	}
	if a.Source != "" {
		ld["publisher"] = map[string]string{"@type": "Organization", "name": a.Source}
	}
	if a.Byline != "" {
		ld["dateline"] = a.Byline
	}
	if a.Subtitle != "" {
		ld["alternativeHeadline"] = a.Subtitle
	}
	if len(a.Channel) > 0 {
		ld["articleSection"] = a.Channel[len(a.Channel)-1]
	}
	if isHTTP(a.Footer.Link) {
		ld["url"] = a.Footer.Link
	}
	return ld
}
