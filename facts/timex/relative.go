package timex

import (
	"strconv"
	"time"
)

// This file holds the rules of expressions relative to the reference date
// or to the last day named in the text.

// rulePhrase recognises a fixed expression of the lexicon: "hier", "la
// veille", "ce matin", "maintenant", "the day before".
func (tg *tagger) rulePhrase(i int) (match, bool) {
	for _, p := range tg.lex.phrases[tg.tok(i).fold] {
		j, ok := tg.seq(i, p.words...)
		if !ok {
			continue
		}
		if p.rel.lit != "" {
			return match{i: i, j: j, typ: p.typ, value: p.rel.lit}, true
		}
		base := tg.ref
		if p.rel.night {
			if n := tg.tok(j); n.kind == tWord && !nightAfter[n.fold] || n.kind == tNumber || n.kind == tMixed {
				continue
			}
			if tg.tense(i) == 1 {
				base = base.AddDate(0, 0, 1)
			}
		}
		if k, ok := tg.seq(j, "-", "la"); ok && p.rel.pod != "" && p.rel.n == 0 {
			// "ce matin-là": the morning of the last day named.
			base, j = tg.anchor, k
		}
		if p.rel.anchor && p.rel.unit == 'D' && p.rel.n == 0 && tg.is(j, "as", "que", "qu", "ou", "when") && tg.lastSent == tg.tok(i).sent && (tg.last.g == gMonth || tg.last.g == gYear) {
			// "en septembre 1991, le même jour que le Nord", "Spain came in
			// five years later, on the same day as Portugal": a day of the
			// month or year just named, the same as another's.
			v := tg.last.value() + "-XX"
			if tg.last.g == gYear {
				v += "-XX"
			}
			return match{i: i, j: j, typ: p.typ, value: v}, true
		}
		if p.rel.anchor {
			if p.rel.unit != 'D' || !tg.againstTense(i) {
				base = tg.anchorFor(unit{code: p.rel.unit}) // else "Le jugement sera rendu le 15 septembre. La veille, il avait déjeuné …": the day before today
			}
			last := p.words[len(p.words)-1]
			if m, ok := tg.nextToDay(i, j, p.rel.n, last == "before" || last == "after"); ok {
				return m, true
			}
			if f := tg.tok(j).fold; eventWords[f] && !(tg.lex.lang == "fr" && f == "a") && (tg.lex.lang == "fr" || last == "before" || last == "after" || last == "eve") {
				// "la veille du scrutin": a day next to an event whose
				// date is not known.
				return match{i: i, j: j, typ: p.typ, value: unknownDay}, true
			}
		}
		var d dexpr
		switch {
		case p.rel.unit == 'K':
			d = tg.weekend(i, p.rel.n)
		case p.rel.day && p.rel.unit == 'Y':
			d = fromDay(base.AddDate(p.rel.n, 0, 0))
		default:
			d = shift(base, p.rel.unit, p.rel.n)
		}
		if c, ok := tg.comparedPeriod(i, p.rel.unit, p.rel.n, tg.hyphen(i+1)); ok && !p.rel.anchor {
			d = c // "the year-earlier quarter"
		}
		m := match{i: i, j: j, typ: p.typ, value: d.value(), d: d}
		if p.rel.pod != "" {
			m.value += "T" + podValue(p.rel.pod)
			return m, true
		}
		return tg.withTime(m), true
	}
	return match{}, false
}

// nextToDay reads the day n days from the day the text names at token j,
// after "de" or "of", for the phrase that starts at token i: "la veille du
// 14 Juillet", "the eve of July 4", "le lendemain de Noël". bare allows
// the day without "of", as after "the day after Christmas"; "le lendemain
// lundi" is Monday itself.
func (tg *tagger) nextToDay(i, j, n int, bare bool) (match, bool) {
	k := j
	switch {
	case tg.is(j, "du", "de", "d", "of"):
		k = tg.opt(j+1, "le", "la", "l")
	case !bare:
		return match{}, false
	}
	m, ok := tg.best(k)
	if !ok || m.i != k || m.typ != Date || m.d.g != gDay || m.d.partial() || m.d.y == 0 {
		return match{}, false
	}
	d := shift(m.d.dayOf(), 'D', n)
	return match{i: i, j: m.j, typ: Date, value: d.value(), d: d}, true
}

// nightAfter are the words that may follow the adverb "overnight".
var nightAfter = map[string]bool{
	"and": true, "on": true, "in": true, "into": true, "as": true, "after": true, "before": true, "when": true,
	"while": true, "from": true, "to": true, "near": true, "at": true, "across": true, "with": true, "but": true,
}

