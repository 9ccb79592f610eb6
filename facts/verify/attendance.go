package verify

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
)

// attendanceEvent finds the event an attendance claim is about, among the
// events with participants, of the kind the claim's event phrase names if
// it names one: by its sentence (event words, ordinals, place, people)
// or, when the sentence says too little, by the whole text, the event the
// article is about. A claim that gives its days looks first among the
// events of those days, then among those within a week of them (a
// preparatory meeting and the summit it prepares), before any other.
func (c *checker) attendanceEvent(cl *facts.Claim) (kb.Event, bool) {
	extra := slices.Clone(cl.Entities)
	for _, p := range cl.People {
		if id := c.personID(p); id != "" {
			extra = append(extra, id)
		}
	}
	extra = append(extra, c.claimPlace(cl)...)
	x := c.newContext(c.sentence(cl), extra)
	type stage struct {
		x    *context
		keep func(*kb.Event) bool
	}
	// The claim's own event phrase leaves out events of other kinds: the
	// summit a person attended is no evidence about "la dernière réunion
	// des ministres".
	named := c.eventKinds(cl)
	// Who was or was not at an event the article reports comes from an
	// event that had begun by the article's date, unless the claim dates
	// itself later ("will attend next week").
	period, dated := parsePeriod(cl.Value)
	deadline := c.ref.AddDate(0, 0, 1)
	if dated && !period.yearless && period.start.After(deadline) {
		deadline = period.end
	}
	placed := c.gaz.find(c.wordsIn(c.sentence(cl)))
	sentKinds := c.clauseKinds(x, c.sentence(cl))
	// A claim that neither dates its event nor names its kind, and whose
	// sentence does not name the event's place, is about a recent event:
	// "La cérémonie … à Ouagadougou. Traoré n'y assistait pas", in
	// January 2025, is not about the summit he attended the July before.
	// A dated claim is about an event within months of its date, unless
	// its sentence names the event's kind (its place is not enough): "le
	// général Goïta a posé lundi près de l'aéroport de Bamako la première
	// pierre d'une raffinerie", in June 2025, is not about the charter he
	// signed in Bamako in September 2023.
	recentOrNamed := func(e *kb.Event) bool {
		if dated {
			return period.yearless || len(named) > 0 || slices.Contains(sentKinds, e.Kind) ||
				overlaps(e, period, nearEventDays*24*time.Hour)
		}
		return len(named) > 0 || !e.End.End().Before(c.ref.AddDate(0, 0, -recentDays)) ||
			slices.ContainsFunc(placed, func(m mention) bool { return m.id == e.Place })
	}
	// An event phrase of the claim's sentence that names no kind ("who
	// skipped the ceremony") stands for the event of the sentence before
	// when its own names no place: it was held where that one says ("Its
	// headquarters in Niamey was inaugurated …").
	sent := c.sentence(cl)
	var places []string
	if len(named) == 0 && cl.Event != "" && strings.Contains(c.text[sent.Start:sent.End], cl.Event) {
		if places = c.places(c.newContext(sent, nil)); len(places) == 0 {
			places = c.places(c.newContext(c.sentenceBefore(sent), nil))
		}
	}
	here := func(e *kb.Event) bool {
		return len(places) == 0 || e.Place == "" || slices.Contains(places, e.Place)
	}
	// An undated claim whose sentence names no event is about the event
	// the article's lead names: the guests of an inauguration listed in
	// the second paragraph were not at a summit held three weeks before.
	// It was held where the lead says, if the base knows the place: not
	// the inauguration of a bank's seat in Bamako for a president's in
	// Conakry.
	var lead []kb.EventKind
	var leadPlaces []string
	if !dated && len(named) == 0 && (cl.Event == "" || !strings.Contains(c.text[sent.Start:sent.End], cl.Event)) {
		x := c.newContext(c.lead(), nil)
		lead, leadPlaces = c.firstKinds(x), c.places(x)
	}
	ofLead := func(e *kb.Event) bool {
		return len(lead) == 0 || slices.Contains(lead, e.Kind) && (e.Place == "" || slices.Contains(leadPlaces, e.Place))
	}
	withPeople := func(e *kb.Event) bool {
		return len(e.Participants) > 0 && (len(named) == 0 || slices.Contains(named, e.Kind)) && !e.Start.Start().After(deadline) &&
			recentOrNamed(e) && here(e) && ofLead(e) && !c.otherSeries(x, e)
	}
	// "Lors du premier sommet, à Niamey, Tiani avait accueilli …": an
	// ordinal the sentence gives names its event before anything else.
	numbered := func(e *kb.Event) bool { return withPeople(e) && c.ordinalIs(x, e) }
	stages := []stage{{x, numbered}, {x, withPeople}, {c.wholeText(), withPeople}}
	var near time.Time
	if dated && !period.yearless {
		near = period.start
		within := func(slack time.Duration) func(*kb.Event) bool {
			return func(e *kb.Event) bool {
				return withPeople(e) && overlaps(e, period, slack)
			}
		}
		const week = 7 * 24 * time.Hour
		stages = slices.Insert(stages, 0, stage{x, within(0)}, stage{x, within(week)}, stage{c.wholeText(), within(week)})
		if period.prec >= kb.Day {
			// "Tiani a présidé samedi la cérémonie de lancement de la force
			// unifiée": an event of the day, of a kind the sentence names,
			// whose attendance the base may not record, rather than one
			// where he was months before.
			kinds := c.clauseKinds(x, c.clause(cl.Span(), c.sentence(cl), c.lex.conj))
			onDay := func(e *kb.Event) bool {
				return slices.Contains(kinds, e.Kind) && (len(named) == 0 || slices.Contains(named, e.Kind)) && meets(e, period) &&
					!e.Start.Start().After(deadline) && !c.otherSeries(x, e)
			}
			stages = slices.Insert(stages, 0, stage{x, onDay})
		}
	}
	// At each stage, an event of a kind the sentence names where someone
	// held a role the claim gives comes first ("Traoré a présidé la
	// réunion" is about the meeting that had a chair, not the summit he
	// attended), then one where the claim's people took part or someone
	// held that role ("… la réunion des ministres" is not the one a
	// namesake attended), then any other.
	var ids, roles []string
	for _, p := range cl.People {
		if id := c.personID(p); id != "" {
			ids = append(ids, id)
		}
		if p.Role != "" {
			roles = append(roles, p.Role)
		}
	}
	kinds := c.clauseKinds(x, c.sentence(cl))
	held := func(p kb.Participant) bool {
		return slices.ContainsFunc(p.Roles, func(r string) bool { return slices.Contains(roles, r) })
	}
	roleOfKind := func(e *kb.Event) bool {
		return slices.Contains(kinds, e.Kind) && slices.ContainsFunc(e.Participants, held)
	}
	concerned := func(e *kb.Event) bool {
		return slices.ContainsFunc(e.Participants, func(p kb.Participant) bool { return slices.Contains(ids, p.Person) || held(p) })
	}
	for _, st := range stages {
		for _, f := range []func(*kb.Event) bool{roleOfKind, concerned, nil} {
			keep := st.keep
			if f != nil {
				keep = func(e *kb.Event) bool { return st.keep(e) && f(e) }
			}
			if e, ok := c.match(st.x, cl.Span(), near, keep); ok {
				return e, true
			}
		}
	}
	return kb.Event{}, false
}

