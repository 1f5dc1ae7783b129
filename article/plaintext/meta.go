package plaintext

import (
	"strings"
	"time"
)

// meta is what a meta line holds.
type meta struct {
	source, editor string
	authors        []string
	published      *time.Time
	zoneAssumed    bool
	rest           string // text the parse could not place
}

var (
	reMetaKey = lazy(`(来源|作者|编辑|责任编辑|责编|发布时间|时间|(?i:source|by|editor|edited by|updated|published|posted|date))\s*[:：]?\s*`)
	reDate    = lazy(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?\s*秒?)?\s*((?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?|Z|UTC|GMT|BJT|CST|[+-]\d{2}:?\d{2})?`)
	reDateEN  = lazy(`(?i)(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:,\s*|\s+)(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?)?\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?`)
)

var reMetaZH = lazy(`(?:来源|作者|编辑)\s*[:：]`)

var months = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// isMetaLine reports whether a line is the meta line: it names at least one of
// source, author or editor with a colon, or carries "By" or a label together
// with a date.
func isMetaLine(s string) bool {
	if runeLen(s) > 160 {
		return false
	}
	s = tradLabels.Replace(s)
	keys := len(reMetaZH.FindAllString(s, -1))
	if keys >= 2 || keys == 1 && findDate(s) != nil {
		return true
	}
	lower := reSpaceColon.ReplaceAllString(strings.ToLower(s), ":") // "Updated : 2023-05-06"
	en := 0
	for _, k := range []string{"source:", "editor:", "updated:", "published:", "posted:"} {
		if strings.Contains(lower, k) {
			en++
		}
	}
	hasBy := strings.HasPrefix(lower, "by ") || strings.Contains(lower, " by ")
	if reOutletDateEN.MatchString(s) && findDate(s) != nil || strings.HasPrefix(lower, "updated ") && findDate(s) != nil && runeLen(s) < 60 {
		return true // "(Xinhua) 10:15, December 30, 2022"; "Updated 2024.09.22 20:39 GMT+8"
	}
	return en >= 2 || en == 1 && (hasBy || findDate(s) != nil) || hasBy && findDate(s) != nil && runeLen(s) < 100
}

// parseMeta splits a meta line into its fields. Chinese dates without a zone
// are Beijing time (+08:00); English ones without a zone are taken as UTC and
// flagged.
func parseMeta(s string, zh bool) meta {
	s = tradLabels.Replace(s) // (the same length: positions hold)
	s = reMetaWidgets.ReplaceAllString(s, " ")
	s = reSizeWidgetEN.ReplaceAllString(s, "")
	var m meta
	if g := reOutletDateEN.FindStringSubmatch(s); g != nil && !zh {
		m.source = strings.TrimSpace(g[1])
		s = g[2]
	}
	s = reClockFirst.ReplaceAllString(s, "$3 $4, $5 $1:$2") // "10:15, December 30, 2022"
	dateLoc := reDate.FindStringIndex(s)
	if dateLoc == nil {
		dateLoc = reDateEN.FindStringIndex(s)
	}
	if t, assumed := parseDate(s, zh); t != nil {
		m.published, m.zoneAssumed = t, assumed
	}
	if dateLoc != nil && m.published != nil {
		s = s[:dateLoc[0]] + "  " + s[dateLoc[1]:]
	}
	keys := reMetaKey.FindAllStringSubmatchIndex(s, -1)
	if len(keys) > 0 {
		m.rest = s[:keys[0][0]]
	} else {
		m.rest = s
	}
	for i, k := range keys {
		end := len(s)
		if i+1 < len(keys) {
			end = keys[i+1][0]
		}
		val := cleanLine(strings.Trim(cleanLine(s[k[1]:end]), "|｜,，;；"))
		// A label met twice keeps both values: nothing of the line is lost.
		switch strings.ToLower(s[k[2]:k[3]]) {
		case "来源", "source":
			m.source = joinField(m.source, val)
		case "作者", "by":
			m.authors = append(m.authors, splitNames(val)...)
		case "编辑", "责任编辑", "责编", "editor", "edited by":
			m.editor = joinField(m.editor, val)
		default: // a date label: the date was taken out above
			m.rest += " " + val
		}
	}
	// English meta lines name the outlet without a label: "Updated: Mar
	// 3,2015 9:05 AM  China Daily", "(Xinhua)| Updated : 2023-05-06".
	if !zh && m.source == "" {
		if r := strings.TrimSpace(strings.Trim(strings.TrimSpace(m.rest), "|｜")); reOutlet.MatchString(r) || reOutletDomain.MatchString(r) {
			m.source = strings.Trim(r, "() ")
			m.rest = ""
		}
	}
	return m
}

var (
	// an outlet named by its site: chinadaily.com.cn/Xinhua
	reOutletDomain = lazy(`^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|gov)(?:\.cn)?(?:/[A-Za-z][\w ]{1,30})?$`)
	// the font-size buttons of an English page: "L M S", "Large Medium Small"
	reSizeWidgetEN = lazy(`\s(?:L\s+M\s+S|Large\s+Medium\s+Small)\s*$`)
	// page widgets printed on the meta line: 打印本页 关闭, 字號: 轉發 打印, 点击:
	reMetaWidgets = lazy(`(?:打印本页|打印本頁|打印|关闭|關閉|转发|轉發|分享|收藏|字号|字號|点击|點擊|阅读|閱讀)(?:\s*[:：]\s*(?:[大中小]\s*)*)?(?:\s|$)`).needs(func(s string) bool {
		return hasAny(s, "打印", "关闭", "關閉", "转发", "轉發", "分享", "收藏", "字号", "字號", "点击", "點擊", "阅读", "閱讀")
	})
	// an English meta line that opens with the outlet in brackets:
	// "(Xinhua) 10:15, December 30, 2022", "(Xinhua)| Updated : 2023-05-06"
	reOutletDateEN = lazy(`^\(?\s*(\p{Lu}[\p{L}'’.&]*(?:\s+[\p{L}'’.&]+){0,3})\s*\)\s*[|｜]?\s*(.*\d.*)$`).needs(func(s string) bool { return strings.Contains(s, ")") && hasDigit(s) })
	// a time before an English date
	reClockFirst = lazy(`\b(\d{1,2}):(\d{2}),?\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2}),?\s+(\d{4})`)
	reSpaceColon = lazy(`\s+:`)
	reOutlet     = lazy(`^\(?\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3}\)?$`)
)

// splitNames splits "何青 丁馨 任彬彬" or "Jane Doe and John Roe".
func splitNames(s string) []string {
	if s == "" {
		return nil
	}
	if hanShare(s) > 0.5 {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '，' || r == ',' || r == '\u3000' })
	}
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// findDate returns the first date in s, or nil.
func findDate(s string) []int {
	if loc := reDate.FindStringIndex(s); loc != nil {
		return loc
	}
	return reDateEN.FindStringIndex(s)
}

func parseDate(s string, zh bool) (*time.Time, bool) {
	var y, mo, d, h, mi, sec int
	var zone string
	if m := reDate.FindStringSubmatch(s); m != nil {
		y, mo, d, h, mi, sec = atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6])
		zone = m[7]
	} else if m := reDateEN.FindStringSubmatch(s); m != nil {
		mo = int(months[strings.ToLower(m[1])[:3]])
		d, y, h, mi = atoi(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5])
		if ap := strings.ToLower(m[6]); ap == "p" && h < 12 {
			h += 12
		} else if ap == "a" && h == 12 {
			h = 0
		}
		zone = m[7]
	} else {
		return nil, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59 {
		return nil, false
	}
	loc, assumed := zoneOf(zone, zh)
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
	return &t, assumed
}

func zoneOf(z string, zh bool) (*time.Location, bool) {
	switch strings.ToUpper(z) {
	case "Z", "UTC", "GMT":
		return time.UTC, false
	case "BJT", "CST":
		return time.FixedZone("", 8*3600), false
	case "":
		if zh {
			return time.FixedZone("", 8*3600), false
		}
		return time.UTC, true
	}
	z = strings.ReplaceAll(z, ":", "")
	if u := strings.ToUpper(z); strings.HasPrefix(u, "UTC") || strings.HasPrefix(u, "GMT") {
		z = z[3:] // GMT+8, UTC+0530
		if len(z) == 2 {
			z = z[:1] + "0" + z[1:]
		}
		if len(z) == 3 {
			z += "00"
		}
	}
	if len(z) != 5 {
		return time.UTC, true
	}
	off := (atoi(z[1:3])*60 + atoi(z[3:5])) * 60
	if z[0] == '-' {
		off = -off
	}
	return time.FixedZone("", off), false
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func joinField(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}
