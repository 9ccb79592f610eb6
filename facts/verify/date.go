package verify

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/kb"
)

// checkDate judges a date claim: a date or time against the event it is
// about, a duration against the span the base gives.
func (c *checker) checkDate(cl *facts.Claim) result {
	switch cl.Type {
	case "DURATION":
		return c.checkDuration(cl)
	case "DATE", "TIME", "":
	default:
		return unverified(c.lex.msg["nothing"])
	}
	if cl.Value == "FUTURE_REF" || cl.Value == "PAST_REF" {
		return c.relative(cl)
	}
	p, ok := parsePeriod(cl.Value)
	if !ok {
		return unverified(c.lex.msg["nothing"])
	}
	// A date inside a founding or attendance claim is that claim's date:
	// judge it with that claim's event.
	o := c.container(cl)
	if o != nil && o.Kind == facts.KindFounding {
		return c.founding(o, cl.Value, cl.Text)
	}
	sent := c.sentence(cl)
	x := c.newContext(sent, cl.Entities)
	if o != nil {
		if e, ok := c.attendanceEvent(o); ok && (c.attended(o, &e) || c.specific(x, &e, true)) && !c.otherSeries(x, &e) {
			// The event, when the claim's people were there, or its
			// sentence names it by more than its kind: not "le sommet
			// extraordinaire de l'UEMOA s'est ouvert samedi à Dakar",
			// which the base does not know, for another summit.
			return combine([]result{c.compareEvent(cl.Text, p, &e), c.placeOf(&e, c.statedPlace(o)),
				c.numbered(x, &e)}, "")
		}
	}
	focus := c.clause(cl.Span(), sent, c.lex.conj)
	if p.prec == kb.Year && c.term(cl.Span(), focus) {
		// "Traoré was named president of the Confederation for 2026":
		// the year of a term of office, not of the summit.
		return unverified(c.lex.msg["noevent"])
	}
	// An event word in the date's own clause names its event: only events
	// of that kind can bear on it ("dissoute l'an dernier" with no
	// dissolution in the base is unverified).
	var keep func(*kb.Event) bool
	ks := c.verbKinds(x, cl.Span())
	if len(ks) == 0 {
		ks = c.clauseKinds(x, focus)
	}
	if len(ks) > 0 {
		keep = func(e *kb.Event) bool { return slices.Contains(ks, e.Kind) }
	}
	e, ok := c.match(x, focus, p.start, keep)
	if !ok || c.othersLeavingIn(x, focus, &e) {
		// Nor is "le départ des troupes françaises en 2022" Mali's
		// withdrawal from anything.
		return unverified(c.lex.msg["noevent"])
	}
	if !meets(&e, p) {
		// The sentence may point almost as strongly to an event of the
		// claimed days (its title words differ, its place is not named):
		// that is the event meant, unless another event word, an ordinal
		// or a place tips the balance.
		// Days given to the day and an event of the same kind on them
		// outweigh a place: a meeting on the claimed days somewhere else
		// is the meeting meant, in the wrong place, unless an ordinal
		// names e ("le premier sommet").
		onDay := func(o *kb.Event) bool { return (keep == nil || keep(o)) && meets(o, p) }
		if d, ok := c.match(x, focus, p.start, onDay); ok && (c.score(x, focus, &d) > c.score(x, focus, &e)-minScore ||
			d.Kind == e.Kind && p.prec >= kb.Day && !c.ordinalIs(x, &e)) {
			e = d
		}
	}
	if !meets(&e, p) && organisational(e.Kind) && len(e.Objects) > 0 && !slices.ContainsFunc(x.mentions, func(m mention) bool { return slices.Contains(e.Objects, m.id) }) {
		// "Le Mali avait quitté la zone franc en 1962": a leaving or a
		// joining at another date, whose sentence does not name what
		// was left or joined, is not e.
		return unverified(c.lex.msg["noevent"])
	}
	if !meets(&e, p) && c.longAfter(p, &e) && !c.namesPartyByName(x, &e) {
		// "Le G5 Sahel, dont la force conjointe a été lancée en juillet",
		// written in 2017: a past the article tells, which does not name
		// the AES, cannot be about the AES's force of 2025, years after
		// the article's date.
		return unverified(c.lex.msg["noevent"])
	}
	if !meets(&e, p) && (e.Number != 0 || e.Kind == kb.Summit) && !c.ordinalIs(x, &e) && !p.yearless && farAfter(p, &e) {
		// "a summit in Abuja" half a year after the 66th summit in Abuja:
		// summits and numbered series go on with editions the base may
		// not know yet; without its rank, the sentence may be about a
		// later one.
		return unverified(c.lex.msg["noevent"])
	}
	if !meets(&e, p) && (e.Number != 0 || e.Kind == kb.Summit || e.Kind == kb.MinisterialMeeting || e.Kind == kb.Meeting) && !c.ordinalIs(x, &e) && !p.yearless && !c.namesParty(c.wholeText(), &e) {
		// "Le précédent sommet, à Bamako en janvier 2017", in an article
		// that never names the AES, which holds e: a summit of another
		// series; nor is "Le Conseil national de transition … a été
		// installé samedi 5 décembre 2020 à Bamako, en présence …
		// d'Assimi Goïta" a meeting of the AES's ministers. In an article
		// about the AES, the wrong date is a mistake about e.
		return unverified(c.lex.msg["noevent"])
	}
	if keep == nil && organisational(e.Kind) && !c.kindIn(x, e.Kind) {
		// "Le président a reçu lundi 13 janvier 2020 à Pau les présidents
		// des cinq pays du G5 Sahel": a founding, joining or leaving is
		// dated only where its kind is named, not by the organisation
		// alone.
		return unverified(c.lex.msg["noevent"])
	}
	if keep == nil && c.kindOnlyAside(x, sent, cl.Span(), e.Kind) {
		// "La Cédéao, qui avait suspendu le Mali après le putsch, a levé
		// ses sanctions en octobre": the relative clause names the coup,
		// the date's clause something else.
		return unverified(c.lex.msg["noevent"])
	}
	if (!meets(&e, p) || keep == nil) && !c.specific(x, &e, keep != nil || meets(&e, p) && c.kindIn(x, e.Kind)) {
		// "Le 5 septembre, le sommet s'est ouvert à Pékin": a sentence
		// that names no more of e than its kind may be about another
		// summit; it contradicts nothing. Nor does a date whose clause
		// names no event when the sentence does not name e ("Buhari led
		// Nigeria from 2015 to 2023 as the candidate of a party formed in
		// 2013" is not about the founding of the AES).
		return unverified(c.lex.msg["noevent"])
	}
	if p.prec == kb.Minute {
		if r, ok := c.arrival(cl.Text, p.inYear(e.Start.Start().Year()), &e, x); ok {
			return r
		}
	}
	if r, ok := c.spanOfEvents(cl.Text, p, &e, x, focus, keep); ok {
		return r
	}
	cmp := c.compareEvent(cl.Text, p, &e)
	if edge := c.edgeOf(cl, focus); edge != "" && p.prec >= kb.Day && !p.ranged && e.Start.Precision() >= kb.Day && e.End.Start().After(e.Start.Start()) {
		// "ouvert le 23 décembre": the first day of a summit that lasted
		// two, not any of them.
		day := e.Start
		if edge == "closebad" {
			day = e.End
		}
		one := e
		one.Start, one.End = day, day
		cmp = c.compareEvent(cl.Text, p, &one)
		msg := edge
		if cmp.verdict == facts.Supported {
			msg = strings.TrimSuffix(edge, "bad") + "ok"
		}
		if cmp.verdict == facts.Supported || cmp.verdict == facts.Contradicted {
			on := fmt.Sprintf(c.lex.msg["day"], c.day(day))
			cmp.why = fmt.Sprintf(c.lex.msg[msg], c.quote(c.title(&e)), on, c.publisher(e.Facts), c.quote(cl.Text))
		}
	}
	return c.weekday(cl.Text, p, &e, combine([]result{cmp, c.placeOf(&e, c.places(x)), c.numbered(x, &e)}, ""))
}

