package docx

import (
	"archive/zip"
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzDocumentXML: any document.xml in a Word file imports or fails with
// an error — no panic, no hang — and what it imports is valid UTF-8.
func FuzzDocumentXML(f *testing.F) {
	f.Add([]byte(`<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>场景一：</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Add([]byte(`<w:document><w:p><w:r><w:t>正文</w:t><w:br/><w:t>续</w:t></w:r></w:p><w:p><w:r><w:drawing><a:blip r:embed="rId9"/></w:drawing></w:r></w:p></w:document>`))
	f.Add([]byte(`<!DOCTYPE x [<!ENTITY a "b">]><w:document/>`))
	f.Fuzz(func(t *testing.T, xmlDoc []byte) {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		w, _ := z.Create("word/document.xml")
		w.Write(xmlDoc)
		z.Close()
		res, err := Import(buf.Bytes())
		if err != nil {
			return
		}
		for _, b := range res.Article.Blocks() {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("invalid UTF-8 in %q", b.Text)
			}
		}
	})
}