// lead returns the span of the article's lead, its first paragraph after
// the title (a first line without a full stop).
func (c *checker) lead() facts.Span {
	start := 0
	if nl := strings.IndexByte(c.text, '\n'); nl >= 0 && !strings.ContainsAny(c.text[:nl], ".!?") {
		start = nl + 1 // a title
	}
	for start < len(c.text) && (c.text[start] == '\n' || c.text[start] == '\r') {
		start++
	}
	end := len(c.text)
	if k := strings.IndexByte(c.text[start:], '\n'); k >= 0 {
		end = start + k
	}
	return facts.Span{Start: start, End: end}
}

// firstKinds returns the kinds of event that the first event word of x
// names: "Gen. Mamadi Doumbouya was sworn in as Guinea's president …" is
// about an inauguration.
func (c *checker) firstKinds(x *context) []kb.EventKind {
	for i, w := range x.words {
		if ks := c.lex.kinds[w.fold]; len(ks) > 0 && !x.named[i] {
			return ks
		}
	}
	return nil
}

// overlaps reports whether event e and period p overlap once p is widened
// by slack on each side.
func overlaps(e *kb.Event, p period, slack time.Duration) bool {
	return e.Start.Start().Before(p.end.Add(slack)) && p.start.Add(-slack).Before(e.End.End())
}