// kindOnlyAside reports whether the words of x that name events of kind
// k all lie in relative clauses between commas (", qui … ,", ", which
// … ,") of sentence sent that do not hold the date at span.
func (c *checker) kindOnlyAside(x *context, sent, span facts.Span, k kb.EventKind) bool {
	asides := c.relativeAsides(sent)
	named := false
	for _, cu := range x.cues {
		if !slices.Contains(cu.kinds, k) {
			continue
		}
		named = true
		if !slices.ContainsFunc(asides, func(a facts.Span) bool {
			return a.Start <= cu.start && cu.end <= a.End && !(a.Start <= span.Start && span.End <= a.End)
		}) {
			return false
		}
	}
	return named
}

// relativeAsides returns the relative clauses between commas of sentence
// sent: from a comma before a relative pronoun to the next comma.
func (c *checker) relativeAsides(sent facts.Span) []facts.Span {
	var out []facts.Span
	text := c.text[sent.Start:sent.End]
	for i := 0; i < len(text); i++ {
		if text[i] != ',' {
			continue
		}
		rest := strings.TrimLeft(text[i+1:], " ")
		w := rest
		if j := strings.IndexAny(rest, " ,'’"); j >= 0 {
			w = rest[:j]
		}
		if !relativePronouns[strings.ToLower(w)] {
			continue
		}
		end := strings.IndexByte(text[i+1:], ',')
		if end < 0 {
			continue // no closing comma: the clause ends the sentence
		}
		out = append(out, facts.Span{Start: sent.Start + i, End: sent.Start + i + 1 + end})
		i += end
	}
	return out
}

// relativePronouns are the relative pronouns that open an aside.
var relativePronouns = map[string]bool{"qui": true, "dont": true, "which": true, "who": true, "whose": true}

// term reports whether the date at span is the year of a term of office:
// a word of terms right before it and a noun of offices in its clause.
func (c *checker) term(span, clause facts.Span) bool {
	ws := c.wordsIn(clause)
	k := slices.IndexFunc(ws, func(w word) bool { return w.start >= span.Start })
	if k < 1 || !c.lex.terms[ws[k-1].fold] {
		return false
	}
	return slices.ContainsFunc(ws[:k-1], func(w word) bool { return c.lex.offices[w.fold] })
}

// attended reports whether one of the people of attendance claim cl took
// part in event e.
func (c *checker) attended(cl *facts.Claim, e *kb.Event) bool {
	return slices.ContainsFunc(cl.People, func(p facts.Person) bool {
		id := c.personID(p)
		return id != "" && slices.ContainsFunc(e.Participants, func(q kb.Participant) bool { return q.Person == id })
	})
}

