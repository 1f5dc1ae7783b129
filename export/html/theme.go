package html

import (
	"banmian/article"
	"fmt"
	"regexp"
	"strings"
)

// Theme carries the print template's choices into CSS. The caller fills it
// from the template (this package does not import the layout engine).
type Theme struct {
	// Colours as "#rrggbb".
	Text, Accent, Muted, Rule, BannerText string
	// BodySize is the print body size in points; Leading its line height ratio.
	BodySize, Leading float64
	// HeadlineScale is the headline size as a multiple of the body size.
	HeadlineScale float64
	// PageSize ("A4", "A3", "Letter") and margins in mm for the print stylesheet.
	PageSize                                         string
	MarginTop, MarginRight, MarginBottom, MarginLeft float64
}

// DefaultTheme matches the report-a4 template.
var DefaultTheme = Theme{Text: "#1a1a1a", Accent: "#b3202a", Muted: "#5c5c5c", Rule: "#8c8c8c", BannerText: "#ffffff",
	BodySize: 10.5, Leading: 1.7, HeadlineScale: 2.1, PageSize: "A4", MarginTop: 20, MarginRight: 22, MarginBottom: 22, MarginLeft: 22}

var reHex = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

func (t Theme) check() error {
	for _, c := range []string{t.Text, t.Accent, t.Muted, t.Rule, t.BannerText} {
		if !reHex.MatchString(c) {
			return article.Errorf("theme colour %q is not #rrggbb", c)
		}
	}
	switch strings.ToUpper(t.PageSize) {
	case "A3", "A4", "A5", "LETTER", "LEGAL", "TABLOID", "":
	default:
		return article.Errorf("theme page size %q", t.PageSize)
	}
	return nil
}

const (
	serifStack = `"Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Source Han Serif CN", serif`
	sansStack  = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif`
)

// CSS returns the stylesheet: the print edition's choices (Song body, Hei
// headings, 2 em first-line indent in Chinese, keyword banners, captions), a
// measure of about 38 characters, dark mode and a print stylesheet.
func (t Theme) CSS() string {
	page := t.PageSize
	if page == "" {
		page = "A4"
	}
	indent := `article.zh .body p { text-indent: 2em; }
article.en .body p + p { text-indent: 1em; }`
	return fmt.Sprintf(`:root {
  --text: %[1]s; --accent: %[2]s; --muted: %[3]s; --rule: %[4]s; --banner-text: %[5]s; --paper: #ffffff;
  --serif: %[6]s;
  --sans: %[7]s;
}
@media (prefers-color-scheme: dark) {
  :root { --text: #e6e6e6; --muted: #a8a8a8; --rule: #5a5a5a; --paper: #16181a; --accent: #e0565e; }
}
html { background: var(--paper); color: var(--text); }
body { margin: 0; padding: 1.5rem 1rem 3rem; font-family: var(--serif); font-size: 1.0625rem; line-height: %[8]g; }
article { max-width: 38em; margin: 0 auto; }
article.en { max-width: 36em; }
.ks { margin-left: .25em; }
header { text-align: center; border-bottom: 1px solid var(--rule); padding-bottom: 1em; margin-bottom: 1.5em; }
nav.breadcrumb { text-align: left; font: .8em/1.4 var(--sans); color: var(--muted); }
nav.breadcrumb ol { list-style: none; margin: 0; padding: 0; }
nav.breadcrumb li { display: inline; }
nav.breadcrumb li + li::before { content: "›"; margin: 0 .4em; }
.kicker { font: bold 1.05em/1.4 var(--sans); color: var(--accent); margin: 1em 0 .2em; }
h1 { font: bold %[9]gem/1.3 var(--sans); margin: .3em 0 .3em; text-wrap: balance; }
.subtitle { font: 1.15em/1.5 var(--sans); color: var(--muted); margin: 0 0 .6em; text-wrap: balance; }
.meta { font: .82em/1.6 var(--sans); color: var(--muted); margin: .6em 0 0; }
.meta > span { white-space: nowrap; }
.phrase { display: inline-block; }
.meta span + span::before { content: "　"; }
article.en .meta > span { white-space: nowrap; }
.phrase { display: inline-block; }
.meta span + span::before { content: " · "; }
.byline { font: .95em/1.6 var(--sans); color: var(--accent); margin: 0 0 1em; }
.body p { margin: 0; text-align: justify; }
article.en .body p { text-align: left; }
figure { margin: 1.2em 0; }
figure img { display: block; width: 100%%; height: auto; background: #ddd; }
figcaption { font: .82em/1.55 var(--sans); color: var(--muted); margin-top: .5em; text-align: justify; }
figcaption .credit { display: block; text-align: right; font-size: .92em; }
section.keyword { margin-top: 2em; }
.banner { display: inline-block; background: var(--accent); color: var(--banner-text); font: bold .95em/1.8 var(--sans); padding: 0 .7em; margin: 0; }
h2 { font: bold 1.4em/1.45 var(--sans); text-align: center; margin: .5em 0 .8em; text-wrap: balance; }
h3 { font: bold 1em/1.7 var(--sans); color: var(--accent); margin: 1.2em 0 .2em; }
.subhead { font: bold 1.05em/1.7 var(--sans); color: var(--text); text-align: left; margin: 1.2em 0 .3em; }
blockquote { margin: 1em 2em; color: var(--muted); }
.pull-quote { margin: 1.4em 0; padding: .6em 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font: bold 1.35em/1.5 var(--sans); color: var(--accent); }
article .body .pull-quote p { margin: 0; text-indent: 0; }
.editors-note { margin: 0 0 1.2em; font: .95em/1.7 var(--sans); color: var(--muted); }
article .body .editors-note p { margin: 0; text-indent: 0; }
footer { margin-top: 2.5em; border-top: 1px solid var(--rule); padding-top: .8em; font: .82em/1.7 var(--sans); color: var(--muted); }
footer p { margin: 0; }
footer a { color: inherit; word-break: break-all; }
%[10]s
@media (max-width: 30em) { body { font-size: 1rem; padding: 1rem .8rem 2rem; } h1 { font-size: 1.6em; } }
@page { size: %[11]s; margin: %[12]gmm %[13]gmm %[14]gmm %[15]gmm; }
@media print {
  :root { --text: #000; --paper: #fff; }
  body { padding: 0; font-size: %[16]gpt; }
  article { max-width: none; }
  figure, h2, h3, .banner { break-inside: avoid; }
  h2, h3, .banner { break-after: avoid; }
  p { orphans: 2; widows: 2; }
}
`, t.Text, t.Accent, t.Muted, t.Rule, t.BannerText, serifStack, sansStack, t.Leading, t.HeadlineScale, indent,
		page, t.MarginTop, t.MarginRight, t.MarginBottom, t.MarginLeft, t.BodySize)
}
