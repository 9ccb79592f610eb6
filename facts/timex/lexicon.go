package timex

import "strings"

// A unit is a unit of time: code is the TIMEX3 letter ('Y', 'M', 'W',
// 'D', 'H', 'S'), or 'N' for minutes, 'Q' for quarters, 'E' for half
// years and 'K' for weekends; mult is the number of base units in one
// ("décennie" is 10 'Y', "trimestre" 3 months).
type unit struct {
	code byte
	mult int
}

// Relative modifiers of an entry.
const (
	modLast = -1 // "dernier", "last", "passé"
	modNext = 1  // "prochain", "next"
	modThis = 2  // "ce", "cette", "this"
)

// An entry is what a lexicon knows of one folded word. A word may have
// several roles: "sept" is a number and a month abbreviation.
type entry struct {
	month   int8   // 1 to 12
	weekday int8   // 1 (Monday) to 7
	season  int8   // 1 spring, 2 summer, 3 autumn, 4 winter
	abbr    bool   // the month or weekday is an abbreviation
	num     int    // cardinal value; 0 if none
	ord     int    // ordinal value; 0 if none
	unit    unit   // zero if not a unit
	form    form   // singular or plural unit, or both ("mois")
	pod     string // part of the day: "MO", "AF", "EV", "NI"
	mod     int8   // modLast, modNext, modThis or 0
	tense   int8   // -1 marks the past, +1 the future
	fuzzy   bool   // a vague quantity: "quelques", "several"
	trigger bool   // the word may start an expression
}

// A phrase is a fixed expression and its meaning, as "hier" or "la
// veille". words are the folded tokens of the phrase.
type phrase struct {
	words []string
	typ   Type
	rel   rel
}

// A rel is the meaning of a fixed or built expression: a literal value, or
// an offset of n units from the reference date (or from the last date of
// the text if anchor), at the precision of the unit, with an optional part
// of the day.
type rel struct {
	lit    string
	unit   byte // a shift code ('D', 'W', 'M', 'Y') or 'K' (weekend)
	n      int
	anchor bool
	pod    string
}

// A lexicon is the immutable vocabulary of one language.
type lexicon struct {
	lang    string
	words   map[string]*entry
	phrases map[string][]phrase // by first word, longest first
	// holidays are the holidays on fixed dates, by first word, longest
	// first.
	holidays map[string][]holiday
	// tenseOf guesses the tense marked by a folded lower-case word whose
	// entry marks none, given the folded word before it: -1 past, +1
	// future, 0 unknown.
	tenseOf func(prev, w string) int8
}

// A holiday is a feast on a fixed day of the year.
type holiday struct {
	words []string // folded tokens
	m, d  int
}

// makeHolidays makes the holiday table of a lexicon from its names, as
// "name:MMDD", longest names first.
func makeHolidays(defs ...string) []holiday {
	var hs []holiday
	for _, def := range defs {
		k := strings.LastIndexByte(def, ':')
		var words []string
		for _, t := range tokenize(def[:k], nil) {
			words = append(words, t.fold)
		}
		md := atoi(def[k+1:])
		hs = append(hs, holiday{words: words, m: md / 100, d: md % 100})
	}
	for i := 1; i < len(hs); i++ {
		for k := i; k > 0 && len(hs[k].words) > len(hs[k-1].words); k-- {
			hs[k], hs[k-1] = hs[k-1], hs[k]
		}
	}
	return hs
}

// A wordList gives one role to many words.
type wordList struct {
	words string // space-separated folded words
	set   func(*entry, int)
}