// anchorFor returns the date that "la semaine suivante", "two years
// later" count from: the last day named in the text, or for months the
// last month named ("En mai 2023, ... le mois suivant") and for years the
// last year named ("En 2013, ... deux ans plus tard") if it came after.
// Months count from the middle of a year named after the last month ("in
// late 2023 and completed 18 months later").
func (tg *tagger) anchorFor(u unit) time.Time {
	year := tg.anchorYear != 0 && tg.anchorYear != tg.anchor.Year()
	switch {
	case u.code == 'Y' && year,
		u.code == 'M' && year && tg.anchorYear != tg.anchorMonth.Year():
		return time.Date(tg.anchorYear, 7, 1, 0, 0, 0, 0, time.UTC)
	case u.code == 'M' && !tg.anchorMonth.IsZero() && tg.anchorMonth != monthOf(tg.anchor):
		return tg.anchorMonth
	}
	return tg.anchor
}

// monthOf returns the first day of the month of t.
func monthOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// eventWords are the words after "la veille", "the day after" that name
// an event, not the last date of the text; in French "a" is "à", a
// place ("la veille à la Maison-Blanche"), not an article.
var eventWords = map[string]bool{
	"de": true, "du": true, "des": true, "d": true, "the": true, "a": true, "an": true, "his": true,
	"her": true, "its": true, "their": true, "this": true, "that": true, "of": true,
}

// calendarUnit reports whether u divides the calendar, so that "last" or
// "dernier" names the one before this one: not a half-century.
func calendarUnit(u unit) bool {
	return u.code != 'Y' || u.mult != 25 && u.mult != 50
}

// shiftCode returns the code and count to give shift for n units u:
// decades and centuries have their own codes, a count of fortnights is
// one of weeks, and units shorter than a day shift nothing (the day
// stays).
func shiftCode(u unit, n int) (byte, int) {
	switch {
	case u.code == 'Y' && u.mult == 10:
		return 'X', n
	case u.code == 'Y' && u.mult == 100:
		return 'C', n
	case u.code == 'H' || u.code == 'N' || u.code == 'S':
		return 'D', 0
	case u.code == 'Q' || u.code == 'E':
		return u.code, n
	}
	return u.code, n * u.mult
}

// inWinter reports whether the reference date falls in a winter.
func (tg *tagger) inWinter() bool {
	s, _ := seasonOf(tg.ref.Year(), int(tg.ref.Month()))
	return s == 4
}

// ruleRelative recognises a date relative to the reference date.
//
//	relative = ("le" | "la" | "l'" | "ce" | "cette") unit-or-season [modifier | "-ci"]
//	         | ["the"] modifier (unit | season | weekday | month)
//	         | weekday modifier
//	         | "il y a" quantity unit | quantity unit ("ago" | "from now" | "hence")
//	         | ("dans" | "d'ici" | "in") quantity unit
//	         | quantity unit ("plus tard" | "later" | "plus tôt" | "earlier" | "auparavant")
//	         | ("les" | "ces") [quantity] modifier unit-plural
//	         | "the" modifier quantity unit
func (tg *tagger) ruleRelative(i int) (match, bool) {
	for _, f := range [...]func(*tagger, int) (match, bool){
		(*tagger).relDetUnit, (*tagger).relModFirst, (*tagger).relWeekdayMod, (*tagger).relCount,
		(*tagger).relSpan, (*tagger).relModUnit, (*tagger).relDayOfMonth, (*tagger).relNamedQuarter,
	} {
		if m, ok := f(tg, i); ok {
			return m, true
		}
	}
	return match{}, false
}

// relNamedQuarter reads "the quarter" once a quarter has been named with
// its year in its paragraph: "third-quarter net income fell …; analysts
// had expected 80 cents a share for the quarter". Not "the quarter ended
// Sept. 30", "the quarter of a century", "the quarter before" nor "up
// from the quarter a year earlier".
func (tg *tagger) relNamedQuarter(i int) (match, bool) {
	if tg.lex.lang != "en" || !tg.is(i, "the") || !tg.is(i+1, "quarter") || tg.period.g != gQuarter || tg.periodPara != tg.tok(i).para ||
		tg.is(i+2, "of", "ended", "ending", "to", "through", "-", "before", "earlier", "a", "an", "that", "which", "after") || tg.is(i-1, "from") {
		return match{}, false
	}
	return match{i: i, j: i + 2, typ: Date, value: tg.period.value(), d: tg.period}, true
}

