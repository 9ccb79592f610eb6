package timex

import (
	"strings"
	"time"
)

// resolve fills in the year of a day, month, season, quarter or half
// written without one, and the date of a weekday, at token i. An explicit
// year earlier in the paragraph wins; otherwise a month (season, quarter)
// takes its latest occurrence up to the reference date, or the next one
// from it in a sentence in the future, and a day the occurrence nearest
// the reference date, moved by the tense when the sentence has a clear
// one. After "depuis" or "since" the past is meant.
func (tg *tagger) resolve(d dexpr, i int) dexpr {
	if d.g == gDay && d.m == 0 && d.wd > 0 {
		day, ok := tg.coordinatedWeekday(d, i)
		if !ok {
			day = tg.weekday(d.wd, i, d.force)
		}
		out := fromDay(day)
		out.wd = d.wd
		return out
	}
	if d.y != 0 || d.g != gDay && d.g != gMonth && d.g != gQuarter && d.g != gHalf && d.g != gSeason {
		return d
	}
	if y := tg.year(i); y != 0 && d.force == 0 {
		d.y = y
		return matchWeekday(d)
	}
	tense := d.force
	switch {
	case tense != 0:
	case tg.is(i-1, "depuis", "since") || tg.is(i-1, "le") && tg.is(i-2, "depuis"):
		tense = -1
	case tg.aheadOf(i), tg.postponedTo(i), tg.scheduledFor(i):
		// "ahead of the Nov. 5 election", "the hearing was postponed
		// until April 2", "a convoqué des législatives pour le 17
		// novembre": the nearest, whatever the tense of the sentence.
	case tg.startsFrom(i) && tg.soon(d):
		// "une hausse à compter du 1er janvier", announced in October:
		// a start soon to come, whatever the tense of the announcement.
		tense = 1
	default:
		if tense = tg.tense(i); tense == 0 && tg.deadline(i) || tense == -1 && tg.boundAhead(i) {
			tense = 1
		}
	}
	ry, rm := tg.ref.Year(), int(tg.ref.Month())
	switch d.g {
	case gSeason:
		// The current or latest such season, or the next in the future.
		s0, y0 := seasonOf(ry, rm)
		o0, o := y0*4+s0-1, y0*4+d.x-1
		switch {
		case o > o0 && tense != 1:
			o -= 4
		case o < o0 && tense == 1:
			o += 4
		}
		d.y = floorDiv(o, 4)
	case gQuarter, gHalf:
		cur := (rm-1)/3 + 1
		if d.g == gHalf {
			cur = (rm-1)/6 + 1
		}
		d.y = ry
		if d.x > cur && tense != 1 {
			d.y--
		}
	case gMonth:
		d.y = ry
		if ahead := (d.m - rm + 12) % 12; tense == 0 && d.force == 0 && ahead > 0 && ahead <= 3 && tg.present(i) {
			// "La loi entre en vigueur en janvier", written in December:
			// a verb in the present, a month soon to come.
			tense = 1
		}
		switch {
		case tense == 1 && (d.m < rm || d.m == rm && d.force == modNext):
			d.y++
		case tense != 1 && (d.m > rm || d.m == rm && d.force == modLast):
			d.y--
		}
	case gDay:
		best := 0
		var bestDist time.Duration
		for y := ry - 1; y <= ry+1; y++ {
			if !validDay(d.d, d.m, y) {
				continue
			}
			dist := time.Date(y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).Sub(tg.ref)
			if dist < 0 {
				dist = -dist
			}
			if best == 0 || dist < bestDist {
				best, bestDist = y, dist
			}
		}
		d.y = best
		if best == 0 {
			return d
		}
		day := d.dayOf()
		switch {
		case tense == -1 && day.After(tg.ref) && validDay(d.d, d.m, best-1):
			d.y--
		case tense == 1 && day.Before(tg.ref) && validDay(d.d, d.m, best+1):
			d.y++
		case tense == 0 && d.force == 0 && day.Before(tg.ref.AddDate(0, -1, 0)) && validDay(d.d, d.m, best+1) && tg.schedules(i):
			// A verb in the present schedules the day: "voters go to
			// the polls on Nov. 5", written in March. Within a month
			// back, the day is more likely the one just past.
			d.y++
		}
		return matchWeekday(d)
	}
	return d
}

