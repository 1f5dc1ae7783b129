// Package html writes an article as a semantic, responsive HTML5 page. It
// works from the article model, not from laid-out pages: reflow is the
// browser's job. Every text goes through html/template; the engine's
// punctuation decisions that HTML can carry (the ¼ em between Chinese and
// Latin) are baked into the markup. No JavaScript.
package html
