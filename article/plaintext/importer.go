package plaintext

import (
	"io/fs"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"banmian/article"
)

// Options tune an import.
type Options struct {
	// PhotoDir is the folder where photos named in the text are looked up by
	// file name; empty means no folder (every photo is marked missing).
	PhotoDir string
	// Photos, when not nil, is looked up instead of PhotoDir (embedded samples).
	Photos fs.FS
	// TitleRoles, when set, are the roles of the text's first lines as a
	// richer source knows them ("kicker", "headline", "subtitle": a Word
	// file's Title and Subtitle styles), instead of guessing from shapes.
	TitleRoles []string
}

// ImportFile reads and imports a text file. Photos are looked up in photoDir,
// or in the text file's folder when photoDir is empty.
func ImportFile(file, photoDir string) (*Result, error) {
	data, err := article.ReadFileLimited(file, article.MaxTextFileBytes)
	if err != nil {
		return nil, article.Errorf("%s: %w", file, err)
	}
	if photoDir == "" {
		photoDir = filepath.Dir(file)
	}
	res, err := Import(data, Options{PhotoDir: photoDir})
	if err != nil {
		return nil, article.Errorf("%s: %w", file, err)
	}
	return res, nil
}

// Import turns copied text into an article. It fails only when the input is
// not text ([ErrNotText]) or makes an article over the caps of a .banmian
// file ([article.ErrTooLarge]); everything else is imported, with warnings.
func Import(data []byte, opt Options) (*Result, error) {
	if len(data) > article.MaxTextFileBytes {
		return nil, article.Errorf("%w: the text is %d MiB; the cap is %d MiB", article.ErrTooLarge, len(data)>>20, article.MaxTextFileBytes>>20)
	}
	text, enc, err := Decode(data)
	if err != nil {
		return nil, err
	}
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	raw := strings.Split(text, "\n")
	im := &importer{res: &Result{Encoding: enc}, opt: opt, sec: -1, scene: -1}
	for i, s := range raw {
		im.lines = append(im.lines, line{n: i + 1, text: cleanLine(s)})
	}
	im.zh = hanShare(text) > 0.3
	lang := "en"
	if im.zh {
		lang = chineseTag(text)
	}
	im.a = article.New(lang)
	im.res.Article = im.a
	im.run()
	im.fitCaps()
	if err := article.Check(im.a); err != nil {
		return nil, err
	}
	return im.res, nil
}

type line struct {
	n    int
	text string
}

type importer struct {
	res   *Result
	a     *article.Article
	opt   Options
	lines []line
	zh    bool

	sec, scene     int        // current section and scene, -1 for none
	pendingTitle   string     // section ID waiting for its title line
	pendingCaption string     // photo block ID waiting for its caption line
	related        int        // how many more lines after a 相关新闻 heading may be its links
	crumbDate      *time.Time // a date the breadcrumb line carried
	backHome       []string
	backHomeLine   int
	ids            [3]int // blocks, sections, scenes numbered so far
}

// newID numbers elements as they come (the article's own NewID scans it
// whole, which would make an import of a long text quadratic).
func (im *importer) newID(kind int) string {
	im.ids[kind]++
	return [3]string{"p", "s", "c"}[kind] + strconv.Itoa(im.ids[kind])
}

const (
	idBlock = iota
	idSection
	idScene
)

func (im *importer) warn(n int, format string, args ...any) {
	im.res.Warnings = append(im.res.Warnings, Warning{Line: n, Message: article.Sprintf(format, args...)})
}

func (im *importer) drop(l line, reason string) {
	im.res.Dropped = append(im.res.Dropped, Dropped{Line: l.n, Text: l.text, Reason: reason})
	for _, m := range reBackHome.FindAllStringSubmatch(l.text, -1) {
		im.backHome = append(im.backHome, m[1])
		im.backHomeLine = l.n
	}
}

func (im *importer) keep(l line, target string) {
	im.res.Lines = append(im.res.Lines, Fate{Line: l.n, Text: l.text, Target: target})
}

