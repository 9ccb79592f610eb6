package timex

import (
	"strconv"
	"strings"
)

// This file holds the rules of clock times.

// clockPreps are the words after which "8 heures" is a time of day, not a
// duration.
var clockPreps = map[string]bool{
	"a": true, "vers": true, "des": true, "avant": true, "apres": true, "jusqu": true, "entre": true,
	"et": true, "de": true, "at": true, "around": true, "by": true, "before": true, "after": true,
	"until": true, "from": true, "to": true, "about": true, "till": true,
}

// timeZones are the abbreviations of time zones that may follow a time
// of day, written with a capital.
var timeZones = map[string]bool{
	"gmt": true, "utc": true, "tu": true, "et": true, "est": true, "edt": true, "ct": true, "cst": true,
	"cdt": true, "mt": true, "mst": true, "mdt": true, "pt": true, "pst": true, "pdt": true, "bst": true,
	"cet": true, "cest": true, "wat": true, "eat": true, "jst": true, "hkt": true, "aest": true,
}

// zoneNames are the words before "time" that name the zone of a time
// of day: "local time", "Eastern time".
var zoneNames = map[string]bool{"local": true, "eastern": true, "central": true, "mountain": true, "pacific": true}

// ruleClock recognises a time of day, dated with the day named after it
// or else the last day named in its paragraph, or the reference date:
// "8h30", "20h", "à 8 heures", "08:00", "8 a.m.", "à midi".
func (tg *tagger) ruleClock(i int) (match, bool) {
	hm, j, ok := tg.clockAt(i)
	if !ok {
		return match{}, false
	}
	if z := tg.tok(j); z.upper && timeZones[z.fold] {
		j++ // "3:30 p.m. ET", "à 15 h GMT": the zone is part of the time
	}
	if d, ok := tg.travelTime(i, j, hm); ok {
		return match{i: i, j: j, typ: Duration, value: d}, true
	}
	if k := tg.opt(j, ",", "on", "le", "ce"); tg.setJ > 0 && i-tg.setJ <= 2 && tg.tok(tg.setJ-1).sent == tg.tok(i).sent && tg.tok(k).e.weekday == 0 && tg.tok(k).kind != tNumber {
		// "open daily from 9 a.m.", "tous les mardis à 10 heures": a time
		// of any such day, when no day follows it ("the daily flight at 9
		// a.m. on Tuesday").
		return match{i: i, j: j, typ: Time, value: unknownDay + "T" + hm}, true
	}
	d0 := tg.dayAt(i)
	d := d0
	if k, ok := tg.seq(j+1, "time"); ok && zoneNames[tg.tok(j).fold] {
		// "2 a.m. local time on Saturday", "8 p.m. Eastern time on Nov.
		// 5": the day dates the time, which ends before the zone.
		if k = tg.opt(k, ",", "on"); tg.tok(k).e.weekday > 0 || k > j+2 {
			if m, ok := tg.best(k); ok && m.i == k && m.typ == Date && m.d.g == gDay {
				d = m.d
			}
		}
	}
	// "at midnight (2200 GMT) on Tuesday": the day after the time's
	// other zone dates it; each time keeps its own span.
	if tg.is(j, "(") {
		for p := j + 1; p < j+6; p++ {
			if !tg.is(p, ")") {
				continue
			}
			if k := tg.opt(p+1, ",", "on", "le", "ce"); k > p+1 || tg.tok(k).e.weekday > 0 {
				if m, ok := tg.best(k); ok && m.i == k && m.typ == Date && m.d.g == gDay {
					d = m.d
				}
			}
			break
		}
	}
	// "midnight on Sunday", "8h30 ce lundi", "5:04 p.m. last Tuesday",
	// "5 p.m. tomorrow", "à 20 heures demain".
	k := tg.opt(j, ",", "on", "le", "ce", "this")
	if k > j || tg.tok(k).e.weekday > 0 || tg.tok(k).e.mod != 0 && tg.tok(k+1).e.weekday > 0 || tg.is(k, "tomorrow", "yesterday", "today", "tonight", "demain", "hier") {
		if m, ok := tg.best(k); ok && m.i == k && m.typ == Date && m.d.g == gDay {
			d, j = m.d, m.j
		}
	}
	if hm == "24:00" && d == d0 && d.dayOf().Equal(tg.ref) && tg.tense(i) == -1 {
		// "hours after 10 countries formally joined at midnight", written
		// that day: the midnight that began it, not the one to come. The
		// day stays the one to count from ("la veille").
		return match{i: i, j: j, typ: Time, value: fromDay(tg.ref.AddDate(0, 0, -1)).value() + "T" + hm, d: d}, true
	}
	return match{i: i, j: j, typ: Time, value: d.value() + "T" + hm, d: d}, true
}

