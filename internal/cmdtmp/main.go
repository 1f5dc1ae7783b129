package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"banmian/article/plaintext"
	"banmian/export/pdf"
	"banmian/layout"
)

func main() {
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	t0 := time.Now()
	res, _ := plaintext.ImportFile(os.Args[1], os.Args[2])
	t1 := time.Now()
	fonts, _ := layout.EmbeddedFonts()
	_ = fonts
	t2 := time.Now()
	tp, _ := layout.LoadTemplate("report-a4")
	doc, _ := layout.Layout(res.Article, tp)
	t3 := time.Now()
	var buf bytes.Buffer
	err := pdf.Write(&buf, doc, pdf.Options{KeepImages: true, CacheDir: "-"})
	t4 := time.Now()
	pprof.StopCPUProfile()
	fmt.Println(err, "import", t1.Sub(t0), "fonts", t2.Sub(t1), "layout", t3.Sub(t2), "pdf", t4.Sub(t3), buf.Len())
}
