package plaintext

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"banmian/article"
)

// finish attaches photos, infers the channel, numbers scenes and mends
// half-width punctuation in Chinese text.
func (im *importer) finish() {
	if id := im.pendingTitle; id != "" {
		im.warn(0, "the last keyword section has no title line")
	}
	if len(im.a.Channel) == 0 && len(im.backHome) > 0 {
		im.a.Channel = im.backHome
		im.res.ChannelFrom = im.backHomeLine
	}
	im.a.Renumber()
	im.attachPhotos()
	if im.zh {
		im.fullWidth()
	}
	if im.a.Headline == "" {
		im.warn(0, "no headline found")
	}
}

func (im *importer) fullWidth() {
	fix := func(s *string) {
		var n int
		*s, n = FullWidthPunct(*s)
		im.res.PunctFixed += n
	}
	for _, s := range []*string{&im.a.Kicker, &im.a.Headline, &im.a.Subtitle, &im.a.Byline, &im.a.Footer.Copyright} {
		fix(s)
	}
	for i := range im.a.Footer.Credits {
		fix(&im.a.Footer.Credits[i])
	}
	im.a.Walk(func(e article.Element) {
		switch {
		case e.Blk != nil:
			fix(&e.Blk.Text)
			fix(&e.Blk.Caption)
			fix(&e.Blk.Credit)
		case e.Scn != nil:
			fix(&e.Scn.Title)
		case e.Sec != nil:
			fix(&e.Sec.Title)
		}
	})
}

// attachPhotos finds every photo's file in the photo folder and stores it;
// a photo that cannot be attached stays in place, marked missing, with a
// warning that names the file and the reason.
func (im *importer) attachPhotos() {
	var names []string
	fsys, done := im.photoFS()
	defer done()
	if fsys != nil {
		if ents, err := fs.ReadDir(fsys, "."); err == nil {
			for _, e := range ents {
				// Links resolve only inside the folder (os.Root); FIFOs and
				// devices are named, then refused by attach.
				if !e.IsDir() {
					names = append(names, e.Name())
				}
			}
		}
		sort.Strings(names)
	}
	lineOf := map[string]int{}
	for _, f := range im.res.Lines {
		lineOf[f.Target] = f.Line
	}
	// The photos are read and hashed in parallel (megabytes each), then
	// attached in the article's order.
	type loaded struct {
		b   *article.Block
		as  article.Asset
		err error
	}
	var photos []*loaded
	for _, b := range im.a.Blocks() {
		if b.Kind == article.Photo {
			photos = append(photos, &loaded{b: b})
		}
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, p := range photos {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			p.as, p.err = im.read(fsys, p.b, names)
		})
	}
	wg.Wait()
	for _, p := range photos {
		if p.err != nil {
			p.b.Missing = true
			im.warn(lineOf[p.b.ID], "photo %q: %v", p.b.File, p.err)
			continue
		}
		p.b.Asset = im.a.AddAsset(p.as)
		p.b.Missing = false
	}
}

var errNoFolder = article.NewError("no photo folder given")

// photoFS is where photos are looked up: Options.Photos, else PhotoDir
// opened as an [os.Root], so that no name and no symbolic link reads a file
// outside the folder. done closes it.
func (im *importer) photoFS() (fsys fs.FS, done func()) {
	if im.opt.Photos != nil {
		return im.opt.Photos, func() {}
	}
	if im.opt.PhotoDir != "" {
		root, err := os.OpenRoot(im.opt.PhotoDir)
		if err != nil {
			im.warn(0, "photo folder %s: %v", filepath.Base(im.opt.PhotoDir), err)
			return nil, func() {}
		}
		return root.FS(), func() { root.Close() }
	}
	return nil, func() {}
}

// read reads the photo a photo block names from the folder.
func (im *importer) read(fsys fs.FS, b *article.Block, names []string) (article.Asset, error) {
	if fsys == nil {
		return article.Asset{}, errNoFolder
	}
	name := matchFile(b.File, names)
	if name == "" {
		where := "the photo folder"
		if im.opt.PhotoDir != "" {
			where = filepath.Base(im.opt.PhotoDir)
		}
		return article.Asset{}, article.Errorf("not found in %s", where)
	}
	st, err := fs.Stat(fsys, name)
	if err != nil {
		if strings.Contains(err.Error(), "escapes") {
			return article.Asset{}, article.Errorf("%s links to a file outside the photo folder: not read", name)
		}
		return article.Asset{}, err
	}
	if !st.Mode().IsRegular() {
		return article.Asset{}, article.Errorf("%s is not a plain file", name)
	}
	if st.Size() > article.MaxAssetBytes {
		return article.Asset{}, article.Errorf("%s is larger than %d MiB", name, article.MaxAssetBytes>>20)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return article.Asset{}, err
	}
	as, err := article.NewAsset(name, data)
	if err != nil {
		return article.Asset{}, article.Errorf("%s: %w", name, err)
	}
	return as, nil
}

// matchFile finds the file a photo line names: exactly, then ignoring case,
// then reading each run of "?" (characters mangled on the way) as a wildcard.
func matchFile(want string, names []string) string {
	for _, n := range names {
		if n == want {
			return n
		}
	}
	for _, n := range names {
		if strings.EqualFold(n, want) {
			return n
		}
	}
	if !strings.Contains(want, "?") {
		return ""
	}
	var pat strings.Builder
	pat.WriteString("(?i)^")
	for i, part := range reQuestionRun.Split(want, -1) {
		if i > 0 {
			pat.WriteString(".+")
		}
		pat.WriteString(regexp.QuoteMeta(part))
	}
	pat.WriteString("$")
	re := regexp.MustCompile(pat.String())
	found := ""
	for _, n := range names {
		if re.MatchString(n) {
			if found != "" {
				return "" // ambiguous
			}
			found = n
		}
	}
	return found
}

// Relink attaches the article's missing photos whose files are in dir,
// matched by name as the importer matches them (exactly, ignoring case, or
// with "?" for mangled characters), read only from inside dir. It returns
// the file names relinked; the article is changed only for those.
func Relink(a *article.Article, dir string) ([]string, error) {
	im := &importer{res: &Result{}, a: a, opt: Options{PhotoDir: dir}}
	fsys, done := im.photoFS()
	defer done()
	if fsys == nil {
		return nil, article.Errorf("photo folder %s: %v", filepath.Base(dir), errNoFolder)
	}
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, article.Errorf("photo folder %s: %w", filepath.Base(dir), err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var relinked []string
	for _, b := range a.Blocks() {
		if b.Kind != article.Photo || !b.Missing {
			continue
		}
		if as, err := im.read(fsys, b, names); err == nil {
			b.Asset = a.AddAsset(as)
			b.Missing = false
			relinked = append(relinked, b.File)
		}
	}
	return relinked, nil
}

// MissingPhotos counts the article's photos without an image.
func MissingPhotos(a *article.Article) int {
	n := 0
	for _, b := range a.Blocks() {
		if b.Kind == article.Photo && b.Missing {
			n++
		}
	}
	return n
}

var reQuestionRun = lazy(`\?+`)
