// Package docx imports a reporter's Word file (.docx, Office Open XML):
// its paragraphs become the importer's lines in order — the Title,
// Subtitle and first heading styles (or a bold, large first paragraph) as
// kicker, headline and subtitle; tables as paragraphs, a row a line;
// manual line breaks kept; footnotes at the end — and its inline pictures
// photos with the image embedded, named where they stand, so the text
// importer (article/plaintext) places sections, scenes, captions and
// credits as it does for copied text. Read with archive/zip and
// encoding/xml, within caps: a zip bomb, a document type declaration
// (external entities), a picture linked outside the file, a macro are
// refused or ignored, never followed.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"banmian/article"
	"banmian/article/plaintext"
)

// Caps of a Word file (sizes uncompressed).
const (
	MaxFileBytes  = 256 << 20 // the .docx itself
	maxPartBytes  = 32 << 20  // document.xml, styles.xml …
	maxImageBytes = 64 << 20  // one picture
	maxTotalBytes = 512 << 20 // everything read
	maxEntries    = 20000
)

// ErrNotDocx signals a file that is not a Word document Banmian can read.
var ErrNotDocx = article.NewError("not a Word (.docx) document")

// lineBreak is a manual line break inside a paragraph (the text importer
// makes it a line break: plaintext.LineBreak).
const lineBreak = plaintext.LineBreak

// ImportFile reads a .docx and imports it.
func ImportFile(file string) (*plaintext.Result, error) {
	data, err := article.ReadFileLimited(file, MaxFileBytes)
	if err != nil {
		return nil, article.Errorf("%s: %w", file, err)
	}
	res, err := Import(data)
	if err != nil {
		return nil, article.Errorf("%s: %w", file, err)
	}
	return res, nil
}

// Import reads a .docx from memory and imports it.
func Import(data []byte) (*plaintext.Result, error) {
	d, err := read(data)
	if err != nil {
		return nil, err
	}
	res, err := plaintext.Import([]byte(strings.Join(d.lines, "\n\n")), plaintext.Options{Photos: d.photos, TitleRoles: d.roles})
	if err != nil {
		return nil, err
	}
	res.Encoding = "Word (.docx)"
	return res, nil
}

// document is what read found: lines in order, title roles, pictures.
type document struct {
	lines  []string
	roles  []string
	photos mapFS
}

type reader struct {
	zr    *zip.Reader
	total int64
}

func (r *reader) part(name string, max int64) ([]byte, error) {
	for _, f := range r.zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > uint64(max) {
			return nil, article.Errorf("%w: %s is larger than %d MiB", ErrNotDocx, name, max>>20)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, article.Errorf("%w: %s: %w", ErrNotDocx, name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, max+1))
		if err != nil {
			return nil, article.Errorf("%w: %s: %w", ErrNotDocx, name, err)
		}
		if int64(len(b)) > max { // the declared size lied (a zip bomb)
			return nil, article.Errorf("%w: %s inflates past %d MiB", ErrNotDocx, name, max>>20)
		}
		if r.total += int64(len(b)); r.total > maxTotalBytes {
			return nil, article.Errorf("%w: more than %d MiB inside", ErrNotDocx, maxTotalBytes>>20)
		}
		return b, nil
	}
	return nil, fs.ErrNotExist
}

