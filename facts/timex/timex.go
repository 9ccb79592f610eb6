// Package timex finds temporal expressions in French and English news text
// and normalises them to TIMEX3 values.
//
// The tagger is a scanner in two layers, as text/template/parse: a
// tokenizer (token.go) splits the text into words, numbers and punctuation
// with their byte offsets, and a recogniser tries, at each token, a set of
// rules (one function per pattern, in date.go, relative.go, duration.go
// and clock.go) and keeps the longest match. The vocabulary of each
// language is data (lexicon_fr.go, lexicon_en.go). Relative expressions
// are resolved against the reference date, the last explicit year of the
// paragraph, the last day named in the text and the tense of the
// sentence.
//
// Conventions where TIMEX3 leaves a choice: a SET's value is its period
// and its extent holds its frequency ("twice a week", "deux fois par
// semaine": P1W; "le troisième mardi de chaque mois": P1M); a weekday
// after "le" or a range of weekdays recurs in a sentence in the present
// ("le marché se tient le mardi": SET P1W) and names one day otherwise.
// A time zone is part of a time's extent ("3:30 p.m. ET"), not of its
// value. A period relative to an event ("au lendemain du scrutin") is not
// tagged: it names no date the text can resolve. A month after a
// superlative ("the hottest September on record") is a month of the
// year of the text. Vague periods are PAST_REF, PRESENT_REF or FUTURE_REF
// ("in recent years", "currently", "the coming weeks").
package timex

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Type is the TIMEX3 type of an expression. The zero Type is invalid.
type Type int

const (
	_ Type = iota
	// Date is a calendar date or period: a day, week, month, season,
	// year, decade, or an interval of them.
	Date
	// Time is a time of day, possibly on a date.
	Time
	// Duration is a length of time ("deux jours", P2D).
	Duration
	// Set is a recurring time ("chaque année", P1Y with a quantifier).
	Set
)

var typeNames = map[Type]string{Date: "DATE", Time: "TIME", Duration: "DURATION", Set: "SET"}

// String returns the TIMEX3 name: DATE, TIME, DURATION or SET.
func (t Type) String() string {
	if s, ok := typeNames[t]; ok {
		return s
	}
	return fmt.Sprintf("Type(%d)", int(t))
}

// Timex is one temporal expression found in a text.
type Timex struct {
	// Start and End are the byte offsets of the expression in the text,
	// End exclusive.
	Start, End int
	Type       Type
	// Value is the TIMEX3 value: "2025-12-22", "2025-12", "2025-W51",
	// "199X", "2025-12-20/2025-12-21", "P2D", "PT48H", "PXD", ...
	Value string
}

// Tag returns the temporal expressions of text, written in lang ("fr" or
// "en"; any other value is read as English), in order of Start and without
// overlaps. Relative expressions ("hier", "last Friday") are resolved
// against ref, the publication date; only its calendar day is used. Tag
// expects valid UTF-8 (invalid bytes are never part of an expression) and
// never fails: text without temporal expressions gives nil.
func Tag(text, lang string, ref time.Time) []Timex {
	lex := lexEN
	if lang == "fr" {
		lex = lexFR
	}
	day := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	tg := &tagger{lex: lex, toks: tokenize(text, lex), eot: token{e: noEntry}, ref: day, anchor: day, ctxPara: -1}
	return tg.run()
}

// A match is an expression found by a rule: tokens [i, j).
type match struct {
	i, j  int
	typ   Type
	value string
	// d is the resolved date of a DATE or TIME, if any: it sets the
	// anchor of "la veille" and the year context.
	d dexpr
	// deictic reports an expression read from the reference date or the
	// anchor ("hier", "next week"): the text is back in its own time.
	deictic bool
}

// A rule tries to recognise an expression starting at token i. It reports
// whether it did; it has no effect on the tagger.
type rule func(tg *tagger, i int) (match, bool)