// edgeOf returns "openbad" when a word of opening stands just before
// date claim cl in its clause focus ("ouvert le 23 décembre", "opened on
// Monday"), "closebad" for a word of closing, else "".
func (c *checker) edgeOf(cl *facts.Claim, focus facts.Span) string {
	ws := c.wordsIn(facts.Span{Start: focus.Start, End: cl.Start})
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		switch w := ws[k].fold; {
		case c.lex.opening[w]:
			return "openbad"
		case c.lex.closing[w]:
			return "closebad"
		}
	}
	return ""
}

// spanOfEvents judges an interval ("between 2020 and 2023") that spans
// several events of one kind, named in the plural in the clause focus
// ("coups"), not one: it is supported when e falls in its
// first unit (year, month or day) and an event of e's kind the sentence
// bears on falls in its last, or the other way round ("coups between 2020
// and 2023": 2020 in Mali, 2023 in Niger). It reports false otherwise.
func (c *checker) spanOfEvents(text string, p period, e *kb.Event, x *context, focus facts.Span, keep func(*kb.Event) bool) (result, bool) {
	if !p.ranged || p.yearless || !c.plural(x, focus, e.Kind) {
		return result{}, false
	}
	first, last := p, p
	switch p.prec {
	case kb.Year:
		first.end, last.start = p.start.AddDate(1, 0, 0), p.end.AddDate(-1, 0, 0)
	case kb.Month:
		first.end, last.start = p.start.AddDate(0, 1, 0), p.end.AddDate(0, -1, 0)
	default:
		first.end, last.start = p.start.AddDate(0, 0, 1), p.end.AddDate(0, 0, -1)
	}
	var other period
	switch {
	case meets(e, first) && !meets(e, last):
		other = last
	case meets(e, last) && !meets(e, first):
		other = first
	default:
		return result{}, false
	}
	o, ok := c.match(x, focus, other.start, func(o *kb.Event) bool {
		return o.ID != e.ID && o.Kind == e.Kind && (keep == nil || keep(o)) && meets(o, other)
	})
	if !ok {
		return result{}, false
	}
	a, b := e, &o
	if b.Start.Start().Before(a.Start.Start()) {
		a, b = b, a
	}
	return result{verdict: facts.Supported, facts: slices.Concat(a.Facts, b.Facts),
		why: fmt.Sprintf(c.lex.msg["dateends"], c.quote(c.title(a)), c.when(a), c.publisher(a.Facts),
			c.quote(c.title(b)), c.when(b), c.publisher(b.Facts), c.quote(text))}, true
}

// weekday checks the day name a date gives ("mardi 22 décembre 2025")
// against its calendar, when the date is a single day and r, its verdict
// against event e, supports it: a wrong day name makes the claim
// imprecise, and the explanation gives the right one. A date already
// wrong is left as it is.
func (c *checker) weekday(text string, p period, e *kb.Event, r result) result {
	if r.verdict != facts.Supported || p.prec != kb.Day || p.ranged {
		return r
	}
	d := p.inYear(e.Start.Start().Year()).start
	for _, w := range foldWords(text) {
		i := slices.IndexFunc(c.lex.weekdays[:], func(n string) bool { return slices.Equal(foldWords(n), []string{w}) })
		if i < 0 || time.Weekday(i) == d.Weekday() {
			continue
		}
		return result{verdict: facts.Imprecise, facts: r.facts,
			why: fmt.Sprintf(c.lex.msg["weekdaybad"], c.day(dayOf(d)), c.lex.weekdays[d.Weekday()], c.lex.weekdays[i], c.quote(text))}
	}
	return r
}

// numbered checks the rank a context gives event e in its series: an
// ordinal followed by an event word of e's kind ("le troisième sommet")
// that is not e's number, when the base knows no event of that number in
// e's series (else the ordinal names that other event, which matching
// weighed already), contradicts that part of the claim. A right rank, or
// none, weighs nothing: the date decides.
func (c *checker) numbered(x *context, e *kb.Event) result {
	cu, ok := c.seriesOrdinal(x, e)
	if !ok || cu.ordinal == e.Number || c.any(func(o *kb.Event) bool { return o.Series == e.Series && o.Number == cu.ordinal }) {
		return unverified("")
	}
	return result{verdict: facts.Contradicted, facts: e.Facts,
		why: fmt.Sprintf(c.lex.msg["rankinseries"], c.quote(c.title(e)), e.Number, c.quote(c.text[cu.start:cu.end]), c.publisher(e.Facts))}
}

// longAfter reports whether the event e began more than a year after the
// article's date, though the period p, which the article tells of, lies
// before that date: an article of 2017 cannot tell of an event of 2025.
func (c *checker) longAfter(p period, e *kb.Event) bool {
	return !p.start.After(c.ref) && e.Start.Start().Sub(c.ref) > 365*24*time.Hour
}

// farAfter reports whether the period p starts more than two months
// after the event e.
func farAfter(p period, e *kb.Event) bool {
	return p.start.Sub(e.End.End()) > 61*24*time.Hour
}

// namesParty reports whether x names one of e's subjects or objects.
func (c *checker) namesParty(x *context, e *kb.Event) bool {
	return slices.ContainsFunc(x.mentions, func(m mention) bool { return isParty(e, m.id) })
}

// namesPartyByName reports whether x names one of e's subjects or
// objects by a capitalised name: not "la force conjointe", which may be
// another organisation's force.
func (c *checker) namesPartyByName(x *context, e *kb.Event) bool {
	return slices.ContainsFunc(x.mentions, func(m mention) bool {
		r, _ := utf8.DecodeRuneInString(c.text[m.start:m.end])
		return unicode.IsUpper(r) && isParty(e, m.id)
	})
}

