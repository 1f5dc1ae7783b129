package plaintext

import (
	"strings"
)

// What real copy from other newsrooms' sites carries around the story, and
// Traditional Chinese copy.

var (
	// navigation: 首页 | 新闻 | 投稿 | 下载客户端; 简体 | 繁體; 中文 | English
	reNavSep = lazy(`\s*[|｜]\s*`).needs(func(s string) bool { return strings.ContainsAny(s, "|｜") })
	// an empty location label, 当前位置：
	reEmptyCrumb = lazy(`^(?:当前位置|您的位置|你的位置|所在位置|目前位置|現在位置|當前位置)\s*[:：]?\s*$`).needs(func(s string) bool {
		return hasPrefixAny(s, "当前位置", "您的位置", "你的位置", "所在位置", "目前位置", "現在位置", "當前位置")
	})
	// a breadcrumb with the date at its end
	reCrumbDate = lazy(`^(.*\S)\s{2,}(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$`)
	// a pager: < 1 2 3 … >, 上一页 1 2 3 下一页 (page numbers of one to
	// three digits, with an arrow, an ellipsis or a 上一页/下一页 marker)
	rePager     = lazy(`^(?:[<‹«]|上一页|上一頁|首页)?\s*(?:\d{1,3}\s*)+(?:(?:…|\.\.\.)\s*(?:\d{1,3}\s*)*)?(?:[>›»]|下一页|下一頁|尾页)?$`).needs(func(s string) bool { return firstIn(s, "<‹«上首0123456789") })
	rePagerMark = lazy(`[<‹«>›»…]|\.\.\.|上一页|下一页|上一頁|下一頁|尾页`)
	// a related-links heading of a web page: the short lines after it are links
	reRelated = lazy(`^(?:相关新闻|相关报道|相關新聞|相關報導|(?i:related(?: stories| articles| news)))\s*[:：]?\s*$`).needs(func(s string) bool {
		return hasPrefixAny(s, "相关", "相關") || len(s) >= 7 && strings.EqualFold(s[:7], "related")
	})
	// words a site's navigation bar is made of
	navWords = map[string]bool{"首页": true, "新闻": true, "投稿": true, "下载": true, "客户端": true, "下载客户端": true, "登录": true, "注册": true,
		"手机版": true, "移动版": true, "旧版": true, "无障碍": true, "关于我们": true, "联系我们": true, "网站地图": true, "订阅": true,
		"首頁": true, "新聞": true, "登入": true, "home": true, "news": true, "login": true, "subscribe": true, "rss": true, "app": true}
	// bylines in other shapes: 文/图 某某县融媒体中心记者 张三 李四; 新华社记者 张三 李四
	reBylineSlash  = lazy(`^(?:文/图|文／图|图/文|图／文|文[:：]|文／|文/)\s*\S.{0,40}$`)
	reBylineAgency = lazy(`^(?:新华社|人民日报|中新社|中新网|央视|经济日报|光明日报|中国日报|新華社|中央社)\S{0,8}(?:记者|記者)\s*(?:\p{Han}{2,4}\s*){1,5}$`)
	// a bare line of authors' names under an English headline
	reNamesEN = lazy(`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}){0,3}$`)
	// labels of Traditional Chinese copy, read as their simplified forms
	tradLabels = strings.NewReplacer("來源", "来源", "責任編輯", "责任编辑", "責編", "责编", "編輯", "编辑", "記者", "记者",
		"通訊員", "通讯员", "發佈時間", "发布时间", "發布時間", "发布时间", "時間", "时间", "攝影", "摄影", "報道", "报道", "報導", "报道")
)

// isNavLine reports a site's navigation or language switcher: three or more
// short items between bars, or two script or language names.
func isNavLine(s string) bool {
	parts := reNavSep.Split(strings.TrimSpace(s), -1)
	if len(parts) < 2 || runeLen(s) > 80 {
		return false
	}
	langs, nav := 0, 0
	for _, p := range parts {
		p = cleanLine(p)
		if n := runeLen(p); n == 0 || n > 8 || endsSentence(p) || strings.ContainsAny(p, "0123456789") {
			return false // (a table row, a credit line 文｜某某 图｜某某)
		}
		switch strings.ToLower(p) {
		case "简体", "繁体", "繁體", "简", "繁", "简体中文", "繁體中文", "中文", "english", "en", "cn", "zh":
			langs++
		}
		if navWords[strings.ToLower(p)] {
			nav++
		}
	}
	return len(parts) >= 3 && nav > 0 || langs == len(parts)
}

