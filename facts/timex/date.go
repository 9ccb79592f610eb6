package timex

import (
	"strings"
	"time"
)

// This file holds the rules of calendar dates: days, months, years,
// decades, centuries, seasons, quarters, and lists and ranges of them.

// ruleDate recognises a calendar date, or a list or range of them.
//
//	date = core [ connector core ]
//	core = day-month-year | month-day-year | numeric | month-year | month
//	     | year | decade | century | season-year | quarter | weekday
func (tg *tagger) ruleDate(i int) (match, bool) {
	a, j, ok := tg.dateCore(i)
	if !ok {
		return match{}, false
	}
	if m, ok := tg.dateRange(i, a, j); ok {
		return m, true
	}
	if a.partial() {
		// "Jeudi 2" names no day of the months around: keep "Jeudi".
		if a, j, ok = tg.weekdayOnly(i); !ok {
			return match{}, false
		}
	}
	if !tg.gate(i, a) {
		return match{}, false
	}
	// "le 15 janvier dernier", "mars prochain".
	if a.y == 0 && (a.g == gDay || a.g == gMonth) && tg.lex.lang == "fr" {
		if mod := tg.tok(j).e.mod; mod == modLast || mod == modNext {
			a.force = mod
			j++
		}
	}
	if a.g == gMonth && a.y == 0 && a.force == 0 && tg.yearlySetBefore(i) {
		// "chaque année en juillet", "every year in July": July of any
		// year, not of the year of the text.
		return match{i: i, j: j, typ: Date, value: "XXXX-" + pad2(a.m)}, true
	}
	a = tg.resolve(a, i)
	return tg.withTime(match{i: i, j: j, typ: Date, value: a.value(), d: a}), true
}

// yearlySetBefore reports whether a SET of every year ends just before
// token i, in its sentence: "chaque année en juillet".
func (tg *tagger) yearlySetBefore(i int) bool {
	return tg.setJ > 0 && tg.setValue == "P1Y" && i-tg.setJ <= 2 && tg.tok(tg.setJ-1).sent == tg.tok(i).sent
}

// dateCore returns the longest calendar date at token i.
func (tg *tagger) dateCore(i int) (dexpr, int, bool) {
	var best dexpr
	bestJ := i
	for _, f := range [...]func(*tagger, int) (dexpr, int, bool){
		(*tagger).dayMonthYear, (*tagger).monthDayYear, (*tagger).numericDate,
		(*tagger).monthYear, (*tagger).yearOnly, (*tagger).decade, (*tagger).century,
		(*tagger).seasonYear, (*tagger).quarter, (*tagger).weekdayOnly, (*tagger).weekdayDay, (*tagger).dayOfMonth,
		(*tagger).dayOnly, (*tagger).holiday, (*tagger).dayCurrent,
	} {
		if d, j, ok := f(tg, i); ok && j > bestJ {
			best, bestJ = d, j
		}
	}
	return best, bestJ, bestJ > i
}

// monthAt reads a month name at token i: "décembre", "Dec.", "Sept".
// An abbreviation needs its full stop unless loose (a number is next to
// it); an English month needs its capital ("may", "march" are verbs).
func (tg *tagger) monthAt(i int, loose bool) (m, j int, ok bool) {
	t := tg.tok(i)
	if t.kind != tWord || t.e.month == 0 || tg.lex.lang == "en" && !t.upper {
		return 0, i, false
	}
	j = i + 1
	if t.e.abbr {
		if glued(tg.toks, j, ".") {
			j++
		} else if !loose {
			return 0, i, false
		}
	}
	return int(t.e.month), j, true
}

// weekdayAt reads a weekday name at token i, with a comma after it if
// any. An abbreviation ("Tue.") is accepted only if loose.
func (tg *tagger) weekdayAt(i int, loose bool) (wd, j int, ok bool) {
	t := tg.tok(i)
	if t.kind != tWord || t.e.weekday == 0 || tg.lex.lang == "en" && !t.upper || t.e.abbr && !loose {
		return 0, i, false
	}
	j = i + 1
	if t.e.abbr && glued(tg.toks, j, ".") {
		j++
	}
	return int(t.e.weekday), j, true
}

// yearAt reads a four-digit year at token i.
func (tg *tagger) yearAt(i int) (y, j int, ok bool) {
	t := tg.tok(i)
	if t.kind != tNumber || t.ndig != 4 || t.inNum || t.num < 1000 || t.num > 2199 {
		return 0, i, false
	}
	return t.num, i + 1, true
}

// yearAfter reads an optional year after a day and month: [","] year.
func (tg *tagger) yearAfter(i int) (y, j int) {
	k := i
	if tg.is(k, ",") {
		k++
	}
	if y, j, ok := tg.yearAt(k); ok && !tg.hyphen(j) {
		return y, j
	}
	return 0, i
}

// prefixWeekday reads an optional weekday before a date: "mardi",
// "Tuesday,".
func (tg *tagger) prefixWeekday(i int) (wd, j int) {
	if wd, j, ok := tg.weekdayAt(i, true); ok {
		return wd, tg.opt(j, ",")
	}
	return 0, i
}

