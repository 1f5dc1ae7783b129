package plaintext

import (
	"strings"
	"unicode"

	"banmian/article"
)

// maxHeaderLines is how far (in non-blank lines) the meta line is looked for.
const maxHeaderLines = 12

// header reads breadcrumb, titles and meta line, and returns the index of the
// first line of the body.
func (im *importer) header() int {
	i := im.nextText(0)
	if i < len(im.lines) {
		// A breadcrumb and the date on one line: 某某网 > 频道 > 栏目   2024-01-02 10:00
		if m := reCrumbDate.FindStringSubmatch(im.lines[i].text); m != nil && (looksLikeCrumbs(m[1]) || reBreadcrumb.MatchString(m[1])) {
			if t, _ := parseDate(m[2], im.zh); t != nil {
				im.crumbDate = t
				im.lines[i].text = m[1]
			}
		}
		if m := reBreadcrumb.FindStringSubmatch(im.lines[i].text); m != nil || looksLikeCrumbs(trimCrumb(im.lines[i].text)) {
			if m != nil {
				im.setChannel(trimCrumb(m[1]))
			} else {
				im.setChannel(trimCrumb(im.lines[i].text))
			}
			im.keep(im.lines[i], article.IDChannel)
			i = im.nextText(i + 1)
		}
	}
	meta := -1
	for j, seen := i, 0; j < len(im.lines) && seen < maxHeaderLines; j++ {
		s := im.lines[j].text
		if s == "" {
			continue
		}
		seen++
		if isMetaLine(s) {
			meta = j
			break
		}
		// An outlet alone before a bar, the date on the next line:
		// "China SCIO |" / "March 5, 2024" make one meta line.
		if k := im.nextText(j + 1); k < len(im.lines) && k-j <= 2 && reOutletBar.MatchString(s) && isDateLine(im.lines[k].text) {
			im.keep(im.lines[k], article.IDMeta)
			im.lines[j].text = strings.TrimSpace(strings.TrimRight(s, "|｜ ")) + " | " + im.lines[k].text
			im.lines[k].text = ""
			meta = j
			break
		}
		if rePhoto.MatchString(s) || reKeywords.MatchString(s) || reSceneZH.MatchString(s) {
			break
		}
	}
	var titles []line
	end := meta
	if roles := im.opt.TitleRoles; len(roles) > 0 && meta < 0 {
		// The source says which lines are titles.
		for j := i; j < len(im.lines) && len(titles) < len(roles); j++ {
			if im.lines[j].text != "" {
				titles = append(titles, im.lines[j])
				end = j + 1
			}
		}
		meta = -2 // (no meta line, and no guessing)
	}
	if meta == -1 {
		im.warn(0, "no meta line (来源/作者/编辑 or Source/By/Editor with a date) found: headline taken from the first line")
		for j := i; j < len(im.lines); j++ {
			s := im.lines[j].text
			if s == "" {
				continue
			}
			if isLeftover(s) {
				im.drop(im.lines[j], "web leftover")
				continue
			}
			// Site chrome before the headline: dropped (with its reason),
			// a breadcrumb kept as the channel, a date kept as the date.
			switch {
			case isWebJunk(s) || appName.MatchString(s):
				im.drop(im.lines[j], "web leftover")
				continue
			case isDateLine(s):
				if t, _ := parseDate(s, im.zh); t != nil && im.crumbDate == nil {
					im.crumbDate = t
				}
				im.drop(im.lines[j], "a date line above the headline")
				continue
			case isCrumbLine(s) && len(im.a.Channel) == 0:
				if m := reBreadcrumb.FindStringSubmatch(s); m != nil {
					im.setChannel(trimCrumb(m[1]))
				} else {
					im.setChannel(trimCrumb(s))
				}
				im.keep(im.lines[j], article.IDChannel)
				continue
			case runeLen(s) <= 12 && (strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")):
				im.drop(im.lines[j], "web leftover")
				continue
			case reCredit.MatchString(tradLabels.Replace(s)) && !strings.HasPrefix(tradLabels.Replace(s), "记者"):
				// A lone 来源：/作者：/编辑： line above the headline is the meta line.
				im.setMeta(im.lines[j])
				continue
			}
			if im.headlineLike(s) {
				titles = append(titles, im.lines[j])
				i = j // (what stood above is dropped or kept already)
				end = j
				if k := im.nextText(j + 1); k < len(im.lines) && im.headlineLike(im.lines[k].text) &&
					(strings.HasPrefix(im.lines[k].text, "—") || im.shortLabel(s, im.lines[k].text) && !im.isByline(im.lines[k].text)) {
					// A subtitle under it, or it is a section's name over the headline.
					titles = append(titles, im.lines[k])
					end = k
				}
				end++
			} else {
				end = i
			}
			break
		}
		if end < 0 {
			end = i
		}
	}
	for j := i; j < end && j < len(im.lines); j++ {
		l := im.lines[j]
		switch {
		case l.text == "":
		case isLeftover(l.text) || appName.MatchString(l.text) || isWebJunk(l.text):
			im.drop(l, "web leftover")
		case isDateLine(l.text):
			// A date or time stamp above the headline: the date is kept
			// when the meta line has none.
			if t, _ := parseDate(l.text, im.zh); t != nil && im.crumbDate == nil {
				im.crumbDate = t
			}
			im.drop(l, "a date line above the headline")
		case isCrumbLine(l.text) && (len(im.a.Channel) == 0 || len(titles) == 0):
			// A breadcrumb below a section name: what stood above it is the
			// site's, not the story's.
			for _, t := range titles {
				im.drop(t, "web leftover above the breadcrumb")
			}
			titles = titles[:0]
			if len(im.a.Channel) == 0 {
				if m := reBreadcrumb.FindStringSubmatch(l.text); m != nil {
					im.setChannel(trimCrumb(m[1]))
				} else {
					im.setChannel(trimCrumb(l.text))
				}
				im.keep(l, article.IDChannel)
			} else {
				im.drop(l, "a second breadcrumb")
			}
		default:
			titles = appendUnique(titles, l)
		}
	}
	titleBelow := -1
	if len(titles) == 0 && meta >= 0 {
		// Nothing but a breadcrumb, dates and widgets above the meta line:
		// the headline is the first line under it (新華網 > 時政 > 正文 /
		// date / 來源:新華社 / headline).
		k := im.nextText(meta + 1)
		for k < len(im.lines) && (isLeftover(im.lines[k].text) || isWebJunk(im.lines[k].text)) {
			im.drop(im.lines[k], "web leftover")
			k = im.nextText(k + 1)
		}
		if k < len(im.lines) && im.headlineLike(im.lines[k].text) && runeLen(im.lines[k].text) >= 4 {
			titles = append(titles, im.lines[k])
			titleBelow = k
		}
	}
	im.setTitles(titles)
	if meta >= 0 && hasWords(parseMeta(im.lines[meta].text, im.zh).rest) {
		// A meta line the parse cannot place entirely stays a paragraph,
		// where it stood, rather than lose words.
		im.warn(im.lines[meta].n, "the meta line could not be read entirely: kept as a paragraph")
		return meta
	}
	if meta < 0 {
		return end
	}
	im.setMeta(im.lines[meta])
	j := meta + 1
	if titleBelow > 0 {
		j = titleBelow + 1
	}
	// An English meta line without its outlet, the outlet on the next
	// line alone: "Updated 2024.09.22 20:39 GMT+8" / "CGTN".
	if k := im.nextText(j); !im.zh && im.a.Source == "" && k < len(im.lines) && k-j <= 1 {
		if o := im.lines[k].text; reOutlet.MatchString(o) && len(o) <= 30 && len(strings.Fields(o)) <= 3 {
			im.a.Source = strings.Trim(o, "() ")
			im.keep(im.lines[k], article.IDMeta)
			j = k + 1
		}
	}
	// Share widgets and app names stand between the meta line and the text.
	for ; j < len(im.lines); j++ {
		s := im.lines[j].text
		if s == "" {
			continue
		}
		if !isLeftover(s) && !appName.MatchString(s) {
			break
		}
		im.drop(im.lines[j], "web leftover")
	}
	return j
}

func appendUnique(ls []line, l line) []line {
	for _, x := range ls {
		if x.n == l.n {
			return ls
		}
	}
	return append(ls, l)
}

func (im *importer) nextText(i int) int {
	for i < len(im.lines) && im.lines[i].text == "" {
		i++
	}
	return i
}

func (im *importer) headlineLike(s string) bool {
	limit := 64
	if !im.zh {
		limit = 160
	}
	return runeLen(s) <= limit && !strings.HasSuffix(s, "。") && !im.structural(s) && !isMetaLine(s) &&
		!strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") && // a label (熱門搜尋：)
		!strings.Contains(s, "www.") && !strings.Contains(s, "http") && !isDateLine(s) && !isCrumbLine(s) // a logo, an address, a date, a breadcrumb
}

// looksLikeCrumbs recognises a breadcrumb without a label: "首页 > 经济 > 正文",
// "Home > World": short parts joined by two or more arrows, or by one after 首页/Home.
func looksLikeCrumbs(s string) bool {
	parts := reCrumbSep.Split(s, -1)
	if len(parts) < 2 || strings.ContainsAny(s, "/|") {
		return false
	}
	for _, p := range parts {
		if n := runeLen(cleanLine(p)); n == 0 || n > 12 || endsSentence(p) {
			return false
		}
	}
	first := cleanLine(parts[0])
	return len(parts) >= 3 || first == "首页" || first == "首頁" || strings.EqualFold(first, "home") ||
		strings.HasPrefix(first, "首页 ") || strings.HasPrefix(first, "首頁 ") // 首页 综合 > 正文
}

// trimCrumb drops the separators a breadcrumb begins or ends with
// ("Home>>", "> 阅览室 > 社会广角 >").
func trimCrumb(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ">＞»›→ "))
}