// relDayOfMonth reads a day number and the relative month it belongs
// to: "le 15 du mois prochain", "the 15th of next month".
func (tg *tagger) relDayOfMonth(i int) (match, bool) {
	d, j, ok := tg.dayNum(i)
	if !ok || !tg.is(j, "du", "of") {
		return match{}, false
	}
	n, ok := tg.best(j + 1)
	if !ok || !n.deictic || n.d.g != gMonth || n.d.y == 0 || n.i != j+1 || !validDay(d, n.d.m, n.d.y) {
		return match{}, false
	}
	a := n.d
	a.g, a.d = gDay, d
	return match{i: i, j: n.j, typ: Date, value: a.value(), d: a}, true
}

// relDetUnit reads a French determiner, a unit or season and a modifier:
// "la semaine dernière", "l'an prochain", "ce mois-ci", "cet été",
// "l'hiver dernier", "le siècle dernier".
func (tg *tagger) relDetUnit(i int) (match, bool) {
	if tg.lex.lang != "fr" {
		return match{}, false
	}
	k, this := i, false
	switch {
	case tg.is(i, "le", "la"):
		k++
	case tg.is(i, "l") && tg.is(i+1, "'"):
		k += 2
	case tg.tok(i).e.mod == modThis:
		k, this = k+1, true
	case tg.tok(i).e.season == 0 && (tg.tok(i).e.unit.code == 0 || !tg.is(i-1, "du", "au")):
		// A bare season ("printemps prochain") or, after "du" or "au",
		// unit ("du mois dernier").
		return match{}, false
	}
	t := tg.tok(k)
	var u unit
	j := k + 1
	if t.e.season == 0 {
		var ok bool
		var f form
		if u, f, j, ok = tg.unitAt(k); !ok || !f.sing() || u.code == 'H' || u.code == 'N' || u.code == 'S' || !calendarUnit(u) {
			return match{}, false
		}
	}
	mod := tg.tok(j).e.mod
	switch {
	case mod == modLast || mod == modNext:
		j++
	case tg.is(j, "en") && tg.is(j+1, "cours"):
		mod, j = modThis, j+2
	case this:
		mod = modThis
		if k2, ok := tg.seq(j, "-", "ci"); ok {
			j = k2
		} else if k2, ok := tg.seq(j, "-", "la"); ok {
			// "cette année-là": the year of the last date named.
			return tg.relShift(i, k2, u, t.e.season, modThis, true), true
		}
	default:
		return match{}, false
	}
	if k == i && mod != modLast && mod != modNext {
		return match{}, false
	}
	return tg.relShift(i, j, u, t.e.season, mod, tg.is(j-1, "suivant", "suivante", "precedent", "precedente")), true
}

// relModUnit reads, in French, a determiner, "dernier" or "prochain" and
// a unit: "le dernier trimestre", "la prochaine semaine", "(au cours) du
// dernier trimestre"; not a part of a longer period ("la dernière
// semaine de janvier").
func (tg *tagger) relModUnit(i int) (match, bool) {
	if tg.lex.lang != "fr" {
		return match{}, false
	}
	k := i
	switch {
	case tg.is(i, "le", "la"):
		k++
	case tg.is(i, "l") && tg.is(i+1, "'"):
		k += 2
	case !tg.is(i-1, "du", "au"):
		return match{}, false
	}
	if !tg.is(k, "dernier", "derniere", "prochain", "prochaine") {
		return match{}, false
	}
	u, f, j, ok := tg.unitAt(k + 1)
	if !ok || !f.sing() || u.code == 'D' || u.code == 'H' || u.code == 'N' || u.code == 'S' ||
		tg.is(j, "de", "du", "d", "des") {
		return match{}, false
	}
	if !calendarUnit(u) {
		// "au cours du dernier demi-siècle": the fifty years before.
		return match{i: i, j: j, typ: Duration, value: "P" + strconv.Itoa(u.mult) + "Y"}, true
	}
	if mod := tg.tok(k).e.mod; mod == modNext || u.code == 'Q' || u.code == 'E' {
		return tg.relShift(i, j, u, 0, mod, false), true
	}
	// "la dernière décennie", "le dernier mois": the span up to now, as
	// "the past decade", not "la décennie précédente".
	return match{i: i, j: j, typ: Duration, value: durationValue(qty{n: 1}, u, false)}, true
}