// isParty reports whether the entity id acted in e or was acted upon: Mali
// in its withdrawal from the G5 Sahel, and the G5 Sahel.
func isParty(e *kb.Event, id string) bool {
	return slices.Contains(e.Subjects, id) || slices.Contains(e.Objects, id)
}

// ordinalIs reports whether the context ranks an event of e's kind with
// e's own number in its series ("le premier sommet" for the first).
// specific reports whether x names e by more than its kind: a subject or
// object, the person who led it (leadingRoles), a capitalised word of its
// title, or its place when x names its kind too (kinded) and e gathers
// people (see organisational). A mere
// participant or a rank does not single it out ("Traoré … au deuxième
// sommet Russie-Afrique"), nor a place alone ("la cérémonie … organisée
// vendredi à Niamey").
func (c *checker) specific(x *context, e *kb.Event, kinded bool) bool {
	if c.otherSeries(x, e) {
		return false
	}
	// An organisation's founding, joining or leaving is named by the
	// organisation: "l'accord … signé en février 2018 à Nouakchott" is no
	// founding of the G5 Sahel, created there in 2014.
	kinded = kinded && !organisational(e.Kind)
	for _, m := range x.mentions {
		place := m.id == e.Place
		if place && kinded || !place && entityWeight(e, m.id) > 1 || isParty(e, m.id) {
			return true
		}
	}
	set := x.wordSet()
	return slices.ContainsFunc(c.names[e.ID], func(w string) bool { return set[w] })
}

// organisational reports whether events of kind k happen to an
// organisation rather than gather people in a place: its founding,
// joining, leaving or dissolution (launches and transformations are
// ceremonies and summits).
func organisational(k kb.EventKind) bool {
	switch k {
	case kb.Founding, kb.Accession, kb.Withdrawal, kb.Dissolution:
		return true
	}
	return false
}

// kindIn reports whether a word of x names events of kind k: "lors du
// premier sommet, à Niamey" names a summit, though not in the date's own
// clause.
func (c *checker) kindIn(x *context, k kb.EventKind) bool {
	return slices.ContainsFunc(x.cues, func(cu cue) bool { return slices.Contains(cu.kinds, k) })
}

// complementWords are the words, folded, before the organisation an
// event noun belongs to: "sommet de l'ABN", "summit of the EAC".
var complementWords = map[string]bool{"de": true, "du": true, "des": true, "d": true, "l": true, "la": true, "of": true, "the": true}

// otherSeries reports whether an event word of e's kind in x is followed
// by the name of another organisation: "le sommet des chefs d'État de
// l'ABN", "la session du Parlement de la Cédéao" are not a summit of the
// AES or of ECOWAS itself.
func (c *checker) otherSeries(x *context, e *kb.Event) bool {
	ours := func(id string) bool {
		return id == e.Place || isParty(e, id)
	}
	for i, w := range x.words {
		if x.named[i] || !slices.Contains(c.lex.kinds[w.fold], e.Kind) {
			continue
		}
		if c.unknownOrgAfter(x, i, e) || c.othersLeaving(x, i, e) {
			return true
		}
		for j := i + 1; j < len(x.words) && j <= i+6; j++ {
			v := x.words[j]
			if x.named[j] {
				k := slices.IndexFunc(x.mentions, func(m mention) bool { return m.start <= v.start && v.end <= m.end })
				if ent, ok := c.base.Entity(x.mentions[max(k, 0)].id); k >= 0 && !ours(ent.ID) && ok && ent.Kind == facts.OrganisationEntity {
					return true
				}
				if k >= 0 && ours(x.mentions[k].id) {
					break
				}
				continue
			}
			if t := c.text[v.start:v.end]; len(t) >= 2 && strings.ToUpper(t) == t && !unicode.IsDigit(rune(t[0])) && complementWords[x.words[j-1].fold] {
				return true // the acronym of an organisation the base does not know: "de l'ABN"
			}

		}
	}
	return false
}

// othersLeaving reports whether the word of a withdrawal or an accession
// at x.words[i] is followed by complement words, maybe a determiner or a
// number, and a noun of people who are no member states: "le départ des
// troupes françaises", not "le retrait des trois pays" nor "le départ de
// ces trois pays".
func (c *checker) othersLeaving(x *context, i int, e *kb.Event) bool {
	if e.Kind != kb.Withdrawal && e.Kind != kb.Accession {
		return false
	}
	j := i + 1
	for j < len(x.words) && j <= i+5 && (complementWords[x.words[j].fold] || quantifierWords[x.words[j].fold]) {
		j++
	}
	return j > i+1 && j < len(x.words) && !x.named[j] && nonMembers[x.words[j].fold]
}

// othersLeavingIn reports whether a word of e's kind in span focus of x
// names others leaving or coming (see othersLeaving).
func (c *checker) othersLeavingIn(x *context, focus facts.Span, e *kb.Event) bool {
	for i, w := range x.words {
		if w.start >= focus.Start && w.end <= focus.End && !x.named[i] && slices.Contains(c.lex.kinds[w.fold], e.Kind) && c.othersLeaving(x, i, e) {
			return true
		}
	}
	return false
}

// nonMembers are the nouns, folded, of people whose departure or arrival
// is no membership's; quantifierWords the determiners and numbers that may
// come before them.
var (
	nonMembers = map[string]bool{"troupes": true, "soldats": true, "militaires": true, "forces": true, "diplomates": true,
		"ambassadeurs": true, "casques": true, "troops": true, "soldiers": true, "diplomats": true, "peacekeepers": true,
		"ambassadors": true, "personnel": true, "staff": true, "expatries": true, "contingents": true, "contingent": true}
	quantifierWords = map[string]bool{"ces": true, "leurs": true, "les": true, "tous": true, "trois": true, "deux": true, "quatre": true,
		"cinq": true, "these": true, "their": true, "its": true, "all": true, "both": true, "three": true, "two": true, "four": true, "five": true}
)

