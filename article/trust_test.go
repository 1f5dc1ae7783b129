package article

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"banmian/internal/disksnap"
)

// badJSON turns the sample article into article.json and lets change edit it
// as generic JSON, as a hostile writer would.
func badJSON(t *testing.T, change func(m map[string]any)) []byte {
	t.Helper()
	js, err := MarshalJSON(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(js, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func lead(m map[string]any) []any { return m["lead"].([]any) }

func block(m map[string]any, i int) map[string]any { return lead(m)[i].(map[string]any) }

func manyBlocks(n int, id func(i int) string, kind string) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = map[string]any{"id": id(i), "kind": kind, "text": "x"}
	}
	return out
}

// TestOneValidation: every way in (.banmian and bare article.json) refuses
// the same bad models with a message naming the element and the problem,
// leaves the input as it was, and writes nothing.
func TestOneValidation(t *testing.T) {
	img := sample(t).Assets[0].Data
	imgEntry := "assets/" + sample(t).Assets[0].ID
	long := strings.Repeat("标", MaxLineChars+1)
	tests := []struct {
		name   string
		change func(m map[string]any)
		msg    string
	}{
		{"duplicate ids", func(m map[string]any) { block(m, 1)["id"] = "p1" }, `duplicate id "p1"`},
		{"unknown kind", func(m map[string]any) { block(m, 0)["kind"] = "video" }, `(p1): unknown block kind "video"`},
		{"rotate 45", func(m map[string]any) { block(m, 1)["rotate"] = 45 }, "rotation 45 is not 0, 90, 180 or 270"},
		{"javascript link", func(m map[string]any) { m["footer"] = map[string]any{"link": "javascript:alert(1)"} }, `link "javascript:alert(1)" is not an http(s) URL`},
		{"file link", func(m map[string]any) { m["footer"] = map[string]any{"link": "file:///etc/passwd"} }, "is not an http(s) URL"},
		{"id with dots", func(m map[string]any) { block(m, 1)["id"] = "../../x" }, `id "../../x" is not 1 to 64 letters`},
		{"id with slash", func(m map[string]any) { block(m, 0)["id"] = "a/b" }, `id "a/b"`},
		{"empty id", func(m map[string]any) { block(m, 0)["id"] = "" }, "element has no id"},
		{"long headline", func(m map[string]any) { m["headline"] = long }, "标题 (headline): text has 2001 characters (the cap is 2000)"},
		{"long caption", func(m map[string]any) { block(m, 1)["caption"] = long }, "(p2): photo text has 2001 characters"},
		{"long paragraph", func(m map[string]any) { block(m, 0)["text"] = strings.Repeat("a", MaxTextChars+1) }, "(p1): text has 100001 characters (the cap is 100000)"},
		{"asset listed twice", func(m map[string]any) {
			as := m["assets"].([]any)
			m["assets"] = append(as, as[0], as[0], as[0])
		}, "listed twice"},
		{"50,000 duplicate ids", func(m map[string]any) {
			m["lead"] = manyBlocks(50000, func(int) string { return "p1" }, "paragraph")
		}, "and 49994 more"},
		{"too many blocks", func(m map[string]any) {
			m["lead"] = manyBlocks(MaxElements+1, func(i int) string { return "b" + strconv.Itoa(i) }, "weird")
		}, "unknown block kind"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			js := badJSON(t, tt.change)
			base := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-"))
			os.WriteFile(base+".json", js, 0o644)
			os.WriteFile(base+".banmian", zipOf(entry{"article.json", js}, entry{imgEntry, img}), 0o644)
			before := disksnap.Take(t, dir)
			for path, load := range map[string]func(string) (*Article, error){base + ".json": LoadJSON, base + ".banmian": Load} {
				_, err := load(path)
				var fe *FileError
				if !errors.As(err, &fe) || fe.File != path {
					t.Fatalf("%s: err = %v, want a *FileError naming the file", path, err)
				}
				if !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("%s: message %.300q should say %q", path, err, tt.msg)
				}
			}
			disksnap.Same(t, dir, before, nil)
		})
	}
}