// A tagger holds the state of one call to Tag.
type tagger struct {
	lex  *lexicon
	toks []token
	eot  token // returned for positions past the end
	ref  time.Time
	// anchor is the last day named in the text, ref at first, and
	// anchorPara its paragraph.
	anchor     time.Time
	anchorPara int32
	// anchorI and anchorJ are the tokens [anchorI, anchorJ) of the
	// expression that named the anchor.
	anchorI, anchorJ int
	// anchorYear is the year of the last date named with a year, or 0.
	anchorYear int
	// anchorMonth is the first day of the month of the last date named
	// to the month or the day, or the zero time.
	anchorMonth time.Time
	// ctxYear is the last year written in sentence ctxSent of paragraph
	// ctxPara, in an expression ending at token ctxEnd; ctxFrame reports
	// that it frames the rest of the paragraph too (see note).
	ctxYear          int
	ctxPara, ctxSent int32
	ctxEnd           int
	ctxFrame         bool
	// period is the last month, quarter, half or season named with its
	// year, in sentence periodSent of paragraph periodPara; periods
	// counts those that sentence names.
	period     dexpr
	periodSent int32
	periodPara int32
	periods    int
	// last is the last date named, in sentence lastSent: "le même jour"
	// after a month or a year is a day of it.
	last     dexpr
	lastSent int32
	// setJ is the token after the last SET, or after the last time of
	// day that one dated ("daily from 9 a.m. to 6 p.m."), or 0; setValue
	// is the value of that SET.
	setJ     int
	setValue string
	// depth counts the calls of best in progress.
	depth int
}

// run scans the tokens and returns the expressions found.
func (tg *tagger) run() []Timex {
	var out []Timex
	for i := 0; i < len(tg.toks); {
		t := &tg.toks[i]
		// Only numbers, apostrophes ("'90s") and words that may start an
		// expression are tried, and roman numerals before "siècle".
		if t.kind == tPunct && t.fold != "'" || t.kind == tBreak ||
			t.kind == tWord && !t.e.trigger && !(t.upper && tg.tok(i+1).e.unit.mult == 100) {
			i++
			continue
		}
		m, ok := tg.best(i)
		if !ok || m.value == blocked {
			i = max(m.j, i+1)
			continue
		}
		m = tg.withRelativeYear(m)
		tg.note(m)
		out = append(out, Timex{Start: int(tg.toks[tg.withMod(m)].start), End: int(tg.toks[m.j-1].end), Type: m.typ, Value: m.value})
		i = m.j
	}
	return out
}

// withMod returns the first token of m's expression with the modifier
// before a quantity of time (lexicon.mods), a duration or a date counted
// from another: "about two years", "plus de dix ans", "nearly a decade
// ago", "près de deux ans plus tard". The value is the quantity's: TimeML
// keeps the modifier in the expression, and its meaning in a mod
// attribute, which Timex does not have. Not "about the last two years",
// where "about" is a preposition.
func (tg *tagger) withMod(m match) int {
	if m.typ != Duration && (m.typ != Date || !countedEnds[tg.tok(m.j-1).fold]) {
		return m.i
	}
	if t := tg.tok(m.i); t.kind != tNumber && t.e.num == 0 && !t.e.fuzzy && !quantityArticles[t.fold] {
		return m.i
	}
	for _, w := range tg.lex.mods {
		k := m.i - len(w)
		if k < 0 {
			continue
		}
		if slices.EqualFunc(tg.toks[k:m.i], w, func(t token, f string) bool { return t.fold == f }) {
			return k
		}
	}
	return m.i
}

// countedEnds are the last words, folded, of a date counted from
// another: "two years ago", "deux ans plus tard".
var countedEnds = map[string]bool{"ago": true, "later": true, "earlier": true, "tard": true, "tot": true}

// quantityArticles are the articles, folded, that count one: "a decade",
// "un mois".
var quantityArticles = map[string]bool{"a": true, "an": true, "un": true, "une": true}