// isNavBar reports a site's menu of many sections: five or more short
// items between bars or dashes ("China Politics | CPC News | …",
// "- 天气 - 交友 - 服务 - 收藏 - 设为主页").
func isNavBar(s string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "- "))
	parts := reNavSep.Split(t, -1)
	if len(parts) < 5 {
		parts = reNavDash.Split(t, -1)
	}
	if len(parts) < 5 || runeLen(s) > 300 {
		return false
	}
	for _, p := range parts {
		p = cleanLine(p)
		if n := runeLen(p); n == 0 || n > 24 || endsSentence(p) || len(strings.Fields(p)) > 3 {
			return false
		}
	}
	return true
}

var reNavDash = lazy(`\s+-\s+`).needs(func(s string) bool { return strings.Contains(s, "-") })

// isWebJunk reports navigation, language toggles, an empty location label
// and pagers: dropped wherever they stand.
func isWebJunk(s string) bool {
	return isNavLine(s) || isNavBar(s) || reEmptyCrumb.MatchString(s) || rePager.MatchString(s) && rePagerMark.MatchString(s)
}

// Traditional Chinese: the share of characters only Traditional text has
// against their Simplified forms.
const (
	tradOnly = "這們來說時國會對開發學經過點實現後進還麼覺應將與長問題為個見區際體觀歡讓從當東車門間電話語讀寫買賣報紙記編輯攝臺灣灣廣場熱鬧綿陰麗舉縣辦鄉風歲師嚴臟換條萬華視聞網號轉擊雙層幾裡"
	simpOnly = "这们来说时国会对开发学经过点实现后进还么觉应将与长问题为个见区际体观欢让从当东车门间电话语读写买卖报纸记编辑摄台湾湾广场热闹绵阴丽举县办乡风岁师严脏换条万华视闻网号转击双层几里"
)

// chineseTag is the language tag of Chinese copy: zh-CN, or zh-TW, zh-HK
// or zh-Hant when Traditional characters prevail.
func chineseTag(text string) string {
	trad, simp := 0, 0
	for _, r := range text {
		if strings.ContainsRune(tradOnly, r) {
			trad++
		} else if strings.ContainsRune(simpOnly, r) {
			simp++
		}
	}
	if trad < 2 || trad <= 2*simp {
		return "zh-CN"
	}
	// Where Traditional copy comes from, by the words it uses: Hong Kong
	// (places, Cantonese), Taiwan (places, parties, the ROC calendar, its
	// agencies), or the mainland's Traditional editions (zh-Hant).
	score := func(cues []string) int {
		n := 0
		for _, c := range cues {
			n += strings.Count(text, c)
		}
		return n
	}
	hk, tw, cn := score(hkCues), score(twCues)+len(reROCYear.FindAllString(text, -1)), score(mainlandCues)
	switch {
	case hk > tw && hk > cn:
		return "zh-HK"
	case tw > hk && tw > cn:
		return "zh-TW"
	}
	return "zh-Hant"
}

var (
	hkCues       = []string{"香港", "九龍", "新界", "港島", "特首", "立法會", "港元", "港鐵", "嘅", "咗", "喺", "唔", "佢", "冇", "嚟", "啲", "屯門", "沙田", "旺角"}
	twCues       = []string{"臺灣", "台灣", "台北", "臺北", "高雄", "台中", "臺中", "台南", "臺南", "嘉義", "花蓮", "新北", "桃園", "民進黨", "國民黨", "立法院", "中央社", "華視", "總統府", "縣長", "行政院"}
	mainlandCues = []string{"新華社", "中新社", "中新網", "人民網", "國務院", "國台辦", "國臺辦", "中共中央", "大陸"}
	reROCYear    = lazy(`(?:民國)?1[01]\d年\d{1,2}月`)
)
