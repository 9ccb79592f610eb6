package app

import (
	"fmt"
	"strconv"
	"strings"

	"factlens/facts"
)

// messages are the reader's UI strings in one language. Article text,
// claims and facts are shown as they come; only the reader's own words are
// translated here.
type messages struct {
	// lang is the BCP 47 tag of the language ("fr", "en"), name its name in
	// itself ("Français"), used on the button that switches to it.
	lang, name string

	// kinds and verdicts name one claim kind or verdict ("Date",
	// "Supported"); kindFilters name a kind in the plural, as a filter.
	kinds       map[facts.Kind]string
	kindFilters map[facts.Kind]string
	verdicts    map[facts.Verdict]string
	months      [12]string
	firstDay    string // the day 1 ("1er" in French), when it differs from "1"

	tools, switchLang, highlights, highlightsShown, highlightsHidden string
	legend, claims, byKind, byVerdict, noClaim                       string
	notes, backToText, claimN, close, facts, sources, noFacts        string
	alsoHere, newTab, notFound, keysHint, confidence                 string
	confidenceLevels                                                 map[string]string

	// shownCount ("%d of %d claims shown") and moreHere ("%d more claims
	// here") have a singular and a plural form; one reports whether a
	// count takes the singular (1 in English, 0 and 1 in French).
	shownCount, moreHere [2]string
	one                  func(n int) bool
}

// catalog holds the messages of each UI language.
var catalog = map[string]*messages{
	"fr": {
		lang: "fr", name: "Français",
		kinds: map[facts.Kind]string{
			facts.KindDate: "Date", facts.KindFounding: "Fondation", facts.KindAttendance: "Présence",
		},
		kindFilters: map[facts.Kind]string{
			facts.KindDate: "Dates", facts.KindFounding: "Fondations", facts.KindAttendance: "Présences",
		},
		verdicts: map[facts.Verdict]string{
			facts.Supported: "Confirmé", facts.Imprecise: "Imprécis",
			facts.Contradicted: "Contredit", facts.Unverified: "Non vérifié",
		},
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin",
			"juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		firstDay:         "1er",
		tools:            "Outils de lecture",
		switchLang:       "Afficher l’interface en français",
		highlights:       "Surlignage",
		highlightsShown:  "Surlignage affiché",
		highlightsHidden: "Surlignage masqué",
		legend:           "Légende",
		claims:           "Affirmations vérifiées",
		byKind:           "Filtrer par type",
		byVerdict:        "Filtrer par verdict",
		shownCount:       [2]string{"%d affirmation affichée sur %d", "%d affirmations affichées sur %d"},
		noClaim:          "Aucune affirmation ne correspond aux filtres.",
		notes:            "Notes de vérification",
		backToText:       "Retour au texte",
		claimN:           "Affirmation %d",
		close:            "Fermer",
		facts:            "Faits",
		sources:          "Sources",
		noFacts:          "Aucun fait de la base ne porte sur cette affirmation.",
		alsoHere:         "Aussi dans ce passage",
		newTab:           "nouvel onglet",
		moreHere:         [2]string{"%d autre affirmation ici", "%d autres affirmations ici"},
		one:              func(n int) bool { return n == 0 || n == 1 },
		notFound:         "Aucun article à cette adresse.",
		keysHint:         "Touches n et p : affirmation suivante ou précédente ; Échap : fermer la fiche.",
		confidence:       "fiabilité",
		confidenceLevels: map[string]string{"high": "élevée", "medium": "moyenne", "low": "faible"},
	},
	"en": {
		lang: "en", name: "English",
		kinds: map[facts.Kind]string{
			facts.KindDate: "Date", facts.KindFounding: "Founding event", facts.KindAttendance: "Attendance",
		},
		kindFilters: map[facts.Kind]string{
			facts.KindDate: "Dates", facts.KindFounding: "Founding events", facts.KindAttendance: "Attendance",
		},
		verdicts: map[facts.Verdict]string{
			facts.Supported: "Supported", facts.Imprecise: "Imprecise",
			facts.Contradicted: "Contradicted", facts.Unverified: "Unverified",
		},
		months: [12]string{"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December"},
		tools:            "Reading tools",
		switchLang:       "Show the interface in English",
		highlights:       "Highlights",
		highlightsShown:  "Highlights shown",
		highlightsHidden: "Highlights hidden",
		legend:           "Legend",
		claims:           "Checked claims",
		byKind:           "Filter by kind",
		byVerdict:        "Filter by verdict",
		shownCount:       [2]string{"%d of %d claims shown", "%d of %d claims shown"},
		noClaim:          "No claim matches the filters.",
		notes:            "Fact-check notes",
		backToText:       "Back to the text",
		claimN:           "Claim %d",
		close:            "Close",
		facts:            "Facts",
		sources:          "Sources",
		noFacts:          "No fact in the knowledge base bears on this claim.",
		alsoHere:         "Also in this passage",
		newTab:           "new tab",
		moreHere:         [2]string{"%d more claim here", "%d more claims here"},
		one:              func(n int) bool { return n == 1 },
		notFound:         "No article at this address.",
		keysHint:         "Keys n and p: next or previous claim; Escape: close the card.",
		confidence:       "confidence",
		confidenceLevels: map[string]string{"high": "high", "medium": "medium", "low": "low"},
	},
}

