package app

// The -update flag of the golden files is defined in every test binary, so
// that "go test ./... -update" runs in every package.
import _ "banmian/internal/golden"
