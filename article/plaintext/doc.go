// Package plaintext imports an article from text as it is copied from a news
// web page or a wire: breadcrumb, headline, meta line, photo file names with
// captions, byline, keyword sections, numbered scenes, subheads and footer,
// in Chinese or English. It owns golang.org/x/text (encodings).
//
// The importer never loses a line: every input line is either dropped as a
// web leftover (and listed in [Result.Dropped]) or kept in the article, a
// line it cannot classify becoming a paragraph where it stood.
package plaintext
