package article

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// User-facing messages — import warnings and summaries, preflight findings,
// file errors, command-line output — are written in English in the code and
// looked up in one catalogue (messages.zh.json) when the message language is
// Chinese. A translation keeps the original's verbs (%s, %d, %q …) in order,
// or names them by index (%[2]s).

//go:embed messages.zh.json
var zhCatalogue []byte

var (
	catalogueOnce sync.Once
	catalogue     map[string]string
	messagesZH    atomic.Bool
)

// SetMessageLanguage chooses the language of messages: a tag or locale
// starting with "zh" gives Chinese, anything else English.
func SetMessageLanguage(tag string) {
	messagesZH.Store(strings.HasPrefix(strings.ToLower(tag), "zh"))
}

// MessagesInChinese reports whether messages are in Chinese.
func MessagesInChinese() bool { return messagesZH.Load() }

// Catalogue returns the Chinese catalogue: English message → translation.
func Catalogue() map[string]string {
	catalogueOnce.Do(func() {
		if err := json.Unmarshal(zhCatalogue, &catalogue); err != nil {
			panic("article: messages.zh.json: " + err.Error()) // a build defect, caught by the tests
		}
	})
	return catalogue
}

// T translates a message (or a format) into the message language.
func T(msg string) string {
	if !messagesZH.Load() {
		return msg
	}
	if s, ok := Catalogue()[msg]; ok {
		return s
	}
	return msg
}

// Sprintf formats a message in the message language.
func Sprintf(format string, args ...any) string { return fmt.Sprintf(T(format), args...) }

// Errorf makes an error whose message is in the message language; %w wraps
// as with fmt.Errorf.
func Errorf(format string, args ...any) error { return fmt.Errorf(T(format), args...) }

// msgError is a sentinel error whose text is translated when it is read,
// so that errors.Is works and the message follows the language.
type msgError struct{ msg string }

func (e *msgError) Error() string { return T(e.msg) }

// NewError returns a sentinel error with a translatable message.
func NewError(msg string) error { return &msgError{msg} }
