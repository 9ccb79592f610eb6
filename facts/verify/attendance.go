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
// events with participants: by its sentence (event words, place, people),
// among the events of the days the claim gives first, or, when the
// sentence says too little, by the whole text, the event the article is
// about.
func (c *checker) attendanceEvent(cl *facts.Claim) (kb.Event, bool) {
	extra := slices.Clone(cl.Entities)
	for _, p := range cl.People {
		if id := c.personID(p); id != "" {
			extra = append(extra, id)
		}
	}
	if id := c.entityID(cl.Place); cl.Place != "" && id != "" {
		extra = append(extra, id)
	}
	var near time.Time
	withPeople := func(e *kb.Event) bool { return len(e.Participants) > 0 }
	keeps := []func(*kb.Event) bool{withPeople}
	if p, ok := parsePeriod(cl.Value); ok && !p.yearless {
		// The sentence dates its event: the events of those days first.
		near = p.start
		keeps = slices.Insert(keeps, 0, func(e *kb.Event) bool {
			return withPeople(e) && e.Start.Start().Before(p.end) && p.start.Before(e.End.End())
		})
	}
	x := c.newContext(c.sentence(cl), extra)
	for _, keep := range keeps {
		if e, ok := c.match(x, cl.Span(), near, keep); ok {
			return e, true
		}
	}
	return c.match(c.wholeText(), cl.Span(), near, withPeople)
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
// wrong title contradicts that part of it.
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
	var parts []result
	for _, p := range cl.People {
		id := c.personID(p)
		if id == "" {
			continue
		}
		parts = append(parts, c.presence(&e, id, p, days), c.rank(&e, id, p.Title), c.role(&e, id, p.Role))
	}
	r := combine(parts, "")
	if r.verdict == 0 {
		return unverified(c.lex.msg["nothing"])
	}
	if r.verdict != facts.Unverified {
		r.facts = append(r.facts, e.Facts...)
	}
	return r
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

// heldAt returns the title a person held at t, per the base.
func heldAt(e kb.Entity, t time.Time) (kb.Title, bool) {
	for _, ti := range e.Titles {
		if (ti.From.IsZero() || !ti.From.Start().After(t)) && (ti.To.IsZero() || t.Before(ti.To.End())) {
			return ti, true
		}
	}
	return kb.Title{}, false
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