// travelTime returns, as a duration, a French clock time at tokens [i, j)
// that is the distance to a place after it, after a verb of distance:
// "mettre Casablanca à 2 h 10 de Tanger" (PT130M), "situé à 3 h de
// Paris"; not "arrivé à 9 h 30 de Paris".
func (tg *tagger) travelTime(i, j int, hm string) (string, bool) {
	if tg.lex.lang != "fr" || !tg.is(i-1, "a") || !tg.is(j, "de", "du", "d") || !tg.tok(tg.opt(j+1, "'")).upper {
		return "", false
	}
	verb := false
	for k := i - 2; k >= i-5 && tg.tok(k).sent == tg.tok(i).sent; k-- {
		if distanceVerbs[tg.tok(k).fold] {
			verb = true
		}
	}
	if !verb {
		return "", false
	}
	hs, ms, _ := strings.Cut(hm, ":")
	h, m := atoi(hs), atoi(ms)
	if m == 0 {
		return "PT" + strconv.Itoa(h) + "H", true
	}
	return "PT" + strconv.Itoa(h*60+m) + "M", true // one unit, as the contract writes durations
}

// distanceVerbs are the French verbs, folded, that put a place at a
// distance in time: "mettre Casablanca à 2 h 10 de Tanger".
var distanceVerbs = map[string]bool{
	"mettre": true, "met": true, "mettra": true, "mettent": true, "mettront": true,
	"situe": true, "situee": true, "situes": true, "situees": true, "trouve": true,
}

// dayAt returns the day that a time of day at token i falls on when no
// day is written with it: the last day named in its paragraph, or the
// reference date. A last day on the other side of the reference date from
// the tense of the time's sentence is another event's: "The next meeting
// is on July 30. … The decision was announced at 2 p.m." is today's.
func (tg *tagger) dayAt(i int) dexpr {
	if tg.anchorPara != tg.tok(i).para || tg.againstTense(i) {
		return fromDay(tg.ref)
	}
	return fromDay(tg.anchor)
}

// againstTense reports whether the last day named lies on the other side
// of the reference date from the tense of the sentence at token i: a day
// to come in a sentence in the past, or a past one in the future. It is
// another event's day, not one to count from.
func (tg *tagger) againstTense(i int) bool {
	switch tense := tg.tense(i); {
	case tense == -1 && tg.anchor.After(tg.ref), tense == 1 && tg.anchor.Before(tg.ref):
		return true
	}
	return false
}

// podPreps are the words after which a part of the day with an article
// ("dans la soirée", "during the night") is one of the day of the text.
var podPreps = map[string]bool{
	"dans": true, "durant": true, "pendant": true, "en": true, "during": true,
}

// rulePOD recognises a part of a day: "la nuit de samedi à dimanche",
// "the night of Aug. 24", "le matin du 3 mars", "dans la soirée", "en
// matinée". A range of days gives the part of its first day.
//
//	pod = ["la" | "le" | "l'" | "the"] pod-word ("de" | "du" | "d'" | "of") day
//	    | ("la" | "l'" | "the") pod-word   (after "dans", "during", ...)
//	    | pod-word                         (after "en")
func (tg *tagger) rulePOD(i int) (match, bool) {
	k := i
	switch {
	case tg.is(i, "la", "le", "the"):
		k++
	case tg.is(i, "l") && tg.is(i+1, "'"):
		k += 2
	}
	pod, j, ok := tg.podAt(k)
	if !ok {
		return match{}, false
	}
	of := j
	switch {
	case tg.is(j, "de", "du", "of"):
		of++
	case tg.is(j, "d") && tg.is(j+1, "'"):
		of += 2
	}
	if of > j {
		if m, ok := tg.best(of); ok && m.i == of && m.typ == Date && m.d.g == gDay && m.d.y > 0 {
			return match{i: i, j: m.j, typ: Time, value: m.d.value() + "T" + pod, d: m.d}, true
		}
	}
	if p := tg.tok(i - 1).fold; !podPreps[p] || k == i && (p != "en" || tg.lex.lang != "fr") {
		return match{}, false
	}
	d := tg.dayAt(i)
	return match{i: i, j: j, typ: Time, value: d.value() + "T" + pod, d: d}, true
}