func (im *importer) run() {
	i := im.header()
	for ; i < len(im.lines); i++ {
		if im.lines[i].text != "" {
			im.bodyLine(i)
		}
	}
	im.finish()
	im.metaFromFooter()
	for _, b := range im.a.Blocks() {
		b.Text = strings.ReplaceAll(b.Text, LineBreak, "\n")
	}
}

// maxRelatedLinks is how many short lines after a related-news heading are
// taken as its links at the most.
const maxRelatedLinks = 8

// LineBreak (U+2028, LINE SEPARATOR) in a line is a line break inside its
// paragraph: richer sources (Word's manual breaks, HTML's <br>) hand them
// over so; the article holds "\n".
const LineBreak = "\u2028"

// metaFromFooter fills the meta fields the header left empty from the
// footer's credits (来源：, 作者：, 编辑：): copied, the credits stay; and
// the date a breadcrumb carried.
func (im *importer) metaFromFooter() {
	a := im.a
	defer func() {
		// No author named anywhere but in the byline: its names.
		if len(a.Authors) == 0 && a.Byline != "" {
			a.Authors = authorsFromByline(a.Byline)
		}
		// No source anywhere but the wire's tag opening the text: 【中央社】.
		if a.Source == "" && len(a.Lead) > 0 {
			for _, b := range a.Lead {
				if b.Kind == article.Paragraph {
					if m := reWireTag.FindStringSubmatch(b.Text); m != nil {
						a.Source = m[1]
					}
					break
				}
			}
		}
	}()
	if a.Published == nil && im.crumbDate != nil {
		a.Published = im.crumbDate
	}
	for _, c := range a.Footer.Credits {
		m := reCredit.FindStringSubmatch(tradLabels.Replace(c))
		if m == nil {
			continue
		}
		v := strings.TrimSpace(m[2])
		switch strings.ToLower(m[1]) {
		case "来源", "source":
			if a.Source == "" {
				a.Source = v
			}
		case "作者", "author", "writer":
			if len(a.Authors) == 0 {
				a.Authors = splitNames(v)
			}
		case "编辑", "责任编辑", "责编", "editor", "edited by", "web editor":
			if a.Editor == "" {
				a.Editor = v
			}
		}
	}
}

// body returns the blocks slice new blocks go to.
func (im *importer) body() *[]article.Block {
	switch {
	case im.sec < 0:
		return &im.a.Lead
	case im.scene < 0:
		return &im.a.Sections[im.sec].Body
	}
	return &im.a.Sections[im.sec].Scenes[im.scene].Body
}

func (im *importer) addBlock(b article.Block) string {
	b.ID = im.newID(idBlock)
	body := im.body()
	*body = append(*body, b)
	return b.ID
}

// photosBefore counts the photos that end the current body, in the row
// they make (a photo that starts a row ends the count).
func (im *importer) photosBefore() int {
	body := *im.body()
	n := 0
	for i := len(body) - 1; i >= 0 && body[i].Kind == article.Photo; i-- {
		n++
		if !body[i].PhotoLayout().Row {
			break
		}
	}
	return n
}