func read(data []byte) (*document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, article.Errorf("%w: %w", ErrNotDocx, err)
	}
	if len(zr.File) > maxEntries {
		return nil, article.Errorf("%w: %d entries (the cap is %d)", ErrNotDocx, len(zr.File), maxEntries)
	}
	r := &reader{zr: zr}
	doc, err := r.part("word/document.xml", maxPartBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, article.Errorf("%w: no word/document.xml", ErrNotDocx)
	}
	if err != nil {
		return nil, err
	}
	styles := map[string]string{}
	if b, err := r.part("word/styles.xml", maxPartBytes); err == nil {
		styles = styleNames(b)
	}
	rels := map[string]string{}
	if b, err := r.part("word/_rels/document.xml.rels", maxPartBytes); err == nil {
		rels = relations(b)
	}
	d := &document{photos: mapFS{}}
	ps, err := paragraphs(doc)
	if err != nil {
		return nil, err
	}
	for i, p := range ps {
		for _, pic := range p.pictures {
			target, ok := rels[pic]
			if !ok {
				continue // a picture linked outside the file: not followed
			}
			name := path.Base(target)
			if _, seen := d.photos[name]; !seen {
				img, err := r.part(target, maxImageBytes)
				if err != nil {
					continue
				}
				d.photos[name] = img
			}
			d.lines = append(d.lines, name)
		}
		text := strings.TrimSpace(strings.TrimLeft(p.text, "\u3000 "))
		if text == "" {
			continue
		}
		if role := titleRole(p, styles, i, ps); role != "" && len(d.lines) == len(d.roles) {
			d.roles = append(d.roles, role)
		}
		d.lines = append(d.lines, text)
	}
	if len(d.roles) > 0 && !contains(d.roles, "headline") {
		d.roles = nil // no title style: the importer's shapes decide
	}
	if b, err := r.part("word/footnotes.xml", maxPartBytes); err == nil {
		if fns, err := paragraphs(b); err == nil {
			for _, p := range fns {
				if t := strings.TrimSpace(p.text); t != "" {
					d.lines = append(d.lines, t)
				}
			}
		}
	}
	if len(d.lines) == 0 {
		return nil, article.Errorf("%w: no text", ErrNotDocx)
	}
	return d, nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// para is one paragraph of the document (a table row counts as one).
type para struct {
	style    string // the style ID
	text     string
	bold     bool // every run bold
	size     int  // the largest run size, in half-points
	pictures []string
}

// paragraphs reads the body's paragraphs (and table rows) in order. A
// paragraph inside another (a text box) is read on its own and the outer
// one goes on; a table row is one paragraph of its cells, a cell's
// paragraphs joined by line breaks, a nested table's rows on their own;
// the VML fallback copies of drawings (mc:Fallback) are skipped.
func paragraphs(b []byte) ([]para, error) {
	if bytes.Contains(b[:min(len(b), 4096)], []byte("<!DOCTYPE")) {
		return nil, article.Errorf("%w: a document type declaration (external entities are not read)", ErrNotDocx)
	}
	type row struct {
		cells []string
		cell  []string // the paragraphs of the cell being read
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	var out []para
	var ps []*para  // open paragraphs, innermost last
	var rows []*row // open table rows, innermost last
	var bold []bool // per open paragraph: every run with text bold so far
	inText, runBold, fallback := false, false, 0
	tokens := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, article.Errorf("%w: %w", ErrNotDocx, err)
		}
		if tokens++; tokens > 1<<24 {
			return nil, article.Errorf("%w: too many elements", ErrNotDocx)
		}
		var cur *para
		if len(ps) > 0 {
			cur = ps[len(ps)-1]
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if fallback > 0 {
				fallback++
				continue
			}
			switch t.Name.Local {
			case "Fallback":
				fallback = 1
			case "tr":
				rows = append(rows, &row{})
			case "p":
				ps = append(ps, &para{})
				bold = append(bold, true)
			case "pStyle":
				if cur != nil {
					cur.style = attr(t, "val")
				}
			case "r":
				runBold = false
			case "b":
				switch attr(t, "val") {
				case "0", "false", "off":
				default:
					runBold = true
				}
			case "sz":
				if cur != nil {
					n := 0
					for _, c := range attr(t, "val") {
						if c < '0' || c > '9' {
							break
						}
						n = n*10 + int(c-'0')
					}
					cur.size = max(cur.size, n)
				}
			case "t":
				inText = true
			case "br", "cr":
				if cur != nil && attr(t, "type") != "page" {
					cur.text += lineBreak
				}
			case "tab":
				if cur != nil {
					cur.text += " "
				}
			case "blip":
				if cur != nil {
					if id := attr(t, "embed"); id != "" {
						cur.pictures = append(cur.pictures, id)
					}
				}
			}
		case xml.EndElement:
			if fallback > 0 {
				fallback--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if cur == nil {
					continue
				}
				cur.bold = bold[len(bold)-1] && strings.TrimSpace(cur.text) != ""
				ps, bold = ps[:len(ps)-1], bold[:len(bold)-1]
				if len(rows) > 0 && len(ps) == 0 {
					r := rows[len(rows)-1]
					if t := strings.TrimSpace(cur.text); t != "" {
						r.cell = append(r.cell, t)
					}
					for _, pic := range cur.pictures { // a picture in a table stays a photo
						out = append(out, para{pictures: []string{pic}})
					}
					continue
				}
				out = append(out, *cur)
			case "tc":
				if len(rows) > 0 {
					r := rows[len(rows)-1]
					r.cells = append(r.cells, strings.Join(r.cell, lineBreak))
					r.cell = nil
				}
			case "tr":
				if len(rows) > 0 {
					r := rows[len(rows)-1]
					rows = rows[:len(rows)-1]
					out = append(out, para{text: strings.Join(r.cells, "　")})
				}
			}
		case xml.CharData:
			if inText && cur != nil && fallback == 0 {
				cur.text += string(t)
				if !runBold && strings.TrimSpace(string(t)) != "" {
					bold[len(bold)-1] = false
				}
			}
		}
	}
	return out, nil
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// styleNames maps style IDs to their names, lower case ("Heading1" →
// "heading 1"; Chinese Word's IDs are numbers).
func styleNames(b []byte) map[string]string {
	out := map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(b))
	id := ""
	for {
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		if t, ok := tok.(xml.StartElement); ok {
			switch t.Name.Local {
			case "style":
				id = attr(t, "styleId")
			case "name":
				if id != "" {
					out[id] = strings.ToLower(attr(t, "val"))
				}
			}
		}
	}
}