// nearEventDays is how many days apart a dated attendance claim and an event
// its sentence does not name may be.
const nearEventDays = 92

// recentDays is how many days before the article an event may have ended
// and still be what an undated attendance claim that names neither its
// kind nor its place is about.
const recentDays = 45

// eventKinds returns the kinds of event that the claim's event phrase
// names when the claim's sentence states it, those that every event word
// of the phrase allows ("réunion des ministres": a ministerial meeting);
// or nil. A phrase from an earlier sentence may not be the claim's ("…
// une réunion des ministres. Bien que l'absence de Traoré ait été notée
// le premier jour" is about the summit), unless a pronoun of the claim's
// sentence points back to it ("Traoré n'y assistait pas").
func (c *checker) eventKinds(cl *facts.Claim) []kb.EventKind {
	sent := c.sentence(cl)
	if cl.Event == "" || !strings.Contains(c.text[sent.Start:sent.End], cl.Event) && !c.pointsBack(sent) {
		return nil
	}
	var named []kb.EventKind
	for _, w := range foldWords(cl.Event) {
		ks := c.lex.kinds[w]
		switch {
		case len(ks) == 0:
		case named == nil:
			named = slices.Clone(ks)
		default:
			if both := slices.DeleteFunc(slices.Clone(named), func(k kb.EventKind) bool { return !slices.Contains(ks, k) }); len(both) > 0 {
				named = both
			}
		}
	}
	return named
}

// sentenceBefore returns the span of the sentence before sent, as the
// text's full stops and line breaks end it, or an empty span.
func (c *checker) sentenceBefore(sent facts.Span) facts.Span {
	before := strings.TrimRight(c.text[:sent.Start], " \t\r\n")
	if before == "" {
		return facts.Span{}
	}
	start := strings.LastIndexAny(before[:len(before)-1], ".!?\n") + 1
	return facts.Span{Start: start, End: len(before)}
}

// pointsBack reports whether the sentence refers to an event named before
// it by a pronoun: "Traoré n'y assistait pas", "he was not there".
func (c *checker) pointsBack(sent facts.Span) bool {
	for _, w := range c.wordsIn(sent) {
		if c.lex.eventPronouns[w.fold] {
			return true
		}
	}
	return false
}

// claimPlace returns the entity id of the place an attendance claim
// gives, as a list of none or one.
func (c *checker) claimPlace(cl *facts.Claim) []string {
	if id := c.entityID(cl.Place); cl.Place != "" && id != "" {
		return []string{id}
	}
	return nil
}

// statedPlace returns the place of an attendance claim, as claimPlace,
// when the claim's sentence names it: a place the claim takes from an
// earlier sentence belongs to the event that sentence is about, which may
// not be the one the claim turns out to be about ("… les 20 et 21 décembre
// à Niamey. Bien que l'absence de Traoré ait été notée le premier jour"
// is about the summit, wherever the meeting was).
func (c *checker) statedPlace(cl *facts.Claim) []string {
	ids := c.claimPlace(cl)
	if len(ids) == 0 || !slices.ContainsFunc(c.gaz.find(c.wordsIn(c.sentence(cl))), func(m mention) bool { return m.id == ids[0] }) {
		return nil
	}
	return ids
}

// personID returns the entity id of a person of a claim.
func (c *checker) personID(p facts.Person) string {
	if p.ID != "" {
		return p.ID
	}
	return c.entityID(p.Name)
}