// relShift builds the match of the period one unit (or one season) before,
// after or around the reference date, or the anchor if anchored.
func (tg *tagger) relShift(i, j int, u unit, season int8, mod int8, anchored bool) match {
	base := tg.ref
	if anchored {
		base = tg.anchorFor(u)
	}
	n := 0
	switch mod {
	case modLast:
		n = -1
	case modNext:
		n = 1
	}
	var d dexpr
	switch {
	case season > 0 && season < 4 && mod == modThis && !anchored:
		// "this fall": the season of this year, or of the last one in
		// a sentence in the past before the season begins, unless
		// "later" or "earlier" says which part of this year's
		// ("postponed until later this spring").
		d = dexpr{g: gSeason, y: tg.ref.Year(), x: int(season)}
		if 3*int(season) > int(tg.ref.Month()) && tg.tense(i) == -1 && !tg.is(i-1, "later", "earlier") {
			d.y--
		}
	case season == 4 && mod == modThis && !anchored && tg.tense(i) == -1 && !tg.is(i-1, "later", "earlier") && !tg.inWinter():
		// "this winter" in a sentence in the past, written in the autumn:
		// the last winter, not the one to come.
		d = seasonShift(base, 4, -1)
	case season > 0:
		d = seasonShift(base, int(season), n)
	case u.code == 'K' && !anchored:
		d = tg.weekend(i, n)
	default:
		code, k := shiftCode(u, n)
		d = shift(base, code, k)
	}
	return match{i: i, j: j, typ: Date, value: d.value(), d: d}
}

// weekend returns the week of the weekend named at token i: n = -1 for
// the last one, 1 for the next one, 0 for "this weekend", which is the
// reference date's own when it falls in a weekend, else the last one in a
// sentence in the past, the coming one in the future or the present ("a
// rally is planned this weekend"), and with no verb the nearer of the two
// (the last one early in the week).
func (tg *tagger) weekend(i, n int) dexpr {
	refWD := isoWeekday(tg.ref)
	switch tense := tg.tense(i); {
	case n == 0 && refWD <= 5 && (tense == -1 || tense == 0 && refWD <= 2 && !tg.present(i)):
		n = -1
	case n == 1 && refWD <= 5:
		n = 0
	}
	return shift(tg.ref, 'W', n)
}

// seasonShift returns the season s (1 spring to 4 winter) of the year
// around base (n = 0), or its last or next occurrence (n = -1, 1).
func seasonShift(base time.Time, s, n int) dexpr {
	s0, y0 := seasonOf(base.Year(), int(base.Month()))
	o0 := y0*4 + s0 - 1
	o := y0*4 + s - 1
	switch {
	case n < 0:
		for o >= o0 {
			o -= 4
		}
	case n > 0:
		for o <= o0 {
			o += 4
		}
	}
	return dexpr{g: gSeason, y: floorDiv(o, 4), x: o - floorDiv(o, 4)*4 + 1}
}

// relModFirst reads an English modifier and what it modifies: "last
// week", "next month", "this year", "last Friday", "last summer", "the
// past year" (a duration), "the previous day".
func (tg *tagger) relModFirst(i int) (match, bool) {
	if tg.lex.lang != "en" {
		return match{}, false
	}
	k := tg.opt(i, "the")
	mt := tg.tok(k)
	mod := mt.e.mod
	if mod == 0 {
		return match{}, false
	}
	the := k > i
	// "the next month" of a story told in the past counts from its last
	// date, like "the following month".
	anchored := mt.fold == "previous" || mt.fold == "following" || the && mt.fold == "next" && tg.tense(i) < 0
	k++
	if mod == modThis && tg.is(k, "past") {
		// "this past weekend".
		mod, the = modLast, false
		mt = tg.tok(k)
		k++
	}
	t := tg.tok(k)
	switch {
	case t.e.weekday > 0 && t.upper && !t.e.abbr:
		d := fromDay(tg.weekday(int(t.e.weekday), k, mod))
		return tg.withTime(match{i: i, j: k + 1, typ: Date, value: d.value(), d: d}), true
	case t.e.month > 0 && t.upper && !t.e.abbr:
		d := dexpr{g: gMonth, m: int(t.e.month), force: mod}
		if mod == modThis {
			d.y, d.force = tg.ref.Year(), 0
		}
		d = tg.resolve(d, k)
		return match{i: i, j: k + 1, typ: Date, value: d.value(), d: d}, true
	case t.e.season > 0:
		return tg.relShift(i, k+1, unit{}, t.e.season, mod, false), true
	}
	if d, j, ok := tg.holidayAt(k, mod); ok && mod != modThis {
		return match{i: i, j: j, typ: Date, value: d.value(), d: d}, true // "last Christmas"
	}
	// "the last fiscal year" is a date, not a duration.
	named := tg.opt(k, "fiscal", "calendar")
	u, f, j, ok := tg.unitAt(named)
	if !ok || !f.sing() || u.code == 'D' && !anchored || u.code == 'H' || u.code == 'N' || u.code == 'S' {
		return match{}, false
	}
	if named == k && (mt.fold == "past" && k == i+1 || the && (mt.fold == "last" || mt.fold == "past")) {
		return match{i: i, j: j, typ: Duration, value: durationValue(qty{n: 1}, u, false)}, true
	}
	return tg.relShift(i, j, u, 0, mod, anchored), true
}

