// Command pecheck checks that Windows executables are PE32+ x86-64 files
// carrying icon and version resources: "go run ./cmd/pecheck FILE.exe…".
package main

import (
	"fmt"
	"os"

	"banmian/internal/pecheck"
)

func main() {
	code := 0
	for _, p := range os.Args[1:] {
		if err := pecheck.Check(p); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
			continue
		}
		fmt.Println(p + ": PE32+ x86-64 with icon and version resources")
	}
	os.Exit(code)
}