// bodyLine classifies one non-blank line after the header.
func (im *importer) bodyLine(i int) {
	l := im.lines[i]
	s := l.text
	if reRelated.MatchString(s) {
		im.related = maxRelatedLinks
		im.drop(l, "related links")
		return
	}
	if im.related > 0 {
		if runeLen(s) <= 40 && !endsSentence(s) && !im.structural(s) && !isMetaLine(s) && !reCredit.MatchString(s) && !reCopyright.MatchString(s) {
			im.related--
			im.drop(l, "related links")
			return
		}
		im.related = 0
	}
	if isLeftover(s) {
		im.drop(l, "web leftover")
		return
	}
	if id := im.pendingTitle; id != "" {
		im.pendingTitle = ""
		if im.titleLike(s) && !im.structural(s) {
			im.a.Sections[im.sec].Title = s
			im.keep(l, id)
			return
		}
		im.warn(l.n, "keyword section %q has no title line", strings.Join(im.a.Sections[im.sec].Keywords, " "))
	}
	if id := im.pendingCaption; id != "" {
		im.pendingCaption = ""
		if !im.structural(s) && im.captionLike(s) {
			body := *im.body()
			b := &body[len(body)-1] // the photo is the last block so far
			if b.ID != id {
				e, _ := im.a.Find(id)
				b = e.Blk
			}
			b.Caption, b.Credit = splitCaption(s)
			im.keep(l, id)
			return
		}
		im.warn(l.n, "photo %q has no caption", im.blockFile(id))
	}
	switch {
	case reLink.MatchString(s) && validURL(reLink.FindStringSubmatch(s)[1]):
		im.a.Footer.Link = reLink.FindStringSubmatch(s)[1]
		im.keep(l, article.IDLink)
	case reBareURL.MatchString(s) && validURL(s) && im.a.Footer.Link == "" && (len(im.a.Footer.Credits) > 0 || im.a.Footer.Copyright != ""):
		im.a.Footer.Link = s
		im.keep(l, article.IDLink)
	case reCopyright.MatchString(s) && runeLen(s) <= 200 && im.a.Footer.Copyright == "":
		im.a.Footer.Copyright = s
		im.keep(l, article.IDCopyright)
	case im.isCredit(s):
		im.a.Footer.Credits = append(im.a.Footer.Credits, s)
		im.keep(l, article.IDFooter)
	case rePhoto.MatchString(s):
		b := article.Block{Kind: article.Photo, File: s}
		if im.photosBefore() > 0 && im.photosBefore() < article.MaxRow {
			b.Layout = &article.PhotoLayout{Row: true} // photos that stand together make a row (组图)
		}
		id := im.addBlock(b)
		im.pendingCaption = id
		im.keep(l, id)
	case reKeywords.MatchString(s):
		im.startSection(l)
	case reSceneZH.MatchString(s) || reSceneEN.MatchString(s):
		im.startScene(l)
	case im.isByline(s):
		im.a.Byline = s
		im.keep(l, article.IDByline)
	case markedKind(s) != nil:
		k := markedKind(s)
		im.keep(l, im.addBlock(article.Block{Kind: k.Kind, Text: strings.TrimSpace(cutMarker(s, k))}))
	case im.isSubhead(i):
		text := s
		if m := reSubheadBox.FindStringSubmatch(s); m != nil {
			text = m[1]
		}
		im.keep(l, im.addBlock(article.Block{Kind: article.Subhead, Text: text}))
	case im.orphanCaption(i):
		// A caption where an image stood, without its file line: a
		// missing photo, so the editor relinks it (nothing invented: the
		// line is the caption).
		caption, credit := splitCaption(s)
		if isOrphanEN(s) {
			caption, credit = "", strings.Trim(s, "[]")
		}
		k := im.nextText(i + 1)
		repeated := k < len(im.lines) && (im.lines[k].text == "["+s+"]" || im.lines[k].text == s || altThenCaption(s, im.lines[k].text))
		if repeated && altThenCaption(s, im.lines[k].text) {
			caption, credit = splitCaption(im.lines[k].text) // the caption line carries the credit
		}
		id := im.addBlock(article.Block{Kind: article.Photo, Missing: true, Caption: caption, Credit: credit})
		im.keep(l, id)
		if repeated {
			im.keep(im.lines[k], id) // the image's alt text, repeated as its caption
			im.lines[k].text = ""
		}
		im.warn(l.n, "a caption without its photo line: set as a missing photo (relink it, or make it a paragraph)")
	default:
		im.keep(l, im.addBlock(article.Block{Kind: article.Paragraph, Text: s}))
	}
}

