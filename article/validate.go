package article

import (
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

	more int // on the last problem of a capped list: how many were not listed
}

// String gives "PATH (ID): MESSAGE", or "PATH: MESSAGE" when there is no ID.
func (p Problem) String() string {
	if p.ID == "" {
		return Sprintf("%s: %s", p.Path, p.Message)
	}
	return Sprintf("%s (%s): %s", p.Path, p.ID, p.Message)
}

// Validate reports every structural problem of the article: missing,
// unsafe or duplicate IDs, unknown block kinds, photos whose asset is absent,
// assets without data, with a wrong hash, listed twice or declaring no size,
// bad rotations and crops, fields over their caps ([MaxLineChars],
// [MaxTextChars], [MaxElements]), a link that is not http(s). It returns nil
// when the article is sound. At most [MaxProblems] problems are listed; a
// last one counts the rest. It runs in time linear in the article's size.
func (a *Article) Validate() []Problem { return a.validate(true) }

// CheckCaps reports only the fields and lists over their caps
// ([MaxLineChars], [MaxTextChars], [MaxElements], [MaxListItems]): cheap
// enough to run before every preview, so that an edit past a cap (a page
// pasted into the headline) is named instead of laid out.
func (a *Article) CheckCaps() []Problem { return a.validate(false) }

func (a *Article) validate(full bool) []Problem {
	v := &validator{a: a, zh: a.IsChinese(), seen: map[string]bool{}, held: map[string]bool{}, full: full}
	for _, as := range a.Assets {
		v.held[as.ID] = true
	}
	if full && strings.TrimSpace(a.Lang) == "" {
		v.add(Problem{ID: "lang", Path: "lang", Message: T("no language")})
	}
	v.header()
	if full {
		v.checkLayout()
	}
	n := 0
	a.Walk(func(e Element) {
		n++
		if n > MaxElements {
			if n == MaxElements+1 {
				v.add(Problem{Path: v.path(e), Message: Sprintf("more than %d sections, scenes and blocks (the cap)", MaxElements)})
			}
			return
		}
		v.element(e)
	})
	if full {
		v.assets()
	}
	if v.more > 0 {
		v.probs = append(v.probs, Problem{Path: "…", Message: Sprintf("and %d more problems", v.more), more: v.more})
	}
	return v.probs
}

type validator struct {
	a     *Article
	zh    bool
	seen  map[string]bool // element IDs met so far
	held  map[string]bool // asset IDs of the article
	full  bool            // everything, not only the caps
	probs []Problem
	more  int
}

func (v *validator) add(p Problem) {
	if len(v.probs) >= MaxProblems {
		v.more++
		return
	}
	v.probs = append(v.probs, p)
}

func (v *validator) path(e Element) string {
	if len(v.probs) >= MaxProblems {
		return "" // not listed: spare the work
	}
	return v.a.elementPath(e, v.zh)
}

// field checks one header or footer field against its cap.
func (v *validator) field(id, s string, max int) {
	if err := checkLen(s, max); err != nil {
		v.add(Problem{ID: id, Path: v.a.Path(id), Message: Sprintf("text %v", err)})
	}
}

func (v *validator) header() {
	a := v.a
	if err := checkLen(a.Lang, 35); err != nil {
		v.add(Problem{ID: "lang", Path: "lang", Message: Sprintf("language tag %v", err)})
	}
	for _, c := range a.Channel {
		v.field(IDChannel, c, MaxLineChars)
	}
	v.field(IDKicker, a.Kicker, MaxLineChars)
	v.field(IDHeadline, a.Headline, MaxLineChars)
	v.field(IDSubtitle, a.Subtitle, MaxLineChars)
	v.field(IDMeta, a.Source, MaxLineChars)
	v.field(IDMeta, a.Editor, MaxLineChars)
	for _, s := range a.Authors {
		v.field(IDMeta, s, MaxLineChars)
	}
	for _, l := range []struct {
		id, what string
		n        int
	}{{IDChannel, "channel parts", len(a.Channel)}, {IDMeta, "authors", len(a.Authors)}, {IDFooter, "credit lines", len(a.Footer.Credits)}} {
		if l.n > MaxListItems {
			v.add(Problem{ID: l.id, Path: a.Path(l.id), Message: Sprintf("%d %s (the cap is %d)", l.n, T(l.what), MaxListItems)})
		}
	}
	v.field(IDByline, a.Byline, MaxLineChars)
	for _, c := range a.Footer.Credits {
		v.field(IDFooter, c, MaxLineChars)
	}
	v.field(IDCopyright, a.Footer.Copyright, MaxTextChars)
	v.field(IDLink, a.Footer.Link, MaxLineChars)
	if l := a.Footer.Link; v.full && l != "" && !SafeLink(l) {
		v.add(Problem{ID: IDLink, Path: a.Path(IDLink), Message: Sprintf("link %q is not an http(s) URL", clip(l))})
	}
}

