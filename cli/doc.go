// Package cli is Banmian's command line: import, show, export, check,
// version and help. [Run] returns the process exit status: 0 on success, 1 on
// a user error (with a one-line message on stderr), 2 on bad usage.
package cli
