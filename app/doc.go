// Package app is Banmian's desktop editor (Fyne): an outline of the article,
// an inspector for the selected element, and a live preview drawn from the
// typesetting engine's pages, with menus, undo, photos, export, external
// editing and recovery. It adds no layout of its own: the preview is the
// engine's raster pages. Only this package (and main) imports Fyne.
package app
