package verify

import (
	"fmt"

	"factlens/facts/kb"
)

// lexicon is the vocabulary verification reads in one language, all
// words folded (lower case, no accents), and the phrases it writes.
type lexicon struct {
	// kinds maps a word to the kinds of event it names ("sommet" → summit).
	kinds map[string][]kb.EventKind
	// ordinals maps ordinal words to their number ("deuxième" → 2).
	ordinals map[string]int
	// since are words before a duration that make it time elapsed since an
	// event ("après un an de confédération").
	since map[string]bool
	// of are words right after a duration that tie it to the event it is
	// counted from ("un an de confédération", "two years after").
	of map[string]bool
	// lasting are words before a duration that make it the length of the
	// event of the sentence ("pendant deux jours", "lasted two days").
	lasting map[string]bool
	// lastedVerbs are the verbs, folded, of an event's own length: "the
	// summit lasted two days", "n'a duré que six heures".
	lastedVerbs map[string]bool
	// parts are the nouns, folded, of a part of an event, whose length is
	// not the event's: "the closed-door session", "le discours".
	parts map[string]bool
	// approx are the words that make a date approximate: "il y a près de
	// dix ans", "nearly a decade ago".
	approx map[string]bool
	// eventPronouns are the pronouns, folded, that stand for an event
	// named before: "y" in "n'y assistait pas", "there".
	eventPronouns map[string]bool
	// recent are words saying that something happened lately
	// ("nouvellement", "newly").
	recent map[string]bool
	// conj are the conjunctions that join clauses ("et", "and"): the
	// event words nearest a claim are those of its clause.
	conj map[string]bool
	// terms are the words before a year that make it the term of an
	// office ("named president for 2026", "désigné président pour
	// 2026"), and offices the nouns of such offices: the year is not
	// when the event of the sentence took place.
	terms, offices map[string]bool
	// arrival are the words of arriving ("arrivé", "landed"): a time of
	// day beside them is compared with a participant's arrival.
	arrival map[string]bool
	// opening and closing are the words of an event's first and last day
	// ("ouvert le 23 décembre", "ended on Tuesday"): a day beside them is
	// compared with that day only.
	opening, closing map[string]bool
	// dayUnits are the singular and plural of "day", for [lexicon.days].
	dayUnits [2]string
	// months are the month names, January first.
	months [12]string
	// weekdays are the day names, Sunday first (as [time.Weekday]).
	weekdays [7]string
	// msg are the explanation templates, by key.
	msg map[string]string
}

// lexiconFor returns the lexicon of lang, English for a language it does
// not know.
func lexiconFor(lang string) *lexicon {
	if lang == "fr" {
		return &lexiconFR
	}
	return &lexiconEN
}

// days writes a count of days: "1 jour", "2 jours".
func (l *lexicon) days(n int) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d %s", n, l.dayUnits[0])
	}
	return fmt.Sprintf("%d %s", n, l.dayUnits[1])
}

// kindsOf returns a kind set, for the lexicon tables.
func kindsOf(ks ...kb.EventKind) []kb.EventKind { return ks }

// set returns a word set, for the lexicon tables.
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