// dayMonthYear reads [weekday [","]] day ["of"] month [[","] year]:
// "mardi 23 décembre", "1er mars 2013", "22 Dec. 2025".
func (tg *tagger) dayMonthYear(i int) (dexpr, int, bool) {
	wd, k := tg.prefixWeekday(i)
	d, k, ok := tg.dayNum(k)
	if !ok {
		return dexpr{}, i, false
	}
	k = tg.opt(k, "of")
	m, k, ok := tg.monthAt(k, true)
	if !ok {
		return dexpr{}, i, false
	}
	y, k := tg.yearAfter(k)
	if !validDay(d, m, y) {
		return dexpr{}, i, false
	}
	return dexpr{g: gDay, y: y, m: m, d: d, wd: wd, yearTxt: y > 0}, k, true
}

// monthDayYear reads, in English, [weekday [","]] ["the"] month day
// [[","] year]: "December 22, 2025", "Tuesday, March 19", "Dec. 5".
func (tg *tagger) monthDayYear(i int) (dexpr, int, bool) {
	if tg.lex.lang != "en" {
		return dexpr{}, i, false
	}
	wd, k := tg.prefixWeekday(i)
	m, k, ok := tg.monthAt(k, true)
	if !ok {
		return dexpr{}, i, false
	}
	d, k, ok := tg.dayNum(k)
	if !ok || tg.is(k, ":") || tg.tok(k).e.unit.code != 0 {
		return dexpr{}, i, false
	}
	y, k := tg.yearAfter(k)
	if !validDay(d, m, y) {
		return dexpr{}, i, false
	}
	return dexpr{g: gDay, y: y, m: m, d: d, wd: wd, yearTxt: y > 0}, k, true
}

// numericDate reads a date in figures: "1/3/2013" (day first in French,
// month first in English unless the first number is over 12),
// "2013-03-01", "22.12.2025".
func (tg *tagger) numericDate(i int) (dexpr, int, bool) {
	a, b, c := tg.tok(i), tg.tok(i+2), tg.tok(i+4)
	sep := tg.tok(i + 1).fold
	if a.kind != tNumber || b.kind != tNumber || c.kind != tNumber || sep != "/" && sep != "-" && sep != "." ||
		tg.tok(i+3).fold != sep || tg.tok(i+1).space || tg.tok(i+2).space || tg.tok(i+3).space || tg.tok(i+4).space ||
		glued(tg.toks, i+5, sep) {
		return dexpr{}, i, false
	}
	var y, m, d int
	switch {
	case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2 && sep != ".":
		y, m, d = a.num, b.num, c.num
	case a.ndig <= 2 && b.ndig <= 2 && (c.ndig == 4 || c.ndig == 2 && sep == "/"):
		d, m, y = a.num, b.num, c.num
		if tg.lex.lang == "en" && sep == "/" && d <= 12 {
			d, m = m, d
		}
		if c.ndig == 2 {
			y += 1900
			if y+100 <= tg.ref.Year()+10 {
				y += 100
			}
		}
	default:
		return dexpr{}, i, false
	}
	if y < 1000 || !validDay(d, m, y) {
		return dexpr{}, i, false
	}
	return dexpr{g: gDay, y: y, m: m, d: d, yearTxt: true}, i + 5, true
}

// monthYear reads month [("de" | "of" | ",")] [year]: "septembre 2023",
// "July of 2024", "juillet". A month alone has no year.
func (tg *tagger) monthYear(i int) (dexpr, int, bool) {
	m, k, ok := tg.monthAt(i, false)
	if !ok {
		if m, k, ok = tg.monthAt(i, true); !ok || !tg.isYear(k) {
			return dexpr{}, i, false
		}
	}
	if y, j, ok := tg.yearAt(tg.opt(k, "de", "of", ",")); ok {
		return dexpr{g: gMonth, y: y, m: m, yearTxt: true}, j, true
	}
	return dexpr{g: gMonth, m: m}, k, true
}

// isYear reports whether token i is a four-digit year.
func (tg *tagger) isYear(i int) bool {
	_, _, ok := tg.yearAt(i)
	return ok
}

// yearOnly reads a year: "2014", "l'an 2000", "l'année 2024", "the year
// 2000", "FY2025" (a fiscal year), "in '98" (in this century up to ten
// years ahead of the reference date, else in the last one; not a quoted
// title, "in '12 Years a Slave'").
func (tg *tagger) yearOnly(i int) (dexpr, int, bool) {
	if t := tg.tok(i); t.kind == tMixed && len(t.fold) == 6 && t.fold[:2] == "fy" && isDigits(t.fold[2:]) {
		return dexpr{g: gYear, y: atoi(t.fold[2:]), yearTxt: true}, i + 1, true
	}
	if n := tg.tok(i + 1); tg.is(i, "'") && tg.tok(i).space && n.kind == tNumber && !n.space && n.ndig == 2 &&
		tg.lex.lang == "en" && (yearPreps[tg.tok(i-1).fold] || tg.is(i-1, "the")) && !glued(tg.toks, i+2, "'") && !tg.tok(i+2).upper {
		y := tg.ref.Year()/100*100 + n.num
		if y > tg.ref.Year()+10 {
			y -= 100
		}
		return dexpr{g: gYear, y: y, yearTxt: true}, i + 2, true
	}
	k := i
	if j, ok := tg.seq(i, "l", "'"); ok && tg.is(j, "an", "annee") {
		k = j + 1
	} else if tg.is(i, "annee") || tg.lex.lang == "en" && tg.is(i, "the") && tg.is(i+1, "year") {
		k = tg.opt(i+1, "year")
	}
	y, j, ok := tg.yearAt(k)
	if !ok || k == i && !tg.yearGate(i) {
		return dexpr{}, i, false
	}
	return dexpr{g: gYear, y: y, yearTxt: true}, j, true
}

