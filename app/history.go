package app

import (
	"time"

	"banmian/article"
)

// history keeps undo and redo snapshots of the article. Typing in one field
// is coalesced into one step.
type history struct {
	undo, redo []snapshot
	lastKey    string
	lastAt     time.Time
}

type snapshot struct {
	a        *article.Article
	selected string
}

// coalesceWindow: edits of the same field closer than this are one step.
const coalesceWindow = 1500 * time.Millisecond

// record saves the state before an edit. key names the field for typing
// ("" for discrete edits, never coalesced).
func (h *history) record(before *article.Article, selected, key string, now time.Time) {
	if key != "" && key == h.lastKey && now.Sub(h.lastAt) < coalesceWindow {
		h.lastAt = now
		return
	}
	h.undo = append(h.undo, snapshot{before.Clone(), selected})
	h.redo = nil
	h.lastKey, h.lastAt = key, now
}

func (h *history) canUndo() bool { return len(h.undo) > 0 }

// step moves one snapshot from one stack to the other, saving cur there.
func (h *history) step(from, to *[]snapshot, cur *article.Article, sel string) (snapshot, bool) {
	if len(*from) == 0 {
		return snapshot{}, false
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, snapshot{cur.Clone(), sel})
	h.lastKey = ""
	return s, true
}
