package app

// Preference keys (Fyne Preferences API).
const (
	// prefRecent holds the recent files, newest first, separated by "\n".
	prefRecent = "recentFiles"
	// prefTemplate is the template new articles use.
	prefTemplate = "defaultTemplate"
	// prefLanguage is the interface language: "" (system), "zh" or "en".
	prefLanguage = "language"
	// prefAutosave is the recovery autosave interval in seconds (0: off).
	prefAutosave = "autosaveSeconds"
	// prefSampleShown is set once the first-run sample has been shown.
	prefSampleShown = "sampleShown"
)

// defaultAutosave is the autosave interval when the preference is unset, in seconds.
const defaultAutosave = 30

// maxRecent is how many recent files the File menu lists.
const maxRecent = 8