// Captions without a file line: "图为…（记者 X 摄）", a credit alone in
// brackets, "[Photo provided to China Daily]"; an alt-text line followed
// by itself in brackets.
var (
	// (isOrphanZH: "图为" and up to 119 characters, or up to 118 before the
	// credit in brackets that ends the line.)
	reOrphanZHTail = lazy(`[（(][^()（）]{0,30}[摄攝](?:影)?(?:[:：/／][^()（）]+)?[)）]$`).needs(func(s string) bool { return strings.Contains(s, "摄") || strings.Contains(s, "攝") })
	// a picture's placeholder: （相关资料图）, （资料图片）, (圖)
	reFilePhoto = lazy(`^[（(](?:相关|相關)?(?:资料图|資料圖)(?:片)?[)）]$|^[（(][图圖][)）]$`).needs(func(s string) bool {
		return strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")
	})
	// Xinhua's caption opening: "Photo taken on May 9 shows …"
	rePhotoTaken = lazy(`(?i)^photo taken (?:on|in|at) `).needs(func(s string) bool { return firstIn(s, "pP") })
	// (isOrphanEN: the words after the opening up to 80 characters.)
	reOrphanEN = lazy(`(?i)^\[(?:photo|picture|image)(?: provided)?(?: to| by| courtesy of|:)\s*([^\]]+)\]$`).needs(func(s string) bool { return strings.HasPrefix(s, "[") })
)

// isOrphanZH is ^(?:图为\S.{0,118}|.{0,118}TAIL)$ with TAIL reOrphanZHTail,
// written out: compiled, the counted repetitions were the importer's
// largest pattern (a twentieth of a short export's time).
func isOrphanZH(s string) bool {
	if rest, ok := strings.CutPrefix(s, "图为"); ok {
		r, size := utf8.DecodeRuneInString(rest)
		if size > 0 && !strings.ContainsRune("\t\n\f\r ", r) && runeLen(rest[size:]) <= 118 && !strings.Contains(rest[size:], "\n") {
			return true
		}
	}
	// The tail holds no bracket but its own: its leftmost start is the
	// only one, and the shortest text before it.
	m := reOrphanZHTail.FindStringIndex(s)
	return m != nil && runeLen(s[:m[0]]) <= 118 && !strings.Contains(s[:m[0]], "\n")
}

// isOrphanEN is reOrphanEN with at most 80 characters of words: greedy
// \s* leaves the fewest to the group, as {1,80} would need.
func isOrphanEN(s string) bool {
	m := reOrphanEN.FindStringSubmatch(s)
	return m != nil && runeLen(m[1]) <= 80
}

// orphanCaption reports a line that can only be a caption with its image
// gone (strong evidence only: otherwise it stays a paragraph).
func (im *importer) orphanCaption(i int) bool {
	s := im.lines[i].text
	if isOrphanEN(s) {
		return true
	}
	if rePhotoTaken.MatchString(s) && runeLen(s) <= 600 {
		return true
	}
	// A paragraph that ends in a photographer's or agency's credit:
	// "… Dec. 27, 2022. (Xinhua/Ju Peng)", "… 新华社记者 胡超 摄".
	if m := reCreditWire.FindStringIndex(s); m != nil && m[0] > 0 && runeLen(s) <= 500 {
		return true
	}
	if im.zh && reCreditZH2.MatchString(s) && runeLen(s) <= 200 {
		return true
	}
	if k := im.nextText(i + 1); k < len(im.lines) && (im.lines[k].text == "["+s+"]" || (im.lines[k].text == s || altThenCaption(s, im.lines[k].text)) && runeLen(s) >= 12) && runeLen(s) <= 200 {
		return true // an image's alt text, then its caption: the same words twice
	}
	// A placeholder where a picture stood: （相关资料图）, (圖).
	if reFilePhoto.MatchString(s) {
		return true
	}
	if !im.zh || !isOrphanZH(s) || strings.Count(s, "。") > 1 {
		return false
	}
	_, credit := splitCaption(s)
	return strings.HasPrefix(s, "图为") || credit != ""
}

// validURL reports an http(s) URL with a host (what the article accepts as its link).
func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// structural reports lines that start something of their own and so cannot
// be a title or a caption.
func (im *importer) structural(s string) bool {
	return rePhoto.MatchString(s) || reKeywords.MatchString(s) || reSceneZH.MatchString(s) || reSceneEN.MatchString(s) ||
		reLink.MatchString(s) && validURL(reLink.FindStringSubmatch(s)[1]) || im.isCredit(s) || isLeftover(s)
}

// titleLike reports a short line without sentence-final punctuation.
func (im *importer) titleLike(s string) bool {
	limit := 40
	if !im.zh {
		limit = 110
	}
	if runeLen(s) > limit {
		return false
	}
	if strings.HasSuffix(s, "？") || strings.HasSuffix(s, "！") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return runeLen(s) <= limit*2/3
	}
	return !endsSentence(s)
}

