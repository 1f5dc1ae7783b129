// Package layout is Banmian's typesetting engine: an article and a template
// become a [Document] of pages of positioned items (text runs with per-glyph
// positions, images, boxes, rules, links), in points. The PDF writer and the
// raster renderer draw that one result unchanged, so preview and print agree.
//
// The pipeline (Engine.Layout reads as its four calls):
//   - collect.go: the article's elements as blocks in reading order, with
//     their text, style and measure (nothing set yet);
//   - compose.go: each block's text set in lines, through the paragraph
//     cache; shaping and clreq punctuation adjustment (units.go, classes.go),
//     line breaking (breaklines.go) and justification (justify.go);
//   - paginate.go: blocks into columns and pages (photos, keeps, widows and
//     orphans);
//   - folios.go: page numbers.
package layout