// TestScenesWithoutLabel: a scene whose label is empty or missing is read
// (labels follow from the scenes' places) and gets its label.
func TestScenesWithoutLabel(t *testing.T) {
	for _, label := range []any{"", nil} {
		js := badJSON(t, func(m map[string]any) {
			sc := m["sections"].([]any)[0].(map[string]any)["scenes"].([]any)[0].(map[string]any)
			if label == nil {
				delete(sc, "label")
			} else {
				sc["label"] = label
			}
		})
		a, err := ReadJSON("x.json", js)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Sections[0].Scenes[0].Label; got != "场景一" {
			t.Errorf("label %v: got %q, want 场景一", label, got)
		}
	}
}

// TestAssetSizeFromHeader: the size an asset declares in article.json is
// replaced by the image's own (a 0×0 declaration would make NaN sizes).
func TestAssetSizeFromHeader(t *testing.T) {
	a := sample(t)
	a.Assets[0].Width, a.Assets[0].Height = 0, 0
	js, _ := json.Marshal(document{Schema: Schema, Article: a})
	b, err := Read("x.banmian", zipOf(entry{"article.json", js}, entry{"assets/" + a.Assets[0].ID, a.Assets[0].Data}))
	if err != nil {
		t.Fatal(err)
	}
	if w, h := b.Assets[0].Width, b.Assets[0].Height; w != 40 || h != 30 {
		t.Errorf("size %d×%d, want 40×30 from the JPEG", w, h)
	}
	// A bare article.json has no image to read the size from: refused.
	if _, err := ReadJSON("x.json", js); err == nil || !strings.Contains(err.Error(), "size 0×0 pixels") {
		t.Errorf("bare json with a 0×0 asset: %v", err)
	}
}

// TestNotRegularFiles: folders, devices and FIFOs are refused before they
// are opened (a FIFO would block, /dev/zero would never end), and a file
// over the cap before it is read.
func TestNotRegularFiles(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{"folder": dir}
	if runtime.GOOS != "windows" {
		cases["device"] = "/dev/zero"
		fifo := filepath.Join(dir, "fifo.banmian")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Fatal(err)
		}
		cases["fifo"] = fifo
	}
	for name, path := range cases {
		for _, load := range []func(string) (*Article, error){Load, LoadJSON} {
			_, err := load(path)
			if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), path) {
				t.Errorf("%s: err = %v, want ErrNotRegular naming %s", name, err, path)
			}
		}
	}
	huge := filepath.Join(dir, "huge.banmian")
	f, _ := os.Create(huge)
	f.Truncate(MaxFileBytes + 1) // sparse: nothing is written
	f.Close()
	before := disksnap.Take(t, dir)
	if _, err := Load(huge); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "the cap is 1024 MiB") {
		t.Errorf("huge file: %v", err)
	}
	big := filepath.Join(dir, "big.json")
	os.WriteFile(big, []byte(strings.Repeat(" ", MaxJSONBytes+1)), 0o644)
	if _, err := LoadJSON(big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big json: %v", err)
	}
	os.Remove(big)
	disksnap.Same(t, dir, before, nil)
	// A file that starts as something else is refused on its first bytes.
	notZip := filepath.Join(dir, "text.banmian")
	os.WriteFile(notZip, []byte("hello"), 0o644)
	if _, err := Load(notZip); !errors.Is(err, ErrNotBanmian) {
		t.Errorf("not a zip: %v", err)
	}
}