// decade reads a decade: "1990s", "the 1990's", "the '90s", "les années
// 1990", "années 80"; "the 1800s" is a century.
func (tg *tagger) decade(i int) (dexpr, int, bool) {
	k := i
	if tg.is(k, "the", "les") {
		k++
	}
	t := tg.tok(k)
	switch {
	case t.kind == tMixed && t.fold[t.ndig:] == "s" && t.ndig == 4 && t.num%100 == 0 && t.num < 2000:
		return dexpr{g: gCentury, y: t.num}, k + 1, true // "the 1800s"
	case t.kind == tMixed && t.fold[t.ndig:] == "s" && t.ndig == 4 && t.num%10 == 0:
		return dexpr{g: gDecade, y: t.num}, k + 1, true
	case t.kind == tNumber && t.ndig == 4 && t.num%10 == 0 && glued(tg.toks, k+1, "'") && glued(tg.toks, k+2, "s"):
		return dexpr{g: gDecade, y: t.num}, k + 3, true // "the 1980's"
	case t.fold == "'" && tg.tok(k+1).kind == tMixed && tg.tok(k + 1).fold[tg.tok(k+1).ndig:] == "s" && tg.tok(k+1).ndig == 2:
		return dexpr{g: gDecade, y: 1900 + tg.tok(k+1).num}, k + 2, true
	case t.fold == "annees":
		n := tg.tok(k + 1)
		if n.kind != tNumber || n.inNum || n.num%10 != 0 || n.ndig != 2 && n.ndig != 4 {
			break
		}
		y := n.num
		if n.ndig == 2 {
			y += 1900
		}
		return dexpr{g: gDecade, y: y}, k + 2, true
	}
	return dexpr{}, i, false
}

// century reads a century: "XXe siècle", "21e siècle", "the 21st
// century", "the twentieth century", and the adjective "19th-century",
// without the article of its noun.
func (tg *tagger) century(i int) (dexpr, int, bool) {
	k := i
	article := tg.lex.lang == "en" && tg.is(k, "the")
	if article {
		k++
	}
	n, k, ok := tg.centuryOrdinal(k)
	if ok && tg.lex.lang == "en" && tg.is(k, "-") && tg.is(k+1, "century") {
		if article {
			return dexpr{}, i, false
		}
		k++
	}
	if !ok || n < 1 || n > 99 || !tg.is(k, "siecle", "century") {
		return dexpr{}, i, false
	}
	return dexpr{g: gCentury, y: (n - 1) * 100}, k + 1, true
}

// seasonYear reads a season of a year: "l'été 2024", "printemps 2013",
// "the summer of 2024", "summer 2024".
func (tg *tagger) seasonYear(i int) (dexpr, int, bool) {
	k := i
	if j, ok := tg.seq(k, "l", "'"); ok {
		k = j
	} else if tg.is(k, "the", "le") {
		k++ // "depuis le printemps"
	}
	s := tg.tok(k).e.season
	if s == 0 {
		return dexpr{}, i, false
	}
	y, j, ok := tg.yearAt(tg.opt(k+1, "de", "of"))
	if !ok {
		// A season alone is a date after a preposition: "au printemps",
		// "à l'été", "in the spring", but not a name ("le Printemps
		// arabe").
		if t := tg.tok(k); t.upper && !tg.sentenceStart(k) {
			return dexpr{}, i, false
		}
		if p := tg.tok(i - 1); seasonPreps[p.fold] || p.fold == "a" && int(p.end-p.start) == len("à") {
			return dexpr{g: gSeason, x: int(s)}, k + 1, true
		}
		return dexpr{}, i, false
	}
	if n := tg.tok(j + 1); s == 4 && tg.is(j, "-") && n.kind == tNumber && (n.ndig == 2 && n.num == (y+1)%100 || n.num == y+1) {
		j += 2 // "the winter of 2023-24": the winter that begins in 2023
	}
	return dexpr{g: gSeason, y: y, x: int(s), yearTxt: true}, j, true
}

// seasonPreps are the words after which a season alone is a date.
var seasonPreps = map[string]bool{
	"au": true, "en": true, "pendant": true, "durant": true, "depuis": true, "des": true, "avant": true,
	"apres": true, "de": true, "jusqu": true, "pour": true, "for": true, "in": true, "during": true,
	"over": true, "since": true, "ici": true, "into": true,
	"by": true, "until": true, "through": true, "before": true, "after": true, "throughout": true,
}

