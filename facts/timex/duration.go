package timex

import (
	"strconv"
	"time"
)

// This file holds the rules of durations and sets, and the quantities and
// units they share with relative dates.

// A qty is a quantity of units: n of them, or some if fuzzy.
type qty struct {
	n       int
	fuzzy   bool
	article bool // "un", "a": one, only before a singular unit
}

// quantity reads a quantity at token i: a cardinal ("deux", "48"), an
// article ("un", "a"), or a vague quantity ("quelques", "a few",
// "several"; "des" too if des).
func (tg *tagger) quantity(i int, des bool) (qty, int, bool) {
	t := tg.tok(i)
	switch {
	case t.e.fuzzy:
		return qty{fuzzy: true}, i + 1, true
	case des && t.fold == "des":
		return qty{fuzzy: true}, i + 1, true
	case t.fold == "a" && tg.is(i+1, "few"):
		return qty{fuzzy: true}, i + 2, true
	}
	if j, ok := tg.seq(tg.opt(i, "a"), "couple", "of"); ok {
		return qty{n: 2}, j, true
	}
	// "une dizaine de", "une quinzaine d'".
	if n := approxNums[tg.tok(i+1).fold]; n > 0 && isArticle(t.fold) {
		if j, ok := tg.seq(i+2, "de"); ok {
			return qty{n: n}, j, true
		}
		if j, ok := tg.seq(i+2, "d", "'"); ok {
			return qty{n: n}, j, true
		}
	}
	n, j, ok := tg.cardinal(i)
	if !ok {
		return qty{}, i, false
	}
	return qty{n: n, article: j == i+1 && isArticle(t.fold)}, j, true
}