// relations maps relationship IDs to their targets inside word/ (external
// targets are left out).
func relations(b []byte) map[string]string {
	out := map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		t, ok := tok.(xml.StartElement)
		if !ok || t.Name.Local != "Relationship" || attr(t, "TargetMode") == "External" {
			continue
		}
		target := path.Clean(path.Join("word", attr(t, "Target")))
		if !strings.HasPrefix(target, "word/") || strings.Contains(target, "..") {
			continue
		}
		out[attr(t, "Id")] = target
	}
}

// titleRole is a paragraph's title role by its style (Title: headline,
// Subtitle: subtitle, a short paragraph right before the Title: kicker),
// or a bold paragraph of 16 pt or more opening the document (headline).
func titleRole(p para, styles map[string]string, i int, ps []para) string {
	name := styles[p.style]
	if name == "" {
		name = strings.ToLower(p.style)
	}
	switch {
	case name == "title":
		return "headline"
	case name == "subtitle":
		return "subtitle"
	case i+1 < len(ps) && styles[ps[i+1].style] == "title" && len([]rune(p.text)) <= 40:
		return "kicker"
	case i == 0 && p.bold && p.size >= 32:
		return "headline"
	case (name == "heading 1" || name == "heading1") && i <= 1:
		return "headline"
	}
	return ""
}

// mapFS serves the document's pictures to the text importer by name.
type mapFS map[string][]byte

func (m mapFS) Open(name string) (fs.File, error) {
	if name == "." {
		return &dir{m: m}, nil
	}
	b, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &file{name: name, Reader: bytes.NewReader(b), size: int64(len(b))}, nil
}

type file struct {
	name string
	*bytes.Reader
	size int64
}

func (f *file) Stat() (fs.FileInfo, error) { return info{f.name, f.size, false}, nil }
func (f *file) Close() error               { return nil }

type dir struct{ m mapFS }

func (d *dir) Stat() (fs.FileInfo, error) { return info{".", 0, true}, nil }
func (d *dir) Read([]byte) (int, error)   { return 0, errors.New("is a directory") }
func (d *dir) Close() error               { return nil }
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	var names []string
	for k := range d.m {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []fs.DirEntry
	for _, k := range names {
		out = append(out, fs.FileInfoToDirEntry(info{k, int64(len(d.m[k])), false}))
	}
	return out, nil
}

type info struct {
	name  string
	size  int64
	isDir bool
}

func (i info) Name() string { return i.name }
func (i info) Size() int64  { return i.size }
func (i info) Mode() fs.FileMode {
	if i.isDir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.isDir }
func (i info) Sys() any           { return nil }
