package layout

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"banmian/article"
	"banmian/article/plaintext"
	"banmian/internal/testimg"
)

// The composition audit: what the page-composition tool of the shared
// tools measures on a PDF (holes, photos out of their scene, stacks,
// stranded headings, the last page), measured on the Document over a
// corpus of feature articles (testdata/corpus: Chinese and English, short
// and long, landscape and portrait photos, photos standing together) and
// the reference.

// corpusArticles imports the corpus (photos generated at the sizes of
// testdata/corpus/photos.tsv) and the reference (with its five photos);
// once per test binary.
var corpusArticles = sync.OnceValues(func() (map[string]*article.Article, error) {
	dir, err := os.MkdirTemp("", "banmian-corpus-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	f, err := os.Open("../testdata/corpus/photos.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for seed := 0; sc.Scan(); seed++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 3 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		w, _ := strconv.Atoi(fs[1])
		h, _ := strconv.Atoi(fs[2])
		if err := os.WriteFile(filepath.Join(dir, fs[0]), testimg.JPEG(w/4, h/4, seed), 0o644); err != nil {
			return nil, err
		}
	}
	if err := testimg.WriteReferencePhotos(dir, 600, 400); err != nil {
		return nil, err
	}
	out := map[string]*article.Article{}
	paths, _ := filepath.Glob("../testdata/corpus/*.txt")
	paths = append(paths, "../testdata/articles/reference-zh.txt")
	for _, p := range paths {
		res, err := plaintext.ImportFile(p, dir)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(p), ".txt")] = res.Article
	}
	return out, nil
})

// audit is what the composition audit found on one document.
type audit struct {
	outOfScene []string
	stacks     []string
	stranded   []string
	widows     []string // a paragraph's last line alone at the top of a column
	holes      []string
	holeLines  float64
	lastFill   float64 // share of the last page's type area used (0–1)
	balance    float64 // last page: highest minus lowest column end, in body lines
	pages      int
}

// auditItem is one item in reading order.
type auditItem struct {
	id         string
	page, band int
	col        int // -1 across the columns
	y0, y1     Pt
	text       bool
	image      bool
}

func (a auditItem) before(b auditItem) bool {
	if a.page != b.page {
		return a.page < b.page
	}
	if a.band != b.band {
		return a.band < b.band
	}
	ac, bc := a.col, b.col
	if ac < 0 {
		ac = 1 << 20
	}
	if bc < 0 {
		bc = 1 << 20
	}
	if ac != bc {
		return ac < bc
	}
	return a.y0 < b.y0
}

// scopes maps every element ID of the article to its scope (lead, a
// section's body, a scene, the footer) and lists the scopes in order.
func scopes(a *article.Article) (owner map[string]string, order []string) {
	owner = map[string]string{}
	order = []string{"lead"}
	for _, b := range a.Lead {
		owner[b.ID] = "lead"
	}
	for _, id := range []string{article.IDByline} {
		owner[id] = "lead"
	}
	for _, s := range a.Sections {
		order = append(order, s.ID)
		owner[s.ID] = s.ID
		for _, b := range s.Body {
			owner[b.ID] = s.ID
		}
		for _, c := range s.Scenes {
			order = append(order, c.ID)
			owner[c.ID] = c.ID
			for _, b := range c.Body {
				owner[b.ID] = c.ID
			}
		}
	}
	order = append(order, "footer")
	for _, id := range []string{article.IDFooter, article.IDCopyright, article.IDLink} {
		owner[id] = "footer"
	}
	return owner, order
}

