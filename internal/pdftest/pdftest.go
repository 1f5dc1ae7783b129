// Package pdftest checks PDFs in tests with outside tools: pdfcpu validation
// and poppler's pdftotext, pdffonts, pdfinfo, pdfimages and pdftoppm. A tool
// that is missing skips the test on a developer's machine and fails it on CI
// (CI=true), where scripts/setup.sh installs it.
package pdftest

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Need skips (or on CI fails) the test when a command is missing.
func Need(t testing.TB, cmd string) {
	t.Helper()
	if _, err := exec.LookPath(cmd); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed (scripts/setup.sh installs it)", cmd)
		}
		t.Skipf("%s is not installed", cmd)
	}
}

// Run runs a command and returns its standard output.
func Run(t testing.TB, name string, args ...string) string {
	t.Helper()
	Need(t, name)
	var out, errb bytes.Buffer
	c := exec.Command(name, args...)
	c.Stdout, c.Stderr = &out, &errb
	if err := c.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

// Validate checks the PDF with pdfcpu.
func Validate(t testing.TB, pdf []byte) {
	t.Helper()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	if err := api.Validate(bytes.NewReader(pdf), conf); err != nil {
		t.Errorf("pdfcpu: %v", err)
	}
}

// Write saves the PDF in a temporary folder and returns its path.
func Write(t testing.TB, pdf []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Text returns pdftotext's text of the PDF (raw order).
func Text(t testing.TB, path string) string {
	return Run(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-")
}

// CheckFonts fails unless pdffonts lists every font embedded and subset.
func CheckFonts(t testing.TB, path string) {
	t.Helper()
	out := Run(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type... emb sub uni object ID: emb is the 5th field from the end.
		if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" {
			t.Errorf("font not embedded as a subset: %s", l)
		}
	}
}

// FontFiles returns the embedded TrueType programs (FontFile2 streams) of
// a PDF without object streams, as Banmian writes them, by object number.
func FontFiles(t testing.TB, pdf []byte) map[int][]byte {
	t.Helper()
	out := map[int][]byte{}
	for _, m := range regexp.MustCompile(`/FontFile2 (\d+) 0 R`).FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		start := bytes.Index(pdf, []byte("\n"+string(m[1])+" 0 obj"))
		if start < 0 {
			t.Fatalf("font file object %d not found", n)
		}
		obj := pdf[start:]
		s := bytes.Index(obj, []byte("stream"))
		e := bytes.Index(obj, []byte("endstream"))
		if s < 0 || e < s {
			t.Fatalf("font file object %d has no stream", n)
		}
		data := bytes.TrimLeft(obj[s+len("stream"):e], "\r\n")
		if bytes.Contains(obj[:s], []byte("/FlateDecode")) {
			r, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("font file %d: %v", n, err)
			}
			data, err = io.ReadAll(r)
			if err != nil && len(data) == 0 {
				t.Fatalf("font file %d: %v", n, err)
			}
		}
		out[n] = data
	}
	return out
}
