// Package job is the one path for the work both the command line and the
// editor do: open a file (.banmian, copied text, a bare article.json),
// import copy, choose the template, lay out, export PDF, HTML and PNG pages,
// and count preflight findings. cli and app call it; neither holds export
// logic of its own.
package job