// captionLike reports a line short enough to be a caption, or introduced as one.
func (im *importer) captionLike(s string) bool {
	if reCaptionIn.MatchString(s) || reCreditZH.MatchString(s) {
		return true
	}
	if im.zh {
		return runeLen(s) <= 120
	}
	return runeLen(s) <= 300
}

func (im *importer) isCredit(s string) bool {
	if runeLen(s) > 60 || !reCredit.MatchString(s) {
		return false
	}
	// In the body, a credit line only comes after the text has started.
	return len(im.a.Lead) > 0 || len(im.a.Sections) > 0
}

func (im *importer) isByline(s string) bool {
	if im.a.Byline != "" || len(im.a.Sections) > 0 {
		return false
	}
	var shape bool
	if im.zh {
		shape = runeLen(s) <= 60 && !strings.ContainsAny(s, "。，；") &&
			(reBylineZH.MatchString(tradLabels.Replace(s)) || reBylineSlash.MatchString(s) || reBylineAgency.MatchString(s))
	} else {
		shape = len(s) <= 100 && (reBylineEN.MatchString(s) || reNamesEN.MatchString(s) && countParagraphs(im.a.Lead) == 0)
	}
	// A dateline stands before the text, not after its second paragraph.
	return shape && countParagraphs(im.a.Lead) <= 1
}

func countParagraphs(bs []article.Block) int {
	n := 0
	for _, b := range bs {
		if b.Kind == article.Paragraph {
			n++
		}
	}
	return n
}

// isSubhead recognises 一、…, （一）…, 【…】 and, in English copy, a short
// capitalised line between paragraphs that is followed by a long one.
func (im *importer) isSubhead(i int) bool {
	s := im.lines[i].text
	if reSubheadBox.MatchString(s) && runeLen(s) <= 40 {
		return true
	}
	if reSubheadNum.MatchString(s) && runeLen(s) <= 32 && !endsSentence(s) {
		return true
	}
	if im.zh || !im.titleLike(s) || len(strings.Fields(s)) > 10 || strings.HasSuffix(s, ":") {
		return false
	}
	r := []rune(s)[0]
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	prev, next := im.neighbour(i, -1), im.neighbour(i, +1)
	body := *im.body()
	afterPhoto := len(body) > 0 && body[len(body)-1].Kind == article.Photo
	return prev != "" && (endsSentence(prev) || afterPhoto) && runeLen(next) > 2*runeLen(s) && runeLen(next) > 80
}

func (im *importer) neighbour(i, dir int) string {
	for j := i + dir; j >= 0 && j < len(im.lines); j += dir {
		if im.lines[j].text != "" {
			return im.lines[j].text
		}
	}
	return ""
}

func (im *importer) startSection(l line) {
	kw := reKeywords.FindStringSubmatch(l.text)[1]
	s := article.Section{ID: im.newID(idSection), Keywords: strings.FieldsFunc(kw, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,;；/|", r)
	})}
	im.a.Sections = append(im.a.Sections, s)
	im.sec, im.scene = len(im.a.Sections)-1, -1
	im.pendingTitle = s.ID
	im.keep(l, s.ID)
}

func (im *importer) startScene(l line) {
	m := reSceneZH.FindStringSubmatch(l.text)
	if m == nil {
		m = reSceneEN.FindStringSubmatch(l.text)
	}
	if im.sec < 0 {
		im.a.Sections = append(im.a.Sections, article.Section{ID: im.newID(idSection)})
		im.sec = len(im.a.Sections) - 1
		im.warn(l.n, "scene %q before any keyword section: put in a section without keywords", m[0])
	}
	sec := &im.a.Sections[im.sec]
	want := len(sec.Scenes) + 1
	if n, ok := article.ParseChineseNumeral(m[1]); !ok || n != want {
		im.warn(l.n, "scene %q is number %d of its section: renumbered as %s", m[0], want, im.a.SceneLabel(want))
	}
	c := article.Scene{ID: im.newID(idScene), Label: im.a.SceneLabel(want)}
	sec.Scenes = append(sec.Scenes, c)
	im.scene = len(sec.Scenes) - 1
	im.keep(l, c.ID)
	if rest := cleanLine(m[2]); rest != "" {
		if im.titleLike(rest) {
			sec.Scenes[im.scene].Title = rest
		} else {
			im.keep(line{n: l.n, text: rest}, im.addBlock(article.Block{Kind: article.Paragraph, Text: rest}))
		}
	}
}

