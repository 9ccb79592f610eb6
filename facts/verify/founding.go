package verify

import (
	"fmt"
	"slices"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
)

// foundingKinds maps the event of a founding claim to the kinds of event
// of the base that can bear it out. A transformation can bear out a
// founding only in part, unless the claim names what the organisation
// became ("la Confédération des États du Sahel, fondée en juillet 2024").
var foundingKinds = map[string][]kb.EventKind{
	facts.EventFounded:     {kb.Founding, kb.Treaty, kb.Transformation},
	facts.EventTransformed: {kb.Transformation},
	facts.EventJoined:      {kb.Accession},
	facts.EventWithdrew:    {kb.Withdrawal},
	facts.EventDissolved:   {kb.Dissolution},
	facts.EventLaunched:    {kb.Launch, kb.Inauguration, kb.Founding},
	facts.EventOperational: {kb.Launch},
	facts.EventInaugurated: {kb.Inauguration},
}

// verdictRank orders verdicts from the best a claim can get.
var verdictRank = map[facts.Verdict]int{facts.Supported: 3, facts.Imprecise: 2, facts.Contradicted: 1}

// checkFounding judges a founding claim with its own date, if any.
func (c *checker) checkFounding(cl *facts.Claim) result {
	return c.founding(cl, cl.Value, cl.Text)
}

// founding judges founding claim cl, with the date value (written
// valueText; empty for none). A subject the base does not know, or an
// organisation joined or left that it does not know, leaves the claim
// unverified. It looks for the base's events of the claim's kind
// whose subjects include the claim's subject — or, for an
// organisation such as the AES, its member states — and whose objects
// include each object the claim names. Each subject and object is judged
// with its best-fitting event: by date when the claim gives one, else by
// whether the event had happened by the article's date (and lately, for
// "nouvellement", "newly").
func (c *checker) founding(cl *facts.Claim, value, valueText string) result {
	kinds := foundingKinds[cl.Event]
	if kinds == nil {
		return unverified(c.lex.msg["nothing"])
	}
	subject := cl.SubjectID
	if subject == "" && cl.Subject != "" {
		subject = c.entityID(cl.Subject)
	}
	if subject == "" {
		// An organisation the base does not know: nothing bears on it.
		return unverified(c.lex.msg["nothing"])
	}
	objects := cl.ObjectIDs
	if len(objects) == 0 && cl.Object != "" {
		if id := c.entityID(cl.Object); id != "" {
			objects = []string{id}
		}
	}
	if len(objects) == 0 && cl.Object != "" && (cl.Event == facts.EventWithdrew || cl.Event == facts.EventJoined) {
		// Leaving or joining an organisation the base does not know: no
		// event bears on it, and another withdrawal must not stand in.
		return unverified(c.lex.msg["nothing"])
	}
	if len(objects) == 0 {
		objects = []string{""}
	}
	of := func(e *kb.Event, who, obj string) bool {
		return slices.Contains(kinds, e.Kind) &&
			(who == "" || slices.Contains(e.Subjects, who)) &&
			(obj == "" || slices.Contains(e.Objects, obj))
	}
	whos := []string{subject}
	if e, ok := c.base.Entity(subject); ok && len(e.Members) > 0 && !c.any(func(ev *kb.Event) bool { return of(ev, subject, "") }) {
		whos = e.Members
	}
	places := c.placesIn(cl.Span())
	var parts []result
	for _, obj := range objects {
		for _, who := range whos {
			var evs []kb.Event
			if who == "" && obj == "" {
				sent := c.sentence(cl)
				if e, ok := c.match(c.newContext(sent, cl.Entities), cl.Span(), c.ref, func(e *kb.Event) bool { return of(e, "", "") }); ok {
					evs = append(evs, e)
				}
			} else {
				for _, e := range c.base.Events() {
					if of(&e, who, obj) {
						evs = append(evs, e)
					}
				}
			}
			best := unverified(fmt.Sprintf(c.lex.msg["noorg"], c.quote(cl.Text)))
			var bestGap time.Duration
			bestKind := 0
			claimed, dated := parsePeriod(value)
			if dated {
				// "le G5 Sahel a mis sur pied en 2017 une force conjointe",
				// written in 2020, is not the AES's force of 2024, which
				// the sentence does not name.
				x := c.newContext(c.sentence(cl), nil)
				evs = slices.DeleteFunc(evs, func(e kb.Event) bool { return c.longAfter(claimed, &e) && !c.namesPartyByName(x, &e) })
			}
			for i := range evs {
				r := c.judgeFounding(cl, &evs[i], value, valueText)
				if pl := c.placeOf(&evs[i], places); pl.verdict == facts.Contradicted {
					// "formée en septembre 2023 à Niamey": the right date,
					// the wrong place.
					r = combine([]result{pl, r}, "")
				}
				if cl.Event == facts.EventFounded && evs[i].Kind == kb.Transformation && r.verdict == facts.Supported && !c.namesKind(cl, kb.Transformation) {
					r.verdict = facts.Imprecise
					r.why = fmt.Sprintf(c.lex.msg["transformed"], c.quote(c.title(&evs[i])), c.when(&evs[i]), c.publisher(evs[i].Facts))
				}
				// Of events that judge the claim alike, the one nearest its
				// date: "quittée mardi [28 January 2025]" is the withdrawal
				// of 29 January 2025, not its announcement a year earlier.
				gap := time.Duration(0)
				if dated {
					gap = gapTo(&evs[i], claimed.start)
				}
				// And of those as near, the one of the kind the claim's
				// event names first: "formally launched" is the force's
				// launch, not the announcement of its founding.
				kind := slices.Index(kinds, evs[i].Kind)
				if i == 0 || verdictRank[r.verdict] > verdictRank[best.verdict] || r.verdict == best.verdict && (gap < bestGap || gap == bestGap && kind < bestKind) {
					best, bestGap, bestKind = r, gap, kind
				}
			}
			parts = append(parts, best)
		}
	}
	return combine(parts, c.lex.msg["join"])
}