// checkAttendance judges each person of an attendance claim: presence or
// absence day by day, title, and role. A person said to be there who
// missed part of the days the claim covers makes the claim imprecise; a
// wrong title contradicts that part of it; a person put in parentheses
// under a state the base says they did not represent contradicts the
// whole claim.
func (c *checker) checkAttendance(cl *facts.Claim) result {
	e, ok := c.attendanceEvent(cl)
	if !ok {
		return unverified(c.lex.msg["noevent"])
	}
	days := eventDays(&e)
	if p, ok := parsePeriod(cl.Value); ok {
		if in := daysIn(days, p.inYear(e.Start.Start().Year())); len(in) > 0 {
			days = in
		}
	}
	var parts, affs []result
	wrong := 0           // people whose presence the base contradicts
	presences := 0       // people whose presence the base records
	known := false       // the base knows whether someone of the claim was there, or in what role
	var unknown []string // the people whose presence the base does not record
	for _, p := range cl.People {
		id := c.personID(p)
		if id == "" {
			unknown = append(unknown, p.Name)
			continue
		}
		pr, ro := c.presence(&e, id, p, days), c.role(&e, id, p.Role)
		if pr.verdict == facts.Supported && p.Present && c.arrives(cl) {
			pr = c.arrivedOn(&e, id, days, pr)
		}
		known = known || pr.verdict != facts.Unverified || ro.verdict != facts.Unverified
		if pr.verdict != facts.Unverified {
			presences++
		}
		if pr.verdict == facts.Contradicted {
			wrong++
		}
		if pr.verdict == facts.Unverified {
			unknown = append(unknown, c.person(id))
		}
		parts = append(parts, pr, c.rank(&e, id, p.Title), ro)
	}
	if len(parts) > 0 {
		// Where the event was and whom each person represented come
		// first: a wrong place or swapped names explain more than a day.
		affs = c.affiliations(cl, &e)
		parts = slices.Concat([]result{c.placeOf(&e, c.statedPlace(cl))}, affs, parts)
	}
	r := combine(parts, "")
	if presences > 0 && wrong == presences {
		// "en l'absence du général Goïta", who was there: whether each
		// person was there is what the claim says, and it is wrong for
		// all of them, whatever their titles and the place.
		r.verdict = facts.Contradicted
	}
	if slices.ContainsFunc(affs, func(a result) bool { return a.verdict == facts.Contradicted }) {
		// A person put under another state's name is misidentified: the
		// claim says who represented whom, and that is wrong whatever
		// else it gets right.
		r.verdict = facts.Contradicted
	}
	if r.verdict == 0 || r.verdict == facts.Supported && !known {
		// A right title or place says nothing of who was there.
		return unverified(c.lex.msg["nothing"])
	}
	if r.verdict == facts.Supported && len(unknown) > 0 {
		// "Goïta, Tiani and Déby attended" when the base records only
		// the first two: the claim is not borne out as a whole.
		r.verdict = facts.Unverified
		key := "unknownperson"
		if len(unknown) > 1 {
			key = "unknownpeople"
		}
		r.why = fmt.Sprintf(c.lex.msg[key], c.list(unknown)) + " " + r.why
	}
	if r.verdict != facts.Unverified {
		r.facts = append(r.facts, e.Facts...)
	}
	return r
}

// affiliations judges the states or organisations a claim puts in
// parentheses after a person's name ("Assimi Goïta (Mali)") against the
// offices the base says the person held when e began: supported when one
// is of that organisation, contradicted when the person held offices of
// others only. A person with no office known then is no evidence.
func (c *checker) affiliations(cl *facts.Claim, e *kb.Event) []result {
	ms := c.gaz.find(c.wordsIn(cl.Span()))
	var out []result
	for i := 0; i+1 < len(ms); i++ {
		who, org := ms[i], ms[i+1]
		pe, ok := c.base.Entity(who.id)
		oe, ok2 := c.base.Entity(org.id)
		if !ok || !ok2 || pe.Kind != facts.PersonEntity || oe.Kind != facts.OrganisationEntity ||
			strings.TrimSpace(c.text[who.end:org.start]) != "(" || !strings.HasPrefix(strings.TrimSpace(c.text[org.end:]), ")") {
			continue
		}
		var held []string
		var ids []string
		for _, r := range pe.Roles {
			t := e.Start.Start()
			if (r.From.IsZero() || !r.From.Start().After(t)) && (r.To.IsZero() || t.Before(r.To.End())) && !slices.Contains(held, r.Of) {
				held = append(held, r.Of)
				ids = append(ids, r.Facts...)
			}
		}
		if len(held) == 0 {
			continue
		}
		r := result{verdict: facts.Supported, facts: ids}
		if slices.Contains(held, org.id) {
			r.why = fmt.Sprintf(c.lex.msg["affok"], c.person(who.id), c.person(org.id), c.publisher(ids))
		} else {
			names := make([]string, len(held))
			for j, id := range held {
				names[j] = c.person(id)
			}
			r.verdict = facts.Contradicted
			r.why = fmt.Sprintf(c.lex.msg["affbad"], c.person(who.id), c.list(names), c.person(org.id), c.publisher(ids))
		}
		out = append(out, r)
	}
	return out
}