// quarter reads a quarter or half of a year: "premier trimestre 2024",
// "the third quarter", "the first half of 2024", "Q3 2024".
func (tg *tagger) quarter(i int) (dexpr, int, bool) {
	k := i
	if tg.lex.lang == "en" && tg.is(k, "the") {
		k++
	}
	var n int
	var g gran
	hyphen := false
	if t := tg.tok(k); t.kind == tMixed && t.fold[0] == 'q' && len(t.fold) == 2 && t.upper {
		n, g, k = int(t.fold[1]-'0'), gQuarter, k+1
	} else if t.kind == tMixed && t.fold[0] == 'h' && len(t.fold) == 2 && t.upper && tg.isYear(k+1) {
		n, g, k = int(t.fold[1]-'0'), gHalf, k+1 // "H2 2023", not "H2" alone
	} else {
		var ok bool
		n, k, ok = tg.ordinal(k)
		if ok && tg.hyphen(k) {
			k++ // "third-quarter"
			hyphen = true
		}
		switch {
		case !ok:
			return dexpr{}, i, false
		case tg.is(k, "trimestre", "quarter"):
			g = gQuarter
		case tg.is(k, "semestre", "half"):
			g = gHalf
		default:
			return dexpr{}, i, false
		}
		k++
	}
	if n < 1 || n > 4 || g == gHalf && n > 2 {
		return dexpr{}, i, false
	}
	d := dexpr{g: g, x: n}
	of := tg.opt(k, "de", "of")
	if y, j, ok := tg.yearAt(tg.opt(of, "fiscal")); ok {
		d.y, d.yearTxt, k = y, true, j // "of fiscal 1999"
	} else if j, ok := tg.thisYear(of); ok && of > k {
		d.y, k = tg.ref.Year(), j
	} else if m, ok := tg.best(of); ok && of > k && m.i == of && m.typ == Date && m.d.g == gYear {
		d.y, k = m.d.y, m.j // "of last year", "de l'année prochaine"
	} else if g == gHalf && tg.lex.lang == "en" && !hyphen && !tg.economic(i) {
		return dexpr{}, i, false // "the second half" of a match, not "first-half profit" nor "growth slowed in the first half"
	}
	return d, k, true
}

// economic reports whether the sentence of token i speaks of an economy
// or a business's results, whose halves are of the year: "growth slowed
// in the first half".
func (tg *tagger) economic(i int) bool {
	s := tg.tok(i).sent
	for _, step := range [...]int{-1, 1} {
		for k := i; k >= 0 && k < len(tg.toks) && tg.tok(k).sent == s; k += step {
			if economicWords[tg.tok(k).fold] {
				return true
			}
		}
	}
	return false
}

// economicWords are the words, folded, of an economy's or a business's
// figures.
var economicWords = map[string]bool{
	"growth": true, "profit": true, "profits": true, "sales": true, "revenue": true, "revenues": true, "earnings": true,
	"output": true, "gdp": true, "economy": true, "inflation": true, "exports": true, "imports": true, "unemployment": true,
	"income": true, "deliveries": true, "shipments": true, "investment": true, "spending": true, "turnover": true,
}

// thisYear reads "the year" or "l'année" after "of" or "de", the current
// year.
func (tg *tagger) thisYear(i int) (int, bool) {
	j, ok := tg.seq(i, "the", "year")
	if k, fr := tg.seq(i, "l", "'"); fr && tg.is(k, "annee", "an") {
		j, ok = k+1, true
	}
	if mod := tg.tok(j).e.mod; !ok || mod == modLast || mod == modNext {
		return i, false // "de l'année prochaine" is another year
	}
	return j, true
}

// holiday reads a holiday, maybe with its year: "Noël", "Christmas Day
// 2024", "le jour de l'an", "New Year's Eve", "Labor Day", "Pâques".
func (tg *tagger) holiday(i int) (dexpr, int, bool) { return tg.holidayAt(i, 0) }

// holidayAt reads a holiday at token i; force, modLast or modNext, sets
// the direction of its year if none is written ("last Christmas"), which
// is then always resolved.
func (tg *tagger) holidayAt(i int, force int8) (dexpr, int, bool) {
	if t := tg.tok(i); t.kind == tWord && t.e == noEntry || t.kind == tPunct {
		return dexpr{}, i, false // no holiday name starts with an unknown word
	}
	for _, h := range tg.lex.holidays[tg.tok(i).fold] {
		j, ok := tg.seq(i, h.words...)
		if !ok || tg.lex.lang == "en" && !tg.tok(i).upper || tg.hyphen(j) || i > 0 && tg.hyphen(i-1) || tg.holidayThing(i, j) {
			continue // nor the end of a name: "Jean-Noël", "Marie-Noëlle"
		}
		if n := tg.tok(j); j == i+1 && n.kind == tWord && n.upper && n.e.month == 0 && n.e.weekday == 0 {
			continue // a first name before a surname: "Noël Le Graët", "Noël Mamère"
		}
		d := dexpr{g: gDay, m: h.m, d: h.d}
		if y, k, ok := tg.yearAt(j); ok {
			d.y, d.yearTxt, j = y, true, k
		} else if y, k, ok := tg.yearAt(j + 1); ok && tg.is(j, "in", "of") {
			d.y, d.yearTxt, j = y, true, k // "Christmas Day in 1950"
		}
		if d.y == 0 && (h.movable() || force != 0) {
			// The year of the nearest such feast, by its date this
			// year, in the direction forced.
			if h.movable() {
				d.m, d.d = h.in(tg.ref.Year())
			}
			d.force = force
			d.y = tg.resolve(d, i).y
			d.force = 0
		}
		if h.movable() {
			d.m, d.d = h.in(d.y)
		}
		return d, j, true
	}
	return dexpr{}, i, false
}

// holidayThings are the things named after a holiday, which are no
// dates: "Easter eggs", "Christmas tree", "œufs de Pâques", "père Noël".
var holidayThings = map[string]bool{
	"egg": true, "eggs": true, "tree": true, "trees": true, "card": true, "cards": true, "carol": true,
	"carols": true, "gift": true, "gifts": true, "present": true, "presents": true, "decorations": true,
	"lights": true, "bunny": true, "island": true, "rising": true, "shopping": true, "market": true,
	"markets": true, "pudding": true, "cake": true, "turkey": true, "sweater": true, "jumper": true,
	"oeuf": true, "oeufs": true, "sapin": true, "sapins": true, "arbre": true, "ile": true, "marche": true,
	"cadeau": true, "cadeaux": true, "chant": true, "chants": true, "lapin": true, "lapins": true,
	"cloches": true, "buche": true, "conte": true, "pere": true, "carte": true, "cartes": true,
	"illuminations": true, "chocolats": true,
}