// relWeekdayMod reads a French weekday and its modifier, or "ce" and a
// weekday: "lundi dernier", "vendredi prochain", "ce lundi".
func (tg *tagger) relWeekdayMod(i int) (match, bool) {
	if tg.lex.lang != "fr" {
		return match{}, false
	}
	var mod int8
	k := i
	if tg.tok(i).e.mod == modThis {
		k, mod = k+1, modThis
	}
	wd, j, ok := tg.weekdayAt(k, false)
	if !ok {
		return match{}, false
	}
	if k == i {
		if mod = tg.tok(j).e.mod; mod != modLast && mod != modNext {
			return match{}, false
		}
		j++
	} else if m, ok := tg.ruleDate(k); ok && m.j > j && m.d.g == gDay && m.d.m > 0 {
		m.i = i // "ce jeudi 13 mars"
		return m, true
	}
	d := fromDay(tg.weekday(wd, i, mod))
	return tg.withTime(match{i: i, j: j, typ: Date, value: d.value(), d: d}), true
}

// relCount reads a count of units before or after the reference date or
// the anchor: "il y a trois jours", "two weeks ago", "two weeks from now",
// "dans deux semaines", "in two years", "deux jours plus tard".
func (tg *tagger) relCount(i int) (match, bool) {
	k, sign, anchored := i, 0, false
	switch {
	case tg.is(i, "il") && tg.is(i+1, "y") && tg.is(i+2, "a"):
		k, sign = i+3, -1
	case tg.is(i, "dans") && tg.lex.lang == "fr":
		k, sign = i+1, 1
	case tg.is(i, "d") && tg.is(i+1, "'") && tg.is(i+2, "ici"):
		k, sign = i+3, 1
	case tg.is(i, "in") && tg.tense(i) == 1:
		k, sign = i+1, 1
	}
	// "il y a plus de cent ans", "dans près de deux semaines", "il y a
	// tout juste un an".
	switch {
	case sign == 0 || tg.lex.lang != "fr":
	case tg.is(k, "plus", "pres", "moins") && tg.is(k+1, "de"), tg.is(k, "tout") && tg.is(k+1, "juste"):
		k += 2
	case tg.is(k, "plus", "pres", "moins") && tg.is(k+1, "d") && tg.is(k+2, "'"):
		k += 3 // "il y a plus d'un an"
	case tg.is(k, "environ", "quelque", "presque", "exactement", "juste"):
		k++
	}
	c, j, ok := tg.quantUnit(k, false)
	if h, hj, hok := tg.halfUnit(k); hok && h.code == 'Y' && h.mult >= 10 {
		// "half a century ago", "il y a un demi-siècle": years.
		c, j, ok = count{q: qty{n: h.mult / 2}, u: unit{code: 'Y', mult: 1}}, hj, true
	}
	q, u := c.q, c.u
	if !ok && sign == 0 {
		// "years ago".
		if _, f, j, ok := tg.unitAt(i); ok && f.plur() && tg.is(j, "ago") {
			return match{i: i, j: j + 1, typ: Date, value: pastRef}, true
		}
		// "days later", "des semaines plus tard": an unknown offset
		// from the anchor (see vagueOffset).
		if u, f, j, ok := tg.unitAt(i); ok && f.plur() && tg.lex.lang == "en" {
			return tg.vagueOffset(i, j, u)
		}
		if tg.is(i, "des") {
			if c, j, ok := tg.quantUnit(i, true); ok {
				return tg.vagueOffset(i, j, c.u)
			}
		}
	}
	if !ok || u.code == 'K' {
		return match{}, false
	}
	if sign == 0 {
		switch {
		case tg.is(j, "ago"):
			sign, j = -1, j+1
		case tg.is(j, "from") && tg.is(j+1, "now"):
			sign, j = 1, j+2
		case tg.is(j, "hence"):
			sign, j = 1, j+1
		case tg.is(j, "later"):
			sign, j, anchored = 1, j+1, true
		case tg.is(j, "earlier"), tg.is(j, "auparavant"):
			sign, j, anchored = -1, j+1, true
		case tg.is(j, "plus") && tg.is(j+1, "tard"):
			sign, j, anchored = 1, j+2, true
		case tg.is(j, "plus") && tg.is(j+1, "tot"):
			sign, j, anchored = -1, j+2, true
		case tg.is(j, "from", "after", "before", "apres", "avant"):
			return tg.countFromDay(i, j, c)
		default:
			return match{}, false
		}
	}
	if q.fuzzy {
		v := pastRef
		if sign > 0 {
			v = futureRef
		}
		if anchored {
			// "a few days later" (see vagueOffset).
			return match{i: i, j: j, typ: Duration, value: durationValue(q, u, false)}, true
		}
		return match{i: i, j: j, typ: Date, value: v}, true
	}
	base := tg.ref
	if anchored {
		base = tg.anchorFor(u)
		if sign < 0 && base.After(tg.ref) && tg.tense(i) < 0 {
			// "The tribunal closes on Dec. 31. He had been led away an
			// hour earlier": past narration, not before a coming date.
			base = tg.ref
		}
	}
	code, n := shiftCode(u, sign*clampCount(q.n))
	if code == 'D' && tg.lex.lang == "fr" && tg.is(k, "huit", "quinze", "8", "15") {
		n -= sign // "il y a quinze jours", "dans huit jours": two weeks, a week
	}
	if code == 'X' || code == 'C' {
		// "a decade ago" is a year, as "ten years ago".
		code, n = 'Y', sign*clampCount(q.n)*u.mult
	}
	d := shift(base, code, n)
	if p, ok := tg.comparedPeriod(i, code, n, false); ok {
		d = p // "profit rose in the third quarter from a year earlier": the same quarter, a year before
	}
	if k, ok := tg.toTheDay(j); ok && !anchored && (code == 'Y' || code == 'M' || code == 'W') {
		// "il y a un an jour pour jour", "a year ago to the day": the day.
		days := map[byte][3]int{'Y': {n, 0, 0}, 'M': {0, n, 0}, 'W': {0, 0, 7 * n}}[code]
		d, j = fromDay(base.AddDate(days[0], days[1], days[2])), k
	}
	return tg.withTime(match{i: i, j: j, typ: Date, value: d.value(), d: d}), true
}

