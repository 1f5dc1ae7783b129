package article

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// messageCalls are the functions whose first argument, a string literal, is
// a user-facing message looked up in the catalogue.
var messageCalls = map[string]bool{"Errorf": true, "Sprintf": true, "T": true, "NewError": true, "warn": true, "bad": true, "drop": true, "p": true, "damaged": true}

// usedMessages finds every message the code base passes to the catalogue
// (the editor's own labels are in app/translations, tested there).
func usedMessages(t *testing.T) map[string]string {
	t.Helper()
	used := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != ".." && (d.Name() == "third_party" || d.Name() == "app" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); ok && (x.Name == "fmt" || x.Name == "errors" || x.Name == "strconv" || x.Name == "t" || x.Name == "tb" || x.Name == "b") {
					return true
				}
				name = fn.Sel.Name
			}
			if !messageCalls[name] {
				return true
			}
			last := 0 // the message is the first argument, but for warn and drop
			if name == "warn" || name == "drop" {
				last = 2
			}
			for i, a := range call.Args {
				if i > last {
					break
				}
				lit, ok := a.(*ast.BasicLit)
				if ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						used[s] = fset.Position(lit.Pos()).String()
					}
					break
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return used
}

var verb = regexp.MustCompile(`%[-#+ 0-9.]*(?:\[\d+\])?[a-zA-Z%]`)

// TestCatalogueComplete: every message with words has a Chinese entry, and
// every entry formats with the English original's arguments (same verbs, in
// order or by index).
func TestCatalogueComplete(t *testing.T) {
	cat := Catalogue()
	used := usedMessages(t)
	if len(used) < 150 {
		t.Fatalf("only %d messages found: the scan is broken", len(used))
	}
	for msg, where := range used {
		words := verb.ReplaceAllString(msg, "")
		if !regexp.MustCompile(`[A-Za-z]{2,}`).MatchString(words) || strings.HasPrefix(strings.TrimSpace(msg), "banmian %-8s") {
			continue
		}
		if _, ok := cat[msg]; !ok {
			t.Errorf("%s: no Chinese for %q", where, msg)
		}
	}
	for en, zh := range cat {
		var args []any
		for _, v := range verb.FindAllString(en, -1) {
			switch v[len(v)-1] {
			case 'd', 'x':
				args = append(args, 7)
			case 'g', 'f':
				args = append(args, 1.5)
			case 'w':
				args = append(args, errors.New("e"))
			case '%':
			default:
				args = append(args, "s")
			}
		}
		want := fmt.Sprintf(strings.ReplaceAll(en, "%w", "%v"), args...)
		got := fmt.Sprintf(strings.ReplaceAll(zh, "%w", "%v"), args...)
		if strings.Contains(got, "%!") && !strings.Contains(want, "%!") {
			t.Errorf("%q → %q formats as %q", en, zh, got)
		}
		if strings.Count(got, "7") < strings.Count(want, "7") || strings.Count(got, "1.5") < strings.Count(want, "1.5") {
			t.Errorf("%q → %q drops an argument: %q", en, zh, got)
		}
	}
}

// TestMessagesFollowLanguage: the same error reads in Chinese or English as
// the message language says, and errors.Is still finds its sentinel.
func TestMessagesFollowLanguage(t *testing.T) {
	defer SetMessageLanguage("en")
	// Messages are formatted in the language current when they are made
	// (set once, at start, by the command line or the editor).
	mk := func() error {
		return &FileError{File: "a.banmian", Err: Errorf("%w: %d entries (the cap is %d)", ErrTooLarge, 20000, MaxEntries)}
	}
	SetMessageLanguage("zh_CN.UTF-8")
	err := mk()
	if got := err.Error(); got != "a.banmian：太大：共 20000 个条目（上限 10000）" {
		t.Errorf("zh: %q", got)
	}
	SetMessageLanguage("en_US.UTF-8")
	err = mk()
	if got := err.Error(); got != "a.banmian: too large: 20000 entries (the cap is 10000)" {
		t.Errorf("en: %q", got)
	}
	if !errors.Is(err, ErrTooLarge) {
		t.Error("errors.Is lost the sentinel")
	}
}