// holidayThing reports whether the holiday name in tokens [i, j) names a
// thing, written before it in French ("œufs de Pâques", "père Noël") and
// after it in English ("Easter eggs").
func (tg *tagger) holidayThing(i, j int) bool {
	if tg.lex.lang == "fr" {
		k := i - 1
		if tg.is(k, "de", "du") {
			k--
		}
		return holidayThings[tg.tok(k).fold]
	}
	return holidayThings[tg.tok(j).fold]
}

// weekdayOnly reads a weekday alone: "lundi", "Friday", but not the
// start of a name ("The Sunday Times") nor any such day ("falls on a
// Saturday this year", "tombe un samedi cette année"), though "a Friday
// deadline" is a day's.
func (tg *tagger) weekdayOnly(i int) (dexpr, int, bool) {
	wd, j, ok := tg.weekdayAt(i, false)
	if n := tg.tok(j); !ok || tg.is(i-1, "the") && n.kind == tWord && n.upper && n.e.month == 0 && n.e.pod == "" {
		return dexpr{}, i, false
	}
	if n := tg.tok(j); (tg.lex.lang == "en" && tg.is(i-1, "a", "an") || tg.lex.lang == "fr" && tg.is(i-1, "un")) && (n.kind != tWord || n.e.trigger || n.e.mod != 0) {
		return dexpr{}, i, false
	}
	return dexpr{g: gDay, wd: wd}, j, true
}