// withRelativeYear extends a date without a written year with the year
// that a relative expression after it names: "June last year", "le 3 mars
// de l'an dernier", "en mai l'année prochaine".
func (tg *tagger) withRelativeYear(m match) match {
	if m.deictic || m.d.yearTxt || m.d.y == 0 || m.d.g < gDay || m.d.g > gHalf || m.d.g == gWeek {
		return m
	}
	k := tg.opt(m.j, "of", "de")
	n, ok := tg.best(k)
	if !ok || !n.deictic || n.d.g != gYear || n.d.y == 0 || n.i != k {
		return m
	}
	d := m.d
	d.y = n.d.y
	if v := d.value(); v != "" && (d.g != gDay || validDay(d.d, d.m, d.y)) {
		m.d, m.value, m.j = d, v, n.j
	}
	return m
}

// maxDepth bounds the nesting of rules that call best on the rest of an
// expression ("fin de ..."), which keeps the tagger linear in the text.
const maxDepth = 3

// best returns the longest match at token i of the rules, tried in order
// (the first wins on ties).
func (tg *tagger) best(i int) (match, bool) {
	if tg.depth >= maxDepth {
		return match{}, false
	}
	tg.depth++
	defer func() { tg.depth-- }()
	var best match
	found := false
	for k, r := range [...]rule{
		(*tagger).ruleDate, (*tagger).ruleRelative, (*tagger).ruleEdge, (*tagger).rulePhrase,
		(*tagger).ruleClock, (*tagger).rulePOD, (*tagger).ruleWeekOf, (*tagger).ruleSet, (*tagger).ruleDuration,
		(*tagger).ruleNthWeekday,
	} {
		if m, ok := r(tg, i); ok && m.value != "" && (!found || m.j > best.j) {
			best, found = m, true
			best.deictic = k == 1 || k == 3
		}
	}
	return best, found
}

// note updates the context with the expression m: the anchor day and the
// year written in the text. A written year holds for the rest of its
// sentence; it frames the rest of the paragraph when it opens its sentence
// ("En 2013, ...") or dates a day ("On March 1, 2013, ..."), not when it is
// a detail ("founded in 1998", "since August 2024") or the end of an
// interval. An expression read from the reference date without a written
// year ("la semaine prochaine") ends the frame.
func (tg *tagger) note(m match) {
	if m.deictic && !m.d.yearTxt {
		tg.ctxYear = 0
	}
	if m.typ == Date && m.d.y > 0 {
		tg.last, tg.lastSent = m.d, tg.tok(m.i).sent
	}
	if m.typ == Set || m.typ == Time && strings.HasPrefix(m.value, unknownDay) {
		tg.setJ, tg.setValue = m.j, m.value
	}
	if m.d.g == gDay && m.d.y > 0 {
		tg.anchor, tg.anchorPara = m.d.dayOf(), tg.toks[m.i].para
		tg.anchorI, tg.anchorJ = m.i, m.j
	}
	if (m.d.g == gDay || m.d.g == gMonth) && m.d.y > 0 && m.d.m > 0 {
		tg.anchorMonth = time.Date(m.d.y, time.Month(m.d.m), 1, 0, 0, 0, 0, time.UTC)
	}
	if m.d.y > 0 && m.d.g != gDecade && m.d.g != gCentury {
		tg.anchorYear = m.d.y
	}
	if m.d.y > 0 && (m.d.g == gMonth || m.d.g == gQuarter || m.d.g == gHalf || m.d.g == gSeason) {
		t := tg.tok(m.i)
		if t.sent != tg.periodSent || tg.periods == 0 {
			tg.periods = 0
		}
		tg.period, tg.periodSent, tg.periodPara = m.d, t.sent, t.para
		tg.periods++
	}
	if m.deictic && m.d.g == gYear && m.d.y > 0 {
		// "delayed twice last year, first by an illness in March": a
		// year read from the reference date holds for the rest of its
		// sentence, as a detail's written year does.
		t := tg.tok(m.i)
		tg.ctxYear, tg.ctxPara, tg.ctxSent, tg.ctxEnd, tg.ctxFrame = m.d.y, t.para, t.sent, m.j, false
		return
	}
	if m.d.g == gYear && m.j == m.i+1 && tg.tok(m.i-1).kind == tWord && !yearPreps[tg.tok(m.i-1).fold] && tg.tok(m.i-1).e.month == 0 {
		return // a name's year: "les éliminatoires de la Coupe du monde 2018 dès septembre"
	}
	if !m.d.yearTxt || strings.Contains(m.value, "/") || tg.is(m.i-1, "depuis", "since") {
		return // "the first since 2019, opened on Feb. 15": no year of the sentence
	}
	t := tg.tok(m.i)
	tg.ctxYear, tg.ctxPara, tg.ctxSent, tg.ctxEnd = m.d.y, t.para, t.sent, m.j
	opens := tg.sentenceStart(m.i) || tg.sentenceStart(m.i-1) && tg.tok(m.i-1).kind == tWord
	tg.ctxFrame = !tg.is(m.i-1, "depuis", "since") && (opens || m.d.g == gDay)
}