func (v *validator) element(e Element) {
	id := e.ID()
	bad := func(format string, args ...any) {
		v.add(Problem{ID: id, Path: v.path(e), Message: Sprintf(format, args...)})
	}
	switch {
	case !v.full:
	case id == "":
		bad("element has no id")
	case !validID(id):
		id = clip(id)
		bad("id %q is not 1 to %d letters, digits, '-' or '_'", id, MaxIDLen)
	case v.seen[id]:
		bad("duplicate id %q", id)
	}
	v.seen[id] = true
	if br := breakOf(e); br != "" && br != BreakColumn && br != BreakPage {
		bad("break_before %q is not %q or %q", clip(br), BreakColumn, BreakPage)
	}
	switch {
	case e.Blk != nil:
		v.block(e.Blk, bad)
	case e.Scn != nil:
		for _, s := range []string{e.Scn.Label, e.Scn.Title} {
			if err := checkLen(s, MaxLineChars); err != nil {
				bad("scene text %s", err)
			}
		}
	case e.Sec != nil:
		if len(e.Sec.Keywords) > MaxListItems {
			bad("%d keywords (the cap is %d)", len(e.Sec.Keywords), MaxListItems)
		}
		for _, s := range append([]string{e.Sec.Title}, e.Sec.Keywords...) {
			if err := checkLen(s, MaxLineChars); err != nil {
				bad("section text %s", err)
			}
		}
	}
}

func (v *validator) block(b *Block, bad func(format string, args ...any)) {
	if b.Kind == Photo {
		for _, s := range []string{b.File, b.Caption, b.Credit, b.Alt} {
			if err := checkLen(s, MaxLineChars); err != nil {
				bad("photo text %s", err)
			}
		}
	}
	info, known := KindOf(b.Kind)
	switch {
	case known && info.Text:
		if err := checkLen(b.Text, MaxTextChars); err != nil {
			bad("text %s", err)
		}
		if b.Layout != nil || b.LegacySize != 0 {
			bad("a layout (span, place, size, row) is for photos only")
		}
	case b.Kind == Photo:
		if !v.full {
			break
		}
		if b.Asset == "" && !b.Missing {
			bad("photo has no image and is not marked missing")
		}
		if b.Asset != "" && !v.held[b.Asset] {
			bad("photo refers to asset %s, which the article does not hold", short(b.Asset))
		}
		if b.Rotate%90 != 0 || b.Rotate < 0 || b.Rotate >= 360 {
			bad("rotation %d is not 0, 90, 180 or 270", b.Rotate)
		}
		checkPhotoLayout(b.Layout, bad)
		if c := b.Crop; c != nil && !(c.Left >= 0 && c.Top >= 0 && c.Right >= 0 && c.Bottom >= 0 && c.Left+c.Right < 1 && c.Top+c.Bottom < 1) {
			bad("crop leaves nothing of the image")
		}
	default:
		if !v.full {
			break
		}
		bad("unknown block kind %q", clip(string(b.Kind)))
	}
}

func (v *validator) assets() {
	a := v.a
	if len(a.Assets) > MaxEntries {
		v.add(Problem{ID: "assets", Path: "assets", Message: Sprintf("more than %d images (the cap)", MaxEntries)})
		return
	}
	ids := map[string]bool{}
	for _, as := range a.Assets {
		name := clip(as.Name)
		switch {
		case as.ID == "" || len(as.ID) != 64 || strings.Trim(as.ID, "0123456789abcdef") != "":
			v.add(Problem{ID: "assets", Path: "assets", Message: Sprintf("asset %q: id is not a SHA-256", name)})
		case ids[as.ID]:
			v.add(Problem{ID: "assets", Path: "assets", Message: Sprintf("asset %q (%s) is listed twice", name, short(as.ID))})
		case as.Data != nil && !as.hashChecked() && HashHex(as.Data) != as.ID:
			v.add(Problem{ID: "assets", Path: "assets", Message: Sprintf("asset %q: data does not match its hash", name)})
		case as.Width <= 0 || as.Height <= 0 || int64(as.Width)*int64(as.Height) > MaxPixels:
			v.add(Problem{ID: "assets", Path: "assets", Message: Sprintf("asset %q: size %d×%d pixels is not between 1 pixel and 100 megapixels", name, as.Width, as.Height)})
		}
		ids[as.ID] = true
		if err := checkLen(as.Name, MaxLineChars); err != nil {
			v.add(Problem{ID: "assets", Path: "assets", Message: Sprintf("asset name %v", err)})
		}
	}
}

// SafeLink reports whether a link may be printed as an action or written
// into a page: an absolute http or https URL with a host.
func SafeLink(l string) bool {
	u, err := url.Parse(l)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// clip shortens a value quoted in a message to 40 characters.
func clip(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func short(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// breakOf is an element's break_before.
func breakOf(e Element) string {
	switch {
	case e.Blk != nil:
		return e.Blk.BreakBefore
	case e.Scn != nil:
		return e.Scn.BreakBefore
	case e.Sec != nil:
		return e.Sec.BreakBefore
	}
	return ""
}