// comparedPeriod returns, shifted by n years, the month, quarter, half or
// season named alone earlier in the sentence of token i when a count of a
// year at i is what it is compared with: "in February, from a year ago",
// "in the third quarter, compared with $1.2 billion, or 40 cents a share,
// a year earlier", "the year-earlier quarter" (adjective, a comparison
// itself); not "more than a decade ago", nor a sentence that names two
// periods ("in February, down from 3% in January, … a year earlier").
func (tg *tagger) comparedPeriod(i int, code byte, n int, adjective bool) (dexpr, bool) {
	s := tg.tok(i).sent
	if code != 'Y' || (n != 1 && n != -1) || tg.period.y == 0 || tg.periodSent != s || tg.periods != 1 {
		return dexpr{}, false
	}
	p := tg.period
	p.y += n
	if adjective || tg.is(i-1, "over", "on") {
		return p, true
	}
	// The word of the comparison may stand before the figure compared:
	// "from 4.4 percent a year earlier".
	for k := i - 1; k >= i-12 && tg.tok(k).sent == s; k-- {
		if tg.is(k, "than") && tg.is(k-1, "more", "less", "fewer", "rather") {
			return dexpr{}, false
		}
		if tg.is(k, "from", "than", "versus", "vs", "against") || tg.is(k, "with") && tg.is(k-1, "compared", "compares") {
			return p, true
		}
	}
	return dexpr{}, false
}

// toTheDay reads "jour pour jour" or "to the day" at token j, after a
// comma or not ("il y a trois ans, jour pour jour"), and returns the token
// after it.
func (tg *tagger) toTheDay(j int) (int, bool) {
	j = tg.opt(j, ",")
	if k, ok := tg.seq(j, "jour", "pour", "jour"); ok {
		return k, true
	}
	return tg.seq(j, "to", "the", "day")
}

// countFromDay reads a count c of units, ending before token j, from a
// day the text names after the word at j: "a week from Friday", "two days
// before Christmas", "trois jours après le 3 mars". A count of an event
// ("two days after the vote") names no date.
func (tg *tagger) countFromDay(i, j int, c count) (match, bool) {
	k := tg.opt(j+1, "le", "the")
	m, ok := tg.best(k)
	if !ok || m.i != k || m.typ != Date || m.d.g != gDay || m.d.partial() || m.d.y == 0 || c.q.fuzzy {
		return match{}, false
	}
	sign := 1
	if tg.is(j, "before", "avant") {
		sign = -1
	}
	code, n := shiftCode(c.u, sign*clampCount(c.q.n))
	if code != 'D' && code != 'W' {
		return match{}, false // "two years after 3 March": a year, not a day
	}
	d := shift(m.d.dayOf(), code, n)
	if code == 'W' {
		d = fromDay(m.d.dayOf().AddDate(0, 0, 7*n))
	}
	return match{i: i, j: m.j, typ: Date, value: d.value(), d: d}, true
}