func runAudit(a *article.Article, t *Template, d *Document) audit {
	area, colW, gut := t.TypeArea(), t.ColumnWidth(), MM(t.Page.GutterMM)
	cols := t.Page.Columns
	lead := Pt(t.Styles[StyleBody].Leading)
	photoIDs := map[string]bool{}
	headingIDs := map[string]bool{}
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo {
			photoIDs[b.ID] = true
		}
	}
	for _, s := range a.Sections {
		headingIDs[s.ID] = true
		for _, c := range s.Scenes {
			headingIDs[c.ID] = true
		}
	}
	colOf := func(x0, x1 Pt) int {
		if cols > 1 && x1-x0 > colW*1.2 {
			return -1
		}
		return min(max(int((x0-area.X+gut/2)/(colW+gut)), 0), cols-1)
	}
	var res audit
	res.pages = len(d.Pages)
	named := map[string]bool{} // widows the engine names in preflight
	for _, w := range d.Warnings {
		if strings.Contains(w.Message, "alone atop a column") {
			named[w.ID] = true
		}
	}
	for _, w := range widows(d, colOf) {
		if id, _, _ := strings.Cut(w, " "); !named[id] {
			res.widows = append(res.widows, w)
		}
	}
	var items []auditItem
	for pi, pg := range d.Pages {
		var page []auditItem
		for _, it := range pg.Items {
			var ai auditItem
			switch v := it.(type) {
			case *TextRun:
				if v.ID == "folio" || v.ID == "jump" {
					continue
				}
				top := v.Y - v.Size*0.88
				ai = auditItem{id: v.ID, y0: top, y1: top + v.Size, col: colOf(v.X, v.X+v.Width()), text: true}
			case *Image:
				ai = auditItem{id: v.ID, y0: v.Rect.Y, y1: v.Rect.Y + v.Rect.H, col: colOf(v.Rect.X, v.Rect.X+v.Rect.W), image: true}
			default:
				continue
			}
			ai.page = pi
			page = append(page, ai)
		}
		var spans []auditItem
		for _, it := range page {
			if it.col < 0 && cols > 1 {
				spans = append(spans, it)
			}
		}
		for i := range page {
			for _, s := range spans {
				if s.y1 <= page[i].y0+0.5 && !(s.y0 == page[i].y0 && s.id == page[i].id) {
					page[i].band++
				}
			}
		}
		items = append(items, page...)
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].before(items[j]) })

	// Photos in their scene: the photo's first caption line (else the
	// image) after its scope's first line and before the next scope's.
	owner, order := scopes(a)
	first := map[string]auditItem{}
	for _, it := range items {
		s, ok := owner[it.id]
		if !ok || !it.text || photoIDs[it.id] {
			continue
		}
		if _, seen := first[s]; !seen {
			first[s] = it
		}
	}
	for _, it := range items {
		if !it.image || !photoIDs[it.id] {
			continue
		}
		pos := it
		for _, c := range items {
			if c.id == it.id && c.text && c.page == it.page && c.y0 >= it.y1-0.5 {
				pos = c
				break
			}
		}
		s := owner[it.id]
		i := sort.SearchStrings(nil, "")
		for i = range order {
			if order[i] == s {
				break
			}
		}
		if f, ok := first[s]; ok && s != "lead" && pos.before(f) {
			res.outOfScene = append(res.outOfScene, fmt.Sprintf("%s p%d before its scene", it.id, it.page+1))
		}
		for _, next := range order[i+1:] {
			if f, ok := first[next]; ok {
				if f.before(pos) {
					res.outOfScene = append(res.outOfScene, fmt.Sprintf("%s p%d after the start of %s", it.id, it.page+1, next))
				}
				break
			}
		}
	}

	// Stacks: two photos one above the other in a column with fewer than
	// three lines of text between them.
	for pi := range d.Pages {
		for c := 0; c < cols; c++ {
			var ims []auditItem
			var texts []auditItem
			for _, it := range items {
				if it.page != pi || it.col != c {
					continue
				}
				if it.image {
					ims = append(ims, it)
				} else if it.text && !photoIDs[it.id] {
					texts = append(texts, it)
				}
			}
			sort.Slice(ims, func(i, j int) bool { return ims[i].y0 < ims[j].y0 })
			for k := 1; k < len(ims); k++ {
				A, B := ims[k-1], ims[k]
				if B.y0 < A.y1-1 {
					continue // side by side in a row
				}
				n := 0
				for _, tx := range texts {
					if tx.y0 >= A.y1 && tx.y1 <= B.y0+0.5 {
						n++
					}
				}
				if n < minLinesBetween {
					res.stacks = append(res.stacks, fmt.Sprintf("p%d c%d %s/%s (%d lines between)", pi+1, c+1, A.id, B.id, n))
				}
			}
		}
	}

	// Stranded headings: a section's or scene's last heading line with no
	// body line after it in its column.
	for i, it := range items {
		if !it.text || !headingIDs[it.id] || i+1 < len(items) && items[i+1].id == it.id {
			continue
		}
		ok := false
		for _, nx := range items[i+1:] {
			if nx.page != it.page || nx.band != it.band || nx.col != it.col {
				break
			}
			if nx.text && !headingIDs[nx.id] && !photoIDs[nx.id] || nx.image {
				ok = true
				break
			}
		}
		if !ok {
			res.stranded = append(res.stranded, fmt.Sprintf("%s p%d c%d", it.id, it.page+1, it.col+1))
		}
	}

	// Column ends: holes on every page but the last (whose columns are
	// balanced by design), the last page's fill and balance.
	bottoms := make([][]Pt, len(d.Pages))
	colTops := make([]Pt, len(d.Pages))
	for pi := range d.Pages {
		bottoms[pi] = make([]Pt, cols)
		colTops[pi] = area.Y
	}
	for _, it := range items {
		if it.col < 0 {
			if it.band == 0 {
				colTops[it.page] = max(colTops[it.page], it.y1)
			}
			continue
		}
		bottoms[it.page][it.col] = max(bottoms[it.page][it.col], it.y1)
	}
	lastCol := -1 // the last column holding content, in reading order
	for pi := range d.Pages {
		for c := 0; c < cols; c++ {
			if bottoms[pi][c] > 0 {
				lastCol = pi*cols + c
			}
		}
	}
	for pi := 0; pi < len(d.Pages)-1; pi++ {
		for c := 0; c < cols && pi*cols+c < lastCol; c++ {
			b := max(bottoms[pi][c], colTops[pi])
			if gap := area.Y + area.H - b; gap > 2*lead+0.5 {
				res.holes = append(res.holes, fmt.Sprintf("p%d c%d %.1f lines", pi+1, c+1, float64(gap/lead)))
				res.holeLines += float64(gap / lead)
			}
		}
	}
	last := len(d.Pages) - 1
	lo, hi := area.Y+area.H, Pt(0)
	sum := 0.0
	for c := 0; c < cols; c++ {
		b := max(bottoms[last][c], colTops[last])
		sum += float64((b - area.Y) / area.H)
		lo, hi = min(lo, b), max(hi, b)
	}
	res.lastFill = sum / float64(cols)
	res.balance = float64((hi - lo) / lead)
	return res
}