func (im *importer) blockFile(id string) string {
	if e, ok := im.a.Find(id); ok {
		return e.Blk.File
	}
	return id
}

// splitCaption separates a caption from its credit: "（记者 何青 摄）" at the
// end, "Photo: …" labels at the start, "Photo by …" at the end.
func splitCaption(s string) (caption, credit string) {
	if loc := reCaptionIn.FindStringIndex(s); loc != nil && !strings.HasPrefix(s, "图为") {
		s = s[loc[1]:]
	}
	if m := reCreditZH.FindStringSubmatchIndex(s); m != nil {
		return cleanLine(s[:m[0]]), cleanLine(s[m[2]:m[3]])
	}
	if m := reCreditZH2.FindStringSubmatchIndex(s); m != nil {
		return cleanLine(s[:m[0]]), cleanLine(s[m[2]:m[3]])
	}
	if m := reCreditZH3.FindStringSubmatchIndex(s); m != nil && m[0] > 0 {
		return cleanLine(s[:m[0]]), cleanLine(s[m[2]:m[3]])
	}
	if m := reCreditWire.FindStringSubmatchIndex(s); m != nil && m[0] > 0 {
		return cleanLine(s[:m[0]]), cleanLine(s[m[2]:m[3]])
	}
	if m := reCreditEN.FindStringSubmatchIndex(s); m != nil && m[0] > 0 {
		return cleanLine(s[:m[0]]), cleanLine(s[m[2]:m[3]])
	}
	return s, ""
}

// markedKind is the kind whose text-form marker starts the line ("金句：",
// "Pull quote: "), or nil.
func markedKind(s string) *article.KindInfo {
	for _, k := range article.Kinds() {
		for _, m := range k.Marker {
			if m != "" && len(s) > len(m) && strings.EqualFold(s[:len(m)], m) {
				return &k
			}
		}
	}
	return nil
}

func cutMarker(s string, k *article.KindInfo) string {
	for _, m := range k.Marker {
		if m != "" && len(s) >= len(m) && strings.EqualFold(s[:len(m)], m) {
			return s[len(m):]
		}
	}
	return s
}

var (
	reWireTag       = lazy(`^【(\p{Han}{1,6}(?:社|网|網|报|報|台))】`)
	reBylineNamesZH = lazy(`(?:记者|記者|通讯员|通訊員|实习生|實習生|特约撰稿人?)\s*((?:\p{Han}{2,4}(?:\s+|$))+)`)
	reBylineNamesEN = lazy(`^By\s+([^,]+)`)
)

// authorsFromByline reads the writers' names from a byline: those after
// 记者/通讯员/实习生 (not the place of 长沙报道), or after "By".
func authorsFromByline(b string) []string {
	if m := reBylineNamesEN.FindStringSubmatch(b); m != nil {
		return splitNames(strings.TrimSpace(m[1]))
	}
	var out []string
	for _, m := range reBylineNamesZH.FindAllStringSubmatch(tradLabels.Replace(b), -1) {
		for _, n := range strings.Fields(m[1]) {
			if !strings.HasSuffix(n, "报道") && !strings.HasSuffix(n, "电") && !strings.HasSuffix(n, "摄") {
				out = append(out, n)
			}
		}
	}
	return out
}

// altThenCaption reports an image's alt text followed by its caption: the
// same words with a credit after them ("…熊貓苑。" / "…熊貓苑。攝:Imagine China").
func altThenCaption(alt, next string) bool {
	if !strings.HasPrefix(next, alt) || next == alt {
		return false
	}
	_, credit := splitCaption(next)
	return credit != ""
}