// isCrumbLine reports a breadcrumb anywhere in the header: labelled
// (当前位置：…), of three or more parts, after 首页/Home, or joined by ">>".
func isCrumbLine(s string) bool {
	if reBreadcrumb.MatchString(s) {
		return true
	}
	t := trimCrumb(s)
	if looksLikeCrumbs(t) {
		return true
	}
	if strings.Contains(s, ">>") || strings.Contains(s, "»") {
		var parts []string
		for _, p := range reCrumbSep.Split(t, -1) {
			if cleanLine(p) != "" {
				parts = append(parts, p) // (">>" splits as two ">")
			}
		}
		short := len(parts) >= 1
		for _, p := range parts {
			if n := runeLen(cleanLine(p)); n == 0 || n > 24 || endsSentence(p) {
				short = false
			}
		}
		return short && (len(parts) >= 2 || t != s)
	}
	return t != s && (strings.EqualFold(t, "home") || t == "首页")
}

// isDateLine reports a line that is only a date or time stamp
// ("Thursday, December 29, 2022", "2024.09.22 20:39 GMT+8").
func isDateLine(s string) bool {
	if reDigitsDate.MatchString(s) {
		return true
	}
	if findDate(s) == nil || runeLen(s) > 60 {
		return false
	}
	rest := reDate.ReplaceAllString(s, "")
	rest = reDateEN.ReplaceAllString(rest, "")
	rest = reWeekday.ReplaceAllString(rest, "")
	return !hasWords(strings.Trim(rest, " ,，|｜:：+-0123456789()（）"))
}

