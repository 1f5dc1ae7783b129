package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line patterns. Colons may be half-width ":" or full-width "：".
var (
	reBreadcrumb = lazy(`^(?:当前位置|您的位置|你的位置|所在位置|You are here|Location)(?:\s*[:：>＞»]\s*|\s+|$)(.*)$`)
	reCrumbSep   = lazy(`\s*(?:>|＞|»|›|>>|/|\||→)\s*`)
	rePhoto      = lazy(`(?i)^[^\s/\\<>"|]?[^/\\<>"|]{0,200}\.(?:jpe?g|png|gif|webp)$`).needs(imageSuffix)
	reKeywords   = lazy(`^(?:关键词|关键字|(?i:keywords?))\s*[:：]\s*(.+)$`).needs(func(s string) bool { return hasPrefixAny(s, "关键", "k", "K", "\u212a") })
	reSceneZH    = lazy(`^场景\s*([零一二三四五六七八九十]+|\d+)(?:\s*[:：]\s*|\s+|$)(.*)$`).needs(func(s string) bool { return strings.HasPrefix(s, "场景") })
	reSceneEN    = lazy(`^(?i:scene)\s+(\d+)(?:\s*[:：.]\s*|\s+|$)(.*)$`).needs(hasDigit)
	reSubheadNum = lazy(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*\S`).needs(func(s string) bool { return firstIn(s, "一二三四五六七八九十（(") })
	reSubheadBox = lazy(`^【([^】]+)】$`).needs(func(s string) bool { return strings.HasPrefix(s, "【") && strings.HasSuffix(s, "】") })
	reBylineZH   = lazy(`(?:记者|通讯员|实习生|特约撰稿|本报).*(?:报道|电|讯|[发發]自\S{2,16})$`)
	reBylineEN   = lazy(`^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|la))*(?:\s*,\s*\S.*)?$`)
	reCredit     = lazy(`^[(（]?\s*(?:新闻|新聞|稿件|文章)?(来源|作者|编辑|责任编辑|责编|审核|校对|记者|Source|Author|Writer|Editor|Web editor|Web Editor|Edited by|Reporter)\s*[:：]\s*(\S.*?)\s*[)）]?$`).needs(func(s string) bool { return strings.ContainsAny(s, ":：") })
	reCopyright  = lazy(`(?i)(本文为.*(?:原创|版权)|版权所有|未经.*(?:授权|许可).*转载|^©|^copyright\b|all rights reserved)`).needs(func(s string) bool {
		return strings.ContainsAny(s, "本版未©") || asciiFoldContains(s, "copyright") || asciiFoldContains(s, "right")
	})
	reLink      = lazy(`^(?:本文链接|原文链接|原文地址|文章链接|(?i:link|permalink|url))\s*[:：]\s*(https?://\S+)$`).needs(func(s string) bool { return strings.Contains(s, "http") })
	reBareURL   = lazy(`^https?://\S+$`).needs(func(s string) bool { return strings.HasPrefix(s, "http") })
	reBackHome  = lazy(`返回(\S+?)首页`)
	reCaptionIn = lazy(`^(?:图为|图[:：]|(?i:photo|caption|pictured)\s*[:：])\s*`)
	reCreditZH  = lazy(`\s*[（(]\s*((?:[^()（）]*?)[摄攝](?:影)?(?:[:：/／][^()（）]+)?)\s*[)）]\s*$`)
	reCreditEN  = lazy(`(?i)(?:^|\s|[(\[])\s*[(\[]?\s*((?:photo|picture|image)(?:\s+by|\s*:)\s*[^()\[\]]+?)\s*[)\]]?\s*$`)
	reCreditZH2 = lazy(`\s+((?:(?:新华社|新華社|中新社|中新网|人民网|人民日報|人民日报|中央社)(?:记者|記者|发|發)?|记者|記者|通讯员|通訊員)\s*\S+(?:\s+\S+)?\s*[摄攝])$`).needs(func(s string) bool { return strings.HasSuffix(s, "摄") || strings.HasSuffix(s, "攝") })
	// a credit after the caption without brackets: "…。攝：Imagine China"
	reCreditZH3 = lazy(`\s*((?:[摄攝](?:影)?|图|圖)\s*[:：]\s*\S.{0,40})$`)
	// an agency's or a photographer's credit in brackets at the end of an
	// English caption: (Xinhua/Ju Peng), (Photo/IC), [Photo by X/China SCIO]
	reCreditWire = lazy(`\s*[(\[]\s*((?i:xinhua|photo|photos|reuters|afp|ap|cfp|ic|vcg|china daily|cgtn|people's daily)(?:\s*/\s*|\s+by\s+|\s*:\s*)[^()\[\]]{1,80}?|(?i:text|words)\s*:[^()\[\]]{1,60}?(?i:photos?)\s*:[^()\[\]]{1,60}?)\s*[)\]]\s*$`).needs(func(s string) bool { return strings.ContainsAny(s, ")]") })
)