// buildLexicon makes a lexicon from word lists, each word getting its
// role and its position in the list (1-based, or the value given after a
// colon, as in "vingt:20").
func buildLexicon(lang string, lists []wordList, phrases []phraseDef, holidays []holiday, tenseOf func(prev, w string) int8) *lexicon {
	lex := &lexicon{lang: lang, words: map[string]*entry{}, phrases: map[string][]phrase{}, holidays: map[string][]holiday{}, tenseOf: tenseOf}
	for _, h := range holidays {
		lex.entry(h.words[0]).trigger = true
		lex.holidays[h.words[0]] = append(lex.holidays[h.words[0]], h)
	}
	for _, l := range lists {
		for i, w := range strings.Fields(l.words) {
			n := i + 1
			if k := strings.IndexByte(w, ':'); k >= 0 {
				n = atoi(w[k+1:])
				w = w[:k]
			}
			e := lex.entry(w)
			l.set(e, n)
			e.trigger = true
		}
	}
	for _, d := range phrases {
		var words []string
		for _, t := range tokenize(d.text, nil) {
			words = append(words, t.fold)
		}
		p := phrase{words: words, typ: d.typ, rel: d.rel}
		ps := append(lex.phrases[words[0]], p)
		for k := len(ps) - 1; k > 0 && len(ps[k].words) > len(ps[k-1].words); k-- {
			ps[k], ps[k-1] = ps[k-1], ps[k]
		}
		lex.phrases[words[0]] = ps
		lex.entry(words[0]).trigger = true
	}
	return lex
}

// entry returns the entry of folded word w, adding it if needed.
func (lex *lexicon) entry(w string) *entry {
	e := lex.words[w]
	if e == nil {
		e = &entry{}
		lex.words[w] = e
	}
	return e
}

// lookup returns the entry of folded word w, or the empty entry.
func (lex *lexicon) lookup(w string) *entry {
	if e := lex.words[w]; e != nil {
		return e
	}
	return noEntry
}

// noEntry is the entry of words the lexicon does not know. It is never
// modified.
var noEntry = &entry{}

// A phraseDef is a phrase as written in a lexicon file.
type phraseDef struct {
	text string
	typ  Type
	rel  rel
}

// atoi returns the value of the decimal digits s, or 0.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Setters for word lists.
func setMonth(e *entry, n int)   { e.month = int8(n) }
func setMonthAb(e *entry, n int) { e.month, e.abbr = int8(n), true }
func setDay(e *entry, n int)     { e.weekday = int8(n) }
func setDayAb(e *entry, n int)   { e.weekday, e.abbr = int8(n), true }
func setSeason(e *entry, n int)  { e.season = int8(n) }
func setNum(e *entry, n int)     { e.num = n }
func setOrd(e *entry, n int)     { e.ord = n }
func setLast(e *entry, _ int)    { e.mod = modLast }
func setNext(e *entry, _ int)    { e.mod = modNext }
func setThis(e *entry, _ int)    { e.mod = modThis }
func setPast(e *entry, _ int)    { e.tense = -1 }
func setFuture(e *entry, _ int)  { e.tense = 1 }
func setFuzzy(e *entry, _ int)   { e.fuzzy = true }
func setTrigger(*entry, int)     {}

// A form says whether a unit word is singular, plural or both.
type form uint8

const (
	sing form = 1 << iota // "jour", "year"
	plur                  // "jours", "years"
)

func (f form) sing() bool { return f&sing != 0 }
func (f form) plur() bool { return f&plur != 0 }

// setUnit returns a setter for a unit word of form f.
func setUnit(code byte, mult int, f form) func(*entry, int) {
	return func(e *entry, _ int) { e.unit, e.form = unit{code, mult}, f }
}

// setPOD returns a setter for a part of the day.
func setPOD(pod string) func(*entry, int) {
	return func(e *entry, _ int) { e.pod = pod }
}

// Shorthands for phrase meanings.
func relDay(n int) rel             { return rel{unit: 'D', n: n} }
func relAnchor(n int) rel          { return rel{unit: 'D', n: n, anchor: true} }
func relPOD(n int, pod string) rel { return rel{unit: 'D', n: n, pod: pod} }
func relLit(v string) rel          { return rel{lit: v} }

// Literal values. blocked is the value of a phrase that is no temporal
// expression but contains one ("as soon as"): the tagger skips it.
const (
	blocked    = "-"
	unknownDay = "XXXX-XX-XX"
	presentRef = "PRESENT_REF"
	pastRef    = "PAST_REF"
	futureRef  = "FUTURE_REF"
)