// weekdayDay reads a weekday and a day number without a month, "mardi
// 23", "Friday the 13th": the day of that number, in the month of the reference date or the
// one before or after, nearest to it that falls on that weekday.
func (tg *tagger) weekdayDay(i int) (dexpr, int, bool) {
	wd, k := tg.prefixWeekday(i)
	if k > i && tg.lex.lang == "en" && tg.is(k, "the") && tg.tok(k+1).kind == tMixed {
		k++ // "Friday the 13th"
	}
	d, j, ok := tg.dayNum(k)
	if k == i || !ok {
		return dexpr{}, i, false
	}
	var best dexpr
	var bestDist time.Duration
	for off := -1; off <= 1; off++ {
		first := time.Date(tg.ref.Year(), tg.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		c := dexpr{g: gDay, y: first.Year(), m: int(first.Month()), d: d, wd: wd, guessed: true}
		if !validDay(d, c.m, c.y) || weekdayOf(c) != wd {
			continue
		}
		dist := c.dayOf().Sub(tg.ref)
		if dist < 0 {
			dist = -dist
		}
		if best.y == 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best, j, best.y != 0
}

// dayCurrent reads, in French, a day of the month of the reference date:
// "le 3 courant".
func (tg *tagger) dayCurrent(i int) (dexpr, int, bool) {
	d, j, ok := tg.dayNum(i)
	if !ok || tg.lex.lang != "fr" || !tg.is(j, "courant") {
		return dexpr{}, i, false
	}
	y, m := tg.ref.Year(), int(tg.ref.Month())
	return dexpr{g: gDay, y: y, m: m, d: d}, j + 1, validDay(d, m, y)
}

// dayOfMonth reads, in English, a day of the month around the reference
// date named by its ordinal alone: "paid on the 30th", "due on the 15th".
// It is the latest such day in the past, the next one in the future, else
// the nearest; not "on the 15th floor" nor "on the 15th of each month".
func (tg *tagger) dayOfMonth(i int) (dexpr, int, bool) {
	if tg.lex.lang != "en" || tg.tok(i).kind != tMixed || !tg.is(i-1, "the") || !tg.is(i-2, "on") {
		return dexpr{}, i, false
	}
	d, j, ok := tg.ordinal(i)
	if next := tg.tok(j); !ok || d < 1 || d > 31 || next.kind == tWord && !dayOfMonthFollowers[next.fold] {
		return dexpr{}, i, false
	}
	ry, rm := tg.ref.Year(), tg.ref.Month()
	at := func(k int) (time.Time, bool) { // day d of the month k months from the reference's
		first := time.Date(ry, rm+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		return first.AddDate(0, 0, d-1), validDay(d, int(first.Month()), first.Year())
	}
	var best time.Time
	var bestDist time.Duration = -1
	tense := tg.tense(i)
	for k := -1; k <= 1; k++ {
		day, ok := at(k)
		if !ok || tense == -1 && day.After(tg.ref) || tense == 1 && day.Before(tg.ref) {
			continue
		}
		dist := day.Sub(tg.ref)
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = day, dist
		}
	}
	if bestDist < 0 {
		return dexpr{}, i, false
	}
	return dexpr{g: gDay, y: best.Year(), m: int(best.Month()), d: d}, j, true
}

// dayOfMonthFollowers are the words that may follow a day of the month
// named by its ordinal alone ("on the 15th at noon").
var dayOfMonthFollowers = map[string]bool{"at": true, "and": true, "or": true, "when": true, "after": true, "before": true, "in": true, "as": true}

// ruleNthWeekday recognises a weekday or a week counted in a month: "the
// first Tuesday of November", "le premier lundi de mars", "the last
// Friday of June 2026", "the second week of April", "la dernière semaine
// de juin" (an ISO week, most of whose days are in the month). The month
// without a year is resolved as a month alone is.
func (tg *tagger) ruleNthWeekday(i int) (match, bool) {
	k := i
	if tg.is(k, "the") {
		k++ // "the first Tuesday", as "the first half"; "le" stays out, as in "le 3 mars"
	}
	n, k, ok := tg.ordinal(k)
	last := false
	if !ok {
		if !tg.is(k, "last", "dernier", "derniere") {
			return match{}, false
		}
		n, k, last = 0, k+1, true
	}
	week := tg.is(k, "week", "semaine")
	wd := 0
	if week {
		k++
	} else if wd, k, ok = tg.weekdayAt(k, false); !ok {
		return match{}, false
	}
	if n > 5 || !tg.is(k, "of", "de", "d") {
		return match{}, false
	}
	k = tg.opt(k+1, "'")
	m, j, ok := tg.monthAt(k, true)
	if !ok {
		return match{}, false
	}
	y, j := tg.yearAfter(j)
	mo := tg.resolve(dexpr{g: gMonth, m: m, y: y, yearTxt: y > 0}, k)
	first := time.Date(mo.y, time.Month(mo.m), 1, 0, 0, 0, 0, time.UTC)
	if week {
		// As ISO counts a year's weeks, by their Thursdays: the week of
		// the month's nth or last Thursday.
		wd = 4
	}
	day := first.AddDate(0, 0, (wd%7-int(first.Weekday())+7)%7)
	if last {
		for day.AddDate(0, 0, 7).Month() == first.Month() {
			day = day.AddDate(0, 0, 7)
		}
	} else {
		day = day.AddDate(0, 0, 7*(n-1))
	}
	if day.Month() != first.Month() {
		return match{}, false
	}
	d := fromDay(day)
	if week {
		d = fromWeek(day)
	}
	return match{i: i, j: j, typ: Date, value: d.value(), d: d}, true
}

// dayOnly reads a bare day number, maybe after a weekday, the first item
// of a list or range: the "20" of "les 20 et 21 décembre", the "mardi
// 23" of "mardi 23 et mercredi 24 décembre".
func (tg *tagger) dayOnly(i int) (dexpr, int, bool) {
	_, k := tg.prefixWeekday(i)
	d, j, ok := tg.dayNum(k)
	if !ok {
		return dexpr{}, i, false
	}
	return dexpr{g: gDay, d: d}, j, true
}

// between reports whether the word before token i opens a range whose
// dates are joined by "et" or "and": "entre", "between", "entre le".
func (tg *tagger) between(i int) bool {
	return tg.is(i-1, "entre", "between") || tg.is(i-1, "le", "the") && tg.is(i-2, "entre", "between")
}

// connector reads the word joining two dates of a list or range at token
// i and reports whether it makes a range only after an opening word
// (soft: "et", "and", ",").
func (tg *tagger) connector(i int) (j int, soft, ok bool) {
	switch {
	case tg.hyphen(i), tg.slash(i):
		return i + 1, false, true
	case tg.is(i, "au", "a", "to", "through", "until", "till", "thru"):
		if tg.tok(i).fold == "a" && tg.lex.lang == "en" {
			return i, false, false
		}
		return i + 1, false, true
	case tg.is(i, "et", "and", "&", ","):
		return i + 1, true, true
	}
	if j, ok := tg.seq(i, "jusqu", "'", "au"); ok {
		return j, false, true
	}
	return i, false, false
}

// weekAfter reads the week that a range of weekdays ending before token
// j falls in: "next week", "de la semaine prochaine".
func (tg *tagger) weekAfter(j int) (match, bool) {
	k := tg.opt(j, "de", "of")
	m, ok := tg.best(k)
	return m, ok && m.i == k && m.typ == Date && m.d.g == gWeek
}

// mondayOf returns the Monday of the ISO week of w.
func mondayOf(w dexpr) time.Time {
	jan4 := time.Date(w.y, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w.x-1))
}

// dateRange reads the rest of a list or range whose first date a ends at
// token j: "20 et 21 décembre", "13-15 juillet", "mars à juin 2013",
// "2014-2017", "2023/24", "December 20 and 22".
func (tg *tagger) dateRange(i int, a dexpr, j int) (match, bool) {
	k, soft, ok := tg.connector(j)
	if _, _, clock := tg.clockAt(k); !ok || clock {
		return match{}, false // "lundi 9 mars à 14 heures"
	}
	if soft && tg.between(i) && tg.is(k, "le", "the") {
		k++ // "entre le 1er et le 15 janvier"
	}
	if a.guessed {
		a = dexpr{g: gDay, d: a.d} // "mardi 23 et mercredi 24 décembre"
	}
	// "20, 21 et 22 décembre": skip the middle days of a list, up to a
	// month of them.
	for n := 0; n < 31 && a.partial() && soft && tg.is(j, ","); n++ {
		if _, k2, ok := tg.dayOnly(k); ok {
			if k3, _, ok := tg.connector(k2); ok {
				k = k3
				continue
			}
		}
		break
	}
	var b dexpr
	var end int
	if t := tg.tok(k); a.g == gYear && t.kind == tNumber && t.ndig == 2 && (tg.hyphen(j) || tg.slash(j)) {
		// "2014-15", "2023/24".
		b, end = dexpr{g: gYear, y: a.y/100*100 + t.num, yearTxt: true}, k+1
		if b.y <= a.y {
			b.y += 100
		}
	} else if b, end, ok = tg.dateCore(k); !ok {
		return match{}, false
	}
	bDay := b.partial() && !a.partial() && a.m > 0 // "December 20 and 22"
	if bDay && b.d <= a.d {
		return match{}, false // "le 24 mars 2024 au premier tour"
	}
	if bDay {
		b.m, b.y = a.m, a.y
		if a.y == 0 {
			// "March 3-5, 2026".
			if y, k := tg.yearAfter(end); k > end {
				a.y, b.y, a.yearTxt, end = y, y, true, k
			}
		}
	}
	monthOnly := a.g == gMonth && a.y == 0 && b.y > 0 // "mars et avril 2013"
	if soft && !a.partial() && !monthOnly && !bDay && !tg.between(i) {
		return match{}, false
	}
	if a.partial() {
		a.g, a.m = gDay, b.m
	}
	if a.g == gDay && b.g == gDay && a.m == 0 && b.m == 0 && a.wd > 0 && b.wd > 0 && (!soft || tg.between(i)) {
		// "du lundi au mercredi", "from Monday to Wednesday": the first
		// day as a weekday alone, the last the next such weekday after it;
		// a range in the past ends by the reference date. In a sentence
		// in the present, it recurs ("le musée est ouvert du lundi au
		// vendredi").
		if m, ok := tg.weekAfter(end); ok {
			// "from Monday to Wednesday next week", "du lundi au
			// mercredi de la semaine prochaine": the days of that week.
			first := mondayOf(m.d).AddDate(0, 0, a.wd-1)
			last := first.AddDate(0, 0, (b.wd-a.wd+7)%7)
			a = fromDay(first)
			return match{i: i, j: m.j, typ: Date, value: a.value() + "/" + fromDay(last).value(), d: a}, true
		}
		if tg.tense(i) == 0 && tg.present(i) {
			return match{i: i, j: end, typ: Set, value: "P1W"}, true
		}
		first := tg.resolve(a, i).dayOf()
		last := first.AddDate(0, 0, (b.wd-a.wd+7)%7)
		if last.After(tg.ref) && tg.tense(i) == -1 {
			first, last = first.AddDate(0, 0, -7), last.AddDate(0, 0, -7)
		}
		a = fromDay(first)
		return match{i: i, j: end, typ: Date, value: a.value() + "/" + fromDay(last).value(), d: a}, true
	}
	if a.g != b.g || a.wd > 0 && a.m == 0 || b.wd > 0 && b.m == 0 || b.partial() {
		return match{}, false
	}
	switch {
	case a.y == 0 && b.y > 0:
		a.y = b.y
		if a.m > b.m {
			a.y--
		}
	case a.y == 0:
		a = tg.resolve(a, i)
		b.y = a.y
		if b.m < a.m {
			b.y++
		}
	}
	if a.g == gDay && (!validDay(a.d, a.m, a.y) || !validDay(b.d, b.m, b.y)) {
		return match{}, false
	}
	va, vb := a.value(), b.value()
	if va == "" || vb == "" {
		return match{}, false
	}
	a.yearTxt = a.yearTxt || b.yearTxt
	return match{i: i, j: end, typ: Date, value: va + "/" + vb, d: a}, true
}

// gate reports whether a date standing alone at token i is one: a bare
// year or month, or a weekday, needs its context.
func (tg *tagger) gate(i int, d dexpr) bool {
	if d.g == gMonth && d.y == 0 {
		return tg.monthGate(i)
	}
	return true
}

// monthPreps are the words after which a month name alone is a date.
var monthPreps = map[string]bool{
	"en": true, "depuis": true, "de": true, "d": true, "du": true, "des": true, "jusqu": true, "avant": true,
	"apres": true, "fin": true, "debut": true, "mi": true, "milieu": true, "courant": true, "entre": true,
	"et": true, "ou": true, "mois": true, "pour": true, "a": true, "au": true,
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "through": true,
	"during": true, "of": true, "before": true, "after": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "each": true, "every": true, "between": true, "and": true,
	"to": true, "or": true, "throughout": true, "for": true, "-": true, "'": true, "as": true,
}

// monthDeterminers are the English words that may stand before a month
// used as a modifier: "its August recess".
var monthDeterminers = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true, "that": true,
}

