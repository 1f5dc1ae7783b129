package layout

import "banmian/article"

// balanceFrom is how full the last page must be to have its columns evened.
const balanceFrom = 0.9

// paginate places the blocks, then, with balance, in a template of several
// columns, evens the last page's columns: the columns of that page are made
// to end as high as they can without the story needing another page
// (binary search on where they end; the blocks are composed once, so each
// try is only a pagination). A last page less than 90 % full is left as it
// runs (columns filled from the left): evening it would leave every column
// short, which reads as holes; such a page is underset, and the copyfit
// meter says so.
func paginate(t *Template, doc *Document, a *article.Article, header, flow []*block, balance bool) *pager {
	run := func(limitPage int, bottom Pt) (*pager, *Document) {
		d := *doc
		d.Pages = nil
		p := newPager(t, &d, a)
		p.limitPage, p.limitBottom = limitPage, bottom
		p.run(header, flow)
		return p, &d
	}
	p, d := run(-1, 0)
	n := len(d.Pages)
	if !balance || t.Page.Columns < 2 || n == 0 || filled(d, t, n-1) < balanceFrom {
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
	for i := 0; i < 12 && hi-lo > 1; i++ {
		mid := (lo + hi) / 2
		q, dq := run(last, mid)
		if len(dq.Pages) == n {
			hi, best, bestDoc = mid, q, dq
		} else {
			lo = mid
		}
	}
	*doc = *bestDoc
	return best
}