// reOutletBar is an outlet's name and a bar: "China SCIO |".
var reOutletBar = lazy(`^\p{Lu}[\p{L}.&'’]*(?:\s+\p{L}[\p{L}.&'’]*){0,3}\s*[|｜]$`).needs(func(s string) bool {
	t := strings.TrimRight(s, " \t")
	return strings.HasSuffix(t, "|") || strings.HasSuffix(t, "｜")
})

// reDigitsDate is a date written with spaces in it ("2021 01/ 06 16:52:25").
var reDigitsDate = lazy(`^\s*\d{4}\s*[-/.]?\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)

var reWeekday = lazy(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|gmt|utc|bjt|updated|published)\b|星期[一二三四五六日天]|周[一二三四五六日]|[上下]午`)

// crumbLeftovers are breadcrumb ends that name the page, not a channel.
var crumbLeftovers = map[string]bool{"正文": true, "内容": true, "详情": true, "article": true, "content": true}

func (im *importer) setChannel(s string) {
	for _, p := range reCrumbSep.Split(s, -1) {
		if p = cleanLine(p); p != "" {
			im.a.Channel = append(im.a.Channel, p)
		}
	}
	if n := len(im.a.Channel); n > 1 && crumbLeftovers[strings.ToLower(im.a.Channel[n-1])] {
		im.a.Channel = im.a.Channel[:n-1]
	}
}

