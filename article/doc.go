// Package article is Banmian's document model: an [Article] assembled from
// typed parts (breadcrumb, headline, meta line, lead, keyword sections with
// numbered scenes, captioned photos, footer), its validation, and its file
// format (.banmian, a zip of article.json and the images).
//
// The package uses the standard library only; every other package of Banmian
// imports it, and it imports none of them.
package article