// tok returns token i, or an empty token past either end.
func (tg *tagger) tok(i int) *token {
	if i < 0 || i >= len(tg.toks) {
		return &tg.eot
	}
	return &tg.toks[i]
}

// is reports whether token i is one of the folded words ws.
func (tg *tagger) is(i int, ws ...string) bool {
	f := tg.tok(i).fold
	for _, w := range ws {
		if f == w {
			return true
		}
	}
	return false
}

// seq reports whether the tokens from i are the folded words ws, and
// returns the index after them.
func (tg *tagger) seq(i int, ws ...string) (int, bool) {
	for k, w := range ws {
		if tg.tok(i+k).fold != w {
			return i, false
		}
	}
	return i + len(ws), true
}

// opt skips token i if it is one of the folded words ws.
func (tg *tagger) opt(i int, ws ...string) int {
	if tg.is(i, ws...) {
		return i + 1
	}
	return i
}

// hyphen reports whether token i is a dash glued to the tokens around it,
// as in "mi-juillet" or "13-15".
func (tg *tagger) hyphen(i int) bool { return tg.glued(i, "-") }

// slash reports whether token i is a slash glued to the tokens around it,
// as in "2023/24".
func (tg *tagger) slash(i int) bool { return tg.glued(i, "/") }

// glued reports whether token i is the punctuation p with no space on
// either side.
func (tg *tagger) glued(i int, p string) bool {
	t := tg.tok(i)
	return t.fold == p && !t.space && !tg.tok(i+1).space && i+1 < len(tg.toks)
}

// sentenceStart reports whether token i begins a sentence or a line.
func (tg *tagger) sentenceStart(i int) bool {
	p := tg.tok(i - 1)
	return i == 0 || p.kind == tBreak || p.sent != tg.tok(i).sent || p.fold == "«" || p.fold == "\"" || p.fold == ":"
}

// tense returns the tense of the sentence around token i from the nearest
// marker: -1 past, +1 future, 0 if none is found or if the nearest verb
// is in the present ("talks resume on March 20, diplomats said"). A
// marker in i's clause, between commas, comes first ("talks will resume
// in mid-September, the minister said"). A semicolon ends the clause each
// way ("talks collapsed last weekend; a new round is planned this
// weekend").
func (tg *tagger) tense(i int) int8 {
	if tg.governedByPast(i) {
		return -1
	}
	if tg.purposeBefore(i) {
		return 1
	}
	if t, ok := tg.tenseWithin(i, ","); ok {
		return t
	}
	t, _ := tg.tenseWithin(i, ";")
	return t
}

// governedByPast reports whether the date at token i is the complement of
// a verb in the past right before its preposition, which dates it whatever
// follows: "tariffs announced in early April could push prices up", "les
// taxes annoncées en avril pourraient …". Not a form of "to be" ("was in
// March" tells nothing more than its clause).
func (tg *tagger) governedByPast(i int) bool {
	k := i - 1
	for ; k >= i-4 && dateModifiers[tg.tok(k).fold]; k-- {
	}
	if !tg.is(k, "in", "on", "en", "le", "au") {
		return false
	}
	v := tg.tok(k - 1)
	return v.tense == -1 && (!v.upper || tg.openingParticiple(k-1)) && !copulasPast[v.fold]
}