// eventDays lists the days of an event known to the day.
func eventDays(e *kb.Event) []kb.Date {
	if e.Start.Precision() < kb.Day {
		return nil
	}
	var ds []kb.Date
	for t := e.Start.Day().Start(); t.Before(e.End.End()); t = t.AddDate(0, 0, 1) {
		ds = append(ds, dayOf(t))
	}
	return ds
}

// daysIn returns the days of ds inside p.
func daysIn(ds []kb.Date, p period) []kb.Date {
	var out []kb.Date
	for _, d := range ds {
		if !d.Start().Before(p.start) && d.Start().Before(p.end) {
			out = append(out, d)
		}
	}
	return out
}

// participant returns the part person id took in e.
func participant(e *kb.Event, id string) (kb.Participant, bool) {
	for _, p := range e.Participants {
		if p.Person == id {
			return p, true
		}
	}
	return kb.Participant{}, false
}

// presence compares what the claim says of a person's presence with the
// days the base records. p.When narrows the days: "day2" is the event's
// second day, a TIMEX3 value the days it covers.
func (c *checker) presence(e *kb.Event, id string, p facts.Person, days []kb.Date) result {
	part, ok := participant(e, id)
	if !ok {
		return unverified("")
	}
	if n, ok := strings.CutPrefix(p.When, "day"); ok {
		if i, err := strconv.Atoi(n); err == nil && i >= 1 && i <= len(eventDays(e)) {
			days = eventDays(e)[i-1 : i]
		}
	} else if w, ok := parsePeriod(p.When); ok {
		if in := daysIn(eventDays(e), w.inYear(e.Start.Start().Year())); len(in) > 0 {
			days = in
		}
	}
	good, bad := 0, 0
	for _, d := range days {
		there, away := slices.Contains(part.Present, d), slices.Contains(part.Absent, d)
		switch {
		case there == p.Present && (there || away):
			good++
		case there || away:
			bad++
		}
	}
	if good+bad == 0 {
		return unverified("")
	}
	r := result{facts: part.Facts, verdict: facts.Imprecise}
	switch {
	case bad == 0:
		r.verdict = facts.Supported
	case good == 0:
		r.verdict = facts.Contradicted
	}
	r.why = c.record(id, part)
	return r
}

// arrives reports whether the claim says someone arrived: "Tiani arrived
// on Monday".
func (c *checker) arrives(cl *facts.Claim) bool {
	return slices.ContainsFunc(foldWords(cl.Text), func(w string) bool { return c.lex.arrival[w] })
}

// arrivedOn judges "arrived on" the days claimed, which the participant id
// was there: it is wrong when they were there on a day of the event
// before ("Tiani arrived on Tuesday", there since Monday).
func (c *checker) arrivedOn(e *kb.Event, id string, days []kb.Date, r result) result {
	part, ok := participant(e, id)
	if !ok || len(days) == 0 || len(days) == len(eventDays(e)) {
		return r
	}
	for _, d := range part.Present {
		if d.Start().Before(days[0].Start()) {
			r.verdict = facts.Contradicted
			r.why = fmt.Sprintf(c.lex.msg["already"], c.person(id), c.day(d), c.publisher(part.Facts))
			return r
		}
	}
	return r
}

// record says which days a participant was there or not, and when they
// arrived.
func (c *checker) record(id string, part kb.Participant) string {
	who, pub := c.person(id), c.publisher(part.Facts)
	var s string
	switch {
	case len(part.Absent) > 0 && len(part.Present) > 0:
		s = fmt.Sprintf(c.lex.msg["wasabsent"], who, c.span(part.Absent), c.span(part.Present), pub)
	case len(part.Absent) > 0:
		s = fmt.Sprintf(c.lex.msg["absent"], who, c.span(part.Absent), pub)
	default:
		s = fmt.Sprintf(c.lex.msg["present"], who, c.span(part.Present), pub)
	}
	if !part.Arrived.IsZero() && part.Arrived.Precision() == kb.Minute {
		s = strings.TrimSuffix(s, ".") + fmt.Sprintf(c.lex.msg["arrived"], c.day(part.Arrived), part.Arrived.Start().Format("15:04")) + "."
	}
	return s
}