// aheadOf reports whether the date at token i is that of an event drawing
// near: "ahead of (the)", "in the run-up to", "à l'approche de(s)", also
// before a noun of holidays ("à l'approche des vacances de Noël"), or
// that a span counts back from ("four months before the Nov. 3
// election").
func (tg *tagger) aheadOf(i int) bool {
	k := tg.skipBack(i-1, "the", "de", "du", "des", "d", "'")
	if tg.is(k, "vacances", "fetes", "conges") {
		k = tg.skipBack(k-1, "de", "du", "des", "d", "'", "les")
	}
	switch {
	case tg.is(k, "of"):
		return tg.is(k-1, "ahead")
	case tg.is(k, "before", "avant") && tg.tok(k-1).e.unit.code != 0:
		return true // "four months before the Nov. 3 election", "trois semaines avant le scrutin du 5 mars"
	case tg.is(k, "to"):
		return tg.is(k-1, "up") && tg.is(k-2, "-") && tg.is(k-3, "run", "lead")
	}
	return tg.is(k, "approche") && tg.is(k-1, "'") && tg.is(k-2, "l")
}

// skipBack returns the index of the first token from k backwards that is
// not one of the folded words ws.
func (tg *tagger) skipBack(k int, ws ...string) int {
	for tg.is(k, ws...) {
		k--
	}
	return k
}

// postponeWords are the verbs that move an event to the date after them:
// "postponed until April 2", "pushed back to June", "reporté au 4 mai".
var postponeWords = map[string]bool{
	"postponed": true, "delayed": true, "adjourned": true, "deferred": true, "rescheduled": true,
	"pushed": true, "put": true, "reporte": true, "reportee": true, "reportes": true, "reportees": true,
	"repousse": true, "repoussee": true, "repousses": true, "repoussees": true, "ajourne": true,
	"ajournee": true, "ajournes": true, "ajournees": true, "renvoye": true, "renvoyee": true,
	"differe": true, "differee": true, "decale": true, "decalee": true,
	"reporter": true, "repousser": true, "decaler": true, "differer": true,
}

// postponeLinks are the words that may stand between a postponing verb
// and its date.
var postponeLinks = map[string]bool{
	"until": true, "till": true, "to": true, "back": true, "off": true, "the": true, "au": true,
	"a": true, "jusqu": true, "'": true, "le": true, "l": true,
}

// postponedTo reports whether the date at token i is the new date of a
// postponed event (postponeWords).
func (tg *tagger) postponedTo(i int) bool {
	for k := i - 1; k >= i-4; k-- {
		switch f := tg.tok(k).fold; {
		case postponeWords[f]:
			return k < i-1
		case !postponeLinks[f]:
			return false
		}
	}
	return false
}

// scheduleWords are the events, and the verbs that schedule them, that
// "for" or "pour" dates: "called a snap election for Nov. 17", "a
// convoqué des législatives anticipées pour le 17 novembre".
var scheduleWords = map[string]bool{
	"election": true, "elections": true, "vote": true, "referendum": true,
	"runoff": true, "summit": true, "meeting": true, "hearing": true, "trial": true, "set": true,
	"legislatives": true, "presidentielle": true, "municipales": true, "anticipees": true, "anticipee": true,
	"scrutin": true, "sommet": true, "reunion": true, "audience": true, "proces": true,
	"convoque": true, "convoquee": true, "convoques": true, "convoquees": true, "fixe": true, "fixee": true,
}

// scheduledFor reports whether the date at token i is the one an event is
// set for (scheduleWords), or the one a verb fixes it at ("le scrutin,
// fixé au 17 novembre").
func (tg *tagger) scheduledFor(i int) bool {
	k := tg.skipBack(i-1, "the", "le", "l", "'")
	return tg.is(k, "for", "pour") && scheduleWords[tg.tok(k-1).fold] ||
		tg.is(k, "au") && tg.is(k-1, "fixe", "fixee", "fixes", "fixees", "programme", "programmee")
}

// startWords are the words that make the date after them the start of
// something: "à compter du 1er janvier", "à partir de mars", "dès le 2
// juin", "effective Jan. 1", "starting in March", "with effect from".
var startWords = map[string]bool{"compter": true, "partir": true, "des": true, "effective": true, "starting": true, "beginning": true}