// openingParticiple reports whether token k is a past participle that
// opens its sentence, capitalised as the first word and no name:
// "Créée le 10 avril, la mission devrait compter", "Founded in March, the
// group will hold".
func (tg *tagger) openingParticiple(k int) bool {
	t := tg.tok(k)
	return t.tense == -1 && (t.participle || strings.HasSuffix(t.fold, "ed")) && k < len(tg.toks) && opensSentence(tg.toks[:k], t.sent)
}

// purposeBefore reports whether the date at token i follows the
// infinitive of a purpose, which lies ahead of its sentence: "désigné pour
// succéder le 1er août à B", "afin de signer mardi".
func (tg *tagger) purposeBefore(i int) bool {
	if tg.lex.lang != "fr" {
		return false
	}
	k := i - 1
	if tg.is(k, "le", "l", "'", "en", "au", "a", "des") {
		k--
	}
	if tg.is(k, "'") {
		k--
	}
	v := tg.tok(k)
	if v.kind != tWord || v.upper || len(v.fold) < 4 || !(strings.HasSuffix(v.fold, "er") || strings.HasSuffix(v.fold, "ir") || strings.HasSuffix(v.fold, "re")) {
		return false
	}
	return tg.is(k-1, "pour") || tg.is(k-1, "de") && tg.is(k-2, "afin")
}

// dateModifiers are the words, folded, that may stand between a date and
// its preposition: "in early April", "en début d'année".
var dateModifiers = map[string]bool{
	"early": true, "late": true, "mid": true, "-": true, "the": true, "debut": true, "fin": true, "mi": true, "d": true, "'": true,
}

// copulasPast are the forms, folded, of "to be" in the past.
var copulasPast = map[string]bool{"was": true, "were": true, "etait": true, "etaient": true}

// tenseWithin returns the tense from the nearest marker around token i
// before the punctuation end, each way (see [tagger.tense]), and whether
// it found one.
func (tg *tagger) tenseWithin(i int, end string) (int8, bool) {
	s := tg.tok(i).sent
	ls, rs := s, s // the sentences looked at on the left and on the right
	// A participle in apposition dates its own clause: "ouvert le 23
	// décembre, marque …, formée en septembre 2023" is not in the past.
	clausal := end == ","
	for d := 1; d < 40; d++ {
		l, r := tg.tok(i-d), tg.tok(i+d)
		if l.fold == ";" || l.fold == end {
			ls = -1
		}
		if r.fold == ";" || r.fold == end {
			rs = -1
		}
		if l.sent != ls && r.sent != rs {
			break
		}
		if l.sent == ls {
			if t, ok := tg.tenseAt(i-d, clausal, true); ok {
				return t, true
			}
		}
		if r.sent == rs {
			if t, ok := tg.tenseAt(i+d, clausal, false); ok {
				return t, true
			}
		}
		if r.fold == "that" || r.fold == "que" || r.fold == "qu" || r.fold == "according" || r.fold == "selon" {
			// "said Wednesday that it would appeal": the clause after
			// "that" has its own tense; so has the source of a report
			// ("… by December, according to data published Wednesday").
			rs = -1
		}
	}
	return 0, false
}

// tenseAt returns the tense that token k marks, and whether it marks one:
// a word of a tense, or, before the date (before set), 0 for a finite
// verb in the present that no word of a tense stands next to and that is
// no copula: "talks resume on March 20, diplomats said", not "is" of "is
// expected" nor "open" of "will open", nor one after the date ("the man
// arrested on Monday faces charges"). After "to", a verb is
// an infinitive, of no tense: "expect the Fed to cut rates at its
// December meeting"; and a capitalised word is a name ("the Fed").
// Outside the clause, a participle marks nothing (see
// [tagger.tenseWithin]).
func (tg *tagger) tenseAt(k int, clausal, before bool) (int8, bool) {
	t := tg.tok(k)
	switch {
	case t.upper && !tg.openingParticiple(k) || tg.is(k-1, "to"):
		return 0, false // a name, but not a participle opening its sentence: "Créée le 10 avril, la mission devrait compter"
	case t.tense != 0:
		return t.tense, clausal || !t.participle
	}
	return 0, before && t.present && !t.state && !copulas[t.fold] && tg.tok(k-1).tense == 0 && tg.tok(k+1).tense == 0
}