// plainMonths are the English months, folded, that are no common word
// nor first name, which need no preposition before them.
var plainMonths = map[string]bool{
	"january": true, "february": true, "september": true, "october": true, "november": true, "december": true,
}

// monthGate reports whether a month name alone at token i is a date, and
// not the planet Mars or a name: French months are written in lower case,
// and "mars" (like any English month) needs a word such as "en" or "in"
// before it, or, in English, a determiner before and a common noun after
// ("the March meeting").
func (tg *tagger) monthGate(i int) bool {
	t := tg.tok(i)
	prep := monthPreps[tg.tok(i-1).fold]
	if tg.lex.lang == "en" {
		// "its August recess", "the March meeting": a capitalised month
		// between a determiner and a common noun.
		// "the hottest September on record": a month after a
		// superlative is one of the year of the text.
		// "February's jobs report": a capitalised month in the
		// possessive, unless it is a surname ("Theresa May's").
		n, p := tg.tok(i+1), tg.tok(i-1).fold
		sup := len(p) > 4 && strings.HasSuffix(p, "est") && monthDeterminers[tg.tok(i-2).fold]
		poss := glued(tg.toks, i+1, "'") && glued(tg.toks, i+2, "s") && t.fold != "may" && !tg.tok(i-1).upper
		// "The report covered September": a month that is no name nor
		// verb, between words in lower case ("Black September", "the
		// October Revolution" are names).
		plain := plainMonths[t.fold] && !(n.kind == tWord && n.upper) && !(tg.tok(i-1).kind == tWord && tg.tok(i-1).upper)
		return prep || t.upper && (sup || poss || plain || monthDeterminers[p] && n.kind == tWord && !n.upper)
	}
	if t.upper && !tg.sentenceStart(i) || t.fold == "mars" {
		return !t.upper && (prep || tg.marsDated(i+1))
	}
	return true
}