// unknownOrgAfter reports whether the event word at x.words[i] is
// followed, past up to two lower-case adjectives, by complement words and
// the capitalised name of an organisation the base does not know: "le
// sommet extraordinaire de l'Union économique et monétaire
// ouest-africaine", not "la réunion préparatoire des ministres des
// Affaires étrangères" nor a word of e's title.
func (c *checker) unknownOrgAfter(x *context, i int, e *kb.Event) bool {
	if portfolioHolders[x.words[i].fold] {
		return false // "ministers of Foreign Affairs": a portfolio
	}
	j := i + 1
	for n := 0; n < 2 && j < len(x.words) && !complementWords[x.words[j].fold] && !x.named[j] && !capitalised(c.text, x.words[j]); n++ {
		j++
	}
	k := j
	for k < len(x.words) && k < j+3 && complementWords[x.words[k].fold] {
		k++
	}
	if n := c.leadersAt(x, k); n > 0 {
		// "le sommet des chefs d'État de l'Autorité du bassin du Niger"
		for k += n; k < len(x.words) && k < j+n+6 && complementWords[x.words[k].fold]; k++ {
		}
	}
	if k == j || k >= len(x.words) || x.named[k] {
		return false
	}
	v := x.words[k]
	return capitalised(c.text, v) && c.nameWord(v.fold) && !slices.Contains(c.titles[e.ID], v.fold)
}

// leaders are the words, folded, of the people an event brings together,
// between its event word and its organisation (not ministers, followed by
// their ministries: "ministers of Foreign Affairs"): "sommet des chefs d'État
// et de gouvernement de la Cédéao", "summit of heads of state of the
// AU".
var leaders = [][]string{
	{"chefs", "d", "etat", "et", "de", "gouvernement"}, {"chefs", "d", "etat"}, {"dirigeants"},
	{"heads", "of", "state", "and", "government"}, {"heads", "of", "state"}, {"leaders"},
}

// leadersAt returns the number of words of one of leaders at x.words[k],
// or 0.
func (c *checker) leadersAt(x *context, k int) int {
	for _, l := range leaders {
		if k+len(l) <= len(x.words) && slices.EqualFunc(x.words[k:k+len(l)], l, func(w word, f string) bool { return w.fold == f }) {
			return len(l)
		}
	}
	return 0
}

// portfolioHolders are the event words, folded, that the name of a
// portfolio follows: "ministres de la Défense", "ministers of Foreign
// Affairs".
var portfolioHolders = map[string]bool{"ministre": true, "ministres": true, "minister": true, "ministers": true}

// capitalised reports whether word w of the text s starts with a capital.
func capitalised(s string, w word) bool {
	r, _ := utf8.DecodeRuneInString(s[w.start:])
	return unicode.IsUpper(r)
}

func (c *checker) ordinalIs(x *context, e *kb.Event) bool {
	cu, ok := c.seriesOrdinal(x, e)
	return ok && cu.ordinal == e.Number
}

// seriesOrdinal returns the first ordinal of the context followed by an
// event word of e's kind, when e is numbered in a series.
func (c *checker) seriesOrdinal(x *context, e *kb.Event) (cue, bool) {
	if e.Number == 0 {
		return cue{}, false
	}
	for _, cu := range x.cues {
		if cu.ordinal != 0 && slices.ContainsFunc(cu.next[:], func(ks []kb.EventKind) bool { return slices.Contains(ks, e.Kind) }) {
			return cu, true
		}
	}
	return cue{}, false
}

// relative judges "bientôt", "soon" (FUTURE_REF) or "naguère", "recently"
// (PAST_REF) against the event an event word of its clause names
// ("bientôt opérationnelle"): a future event said to be past, or a past one
// said to be coming, contradicts the claim. Without an event word in the
// clause the claim is unverified; an event on the article's date fits both.
func (c *checker) relative(cl *facts.Claim) result {
	sent := c.sentence(cl)
	x := c.newContext(sent, cl.Entities)
	focus := c.clause(cl.Span(), sent, c.lex.conj)
	ks := c.clauseKinds(x, focus)
	if len(ks) == 0 {
		return unverified(c.lex.msg["noevent"])
	}
	day := dayOf(c.ref)
	future := cl.Value == "FUTURE_REF"
	ahead := func(e *kb.Event) bool { return slices.Contains(ks, e.Kind) && e.Start.Start().After(day.End()) }
	behind := func(e *kb.Event) bool { return slices.Contains(ks, e.Kind) && !e.End.End().After(day.Start()) }
	right, wrong := ahead, behind
	if !future {
		right, wrong = behind, ahead
	}
	what, q := c.quote(cl.Text), "dateok"
	e, ok := c.match(x, focus, time.Time{}, right)
	if !ok {
		if e, ok = c.match(x, focus, time.Time{}, wrong); !ok {
			return unverified(c.lex.msg["noevent"])
		}
		q = "datebad"
	}
	r := result{verdict: facts.Supported, facts: e.Facts}
	if q == "datebad" {
		r.verdict = facts.Contradicted
	}
	r.why = fmt.Sprintf(c.lex.msg[q], c.quote(c.title(&e)), c.when(&e), c.publisher(e.Facts), what)
	return r
}