// vagueOffset reads a vague count of units, ending before token j, and
// the word of an offset from the anchor after it: "days later", "a few
// weeks earlier", "quelques jours plus tard", "des mois auparavant". Its
// value is the vague DURATION of the offset (PXD, PXW, PXM, PXY), as "a
// few days": any date would be too precise, as the anchor plus one unit
// is only the earliest the event could be.
func (tg *tagger) vagueOffset(i, j int, u unit) (match, bool) {
	k, ok := tg.offsetWord(j)
	if !ok || u.code == 'K' {
		return match{}, false
	}
	return match{i: i, j: k, typ: Duration, value: durationValue(qty{fuzzy: true}, u, false)}, true
}

// offsetWord reads the word of an offset from the anchor at token j:
// "later", "earlier", "auparavant", "plus tard", "plus tôt".
func (tg *tagger) offsetWord(j int) (int, bool) {
	switch {
	case tg.is(j, "later", "earlier", "auparavant"):
		return j + 1, true
	case tg.is(j, "plus") && tg.is(j+1, "tard", "tot"):
		return j + 2, true
	}
	return j, false
}

// relSpan reads the last or next few units: "les deux dernières années"
// (P2Y), "ces dernières années" (PAST_REF), "les prochains mois"
// (FUTURE_REF), "the past two years" (P2Y), "the next few months" (PXM).
func (tg *tagger) relSpan(i int) (match, bool) {
	start, k := i, i
	switch {
	case tg.is(i, "les", "ces"):
		k++
	case tg.is(i, "des"):
		k++
		start = k
	case tg.lex.lang == "en" && tg.is(i, "the"):
		k++
		if mod := tg.tok(k).e.mod; mod != modLast && mod != modNext || tg.is(k, "previous", "following") {
			return match{}, false
		}
		c, j, ok := tg.quantUnit(k+1, false)
		if !ok || c.q.article {
			return match{}, false
		}
		return match{i: i, j: j, typ: Duration, value: durationValue(c.q, c.u, c.half)}, true
	default:
		return match{}, false
	}
	q, k2, hasQ := tg.quantity(k, false)
	if hasQ = hasQ && !q.article; hasQ {
		k = k2
	}
	mod := tg.tok(k).e.mod
	if mod != modLast && mod != modNext {
		// "les semaines à venir", "les mois qui viennent".
		if u, f, j, ok := tg.unitAt(k); ok && f.plur() && !hasQ && u.code != 'H' {
			if j2, ok := tg.seq(j, "a", "venir"); ok {
				return match{i: start, j: j2, typ: Date, value: futureRef}, true
			}
			if j2, ok := tg.seq(j, "qui", "viennent"); ok {
				return match{i: start, j: j2, typ: Date, value: futureRef}, true
			}
		}
		return match{}, false
	}
	u, f, j, ok := tg.unitAt(k + 1)
	if !ok || !f.plur() {
		return match{}, false
	}
	if hasQ {
		return match{i: start, j: j, typ: Duration, value: durationValue(q, u, false)}, true
	}
	v := pastRef
	if mod == modNext {
		v = futureRef
	}
	return match{i: start, j: j, typ: Date, value: v}, true
}

// edgeWords are the words that name a part of a period: "début 2024",
// "fin janvier", "mi-juillet", "early 2024", "late last year".
var edgeWords = map[string]bool{
	"debut": true, "fin": true, "mi": true, "milieu": true, "courant": true, "tot": true, "tard": true,
	"early": true, "late": true, "mid": true, "earlier": true, "later": true,
}

// ruleWeekOf recognises the week of a day: "the week of March 16", "la
// semaine du 3 mars", "le week-end du 14 mars".
//
//	week-of = ["the" | "la" | "le"] ("week" | "weekend" | "semaine" | "week-end") ("of" | "du") day
func (tg *tagger) ruleWeekOf(i int) (match, bool) {
	k := tg.opt(i, "the", "la", "le")
	u, f, j, ok := tg.unitAt(k)
	if !ok || u.code != 'W' && u.code != 'K' || u.mult != 1 || !f.sing() || !tg.is(j, "of", "du") {
		return match{}, false
	}
	m, ok := tg.best(j + 1)
	if !ok || m.i != j+1 || m.typ != Date || m.d.g != gDay || m.d.y == 0 {
		return match{}, false
	}
	d := fromWeek(m.d.dayOf())
	return match{i: i, j: m.j, typ: Date, value: d.value(), d: d}, true
}

