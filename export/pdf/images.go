package pdf

import (
	"banmian/article"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"runtime"
	"sort"
	"sync"

	"codeberg.org/go-pdf/fpdf"

	"banmian/layout"
	"banmian/media"
)

// passThroughPPI: an upright JPEG at most this sharp at its placed size is
// copied into the PDF byte for byte (the threshold print presets use).
const passThroughPPI = 450

// imageSet decides, per placed photo, whether its file passes through or is
// downsampled, makes the derivatives (in parallel, cached on disk), and
// registers them with fpdf.
type imageSet struct {
	f     *fpdf.Fpdf
	doc   *layout.Document
	opt   Options
	ppi   float64
	jobs  map[string]*imageJob
	order []string
	cache *media.DiskCache // print derivatives between exports
	srgb  int              // PDF/X-4: the sRGB profile RGB photos are tagged with
}

type imageJob struct {
	v      *layout.Image
	name   string
	data   []byte
	id     string // the photo's SHA-256 when data are its file as it is
	kind   string // "JPG" or "PNG"
	target [2]int // pixel size to downsample to; 0 = pass through
	err    error
}

func newImageSet(f *fpdf.Fpdf, doc *layout.Document, opt Options) *imageSet {
	ppi := 300.0
	if doc.Template != nil && doc.Template.ImagePPI > 0 {
		ppi = doc.Template.ImagePPI
	}
	cache := &media.DiskCache{Dir: media.CacheDir(opt.CacheDir, "print")}
	return &imageSet{f: f, doc: doc, opt: opt, ppi: ppi, jobs: map[string]*imageJob{}, cache: cache}
}

// prepare plans every photo and makes the derivatives that are needed.
func (s *imageSet) prepare() error {
	for _, pg := range s.doc.Pages {
		for _, it := range pg.Items {
			v, ok := it.(*layout.Image)
			if !ok || v.Asset == nil {
				continue
			}
			if v.Asset.Data == nil {
				return article.Errorf("%w: photo %q: the image is not in the article (a bare article.json holds no images)", ErrPDF, v.File)
			}
			if err := media.CheckIntegrity(v.Asset.Data); err != nil {
				return article.Errorf("%w: photo %q: %w", ErrPDF, v.File, media.Localize(err, article.Sprintf))
			}
			job := s.plan(v)
			if _, dup := s.jobs[job.name]; !dup {
				s.jobs[job.name] = job
				s.order = append(s.order, job.name)
			}
		}
	}
	// The photos to decode and resample run largest first, a few more at
	// once than there are cores: the scheduler shares the cores among them,
	// so that no core idles while the last photo finishes alone (bounded,
	// as each holds a decoded photo).
	var todo []*imageJob
	for _, name := range s.order {
		if job := s.jobs[name]; job.data == nil {
			todo = append(todo, job)
		}
	}
	sort.SliceStable(todo, func(i, j int) bool { return pixels(todo[i]) > pixels(todo[j]) })
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2*runtime.GOMAXPROCS(0)+1)
	for _, job := range todo {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			job.data, job.err = s.derive(job)
		}()
	}
	wg.Wait()
	for _, name := range s.order {
		job := s.jobs[name]
		if job.err != nil {
			return article.Errorf("%w: photo %q: %w", ErrPDF, job.v.File, job.err)
		}
		if err := s.register(name, job); err != nil {
			return article.Errorf("%w: photo %q: %w", ErrPDF, job.v.File, err)
		}
		if s.f.Err() {
			return article.Errorf("%w: photo %q: %v", ErrPDF, job.v.File, s.f.Error())
		}
	}
	return nil
}

// register hands a photo's data to fpdf: as it is; in PDF/X-1a converted
// to CMYK samples (a CMYK JPEG passes through); in PDF/X-4 an RGB photo
// tagged with sRGB.
func (s *imageSet) register(name string, job *imageJob) error {
	cmyk := job.kind == "JPG" && isCMYK(job.data)
	if s.opt.PDFX == PDFX1a && !cmyk {
		return s.registerCMYK(name, job.data)
	}
	// The photo's bytes go into the file from where they are, not copied
	// into the document in memory (third_party/fpdf patches 6 and 11), and
	// a photo as it is goes by its SHA-256, not checked over again (14).
	info := s.f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: job.kind}, fpdf.NewImageBytesID(job.data, job.id))
	if s.opt.PDFX == PDFX4 && info != nil && !cmyk && !isGray(job) {
		s.f.SetImageICC(name, s.srgb)
	}
	return nil
}