// meets reports whether the period p (read in e's year when it has none)
// shares a moment with event e.
func meets(e *kb.Event, p period) bool {
	p = p.inYear(e.Start.Start().Year())
	return p.start.Before(e.End.End()) && e.Start.Start().Before(p.end)
}

// arrival compares a time of day with the arrival time the base records
// for a participant of e the sentence x names, when the sentence speaks of
// arriving: within an hour supported, within three imprecise,
// contradicted beyond. It reports false when it does not apply.
func (c *checker) arrival(text string, p period, e *kb.Event, x *context) (result, bool) {
	arriving := false
	for _, w := range x.words {
		arriving = arriving || c.lex.arrival[w.fold]
	}
	if !arriving {
		return result{}, false
	}
	ids := slices.Clone(x.extra)
	for _, m := range x.mentions {
		ids = append(ids, m.id)
	}
	for _, id := range ids {
		part, ok := participant(e, id)
		if !ok || part.Arrived.Precision() != kb.Minute {
			continue
		}
		gap := p.start.Sub(part.Arrived.Start()).Abs()
		r := result{facts: slices.Concat(part.Facts, e.Facts), verdict: facts.Contradicted}
		switch {
		case gap <= time.Hour:
			r.verdict = facts.Supported
		case gap <= 3*time.Hour:
			r.verdict = facts.Imprecise
		}
		key := "arrok"
		if r.verdict != facts.Supported {
			key = "arrbad"
		}
		r.why = fmt.Sprintf(c.lex.msg[key], c.person(id), c.between(part.Arrived, part.Arrived), c.publisher(part.Facts), c.quote(text))
		return r, true
	}
	return result{}, false
}

// compareEvent compares the claimed period p, written text, with the dates
// of event e: supported when one holds the other (at the claim's
// precision), imprecise when they overlap in part, contradicted when they
// do not meet. An explicit interval must match the event's days exactly to
// be supported. A claim more precise than the base's date of the event is
// unverified.
func (c *checker) compareEvent(text string, p period, e *kb.Event) result {
	p = p.inYear(e.Start.Start().Year())
	if slices.ContainsFunc(foldWords(text), func(w string) bool { return c.lex.approx[w] }) {
		p = p.widened() // "il y a près de dix ans": a year either way
	}
	es, ee := e.Start.Start(), e.End.End()
	what, when, pub, q := c.quote(c.title(e)), c.when(e), c.publisher(e.Facts), c.quote(text)
	r := result{facts: e.Facts}
	contains := !p.start.After(es) && !p.end.Before(ee)
	within := !p.start.Before(es) && !p.end.After(ee)
	switch {
	case !p.end.After(es) || !ee.After(p.start):
		r.verdict, r.why = facts.Contradicted, fmt.Sprintf(c.lex.msg["datebad"], what, when, pub, q)
	case within && !contains && e.Start.Precision() < kb.Day && e.Start.Precision() < p.prec:
		return unverified(fmt.Sprintf(c.lex.msg["coarse"], what, when, pub, q))
	case p.ranged && !(p.start.Equal(es) && p.end.Equal(ee)), !contains && !within:
		r.verdict, r.why = facts.Imprecise, fmt.Sprintf(c.lex.msg["datepart"], what, when, pub, q)
	default:
		r.verdict, r.why = facts.Supported, fmt.Sprintf(c.lex.msg["dateok"], what, when, pub, q)
	}
	return r
}

// byTolerance compares a claimed amount with the real one: within 10 %
// supported, within 50 % imprecise, contradicted beyond.
func byTolerance(claimed, real float64) facts.Verdict {
	dev := math.Abs(claimed-real) / real
	switch {
	case dev <= 0.10:
		return facts.Supported
	case dev <= 0.50:
		return facts.Imprecise
	}
	return facts.Contradicted
}

// checkDuration judges a duration. Two readings are known:
//   - the length of an event: "le sommet de deux jours", "a two-day
//     summit", "pendant deux jours", compared with the event's days;
//   - the time elapsed since an event: "après un an de confédération",
//     "two years after the charter", from the event named after the
//     duration to the other event of the sentence, or to the article's
//     date when the sentence names none.
//
// Any other duration is unverified.
func (c *checker) checkDuration(cl *facts.Claim) result {
	d, ok := parseDuration(cl.Value)
	if !ok {
		return unverified(c.lex.msg["nothing"])
	}
	sent := c.sentence(cl)
	ws := c.wordsIn(sent)
	i0, i1 := len(ws), len(ws)
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].start >= cl.Start {
			i0 = i
		}
		if ws[i].start >= cl.End {
			i1 = i
		}
	}
	focus := c.clause(cl.Span(), sent, c.lex.conj)
	isWord := func(i int, set map[string]bool) bool { return i >= 0 && i < len(ws) && set[ws[i].fold] }
	isKind := func(i int) bool { return i >= 0 && i < len(ws) && len(c.lex.kinds[ws[i].fold]) > 0 }
	x := c.newContext(sent, cl.Entities)
	// The event whose length it is: not one named only inside a founding
	// of the sentence.
	lx := c.outsideFoundings(x, cl)
	switch {
	case isWord(i0-1, c.lex.of) && isKind(i0-2):
		return c.eventLength(cl, d, lx, focus, c.lex.kinds[ws[i0-2].fold])
	case isKind(i1):
		return c.eventLength(cl, d, lx, focus, c.lex.kinds[ws[i1].fold])
	case isKind(i1+1) && !isWord(i1, c.lex.of):
		return c.eventLength(cl, d, lx, focus, c.lex.kinds[ws[i1+1].fold])
	case (isWord(i0-1, c.lex.lasting) || isWord(i0-2, c.lex.lasting)) && !strings.Contains(cl.Text, "-"):
		// Not "for a one-year term": a hyphenated duration qualifies the
		// noun after it, here no event.
		return c.eventLength(cl, d, lx, focus, nil)
	case isWord(i1, c.lex.of) || isWord(i0-1, c.lex.since):
		// The event counted from is named after the duration; the
		// organisations of the sentence tell whose it is ("deux ans après
		// sa création, l'AES ...").
		var ids []string
		for _, m := range x.mentions {
			ids = append(ids, m.id)
		}
		after := facts.Span{Start: cl.End, End: focus.End}
		return c.elapsed(cl, d, c.newContext(after, slices.Concat(ids, x.extra)), x, focus)
	}
	return unverified(c.lex.msg["nothing"])
}

