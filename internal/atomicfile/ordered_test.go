package atomicfile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const mountinfo = `22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
30 27 254:1 / /srv/no\040sync rw,relatime - ext4 /dev/vdb rw,noauto_da_alloc
31 27 254:2 / /srv/wb rw,relatime - ext4 /dev/vdc rw,data=writeback
32 27 254:3 / /srv/xfs rw,relatime - xfs /dev/vdd rw,attr2
33 27 0:40 / /tmp rw,nosuid - tmpfs tmpfs rw
34 27 254:4 / /srv/j rw,relatime - ext4 /dev/vde rw,data=journal
35 27 254:5 / /srv/nj rw,relatime - ext4 /dev/vdf rw,discard
36 27 254:6 / /srv/gone rw,relatime - ext4 /dev/vdg rw`

// What /proc/fs/ext4/DEV/options lists for the mounts above: vdf has no
// journal (so no data mode), vdg's cannot be read.
var ext4opts = map[string]string{
	"254:0": "rw\nbsddf\ndiscard\ndelalloc\nbarrier\nauto_da_alloc\ndata=ordered\n",
	"254:1": "rw\ndelalloc\nnoauto_da_alloc\ndata=ordered\n",
	"254:2": "rw\ndelalloc\nauto_da_alloc\ndata=writeback\n",
	"254:4": "rw\nauto_da_alloc\ndata=journal\n",
	"254:5": "rw\nbsddf\ndiscard\ndelalloc\nnojournal_checksum\nbarrier\nauto_da_alloc\ncommit=5\n",
}

// A replacement goes unsynced only on ext4 with a journal that orders the
// rename after the data: by default, or with data=journal.
func TestOrderedReplace(t *testing.T) {
	for dir, want := range map[string]bool{
		"/home/editor/out":  true,
		"/srv/no sync/a":    false,
		"/srv/no":           true, // not under "/srv/no sync"
		"/srv/wb":           false,
		"/srv/xfs/pdf":      false,
		"/tmp/x":            false,
		"/srv/j/exports":    true,
		"/srv/wbx/exports":  true, // "/srv/wbx" is not under "/srv/wb"
		"/proc/self":        false,
		"/srv/nj/exports":   false, // ext4 without a journal
		"/srv/gone/exports": false, // its options cannot be read
		"relative/not/real": false,
	} {
		if got := orderedReplace(mountinfo, dir, func(dev string) string { return ext4opts[dev] }); got != want {
			t.Errorf("%s: ordered %v, want %v", dir, got, want)
		}
	}
}

// Whether synced or not, a replacement holds the new bytes and keeps the
// old file's mode.
func TestReplaceWrites(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := bytes.Repeat([]byte("new "), 1<<20)
	if err := WriteFile(p, data); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(p)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("replaced file: %d bytes, %v", len(got), err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	t.Logf("sync needed in %s: %v", filepath.Dir(p), syncNeeded(filepath.Dir(p)))
}

// This machine's own answer, read as syncNeeded reads it: where the folder
// is on ext4, the journal's presence decides.
func TestExt4OptionsHere(t *testing.T) {
	mi, err := os.ReadFile("/proc/self/mountinfo")
	if err != nil {
		t.Skip("no mountinfo here")
	}
	dir := realDir(t.TempDir())
	var opts string
	ordered := orderedReplace(string(mi), dir, func(dev string) string { opts = ext4Options(dev); return opts })
	if ordered != journaled(opts) && opts != "" {
		t.Errorf("%s: ordered %v but its ext4 options say journaled %v", dir, ordered, journaled(opts))
	}
	t.Logf("%s: ordered replacement %v (ext4 options %q)", dir, ordered, strings.ReplaceAll(opts, "\n", ","))
}
