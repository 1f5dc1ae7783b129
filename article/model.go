package article

import "time"

// Schema is the value of the "schema" field of article.json written by this
// version of Banmian.
const Schema = "banmian/article@1"

// Article is one feature article. The zero value is an empty article; use
// [New] for one with a language and the defaults filled in.
type Article struct {
	// Lang is the article's language as a BCP 47 tag ("zh-CN", "en").
	Lang string `json:"lang"`
	// Channel is the breadcrumb path, outermost first (["红网", "湖南频道"]).
	Channel []string `json:"channel,omitempty"`
	// Kicker is the short line above the headline (引题).
	Kicker string `json:"kicker,omitempty"`
	// Headline is the main title (主题).
	Headline string `json:"headline"`
	// Subtitle is the line under the headline (副题).
	Subtitle string `json:"subtitle,omitempty"`
	// Source is the publishing outlet of the meta line (来源).
	Source string `json:"source,omitempty"`
	// Authors are the writers of the meta line (作者), in order.
	Authors []string `json:"authors,omitempty"`
	// Editor is the responsible editor of the meta line (编辑).
	Editor string `json:"editor,omitempty"`
	// Published is the publication date-time with its zone; nil when unknown.
	Published *time.Time `json:"published,omitempty"`
	// Byline is the dateline line ("红网时刻记者 何青 … 长沙报道", "By Jane Doe").
	Byline string `json:"byline,omitempty"`
	// Lead holds the blocks before the first section.
	Lead []Block `json:"lead,omitempty"`
	// Sections are the keyword sections, in order.
	Sections []Section `json:"sections,omitempty"`
	// Footer holds the credits, copyright statement and link printed at the end.
	Footer Footer `json:"footer"`
	// Layout is the template and page setup the article is laid out with;
	// nil uses the default template.
	Layout *Layout `json:"layout,omitempty"`
	// Assets are the images the photo blocks refer to, by content hash.
	Assets []Asset `json:"assets,omitempty"`
}

// BlockKind names what a [Block] is.
type BlockKind string

// The kinds of block.
const (
	// Paragraph is a paragraph of body text.
	Paragraph BlockKind = "paragraph"
	// Photo is an image with its caption, credit and alt text.
	Photo BlockKind = "photo"
	// Quote is a block quotation.
	Quote BlockKind = "quote"
	// Subhead is a heading inside a body (一、…, 【…】).
	Subhead BlockKind = "subhead"
	// PullQuote is a short phrase from the body set large between rules
	// (引语/金句), as features use it to break a long page.
	PullQuote BlockKind = "pull_quote"
	// EditorsNote is the editor's note that opens a feature (编者按).
	EditorsNote BlockKind = "editors_note"
)

// Block is one element of a body: a paragraph, photo, quote or subhead.
// Fields that do not apply to its kind are empty.
type Block struct {
	// ID is stable for the life of the article and unique in it.
	ID string `json:"id"`
	// Kind says what the block is.
	Kind BlockKind `json:"kind"`
	// Text is the text of a paragraph, quote or subhead.
	Text string `json:"text,omitempty"`
	// Asset is the ID (SHA-256, hex) of a photo's image in [Article.Assets];
	// empty when the photo is missing.
	Asset string `json:"asset,omitempty"`
	// File is the photo's file name as the copy named it.
	File string `json:"file,omitempty"`
	// Caption is a photo's caption.
	Caption string `json:"caption,omitempty"`
	// Credit is a photo's credit ("记者 何青 摄").
	Credit string `json:"credit,omitempty"`
	// Alt is a photo's text alternative for the web; the caption serves when empty.
	Alt string `json:"alt,omitempty"`
	// Missing is set when the photo's image file was not found or not readable.
	Missing bool `json:"missing,omitempty"`
	// Rotate turns a photo clockwise, in degrees: 0, 90, 180 or 270.
	Rotate int `json:"rotate,omitempty"`
	// Crop trims a photo after rotation; nil keeps it whole.
	Crop *Crop `json:"crop,omitempty"`
	// BreakBefore starts the block in a new column or on a new page
	// (BreakColumn, BreakPage); empty flows on.
	BreakBefore string `json:"break_before,omitempty"`
	// KeepTogether keeps a paragraph in one column (it moves whole to the
	// next one rather than split).
	KeepTogether bool `json:"keep_together,omitempty"`
	// Layout is a photo's placement (span, place, size, row); nil leaves
	// it to the template.
	Layout *PhotoLayout `json:"layout,omitempty"`
	// LegacySize is the "size" photos had before Layout: read, moved into
	// Layout.Size on load, never written.
	LegacySize float64 `json:"size,omitempty"`
}

