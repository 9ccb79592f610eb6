package claims

import "factlens/facts"

// event is an event mention that attendance claims can refer to.
type event struct {
	t0, t1   int // tokens of the mention
	para     int
	specific bool   // not an anaphor ("l'événement", "the meeting", "ce sommet")
	text     string // the mention as written
	value    string // the date of the event, from its sentence
	place    string // where it took place, from its sentence
}

// eventsIn appends the event mentions of tokens [t0, t1) to s.events and
// returns them:
//
//	[det] [modifier…] head [adjective] {("," | "et")? prep [det] words ["(" words ")"]}
//
// where head is an event noun ("sommet", "meeting"), modifiers are up to
// three nouns, adjectives, ordinals or names ("deuxième", "two-day"), and
// each complement holds names or up to two lower-case words ("des chefs
// d'État de l'Alliance des États du Sahel (AES)"). A contracted article
// ("au", "du") is left out.
// A mention is an anaphor when its head is "événement" or "event", when its
// determiner is a demonstrative, or when it has nothing but a definite
// article.
func (s *scanner) eventsIn(t0, t1, para int) []event {
	first := len(s.events)
	for i := t0; i < t1; i++ {
		anaphor := s.word(i, cEventAnaphor)
		if !anaphor && !s.word(i, cEventHead) {
			continue
		}
		if s.is(i, cAttendanceStart|cFoundingStart) && !s.word(i-1, cDeterminer) && !s.punct(i-1, "'") && !s.content(i-1) {
			continue // the verb "a rencontré", not the noun "la rencontre"
		}
		start, modified, demonstrative := s.eventStart(t0, i)
		end := s.eventEnd(i+1, t1)
		ev := event{t0: start, t1: end, para: para}
		ev.specific = !anaphor && !demonstrative && (modified || end > i+1)
		a, b := s.tokenSpan(start, end)
		ev.text = s.text[a:b]
		s.events = append(s.events, ev)
		i = end - 1
	}
	return s.events[first:]
}

// eventStart walks left from the head at i over modifiers and a
// determiner. It returns the first token of the mention, whether it has
// modifiers, and whether its determiner is a demonstrative.
func (s *scanner) eventStart(t0, i int) (start int, modified, demonstrative bool) {
	k := i - 1
	for n := 0; n < 3 && k >= t0 && !s.inDate(k); n++ {
		if m := s.mentionAt(k); m >= 0 && s.ments[m].kind != facts.PersonEntity {
			k = s.ments[m].t0 - 1 // "the Kalto regional forum"
			continue
		}
		if s.word(k, cClitic) && s.possessiveAt(k-1) && s.content(k-2) {
			k -= 3 // "the bank's own forum": its owner
			for k >= t0 && s.nameWord(k) && s.nameWord(k+1) {
				k-- // "the Kansas City Fed's annual symposium": its owner's whole name
			}
			continue
		}
		// A founding word right before the head is a noun modifying it:
		// "a launch event".
		compound := k == i-1 && s.word(k, cFoundingStart) && !s.is(k, cAttendanceStart|cFunction)
		if !s.content(k) && !s.toks[k].caps && !compound && !s.idleTriggerWord(k, i) {
			break
		}
		k--
	}
	modified = k < i-1
	switch {
	case s.punct(k, "'") && s.word(k-1, cDeterminer):
		return k - 1, modified, false
	case s.word(k, cDeterminer) && !s.word(k, cPrep) && !s.word(k, cObjectPrep):
		return k, modified, s.word(k, cDemonstrative)
	}
	return k + 1, modified, false
}

// eventEnd returns the end of the complements of an event head that ends
// before token i.
func (s *scanner) eventEnd(i, end int) int {
	last := i
	p := i
	if s.lex.postAdjectives && p < end && s.adjective(p) && !s.inSet(s.lex.agents, p) && !s.inSet(startPlaces, p) {
		p++ // "réunion préparatoire", not "sommet par" nor "la rencontre depuis l'Élysée"
		last = p
	}
	for p < end {
		q := p
		if s.punct(q, ",") || s.word(q, cCoordinator) {
			q++
			if !s.word(q, cPrep) {
				break
			}
		}
		if !s.word(q, cPrep) {
			break
		}
		q = s.skipPrep(q, end, cPrep)
		q = s.skipDeterminer(q, end)
		r := s.nounPhrase(q, end, 2)
		if r == q {
			break
		}
		p, last = r, r
		if s.punct(p, "(") {
			if c := s.closeParen(p, end, 5); c > p {
				p, last = c, c
			}
		}
	}
	return last
}

// nounPhrase returns the end of the noun phrase at i: a gazetteer mention
// or capitalised words (in French with an adjective after them), or up to
// max lower-case content words.
func (s *scanner) nounPhrase(i, end, max int) int {
	p := i
	for p < end {
		if m := s.mentionAt(p); m >= 0 && s.ments[m].t0 == p {
			p = s.ments[m].t1
			continue
		}
		if s.nameWord(p) || (s.toks[p].caps && s.toks[p].kind == tWord) {
			p++
			continue
		}
		break
	}
	if p > i {
		if s.lex.postAdjectives && p < end && s.adjective(p) {
			p++ // "des Affaires étrangères"
		}
		return p
	}
	for n := 0; n < max && p < end && s.content(p) && !s.inDate(p); n++ {
		p++
	}
	return p
}

// closeParen returns the token after the ")" that closes the "(" at i,
// within limit tokens, or i.
func (s *scanner) closeParen(i, end, limit int) int {
	for p := i + 1; p < end && p <= i+limit; p++ {
		if s.punct(p, ")") {
			return p + 1
		}
		if s.toks[p].kind == tPunct && !s.punct(p, "'") && !s.punct(p, ",") {
			return i
		}
	}
	return i
}

// paragraphEvent returns the last specific event of paragraph para among
// the last lookBack events, else its last event, or nil.
func (s *scanner) paragraphEvent(para, before int) *event {
	var last *event
	for k := len(s.events) - 1; k >= 0 && k >= len(s.events)-lookBack && s.events[k].para == para; k-- {
		if s.events[k].t0 >= before {
			continue // later in the sentence: "chaired by A, … the opening session"
		}
		if s.events[k].specific {
			return &s.events[k]
		}
		if last == nil {
			last = &s.events[k]
		}
	}
	return last
}

// idleTriggerWord reports whether token k, before an event's head at
// token i, is a word that starts attendance triggers but none of them
// there: "a closing dinner" ("closing a" is one).
func (s *scanner) idleTriggerWord(k, i int) bool {
	if s.toks[k].kind != tWord || !s.is(k, cAttendanceStart) || s.is(k, cFunction|cFoundingStart) {
		return false
	}
	_, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, k, i+1)
	return !ok
}