// startsFrom reports whether the date at token i is the start of
// something (startWords).
func (tg *tagger) startsFrom(i int) bool {
	for k := i - 1; k >= i-3; k-- {
		switch f := tg.tok(k).fold; {
		case startWords[f]:
			return f != "des" || tg.is(k+1, "le", "l")
		case f == "from":
			return tg.is(k-1, "effect", "effective")
		case f != "le" && f != "du" && f != "de" && f != "la" && f != "l" && f != "'" && f != "in" && f != "on" && f != "en":
			return false
		}
	}
	return false
}

// soon reports whether the next day or month d names, after the
// reference date, is at most three months away.
func (tg *tagger) soon(d dexpr) bool {
	switch d.g {
	case gMonth:
		ahead := (d.m - int(tg.ref.Month()) + 12) % 12
		return ahead > 0 && ahead <= 3
	case gDay:
		for y := tg.ref.Year(); y <= tg.ref.Year()+1; y++ {
			if !validDay(d.d, d.m, y) {
				continue
			}
			if day := time.Date(y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC); day.After(tg.ref) {
				return !day.After(tg.ref.AddDate(0, 3, 0))
			}
		}
	}
	return false
}

// deadlineWords are the words that make the date after them a deadline:
// "jusqu'à fin mars", "d'ici mars", "until late March", "by the end of
// March".
var deadlineWords = map[string]bool{"jusqu": true, "ici": true, "until": true, "till": true, "by": true}

// deadlineSkips are the words that may stand between a deadline word and
// its date.
var deadlineSkips = map[string]bool{
	"'": true, "a": true, "au": true, "en": true, "fin": true, "debut": true, "mi": true, "-": true, "la": true,
	"le": true, "the": true, "late": true, "early": true, "mid": true, "end": true, "of": true,
}

// deadline reports whether the date at token i is a deadline: in a
// sentence without a tense, it lies ahead.
func (tg *tagger) deadline(i int) bool {
	for k := i - 1; k >= i-5; k-- {
		switch f := tg.tok(k).fold; {
		case deadlineWords[f]:
			return true
		case !deadlineSkips[f]:
			return false
		}
	}
	return false
}

// boundAhead reports whether the date at token i bounds a state that the
// present perfect tells, which lasts until then: "have signalled no move
// before September", "talks have been put off until March".
func (tg *tagger) boundAhead(i int) bool {
	k := i - 1
	for ; k >= i-5 && deadlineSkips[tg.tok(k).fold]; k-- {
	}
	if f := tg.tok(k).fold; f != "before" && !deadlineWords[f] {
		return false
	}
	s := tg.tok(i).sent
	for q := k - 1; q >= k-10; q-- {
		switch t := tg.tok(q); {
		case t.sent != s || t.fold == ",":
			return false
		case t.fold == "have" || t.fold == "has":
			return true
		}
	}
	return false
}

// matchWeekday moves a day d whose year was guessed to the year before or
// after when only there it falls on the weekday written with it
// ("Tuesday, March 19").
func matchWeekday(d dexpr) dexpr {
	if d.g != gDay || d.wd == 0 || d.y == 0 || weekdayOf(d) == d.wd {
		return d
	}
	for _, y := range [...]int{d.y - 1, d.y + 1} {
		e := d
		e.y = y
		if validDay(e.d, e.m, y) && weekdayOf(e) == d.wd {
			return e
		}
	}
	return d
}

// coordinatedWeekday returns the day named by the bare weekday d at token
// i when it is joined to the expression just before it, which named the
// anchor by its weekday: the first such weekday after the anchor ("next
// Tuesday and Wednesday", "mardi prochain et mercredi").
func (tg *tagger) coordinatedWeekday(d dexpr, i int) (time.Time, bool) {
	if d.force != 0 || !tg.is(i-1, "and", "et", "or", "ou", ",") || tg.anchorJ != i-1 {
		return time.Time{}, false
	}
	anchorWD := isoWeekday(tg.anchor)
	for k := tg.anchorI; k < tg.anchorJ; k++ {
		if int(tg.tok(k).e.weekday) == anchorWD {
			n := (d.wd-anchorWD+6)%7 + 1
			return tg.anchor.AddDate(0, 0, n), true
		}
	}
	return time.Time{}, false
}