// Breaks an element may start with.
const (
	BreakColumn = "column"
	BreakPage   = "page"
)

// Crop trims each side of an image by a fraction of its width or height (0 to <1).
type Crop struct {
	Left   float64 `json:"left"`
	Top    float64 `json:"top"`
	Right  float64 `json:"right"`
	Bottom float64 `json:"bottom"`
}

// Section is a keyword section (关键词:学习): a banner, a title, an
// introduction and numbered scenes.
type Section struct {
	// ID is stable and unique in the article.
	ID string `json:"id"`
	// Keywords are the banner's words ("关键词:检视 整改" gives ["检视", "整改"]).
	Keywords []string `json:"keywords,omitempty"`
	// Title is the section's title line.
	Title string `json:"title,omitempty"`
	// BreakBefore starts the section in a new column or on a new page.
	BreakBefore string `json:"break_before,omitempty"`
	// Body holds the blocks before the first scene.
	Body []Block `json:"body,omitempty"`
	// Scenes are the numbered scenes, in order.
	Scenes []Scene `json:"scenes,omitempty"`
}

// Scene is a numbered scene of a section (场景一).
type Scene struct {
	// ID is stable and unique in the article.
	ID string `json:"id"`
	// Label is the scene's number as printed ("场景一", "Scene 1"); see [Article.Renumber].
	Label string `json:"label"`
	// Title is an optional title after the label.
	Title string `json:"title,omitempty"`
	// BreakBefore starts the scene in a new column or on a new page.
	BreakBefore string `json:"break_before,omitempty"`
	// Body holds the scene's blocks.
	Body []Block `json:"body,omitempty"`
}

// Footer is what prints after the body.
type Footer struct {
	// Credits are the credit lines as they print ("来源:红网").
	Credits []string `json:"credits,omitempty"`
	// Copyright is the copyright statement.
	Copyright string `json:"copyright,omitempty"`
	// Link is the article's URL.
	Link string `json:"link,omitempty"`
}

// Asset is an image stored in the article.
type Asset struct {
	// ID is the SHA-256 of Data, lower-case hex.
	ID string `json:"id"`
	// Name is the original file name.
	Name string `json:"name"`
	// Width and Height are the stored image's size in pixels (before EXIF orientation).
	Width  int `json:"width"`
	Height int `json:"height"`
	// MIME is the image's media type ("image/jpeg").
	MIME string `json:"mime"`
	// Data is the image file's bytes; kept in assets/ID in the file, not in
	// JSON. They are never changed in place: a new image is a new asset.
	Data []byte `json:"-"`
	// hashed is the Data whose SHA-256 was computed or checked (the same
	// bytes, not a copy), and hashedID that SHA-256, so that validating
	// does not hash megabytes again.
	hashed   []byte
	hashedID string
}

// hashChecked reports whether ID is the SHA-256 computed or checked from
// these very bytes of Data.
func (as *Asset) hashChecked() bool {
	return len(as.Data) > 0 && len(as.hashed) == len(as.Data) && &as.hashed[0] == &as.Data[0] && as.ID == as.hashedID
}

// New returns an empty article in the given language ("zh-CN" when empty).
func New(lang string) *Article {
	if lang == "" {
		lang = "zh-CN"
	}
	return &Article{Lang: lang}
}

// IsChinese reports whether the article's language is Chinese.
func (a *Article) IsChinese() bool {
	return a.Lang == "" || a.Lang == "zh" || len(a.Lang) > 2 && a.Lang[:3] == "zh-"
}

// Asset returns the asset with the given ID, or nil.
func (a *Article) Asset(id string) *Asset {
	for i := range a.Assets {
		if a.Assets[i].ID == id {
			return &a.Assets[i]
		}
	}
	return nil
}
