package article

import (
	"strconv"
	"strings"
)

var digitsZH = []rune("零一二三四五六七八九")

// ChineseNumeral writes n (1 to 99) in Chinese numerals as scene labels use
// them: 一 … 十, 十一 … 十九, 二十, 二十一 … 九十九. Other values are written in
// Arabic digits.
func ChineseNumeral(n int) string {
	switch {
	case n < 1 || n > 99:
		return strconv.Itoa(n)
	case n < 10:
		return string(digitsZH[n])
	}
	tens, ones := n/10, n%10
	var b strings.Builder
	if tens > 1 {
		b.WriteRune(digitsZH[tens])
	}
	b.WriteRune('十')
	if ones > 0 {
		b.WriteRune(digitsZH[ones])
	}
	return b.String()
}

// ParseChineseNumeral reads a numeral written by [ChineseNumeral] (also
// Arabic digits) and reports whether it was one.
func ParseChineseNumeral(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n > 0
	}
	for n := 1; n <= 99; n++ {
		if ChineseNumeral(n) == s {
			return n, true
		}
	}
	return 0, false
}

// SceneLabel returns the label of scene n (from 1) in the article's language.
func (a *Article) SceneLabel(n int) string {
	if a.IsChinese() {
		return "场景" + ChineseNumeral(n)
	}
	return "Scene " + strconv.Itoa(n)
}

// Renumber sets every scene's label from its position in its section. The
// editor calls it after scenes are added, moved or deleted.
func (a *Article) Renumber() {
	for i := range a.Sections {
		for j := range a.Sections[i].Scenes {
			a.Sections[i].Scenes[j].Label = a.SceneLabel(j + 1)
		}
	}
}
