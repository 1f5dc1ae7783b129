package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// finish mends what fpdf writes short of print requirements, on the final
// bytes: subset fonts get the six-letter tag the PDF specification requires
// ("ABCDEF+Name" instead of fpdf's "utf8Name"), and page boxes are written in
// a fixed order (fpdf iterates a map). The cross-reference table is rebuilt
// for the changed lengths.
func finish(pdf []byte) ([]byte, error) {
	pdf = sortPageBoxes(pdf)
	names := reUTF8Font.FindAllSubmatch(pdf, -1)
	tags := map[string]string{}
	for _, m := range names {
		name := string(m[1])
		if _, ok := tags[name]; !ok {
			tags[name] = subsetTag(pdf, name)
		}
	}
	if len(tags) == 0 {
		return pdf, nil
	}
	// Replace, remembering where the file grew.
	type edit struct{ at, grow int }
	var edits []edit
	var out bytes.Buffer
	last := 0
	for _, loc := range reUTF8Font.FindAllSubmatchIndex(pdf, -1) {
		name := string(pdf[loc[2]:loc[3]])
		start := loc[2] - len("utf8")
		out.Write(pdf[last:start])
		repl := tags[name] + "+" + name
		out.WriteString(repl)
		edits = append(edits, edit{at: start, grow: len(repl) - (loc[3] - start)})
		last = loc[3]
	}
	out.Write(pdf[last:])
	return fixXref(out.Bytes(), func(off int) int {
		n := off
		for _, e := range edits {
			if e.at < off {
				n += e.grow
			}
		}
		return n
	})
}

var (
	reUTF8Font = regexp.MustCompile(`/(?:BaseFont|FontName) /utf8([A-Za-z0-9_-]+)`)
	rePageBox  = regexp.MustCompile(`(?m)^(/(?:ArtBox|BleedBox|CropBox|TrimBox) \[[^\]]*\]\n)+`)
	reXref     = regexp.MustCompile(`(?s)\nxref\n0 (\d+)\n(.*?)trailer\n`)
	reStartX   = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\s*$`)
)

func sortPageBoxes(pdf []byte) []byte {
	return rePageBox.ReplaceAllFunc(pdf, func(block []byte) []byte {
		lines := bytes.SplitAfter(block, []byte("\n"))
		sort.Slice(lines, func(i, j int) bool { return bytes.Compare(lines[i], lines[j]) < 0 })
		return bytes.Join(lines, nil)
	})
}

// subsetTag derives six capital letters from the font's name and the
// document bytes (so it changes when the subset does, and is reproducible).
func subsetTag(pdf []byte, name string) string {
	sum := sha256.Sum256(append([]byte(name), pdf...))
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// fixXref rewrites the classic cross-reference table and startxref after
// edits, mapping each old offset through move.
func fixXref(pdf []byte, move func(int) int) ([]byte, error) {
	m := reXref.FindSubmatchIndex(pdf)
	if m == nil {
		return nil, fmt.Errorf("%w: no cross-reference table", ErrPDF)
	}
	entries := bytes.Split(bytes.TrimSuffix(pdf[m[4]:m[5]], []byte("\n")), []byte("\n"))
	var table bytes.Buffer
	for i, e := range entries {
		if i == 0 || len(e) < 18 {
			table.Write(e)
			table.WriteByte('\n')
			continue
		}
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil {
			return nil, fmt.Errorf("%w: bad cross-reference entry %q", ErrPDF, e)
		}
		fmt.Fprintf(&table, "%010d%s\n", move(off), e[10:])
	}
	var out bytes.Buffer
	out.Write(pdf[:m[4]])
	out.Write(table.Bytes())
	out.Write(pdf[m[5]:])
	res := out.Bytes()
	xrefAt := bytes.LastIndex(res, []byte("\nxref\n")) + 1
	return reStartX.ReplaceAll(res, []byte(fmt.Sprintf("startxref\n%d\n%%%%EOF\n", xrefAt))), nil
}