// copulas are the forms, folded, of "to be" in the present, which tell
// a state rather than schedule a day.
var copulas = map[string]bool{"is": true, "are": true, "est": true, "sont": true}

// present reports whether a verb in the present stands near token i, in
// its clause: not past a comma ("the company, which is based in Ohio,
// cut jobs Monday"), within eight words ("a.m." is one).
func (tg *tagger) present(i int) bool {
	_, ok := tg.presentVerb(i)
	return ok
}

// schedules reports whether the verb in the present near token i (see
// [tagger.present]) is a finite one, which puts a day of the month ahead
// ("voters go to the polls on Nov. 5"), and not a state ("le sommet,
// ouvert le 22 décembre").
func (tg *tagger) schedules(i int) bool {
	t, ok := tg.presentVerb(i)
	return ok && !t.state
}

// presentVerb returns the nearest verb in the present in the clause of
// token i (see [tagger.present]).
func (tg *tagger) presentVerb(i int) (*token, bool) {
	s := tg.tok(i).sent
	for _, step := range [...]int{-1, 1} {
		for k, n := i+step, 0; n < 8; k += step {
			t := tg.tok(k)
			if t.sent != s || t.fold == "," {
				break
			}
			if t.present {
				return t, true
			}
			if t.kind != tPunct {
				n++
			}
		}
	}
	return nil, false
}

// year returns the year written earlier that holds at token i (see
// note), or 0. A frame from another sentence does not hold against the
// tense: a sentence in the future is not about a past year, nor one in
// the past about a future year.
func (tg *tagger) year(i int) int {
	t := tg.tok(i)
	switch {
	case t.para != tg.ctxPara || tg.ctxYear == 0:
		return 0
	case t.sent == tg.ctxSent && (tg.ctxFrame || !tg.againstYear(i) && !tg.clauseBetween(tg.ctxEnd, i)):
		// A detail's year holds in its clause ("founded in March 2013
		// and dissolved in December") and in the words without a verb
		// that detail it ("delayed twice last year, first by an illness
		// in March"), not in another clause past a comma ("The party,
		// founded in 2013, came second in the February election") nor
		// against the tense ("Créée en 2006, la fondation ouvrira ses
		// portes le 27 octobre").
		return tg.ctxYear
	case !tg.ctxFrame:
		return 0
	}
	if tg.againstYear(i) {
		return 0
	}
	return tg.ctxYear
}

// clauseBetween reports whether a comma between tokens a (the end of a
// year's expression) and b starts another clause: the year stands
// between commas ("Al Ahly, who won the 2023 title, sat out …"), or the
// words from the last comma to the next one, or to the end of the
// sentence, hold a finite verb or a relative pronoun.
func (tg *tagger) clauseBetween(a, b int) bool {
	c := -1
	for k := a; k < b; k++ {
		if tg.toks[k].fold == "," {
			c = k
		}
	}
	if c < 0 {
		return false
	}
	s := tg.toks[b].sent
	for k := a - 1; k >= 0 && tg.toks[k].sent == s; k-- {
		if tg.toks[k].fold == "," {
			return true
		}
	}
	for k := c + 1; k < len(tg.toks) && tg.toks[k].sent == s && tg.toks[k].fold != ","; k++ {
		if t := &tg.toks[k]; !t.upper && (t.present || t.tense != 0 && !t.participle || relativePronouns[t.fold]) {
			return true
		}
	}
	return false
}

// relativePronouns are the words, folded, that open a relative clause.
var relativePronouns = map[string]bool{"who": true, "which": true, "whose": true, "where": true, "qui": true, "dont": true}

// againstYear reports whether the year written earlier lies on the other
// side of the reference year from the tense of the sentence at token i: a
// past year in a sentence in the future, or a year to come in the past.
func (tg *tagger) againstYear(i int) bool {
	tense, ry := tg.tense(i), tg.ref.Year()
	return tense == 1 && tg.ctxYear < ry || tense == -1 && tg.ctxYear > ry
}
