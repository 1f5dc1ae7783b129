package layout

// A template may leave out any style but body: the style is then made from
// another one it gives (docs/templates.md lists the fallbacks), so that a
// style added to Banmian never invalidates a template file users keep.

// StylePullQuote is the style of pull quotes (引语/金句).
const StylePullQuote = "pull_quote"

// StyleEditorsNote is the style of the editor's note (编者按).
const StyleEditorsNote = "editors_note"

type fallback struct {
	from   string
	adjust func(s Style) Style
}

func scaled(f float64, bold bool, font string) func(Style) Style {
	return func(s Style) Style {
		s.Size, s.Leading = s.Size*f, s.Leading*f
		s.Bold = s.Bold || bold
		if font != "" {
			s.Font = font
		}
		s.Indent = 0
		return s
	}
}

func same(s Style) Style { return s }

// styleFallbacks gives, for each style but body, the style it is made from
// when a template lacks it, in an order where the source comes first.
var styleFallbacks = []struct {
	name string
	fallback
}{
	{StyleSubhead, fallback{StyleBody, scaled(1, true, "sans")}},
	{StyleQuote, fallback{StyleBody, same}},
	{StyleCaption, fallback{StyleBody, scaled(0.85, false, "sans")}},
	{StyleCredit, fallback{StyleCaption, same}},
	{StyleMeta, fallback{StyleCaption, same}},
	{StyleChannel, fallback{StyleMeta, same}},
	{StyleByline, fallback{StyleMeta, same}},
	{StyleFooter, fallback{StyleCaption, same}},
	{StyleFolio, fallback{StyleCaption, same}},
	{StyleHeadline, fallback{StyleBody, func(s Style) Style {
		s = scaled(2.2, true, "sans")(s)
		s.Align, s.SpaceAfter = "center", s.Size/2
		return s
	}}},
	{StyleSubtitle, fallback{StyleHeadline, scaled(0.6, false, "")}},
	{StyleKicker, fallback{StyleSubtitle, same}},
	{StyleKeyword, fallback{StyleSubhead, same}},
	{StyleSectionTitle, fallback{StyleSubhead, scaled(1.2, true, "")}},
	{StyleSceneLabel, fallback{StyleSubhead, same}},
	{StyleEditorsNote, fallback{StyleQuote, func(s Style) Style {
		s = scaled(1, false, "sans")(s)
		s.Indent, s.Color = 0, "muted"
		return s
	}}},
	{StylePullQuote, fallback{StyleQuote, func(s Style) Style {
		s = scaled(1.5, true, "sans")(s)
		s.Align, s.Color = "left", "accent"
		s.RuleAbove, s.RuleBelow = true, true
		s.SpaceBefore, s.SpaceAfter = max(s.SpaceBefore, s.Size), max(s.SpaceAfter, s.Size)
		return s
	}}},
}

// fillStyles makes the styles the template lacks from their fallbacks.
func (t *Template) fillStyles() {
	if t.Styles == nil {
		t.Styles = map[string]Style{}
	}
	for _, f := range styleFallbacks {
		if _, ok := t.Styles[f.name]; ok {
			continue
		}
		if src, ok := t.Styles[f.from]; ok {
			t.Styles[f.name] = f.adjust(src)
		}
	}
}