// weekdayOf returns the weekday of day d, 1 (Monday) to 7.
func weekdayOf(d dexpr) int { return isoWeekday(d.dayOf()) }

// isoWeekday returns the weekday of t, 1 (Monday) to 7 (Sunday).
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

// weekday returns the day named by weekday wd (1 Monday to 7 Sunday) at
// token i: the reference day if it is that weekday, else the latest one
// before it, or the next one after it in a sentence in the future or with
// a verb in the present near it ("the offer expires Sunday"). force
// modLast or modNext excludes the reference day and sets the direction;
// modThis ("ce mardi") takes the day in the week of the reference date,
// unless the tense of the sentence contradicts it.
func (tg *tagger) weekday(wd, i int, force int8) time.Time {
	refWD := isoWeekday(tg.ref)
	if force == modThis {
		switch tense := tg.tense(i); {
		case wd > refWD && tense == -1:
			return tg.ref.AddDate(0, 0, wd-refWD-7)
		case wd < refWD && tense == 1:
			return tg.ref.AddDate(0, 0, wd-refWD+7)
		}
		return tg.ref.AddDate(0, 0, wd-refWD)
	}
	tense := force
	switch {
	case tense != 0:
	case tg.is(i-1, "by") && tg.tense(i) == -1:
		tense = -1 // "by Sunday evening talks were under way"
	case tg.is(i-1, "by", "until", "till") || tg.aheadOf(i):
		tense = 1 // a deadline, or "ahead of Sunday's vote"
	case tg.deadline(i) && tg.tense(i) != -1:
		tense = 1 // "le trafic perturbé jusqu'à dimanche", not "avait duré jusqu'à dimanche"
	case tg.is(i-1, "since", "depuis"):
		tense = -1 // "in force since Saturday, will be lifted"
	default:
		// A sentence in the present schedules the day ("the offer
		// expires Sunday"), unless it is a possessive ("Sunday's
		// attack").
		if tense = tg.tense(i); tense == 0 && tg.present(i) && !tg.is(i+1, "'") {
			tense = 1
		}
	}
	if tense == 1 {
		n := (wd - refWD + 7) % 7
		if n == 0 && force == modNext {
			n = 7
		}
		return tg.ref.AddDate(0, 0, n)
	}
	n := (refWD - wd + 7) % 7
	if n == 0 && force == modLast {
		n = 7
	}
	return tg.ref.AddDate(0, 0, -n)
}

// withTime extends a day m with a part of the day or a clock time after
// it ("mardi matin", "22 décembre à 8h30"), making it a TIME.
func (tg *tagger) withTime(m match) match {
	if m.d.g != gDay || m.value == "" || m.typ != Date {
		return m
	}
	k := tg.opt(m.j, "au")
	if pod, j, ok := tg.podAt(k); ok {
		m.j, m.typ, m.value = j, Time, m.value+"T"+pod
		return m
	}
	if e, ok := tg.ruleEdge(m.j + 1); ok && tg.is(m.j, "en") && e.typ == Time {
		// "lundi en fin de journée": the part of the day is the day's.
		m.j, m.typ, m.value = e.j, Time, m.value+e.value[strings.IndexByte(e.value, 'T'):]
		return m
	}
	k = tg.opt(tg.opt(m.j, ","), "a", "at", "vers", "around", "about", "des", "from", "avant", "before", "by")
	if hm, j, ok := tg.clockAt(k); ok {
		m.j, m.typ, m.value = j, Time, m.value+"T"+hm
	}
	return m
}

// podAt reads a part of the day at token i: "matin", "soir",
// "après-midi", "night". It returns the time part of its value.
func (tg *tagger) podAt(i int) (string, int, bool) {
	t := tg.tok(i)
	if t.e.pod == "" {
		return "", i, false
	}
	if tg.lex.lang == "fr" && t.fold == "apres" {
		j, ok := tg.seq(i+1, "-", "midi")
		return podValue(t.e.pod), j, ok
	}
	return podValue(t.e.pod), i + 1, true
}

// podValue returns the time part of the value of a part of the day. TIMEX3
// writes "MO", "AF", "EV", "NI", but the value syntax of factlens only
// allows digits and X after the T, so the hour is written as unknown.
func podValue(string) string { return "XX" }