// isGray tells a one-channel photo (a grey JPEG or PNG): it has no RGB to
// tag with sRGB.
func isGray(job *imageJob) bool {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(job.data))
	return err == nil && (cfg.ColorModel == color.GrayModel || cfg.ColorModel == color.Gray16Model)
}

// plan decides how a placed photo goes into the PDF.
func (s *imageSet) plan(v *layout.Image) *imageJob {
	as := v.Asset
	job := &imageJob{v: v, kind: "JPG"}
	var cl, ct, cr, cb float64
	if v.Crop != nil {
		cl, ct, cr, cb = v.Crop.Left, v.Crop.Top, v.Crop.Right, v.Crop.Bottom
	}
	dw, _ := media.DisplaySize(as.Width, as.Height, as.Data, v.Rotate, cl, ct, cr, cb)
	ppi := dw / (float64(v.Rect.W) / 72)
	upright := media.Orientation(as.Data) == 1 && v.Rotate == 0 && v.Crop == nil
	isJPEG := as.MIME == "image/jpeg"
	cmyk := isJPEG && isCMYK(as.Data)
	switch {
	case isJPEG && (cmyk || upright && (s.opt.KeepImages || ppi <= passThroughPPI)):
		// Pass through: CMYK always (Go cannot write CMYK JPEGs).
		job.name, job.data, job.id = "img-"+as.ID[:16], as.Data, as.ID
		return job
	case ppi > s.ppi && !s.opt.KeepImages:
		scale := s.ppi / ppi
		w := int(math.Round(dw * scale))
		h := int(math.Round(float64(v.Rect.H) / float64(v.Rect.W) * float64(w)))
		job.target = [2]int{w, h}
	}
	if !isJPEG && as.MIME != "image/webp" {
		job.kind = "PNG"
	}
	job.name = fmt.Sprintf("img-%s-%dx%d-r%d-%.3f-%.3f-%.3f-%.3f", as.ID[:16], job.target[0], job.target[1], v.Rotate, cl, ct, cr, cb)
	return job
}

func isCMYK(data []byte) bool {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	return err == nil && cfg.ColorModel == color.CMYKModel
}

// derive makes (or reads from the cache) a photo's print derivative.
func (s *imageSet) derive(job *imageJob) ([]byte, error) {
	v := job.v
	format := media.JPEG
	if job.kind == "PNG" {
		format = media.PNG
	}
	// Decoded at ½ or ¼ in the DCT domain, a camera photo usually lands
	// between the template's resolution and the pass-through limit: it is
	// then embedded at that size rather than resampled again.
	out, err := media.Derive(v.Asset.ID, v.Asset.Data, editOf(v), []media.Size{{W: job.target[0], H: job.target[1], Slack: passThroughPPI / s.ppi}}, format, printQuality, s.cache)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// printQuality is the JPEG quality of resampled print photos.
const printQuality = 90

// editOf is the article's rotation and crop of a placed photo.
func editOf(v *layout.Image) media.Edit {
	e := media.Edit{Rotate: v.Rotate}
	if c := v.Crop; c != nil {
		e.Left, e.Top, e.Right, e.Bottom = c.Left, c.Top, c.Right, c.Bottom
	}
	return e
}

// place draws a registered photo into its rectangle.
func (s *imageSet) place(v *layout.Image, r layout.Rect, off layout.Pt) {
	if v.Asset == nil {
		return
	}
	job := s.plan(v)
	s.f.ImageOptions(job.name, float64(r.X+off), float64(r.Y+off), float64(r.W), float64(r.H), false, fpdf.ImageOptions{ImageType: job.kind}, 0, "")
}

// pixels is the size of a job's source photo, in pixels.
func pixels(j *imageJob) int { return j.v.Asset.Width * j.v.Asset.Height }