// outsideFoundings returns x without the entities named only in a
// founding claim of its sentence that does not hold cl: in "Le sommet de
// deux jours … l'AES, créée en septembre 2023 à Niamey", Niamey is where
// the alliance was founded, not where the summit was held.
func (c *checker) outsideFoundings(x *context, cl *facts.Claim) *context {
	in := c.claimsIn(x.span)
	inFounding := func(m mention) bool {
		return slices.ContainsFunc(in, func(o facts.Claim) bool {
			return o.Kind == facts.KindFounding && o.Start <= m.start && m.end <= o.End && !o.Span().Contains(cl.Span())
		})
	}
	var kept []mention
	dropped := make(map[string]bool)
	for _, m := range x.mentions {
		if inFounding(m) {
			dropped[m.id] = true
		} else {
			kept = append(kept, m)
		}
	}
	if len(dropped) == 0 {
		return x
	}
	for _, m := range kept {
		delete(dropped, m.id) // named outside the founding too
	}
	y := *x
	y.mentions = kept
	y.extra = slices.DeleteFunc(slices.Clone(x.extra), func(id string) bool { return dropped[id] })
	return &y
}

// dateOfSentence returns the start of the first dated date claim of cl's
// sentence other than cl and outside any other claim, or the zero time:
// "ended a two-day summit in Bamako on Tuesday" is about the summit that
// ended that Tuesday.
func (c *checker) dateOfSentence(cl *facts.Claim) time.Time {
	sent := c.sentence(cl)
	in := c.claimsIn(sent)
	for i := range in {
		o := &in[i]
		if o.Kind != facts.KindDate || o.Start == cl.Start || !sent.Contains(o.Span()) || (o.Type != "DATE" && o.Type != "TIME") || c.container(o) != nil {
			continue // not a founding's date: "Le sommet de deux jours …, formée en septembre 2023"
		}
		if p, ok := parsePeriod(o.Value); ok && !p.yearless {
			return p.start
		}
	}
	return time.Time{}
}

// eventLength compares a duration with the length in days of the event
// of the sentence, of one of kinds when the duration qualifies an event
// word ("le sommet de deux jours").
func (c *checker) eventLength(cl *facts.Claim, d duration, x *context, focus facts.Span, kinds []kb.EventKind) result {
	e, ok := c.match(x, focus, c.dateOfSentence(cl), func(e *kb.Event) bool {
		return e.Start.Precision() >= kb.Day && (kinds == nil || slices.Contains(kinds, e.Kind))
	})
	if !ok || kinds == nil && !c.specific(x, &e, c.kindIn(x, e.Kind)) {
		// Without an event word beside it, a length is the event's only
		// when the sentence names that event: "The G5 Sahel … has
		// struggled for three years" is no length of the AES's charter.
		return unverified(c.lex.msg["noevent"])
	}
	n := int(e.End.End().Sub(e.Start.Start()).Hours() / 24)
	if d.days < 1 && (n == 1 || kinds == nil && !c.lasted(cl)) {
		// "a débattu pendant près de trois heures", "ont délibéré pendant
		// six heures": the base knows an event's days, not its hours, nor
		// how long one session of it lasted; but "le sommet n'a duré que
		// six heures" is too short for a summit of days.
		return unverified(c.lex.msg["nothing"])
	}
	r := result{verdict: byTolerance(d.days, float64(n)), facts: e.Facts}
	if d.unit == 'D' && d.days != float64(n) {
		// A count of days is exact: the base knows each day of the event,
		// so "trois jours" for a two-day summit is wrong, not rounded.
		// Only a long event leaves room for a day more or less.
		r.verdict = facts.Contradicted
		if math.Abs(d.days-float64(n)) <= float64(n)/5 {
			r.verdict = facts.Imprecise
		}
	}
	key := "lenok"
	if r.verdict != facts.Supported {
		key = "lenbad"
	}
	r.why = fmt.Sprintf(c.lex.msg[key], c.quote(c.title(&e)), c.lex.days(n), c.when(&e), c.publisher(e.Facts), c.quote(cl.Text))
	return r
}

// lasted reports whether a verb of lasting ("lasted", "a duré") comes
// right before the duration cl, whose subject is then the event itself.
func (c *checker) lasted(cl *facts.Claim) bool {
	ws := c.wordsIn(c.sentence(cl))
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].end > cl.Start {
			continue
		}
		if slices.ContainsFunc(ws[:i], func(w word) bool { return c.lex.parts[w.fold] }) {
			return false // "The closed-door session of the summit lasted six hours": a part of it
		}
		return c.lex.lastedVerbs[ws[i].fold] || i > 0 && c.lex.lastedVerbs[ws[i-1].fold] && (ws[i].fold == "que" || ws[i].fold == "only")
	}
	return false
}

