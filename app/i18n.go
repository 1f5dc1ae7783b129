package app

import (
	"banmian/article"
	"embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"banmian/internal/locale"
)

//go:embed translations
var translations embed.FS

// loadTranslations adds the Chinese and English interface texts; the
// preference, when set, wins over the system's language.
func loadTranslations(a fyne.App) {
	locale.Prefer(a.Preferences().String(prefLanguage))
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fyne.LogError("translations", err)
	}
	// Import summaries, preflight and file errors speak the interface's language.
	article.SetMessageLanguage(lang.SystemLocale().LanguageString())
}
