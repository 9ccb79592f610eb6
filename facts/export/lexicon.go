package export

import "factlens/facts"

// lexicon holds the words an export writes around the report's data. A
// word missing from a map prints as its contract name ("supported",
// "founded", "host"), which is English.
type lexicon struct {
	verdicts map[facts.Verdict]string
	kinds    map[facts.Kind]string
	events   map[string]string
	roles    map[string]string

	present, absent string
	// quote opens and closes a quotation.
	quote [2]string
	// untitled heads a report on an article without a title; noClaims
	// replaces the list of claims when there are none; claims heads that
	// list; sources introduces the evidence of a claim.
	untitled, noClaims, claims, sources string
}

// contractWords are the words of the CLI contract, for [Text].
var contractWords = &lexicon{present: "present", absent: "absent"}

var french = &lexicon{
	verdicts: map[facts.Verdict]string{
		facts.Unverified:   "Non vérifié",
		facts.Supported:    "Exact",
		facts.Imprecise:    "Imprécis",
		facts.Contradicted: "Faux",
	},
	kinds: map[facts.Kind]string{
		facts.KindDate:       "date",
		facts.KindFounding:   "fondation",
		facts.KindAttendance: "présence",
	},
	events: map[string]string{
		facts.EventFounded:     "fondation",
		facts.EventTransformed: "transformation",
		facts.EventJoined:      "adhésion",
		facts.EventWithdrew:    "retrait",
		facts.EventDissolved:   "dissolution",
		facts.EventLaunched:    "lancement",
		facts.EventOperational: "entrée en service",
		facts.EventInaugurated: "inauguration",
	},
	roles:    map[string]string{"host": "hôte", "chair": "présidence"},
	present:  "présents",
	absent:   "absents",
	quote:    [2]string{"« ", " »"},
	untitled: "Vérification",
	noClaims: "Aucune affirmation vérifiable.",
	claims:   "Affirmations",
	sources:  "Sources",
}

var english = &lexicon{
	verdicts: map[facts.Verdict]string{
		facts.Unverified:   "Unverified",
		facts.Supported:    "Accurate",
		facts.Imprecise:    "Imprecise",
		facts.Contradicted: "False",
	},
	events: map[string]string{
		facts.EventFounded:     "founding",
		facts.EventTransformed: "transformation",
		facts.EventJoined:      "joining",
		facts.EventWithdrew:    "withdrawal",
		facts.EventDissolved:   "dissolution",
		facts.EventLaunched:    "launch",
		facts.EventOperational: "entry into service",
		facts.EventInaugurated: "inauguration",
	},
	present:  "present",
	absent:   "absent",
	quote:    [2]string{"“", "”"},
	untitled: "Fact check",
	noClaims: "No checkable claims.",
	claims:   "Claims",
	sources:  "Sources",
}

// lexiconFor returns the words of lang, "fr" or "en"; any other language
// gets English.
func lexiconFor(lang string) *lexicon {
	if lang == "fr" {
		return french
	}
	return english
}

func (l *lexicon) verdict(v facts.Verdict) string { return lookup(l.verdicts, v, v.String()) }
func (l *lexicon) kind(k facts.Kind) string       { return lookup(l.kinds, k, k.String()) }
func (l *lexicon) event(e string) string          { return lookup(l.events, e, e) }
func (l *lexicon) role(r string) string           { return lookup(l.roles, r, r) }

// lookup returns m[k], or def when m has no k.
func lookup[K comparable](m map[K]string, k K, def string) string {
	if s, ok := m[k]; ok {
		return s
	}
	return def
}
