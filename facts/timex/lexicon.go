package timex

import (
	"strings"
	"time"
)

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
	// participle marks a past participle in apposition ("formée",
	// "annoncée"): it dates its own clause, not the sentence's others.
	participle bool
	present    bool // a verb in the present: "expires", "lieu" of "a lieu"
	// state marks a present that tells a state, "ouvert" ("le musée est
	// ouvert"), which schedules no day (tagger.schedules).
	state   bool
	fuzzy   bool // a vague quantity: "quelques", "several"
	trigger bool // the word may start an expression
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
	// night marks "overnight": an adverb, not a modifier ("overnight
	// rate"), of the night before the reference day, or of the coming
	// one in a sentence in the future.
	night bool
	// day marks a shift to the same day of another period: "this time
	// last year" is the reference's day, a year before.
	day bool
}

// A lexicon is the immutable vocabulary of one language.
type lexicon struct {
	lang    string
	words   map[string]*entry
	phrases map[string][]phrase // by first word, longest first
	// holidays are the holidays on fixed dates, by first word, longest
	// first.
	holidays map[string][]holiday
	// tenseOf guesses the tense marked by a folded word, given the folded
	// word before it and the tense its entry lists (0 if none, in which
	// case the word is in lower case): -1 past, +1 future, 0 unknown.
	tenseOf func(prev, w string, listed int8) int8
	// mods are the modifiers, as folded tokens, that a quantity of time
	// keeps in its expression, as TimeML's extents do: "about two years",
	// "plus de dix ans" (tagger.withMod).
	mods [][]string
}

// A holiday is a feast on a fixed day of the year (m, d), on the nth
// weekday wd of month m (the last one if nth is -1: "Labor Day",
// "Memorial Day") and off days after it ("Black Friday"), or off days
// after Easter Sunday if easter.
type holiday struct {
	words   []string // folded tokens
	m, d    int
	nth, wd int
	easter  bool
	off     int
}

// makeHolidays makes the holiday table of a lexicon from its definitions,
// longest names first: "name:MMDD" for a fixed day, "name:M.N.W" for the
// Nth weekday W (1 Monday) of month M (N = -1 for the last),
// "name:M.N.W+D" for D days after it, and "name:E±N" for N days after
// Easter.
func makeHolidays(defs ...string) []holiday {
	var hs []holiday
	for _, def := range defs {
		k := strings.LastIndexByte(def, ':')
		h := holiday{words: foldedTokens(def[:k])}
		switch spec := def[k+1:]; {
		case spec[0] == 'E':
			h.easter, h.off = true, signedAtoi(spec[1:])
		case strings.Count(spec, ".") == 2:
			f := strings.Split(spec, ".")
			wd, off, _ := strings.Cut(f[2], "+")
			h.m, h.nth, h.wd, h.off = atoi(f[0]), signedAtoi(f[1]), atoi(wd), atoi(off)
		default:
			md := atoi(spec)
			h.m, h.d = md/100, md%100
		}
		hs = append(hs, h)
	}
	for i := 1; i < len(hs); i++ {
		for k := i; k > 0 && len(hs[k].words) > len(hs[k-1].words); k-- {
			hs[k], hs[k-1] = hs[k-1], hs[k]
		}
	}
	return hs
}

// movable reports whether the date of h changes with the year.
func (h holiday) movable() bool { return h.easter || h.nth != 0 }

// in returns the month and day of h in year y.
func (h holiday) in(y int) (m, d int) {
	switch {
	case h.easter:
		t := easter(y).AddDate(0, 0, h.off)
		return int(t.Month()), t.Day()
	case h.nth > 0:
		first := isoWeekday(time.Date(y, time.Month(h.m), 1, 0, 0, 0, 0, time.UTC))
		return monthDay(y, h.m, 1+(h.wd-first+7)%7+7*(h.nth-1)+h.off)
	case h.nth < 0:
		n := daysIn(h.m, y)
		last := isoWeekday(time.Date(y, time.Month(h.m), n, 0, 0, 0, 0, time.UTC))
		return monthDay(y, h.m, n-(last-h.wd+7)%7+h.off)
	}
	return h.m, h.d
}

// monthDay returns the month and day of day d of month m in year y, a
// day past the month's end falling in the next one.
func monthDay(y, m, d int) (int, int) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return int(t.Month()), t.Day()
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// A wordList gives one role to many words.
type wordList struct {
	words string // space-separated folded words
	set   func(*entry, int)
}

// foldedTokens returns the folded tokens of text: the words of a phrase
// as the tagger compares them.
func foldedTokens(text string) []string {
	var words []string
	for _, t := range tokenize(text, nil) {
		words = append(words, t.fold)
	}
	return words
}

// buildLexicon makes a lexicon from word lists, each word getting its
// role and its position in the list (1-based, or the value given after a
// colon, as in "vingt:20"), its fixed phrases, holidays, tense guesser and
// the modifiers of a quantity of time (mods, see lexicon.mods). Every word
// but those that only mark a tense may start an expression.
func buildLexicon(lang string, lists []wordList, phrases []phraseDef, holidays []holiday, tenseOf func(prev, w string, listed int8) int8, mods ...string) *lexicon {
	lex := &lexicon{lang: lang, words: map[string]*entry{}, phrases: map[string][]phrase{}, holidays: map[string][]holiday{}, tenseOf: tenseOf}
	for _, m := range mods {
		lex.mods = append(lex.mods, foldedTokens(m))
	}
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
			before := *e
			l.set(e, n)
			// A word that only marks the tense ("was", "will")
			// starts no expression.
			after := *e
			after.tense, after.present = before.tense, before.present
			if after != before {
				e.trigger = true
			}
		}
	}
	for _, d := range phrases {
		words := foldedTokens(d.text)
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

// signedAtoi returns the value of s, decimal digits after an optional
// sign.
func signedAtoi(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return -atoi(s[1:])
	case strings.HasPrefix(s, "+"):
		return atoi(s[1:])
	}
	return atoi(s)
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

// setParticiple marks a past participle (see entry.participle).
func setParticiple(e *entry, _ int) { e.tense, e.participle = -1, true }
func setFuture(e *entry, _ int)     { e.tense = 1 }
func setPresent(e *entry, _ int)    { e.present = true }
func setState(e *entry, _ int)      { e.present, e.state = true, true }
func setFuzzy(e *entry, _ int)      { e.fuzzy = true }
func setTrigger(e *entry, _ int)    { e.trigger = true }

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