// clockAt reads a time of day at token i and returns its "hh:mm".
//
//	clock = hh "h" [mm] | hh ":" mm [ampm] | hh ampm | hh ("heures" | "h") [mm] | hhmm ("GMT" | "UTC")
//	      | "midi" | "minuit" | "noon" | "midnight"
func (tg *tagger) clockAt(i int) (string, int, bool) {
	t := tg.tok(i)
	// "moins de 24 heures", "more than 8 hours" count hours.
	prep := clockPreps[tg.tok(i-1).fold] && !countWords[tg.tok(i-2).fold]
	switch {
	case t.kind == tMixed:
		// "8h30", "20h", "8am", "10pm".
		suf := t.fold[t.ndig:]
		h, mnt := t.num, 0
		switch {
		case t.ndig > 2:
			return "", i, false
		case suf == "h":
			if !prep && tg.tok(i+1).e.unit.code == 0 && (tg.is(i-1, "en", "pendant", "durant", "depuis", "dans", "in", "for") || t.num == 24) {
				return "", i, false // "en 24h": a duration
			}
		case len(suf) > 1 && suf[0] == 'h' && isDigits(suf[1:]) && len(suf) == 3:
			mnt = atoi(suf[1:])
		case suf == "am" || suf == "pm":
			h = ampm(h, suf == "pm")
		default:
			return "", i, false
		}
		return hhmm(h, mnt), i + 1, h <= 24 && mnt < 60
	case t.kind == tNumber && !t.inNum && t.ndig == 4 && tg.is(i+1, "gmt", "utc") && t.num/100 <= 23 && t.num%100 < 60:
		// "1330 GMT", as wire copy writes times.
		return hhmm(t.num/100, t.num%100), i + 2, true
	case t.kind == tNumber && !t.inNum && t.ndig <= 2:
		h, j := t.num, i+1
		if glued(tg.toks, j, ":") || glued(tg.toks, j, ".") && tg.lex.lang == "en" {
			m := tg.tok(j + 1)
			if m.kind != tNumber || m.space || m.ndig != 2 {
				return "", i, false
			}
			if pm, k, ok := tg.ampmAt(j + 2); ok {
				return hhmm(ampm(h, pm), m.num), k, h <= 12 && m.num < 60
			}
			if tg.tok(j).fold == "." {
				return "", i, false
			}
			return hhmm(h, m.num), j + 2, h <= 24 && m.num < 60
		}
		if pm, k, ok := tg.ampmAt(j); ok {
			return hhmm(ampm(h, pm), 0), k, h <= 12 && h > 0
		}
		if j2, ok := tg.seq(j, "o", "'", "clock"); ok {
			return hhmm(h, 0), j2, h <= 12
		}
		if prep && tg.is(j, "h", "heures", "heure") && h <= 24 {
			j++
			mnt := 0
			if n := tg.tok(j); n.kind == tNumber && n.ndig == 2 && n.num < 60 {
				mnt, j = n.num, j+1
			} else if k, ok := tg.seq(j, "et", "demie"); ok {
				mnt, j = 30, k
			} else if k, ok := tg.seq(j, "et", "quart"); ok {
				mnt, j = 15, k
			}
			// "6 heures du matin", "10 heures du soir", "3 heures de
			// l'après-midi".
			if k, ok := tg.seq(j, "du", "matin"); ok && h <= 12 {
				j = k
			} else if k, ok := tg.seq(j, "du", "soir"); ok && h <= 12 {
				h, j = ampm(h, true), k
			} else if k, ok := tg.seq(j, "de", "l", "'", "apres", "-", "midi"); ok && h <= 12 {
				h, j = ampm(h, true), k
			}
			return hhmm(h, mnt), j, true
		}
	case (prep || tg.tok(i+1).e.weekday > 0) && tg.is(i, "midi", "noon", "midday"):
		return "12:00", i + 1, true
	case (prep || tg.tok(i+1).e.weekday > 0) && tg.is(i, "minuit", "midnight"):
		return "24:00", i + 1, true
	}
	return "", i, false
}

// ampmAt reads "am", "pm", "a.m." or "p.m." at token i and reports
// whether it is pm.
func (tg *tagger) ampmAt(i int) (pm bool, j int, ok bool) {
	switch {
	case tg.is(i, "am", "pm"):
		return tg.tok(i).fold == "pm", i + 1, true
	case tg.is(i, "a", "p") && glued(tg.toks, i+1, ".") && tg.is(i+2, "m") && !tg.tok(i+2).space:
		j = i + 3
		if glued(tg.toks, j, ".") {
			j++
		}
		return tg.tok(i).fold == "p", j, true
	}
	return false, i, false
}

// ampm converts a 12-hour clock hour to 24 hours.
func ampm(h int, pm bool) int {
	switch {
	case pm && h < 12:
		return h + 12
	case !pm && h == 12:
		return 0
	}
	return h
}

// hhmm writes a time of day.
func hhmm(h, m int) string { return pad2(h) + ":" + pad2(m) }

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
