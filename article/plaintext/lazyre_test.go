package plaintext

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPatternsCompile compiles every pattern of the importer (they compile
// lazily, when first used; a pattern that does not compile would panic then).
func TestPatternsCompile(t *testing.T) {
	if len(allLazy) < 60 {
		t.Fatalf("%d patterns registered, want the importer's 70 or so", len(allLazy))
	}
	for _, l := range allLazy {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%q: %v", l.src, err)
		}
	}
}

// TestPrefiltersHideNoMatch: a pattern's cheap test passes every line of
// the fixtures (and every part of it split at separators) that the pattern
// matches, so no match is lost to it; and it does turn most lines away.
func TestPrefiltersHideNoMatch(t *testing.T) {
	var files []string
	for _, glob := range []string{"../../testdata/intake/web/*.txt", "../../testdata/articles/*.txt", "../../testdata/intake/*.txt"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	if len(files) < 40 {
		t.Fatalf("%d fixture files", len(files))
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			texts = append(texts, line, strings.TrimSpace(line), cleanLine(line))
			texts = append(texts, regexp.MustCompile(`\s*[|｜]\s*|\s+-\s+|[，。]`).Split(line, -1)...)
		}
	}
	texts = append(texts, "Copyright 2024", "ALL RIGHTS RESERVED", "© 新华网", "IMG_0001.JPG", "photo.WebP", "（相关资料图）", "(圖)",
		"首页 | 新闻 | 体育 | 财经 | 科技", "a - b - c - d - e", "本文为红网原创", "未经授权不得转载", "Foto (Xinhua/Li Ming)",
		// one or more a pattern matches for each cheap test
		"关键词：学习", "Keywords: a, b", "\u212aeyword: a", "场景一：课堂", "Scene 2: x", "SCENE 12", "一、标题", "（一）标题", "(二) 标题",
		"【标题】", "来源：红网", "(作者: 张三)", "原文链接：https://a.cn/x", "Permalink: http://a.b/c", "http://a.b", "https://x.cn/y",
		"新华社记者 张三 摄", "图为课堂。 记者 李四 摄", "—— 分享 ——", "分享", "分享到：", "阅读下一篇：某某", "打印", "返回首页", "返回新闻首页 返回首页",
		"Print", "SHARE THIS ARTICLE", "back to top", "第2页", "共 5 页", "3/5", "page 3 of 5", "Page 2", "[ 2 ]", "1 2 3", "7", "上一页", "下一页",
		"第 2 页，共 5 页", "字号：大 中 小", "【字体：大中小】", "当前位置：", "您的位置", "< 1 2 3 >", " 1 2 3 … 9 下一页", "上一页 1 2 下一页", "首页 1 2",
		"相关新闻", "相關報導：", "Related stories", "RELATED NEWS:", "学生们在上课（张三 摄）", "(李四 攝影：某)", "Photo taken on May 9 shows a",
		"PHOTO TAKEN IN 2019 ", "[Photo provided to China Daily]", "[image: Xinhua]",
		"(Xinhua) | 2024-05-01", "China Daily) 09:30", "China SCIO |", "Global Times ｜ ", "打印本页 关闭", "字号：大 中 小 分享到")
	tested := 0
	for _, l := range allLazy {
		if l.need == nil {
			continue
		}
		tested++
		re := regexp.MustCompile(l.src)
		matched, turned := 0, 0
		for _, s := range texts {
			if re.MatchString(s) {
				matched++
				if !l.need(s) {
					t.Errorf("%.40q matches %q but fails its cheap test", l.src, s)
				}
			} else if !l.need(s) {
				turned++
			}
		}
		if matched == 0 {
			t.Errorf("%.40q matches no text here: the test shows nothing", l.src)
		}
		if turned < len(texts)/2 {
			t.Errorf("%.40q: its cheap test turns away only %d of %d texts", l.src, turned, len(texts))
		}
	}
	if tested < 6 {
		t.Errorf("%d patterns with a cheap test, want 6", tested)
	}
}

// TestOrphanRewrites: isOrphanZH and isOrphanEN decide as the patterns
// they replace did, over the fixtures' lines and texts made at the limits.
func TestOrphanRewrites(t *testing.T) {
	oldZH := regexp.MustCompile(`^(?:图为\S.{0,118}|.{0,118}[（(][^()（）]{0,30}[摄攝](?:影)?(?:[:：/／][^()（）]+)?[)）])$`)
	oldEN := regexp.MustCompile(`(?i)^\[(?:photo|picture|image)(?: provided)?(?: to| by| courtesy of|:)\s*[^\]]{1,80}\]$`)
	var texts []string
	for _, glob := range []string{"../../testdata/intake/web/*.txt", "../../testdata/articles/*.txt"} {
		m, _ := filepath.Glob(glob)
		for _, f := range m {
			b, _ := os.ReadFile(f)
			texts = append(texts, strings.Split(string(b), "\n")...)
		}
	}
	long := func(n int) string { return strings.Repeat("字", n) }
	for _, n := range []int{0, 1, 117, 118, 119, 120} {
		texts = append(texts, "图为"+long(n), "图为 "+long(n), "图为"+long(n)+"\n", long(n)+"（记者 张三 摄）", long(n)+"(摄影：李四)",
			long(n)+"((摄)", long(n)+"（"+long(30)+"摄）", long(n)+"（"+long(31)+"摄）", long(n)+"\n（摄）",
			"[Photo provided to "+strings.Repeat("a", n)+"]", "[photo:"+strings.Repeat(" ", n)+"x]", "[Image by "+strings.Repeat(" ", n)+"]")
	}
	zh, en := 0, 0
	for _, s := range texts {
		if got, want := isOrphanZH(s), oldZH.MatchString(s); got != want {
			t.Errorf("isOrphanZH(%.60q) = %v, the pattern said %v", s, got, want)
		} else if want {
			zh++
		}
		if got, want := isOrphanEN(s), oldEN.MatchString(s); got != want {
			t.Errorf("isOrphanEN(%.60q) = %v, the pattern said %v", s, got, want)
		} else if want {
			en++
		}
	}
	if zh < 10 || en < 5 {
		t.Errorf("only %d and %d texts matched: the test shows little", zh, en)
	}
}

// Warm may run while an import compiles the same patterns (go test -race
// checks they share them safely), and the warm list holds no pattern twice.
func TestWarmAlongsideImport(t *testing.T) {
	seen := map[*lazyRE]bool{}
	for _, l := range warmList {
		if seen[l] {
			t.Errorf("%.40q is in the warm list twice", l.src)
		}
		seen[l] = true
	}
	done := make(chan struct{})
	go func() { Warm(); close(done) }()
	res, err := ImportFile("../../testdata/articles/reference-zh.txt", "/nonexistent")
	<-done
	if err != nil || len(res.Article.Blocks()) < 20 {
		t.Fatalf("import alongside Warm: %v", err)
	}
	for _, l := range warmList {
		if l.re == nil {
			t.Errorf("%.40q not compiled by Warm", l.src)
		}
	}
}
