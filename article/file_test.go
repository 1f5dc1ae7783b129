package article

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"banmian/internal/testimg"
)

// sample returns a small article with one photo.
func sample(t testing.TB) *Article {
	t.Helper()
	a := New("zh-CN")
	a.Headline = "标题"
	pub := time.Date(2019, 8, 7, 19, 39, 37, 0, time.FixedZone("", 8*3600))
	a.Published = &pub
	as, err := NewAsset("图.jpg", testimg.JPEG(40, 30, 1))
	if err != nil {
		t.Fatal(err)
	}
	a.Lead = []Block{{ID: "p1", Kind: Paragraph, Text: "第一段。"}, {ID: "p2", Kind: Photo, Asset: a.AddAsset(as), File: "图.jpg", Caption: "图注"}}
	a.Sections = []Section{{ID: "s1", Keywords: []string{"学习"}, Title: "小标题", Scenes: []Scene{{ID: "c1", Body: []Block{{ID: "p3", Kind: Paragraph, Text: "场景正文。"}}}}}}
	a.Renumber()
	return a
}

func TestSaveLoadRoundTrip(t *testing.T) {
	a := sample(t)
	path := filepath.Join(t.TempDir(), "a.banmian")
	if err := Save(path, a); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := MarshalJSON(a)
	jb, _ := MarshalJSON(b)
	if !bytes.Equal(ja, jb) || !bytes.Equal(a.Assets[0].Data, b.Assets[0].Data) {
		t.Errorf("round trip differs:\n%s\n%s", ja, jb)
	}
	if !strings.HasPrefix(string(ja), "{\n  \"schema\": \"banmian/article@1\"") {
		t.Errorf("schema is not the first field: %.60s", ja)
	}
	if b.Published.Format(time.RFC3339) != "2019-08-07T19:39:37+08:00" {
		t.Errorf("published = %v", b.Published)
	}
	// Saving again keeps the previous version as FILE~.
	b.Headline = "新标题"
	if err := Save(path, b); err != nil {
		t.Fatal(err)
	}
	old, err := Load(path + "~")
	if err != nil || old.Headline != "标题" {
		t.Errorf("backup: %v %v", old, err)
	}
	// Same article, same bytes.
	m1, _ := Marshal(a)
	m2, _ := Marshal(a)
	if !bytes.Equal(m1, m2) {
		t.Error("Marshal is not deterministic")
	}
}

// TestFailedSaveKeepsOldFile: a save that fails leaves the old file and no
// temporary file behind.
func TestFailedSaveKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.banmian")
	if err := Save(path, sample(t)); err != nil {
		t.Fatal(err)
	}
	before := hashFile(t, path)
	bad := sample(t)
	bad.Assets[0].Data = nil // cannot be written
	err := Save(path, bad)
	var fe *FileError
	if !errors.As(err, &fe) || fe.File != path {
		t.Fatalf("err = %v, want a FileError naming the file", err)
	}
	if hashFile(t, path) != before {
		t.Error("the old file changed")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("left behind: %v", ents)
	}
}

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

type entry struct {
	name string
	data []byte
}

func zipOf(entries ...entry) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, _ := zw.Create(e.name)
		w.Write(e.data)
	}
	zw.Close()
	return buf.Bytes()
}

// TestBadFiles: every kind of bad file gives a FileError naming the file and
// the problem, and leaves the file on disk unchanged.
func TestBadFiles(t *testing.T) {
	a := sample(t)
	good, _ := Marshal(a)
	js, _ := MarshalJSON(a)
	img := a.Assets[0].Data
	imgEntry := "assets/" + a.Assets[0].ID
	bomb := testimg.BombPNG(20000, 20000)
	bombArticle := sample(t)
	bombArticle.Assets[0] = Asset{ID: HashHex(bomb), Name: "bomb.png", Width: 1, Height: 1, MIME: "image/png", Data: bomb}
	bombArticle.Lead[1].Asset = bombArticle.Assets[0].ID
	bombJSON, _ := MarshalJSON(bombArticle)
	dup := sample(t)
	dup.Sections[0].Scenes[0].Body[0].ID = "p1"
	dupJSON, _ := MarshalJSON(dup)
	tests := []struct {
		name string
		data []byte
		want error
		msg  string
	}{
		{"not a zip", []byte("hello, this is text"), ErrNotBanmian, "not a Banmian file"},
		{"truncated", good[:len(good)/2], ErrNotBanmian, "truncated"},
		{"malformed json", zipOf(entry{"article.json", []byte("{\n\"schema\": \"banmian/article@1\",\n\"lang\": }")}), ErrBadJSON, "line 3"},
		{"newer schema", zipOf(entry{"article.json", []byte(`{"schema": "banmian/article@2", "lang": "zh-CN"}`)}), ErrNewerSchema, "made by a newer Banmian"},
		{"unknown schema", zipOf(entry{"article.json", []byte(`{"schema": "other/thing", "lang": "zh-CN"}`)}), ErrBadSchema, "other/thing"},
		{"no schema", zipOf(entry{"article.json", []byte(`{"lang": "zh-CN"}`)}), ErrBadSchema, "no \"schema\""},
		{"missing asset", zipOf(entry{"article.json", js}), ErrMissingAsset, "图.jpg"},
		{"hash mismatch", zipOf(entry{"article.json", js}, entry{imgEntry, append([]byte{}, img[:len(img)-1]...)}), ErrHashMismatch, "damaged"},
		{"zip slip dotdot", zipOf(entry{"article.json", js}, entry{"../evil", []byte("x")}), ErrUnsafePath, "../evil"},
		{"zip slip absolute", zipOf(entry{"article.json", js}, entry{"/etc/passwd", []byte("x")}), ErrUnsafePath, "/etc/passwd"},
		{"zip bomb", zipOf(entry{"article.json", bytes.Repeat([]byte(" "), MaxJSONBytes+1)}), ErrTooLarge, "64 MiB"},
		{"duplicate ids", zipOf(entry{"article.json", dupJSON}, entry{imgEntry, img}), ErrInvalid, "duplicate id \"p1\""},
		{"pixel bomb", zipOf(entry{"article.json", bombJSON}, entry{"assets/" + HashHex(bomb), bomb}), ErrTooManyPixels, "100 megapixels"},
		{"no article.json", zipOf(entry{"other.txt", []byte("x")}), nil, "article.json: entry is missing"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".banmian")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			before := hashFile(t, path)
			_, err := Load(path)
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v (%T), want *FileError", err, err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("message %q should name %s and say %q", err, path, tt.msg)
			}
			if hashFile(t, path) != before {
				t.Error("the file changed on disk")
			}
		})
	}
}