// marsDated reports whether the words from token k date a "mars" before
// them, which is then the month, not the planet: "contre mars l'an
// passé", "par rapport à mars dernier".
func (tg *tagger) marsDated(k int) bool {
	if tg.is(k, "dernier", "prochain") {
		return true
	}
	j, ok := tg.seq(k, "l", "'", "an")
	return ok && tg.is(j, "dernier", "passe", "prochain")
}

// yearBlockers are words before or after a number that make it a count
// or a code, not a year.
var yearBlockers = map[string]bool{
	"n": true, "no": true, "numero": true, "number": true, "page": true, "p": true, "pages": true, "art": true,
	"article": true, "route": true, "rue": true, "avenue": true, "vol": true, "flight": true, "ligne": true,
	"line": true, "chapitre": true, "chapter": true, "loi": true, "resolution": true, "decret": true,
	"code": true, "salle": true, "room": true, "bus": true, "tome": true, "volume": true, "km": true,
	"%": true, "°": true, "#": true, "$": true, "€": true, "£": true, "+": true,
	"euros": true, "euro": true, "dollars": true, "dollar": true, "francs": true, "fcfa": true, "cfa": true,
	"kilometres": true, "kilometers": true, "m": true, "metres": true, "meters": true, "kg": true,
	"tonnes": true, "tons": true, "habitants": true, "personnes": true, "people": true, "soldats": true,
	"soldiers": true, "morts": true, "dead": true, "deaths": true, "victimes": true, "victims": true,
	"hommes": true, "men": true, "membres": true, "members": true, "votes": true, "voix": true,
	"points": true, "mw": true, "hectares": true, "ha": true, "emplois": true, "jobs": true,
	"employes": true, "employees": true, "workers": true, "eleves": true, "students": true, "cas": true,
	"cases": true, "blesses": true, "injured": true, "refugies": true, "refugees": true,
	"militaires": true, "troops": true, "combattants": true, "fighters": true, "deplaces": true,
	"millions": true, "milliards": true, "million": true, "billion": true, "mille": true,
	"bc": true, "bce": true, "av": true,
}

// yearPreps are the words after which a number from 1000 to 1899 is a
// year.
var yearPreps = map[string]bool{
	"en": true, "in": true, "since": true, "depuis": true, "de": true, "du": true, "an": true,
	"annee": true, "year": true, "of": true, "des": true, "vers": true, "around": true, "circa": true,
	"jusqu": true, "until": true, "till": true, "by": true, "from": true, "to": true, "before": true,
	"after": true, "avant": true, "apres": true, "entre": true, "between": true, "et": true, "and": true,
	"a": true, "au": true, "fiscal": true, "exercice": true,
}

// yearGate reports whether a bare four-digit number at token i is a year:
// not next to a unit, currency or code word, not part of a figure, and,
// before 1900, after a word such as "en" or "in".
func (tg *tagger) yearGate(i int) bool {
	t, p, n := tg.tok(i), tg.tok(i-1), tg.tok(i+1)
	if yearBlockers[p.fold] || yearBlockers[n.fold] || p.kind == tNumber || n.kind == tNumber && n.space ||
		glued(tg.toks, i+1, ":") || !t.space && p.kind != tPunct {
		return false
	}
	plural := n.kind == tWord && !n.upper && len(n.fold) > 3 && n.fold[len(n.fold)-1] == 's' && !notPlurals[n.fold]
	if countWords[p.fold] || p.fold == "de" && countWords[tg.tok(i-2).fold] ||
		plural && (tg.lex.lang == "fr" || p.fold != "the" && !yearPreps[p.fold]) {
		return false // "plus de 2000", "2000 participants", but "the 2014 floods"
	}
	if t.num >= 1900 && t.num <= 2100 {
		return true
	}
	return yearPreps[p.fold]
}

// countWords are the words before a number that make it a count: "plus
// de 2000", "more than 2000".
var countWords = map[string]bool{
	"plus": true, "moins": true, "pres": true, "environ": true, "quelque": true, "than": true,
	"nearly": true, "almost": true, "some": true, "les": true, "ces": true, "nos": true, "leurs": true,
}

// notPlurals are words ending in s that may follow a year.
var notPlurals = map[string]bool{
	"depuis": true, "apres": true, "alors": true, "puis": true, "sous": true, "dans": true, "plus": true,
	"vers": true, "tous": true, "toutes": true, "leurs": true, "sont": true, "avons": true, "sommes": true,
	"etaient": true, "avaient": true, "was": true, "has": true, "this": true, "its": true, "his": true,
	"always": true, "perhaps": true, "towards": true, "thus": true, "unless": true, "nous": true,
	"vous": true, "pas": true, "mais": true, "jamais": true, "toujours": true, "ans": true, "annees": true,
	"elections": true, "olympics": true, "games": true, "jeux": true, "legislatives": true,
	"presidentielles": true, "municipales": true, "europeennes": true, "regionales": true, "midterms": true,
}
