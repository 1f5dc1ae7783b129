package layout

import "banmian/article"

// paginate places the blocks, then, with balance, in a template of several
// columns, evens the last page's columns: the columns of that page are made
// to end as high as they can without the story needing another page
// (binary search on where they end; the blocks are composed once, so each
// try is only a pagination). A last page far from full is evened all the
// same (its columns end together, as a newspaper's do); the copyfit meter
// says it is underset.
func paginate(t *Template, doc *Document, a *article.Article, header, flow []*block, balance bool, jump *jumpLines) *pager {
	// Each run goes on until its plan settles (plan.go); a run of the
	// balancing starts from the plan of the unbalanced pages.
	maxRuns := 2
	for _, b := range flow {
		if b.kind == photoBlock {
			maxRuns += 2
		}
	}
	var base plan
	run := func(limitPage int, bottom Pt) (*pager, *Document) {
		pl := base.clone()
		for i := 0; ; i++ {
			d := *doc
			d.Pages = nil
			p := newPager(t, &d, a, pl)
			p.limitPage, p.limitBottom, p.jump = limitPage, bottom, jump
			p.frozen = i >= maxRuns // the last run decides without new runs
			p.run(header, flow)
			if !p.replan {
				return p, &d
			}
		}
	}
	p, d := run(-1, 0)
	base = *p.plan
	n := len(d.Pages)
	if !balance || t.Page.Columns < 2 || n == 0 {
		*doc = *d
		return p
	}
	last := n - 1
	top := p.colTop
	if last > 0 {
		top = t.TypeArea().Y
	}
	lo, hi := top, t.TypeArea().Y+t.TypeArea().H // hi always fits
	best, bestDoc := p, d
	lead := Pt(t.Styles[StyleBody].Leading)
	try := func(mid Pt) (*pager, *Document, bool) {
		q, dq := run(last, mid)
		ok := len(dq.Pages) == n && q.degraded <= p.degraded && q.outOfScene <= p.outOfScene
		// A bottom that leaves a widow: a little lower or higher, the
		// paragraph breaks elsewhere.
		for _, d := range []Pt{lead / 2, lead, -lead / 2, -lead} {
			if !ok || q.widows <= p.widows || mid+d <= lo || mid+d > hi {
				break
			}
			q, dq = run(last, mid+d)
			ok = len(dq.Pages) == n && q.degraded <= p.degraded && q.outOfScene <= p.outOfScene
		}
		return q, dq, ok && (q.widows <= p.widows || t.widowsOK)
	}
	search := func() {
		for i := 0; i < 12 && hi-lo > 1; i++ {
			mid := (lo + hi) / 2
			if q, dq, ok := try(mid); ok {
				hi, best, bestDoc = mid, q, dq
			} else {
				lo = mid
			}
		}
	}
	search()
	*doc = *bestDoc
	return best
}