// setTitles assigns the lines above the meta line: a line opening with a dash
// is the subtitle; otherwise one line is the headline, two are headline and
// subtitle, three are kicker, headline and subtitle; more go to the lead.
func (im *importer) setTitles(ts []line) {
	if roles := im.opt.TitleRoles; len(roles) == len(ts) && len(ts) > 0 {
		for k, t := range ts {
			switch {
			case roles[k] == "kicker" && im.a.Kicker == "":
				im.a.Kicker = t.text
				im.keep(t, article.IDKicker)
			case roles[k] == "subtitle" && im.a.Subtitle == "":
				im.a.Subtitle = t.text
				im.keep(t, article.IDSubtitle)
			case im.a.Headline == "":
				im.a.Headline = t.text
				im.keep(t, article.IDHeadline)
			default:
				im.keep(t, im.addBlock(article.Block{Kind: article.Paragraph, Text: t.text}))
			}
		}
		return
	}
	var rest []line
	for k, t := range ts {
		if k > 0 && !im.zh && im.a.Byline == "" && reNamesEN.MatchString(t.text) {
			im.a.Byline = t.text // a bare line of names under the headline
			im.keep(t, article.IDByline)
			continue
		}
		if strings.HasPrefix(t.text, "—") && im.a.Subtitle == "" {
			im.a.Subtitle = t.text
			im.keep(t, article.IDSubtitle)
		} else {
			rest = append(rest, t)
		}
	}
	if len(rest) >= 3 || len(rest) == 2 && (im.a.Subtitle != "" || im.shortLabel(rest[0].text, rest[1].text)) {
		im.a.Kicker = rest[0].text
		im.keep(rest[0], article.IDKicker)
		rest = rest[1:]
	}
	if len(rest) > 0 {
		im.a.Headline = rest[0].text
		im.keep(rest[0], article.IDHeadline)
		rest = rest[1:]
	}
	if len(rest) > 0 && im.a.Subtitle == "" {
		im.a.Subtitle = rest[0].text
		im.keep(rest[0], article.IDSubtitle)
		rest = rest[1:]
	}
	for _, t := range rest {
		im.warn(t.n, "more title lines than kicker, headline and subtitle: kept as a lead paragraph")
		im.keep(t, im.addBlock(article.Block{Kind: article.Paragraph, Text: t.text}))
	}
}

func (im *importer) setMeta(l line) {
	m := parseMeta(l.text, im.zh)
	im.a.Source, im.a.Authors, im.a.Editor, im.a.Published = m.source, m.authors, m.editor, m.published
	if m.zoneAssumed {
		im.warn(l.n, "the date has no time zone: taken as UTC")
	}
	if m.published == nil {
		im.warn(l.n, "no date found in the meta line")
	}
	im.keep(l, article.IDMeta)
}

// hasWords reports anything in s beyond spaces and the separators meta
// lines use between their fields.
func hasWords(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsSpace(r) && !strings.ContainsRune("|｜·•,，;；:：-–—/、()（）[]【】", r)
	}) >= 0
}

// shortLabel reports a title line too short to be a headline over the one
// below it: a section or series name set above it ("We Are China",
// "大陸深度"), read as the kicker.
func (im *importer) shortLabel(s, next string) bool {
	if im.zh {
		return runeLen(s) <= 6 && runeLen(next) >= 2*runeLen(s) && !strings.ContainsAny(s, "，。：:")
	}
	return len(strings.Fields(s)) <= 3 && len(s) <= 24 && len(next) >= 2*len(s) && !strings.ContainsAny(s, ",.:")
}