// span says when a run of days lies: "le 22 décembre 2025", "du 22 au 23
// décembre 2025".
func (c *checker) span(ds []kb.Date) string {
	return c.between(ds[0], ds[len(ds)-1])
}

// rankOf returns the rank a title written in a text names ("généraux",
// "Gen.", "captain"), or "" when the base knows no such rank.
func (c *checker) rankOf(title string) string {
	tw := foldWords(title)
	if len(tw) == 0 {
		return ""
	}
	ranks := c.base.Ranks()
	for _, exact := range []bool{true, false} {
		for _, r := range ranks {
			for _, n := range slices.Concat(slices.Collect(mapValues(r.Names)), r.Aliases) {
				nw := foldWords(n)
				if exact && slices.Equal(nw, tw) || !exact && len(nw) == 1 && nw[0] == tw[0] {
					return r.ID
				}
			}
		}
	}
	return ""
}

// rankReach is how far from the dates a source attests a rank that the
// rank still counts as held: ranks change seldom, so a general two days
// after an event was a general at it.
const rankReach = 31 * 24 * time.Hour

// heldAt returns the title a person held at t, per the base: the title
// attested then, or else the one attested nearest to t within rankReach.
func heldAt(e kb.Entity, t time.Time) (kb.Title, bool) {
	best, bestGap := kb.Title{}, rankReach+1
	for _, ti := range e.Titles {
		var gap time.Duration
		switch {
		case !ti.From.IsZero() && ti.From.Start().After(t):
			gap = ti.From.Start().Sub(t)
		case !ti.To.IsZero() && !t.Before(ti.To.End()):
			gap = t.Sub(ti.To.End())
		}
		if gap < bestGap {
			best, bestGap = ti, gap
		}
	}
	return best, bestGap <= rankReach
}

// rank compares the title a claim gives a person with the rank the base
// says the person held at the event.
func (c *checker) rank(e *kb.Event, id, title string) result {
	claimed := c.rankOf(title)
	ent, ok := c.base.Entity(id)
	if claimed == "" || !ok {
		return unverified("")
	}
	held, ok := heldAt(ent, e.Start.Start())
	if !ok {
		return unverified("")
	}
	r := result{facts: held.Facts}
	rank, _ := c.base.Rank(held.Rank)
	name := rank.Names[c.lang]
	if name == "" {
		name = rank.Names["en"]
	}
	if held.Rank == claimed {
		r.verdict, r.why = facts.Supported, fmt.Sprintf(c.lex.msg["rankok"], c.person(id), name, c.publisher(held.Facts))
	} else {
		r.verdict, r.why = facts.Contradicted, fmt.Sprintf(c.lex.msg["rankbad"], c.person(id), name, c.quote(title), c.publisher(held.Facts))
		r.ranks = []wrongRank{{person: id, rank: claimed, why: r.why}}
	}
	return r
}

// role compares the role a claim gives a person ("host", "chair") with
// the event's participants.
func (c *checker) role(e *kb.Event, id, role string) result {
	if role == "" {
		return unverified("")
	}
	what := c.quote(c.title(e))
	if part, ok := participant(e, id); ok && slices.Contains(part.Roles, role) {
		return result{verdict: facts.Supported, facts: part.Facts,
			why: fmt.Sprintf(c.lex.msg["roleok"], c.person(id), c.lex.msg[role], what, c.publisher(part.Facts))}
	}
	for _, other := range e.Participants {
		if slices.Contains(other.Roles, role) {
			return result{verdict: facts.Contradicted, facts: other.Facts,
				why: fmt.Sprintf(c.lex.msg["rolebad"], c.person(id), c.lex.msg[role], what, c.person(other.Person), c.publisher(other.Facts))}
		}
	}
	return unverified("")
}