// ruleEdge recognises a date introduced by a part of it, which keeps the
// value of the date.
//
//	edge = edge-word ["-"] ["de" | "d'" | "du" | "des"] ["l'" | "la"] (unit | date)
//	     | "the" ("end" | "beginning" | "start" | "middle" | "rest" | "remainder" | "balance") "of" ["the"] (unit | date)
//	     | "the" edge-word date
//	     | "end" "-" (unit | date)   (English)
func (tg *tagger) ruleEdge(i int) (match, bool) {
	k := i
	if tg.is(i, "the") {
		k++
		if j, ok := tg.seq(k+1, "of"); ok && tg.is(k, "end", "beginning", "start", "middle", "rest", "remainder", "balance") {
			return tg.edgeTail(i, tg.opt(j, "the"))
		}
	}
	if tg.is(i, "plus") && tg.is(i+1, "tot", "tard") {
		k++ // "plus tôt cette année", "earlier this year"
	}
	// "end-2025", "end-March": "end" is an edge word only glued by a
	// hyphen ("to end the year" is a verb).
	if !edgeWords[tg.tok(k).fold] && !(k == i && tg.lex.lang == "en" && tg.is(k, "end") && tg.hyphen(k+1)) {
		return match{}, false
	}
	k++
	if tg.hyphen(k) {
		k++
	}
	switch {
	case tg.is(k, "de", "du", "des"):
		k++
	case tg.is(k, "d") && tg.is(k+1, "'"):
		k += 2
	}
	if tg.is(k, "l") && tg.is(k+1, "'") && tg.periodWord(k+2) {
		k += 2
	} else if tg.is(k, "la") && tg.periodWord(k+1) {
		k++
	}
	return tg.edgeTail(i, k)
}

// periodWord reports whether token i is a unit or a part of the day.
func (tg *tagger) periodWord(i int) bool {
	e := tg.tok(i).e
	return e.unit.code != 0 || e.pod != ""
}

// edgeTail reads the period of an edge expression starting at i: a part
// of the day of the text ("en fin de matinée", "late afternoon", "en
// début de journée"), a unit (the current one: "fin du mois", "the end of
// the year") or a date.
func (tg *tagger) edgeTail(i, k int) (match, bool) {
	pod, j, ok := tg.podAt(k)
	if ok && tg.lex.lang == "en" && tg.hyphen(k-1) {
		return match{}, false // "late-night shows"
	}
	if !ok && tg.is(k, "journee") {
		pod, j, ok = podValue(""), k+1, true
	}
	if ok {
		d := tg.dayAt(i)
		return match{i: i, j: j, typ: Time, value: d.value() + "T" + pod, d: d}, true
	}
	if u, f, j, ok := tg.unitAt(k); ok && f.sing() && u.code != 'D' && u.code != 'H' && u.code != 'N' && u.code != 'S' {
		// "fin de l'année 1997", "début du mois de mars": the period
		// named with the unit.
		if m, ok := tg.best(k); ok && m.i == k && m.j > j && m.typ == Date {
			m.i = i
			return m, true
		}
		of := tg.opt(j, "de")
		if k2, ok := tg.seq(j, "d", "'"); ok {
			of = k2
		}
		if m, ok := tg.best(of); ok && of > j && m.i == of && m.typ == Date && m.d.g == gMonth && u.code == 'M' {
			m.i = i
			return m, true
		}
		if mod := tg.tok(j).e.mod; mod == modLast || mod == modNext {
			// "la fin de l'année dernière".
			return tg.relShift(i, j+1, u, 0, mod, tg.is(j, "suivant", "suivante", "precedent", "precedente")), true
		}
		// "en fin d'année" in past narration is the year in focus, the
		// anchor's, unless that lies after the reference date (a past
		// told of a coming year: "La réforme entrera en vigueur le 1er
		// janvier prochain. Depuis le début de l'année, le chômage a
		// baissé"); otherwise the reference's. A span since the edge
		// runs to the reference date: "Depuis le début de l'année, trois
		// ministres ont été condamnés" is this year's.
		base := tg.ref
		since := tg.is(tg.skipBack(i-1, "le", "the"), "depuis", "since")
		if a := tg.anchorFor(u); tg.tense(i) < 0 && !since && !a.After(tg.ref) {
			base = a
		}
		code, n := shiftCode(u, 0)
		d := shift(base, code, n)
		return match{i: i, j: j, typ: Date, value: d.value(), d: d}, true
	}
	m, ok := tg.best(k)
	if !ok || m.i != k || m.typ != Date && m.typ != Time || m.value == pastRef || m.value == futureRef || m.value == presentRef {
		return match{}, false
	}
	m.i = i
	return m, true
}