// TestWriteReadSameCaps: what Save writes, Load reads; an article too large
// for the reader is refused by Save with the old file kept whole.
func TestWriteReadSameCaps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.banmian")
	if err := Save(path, sample(t)); err != nil {
		t.Fatal(err)
	}
	big := sample(t)
	para := strings.Repeat("长文", MaxTextChars/2)
	for i := 0; len(big.Lead)*len(para) < MaxJSONBytes+1<<20; i++ {
		big.Lead = append(big.Lead, Block{ID: "q" + strconv.Itoa(i), Kind: Paragraph, Text: para})
	}
	before := disksnap.Take(t, dir)
	err := Save(path, big)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "split it") {
		t.Fatalf("Save of a too-large article: %v", err)
	}
	disksnap.Same(t, dir, before, nil)
	if err := Check(big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Check: %v", err)
	}
	// Just under the cap: written and read back.
	big.Lead = big.Lead[:len(big.Lead)*3/4]
	if err := Save(path, big); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err != nil {
		t.Errorf("cannot read back what was written: %v", err)
	}
	// An invalid article is never written.
	bad := sample(t)
	bad.Lead[0].ID = "../x"
	before = disksnap.Take(t, dir)
	if err := Save(path, bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("Save of an invalid article: %v", err)
	}
	disksnap.Same(t, dir, before, nil)
}

// TestNoEmptyBackup: a 0-byte file (what a truncating dialog leaves) is
// never kept as FILE~, and an earlier good backup survives.
func TestNoEmptyBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.banmian")
	os.WriteFile(path, nil, 0o644)
	if err := Save(path, sample(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "~"); !os.IsNotExist(err) {
		t.Errorf("a backup of the empty file was kept: %v", err)
	}
	os.WriteFile(path+"~", []byte("old good version"), 0o644)
	os.WriteFile(path, nil, 0o644)
	if err := Save(path, sample(t)); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path + "~"); string(data) != "old good version" {
		t.Errorf("the earlier backup was replaced by %q", data)
	}
}

// TestStaleTempsRemoved: temp files of a save killed mid-way (its process is
// gone) are removed by the next save to the folder; those of a process that
// still runs, and other files, are left.
func TestStaleTempsRemoved(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("process IDs are checked differently on Windows")
	}
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no true(1):", err)
	}
	dead := cmd.Process.Pid
	stale := filepath.Join(dir, ".a.banmian."+strconv.Itoa(dead)+"-123.tmp")
	staleDir := filepath.Join(dir, ".export."+strconv.Itoa(dead)+"-456.tmp")
	live := filepath.Join(dir, ".b.banmian."+strconv.Itoa(os.Getppid())+"-789.tmp")
	other := filepath.Join(dir, "notes.tmp")
	for _, p := range []string{stale, live, other} {
		os.WriteFile(p, []byte("x"), 0o644)
	}
	os.Mkdir(staleDir, 0o755)
	os.WriteFile(filepath.Join(staleDir, "index.html"), []byte("x"), 0o644)
	before := disksnap.Take(t, dir)
	if err := Save(filepath.Join(dir, "a.banmian"), sample(t)); err != nil {
		t.Fatal(err)
	}
	gone := map[string]bool{"a.banmian": true, filepath.Base(stale): true, filepath.Base(staleDir): true, filepath.Base(staleDir) + "/index.html": true}
	disksnap.Same(t, dir, before, func(rel string) bool { return gone[rel] })
	for _, p := range []string{stale, staleDir} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s was not removed", filepath.Base(p))
		}
	}
}

// TestCheckCaps: the editor's check before each preview names fields past
// their caps and nothing else.
func TestCheckCaps(t *testing.T) {
	a := sample(t)
	a.Lead[1].Asset, a.Lead[1].Missing = "", false // structural: not its business
	a.Lead[0].ID = "dup"
	a.Lead = append(a.Lead, Block{ID: "dup", Kind: Paragraph, Text: "x"})
	if p := a.CheckCaps(); len(p) != 0 {
		t.Errorf("CheckCaps: %v", p)
	}
	a.Headline = strings.Repeat("标", MaxLineChars+1)
	a.Lead[1].Caption = strings.Repeat("注", MaxLineChars+1)
	if p := a.CheckCaps(); len(p) != 2 || p[0].ID != IDHeadline || p[1].ID != "p2" {
		t.Errorf("CheckCaps: %v", p)
	}
}
