package article

import (
	"fmt"
	"net/url"
	"strings"
)

// Problem is one thing wrong with an article, found by [Article.Validate].
type Problem struct {
	// ID is the element's ID (or a field ID such as [IDHeadline]).
	ID string
	// Path is the element's readable location, see [Article.Path].
	Path string
	// Message says what is wrong, in English.
	Message string
}

// String gives "PATH (ID): MESSAGE".
func (p Problem) String() string { return fmt.Sprintf("%s (%s): %s", p.Path, p.ID, p.Message) }

// Validate reports every structural problem of the article: missing or
// duplicate IDs, unknown block kinds, photos whose asset is absent, assets
// without data or with a wrong hash, bad rotations and crops, a link that is
// not http(s). It returns nil when the article is sound.
func (a *Article) Validate() []Problem {
	var probs []Problem
	add := func(id, format string, args ...any) {
		probs = append(probs, Problem{ID: id, Path: a.Path(id), Message: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(a.Lang) == "" {
		add("lang", "no language")
	}
	seen := map[string]bool{}
	used := map[string]bool{}
	a.Walk(func(e Element) {
		id := e.ID()
		if id == "" {
			probs = append(probs, Problem{Path: a.elementPath(e, a.IsChinese()), Message: "element has no id"})
			return
		}
		if seen[id] {
			add(id, "duplicate id %q", id)
		}
		seen[id] = true
		if b := e.Blk; b != nil {
			a.validateBlock(b, used, add)
		}
	})
	for _, as := range a.Assets {
		if as.ID == "" || len(as.ID) != 64 {
			add("assets", "asset %q: id is not a SHA-256", as.Name)
		} else if as.Data != nil && HashHex(as.Data) != as.ID {
			add("assets", "asset %q: data does not match its hash", as.Name)
		}
	}
	if l := a.Footer.Link; l != "" {
		if u, err := url.Parse(l); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			add(IDLink, "link %q is not an http(s) URL", l)
		}
	}
	return probs
}

func (a *Article) validateBlock(b *Block, used map[string]bool, add func(id, format string, args ...any)) {
	switch b.Kind {
	case Paragraph, Quote, Subhead:
	case Photo:
		if b.Asset == "" && !b.Missing {
			add(b.ID, "photo has no image and is not marked missing")
		}
		if b.Asset != "" && a.Asset(b.Asset) == nil {
			add(b.ID, "photo refers to asset %s, which the article does not hold", short(b.Asset))
		}
		if b.Rotate%90 != 0 || b.Rotate < 0 || b.Rotate >= 360 {
			add(b.ID, "rotation %d is not 0, 90, 180 or 270", b.Rotate)
		}
		if c := b.Crop; c != nil && (c.Left < 0 || c.Top < 0 || c.Right < 0 || c.Bottom < 0 || c.Left+c.Right >= 1 || c.Top+c.Bottom >= 1) {
			add(b.ID, "crop leaves nothing of the image")
		}
		used[b.Asset] = true
	default:
		add(b.ID, "unknown block kind %q", b.Kind)
	}
}

func short(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