// TestCompositionInvariants: over the corpus × every bundled template, no
// photo prints outside its scene, no two photos stack, no heading is
// stranded, no last page is sparse, a full last page's columns end
// together (within 2.5 body lines; on a page far from full a photo or a
// heading kept with its text may hold one column longer: the figure is
// logged), and there are at most two holes in all; the reference fits the
// A3 page as one.
func TestCompositionInvariants(t *testing.T) {
	arts, err := corpusArticles()
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(arts))
	for n := range arts {
		names = append(names, n)
	}
	sort.Strings(names)
	holes := 0
	var holeList []string
	for _, name := range names {
		for _, tn := range templateNames(t) {
			tp, _ := LoadTemplate(tn)
			d, err := Layout(arts[name], tp)
			if err != nil {
				t.Fatal(err)
			}
			r := runAudit(arts[name], tp, d)
			what := name + " × " + tn
			t.Logf("%s: %d pages, holes %v, last page %.0f%%, balance %.1f lines", what, r.pages, r.holes, r.lastFill*100, r.balance)
			for _, s := range r.outOfScene {
				t.Errorf("%s: photo out of its scene: %s", what, s)
			}
			for _, s := range r.stacks {
				t.Errorf("%s: photos stacked: %s", what, s)
			}
			for _, s := range r.stranded {
				t.Errorf("%s: heading stranded: %s", what, s)
			}
			for _, s := range r.widows {
				t.Errorf("%s: widow: %s", what, s)
			}
			if r.pages > 1 && r.lastFill < 0.25 {
				t.Errorf("%s: last page %.0f%% full (sparse)", what, r.lastFill*100)
			}
			if tp.Page.Columns > 1 && r.lastFill >= 0.9 && r.balance > 2.5 {
				t.Errorf("%s: last page's columns end %.1f lines apart", what, r.balance)
			}
			holes += len(r.holes)
			for _, h := range r.holes {
				holeList = append(holeList, what+" "+h)
			}
			if name == "reference-zh" && tn == "newspaper-a3" && r.pages != 1 {
				t.Errorf("the reference takes %d A3 pages", r.pages)
			}
		}
	}
	if holes > 2 {
		t.Errorf("%d holes in all (at most 2): %s", holes, strings.Join(holeList, "; "))
	}
}

func templateNames(t *testing.T) []string {
	t.Helper()
	return []string{"report-a4", "magazine-a4", "newspaper-a3"}
}

// widows lists the paragraphs whose last line stands alone at the top of
// a column, the lines before it in another column or page.
func widows(d *Document, colOf func(x0, x1 Pt) int) []string {
	type at struct{ page, col int }
	lines := map[string][]at{}
	var order []string
	for pi, pg := range d.Pages {
		for _, it := range pg.Items {
			r, ok := it.(*TextRun)
			if !ok || r.ID == "" || r.ID == "folio" || r.ID == "jump" {
				continue
			}
			if _, seen := lines[r.ID]; !seen {
				order = append(order, r.ID)
			}
			lines[r.ID] = append(lines[r.ID], at{pi, colOf(r.X, r.X+r.Width())})
		}
	}
	var out []string
	for _, id := range order {
		ls := lines[id]
		n := len(ls)
		if n >= 2 && ls[n-1] != ls[n-2] {
			out = append(out, fmt.Sprintf("%s (p%d c%d)", id, ls[n-1].page+1, ls[n-1].col+1))
		}
	}
	return out
}
