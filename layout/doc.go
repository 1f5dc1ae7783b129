// Package layout is Banmian's typesetting engine: an article and a template
// become a [Document] of pages of positioned items (text runs with per-glyph
// positions, images, boxes, rules, links), in points. The PDF writer and the
// raster renderer draw that one result unchanged, so preview and print agree.
//
// The pipeline, one file a stage: collect (article → flow of blocks),
// compose (shaping, clreq punctuation adjustment, line breaking and
// justification), paginate (columns, photos, keeps, widows and orphans,
// folios).
package layout