// approxNums are the French nouns of approximate counts.
var approxNums = map[string]int{
	"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
	"cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}

// unitAt reads a unit of time at token i: "ans", "mois", "week-end",
// "decades".
func (tg *tagger) unitAt(i int) (u unit, f form, j int, ok bool) {
	if mult, found := centuryParts[tg.tok(i).fold]; found {
		// "the last half-century", "a quarter-century ago", "un
		// demi-siècle", "un quart de siècle"
		for _, link := range []string{"-", "de"} {
			for _, century := range []string{"century", "siecle"} {
				if j, ok := tg.seq(i+1, link, century); ok {
					return unit{'Y', mult}, sing, j, true
				}
			}
		}
	}
	t := tg.tok(i)
	if t.e.unit.code == 0 {
		return unit{}, 0, i, false
	}
	if t.e.unit.code == 'K' && tg.lex.lang == "fr" {
		j, ok := tg.seq(i+1, "-", "end")
		if !ok {
			j, ok = tg.seq(i+1, "-", "ends")
		}
		return t.e.unit, sing, j, ok
	}
	return t.e.unit, t.e.form, i + 1, true
}

// centuryParts are the folded words that make a unit of years with
// "-century" or "de siècle".
var centuryParts = map[string]int{"half": 50, "quarter": 25, "demi": 50, "quart": 25}

// A count is a quantity of a unit: "deux jours", "two and a half years".
type count struct {
	q    qty
	u    unit
	f    form
	half bool
}

// quantUnit reads a count of units.
//
//	count = quantity ["and a half"] ["premiers" | "-"] unit ["et demi" | "et demie" | "and a half"]
//
// An article needs a singular unit ("un an"), a vague quantity a plural one
// ("quelques jours"); "des" counts as vague if des.
func (tg *tagger) quantUnit(i int, des bool) (count, int, bool) {
	q, k, ok := tg.quantity(i, des)
	if !ok {
		return count{}, i, false
	}
	half := false
	if j, ok := tg.seq(k, "and", "a", "half"); ok && !q.fuzzy {
		half, k = true, j
	}
	// "les neuf premiers mois", "a two-day meeting", "a 10-year bond",
	// "10 straight months", "three consecutive years".
	if !q.fuzzy && !q.article && (tg.is(k, "premiers", "premieres", "straight", "consecutive") ||
		tg.hyphen(k) && tg.tok(k+1).e.unit.code != 0) {
		k++
	}
	u, f, j, ok := tg.unitAt(k)
	if !ok || q.article && !f.sing() || q.fuzzy && !f.plur() || u.code == 'K' ||
		u.code == 'S' && q.article || q.n == 0 && !q.fuzzy {
		return count{}, i, false
	}
	if !half && !q.fuzzy {
		for _, w := range [...][]string{{"et", "demi"}, {"et", "demie"}, {"and", "a", "half"}} {
			if k, ok := tg.seq(j, w...); ok {
				half, j = true, k
				break
			}
		}
	}
	return count{q, u, f, half}, j, true
}

// durationValue writes the TIMEX3 value of n units, plus a half if half;
// a fuzzy quantity writes X. Years and a half are counted in months ("un
// an et demi" is P18M), hours and a half in minutes.
func durationValue(q qty, u unit, half bool) string {
	code, n := u.code, q.n*u.mult
	switch code {
	case 'Q', 'E':
		code = 'M'
	case 'K':
		code = 'W'
	}
	if q.fuzzy {
		if code == 'H' || code == 'N' || code == 'S' {
			return "PTX" + string(timeCode(code))
		}
		return "PX" + string(code)
	}
	if half {
		switch code {
		case 'Y':
			return "P" + strconv.Itoa(n*12+6*u.mult) + "M"
		case 'H':
			return "PT" + strconv.Itoa(n*60+30) + "M"
		case 'N':
			return "PT" + strconv.Itoa(n*60+30) + "S"
		case 'S':
			return "PT" + strconv.Itoa(n) + "S"
		}
		return "P" + strconv.Itoa(n) + ".5" + string(code)
	}
	if code == 'H' || code == 'N' || code == 'S' {
		return "PT" + strconv.Itoa(n) + string(timeCode(code))
	}
	return "P" + strconv.Itoa(n) + string(code)
}

// timeCode returns the TIMEX3 letter of a unit shorter than a day.
func timeCode(c byte) byte {
	if c == 'N' {
		return 'M'
	}
	return c
}

// durationPreps are the words after which "un jour", "a day" is a
// duration (and not "some day"), and after which a bare plural unit
// ("for years") is one.
var durationPreps = map[string]bool{
	"pendant": true, "durant": true, "depuis": true, "en": true, "de": true, "d": true, "pour": true,
	"for": true, "after": true, "within": true, "over": true, "in": true, "about": true, "nearly": true,
	"almost": true, "than": true, "apres": true, "'": true, "take": true, "takes": true, "took": true,
	"taken": true, "lasted": true, "spent": true, "spend": true, "last": true,
}

// ruleDuration recognises a duration.
//
//	duration = count
//	         | "half" ("a" | "an") unit | ("un" | "une") "demi" "-" unit
//	         | quarter-hours
//	         | unit-plural        (English, after "for", "after", "over", ...)
//	         | hours "h"          (after "en", "pendant", ...: "en 24h")
func (tg *tagger) ruleDuration(i int) (match, bool) {
	if u, j, ok := tg.halfUnit(i); ok {
		return match{i: i, j: j, typ: Duration, value: halfValue(u)}, true
	}
	if n, j, ok := tg.quarterHours(i); ok {
		return match{i: i, j: j, typ: Duration, value: "PT" + strconv.Itoa(15*n) + "M"}, true
	}
	if u, f, j, ok := tg.unitAt(i); ok && f.plur() && tg.lex.lang == "en" && durationPreps[tg.tok(i-1).fold] && u.code != 'S' {
		return match{i: i, j: j, typ: Duration, value: durationValue(qty{fuzzy: true}, u, false)}, true
	}
	// "en 24h".
	if t := tg.tok(i); t.kind == tMixed && t.fold[t.ndig:] == "h" && t.ndig <= 3 && durationPreps[tg.tok(i-1).fold] {
		return match{i: i, j: i + 1, typ: Duration, value: "PT" + t.fold[:t.ndig] + "H"}, true
	}
	c, j, ok := tg.quantUnit(i, tg.lex.lang == "fr")
	if !ok {
		return match{}, false
	}
	if c.u.code == 'Q' && c.q.n == 1 && tg.is(j, "of") {
		// "a quarter of a century", not "a quarter of their value".
		if u, f, k, ok := tg.unitAt(j + 2); ok && f.sing() && u.code == 'Y' && u.mult == 100 && tg.is(j+1, "a") {
			return match{i: i, j: k, typ: Duration, value: "P25Y"}, true
		}
		return match{}, false
	}
	// "un jour" is often "some day"; "des années 1990" a decade; "'12
	// Years a Slave'" a title.
	if c.q.n == 1 && c.u.code == 'D' && !durationPreps[tg.tok(i-1).fold] || tg.tok(j).kind == tNumber && c.q.fuzzy ||
		tg.is(i-1, "'", "\"", "\u201c") && !tg.tok(i).space && tg.tok(j-1).upper {
		return match{}, false
	}
	// An age, as TimeML writes it: "52 years old", "a 52-year-old man".
	if tg.lex.lang == "en" && !c.q.fuzzy {
		if tg.is(j, "old") {
			j++
		} else if tg.hyphen(j) && tg.is(j+1, "old") {
			j += 2
		}
	}
	return match{i: i, j: j, typ: Duration, value: durationValue(c.q, c.u, c.half)}, true
}

// halfUnit reads half a unit at token i: "half an hour", "un
// demi-siècle".
func (tg *tagger) halfUnit(i int) (unit, int, bool) {
	k := i
	switch {
	case tg.lex.lang == "en" && tg.is(i, "half") && tg.is(i+1, "a", "an"):
		k = i + 2
	case isArticle(tg.tok(i).fold) && tg.is(i+1, "demi") && tg.hyphen(i+2):
		k = i + 3
	default:
		return unit{}, i, false
	}
	u, f, j, ok := tg.unitAt(k)
	return u, j, ok && f.sing()
}

// quarterHours reads a number of quarters of an hour at token i and
// returns it:
//
//	quarter-hours = ("a" | "one" | "three") ("quarter" | "quarters") "of" "an" "hour"
//	              | "a" "quarter" ["-"] "hour"
//	              | ("un" | "trois") ("quart" | "quarts") "d" "'" "heure"
func (tg *tagger) quarterHours(i int) (int, int, bool) {
	n := 0
	switch {
	case tg.is(i, "a", "one", "un"):
		n = 1
	case tg.is(i, "three", "trois"):
		n = 3
	default:
		return 0, i, false
	}
	k := i + 1
	if !tg.is(k, "quarter", "quarters", "quart", "quarts") {
		return 0, i, false
	}
	for _, tail := range [...][]string{{"of", "an", "hour"}, {"-", "hour"}, {"hour"}, {"d", "'", "heure"}} {
		if j, ok := tg.seq(k+1, tail...); ok && (n == 1 || tail[0] == "of" || tail[0] == "d") {
			return n, j, true
		}
	}
	return 0, i, false
}

// halfValue writes the value of half a unit: "half an hour" is PT30M.
func halfValue(u unit) string {
	switch u.code {
	case 'Y':
		if u.mult > 1 {
			return "P" + strconv.Itoa(u.mult/2) + "Y"
		}
		return "P6M"
	case 'H':
		return "PT30M"
	case 'N':
		return "PT30S"
	case 'M', 'Q', 'E':
		if u.mult%2 == 0 {
			return "P" + strconv.Itoa(u.mult/2) + "M"
		}
		return "P" + strconv.Itoa(u.mult/2) + ".5M"
	}
	return "P0.5" + string(u.code)
}

// ruleSet recognises a recurring time.
//
//	set = ("chaque" | "every" | "each") [quantity | "other"] (unit | weekday | part-of-day | season | month)
//	    | ("tous" | "toutes") "les" [quantity] plural
//	    | ("par" | "per") unit | ("times" | "once" | "twice") "a" unit
//	    | (quantity ("times" | "fois") | "once" | "twice") set
//	    | ["le" | "the"] ordinal weekday ("de" | "of") set   (of months)
//	    | ("le" | "les") weekday   (in a sentence in the present)
//	    | plural-weekday           (English: "Tuesdays")
func (tg *tagger) ruleSet(i int) (match, bool) {
	if m, ok := tg.setFreq(i); ok {
		return m, true
	}
	if m, ok := tg.setWeekday(i); ok {
		return m, true
	}
	k := i
	plural := false
	switch {
	case tg.is(i, "chaque", "every", "each"):
		k++
	case tg.is(i, "tous", "toutes") && tg.is(i+1, "les"):
		k, plural = i+2, true
	case tg.is(i, "par", "per"):
		if u, f, j, ok := tg.unitAt(i + 1); ok && f.sing() {
			return match{i: i, j: j, typ: Set, value: durationValue(qty{n: 1}, u, false)}, true
		}
		return match{}, false
	case tg.is(i, "a") && (tg.is(i-1, "times", "once", "twice") || tg.lex.lang == "en" && tg.rate(i-1)):
		if u, f, j, ok := tg.unitAt(i + 1); ok && f.sing() {
			return match{i: i, j: j, typ: Set, value: durationValue(qty{n: 1}, u, false)}, true
		}
		return match{}, false
	default:
		return match{}, false
	}
	n, sing := 1, !plural
	if q, k2, ok := tg.quantity(k, false); ok && !q.fuzzy && !q.article {
		n, k, sing = q.n, k2, !plural && q.n == 1
	} else if tg.is(k, "other") {
		n, k = 2, k+1 // "every other year"
	}
	if u, f, j, ok := tg.unitAt(k); ok && (!sing && f.plur() || sing && f.sing()) && u.code != 'K' {
		return match{i: i, j: j, typ: Set, value: durationValue(qty{n: n}, u, false)}, true
	}
	// Weekdays, parts of the day, seasons and months, maybe plural
	// ("tous les lundis", "chaque matin").
	t := tg.tok(k)
	e := t.e
	if plural && len(t.fold) > 1 && t.fold[len(t.fold)-1] == 's' {
		e = tg.lex.lookup(t.fold[:len(t.fold)-1])
	}
	switch {
	case e.weekday > 0 && !e.abbr:
		return match{i: i, j: k + 1, typ: Set, value: "P1W"}, true
	case e.pod != "" && t.e.pod == "":
		return match{i: i, j: k + 1, typ: Set, value: "P1D"}, true
	case e.pod != "":
		if _, j, ok := tg.podAt(k); ok {
			return match{i: i, j: j, typ: Set, value: "P1D"}, true
		}
	case e.season > 0 || e.month > 0 && !e.abbr:
		return match{i: i, j: k + 1, typ: Set, value: "P1Y"}, true
	}
	return match{}, false
}

// rate reports whether token i is an amount that a unit after "a" makes
// a rate: "$5 billion a year", "3% a month", "10 hours a day".
func (tg *tagger) rate(i int) bool {
	t := tg.tok(i)
	return t.kind == tNumber || yearBlockers[t.fold] || t.e.unit.code != 0 && t.e.form.plur() && !t.e.form.sing()
}

// setFreq reads a set with its frequency, "twice a week", "trois fois
// par an", or the nth weekday of every month: the value is the period of
// the set, the frequency is left out.
func (tg *tagger) setFreq(i int) (match, bool) {
	k := i
	switch t := tg.tok(i); {
	case tg.is(i, "twice", "once"):
		k++
	case t.kind == tNumber || t.e.num > 0:
		// Look for "times" ahead before reading the quantity ("vingt et
		// une fois"): most numbers are not frequencies.
		for n := i + 1; n <= i+4; n++ {
			if tg.is(n, "times", "fois") {
				if q, j, ok := tg.quantity(i, false); ok && !q.fuzzy && j == n {
					k = j + 1
				}
				break
			}
		}
	}
	if k > i {
		if m, ok := tg.ruleSet(k); ok && m.i == k {
			m.i = i
			return m, true
		}
		return match{}, false
	}
	// "le troisième mardi de chaque mois", "the first Monday of every
	// month".
	k = tg.opt(i, "le", "the")
	n, j, ok := tg.ordinal(k)
	if !ok || n > 5 || tg.tok(j).e.weekday == 0 || tg.tok(j).e.abbr {
		return match{}, false
	}
	if tg.is(j+1, "de", "of") {
		if m, ok := tg.ruleSet(j + 2); ok && m.value == "P1M" {
			return match{i: i, j: m.j, typ: Set, value: "P1M"}, true
		}
	}
	// "le premier lundi du mois", "the first Monday of the month": a set
	// in a sentence in the present, else the day of the month of the
	// reference date, or of the month before (after) it if that day is
	// still ahead (past) in a sentence in the past (future).
	end, ok := tg.seq(j+1, "du", "mois")
	if !ok {
		if end, ok = tg.seq(j+1, "of", "the", "month"); !ok {
			return match{}, false
		}
	}
	tense := tg.tense(i)
	if tense == 0 && tg.present(i) {
		return match{i: i, j: end, typ: Set, value: "P1M"}, true
	}
	h := holiday{nth: n, wd: int(tg.tok(j).e.weekday)}
	day := func(first time.Time) time.Time {
		h.m = int(first.Month())
		_, d := h.in(first.Year())
		return first.AddDate(0, 0, d-1)
	}
	first := time.Date(tg.ref.Year(), tg.ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	t := day(first)
	switch {
	case tense == -1 && t.After(tg.ref):
		t = day(first.AddDate(0, -1, 0))
	case tense == 1 && t.Before(tg.ref):
		t = day(first.AddDate(0, 1, 0))
	}
	if t.Day() <= 7*(n-1) {
		return match{}, false // no fifth Monday in that month
	}
	d := fromDay(t)
	return match{i: i, j: end, typ: Date, value: d.value(), d: d}, true
}

// setWeekday reads a weekday that recurs: "le marché se tient le mardi",
// "fermé les lundis", "closed on Tuesdays". A French weekday after "le"
// recurs in a sentence in the present, unless a date or a modifier
// follows it ("le mardi 3 mars", "le lundi suivant").
func (tg *tagger) setWeekday(i int) (match, bool) {
	t := tg.tok(i)
	if tg.lex.lang == "en" {
		// Not a name: "Fridays for Future", "Tuesdays With Morrie".
		name := tg.tok(i+1).upper || tg.tok(i+2).upper && tg.tok(i+1).kind == tWord && len(tg.tok(i+1).fold) <= 4
		if n := len(t.fold); t.upper && !name && n > 4 && t.fold[n-1] == 's' {
			if e := tg.lex.lookup(t.fold[:n-1]); e.weekday > 0 && !e.abbr {
				return match{i: i, j: i + 1, typ: Set, value: "P1W"}, true
			}
		}
		return match{}, false
	}
	if !tg.is(i, "le", "les") {
		return match{}, false
	}
	w := tg.tok(i + 1)
	e := w.e
	if t.fold == "les" && len(w.fold) > 1 && w.fold[len(w.fold)-1] == 's' {
		e = tg.lex.lookup(w.fold[:len(w.fold)-1])
	}
	if e.weekday == 0 || e.abbr || t.fold == "le" && w.e.weekday == 0 {
		return match{}, false
	}
	j := i + 2
	n := tg.tok(j)
	if _, _, ok := tg.dayNum(j); ok || n.e.mod != 0 || n.e.month > 0 || n.fold == "de" || n.fold == "d" {
		return match{}, false
	}
	if n.e.pod != "" && n.e.pod != "AF" {
		j++ // "le mardi matin"
	}
	if tg.tense(i) != 0 || !tg.present(i) {
		return match{}, false
	}
	return match{i: i, j: j, typ: Set, value: "P1W"}, true
}