// rePageNumber is a pager's or a page's number alone on a line.
var rePageNumber = lazy(`(?i)^(?:第\s*\d+\s*页|共\s*\d+\s*页|\d+\s*/\s*\d+|page\s+\d+(?:\s+of\s+\d+)?|上一页|下一页|\[\s*\d+\s*\]|(?:\d{1,3}\s+){1,9}\d{1,3}|\d{1,3})$`).needs(func(s string) bool { return firstIn(s, "第共上下[pP0123456789") })

// Web leftovers dropped anywhere in the copy.
var leftovers = []*lazyRE{
	lazy(`^[—–\-]*\s*分享\s*[—–\-]*$`).needs(func(s string) bool { return strings.Contains(s, "分享") }),
	lazy(`^分享到[:：]?`).needs(func(s string) bool { return strings.HasPrefix(s, "分享到") }),
	lazy(`^(?:阅读下一篇|下一篇|上一篇|相关阅读|相关新闻|热门推荐|扫一扫|打印|关闭|纠错|举报)[:：]?.{0,30}$`).needs(func(s string) bool {
		return hasPrefixAny(s, "阅读下一篇", "下一篇", "上一篇", "相关阅读", "相关新闻", "热门推荐", "扫一扫", "打印", "关闭", "纠错", "举报")
	}),
	lazy(`^(?:返回\S*首页\s*)+$`).needs(func(s string) bool { return strings.HasPrefix(s, "返回") }),
	lazy(`(?i)^(?:print|share|share this|share this article|email|tweet|read more|next article|back to top|advertisement)$`).needs(func(s string) bool { return len(s) <= 24 && firstIn(s, "pPsSſeEtTrRnNbBaA") }),
	rePageNumber,
	lazy(`^第\s*\d+\s*页\s*[，,/]?\s*共\s*\d+\s*页$`).needs(func(s string) bool { return strings.HasPrefix(s, "第") }),
	lazy(`^【?(?:字号|字体)[:：]?\s*[大中小\s]+】?$`).needs(func(s string) bool { return strings.Contains(s, "字号") || strings.Contains(s, "字体") }),
}

// appName matches a mobile-app promotion alone on a line (时刻新闻), dropped
// only in the header zone, where such widgets stand.
var appName = lazy(`^[\p{Han}A-Za-z]{1,6}(?:新闻|客户端|APP|App|app|头条)$`)

func isLeftover(s string) bool {
	if isWebJunk(s) {
		return true
	}
	for _, re := range leftovers {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// endsSentence reports a line ending in sentence punctuation, which titles
// do not. A closing quote or bracket ends a sentence only after a stop
// ("……。”"); a title may end in one (开出“新书香”).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	r, size := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("”’」』）)\"'》", r) {
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
		return strings.ContainsRune("。！？.!?…，,；;", r)
	}
	return strings.ContainsRune("。！？；，、.!?;,…：:", r)
}

// hanShare returns the share of Han characters among the letters of s.
func hanShare(s string) float64 {
	han, letters := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(han) / float64(letters)
}

// cleanLine trims white space of every kind (ideographic space, no-break
// space, zero-width characters) from both ends.
func cleanLine(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00a0' || r == '\u3000' || r == '\u200c' || r == '\u200d'
	})
}

// hasPrefixAny reports whether s starts with one of the prefixes.
func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAny reports whether s contains one of the words.
func hasAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// firstIn reports whether the first character of s after white space is
// one of set's.
func firstIn(s, set string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return strings.ContainsRune(set, r)
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// imageSuffix reports a name ending in an image extension, in any case
// (rePhoto's cheap test).
func imageSuffix(s string) bool {
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp"} {
		if len(s) >= len(ext) && strings.EqualFold(s[len(s)-len(ext):], ext) {
			return true
		}
	}
	return false
}