// uiLangs lists the UI languages in the order the switch offers them.
var uiLangs = []string{"fr", "en"}

// kindOrder and verdictOrder are the orders of the filters and the legend.
var (
	kindOrder    = []facts.Kind{facts.KindDate, facts.KindFounding, facts.KindAttendance}
	verdictOrder = []facts.Verdict{facts.Supported, facts.Imprecise, facts.Contradicted, facts.Unverified}
)

// messagesFor returns the messages of lang, or English for a language the
// reader does not speak.
func messagesFor(lang string) *messages {
	if m, ok := catalog[lang]; ok {
		return m
	}
	return catalog["en"]
}

// knownLang returns lang when the reader has messages in it, else "".
// Only its result may go into a lang attribute.
func knownLang(lang string) string {
	if _, ok := catalog[lang]; ok {
		return lang
	}
	return ""
}

// count formats forms (singular, plural) with n and the other args,
// choosing the form by n.
func (m *messages) count(forms [2]string, n int, args ...any) string {
	f := forms[1]
	if m.one(n) {
		f = forms[0]
	}
	return fmt.Sprintf(f, append([]any{n}, args...)...)
}

// kind returns the label of k; an invalid kind shows as its Go form
// ("Kind(7)"), never as an empty string.
func (m *messages) kind(k facts.Kind) string {
	if s, ok := m.kinds[k]; ok {
		return s
	}
	return k.String()
}

// verdict returns the label of v; an invalid verdict reads as unverified.
func (m *messages) verdict(v facts.Verdict) string {
	return m.verdicts[verdictOf(v)]
}

// date formats a TIMEX3 date for readers: "2023-09-16" as "16 septembre
// 2023" or "16 September 2023", a month as "septembre 2023", a year as is,
// and an interval "A/B" as "A – B". Any other value is returned unchanged.
func (m *messages) date(timex string) string {
	if a, b, ok := strings.Cut(timex, "/"); ok {
		return m.date(a) + " – " + m.date(b)
	}
	parts := strings.Split(timex, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return timex
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (i > 0 && len(p) != 2) {
			return timex
		}
		nums[i] = n
	}
	switch len(nums) {
	case 1:
		return parts[0]
	case 2:
		if nums[1] < 1 || nums[1] > 12 {
			return timex
		}
		return m.months[nums[1]-1] + " " + parts[0]
	}
	if nums[1] < 1 || nums[1] > 12 || nums[2] < 1 || nums[2] > 31 {
		return timex
	}
	day := strconv.Itoa(nums[2])
	if nums[2] == 1 && m.firstDay != "" {
		day = m.firstDay
	}
	return fmt.Sprintf("%s %s %s", day, m.months[nums[1]-1], parts[0])
}
