package html

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"banmian/article"
)

// chromium returns Debian's Chromium, which scripts/setup.sh installs.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed (scripts/setup.sh installs it)")
	}
	t.Skip("chromium is not installed")
	return ""
}

// TestBrowser loads the exported pages from disk in headless Chromium at 390
// and 1280 px: no console errors, no exceptions, every image (lazy ones
// forced) loads. Screenshots go to $BANMIAN_SCREENSHOTS when set.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	zh, _ := reference(t)
	en := english(t)
	dir := t.TempDir()
	pages := map[string]string{}
	for name, a := range map[string]*article.Article{"zh": zh, "en": en} {
		if err := WriteDir(filepath.Join(dir, name), a, Options{CacheDir: photoCache}); err != nil {
			t.Fatal(err)
		}
		pages[name] = filepath.Join(dir, name, "index.html")
		single := filepath.Join(dir, name+"-single.html")
		if err := WriteFile(single, a, Options{CacheDir: photoCache}); err != nil {
			t.Fatal(err)
		}
		pages[name+"-single"] = single
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("hide-scrollbars", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	shots := os.Getenv("BANMIAN_SCREENSHOTS")
	for name, path := range pages {
		for _, width := range []int64{390, 1280} {
			ctx, cancel := chromedp.NewContext(actx)
			ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
			var mu sync.Mutex
			var problems []string
			if err := chromedp.Listen(ctx, func(ev any) {
				mu.Lock()
				defer mu.Unlock()
				switch e := ev.(type) {
				case *runtime.EventConsoleAPICalled:
					if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
						problems = append(problems, "console "+string(e.Type))
					}
				case *runtime.EventExceptionThrown:
					problems = append(problems, "exception: "+e.ExceptionDetails.Text)
				}
			}); err != nil {
				t.Fatal(err)
			}
			var broken []string
			var png []byte
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate("file://"+path),
				chromedp.WaitReady("body"),
				chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')`),
			)
			if err == nil {
				_, err = chromedp.Run(ctx, chromedp.Poll[bool](`Array.from(document.images).every(i => i.complete)`, chromedp.WithPollingTimeout(20*time.Second)))
			}
			if err == nil {
				broken, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.src.slice(0, 60))`))
			}
			if err == nil {
				png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
			}
			cancelT()
			cancel()
			if err != nil {
				t.Fatalf("%s at %d px: %v", name, width, err)
			}
			if len(broken) > 0 || len(problems) > 0 {
				t.Errorf("%s at %d px: broken images %v, problems %v", name, width, broken, problems)
			}
			if len(png) < 10000 {
				t.Errorf("%s at %d px: screenshot of %d bytes", name, width, len(png))
			}
			if shots != "" && !strings.Contains(name, "single") {
				os.WriteFile(filepath.Join(shots, "web-"+name+"-"+itoa(int(width))+".png"), png, 0o644)
			}
		}
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