// namesKind reports whether the claim's text, subject or object uses an
// event word of kind k, names included ("Confédération des États du
// Sahel" names a transformation).
func (c *checker) namesKind(cl *facts.Claim, k kb.EventKind) bool {
	for _, s := range []string{cl.Text, cl.Subject, cl.Object} {
		for _, w := range foldWords(s) {
			if slices.Contains(c.lex.kinds[w], k) {
				return true
			}
		}
	}
	return false
}

// any reports whether some event of the base satisfies f.
func (c *checker) any(f func(*kb.Event) bool) bool {
	for _, e := range c.base.Events() {
		if f(&e) {
			return true
		}
	}
	return false
}

// judgeFounding compares a founding claim with one event: by date when
// the claim has one, else by the article's date.
func (c *checker) judgeFounding(cl *facts.Claim, e *kb.Event, value, valueText string) result {
	if value != "" {
		if p, ok := parsePeriod(value); ok {
			return c.compareEvent(valueText, p, e)
		}
	}
	what, when, pub := c.quote(c.title(e)), c.when(e), c.publisher(e.Facts)
	r := result{facts: e.Facts}
	if e.Start.Start().After(c.ref) {
		r.verdict, r.why = facts.Contradicted, fmt.Sprintf(c.lex.msg["future"], what, when, pub, c.day(dayOf(c.ref)))
		return r
	}
	if c.saysRecent(cl) {
		days := int(c.ref.Sub(e.Start.Start()).Hours() / 24)
		switch {
		case days <= 90:
			r.verdict, r.why = facts.Supported, fmt.Sprintf(c.lex.msg["recentok"], what, when, pub, c.lex.days(days))
		case days <= 365:
			r.verdict, r.why = facts.Imprecise, fmt.Sprintf(c.lex.msg["stale"], what, when, pub, c.lex.days(days))
		default:
			r.verdict, r.why = facts.Contradicted, fmt.Sprintf(c.lex.msg["stale"], what, when, pub, c.lex.days(days))
		}
		return r
	}
	r.verdict, r.why = facts.Supported, fmt.Sprintf(c.lex.msg["foundok"], what, when, pub)
	return r
}

// saysRecent reports whether the claim, or the three words before it,
// says that it happened lately ("nouvellement", "newly").
func (c *checker) saysRecent(cl *facts.Claim) bool {
	sent := c.sentence(cl)
	ws := c.wordsIn(facts.Span{Start: sent.Start, End: cl.End})
	n := 0
	for i := len(ws) - 1; i >= 0; i-- {
		if c.lex.recent[ws[i].fold] {
			return true
		}
		if ws[i].start < cl.Start {
			if n++; n == 3 {
				break
			}
		}
	}
	return false
}