func TestImageHeader(t *testing.T) {
	if _, _, _, err := ImageHeader(testimg.BombPNG(10001, 10000)); !errors.Is(err, ErrTooManyPixels) {
		t.Errorf("bomb: %v", err)
	}
	if w, h, m, err := ImageHeader(testimg.JPEG(64, 48, 2)); err != nil || w != 64 || h != 48 || m != "image/jpeg" {
		t.Errorf("jpeg: %d %d %s %v", w, h, m, err)
	}
	if _, _, _, err := ImageHeader([]byte("GIF89a")); !errors.Is(err, ErrNotImage) {
		t.Errorf("truncated gif: %v", err)
	}
	// A VP8L (lossless WebP) header declaring 100×50.
	v := uint32(99) | uint32(49)<<14
	webp := append([]byte("RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f"), byte(v), byte(v>>8), byte(v>>16), byte(v>>24), 0, 0, 0, 0, 0)
	if w, h, m, err := ImageHeader(webp); err != nil || w != 100 || h != 50 || m != "image/webp" {
		t.Errorf("webp: %d %d %s %v", w, h, m, err)
	}
}

func FuzzRead(f *testing.F) {
	a := sample(f)
	good, _ := Marshal(a)
	f.Add(good)
	f.Add(good[:len(good)/3])
	js, _ := MarshalJSON(a)
	f.Add(zipOf(entry{"article.json", js}))
	f.Add([]byte("PK\x03\x04"))
	// The trust classes: an image listed many times, an unsafe id, a field
	// over its cap, a scene without label.
	img := a.Assets[0]
	bad := *a
	bad.Assets = []Asset{img, img, img, img}
	bjs, _ := json.Marshal(document{Schema: Schema, Article: &bad})
	f.Add(zipOf(entry{"article.json", bjs}, entry{"assets/" + img.ID, img.Data}))
	for _, change := range []func(b *Article){
		func(b *Article) { b.Lead[0].ID = "../../x" },
		func(b *Article) { b.Headline = strings.Repeat("标", MaxLineChars+1) },
		func(b *Article) { b.Sections[0].Scenes[0].Label = "" },
		func(b *Article) { b.Footer.Link = "javascript:alert(1)" },
	} {
		b := sample(f)
		change(b)
		js, _ := json.Marshal(document{Schema: Schema, Article: b})
		f.Add(zipOf(entry{"article.json", js}, entry{"assets/" + img.ID, img.Data}))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Read("fuzz.banmian", data)
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) || fe.File != "fuzz.banmian" {
				t.Fatalf("error %v is not a FileError naming the file", err)
			}
			return
		}
		if p := a.Validate(); p != nil {
			t.Fatalf("Read returned an invalid article: %v", p)
		}
		if _, err := Marshal(a); err != nil {
			t.Fatalf("cannot write back what was read: %v", err)
		}
	})
}

// TestAssetHashCheckedOnce: validating trusts the hash of the very bytes it
// was computed from, and checks any other bytes put in their place.
func TestAssetHashCheckedOnce(t *testing.T) {
	a := sample(t)
	mismatch := func() bool {
		for _, p := range a.Validate() {
			if strings.Contains(p.Message, "does not match its hash") {
				return true
			}
		}
		return false
	}
	if mismatch() {
		t.Fatal("a fresh asset does not match its hash")
	}
	orig := a.Assets[0].Data
	a.Assets[0].Data = testimg.JPEG(40, 30, 2) // other bytes, same size
	if !mismatch() {
		t.Error("other bytes under the old ID pass")
	}
	a.Assets[0].Data = append([]byte(nil), orig...) // the same bytes, copied
	if mismatch() {
		t.Error("a copy of the same bytes does not match")
	}
	a.Assets[0].Data = orig
	id := a.Assets[0].ID
	a.Assets[0].ID = strings.Repeat("0", 64) // the bytes hashed, under another ID
	if !mismatch() {
		t.Error("the hashed bytes under another ID pass")
	}
	a.Assets[0].ID = id
}