// elapsed compares a duration with the time from the event named in
// anchor (the words after the duration) to the event the sentence x names
// before the duration, or to the article's date.
func (c *checker) elapsed(cl *facts.Claim, d duration, anchor, x *context, focus facts.Span) result {
	a, ok := c.match(anchor, anchor.span, time.Time{}, func(e *kb.Event) bool {
		return e.Start.Precision() >= kb.Day && !e.Start.Start().After(c.ref)
	})
	if !ok || !c.specific(anchor, &a, true) && c.tied(anchor, &a) {
		// "four years after he seized power in a coup": one of several
		// coups the words fit as well, or one the base does not know.
		return unverified(c.lex.msg["noevent"])
	}
	// The other end: an event the sentence names before the duration
	// ("le sommet intervient deux ans après la charte"), by an event word;
	// else the article's date.
	rest := &context{span: x.span, extra: x.extra}
	for _, w := range x.words {
		if w.end <= cl.Start {
			rest.words = append(rest.words, w)
		}
	}
	for _, m := range x.mentions {
		if m.end <= cl.Start {
			rest.mentions = append(rest.mentions, m)
		}
	}
	rest.markNames()
	rest.cues = c.cues(rest)
	end, endText := c.ref, fmt.Sprintf(c.lex.msg["ref"], c.day(dayOf(c.ref)))
	ids := a.Facts
	later := func(e *kb.Event) bool {
		return e.ID != a.ID && e.Start.Precision() >= kb.Day && e.Start.Start().After(a.Start.Start()) && c.named(rest, e)
	}
	b, ok := kb.Event{}, false
	if p, dated := c.dayBefore(cl, x.span); dated {
		// "left ECOWAS on Wednesday, a year after …": the event of the
		// day the clause gives, if the base has one.
		b, ok = c.match(rest, focus, p.start, func(e *kb.Event) bool { return later(e) && meets(e, p) })
	}
	if !ok {
		b, ok = c.match(rest, focus, time.Time{}, later)
	}
	if ok {
		end, endText = b.Start.Start(), c.quote(c.title(&b))+" ("+c.day(b.Start)+")"
		ids = append(ids, b.Facts...)
	}
	real := end.Sub(a.Start.Start()).Hours() / 24
	if real <= 0 {
		return unverified(c.lex.msg["noevent"])
	}
	r := result{verdict: byTolerance(d.days, real), facts: ids}
	key := map[facts.Verdict]string{facts.Supported: "spanok", facts.Imprecise: "spanpart", facts.Contradicted: "spanbad"}[r.verdict]
	r.why = fmt.Sprintf(c.lex.msg[key], c.quote(c.title(&a)), c.day(a.Start), c.publisher(a.Facts), endText,
		c.amount(real, d.unit), c.quote(cl.Text))
	return r
}

// tied reports whether another event of e's kind, begun by the article's
// date, fits the context x as well as e does.
func (c *checker) tied(x *context, e *kb.Event) bool {
	s := c.score(x, x.span, e)
	return c.any(func(o *kb.Event) bool {
		return o.ID != e.ID && o.Kind == e.Kind && c.grounded(o) && !o.Start.Start().After(c.ref) && c.score(x, x.span, o) == s
	})
}

// plural reports whether the clause focus of x names events of kind k in
// the plural ("coups", "sommets").
func (c *checker) plural(x *context, focus facts.Span, k kb.EventKind) bool {
	for _, w := range x.words {
		if w.start < focus.Start || w.end > focus.End {
			continue
		}
		if stem, ok := strings.CutSuffix(w.fold, "s"); ok && slices.Contains(c.lex.kinds[stem], k) {
			return true
		}
	}
	return false
}

// dayBefore returns the day a date claim of span gives before claim cl,
// if any.
func (c *checker) dayBefore(cl *facts.Claim, span facts.Span) (period, bool) {
	for i := range c.claims {
		d := &c.claims[i]
		if d.Kind != facts.KindDate || d.Type != "DATE" || d.Start < span.Start || d.End > cl.Start {
			continue
		}
		if p, ok := parsePeriod(d.Value); ok && p.prec >= kb.Day && !p.ranged && !p.yearless {
			return p, true
		}
	}
	return period{}, false
}

// named reports whether x names event e by an event word of its kind.
func (c *checker) named(x *context, e *kb.Event) bool {
	for i, w := range x.words {
		if !x.named[i] && slices.Contains(c.lex.kinds[w.fold], e.Kind) {
			return true
		}
	}
	return false
}

// amount writes a number of days in the unit a claim used: months for
// years and months (years beyond two years), weeks, days or hours.
func (c *checker) amount(days float64, unit byte) string {
	switch unit {
	case 'Y', 'M':
		if months := days / daysPer['M']; months < 24 {
			return fmt.Sprintf(c.lex.msg["months"], c.number(months))
		}
		return fmt.Sprintf(c.lex.msg["years"], c.number(days/daysPer['Y']))
	case 'W':
		return fmt.Sprintf(c.lex.msg["weeks"], c.number(days/7))
	case 'H', 'm':
		return fmt.Sprintf(c.lex.msg["hours"], c.number(days*24))
	}
	return fmt.Sprintf(c.lex.msg["ndays"], c.number(days))
}

// dayOf returns t as a day-precision date.
func dayOf(t time.Time) kb.Date {
	return kb.MustDate(t.Format("2006-01-02"))
}
