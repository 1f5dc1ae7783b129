// Package raster draws laid-out pages into images: the editor's preview and
// "banmian export --format png". It draws the layout's items unchanged, with
// the same font bytes the PDF embeds, so the preview shows what prints.
package raster
