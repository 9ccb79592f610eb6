package claims

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/lang"
	"factlens/facts/timex"
)

// attendanceClaim is an attendance claim being built.
type attendanceClaim struct {
	t0, t1 int // tokens of the claim's span
	people []facts.Person
	place  string // where a trip went: "made the trip to Abuja"
	// adjuncts are the tokens of the dates and places between the verb
	// and the people after it: "a accueilli [lundi à Carthage] B". A
	// date there dates the claim.
	adjuncts [2]int
}

// attendanceIn adds the attendance claims of sentence si, with the event
// they refer to, its date and its place.
func (s *scanner) attendanceIn(si int) {
	sent := s.sents[si]
	evs := s.eventsIn(sent.t0, sent.t1, sent.para)
	var found []attendanceClaim
	for i := sent.t0; i < sent.t1; {
		if s.cls[i]&cAttendanceStart == 0 {
			i++
			continue
		}
		trig, next, ok := lookup(s, s.lex.attendance, cAttendanceStart, i, sent.t1)
		if ok && s.homograph(i) {
			ok = false // "le siège de l'organisation", not "a siégé"
		}
		among := false // "parmi les chefs d'État présents figuraient B": "présents" may start the claim
		if !ok {
			trig, next, ok = s.amongGuests(i, sent.t1)
			among = ok
		}
		if !ok {
			// "s'est rendu dans la matinée à Cholet", "s'est adressé jeudi
			// aux sénateurs", "s'était entretenu à Rome avec B": a
			// trigger's verb, a date or a place, then its preposition.
			for _, e := range s.adjunctsAfterVerb(i+1, sent.t1) {
				if e > i+1 && !ok {
					trig, next, ok = s.lex.attendance.lookupAcross(&s.tk, i, e, sent.t1)
					ok = ok && (trig.place || s.inSet(acrossPreps, e)) // a verb and its preposition, not "a donné samedi le coup d'envoi"
				}
			}
		}
		if a := s.passiveAgent(sent, i, next, trig); a > 0 {
			// "B et C ont été accueillis sur le perron par D": the host
			// is the agent, the subject the guests; "a été inauguré lundi
			// par B".
			trig, next = attendanceTrigger{form: aAfter, present: true, role: trig.role, joined: trig.role == "host"}, a
		} else if ok && trig.form == aBefore && trig.role == "host" && trig.object && !strings.HasSuffix(s.tk.fold(i), "ing") {
			if _, passive, _ := s.leftChain(sent.t0, i); passive { // not "is hosting"
				// "B a été reçu jeudi à l'Académie française", "was
				// welcomed at the White House": the subject is a guest.
				trig = attendanceTrigger{form: aBefore, present: true}
			}
		}
		if !ok || trig.place && s.inRelativeAside(i, sent.t1) {
			// "Christine Lagarde, who was in Sintra for the ECB's own
			// forum, sent B": where she was instead.
			i++
			continue
		}
		ac, ok := s.attendance(sent, i, next, trig)
		if !ok && (trig.place || len(trig.verbs) > 0 || among) {
			i++ // "was in the room": not "was in" before a place; "is not expected to attend"
			continue
		}
		if ok {
			n := len(found)
			if trig.clause && trig.present && n > 0 && found[n-1].t1 > ac.t0 {
				// "Putin will not attend in person": the verb's claim
				// says it. "B s'est rendu au poste, en compagnie du
				// ministre C, pour assister": B's claim ends where C's
				// starts.
				if f := &found[n-1]; samePeople(f.people, ac.people) {
					f.t1 = max(f.t1, ac.t1) // "joined the players on the podium"
				} else if f.t0 > ac.t0 && !slices.ContainsFunc(ac.people, func(p facts.Person) bool {
					return slices.ContainsFunc(f.people, func(q facts.Person) bool { return q.Name == p.Name })
				}) {
					for ac.t1 = f.t0; ac.t1 > ac.t0 && s.toks[ac.t1-1].kind == tPunct; ac.t1-- {
					}
					found = slices.Insert(found, n-1, ac)
				}
				i = next
				continue
			}
			if n > 0 && ac.t0 < found[n-1].t1 && sameNames(found[n-1].people, ac.people) && s.inRelativeAside(found[n-1].t1-1, sent.t1) && !anyPresent(ac.people) && s.planned(found[n-1]) {
				// "B, who was due to attend a meeting next month, will not
				// travel": the main verb's absence undoes the plan, not
				// another event's presence ("B, who attended the dinner,
				// did not take part in the session").
				found[n-1] = ac
				i = max(next, ac.t1)
				continue
			}
			if n > 0 && s.continues(found[n-1], ac, trig) {
				f := &found[n-1]
				f.t1, f.people = ac.t1, append(f.people, ac.people...)
				i = max(next, ac.t1)
				continue
			}
			if n > 0 && ac.t0 < found[n-1].t1 && ac.t1 > found[n-1].t1 && s.companionIn(ac) && peopleWithin(found[n-1].people, ac.people) {
				// "was led by U.N. Ambassador B, accompanied by C": the
				// company of the claim's person joins its claim.
				f := &found[n-1]
				keepRoles(ac.people, f.people)
				f.t0, f.t1, f.people = min(f.t0, ac.t0), ac.t1, ac.people
				i = max(next, ac.t1)
				continue
			}
			if n > 0 && ac.t0 <= found[n-1].t0 && ac.t1 >= found[n-1].t1 && s.companionIn(found[n-1]) && peopleWithin(ac.people, found[n-1].people) {
				// "President Tinubu, flanked by Vice President B, opened the
				// summit": the verb's claim takes in the company of its
				// subject.
				f := &found[n-1]
				f.t0, f.t1 = ac.t0, ac.t1
				keepRoles(f.people, ac.people)
				i = max(next, ac.t1)
				continue
			}
			if n > 0 && ac.t0 < found[n-1].t1 && samePeople(found[n-1].people, ac.people) && (sameRoles(found[n-1].people, ac.people) || s.gatheringAt(s.skipDeterminer(ac.t1, sent.t1))) {
				// "Félix Tshisekedi, arrivé la veille, a participé aux
				// travaux": the verb after the apposition extends its
				// claim; "alongside B, who chaired the meeting" gives B a
				// role.
				found[n-1].t1, found[n-1].people = max(found[n-1].t1, ac.t1), ac.people
				i = max(next, ac.t1)
				continue
			}
			if n > 0 && trig.giver && ac.t0 <= found[n-1].t0 && len(ac.people) > len(found[n-1].people) && samePeople(found[n-1].people, ac.people[:len(found[n-1].people)]) {
				// "B, invité d'honneur, a reçu un César des mains de C": the
				// claim of the apposition grows into the sentence's.
				found[n-1] = ac
				i = max(next, ac.t1)
				continue
			}
			if n > 0 {
				ac, ok = s.afterClaim(found[n-1], ac)
			}
			if ok {
				found = append(found, ac)
				next = max(next, ac.t1)
			}
		}
		i = next
	}
	if len(found) == 0 {
		if ac, ok := s.hostApposition(sent); ok {
			found = append(found, ac) // "Narendra Modi, hôte du sommet, a invité …"
		}
	}
	if len(evs) == 0 && len(found) == 0 {
		return
	}
	value := s.sentenceDate(sent, found)
	place := s.placeIn(sent)
	if slices.ContainsFunc(found, func(ac attendanceClaim) bool {
		return slices.ContainsFunc(ac.people, func(p facts.Person) bool { return p.Name == place })
	}) {
		place = "" // "Elle a succédé à B, qui n'assistait pas": B is no place
	}
	for k := range evs {
		evs[k].value, evs[k].place = value, place
	}
	for _, ac := range found {
		s.fullNames(ac)
		start, end := s.tokenSpan(ac.t0, ac.t1)
		c := s.newClaim(facts.KindAttendance, start, end, si)
		c.People = ac.people
		c.Value, c.Place = value, cmp.Or(place, ac.place)
		if !anyPresent(ac.people) {
			// "Traoré, retenu à Ouagadougou, n'a pas fait le déplacement":
			// a place in an absence's sentence is where the absent were,
			// unless the trip went there ("did not travel to Addis Ababa").
			c.Place = ac.place
		}
		if ev := s.eventFor(&ac, evs, sent.para); ev != nil {
			if c.Place == "" {
				c.Place = s.placeWithin(ev)
			}
			c.Event = ev.text
			if c.Value == "" {
				c.Value = ev.value
			}
			if c.Place == "" {
				c.Place = ev.place
			}
		}
		s.claims = append(s.claims, c)
	}
}

// sameRoles reports whether a and b give their people the same roles.
func sameRoles(a, b []facts.Person) bool {
	return slices.EqualFunc(a, b, func(p, q facts.Person) bool { return p.Role == q.Role })
}

// samePeople reports whether a and b name the same people, in the same
// order, with the same presence and role, or a role in b where a has none.
func samePeople(a, b []facts.Person) bool {
	return slices.EqualFunc(a, b, func(p, q facts.Person) bool {
		return p.Name == q.Name && p.Present == q.Present && (p.Role == q.Role || p.Role == "")
	})
}

// planned reports whether claim a is about a plan: "who was due to
// attend", "qui devait assister".
func (s *scanner) planned(a attendanceClaim) bool {
	for k := a.t0; k < a.t1; k++ {
		if s.inSet(expectations, k) && s.word(k+1, cInfinitive) || s.inSet(plans, k) {
			return true
		}
	}
	return false
}

// plans are the French verbs, folded, of a plan before an infinitive:
// "qui devait assister".
var plans = foldSet("devait", "devaient", "prevoyait", "prevoyaient", "comptait", "comptaient")

// allPresent reports whether all of people are said to be there.
func allPresent(people []facts.Person) bool {
	return !slices.ContainsFunc(people, func(p facts.Person) bool { return !p.Present })
}

// onScreen reports whether the words after token i say that the event
// was followed on a screen: "on television", "on TV", "à la télévision".
func (s *scanner) onScreen(i, end int) bool {
	for p := i; p < end && p < i+6; p++ {
		if s.inSet(screens, p) && s.word(p-1, cDeterminer|cPlacePrep) || s.inSet(screens, p) && s.inSet(onWords, p-1) {
			return true
		}
	}
	return false
}

// atHome reports whether "at home" or "chez lui" follows token i in its
// clause: "watched the match at home in Auckland", elsewhere.
func (s *scanner) atHome(i, end int) bool {
	for p := i; p < end && p < i+6 && !s.punct(p, ","); p++ {
		if s.inSet(homes, p) && s.inSet(atHomeWords, p-1) {
			return true
		}
	}
	return false
}

// screens and onWords are the words, folded, of "on television"; homes
// and atHomeWords those of "at home", "chez lui"; viewers the verbs of
// watching an event, which "at home" puts elsewhere.
var (
	viewers     = foldSet("watched", "followed", "suivi", "regardé", "regardait", "suivait")
	screens     = foldSet("television", "tv", "télévision", "télé", "screen", "écran", "livestream")
	onWords     = foldSet("on", "à", "sur")
	homes       = foldSet("home", "lui", "elle", "soi")
	atHomeWords = foldSet("at", "from", "chez")
)

// bodyBeforeComma reports whether the participle at token i follows,
// after a comma, the name or the noun of an organisation, with no event
// between the comma and the clause's start: "Le groupe socialiste,
// présidé par B"; not "Le sommet de l'UA, présidé par B".
func (s *scanner) bodyBeforeComma(sent sentence, i int) bool {
	c := i - 1
	if !s.punct(c, ",") || !s.participleForm(i) {
		return false // "…, sous la présidence de B": the clause's meeting
	}
	body := false
	for q := c - 1; q >= sent.t0 && q > c-12 && !s.punct(q, ","); q-- {
		if s.is(q, cEventHead) {
			return false
		}
		body = body || s.word(q, cGenericOrg) || s.mentionAt(q) >= 0 && s.ments[s.mentionAt(q)].kind == facts.OrganisationEntity
	}
	return body
}

// anyPresent reports whether one of people is said to be there.
func anyPresent(people []facts.Person) bool {
	return slices.ContainsFunc(people, func(p facts.Person) bool { return p.Present })
}

// amongGuests reads, at token i, "among the" or "parmi les", lower-case
// words that qualify them and a noun of those who came: "parmi les rares
// dirigeants étrangers invités", "among the few world leaders invited";
// or a group of leaders at a gathering or in its venue, of a number or
// not: "among the church leaders at the service", "among some 100 heads
// of state and government in the abbey". It returns the trigger of the
// list before it.
func (s *scanner) amongGuests(i, end int) (attendanceTrigger, int, bool) {
	if !s.inSet(amongWords, i) {
		return attendanceTrigger{}, i, false
	}
	q := s.skipDeterminer(i+1, end)
	if n, r := s.numberAt(s.skipApprox(q), end); n > 0 {
		q = r
	} else if q == i+1 && !s.inSet(leaderNouns, q) && !s.inSet(crowds, q) {
		return attendanceTrigger{}, i, false
	}
	// "Among the 7,000 invited guests were B and C": the list may follow.
	trig := attendanceTrigger{form: aBefore, present: true, inverted: true}
	if t, next, ok := lookup(s, s.lex.titles, cTitleStart, q, end); ok && t.plural {
		switch {
		case s.gatheringPlace(next, end):
			return trig, next, true
		case s.inSet(guestNouns, next):
			return trig, next + 1, true // "parmi les chefs d'État présents"
		case s.word(next, cRelative):
			if t2, n2, ok := lookup(s, s.lex.attendance, cAttendanceStart, next+1, end); ok && t2.present && t2.form == aBefore && !t2.object && !t2.event &&
				(n2 >= end || s.toks[n2].kind != tWord || s.inDate(n2) || s.anyIn(n2, min(n2+4, end), func(k int) bool { return s.word(k, cEventHead) })) {
				// "among more than 20 heads of state and government who
				// attended", "… who attended the state funeral", not "who
				// welcomed the ruling".
				return trig, n2, true
			}
		}
	}
	if r := s.figuresAfter(q, end); r > q {
		// "Parmi les dirigeants du continent figuraient B, C": the list
		// follows.
		trig.inverted = true
		return trig, r, true
	}
	for k := q; k < end && k < q+5; k++ {
		t := &s.toks[k]
		if t.kind != tWord || t.cap || s.is(k, cFunction|cNegation) {
			break
		}
		if s.inSet(guestNouns, k) && k > i+2 && (s.tk.fold(k) != "present" || k+1 >= end || s.toks[k+1].kind != tWord || s.inSet(atWords, k+1)) || (s.inSet(leaderNouns, k) || s.inSet(crowds, k)) && s.gatheringPlace(s.complementSkip(k+1, end), end) ||
			s.tk.fold(k) == "dignitaries" && (k+1 >= end || s.toks[k+1].kind != tWord) {
			// "among supporters of the South African case in the public
			// gallery"; "was among the dignitaries.", a word of a
			// gathering's guests.
			r := k + 1
			for r < end && s.inSet(guestNouns, r) {
				r++ // "among the 7,000 invited guests"
			}
			return trig, r, true
		}
	}
	return attendanceTrigger{}, i, false
}

// gatheringPlace reports whether token k is a preposition of place before
// a gathering ("at the service", "au sommet") or the hall it is held in
// ("in the abbey", "dans la cathédrale").
func (s *scanner) gatheringPlace(k, end int) bool {
	if !s.inSet(atWords, k) && !s.inSet(inWords, k) {
		return false
	}
	q := s.skipDeterminer(k+1, end)
	if !s.inSet(halls, q) && s.adjective(q) && s.inSet(halls, q+1) {
		q++ // "in the public gallery"
	}
	return (s.gatheringAt(q) || s.inSet(halls, q)) && !s.toks[q].cap // not "in Congress"
}

// complementSkip returns the token after a short "of" complement at token
// k ("of the South African case"), up to a preposition of place, or k.
func (s *scanner) complementSkip(k, end int) int {
	if !s.inSet(ofWords, k) {
		return k
	}
	for p := k + 1; p < end && p < k+8; p++ {
		if s.inSet(atWords, p) || s.inSet(inWords, p) {
			return p
		}
		if s.toks[p].kind != tWord && !s.punct(p, "'") {
			break
		}
	}
	return k
}

// ofWords are the prepositions, folded, of a noun's complement: "of the
// case", "aux côtés de", "la salle des fêtes".
var ofWords = foldSet("of", "de", "du", "des", "d")

// gatheringAt reports whether token k names a gathering: an event noun,
// or a religious service ("the service", "la messe").
func (s *scanner) gatheringAt(k int) bool {
	return s.word(k, cEventHead) || s.inSet(services, k)
}

// services are the nouns, folded, of religious services; halls those of
// the buildings and rooms where people gather and events are held.
var (
	services = foldSet("service", "mass", "messe", "office", "liturgy", "liturgie", "prayers", "prière")
	halls    = foldSet("abbey", "cathedral", "basilica", "church", "chapel", "mosque", "synagogue", "hall", "chamber", "room", "auditorium", "stadium", "arena", "gallery", "stands",
		"abbaye", "cathédrale", "basilique", "église", "chapelle", "mosquée", "synagogue", "salle", "hémicycle", "stade", "tribune", "tribunes")
)

// amongWords and guestNouns (nouns and participles of those who came) are
// the words, folded, of amongGuests.
var (
	amongWords = foldSet("among", "parmi")
	guestNouns = foldSet("invités", "invitées", "participants", "présents", "guests", "attendees", "invitees", "invited", "present")
	// leaderNouns are the nouns, folded, of people who are there when
	// one of atWords and an event follow them: "among the church leaders
	// at the service", not "among the officials at risk of sanctions".
	leaderNouns = foldSet("leaders", "dirigeants", "dignitaries", "dignitaires", "officials", "diplomats", "diplomates", "personnalités", "personalities")
	atWords     = foldSet("at", "à", "au", "aux")
	inWords     = foldSet("in", "dans")
)

// sameNames reports whether a and b name the same people, in the same
// order.
func sameNames(a, b []facts.Person) bool {
	return slices.EqualFunc(a, b, func(p, q facts.Person) bool { return p.Name == q.Name })
}

// afterClaim returns b without the people that the claim a before it
// already holds when b starts inside a: "en l'absence du président Paul
// Biya, représenté par son Premier ministre B" is Biya's absence, then B's
// presence. It reports false when nobody is left.
func (s *scanner) afterClaim(a, b attendanceClaim) (attendanceClaim, bool) {
	if b.t0 >= a.t1 {
		return b, true
	}
	kept := b.people[:0:0]
	for _, p := range b.people {
		if !slices.ContainsFunc(a.people, func(q facts.Person) bool { return q.Name == p.Name && q.Present == p.Present }) {
			kept = append(kept, p)
		}
	}
	if len(kept) == len(b.people) {
		return b, true
	}
	// "JD Vance, who had met Francis the day before he died, led the
	// delegation", "Charles, attending his first summit, was accompanied
	// by Camilla": a is the aside's claim, b the main verb's, after it,
	// with all its people there; not "Putin, who has not attended a
	// summit since 2017, was represented by B", one absence.
	for r := a.t0; r < a.t1 && allPresent(b.people); r++ {
		if e := s.asideEnd(r, b.t1); e > r && e >= a.t1 && e < b.t1 {
			b.t0 = e
			return b, true
		}
	}
	if len(kept) == 0 {
		return b, false
	}
	b.people, b.t0 = kept, a.t1
	for b.t0 < b.t1 && s.toks[b.t0].kind == tPunct {
		b.t0++
	}
	return b, true
}

// attendance recognises an attendance trigger at [i, next):
//
//	trigger list [when]                    "réunissant les généraux A, B et C"
//	list "'s" trigger [when]               "Traoré's absence was noted on the first day"
//	possessive trigger [when]              "son absence", after one person named
//	list [chain] trigger [list] [when]     "A n'a pas assisté", "A a reçu B"
//	[chain] trigger [":"] list [when]      "Étaient présents : A et B"
//
// where when is a day ("le premier jour") or, for an absence, a date, a
// few lower-case words after the list ("ait été notée le premier jour").
func (s *scanner) attendance(sent sentence, i, next int, trig attendanceTrigger) (attendanceClaim, bool) {
	var ac attendanceClaim
	present := trig.present
	switch trig.form {
	case aAfter:
		role := trig.role
		if trig.delegation && !s.delegationBefore(sent, i) {
			if !s.proceedingsBefore(sent, i) {
				return ac, false // "the army, led by B", "la marche, conduite par B"
			}
			role = "chair" // "The talks were led by B", "Les travaux ont été dirigés par B"
		}
		if trig.group && !s.groupBefore(sent, i) {
			return ac, false // "several countries, including Mali"
		}
		if role == "chair" && s.foundingInClause(sent, i) {
			return ac, false // "fondée en 2000 sous la présidence de B": an era, no meeting
		}
		if role == "chair" && s.bodyBeforeComma(sent, i) {
			return ac, false // "Le groupe socialiste, présidé par Boris Vallaud, …": an office, no meeting
		}
		if s.inSet(meetingNouns, i) && s.anyIn(sent.t0, sent.t1, func(k int) bool { return s.inSet(cancellations, k) || s.inSet(plannedWords, k) }) {
			return ac, false // "La visite de B, prévue jeudi, a été annulée", "a planned meeting between B and C"
		}
		if s.inSet(meetingNouns, i) && s.inSet(betweens, next-1) && !s.meetingOpensClause(sent, i) {
			return ac, false // "qui avait accueilli en mars une rencontre entre B et C": another event, the object of a verb
		}
		if s.inSet(meetingNouns, i) && (s.inSet(remoteWords, i-1) || s.inSet(remoteWords, i-2)) {
			return ac, false // "a video meeting between B and C", "a phone meeting between"
		}
		if trig.course && !s.courseBefore(sent, i) {
			return ac, false // "un pays sans B"
		}
		if len(trig.verbs) > 0 && (!s.verbOf(sent, i, trig) || !s.eventBeforeVerb(sent, i, trig) || s.inSet(recordings, i-1)) {
			// "quoted a speech by Churchill", "the documentary opened with
			// a speech by Mandela", "opened with a video speech by B", not
			// "a convention that began with a speech by B"
			return ac, false
		}
		var hosts []facts.Person
		around := s.skipAdjuncts(next, sent.t1)
		if s.punct(around, ",") {
			around++
		}
		var adjuncts [2]int // the day and place before "autour", the event's
		if s.inSet(s.lex.arounds, around) {
			adjuncts = [2]int{next, around}
			// "avait réuni autour du président tchadien A ses homologues B
			// et C": the host, then the guests; "se sont réunis samedi à
			// Banjul, autour du président gambien A": the host alone.
			hosts, next = s.personList(around+1, sent.t1, true)
		}
		people, end := s.personList(next, sent.t1, true)
		if c := s.commaAfterGroupTail(end, sent.t1); len(people) > 0 && c > end {
			// "en présence de B et de ses soutiens, dont l'ancien Premier
			// ministre C": the people named among the group after the list.
			if inc := s.includingAfter(c, sent.t1); inc == c+2 {
				if more, e := s.personList(inc, sent.t1, true); len(more) > 0 {
					people, end = append(people, more...), e
				}
			}
		}
		if q := s.pastUnnamed(next, sent.t1); len(people) == 0 && q > next {
			people, end = s.personList(q, sent.t1, true) // "par le chef de l'État et son épouse B"
		}
		if g, ok := s.groupObject(s.skipPrep(next, sent.t1, cPrep), sent.t1); len(people) == 0 && ok {
			// "en présence de plusieurs chefs de gouvernement, dont le
			// Premier ministre B": the people named among the group.
			if inc := s.includingAfter(g, sent.t1); inc > 0 {
				people, end = s.personList(inc, sent.t1, true)
			}
		}
		if c := s.eventComma(next, sent.t1); len(people) == 0 && role == "host" && c > 0 {
			// "Hôte de la cérémonie, le président ivoirien Alassane
			// Ouattara a salué …"
			people, end = s.personList(c+1, sent.t1, true)
		}
		t0 := i
		if len(people) == 0 && !s.word(next, cPrep) {
			// "Traoré's absence", "son absence", not "his absence of comment"
			people, t0 = s.possessivePeople(sent, i)
			end = next
		}
		var guests []facts.Person // the passive subject, there too (trig.joined)
		guestsAt := t0
		if chain, _, negated := s.leftChain(sent.t0, i); trig.joined && !negated {
			guests, guestsAt = s.listEndingAt(sent, chain)
			if ps, ok := s.pronounSubject(sent, chain-1); len(guests) == 0 && ok {
				guests, guestsAt = ps, chain-1 // "JD Vance led the delegation. He was joined by B"
			}
		} else if s.companionAside(i) {
			// "Obama, accompanied by first lady Michelle Obama, drew the
			// loudest roar": the one accompanied was there too.
			guests, guestsAt = s.listEndingAt(sent, i)
		}
		if len(people) == 0 && len(hosts) == 0 && trig.gathers {
			hosts, t0, end = s.gatherer(sent, i, next)
		}
		if len(people) == 0 && (len(hosts) > 0 || len(guests) > 0) {
			end = max(end, next) // "Tiani avait été reçu par son homologue malien"
		} else if len(people) == 0 {
			return ac, false
		}
		if _, _, verb := lookup(s, s.lex.attendance, cAttendanceStart, end, sent.t1); trig.group && verb {
			return ac, false // "Heads of state including B and C attended": the verb's claim
		}
		if role == "" && present && len(people) == 1 && s.punct(end, ",") && s.inSet(hostNouns, end+1) {
			role = "host" // "ouverts par le président B, hôte de la rencontre"
		}
		setPresence(people, present, role)
		if len(guests) > 0 {
			// "B was joined on stage by C", "B was received by C": B was
			// there too.
			setPresence(guests, true, "")
			people, t0 = append(guests, people...), guestsAt
		}
		if len(hosts) > 0 {
			setPresence(hosts, true, "host")
			people, end = append(hosts, people...), max(end, next)
		}
		if (trig.beside || trig.giver) && present && len(guests) == 0 && len(hosts) == 0 {
			// "B marked the closing …, alongside C": B was there too; a
			// verb of attendance ("a accueilli le chef du gouvernement, aux
			// côtés de C") makes B's claim itself.
			subject, at := s.clauseSubject(sent, i)
			named := slices.ContainsFunc(subject, func(p facts.Person) bool {
				return slices.ContainsFunc(people, func(q facts.Person) bool { return q.Name == p.Name })
			})
			if len(subject) > 0 && !named && (trig.giver || !s.anyIn(at, i, func(k int) bool { _, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, k, i); return ok })) {
				setPresence(subject, true, "")
				people, t0 = append(subject, people...), at
			}
		}
		for k := i + 1; k < next && adjuncts[1] == 0; k++ {
			if d, ok := s.dateAt(k); ok {
				adjuncts = [2]int{d.t0, d.t1} // "a été inauguré lundi par B": the claim's date
			}
		}
		if s.punct(end, ",") && s.nameWord(end+1) && s.possessiveAt(end+2) && s.inSet(s.lex.agents, end+4) {
			// "Russia's delegation was led by B, Ukraine's by C": the
			// verb left out of the second clause.
			if more, e := s.personList(end+5, sent.t1, true); len(more) > 0 {
				setPresence(more, present, role)
				people, end = append(people, more...), e
			}
		}
		ac = attendanceClaim{t0: t0, t1: end, people: people, adjuncts: adjuncts}
	case aBefore:
		if s.word(i-1, cPlacePrep) {
			return ac, false // "à présent", "at present"
		}
		e := next
		for e < sent.t1 {
			switch {
			case s.inDate(e):
				e++ // "a ouvert vendredi le sommet"
				continue
			case trig.event && s.word(e, cPlacePrep) && s.nameWord(e+1):
				// "a ouvert jeudi à Niamey le sommet"
				for e++; s.nameWord(e); e++ {
				}
				continue
			case trig.event && s.inSet(venuePreps, e):
				// "a ouvert mardi au parc des expositions de la porte de
				// Versailles le 107e congrès"
				if k := s.eventAfterPlace(e+1, sent.t1); k > e {
					e = k
					continue
				}
			}
			break
		}
		// "joined her on a panel", not "joined her company": a pronoun
		// before a preposition or the clause's end.
		pronoun := trig.companion && s.inSet(guestPronouns, e) && (s.word(e+1, cPrep|cPlacePrep) || e+1 >= sent.t1 || s.toks[e+1].kind != tWord) &&
			!strings.HasSuffix(s.tk.fold(e+2), "ing") // not "joined her in criticising the decision"
		if e = s.skipDeterminer(e, sent.t1); s.punct(e+1, "'") && s.toks[e+1].start == s.toks[e].end && !s.word(e+2, cClitic) {
			e += 2 // "opened the leaders' segment"
		} else if s.adjective(e) && s.punct(e+2, "'") && s.toks[e+2].start == s.toks[e+1].end && !s.word(e+3, cClitic) && s.lang != "fr" {
			e += 3 // "will address the world leaders' segment", not "la cérémonie d'ouverture"
		} else if trig.event && s.possessiveAt(e+1) && !s.toks[e].cap && s.content(e) {
			e += 3 // "addressed the party's annual conference"
		}
		if m := s.orgAt(e, false); m >= 0 && trig.event {
			e = s.ments[m].t1 // "opened the BRICS summit"
			if s.word(e-1, cEventHead) {
				e-- // "addressed the Munich Security Conference": a conference's name
			} else if c := s.competitionIn(s.ments[m].t0, e); c >= 0 {
				e = c // "opened the World Cup", a competition's name
			} else if s.possessiveAt(e) {
				e += 2 // "at the BIS's annual meeting"
			}
		} else if trig.event && s.nameWord(e) {
			for n := e; n < e+4 && s.nameWord(n); n++ {
				if s.possessiveAt(n + 1) {
					e = n + 3 // "at the Kansas City Fed's annual symposium"
					break
				}
			}
		}
		if trig.event && e+1 < sent.t1 && (s.toks[e].digit || s.ordinal(e)) && (s.word(e+1, cEventHead) || s.toks[e+1].cap) {
			e++ // "le 107e congrès", "the 79th session", "la neuvième édition", "the ninth Tokyo International Conference"
		}
		plain := func(q int) bool { return s.toks[q].kind == tWord && !s.toks[q].cap && !s.is(q, cFunction) }
		if trig.event && !s.word(e, cEventHead) && s.word(e+1, cEventHead) && plain(e) {
			e++ // "a news conference", "the closing session"
		} else if trig.event && !s.word(e, cEventHead) && s.word(e+2, cEventHead) && plain(e) && plain(e+1) && !s.word(e+1, cEventHead) {
			e += 2 // "the annual economic symposium"
		}
		for n := e; trig.event && n < sent.t1 && n < e+4 && (s.toks[n].cap || n > e && s.word(n, cParticle) && s.nameWord(n+1)) && !s.word(n, cEventHead); n++ {
			if s.word(n+1, cEventHead) {
				e = n + 1 // "opened the Ibero-American Summit", "is expected at the Rio de Janeiro summit"
			} else if s.inSet(competitions, n+1) && s.toks[n+1].cap && !s.openedToAfter(n+2, sent.t1) {
				e = n + 1 // "opened the World Cup", not "opened the World Cup to 48 teams"
			}
		}
		if trig.event && s.tk.fold(e+1) == "call" {
			return ac, false // "told a conference call with analysts"
		}
		if _, group := s.groupObject(e, sent.t1); trig.event && !s.word(e, cEventHead) && !s.inSet(proceedings, e) && !(!trig.present && (s.namedVenueAt(e, sent.t1) || s.inSet(halls, e))) && !(group && s.inSet(speechVerbs, i)) && !(s.inSet(competitions, e) && s.toks[e].cap && !s.openedToAfter(e+1, sent.t1)) && !(trig.companion && (s.companionAt(e, sent.t1) || group || pronoun)) {
			return ac, false // "opened a bank account", "a ouvert la voie"
		}
		if trig.event && trig.present {
			if t, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, e+1, sent.t1); ok && t.clause && !t.present {
				return ac, false // "addressed the delegates in a video message": not there
			}
		}
		if trig.last && next < sent.t1 && s.toks[next].kind == tWord && !s.word(next, cCoordinator) && !s.whenAt(next, sent.t1, trig.present) {
			return ac, false // "s'est excusé pour ses propos"
		}
		if trig.read && !s.readAt(next) {
			return ac, false // "sent a message of condolence"
		}
		if trig.facility && !s.facilityAt(next, sent.t1) {
			return ac, false // "commissioned an inquiry"
		}
		if (trig.agent || trig.delegation) && s.datedAside(sent, i) {
			return ac, false // "B, who had led the U.S. delegation in 2019, did not attend": another time
		}
		if s.counterfactual(sent, i) {
			return ac, false // "should have led the U.S. delegation"
		}
		if q := s.skipDeterminer(next, sent.t1); s.inSet(accompanying, i) && !s.titleAt(q, sent.t1) && !s.nameWord(q) && !s.inSet(guestPronouns, q) {
			return ac, false // "B accompanied the king", not "the song on guitar"
		}
		if trig.object && s.anyIn(next, sent.t1, func(k int) bool { return s.inSet(phones, k) }) {
			return ac, false // "a échangé avec Donald Trump par téléphone": not there
		}
		if s.anyIn(next, min(next+8, sent.t1), s.civilParty) {
			return ac, false // "joined the trial as a civil party"
		}
		if v := s.reflexiveEnd(next + 1); s.tk.fold(next-1) == "invitation" && s.inSet(invitationTos, next) && s.adjective(v) && !s.inSet(attendVerbs, v) {
			return ac, false // "declined an invitation to comment", not "… to attend", "… to the summit"
		}
		if s.inSet(trig.notBefore, next) {
			return ac, false // "read the lesson of the 1970s", "gave a reading of the economy"
		}
		if trig.gerund && !s.punct(i-1, ",") {
			return ac, false // "…, closing a four-day convention", not "for closing the summit", "was closing the conference centre"
		}
		if trig.ranked && next < sent.t1 && (s.ordinal(next) || s.tk.fold(next) == "en" && s.tk.fold(next+1) == "tete" && !s.inSet(ofWords, next+2)) {
			return ac, false // "arrivé deuxième à l'élection", "arrivé en tête": a rank
		}
		if trig.declared && (s.openedTo(next) || !s.anyIn(max(sent.t0, i-6), i, func(q int) bool {
			return s.word(q, cEventHead) || s.inSet(competitions, q) || s.inSet(proceedings, q) || s.inSet(openables, q)
		})) {
			return ac, false // "declared the Games open", not "declared the market open to foreign banks" nor "declared the border open"
		}
		if len(trig.verbs) > 0 && !s.verbOf(sent, i, trig) {
			return ac, false // "a salué le coup d'envoi", "a annulé la pose de la première pierre": not who gave or laid it
		}
		venue := s.venueAt(next) && s.inSet(beVerbs, i) // "was not in the arena", not "stayed in the room"
		if p := s.placeArticleEnd(next); trig.place && !venue && (!s.nameWord(p) || s.inDate(p) || s.inSet(notPlaces, p)) {
			return ac, false // "stayed in power", "resté à la tête", "followed the proceedings from Day One"
		}
		if s.inSet(flames, next-1) && s.anyIn(next, min(next+4, sent.t1), func(k int) bool { return s.inSet(figures, k) }) {
			return ac, false // "lit the cauldron of controversy", "a allumé le chaudron de la colère"
		}
		if trig.present && s.onScreen(next, sent.t1) {
			return ac, false // "watched the match on television": elsewhere
		}
		if !trig.present && s.inSet(seasons, s.skipDeterminer(next, sent.t1)) {
			return ac, false // "sat out the season": a competition, no event
		}
		if trig.role == "chair" && (s.chairsOrganisation(i, next, sent.t1) || s.termOfOffice(next, sent.t1)) {
			return ac, false // "qui préside cette année l'Union africaine"
		}
		if trig.intransitive && (s.word(next, cDeterminer|cPossessive) || s.nameWord(next)) {
			return ac, false // "pulled out the document"
		}
		if trig.delegation && !s.delegationAt(next, sent.t1) {
			return ac, false // "led the army", "a conduit à la rupture"
		}
		chain, passive, negated := s.leftChain(sent.t0, i)
		if s.word(chain-1, cInfinitive) && s.inSet(expectations, chain-2) {
			// "is not expected to attend": what the article says will
			// happen, as "will not attend".
			chain, passive, negated = s.leftChain(sent.t0, chain-2)
		} else if v := s.firstToDo(chain - 1); v > 0 {
			// "became the first pontiff to attend a G7 summit": the
			// subject of the copula did.
			chain, passive, negated = s.leftChain(sent.t0, v+1)
		}
		negated = negated || s.niNegation(sent, chain, i) || s.neBefore(chain, i) && (s.word(next, cNegation) || s.tk.fold(next) == "plus" || s.tk.fold(i) == "pu") // "ne siégeait plus", "n'a pu assister"
		if o := s.cliticObject(chain); o >= 0 {
			chain = o // "B, hôte de la rencontre, l'a accueilli"
		}
		if trig.negatedOnly && !(negated && passive) {
			// "avait été convié" does not say who came, and in "n'a pas
			// convié B" the subject is the host.
			return ac, false
		}
		present = present != negated
		if trig.present && s.inSet(viewers, i) && s.atHome(next, sent.t1) {
			present = false // "watched the match at home in Auckland": elsewhere; not "made the trip despite a race at home"
		}
		subjects := sent
		if s.anyIn(chain, i, func(k int) bool { return s.inSet(absolutes, k) }) {
			// "…, le président B ayant renoncé au déplacement", "… n'ayant
			// pas fait le déplacement": the subject of an absolute clause
			// follows the last comma.
			for q := chain - 1; q > sent.t0; q-- {
				if s.punct(q, ",") {
					subjects.t0 = q + 1
					break
				}
			}
		}
		people, start := s.listEndingAt(subjects, chain)
		if len(people) > 0 && s.asideAgent(sent, start) {
			// "His Patriotic Front party, formed in 2001 by Michael Sata,
			// was represented by B": the founder, not the subject.
			people = nil
		}
		if trig.titled && !slices.ContainsFunc(people, func(p facts.Person) bool { return titledPerson(p) || s.titledElsewhere(p) }) {
			return ac, false // "Airbus a inauguré", not "le président B a inauguré" nor "B a inauguré" after "le président B"
		}
		if len(people) > 0 && (s.inSet(neithers, start) || s.inSet(neithers, start-1)) {
			present = !present // "Neither A nor B attended"
		}
		if trig.clause {
			// "a day after U.S. President Donald Trump left the country
			// without attending the main session"; in "met Trump without
			// attending", the list before the trigger is an object.
			people, start = s.clauseSubject(sent, chain)
		}
		if len(people) == 0 {
			// "Les trois chefs d'État étaient présents", "none of the
			// leaders attended"
			var negative bool
			if people, start, negative = s.groupOfPeople(sent, chain); negative {
				present = !present
			}
		}
		if len(people) == 0 && trig.present {
			// "Thousands of mourners, led by President William Ruto,
			// attended the funeral": the people who led them.
			if ps, a := s.leadersAside(sent, chain); len(ps) > 0 {
				people, start = ps, a
			}
		}
		if len(people) == 0 {
			// "Ian Khama … returned from exile last year. He was not seen
			// at the stadium."
			if ps, ok := s.pronounSubject(sent, chain-1); ok {
				people, start = ps, chain-1
			}
		}
		among := -1 // the end of the people named among a group before the trigger
		if inc := s.includingAfter(next, sent.t1); len(people) == 0 && trig.present && inc > 0 && s.groupBefore(sent, chain) {
			// "Plusieurs ministres de la Justice étaient présents, dont le
			// Camerounais B": the people named among the group.
			people, among = s.personList(inc, sent.t1, true)
			start = chain
		}
		if len(people) == 0 && !trig.object && chain > sent.t0 && s.word(chain-1, cCoordinator) {
			// "Sanchez secured an exemption but was in the room", "B, who
			// has acted as a go-between, was expected but did not show
			// up": the subject opens the sentence.
			if opening, end := s.personList(sent.t0, chain-1, false); len(opening) > 0 && (!s.punct(end, ",") || s.word(end+1, cRelative)) && !s.word(end, cCoordinator) {
				people, start = opening, sent.t0
			}
		}
		if len(people) == 0 && trig.inverted && s.nameWord(chain-1) && s.nameWord(next) {
			return ac, false // "Renault présente Ampere": a verb between two names, its subject and its object
		}
		// A French sentence that opens with its verb has its subject after
		// it: "Ont également pris part aux travaux la présidente B, C"; so
		// does an English one that opens with "also" and the trigger: "Also
		// in the audience was B".
		opensWithVerb := chain == sent.t0 && (s.lang == "fr" || s.tk.fold(sent.t0) == "also" && s.inSet(beVerbs, next))
		if len(people) == 0 && (trig.inverted || opensWithVerb || s.inSet(invertingRelatives, chain-1) && !s.toks[chain-1].cap || s.eventObjectRelative(chain-1)) {
			// "Étaient présents : A et B", "Also present were A and B", "la
			// cérémonie, à laquelle a assisté le Premier ministre B"
			p := next
			switch {
			case opensWithVerb && !trig.inverted:
				p = s.invertedSubjectStart(p, sent.t1) // "Ont pris part aux travaux la présidente B"
			case chain == sent.t0 || chain == sent.t0+1 && s.inSet(invertedVerbs, sent.t0):
				p = s.frontedComplementEnd(p, sent.t1) // "Present at the ceremony were B and C", "Absent de la cérémonie, B a dénoncé"
			}
			colon := s.punct(p, ":")
			if colon || s.word(p, cChain) {
				p++
			}
			for n := 0; n < 2 && s.inSet(invertedVerbs, p); n++ {
				p++ // "Parmi les présents figuraient également B et C"
			}
			// A label before a colon heads a list, not a clause with its
			// own verb: "Absents : A et B", not "- Les absents : le
			// président B, retenu à Dakar, s'est fait représenter par C".
			if people, end := s.personList(s.pastUnnamed(p, sent.t1), sent.t1, false); len(people) > 0 && !(colon && end < sent.t1-1) {
				setPresence(people, present, trig.role) // "que présidera B": the chair
				ac = attendanceClaim{t0: chain, t1: end, people: people}
				break
			}
		}
		// "Meloni était absente et s'est fait représenter par B", "did
		// not attend and sent Vice President B in his place": the subject
		// is in the clause before the coordinator, the claim is about the
		// guests alone.
		// "… ; il était représenté par son Premier ministre, B", "… ;
		// elle s'est fait représenter par B": a pronoun subject, whose
		// claim is the one before; this one is about the guests alone.
		coordinated := len(people) == 0 && trig.object && !negated && chain > sent.t0 &&
			(!trig.agent && s.word(chain-1, cCoordinator) || (trig.agent || !trig.present) && (s.word(chain-1, cPronoun) || s.inSet(personalPronouns, chain-1)) ||
				trig.participle && s.punct(chain-1, ",") || trig.present && !trig.agent && s.unnamedSubject(sent, chain))
		if coordinated {
			start = chain
		} else if len(people) == 0 && (trig.agent || trig.delegate || trig.object && s.inSet(s.lex.agents, next-1)) {
			// "Egypt was represented at the summit by Prime Minister
			// Mostafa Madbouly", "Zambia was represented by B", "Eritrea,
			// which rejoined in 2023, sent its foreign minister B": a
			// country or an organisation, and the person who represents it.
			if o := s.relativeOpening(sent, chain-1); o >= 0 {
				chain = o // the name before the relative clause
			} else if o := s.appositionOpening(sent, chain-1); o >= 0 {
				chain = o // "Saudi Arabia, invited to join last year, sent B"
			}
			m, c := s.orgEndingAt(chain-1, true), s.countryEndingAt(sent.t0, chain-1)
			if m >= 0 && s.ments[m].t0 < c {
				start = s.ments[m].t0 // "Cricket South Africa was represented by B"
			} else if c >= 0 {
				start = c
			} else if s.capital(chain - 1) {
				start = chain - 1 // "Moscow was represented by B"
			} else if m >= 0 {
				start = s.ments[m].t0
			} else if (s.word(chain-1, cGenericOrg|cOrgHead) || s.inSet(countryNouns, chain-1)) && !s.toks[chain-1].cap && s.word(chain-2, cDeterminer) {
				start = chain - 2 // "The party was represented by B", "the kingdom was represented by B"
			} else if _, c, ok := s.countrysOrg(sent, chain-1); ok {
				start = c // "Israel's federation was represented by B"
			} else if m := s.orgEndingAt(chain-2, false); m >= 0 && s.inSet(parties, chain-1) && !s.toks[chain-1].cap {
				start = s.ments[m].t0 // "His Patriotic Front party was represented by B"
			} else {
				return ac, false
			}
		} else if len(people) == 0 {
			return ac, false
		}
		role := trig.role
		if role == "" && len(people) == 1 && s.hostAside(start, chain) {
			role = "host" // "B, the summit's host, opened the talks"
		} else if role == "" && len(people) == 1 && trig.event && s.bodysChair(start, chain) {
			role = "chair" // "The board's chair, Ambassador B, opened the session"
		}
		if !present {
			role = ""
		}
		setPresence(people, present, role)
		ac = attendanceClaim{t0: start, t1: max(next, among), people: people}
		if trig.clause && trig.event && s.word(e, cEventHead) {
			ac.t1 = max(ac.t1, e+1) // "in a speech to the party's annual conference"
		}
		for k := max(start, 0); k < i; k++ {
			if d, ok := s.dateAt(k); ok && d.t1 <= i && !s.anyIn(d.t1, i, func(q int) bool { return s.punct(q, ",") }) {
				// "Buhari on Monday commissioned", "a posé lundi … la
				// première pierre": the claim's date.
				ac.adjuncts = [2]int{d.t0, d.t1}
				break
			}
		}
		if d, ok := s.dateAt(s.dateAfterVerbStart(i + 1)); ok && d.t1 < next && ac.adjuncts[1] == 0 {
			ac.adjuncts = [2]int{d.t0, d.t1} // "s'est rendu dans la matinée à Cholet": the claim's date
		}
		if s.word(next-1, cPlacePrep) && ac.t1 == next {
			ac.t1-- // "was among the leaders at", not "in a speech at the conference"
		}
		if trig.place {
			q := s.placeArticleEnd(next)
			for q < sent.t1 && s.nameWord(q) {
				q++
			}
			if venue {
				q = next + 2 // "was not in the arena"
			}
			ac.t1 = max(ac.t1, q) // "was not in The Hague", "stayed in Maputo"
		}
		if trig.agent && len(people) > 0 && !coordinated && s.agentAfter(next, sent.t1) < 0 {
			// "Ursula von der Leyen and Antonio Costa represented the
			// European Union", "Han Zheng represented Beijing": the
			// people named were there, for it.
			if !s.representedAt(s.skipDeterminer(next, sent.t1)) {
				return ac, false // "represented a turning point", "represented Moscow's position"
			}
			setPresence(people, true, "")
			trig.object = false
		}
		if trig.object {
			p := next
			if trig.agent {
				if p = s.agentAfter(next, sent.t1); p < 0 {
					return ac, false // "represented a turning point"
				}
			}
			deputy := -1
			if trig.delegate {
				// "sent his prime minister", "sent Vice President B", "sent
				// B, its minister of state", "sent B to the meeting", not
				// "sent a letter" nor "sent B a letter".
				if deputy = s.deputyAt(next, sent.t1); deputy < 0 && !s.titleAt(s.skipDeterminer(next, sent.t1), sent.t1) && !s.sentPerson(next, sent.t1) {
					return ac, false
				}
			}
			guests, end := s.personList(p, sent.t1, true)
			if len(guests) == 1 && s.possessiveAt(end) && end+2 < sent.t1 && s.toks[end+2].kind == tWord && !s.toks[end+2].cap && !s.inSet(personPossessives, end+2) &&
				!(s.inSet(visitKinds, end+2) && s.tk.fold(end+3) == "visit" || s.tk.fold(end+2) == "delegation" || s.tk.fold(end+2) == "visit" && s.tk.fold(end+3) == "to" && s.nameWord(end+4)) {
				guests = nil // "welcomed Activision's employees", "welcomed B's arrival as a sign of progress": whose, not whom; but "welcomed Macron's state visit"
			}
			if q := s.skipAdjuncts(p, sent.t1); len(guests) == 0 && q > p {
				if more, e := s.personList(q, sent.t1, true); len(more) > 0 {
					guests, end = more, e // "a accueilli lundi à Carthage B"
					ac.adjuncts = [2]int{p, q}
				}
			}
			group := false
			if g, ok := s.groupObject(p, sent.t1); ok && (len(guests) == 0 || end < g) && trig.role == "host" {
				// "Putin welcomed leaders of the group to Kazan", "Xi a
				// reçu lundi une vingtaine de dirigeants …, dont B et C".
				group, end, guests = true, g, nil // "Gulf Arab leaders" names no one
				if inc := s.includingAfter(g, sent.t1); inc > 0 {
					if guests, end = s.personList(inc, sent.t1, true); len(guests) == 0 {
						end = g
					}
				}
			}
			if len(guests) == 0 && !trig.present && deputy < 0 {
				deputy = max(s.deputyAt(p, sent.t1), s.unnamedAt(p, sent.t1)) // "s'est fait représenter par son directeur de cabinet"
			}
			if len(guests) == 0 && coordinated {
				return ac, false // "and sent his prime minister": nobody named
			} else if len(guests) == 0 && deputy >= 0 {
				end = deputy
			} else if len(guests) == 0 && !trig.alone && !group && (trig.role != "" || len(people) < 2) && !s.inSet(guestPronouns, p) &&
				!(trig.role == "host" && s.word(p, cDeterminer) && s.titleAt(p+1, sent.t1)) {
				return ac, false // "Goïta received a letter", "Goïta met reporters", not "welcomed him" nor "received the pope"
			}
			setPresence(guests, !trig.substitute, "")
			ac.people = append(ac.people, guests...)
			ac.t1 = max(ac.t1, end)
		}
		if trig.partners || trig.witnessed || trig.handedTo {
			// "co-chaired a round table on migration with Rama", "unveiled
			// the car alongside B and C", "a prêté serment lundi devant B"
			partnered := false
			for p := ac.t1; p < sent.t1 && p < ac.t1+10; p++ {
				if s.punct(p, ",") {
					if _, _, ok := s.lex.likewise.lookup(&s.tk, p+1, sent.t1); !ok || trig.partnered || s.inSet(s.lex.withs, p+1) {
						break
					}
					continue // "est monté sur scène pour recevoir le trophée, aux côtés de C"
				}
				q := p + 1
				if p == ac.t1 && s.tk.fold(p-1) == "cotes" && s.inSet(ofWords, p) {
					// "était aux côtés du président B": the trigger ends
					// with "aux côtés"; its complement names the partners.
				} else if !s.inSet(s.lex.withs, p) && !(trig.witnessed && s.inSet(witnessPreps, p)) && !(trig.handedTo && s.inSet(recipientPreps, p)) {
					var ok bool
					if _, q, ok = s.lex.likewise.lookup(&s.tk, p, sent.t1); !ok {
						continue
					}
				}
				more, end := s.personList(q, sent.t1, false)
				if u := s.pastUnnamed(q-1, sent.t1); len(more) == 0 && s.word(q-1, cDeterminer) && u > q-1 {
					// "aux côtés du président de CD&R, Nate Sleeper": a
					// title with a name unknown to the lists, then the
					// person's name.
					more, end = s.personList(u, sent.t1, true)
				}
				if len(more) > 0 {
					setPresence(more, present, role)
					ac.people = append(ac.people, more...)
					ac.t1 = end
					partnered = true
				}
				break
			}
			if trig.partnered && !partnered && len(ac.people) < 2 {
				return ac, false // "a signé l'accord", no one beside; but "A and B signed the pact": together
			}
		}
		if c := s.complementComma(ac.t1, sent.t1); c >= 0 && (role == "" || !s.inSet(companionLeads, c+1)) {
			// "Merz était présent, tout comme le président Macron", "a
			// pris part aux travaux, tout comme son homologue gabonais B";
			// not a host's or a chair's company, who has no such role ("a
			// accueilli le chef du gouvernement, aux côtés de la ministre
			// B"): its own claim.
			p, _ := s.likewiseEnd(c+1, sent.t1)
			if q := s.unnamedPartnerEnd(c, p, sent.t1); q > p {
				p = q // "ont pris place aux côtés du chef de l'État français, de même que B"
			}
			if more, end := s.personList(p, sent.t1, true); len(more) > 0 {
				setPresence(more, present, role)
				ac.people = append(ac.people, more...)
				ac.t1 = end
			}
		}
		w := ac.t1
		for w < sent.t1 && w < ac.t1+10 && s.toks[w].kind == tWord && s.tk.fold(w) != "with" && !s.toks[w].cap {
			w++ // "arrived at the palace with his wife, Victoria", "arrived by helicopter and walked to the first tee with U.S. captain B"
		}
		if present && s.tk.fold(w) == "with" {
			// "watched from the front row with his wife B", "walked to the
			// first tee with U.S. captain B": they were there too.
			more, end := s.personList(w+1, sent.t1, true)
			if s.inSet(personPossessives, w+1) {
				more, end = s.personList(w+2, sent.t1, true)
			} else if len(more) > 0 && more[0].Title == "" {
				more = nil // "with Macron", a meeting's other side, or no one
			}
			if len(more) > 0 {
				setPresence(more, true, "")
				ac.people = append(ac.people, more...)
				ac.t1 = end
			}
		}
		if trig.trip && s.inSet(s.lex.destinations, next) {
			ac.place = s.placeAt(next+1, sent.t1)
		} else if trig.trip && s.inSet(s.lex.destinations, next-1) {
			ac.place = s.placeAt(next, sent.t1) // "se rendre à Abidjan"
		}
	}
	if len(ac.people) == 0 {
		return ac, false // "AA sent his minister": neither named
	}
	if when, end := s.when(ac.t1, sent.t1, !present); end > ac.t1 {
		for k := range ac.people {
			ac.people[k].When = when
		}
		ac.t1 = end
	}
	return ac, true
}

// companionLeads are the first words, folded, of the likewise phrases
// that name someone's company rather than someone doing the same: "aux
// côtés de", "alongside", "next to".
var companionLeads = foldSet("aux", "en", "alongside", "beside", "next", "together", "along", "a")

// titledPerson reports whether p is named with a title, or in the
// gazetteer: surely a person, not an organisation's one-word name.
func titledPerson(p facts.Person) bool { return p.Title != "" || p.ID != "" }

// seasons are the nouns, folded, of a competition's span, which an
// absence from is no absence from an event: "sat out the season".
var seasons = foldSet("season", "seasons", "saison", "saisons", "campaign")

// venuePreps are the prepositions, folded, of a venue: "au parc des
// expositions", "dans la salle", "at the convention centre".
var venuePreps = foldSet("à", "au", "aux", "dans", "sur", "in", "at", "on")

// sentPerson reports whether the person named at token p, after a verb
// of sending, is the one sent: nothing but punctuation or a preposition
// follows the name ("sent B, its minister of state", "sent B to the
// meeting"), not an object ("sent B a letter").
func (s *scanner) sentPerson(p, end int) bool {
	_, _, q, ok := s.personItem(p, end, true)
	return ok && (q >= end || s.toks[q].kind != tWord || s.word(q, cPrep|cPlacePrep) || s.inSet(postings, q))
}

// eventAfterPlace returns the determiner of an event named after the
// place that starts at token p (up to ten words, no punctuation): "parc
// des expositions de la porte de Versailles le 107e congrès"; or -1.
func (s *scanner) eventAfterPlace(p, end int) int {
	for k := p; k < end && k < p+10; k++ {
		if s.toks[k].kind != tWord && !s.punct(k, "'") {
			return -1
		}
		if !s.word(k, cDeterminer) || s.punct(k+1, "'") {
			continue
		}
		if s.word(k+1, cEventHead) || k+1 < end && (s.toks[k+1].digit || s.adjective(k+1)) && s.word(k+2, cEventHead) {
			return k // "le congrès", "le 107e congrès"
		}
	}
	return -1
}

// orgNameEnd reports whether the capitalised word at token k ends the
// name of an organisation, not a person's: "Congress", "Union", "Fund".
func (s *scanner) orgNameEnd(k int) bool {
	_, event := orgEventHeads[s.tk.fold(k)]
	return s.toks[k].cap && (s.word(k, cOrgHead) || event)
}

// titledItemAt reports whether an item of a list with its own title
// starts at token p: "le vice-président américain Al Gore", "Smithsonian
// Secretary David Skorton".
func (s *scanner) titledItemAt(p, end int) bool {
	pr, _, _, ok := s.personItem(p, end, true)
	return ok && pr.Title != ""
}

// figuresAfter returns the token after "figuraient" or "figurait" that
// follows, at token q, a noun of leaders or a plural title and its
// complement in lower case ("dirigeants du continent", "chefs d'État
// africains"), or q.
func (s *scanner) figuresAfter(q, end int) int {
	r := q + 1
	if t, next, ok := lookup(s, s.lex.titles, cTitleStart, q, end); ok && t.plural {
		r = next
	} else if !s.inSet(leaderNouns, q) {
		return q
	}
	for n := 0; n < 4 && r < end && s.toks[r].kind == tWord && !s.toks[r].cap && !s.inSet(figureVerbs, r); n++ {
		r++
	}
	if s.inSet(figureVerbs, r) {
		for r++; s.inSet(listAdverbs, r); r++ {
		}
		return r // "figuraient également B"
	}
	return q
}

// listAdverbs are the adverbs, folded, that may open a list of people
// after its verb: "figuraient également B".
var listAdverbs = foldSet("également", "notamment", "aussi", "encore")

// figureVerbs are the forms, folded, of "figurer" that a list of those
// present follows.
var figureVerbs = foldSet("figuraient", "figurait", "figurent", "figure")

// listAside returns the comma (or semicolon) that closes an aside
// between the items of a list, opened by a comma and a lower-case
// preposition or English gerund at token q and followed by a separator and
// another person ("B, in his first summit, and C", "B, attending his last
// summit; and C"), or q.
func (s *scanner) listAside(q, end int) int {
	gerund := s.lang == "en" && q+1 < len(s.toks) && s.toks[q+1].kind == tWord && strings.HasSuffix(s.tk.fold(q+1), "ing") // "attending his last summit"
	// An apposition, an article and a noun phrase: "B, the EAC's chairman,
	// and C"; in French also a bare title or "membre": "B, membre du CIO, C".
	apposition := s.word(q+1, cDeterminer) && !s.word(q+1, cPossessive)
	if _, _, title := lookup(s, s.lex.titles, cTitleStart, q+1, end); s.lang == "fr" && (title || s.inSet(memberWords, q+1)) {
		apposition = true
	}
	if s.lang == "fr" && q+2 < end && s.toks[q+1].kind == tWord && !s.toks[q+1].cap && !s.is(q+1, cFunction) && s.inSet(ofWords, q+2) {
		apposition = true // a noun and its complement: "B, beau-père du défunt, C"
	}
	// A relative: "B, who led the talks, and C".
	relative := s.word(q+1, cRelative)
	if s.punct(q, ",") && q+1 < len(s.toks) && s.toks[q+1].digit && s.inSet(ageWords, q+2) && s.punct(q+3, ",") {
		return q + 3 // an age: "Paul Biya, 91 ans, et C"
	}
	if !s.punct(q, ",") || !s.word(q+1, cPrep|cPlacePrep) && !gerund && !apposition && !relative || s.toks[q+1].cap {
		return q
	}
	for c := q + 2; c < end && c < q+16; c++ {
		if !s.punct(c, ",") && !s.punct(c, ";") {
			continue
		}
		if _, _, r, ok := s.personItem(q+1, end, true); ok && r == c {
			return q // "B, le Malien C, le Mauritanien D et …": an item of the list, no aside
		} else if _, _, r2, ok2 := s.personItem(r+1, end, true); ok && s.word(r, cCoordinator) && ok2 && r2 == c {
			return q // "A, la Première ministre B et le président C, ainsi que D": two items
		}
		if _, after, ok := lookup(s, s.lex.separators, cSeparatorStart, c, end); ok {
			if relative && !s.anyIn(c, after, func(k int) bool { return s.word(k, cCoordinator) }) && !s.titledItemAt(after, end) {
				// "B, who handed the flame to the first torchbearer, C": C
				// is the torchbearer; but "B, qui a pleuré pendant l'office,
				// le vice-président américain C" goes on with the list.
				return q
			}
			if _, _, _, ok := s.personItem(s.skipPrep(after, end, cPrep), end, true); ok {
				return c
			}
		}
		return q
	}
	return q
}

// unnamedOfficeEnd returns the token after a determiner, a title and its
// office, with no name, at token i: "la maire de Saint-Raphaël", "the
// mayor of Nice"; or -1.
func (s *scanner) unnamedOfficeEnd(i, end int) int {
	d := s.skipDeterminer(i, end)
	if d == i {
		return -1
	}
	_, e, ok := lookup(s, s.lex.titles, cTitleStart, d, end)
	if !ok && s.inSet(kinGroups, d) {
		e, ok = d+1, true // "B, and his parents sat in the front row"
	}
	if !ok {
		return -1
	}
	for n := 0; e < end && n < 6 && (s.word(e, cPrep|cDeterminer) || s.punct(e, "'") || s.nameWord(e) && s.mentionAt(e) < 0); n++ {
		e++
	}
	if _, _, _, named := s.personItem(i, end, true); named {
		return -1
	}
	return e
}

// pronounSubject returns the person that a "he" or "she" opening its
// sentence at token k stands for: the one person who opens the sentence
// before, in the same paragraph; and whether there is one.
func (s *scanner) pronounSubject(sent sentence, k int) ([]facts.Person, bool) {
	if o := s.datelineEnd(sent); s.inSet(subjectPronouns, k) && s.punct(k-1, ",") && s.inSet(topicLeads, o) && s.word(o+1, cPrep|cObjectPrep|cPlacePrep) {
		// "Quant à M. Pompidou, il n'avait pas fait le déplacement", "As
		// for Mr Biden, he stayed in Washington": the person the
		// sentence opens with.
		if people, end := s.personList(o+2, k-1, false); len(people) > 0 && end == k-1 {
			return people, true
		}
	}
	if k != s.datelineEnd(sent) || !s.inSet(subjectPronouns, k) {
		return nil, false
	}
	si := s.sentenceOf(k)
	if si == 0 || s.sents[si-1].para != sent.para {
		return nil, false
	}
	prev := s.sents[si-1]
	start, end := s.tokenSpan(prev.t0, prev.t1)
	for k := len(s.claims) - 1; k >= 0 && s.claims[k].Start >= start; k-- {
		if c := &s.claims[k]; c.Kind == facts.KindAttendance && c.End <= end && len(c.People) == 1 {
			// "le président nigérian Bola Tinubu a boudé la séance. Il
			// s'est fait représenter": the person of its claim.
			return []facts.Person{{Name: c.People[0].Name, ID: c.People[0].ID}}, true
		}
	}
	o := s.datelineEnd(prev)
	people, _ := s.personList(o, prev.t1, false)
	if len(people) != 1 || people[0].ID == "" && people[0].Title == "" && s.personName(o, prev.t1) == o+1 {
		return nil, false // "Grand absent de ce sommet, …": a lone word names no one
	}
	return people, true
}

// topicLeads are the words, folded, that open a sentence's topic before
// a preposition: "Quant à B, il …", "As for B, he …".
var topicLeads = foldSet("quant", "as")

// subjectPronouns are the pronouns, folded, that stand for one person as
// the subject of a sentence.
var subjectPronouns = foldSet("he", "she", "il", "elle")

// leadersAside returns the people of an aside that closes before token
// chain, "led by" them, and the aside's first token: "Thousands of
// mourners, led by President William Ruto, attended".
func (s *scanner) leadersAside(sent sentence, chain int) ([]facts.Person, int) {
	if !s.punct(chain-1, ",") {
		return nil, -1
	}
	for q := chain - 2; q > sent.t0 && q > chain-14; q-- {
		if !s.punct(q, ",") {
			continue
		}
		if !s.inSet(leadingWords, q+1) || !s.inSet(agentPreps, q+2) {
			return nil, -1
		}
		if people, end := s.personList(q+3, chain-1, true); len(people) > 0 && end == chain-1 {
			return people, q + 1
		}
		return nil, -1
	}
	return nil, -1
}

// leadingWords are the participles, folded, of people at the head of a
// group: "led by", "menés par".
var leadingWords = foldSet("led", "headed", "mené", "menés", "menée", "menées", "conduit", "conduits", "conduite", "conduites")

// isWord reports whether token j is the whole of name: "Milei" for the
// lone name "Milei", not for "Fatou Bensouda" after "Khan's predecessor".
func (s *scanner) isWord(j int, name string) bool {
	b, e := s.tokenSpan(j, j+1)
	return s.text[b:e] == name
}

// kinGroups are the nouns, folded, of a person's relatives named together
// without their names: "and his parents".
var kinGroups = foldSet("parents", "children", "family", "relatives", "enfants", "famille", "proches")

// ageWords are the words, folded, of a person's age after a number.
var ageWords = foldSet("ans", "years")

// memberWords are the words, folded, that open a bare French apposition
// of membership or former office: "B, membre du CIO, …", "B, ancien
// ministre, …".
var memberWords = foldSet("membre", "membres", "ancien", "ancienne", "hôte")

// pastUnnamed returns the first named person of a list at token p whose
// first items name nobody ("le secrétaire exécutif de l'organisation et
// plusieurs ministres des trois pays, ainsi que l'envoyé spécial B"): at
// most three items, each a determiner or a quantifier, a title or a
// group noun and a few words, before a separator. It returns p when the
// list names nobody or starts with a name.
func (s *scanner) pastUnnamed(p, end int) int {
	q := p
	for n := 0; n < 3 && q < end; n++ {
		if people, _ := s.personList(q, end, false); len(people) > 0 {
			return q
		}
		_, quantified := s.lex.quantifiers[s.tk.fold(q)]
		if !s.word(q, cDeterminer) && !quantified && !s.inSet(vagueQuantities, q) {
			return p
		}
		noun := false
		r := q + 1
		for ; r < end && r < q+10; r++ {
			if _, _, ok := lookup(s, s.lex.separators, cSeparatorStart, r, end); ok {
				break
			}
			_, _, title := lookup(s, s.lex.titles, cTitleStart, r, end)
			noun = noun || title || s.inSet(s.lex.groups, r)
		}
		_, after, ok := lookup(s, s.lex.separators, cSeparatorStart, r, end)
		if !ok || !noun {
			return p
		}
		if _, a, ok := lookup(s, s.lex.separators, cSeparatorStart, after, end); ok {
			after = a // ", ainsi que"
		}
		q = after
	}
	return p
}

// amongs are the prepositions, folded, that place people in a group.
var amongs = foldSet("among", "parmi")

// vagueQuantities are the words, folded, that open a group of people
// without a number: "plusieurs ministres", "several ministers".
var vagueQuantities = foldSet("plusieurs", "quelques", "nombreux", "several", "many", "some", "numerous")

// asideAgent reports whether the people at token start are the agent of
// a participle of founding that opens an aside after a comma: "formed in
// 2001 by Michael Sata", "fondé en 1990 par B"; not "represented by its
// chairman, B", who was there.
func (s *scanner) asideAgent(sent sentence, start int) bool {
	if !s.inSet(agentPreps, start-1) {
		return false
	}
	for c := start - 2; c > sent.t0 && c > start-8; c-- {
		if s.punct(c, ",") {
			trig, _, ok := lookup(s, s.lex.founding, cFoundingStart, c+1, start)
			return ok && trig.event == facts.EventFounded && s.participle(c+1)
		}
	}
	return false
}

// frontedComplementEnd returns where the people may start after a short
// complement at p of a trigger that opens its sentence: past the comma of
// "Absent from the ceremony, B said", at the colon or the verb of
// "Present at the ceremony were B and C", "Présents au dîner : B et C".
// Without such a complement it returns p.
func (s *scanner) frontedComplementEnd(p, end int) int {
	if !s.word(p, cPrep|cObjectPrep|cPlacePrep) {
		return p
	}
	for q := p + 1; q < end && q < p+16; q++ {
		switch {
		case s.punct(q, ","):
			return q + 1
		case s.punct(q, ":") || s.inSet(invertedVerbs, q):
			return q
		case s.toks[q].kind != tWord && !s.punct(q, "'") && !s.punct(q, "’") && !s.punct(q, "-"):
			return p
		}
	}
	return p
}

// invertedSubjectStart returns the token where the subject of a French
// clause that opens with its verb starts, past an adverb and the verb's
// complement, at token p: "Ont également pris part aux travaux la
// présidente B".
func (s *scanner) invertedSubjectStart(p, end int) int {
	for p < end && s.inSet(invertedVerbs, p) {
		p++
	}
	if !s.word(p, cPrep|cPlacePrep|cObjectPrep) {
		return p
	}
	for q := s.skipDeterminer(p+1, end); q < end && q < p+8; q++ {
		switch {
		case s.word(q, cDeterminer) || s.toks[q].cap:
			return q
		case s.toks[q].kind != tWord:
			return p
		}
	}
	return p
}

// invertedVerbs are the words, folded, that may stand between an
// inverted trigger and its people: "Parmi les présents figuraient
// également B".
var invertedVerbs = foldSet("figuraient", "figurait", "figurent", "figure", "également", "aussi", "notamment", "also", "were", "was")

// neithers are the words, folded, that open a list of people of whom
// the verb is denied: "Neither A nor B attended". French says it with
// "ne" ("Ni A ni B n'ont été conviés").
var neithers = foldSet("neither")

// neBefore reports whether the verb chain [chain, i) holds a "ne", whose
// "pas" may follow the verb: "Traoré n'y assistait pas".
func (s *scanner) neBefore(chain, i int) bool {
	for k := chain; k < i; k++ {
		if w := s.tk.fold(k); w == "n" || w == "ne" {
			return true
		}
	}
	return false
}

// niNegation reports whether the verb chain [chain, i) holds a "ne"
// without "pas" that a "ni" before it makes a negation: "Ni A ni B n'ont
// été conviés".
func (s *scanner) niNegation(sent sentence, chain, i int) bool {
	ne, ni := false, false
	for k := sent.t0; k < i; k++ {
		switch w := s.tk.fold(k); {
		case k >= chain && (w == "n" || w == "ne"):
			ne = true
		case k < chain && w == "ni":
			ni = true
		}
	}
	return s.lang == "fr" && ne && ni
}

// clauseSubject returns the people closest before token k who open a
// clause, at the start of the sentence, after a comma or after a
// subordinator ("after"), followed by a lower-case word, their verb or
// the trigger at k ("B paid his respects"); and where their list starts. "President Macron met Trump without
// attending" gives Macron: "Trump" follows a verb.
func (s *scanner) clauseSubject(sent sentence, k int) ([]facts.Person, int) {
	opening := s.datelineEnd(sent) // "LIVERPOOL, Sept 30 (Reuters) - B urged …"
	for p := k - 1; p >= sent.t0; p-- {
		if p > sent.t0 && p != opening && !s.punct(p-1, ",") && !s.inSet(subordinators, p-1) && !s.descriptorsBefore(sent, p) {
			continue
		}
		people, end := s.personList(p, k, false)
		if s.punct(end, ",") && p > sent.t0 && s.punct(p-1, ",") && end+1 < k {
			end++ // "Le chef de la junte, le général B, a posé …": the apposition's name
		} else if r := s.relativeAsideEnd(end, k); r > end {
			end = r // "Le PDG B, qui dirige le groupe, a présenté …"
		} else if r := s.asidesEnd(end, k); r > end {
			end = r // "B, editor of the newspaper, which C set up, walked …"
		}
		if len(people) == 0 || end > k || s.toks[end].kind != tWord || s.toks[end].cap {
			continue
		}
		if more, k := s.coordinatedApposition(sent, p); len(more) > 0 {
			return append(more, people...), k // "His mother, B, and his father, C, stood by the coffin"
		}
		if first := people[0]; (p == sent.t0 || p == opening) && first.ID == "" && first.Title == "" && s.personName(p, end) == p+1 {
			// A lone word opening the sentence, or what follows its
			// dateline, names someone named before, or no one ("Hier,
			// …", "MOSCOW, Sept 3 (Reuters) - Thousands of mourners").
			named, ok := s.namedBefore(p)
			if !ok {
				continue
			}
			people[0] = named
		}
		return people, p
	}
	return nil, -1
}

// descriptorsBefore reports whether the sentence opens with an article
// and lower-case words up to token p, which describe the person named at
// p: "Le gynécologue congolais Denis Mukwege, …, a reçu".
func (s *scanner) descriptorsBefore(sent sentence, p int) bool {
	a := s.datelineEnd(sent) // "PARIS, 12 mars (AFP) - Le gynécologue …"
	if !s.word(a, cDeterminer) || p < a+2 || !s.nameWord(p) {
		return false
	}
	if ps, _ := s.personList(a, sent.t1, false); len(ps) > 0 {
		return false // "Le président Jean Varnel", "The swimmer Ian Varnel": read from the article
	}
	return !s.anyIn(a+1, p, func(k int) bool { return s.toks[k].kind != tWord || s.toks[k].cap || s.is(k, cFunction) })
}

// appositionOpening returns the comma that opens an apposition closed by
// the comma at token k and opened by a lower-case word ("Saudi Arabia,
// invited to join last year,"), or -1. Unlike [scanner.appositionStart],
// it takes any words, a trigger's ("invited") among them.
func (s *scanner) appositionOpening(sent sentence, k int) int {
	if !s.punct(k, ",") {
		return -1
	}
	for p := k - 1; p > sent.t0 && p > k-20; p-- {
		if s.punct(p, ",") {
			if t := &s.toks[p+1]; t.kind == tWord && !t.cap {
				return p
			}
			return -1
		}
	}
	return -1
}

// delegationAt reports whether a delegation is named at token i, after a
// determiner, a possessive or up to two words: "the delegation", "Brazil's
// delegation", "la délégation malienne", "his country's delegation".
func (s *scanner) delegationAt(i, end int) bool {
	for p, limit := i, i+5; p < end && p < limit; p++ {
		if e := s.initialismEnd(p); e > p {
			p, limit = e-1, limit+e-p-1 // "led the U.S. delegation": one word
			continue
		}
		switch {
		case s.inSet(s.lex.delegations, p):
			return true
		case s.punct(p, "'") || s.punct(p, "’"):
		case s.toks[p].kind != tWord || s.word(p, cStop|cCoordinator|cRelative):
			return false
		}
	}
	return false
}

// likewiseEnd returns the token after a phrase that gives the people
// after it the same part ("tout comme", "as did"), at token p, past "and"
// before "nor" or "neither" ("and neither did B"); and whether there is
// one.
func (s *scanner) likewiseEnd(p, end int) (int, bool) {
	if s.word(p, cCoordinator) && s.inSet(norWords, p+1) {
		p++
	}
	_, q, ok := s.lex.likewise.lookup(&s.tk, p, end)
	return q, ok
}

// norWords are the words, folded, that give a denial to what follows:
// "and neither did B", "and nor did B".
var norWords = foldSet("nor", "neither")

// complementComma returns the comma at or after token i, past a short
// complement of the verb ("aux travaux", "the talks"), that is followed by
// a word of likewise ("tout comme", "as did"); or -1.
func (s *scanner) complementComma(i, end int) int {
	for p := i; p < end && p < i+12; p++ {
		if s.beside(p) {
			return p - 1 // "a coupé le ruban aux côtés de B"
		}
		if s.punct(p, ",") || s.punct(p, ";") && s.tk.fold(p+1) == "nor" {
			if _, ok := s.likewiseEnd(p+1, end); ok {
				return p // "did not attend; nor did B"
			}
			return -1
		}
		if s.punct(p, "'") || s.punct(p+1, "'") || s.nameWord(p) && s.punct(p-1, "'") {
			continue // "à la cérémonie d'ouverture", "pour l'occasion", "du stade de l'Indépendance"
		}
		if p == i && s.word(p, cChain) && !s.word(p, cPassive|cPerfect) && !s.toks[p].cap {
			continue // an adverb: "assistait également à la cérémonie, aux côtés de B"
		}
		if s.tk.fold(p) == "to" && p > i && p+1 < end && s.toks[p+1].kind == tWord && !s.toks[p+1].cap && s.word(p+2, cDeterminer) {
			p++ // a purpose: "rang the opening bell at the NYSE to mark the change, alongside B"
			continue
		}
		if (s.word(p, cPrep) || s.is(p, cStop) && !s.toks[p].cap) && s.word(p+1, cDeterminer) {
			continue // "pour l'occasion", not "pour signer"
		}
		if s.nameWord(p) && (s.word(p-1, cPrep|cPlacePrep) || s.inSet(startPlaces, p-1) || s.nameWord(p-1) || s.word(p-1, cDeterminer) && s.word(p-2, cPlacePrep) || s.possessiveAt(p-2)) {
			continue // a place: "a fait le voyage depuis Dakar, tout comme B", "rang the bell at the NYSE alongside B", "in St Patrick's Hall, as did B"
		}
		if s.toks[p].kind != tWord || s.toks[p].cap || s.is(p, cChain|cRelative|cStop|cCoordinator) {
			return -1
		}
	}
	return -1
}

// unnamedPartnerEnd returns where the people start after a partner with
// no name at token p, after "alongside" or "aux côtés de" at c+1, when a
// word of likewise follows it after a comma: "aux côtés du chef de l'État
// français, de même que B"; or p.
func (s *scanner) unnamedPartnerEnd(c, p, end int) int {
	if !s.beside(c + 1) {
		return p
	}
	if people, _ := s.personList(p, end, true); len(people) > 0 {
		return p
	}
	for q := p; q < end && q < p+10; q++ {
		if s.punct(q, ",") {
			if _, after, ok := s.lex.likewise.lookup(&s.tk, q+1, end); ok {
				return after
			}
			return p
		}
	}
	return p
}

// beside reports whether "alongside", "aux côtés de" or "en compagnie
// de" stands at token p: a word of likewise that needs no comma before
// it.
func (s *scanner) beside(p int) bool {
	switch s.tk.fold(p) {
	case "alongside":
		return true
	case "aux":
		return s.tk.fold(p+1) == "cotes" && s.inSet(ofWords, p+2)
	case "en":
		return s.tk.fold(p+1) == "compagnie" && s.inSet(ofWords, p+2)
	}
	return false
}

// afterGenericNoun reports whether the capitalised words at token i
// follow an organisation's generic noun in lower case, maybe with an
// elided complement: "la coalition Takku Wallu Sénégal", "la coalition
// d'opposition Takku Wallu Sénégal". They name the organisation.
func (s *scanner) afterGenericNoun(i int) bool {
	p := i - 1
	for p >= 0 && s.nameWord(p) {
		p--
	}
	if p < 0 || s.toks[p].kind != tWord || s.toks[p].cap {
		return false
	}
	if s.word(p, cGenericOrg) {
		return true
	}
	return s.punct(p-1, "'") && s.tk.fold(p-2) == "d" && s.word(p-3, cGenericOrg) && !s.toks[p-3].cap
}

// vessels are the nouns, folded, of ships, whose names name no one:
// "the royal yacht El Mahrousa", "le navire Mistral".
var vessels = foldSet("yacht", "ship", "vessel", "frigate", "destroyer", "carrier", "cruiser", "liner", "ferry", "boat",
	"navire", "bateau", "frégate", "porte-avions", "paquebot", "croiseur", "bâtiment")

// startPlaces are the prepositions, folded, before the place one comes
// from.
var startPlaces = foldSet("depuis", "from")

// agentAfter returns the token after the agent preposition ("by",
// "par") that follows token i, through a complement naming the event
// ("at the summit", "au sommet d'Abuja"), or -1.
func (s *scanner) agentAfter(i, end int) int {
	for p := i; p < end && p < i+8; p++ {
		switch {
		case s.inSet(s.lex.agents, p):
			return p + 1
		case s.word(p, cPlacePrep|cDeterminer|cPrep|cEventHead), s.punct(p, "'"), s.nameWord(p):
		default:
			return -1
		}
	}
	return -1
}

// deputyAt returns the token after a possessive and a title at i ("his
// prime minister", "son Premier ministre"): someone sent in one's place;
// or -1.
func (s *scanner) deputyAt(i, end int) int {
	if !s.inSet(s.lex.senders, i) {
		return -1
	}
	if _, next, ok := lookup(s, s.lex.titles, cTitleStart, i+1, end); ok {
		return next
	}
	return -1
}

// unnamedAt returns the token after someone unnamed at token i, an
// indefinite article and at most three lower-case words that end the
// clause ("par un directeur régional", "by a junior official"), or -1.
func (s *scanner) unnamedAt(i, end int) int {
	if !s.inSet(indefinites, i) {
		return -1
	}
	for e := i + 1; e < end && e <= i+4; e++ {
		if s.toks[e].kind != tWord || s.toks[e].cap {
			if e > i+1 && (s.punct(e, ",") || s.punct(e, ".") || s.punct(e, ";")) {
				return e
			}
			return -1
		}
	}
	if i+1 < end && end <= i+4 {
		return end
	}
	return -1
}

// placeAt returns the place named at token i: a gazetteer place, or
// capitalised words that are not an organisation or a person; or "".
func (s *scanner) placeAt(i, end int) string {
	if m := s.mentionAt(i); m >= 0 && s.ments[m].t0 == i {
		if s.ments[m].kind == facts.PlaceEntity {
			return s.party(m).name
		}
		return ""
	}
	if r := s.personName(i, end); r > i && !s.inDate(i) {
		for s.possessiveAt(r) && s.nameWord(r+2) {
			for r += 2; r < end && s.nameWord(r); r++ { // "St Patrick's Hall"
			}
		}
		a, b := s.tokenSpan(i, r)
		return s.text[a:b]
	}
	return ""
}

// inSet reports whether token i is a word whose folded form is in set.
func (s *scanner) inSet(set map[string]struct{}, i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return false
	}
	_, ok := set[s.tk.fold(i)]
	return ok
}

// setPresence sets the presence and role of people; with no role, a
// present person keeps the one the title gave (hostOffice).
func setPresence(people []facts.Person, present bool, role string) {
	for k := range people {
		people[k].Present = present
		if role != "" || !present {
			people[k].Role = role // else the role the title gave (hostOffice)
		}
	}
}

// personList reads a list of people at i (after an optional "de" or "of"
// when lead is set):
//
//	item {separator item}
//	item = [prep] [det] [country "'s"] [title [adjective…] [office ","]] name ["(" … ")" | prep org]
//	     | [det] title [adjective…] "," item   "le président burkinabè, le capitaine Traoré"
//
// A plural title ("les généraux") applies to the names that follow it
// until another title. It returns the people and the token after the
// list.
func (s *scanner) personList(i, end int, lead bool) ([]facts.Person, int) {
	p := i
	if lead {
		p = s.skipPrep(p, end, cPrep)
	}
	var people []facts.Person
	inherited, next := "", i
	group := false // a plural title came before: "ses homologues"
	for {
		pr, plural, q, ok := s.personItem(p, end, true)
		if !ok || len(people) > 0 && s.possessiveAt(q) {
			break // "as did B, Abe's longtime chief secretary": a possessor, no one listed
		}
		if pr.ID == "" && pr.Title == "" && q == p+1 && s.inSet(s.lex.groups, q) && !s.toks[q].cap {
			break // "greeted by Saudi officials": an adjective before a group, no one
		}
		group = group || plural
		switch {
		case pr.Title == "":
			pr.Title = inherited
		case plural:
			inherited = pr.Title
		default:
			inherited = ""
		}
		people = append(people, pr)
		next = q
		if a := s.listAside(q, end); a > q {
			q = a // "B, in his first summit, and C"
		}
		_, after, ok := lookup(s, s.lex.separators, cSeparatorStart, q, end)
		if !ok {
			break
		}
		if _, _, r, ok := s.personItem(after, end, true); ok && (s.punct(q, ",") || s.punct(q, ";")) && r < end && s.clauseVerb(s.relativeAsideEnd(r, end), end) {
			// "sent B, and Argentina's C was absent", "represented by B;
			// President C, who has clashed with D, stayed away": a clause
			// of its own.
			break
		}
		if e := s.unnamedOfficeEnd(after, end); e == end && s.anyIn(q, after, func(k int) bool { return s.word(k, cCoordinator) }) {
			// "B, et la maire de Saint-Raphaël étaient présents": an
			// item with no name closes the list.
			next = e
			break
		}
		p = s.skipPrep(after, end, cPrep) // "et de la ministre B"
		if s.inSet(agentPreps, i-1) && s.tk.fold(p) == s.tk.fold(i-1) {
			p++ // "accompanied by his wife, B, and by his running mate, C"
		}
		if group && s.lex.postAdjectives && s.adjective(p) && s.nameWord(p+1) {
			p++ // "ses homologues burkinabè A, mauritanien B et nigérien C"
		}
		if d := s.deputyAt(p, end); d > p && (s.tk.fold(q) == "ni" || s.tk.fold(q) == "nor") {
			// "Ni le ministre malien B ni son homologue nigérien n'ont
			// fait le déplacement", "Neither B nor his deputy attended":
			// an item with no name closes the list.
			for d < end && s.adjective(d) && !s.is(d, cChain) {
				d++
			}
			next = d
			break
		}
	}
	if s.inSet(siblings, i-1) {
		shareFamilyName(people)
	}
	return people, next
}

// siblings are the plural nouns, folded, of relatives named together with
// one family name: "ses enfants Delphine et Antoine Arnault".
var siblings = foldSet("enfants", "filles", "frères", "sœurs", "children", "sons", "daughters", "brothers", "sisters")

// shareFamilyName gives the first names of a list of relatives the family
// name of its last person: "Delphine et Antoine Arnault" are Delphine
// Arnault and Antoine Arnault.
func shareFamilyName(people []facts.Person) {
	n := len(people)
	if n < 2 || people[n-1].ID != "" {
		return
	}
	ts := tokenize(people[n-1].Name)
	f := len(ts.list) - 1 // the family name: its last word, with the particles before it ("van der Berg", "Le Pen")
	for f > 1 && ts.list[f-1].kind == tWord && (!ts.list[f-1].cap || nameArticle(ts.fold(f-1))) {
		f--
	}
	if f < 1 {
		return
	}
	family := ts.text[ts.list[f].start:]
	for k := range people[:n-1] {
		if p := &people[k]; p.ID == "" && !strings.Contains(p.Name, " ") {
			p.Name += " " + family
		}
	}
}

// commaAfterGroupTail returns the comma after a separator and a group of
// people that follow a list ending at token q ("et de ses soutiens,"), or
// -1.
func (s *scanner) commaAfterGroupTail(q, end int) int {
	for c := q + 2; c < end && c < q+8; c++ {
		if s.punct(c, ",") {
			if s.groupTail(q, c) {
				return c
			}
			return -1
		}
	}
	return -1
}

// clauseVerb reports whether a verb of its own follows a list item at
// token r: an auxiliary or an attendance trigger.
func (s *scanner) clauseVerb(r, end int) bool {
	_, _, trigger := lookup(s, s.lex.attendance, cAttendanceStart, r, end)
	return s.word(r, cChain|cNegation) || s.inSet(absolutes, r) || trigger
}

// groupTail reports whether tokens [q, c) are a separator and a group of
// people that ends a list: "and several Western ministers", "et
// plusieurs ministres".
func (s *scanner) groupTail(q, c int) bool {
	_, p, ok := lookup(s, s.lex.separators, cSeparatorStart, q, c)
	if !ok {
		return false
	}
	if e := s.countryEnd(p); e > p && s.possessiveAt(e) {
		// "S. Jaishankar and Iran's deputy foreign minister were in
		// attendance": a country's official, unnamed.
		p = e + 2
		for _, next, ok := lookup(s, s.lex.titles, cTitleStart, p, c); ok; _, next, ok = lookup(s, s.lex.titles, cTitleStart, p, c) {
			p = next // "deputy foreign minister"
		}
		return p == c && s.titleAt(e+2, c)
	}
	for n := 0; n < 4 && p < c-1; n++ {
		if s.toks[p].kind != tWord {
			return false
		}
		p++ // "several Western", "d'autres"
	}
	if t, next, ok := lookup(s, s.lex.titles, cTitleStart, p, c); ok && t.plural && next == c {
		return true
	}
	return p == c-1 && (s.inSet(s.lex.groups, p) || s.inSet(siblings, p)) // "et leurs quatre filles"
}

// acronymAfter reports whether the words [j, c) are followed by their
// own initials between brackets: "Bay of Bengal Initiative for
// Multi-Sectoral Technical and Economic Cooperation (BIMSTEC)" names an
// organisation.
func (s *scanner) acronymAfter(j, c int) bool {
	if !s.punct(c, "(") || c+2 >= len(s.toks) || !s.punct(c+2, ")") || !s.toks[c+1].caps {
		return false
	}
	x0, x1 := s.tokenSpan(c+1, c+2)
	for a := j; a >= 0 && a > j-12; a-- {
		if b, e := s.tokenSpan(a, c); acronymOf(s.text[b:e], s.text[x0:x1]) {
			return true
		}
	}
	return false
}

// asideEnd returns the token after a relative clause or a participle's
// clause between commas at token r (", who met Leo after the Mass,", ",
// attending his first summit,"), or r.
func (s *scanner) asideEnd(r, end int) int {
	if e := s.relativeAsideEnd(r, end); e > r {
		return e
	}
	if !s.punct(r, ",") || r+1 >= end || s.toks[r+1].kind != tWord || s.toks[r+1].cap || !strings.HasSuffix(s.tk.fold(r+1), "ing") {
		return r
	}
	for c := r + 2; c < end && c < r+16; c++ {
		if s.punct(c, ",") {
			return c + 1
		}
	}
	return r
}

// relativeAsideEnd returns the token after a relative clause between
// commas at token r (", who has clashed with Boluarte,"), or r.
func (s *scanner) relativeAsideEnd(r, end int) int {
	if !s.punct(r, ",") || !s.word(r+1, cRelative) {
		return r
	}
	for c := r + 2; c < end && c < r+16; c++ {
		if s.punct(c, ",") {
			return c + 1
		}
	}
	return r
}

// bothWords are the words, folded, of "both" events: "at both
// ceremonies".
var bothWords = foldSet("both")

// asidesEnd returns the token after asides between commas from the comma
// at token r, up to three before token end, each opened by a lower-case
// word (an apposition, a relative clause): "Dmitry Muratov, editor of the
// Novaya Gazeta newspaper, which Gorbachev helped set up, walked"; or r.
func (s *scanner) asidesEnd(r, end int) int {
	e := r
	for n := 0; n < 3 && s.punct(e, ",") && e+1 < end && s.toks[e+1].kind == tWord && !s.toks[e+1].cap; n++ {
		c := e + 1
		for c < end && c < e+30 && !s.punct(c, ",") {
			c++
		}
		if !s.punct(c, ",") || c >= end {
			break
		}
		e = c
	}
	if e == r || s.is(e+1, cFunction) && !s.word(e+1, cChain) || s.inSet(s.lex.withs, e+1) || s.inSet(withouts, e+1) {
		return r // "Putin, subject to a warrant, joined by video, with B attending": the asides end at the verb, or its auxiliary ("B, lauréat en 2020, a reçu")
	}
	return e + 1
}

// representedAt reports whether token q names what people stand for
// where they are: an organisation, a country or a capital, not followed
// by a possessive ("represented Moscow's position").
func (s *scanner) representedAt(q int) bool {
	e := q
	org := false
	if s.inSet(governments, q) && (s.word(q-1, cPossessive) || s.inSet(personPossessives, q-1)) {
		// "represented her government at both ceremonies"
		v := s.skipDeterminer(q+2, len(s.toks))
		return s.inSet(atWords, q+1) && (s.gatheringAt(v) || s.word(v, cEventHead) || s.inSet(bothWords, q+2))
	}
	switch m := s.orgAt(q, true); {
	case m >= 0:
		e, org = s.ments[m].t1, s.ments[m].kind == facts.OrganisationEntity && s.countryEndingAt(q, s.ments[m].t1-1) != q
	case s.countryAt(q) > q:
		e = s.countryAt(q)
	case s.capital(q):
		e = q + 1
	}
	if e == q || s.possessiveAt(e) {
		return false
	}
	// A country or a city is represented at an event, not in court, in
	// the Senate or as a striker: "represented Nigeria at the summit", "at
	// the World Cup", "represented Beijing, a choice that …".
	v := s.skipDeterminer(e+1, len(s.toks))
	return org || e >= len(s.toks) || s.toks[e].kind != tWord || s.inDate(e) || s.inSet(atWords, e) && (s.gatheringAt(v) || s.nameWord(v) && s.word(e+1, cDeterminer))
}

// gatherer returns the host of a gathering of a group whose verb is at
// [i, next), the first token of the claim and the token after it: the
// person "autour de" whom the group gathered ("avait rassemblé une
// trentaine de dirigeants autour de François Hollande"), or else the
// people who are the verb's subject ("Emmanuel Macron a réuni vendredi
// quelque 3.000 jeunes entrepreneurs"); or none.
func (s *scanner) gatherer(sent sentence, i, next int) ([]facts.Person, int, int) {
	g, ok := s.groupObject(next, sent.t1)
	if !ok {
		return nil, i, next
	}
	around := g
	for around < g+2 && around < sent.t1 && s.toks[around].kind == tWord && !s.toks[around].cap && !s.is(around, cFunction) && !s.inSet(s.lex.arounds, around) {
		around++ // "dirigeants africains autour de"
	}
	if s.inSet(s.lex.arounds, around) {
		hosts, end := s.personList(s.skipPrep(around+1, sent.t1, cPrep), sent.t1, true)
		return hosts, i, end
	}
	chain, _, negated := s.leftChain(sent.t0, i)
	if negated || s.inRelativeAside(i, sent.t1) {
		return nil, i, next // "B, qui a réuni 3.000 militants samedi, n'a pas assisté au sommet": another gathering
	}
	hosts, start := s.listEndingAt(sent, chain)
	if s.word(start-1, cPrep) || s.inSet(s.lex.agents, start-1) {
		return nil, i, next // "A tweet by B brought together 5,000 supporters"
	}
	return hosts, start, g
}

// occupationEnd returns the token after an occupation in lower case at
// token q, after a capitalised nationality in English ("Beninese
// singer"), or q: "the historian", "la chanteuse".
func (s *scanner) occupationEnd(q int) int {
	if q < len(s.toks) && s.toks[q].cap && s.inSet(occupations, q) && s.nameWord(q+1) {
		if sent := s.sents[s.sentenceOf(q)]; q == s.datelineEnd(sent) {
			return q + 1 // "Singer Angelique Kidjo attended", opening its sentence
		}
	}
	r := q
	if !s.lex.postAdjectives && s.adjective(r) && s.inSet(occupations, r+1) {
		r++ // "opposition politician", "presidential hopeful"
	}
	for n := 0; n < 3 && !s.lex.postAdjectives && s.nameWord(r) && s.mentionAt(r) < 0 && (s.inSet(occupations, r+1) || s.nameWord(r+1)); n++ {
		r++ // "Beninese singer", "Rolling Stones singer"
	}
	if r < len(s.toks) && !s.toks[r].cap && s.inSet(occupations, r) {
		return r + 1
	}
	return q
}

// occupations are the nouns, folded, of the trades and arts that news
// writes before a person's name as it writes a title: "the singer
// Angélique Kidjo", "l'écrivain Alain Mabanckou".
var occupations = foldSet(
	"forward", "striker", "midfielder", "defender", "coach", "producer", "producteur", "productrice", "entraîneur", "attaquant",
	"singer", "author", "writer", "novelist", "poet", "historian", "philosopher", "economist", "sociologist", "journalist",
	"actor", "actress", "artist", "musician", "rapper", "filmmaker", "director", "composer", "painter", "photographer",
	"designer", "architect", "footballer", "athlete", "businessman", "businesswoman", "billionaire", "entrepreneur",
	"activist", "comedian", "scientist", "chef", "lawyer", "attorney", "swimmer", "cyclist", "boxer", "skier", "runner", "sprinter",
	"politician", "hopeful", "dissident", "manager", "star",
	"rower", "sailor", "skater", "golfer", "fencer", "wrestler", "gymnast", "climber", "jockey", "torchbearer", "player", "goalkeeper",
	"industrialist", "tycoon", "sculptor", "dancer", "choreographer", "playwright", "pianist", "violinist", "cellist",
	"tenor", "soprano", "baritone", "ethnologist", "anthropologist", "archaeologist", "physicist", "astronaut", "explorer",
	"astrophysicist", "astronomer", "mathematician", "biologist", "engineer",
	"actors", "actresses", "singers", "artists", "musicians", "writers", "authors", "comedians", "filmmakers", "athletes", "stars", // "as did actors Tom Cruise and Hugh Jackman"
	"chanteur", "chanteuse", "auteur", "autrice", "écrivain", "écrivaine", "romancier", "romancière", "poète", "poétesse",
	"historien", "historienne", "philosophe", "économiste", "sociologue", "journaliste", "acteur", "actrice", "artiste",
	"musicien", "musicienne", "rappeur", "rappeuse", "cinéaste", "réalisateur", "réalisatrice", "compositeur",
	"compositrice", "peintre", "photographe", "styliste", "architecte", "footballeur", "athlète", "milliardaire",
	"entrepreneur", "entrepreneuse", "militant", "militante", "humoriste", "chercheur", "chercheuse", "avocat", "avocate",
	"nageur", "nageuse", "cycliste", "judoka", "international", "internationale", "boxeur", "boxeuse", "skieur", "skieuse", "sprinteur", "sprinteuse", "footballeuse", "basketteur", "basketteuse",
	"rameur", "rameuse", "escrimeur", "escrimeuse", "patineur", "patineuse", "golfeur", "golfeuse", "gymnaste", "joueur", "joueuse", "gardien",
	"acteurs", "actrices", "chanteurs", "chanteuses", "artistes", "écrivains", "musiciens", "cinéastes", "réalisateurs",
	"sculpteur", "sculptrice", "danseur", "danseuse", "chorégraphe", "dramaturge", "pianiste", "violoniste",
	"violoncelliste", "ténor", "soprano", "baryton", "ethnologue", "anthropologue", "archéologue", "physicien",
	"physicienne", "astronaute", "explorateur", "exploratrice", "astrophysicien", "astrophysicienne", "astronome",
	"mathématicien", "mathématicienne", "biologiste", "ingénieur", "ingénieure",
	"écologiste", "socialiste", "communiste", "insoumis", "insoumise", "centriste") // "tout comme l'écologiste Marine Tondelier"

// passiveAgent returns the token after the agent preposition ("par",
// "by") that follows, past a date or a short complement of place, a
// trigger of presence at [i, next) in the passive ("ont été accueillis
// sur le perron par", "a été inauguré lundi par"), or -1.
func (s *scanner) passiveAgent(sent sentence, i, next int, trig attendanceTrigger) int {
	if trig.form != aBefore || !trig.present || trig.role != "host" && !trig.event && !trig.titled && trig.role != "chair" {
		return -1
	}
	chain, passive, _ := s.leftChain(sent.t0, i)
	opening := !passive && chain == s.datelineEnd(sent) && s.lex.postAdjectives && trig.role == "host"
	if !passive && !opening {
		return -1 // but "Reçu sur le parvis par B, le chef de l'État …": a participle opening its sentence
	}
	if trig.role != "host" && !trig.titled && !s.anyIn(max(sent.t0, chain-10), chain, func(k int) bool { return s.word(k, cEventHead) || s.inSet(proceedings, k) }) {
		return -1 // "Le dossier a été clôturé vendredi par la juge B", "La commission a été présidée de 2010 à 2015 par B": no event
	}
	for p := next; p < sent.t1 && p < next+12; p++ { // "accueilli dans la cour d'honneur du palais du Luxembourg par B"
		switch {
		case s.inSet(s.lex.agents, p):
			if opening {
				if _, e := s.personList(p+1, sent.t1, true); s.clauseVerb(e, sent.t1) {
					return -1 // "Accueilli par le roi, M. Macron était accompagné": the sentence's subject, no agent
				}
			}
			return p + 1
		case s.punct(p, "'") || s.punct(p+1, "'") && s.tk.fold(p) == "d":
			// "la cour d'honneur": an elided "de", no chain
		case s.toks[p].kind != tWord || s.is(p, cChain|cRelative|cCoordinator):
			return -1
		}
	}
	return -1
}

// datedAside reports whether token i lies in a relative clause between
// commas that holds a date: "B, who represented Beijing in trade talks in
// 2019, did not attend".
func (s *scanner) datedAside(sent sentence, i int) bool {
	for q := i - 1; q >= sent.t0 && q > i-15; q-- {
		if s.punct(q, ",") {
			e := s.relativeAsideEnd(q, sent.t1)
			return e > i && s.anyIn(i, e, s.inDate)
		}
	}
	return false
}

// counterfactual reports whether the verb before token i says what did
// not happen: "should have led", "would have attended".
func (s *scanner) counterfactual(sent sentence, i int) bool {
	for k := i - 1; k > sent.t0 && k >= i-3; k-- {
		if s.tk.fold(k) == "have" && s.inSet(conditionals, k-1) {
			return true
		}
	}
	return false
}

// accompanying are the verbs, folded, of going along with someone, whose
// object must be a person; phones are the words, folded, of a call, which
// no one attends.
var (
	accompanying = foldSet("accompanied", "accompagnait", "accompagnaient")
	phones       = foldSet("phone", "telephone", "téléphone", "téléphonique", "téléphoniques")
)

// civilParty reports whether "civil party" or "partie civile" starts at
// token k: a party to a trial, not someone there.
func (s *scanner) civilParty(k int) bool {
	f, g := s.tk.fold(k), s.tk.fold(k+1)
	return f == "civil" && g == "party" || f == "partie" && g == "civile"
}

// conditionals are the English modals, folded, of what would have been.
var conditionals = foldSet("should", "would", "could", "might")

// unnamedSubject reports whether the clause before token chain is an
// office without a name, opening its sentence: "Le président français a
// échangé avec B", "Le chef de l'État a reçu B". The claim is then about
// the people after the verb.
func (s *scanner) unnamedSubject(sent sentence, chain int) bool {
	a := s.datelineEnd(sent)
	if d, ok := s.dateAt(a); ok && s.punct(d.t1, ",") {
		a = d.t1 + 1 // "La veille, le président ukrainien s'était entretenu avec B"
	}
	q := s.skipDeterminer(a, chain)
	_, e, ok := lookup(s, s.lex.titles, cTitleStart, q, chain)
	if q == a || !ok {
		return false
	}
	return !s.anyIn(e, chain, func(k int) bool { return s.nameWord(k) || s.punct(k, ",") })
}

// verbOf reports whether one of trig.verbs comes before the trigger at
// token i in its clause ("a donné samedi soir le coup d'envoi", "s'est
// rendu au poste-frontière …, en compagnie de B, pour assister"), not
// negated, with nothing between them that starts another verb: an
// auxiliary, a coordinator, a relative or an infinitive's "to" ("came to
// power in 2019 and was invited to attend", "went on television to urge
// leaders to attend", "flew to London, where his daughter was due to
// attend").
func (s *scanner) verbOf(sent sentence, i int, trig attendanceTrigger) bool {
	reach := 10 // how far back the verb may be
	if trig.clause {
		reach = 30
	}
	v := -1
	for k := i - 1; k >= max(sent.t0, i-reach); k-- {
		if s.inSet(trig.verbs, k) && (!s.word(k-1, cDeterminer) || s.word(k-1, cRelative)) {
			v = k // "lit the cauldron", "a convention that began with a speech by B"
			break
		}
	}
	if v < 0 {
		return false
	}
	for k := v + 1; k < i; k++ {
		infinitive := s.inSet(toWords, k) && !s.nameWord(k+1) && !s.word(k+1, cDeterminer)
		if s.word(k, cChain|cRelative|cCoordinator|cNegation) || infinitive || s.inSet(clauseBreaks, k) {
			return false
		}
	}
	for k := v - 1; k >= max(sent.t0, v-6); k-- {
		if s.word(k, cNegation) || s.inSet(nevers, k) {
			return false // "never flew to London to attend", "ne s'est pas rendu"
		}
	}
	return true
}

// reflexiveEnd returns the token after a French reflexive pronoun at
// token p ("se rendre"), or p.
func (s *scanner) reflexiveEnd(p int) int {
	if f := s.tk.fold(p); f == "se" || f == "s" && s.punct(p+1, "'") {
		if f == "s" {
			return p + 2
		}
		return p + 1
	}
	return p
}

// attendVerbs are the infinitives, folded, of attending after an
// invitation and one of invitationTos: "declined an invitation to
// attend", not "… to comment".
var (
	attendVerbs   = foldSet("attend", "come", "participate", "travel", "assister", "participer", "venir", "rendre")
	invitationTos = foldSet("to", "à", "de", "d")
)

// toWords, clauseBreaks and nevers are the words, folded, that verbOf
// looks for.
var (
	toWords      = foldSet("to", "pour")
	clauseBreaks = foldSet("but", "mais", "tandis", "where", "while", "whereas")
	nevers       = foldSet("never", "jamais")
)

// placeArticleEnd returns the token after the capitalised article of a
// city's name at token p ("The Hague", "Le Caire", "La Haye") or the
// French elided article of a place's name ("l'Élysée"), or p.
func (s *scanner) placeArticleEnd(p int) int {
	if p+1 < len(s.toks) && s.toks[p].cap && s.word(p, cDeterminer) && s.inSet(articledCities, p+1) && !s.nameWord(p+2) {
		return p + 1 // but "The Hague Marriott", a hotel
	}
	if s.lang == "fr" && s.tk.fold(p) == "l" && s.punct(p+1, "'") && s.nameWord(p+2) {
		return p + 2 // "depuis l'Élysée"
	}
	return p
}

// venueAt reports whether an article and the noun of an event's venue
// are at token p: "was not in the arena", "était dans la salle"; not
// where one followed an event from ("from the stands" is no elsewhere).
func (s *scanner) venueAt(p int) bool {
	return s.word(p, cDeterminer) && s.inSet(halls, p+1) && !s.punct(p+2, "'") && !s.inSet(ofWords, p+2) &&
		!(p+2 < len(s.toks) && s.toks[p+2].kind == tWord && !s.toks[p+2].cap && !s.is(p+2, cFunction) && !s.inDate(p+2) && !s.word(p+2, cPrep|cPlacePrep)) // not "the church choir"
}

// namedVenueAt reports whether the capitalised name of a building where
// events are held starts at token p: "was not at the White House", "was
// not at Westminster Abbey", not "was not at Goldman Sachs".
func (s *scanner) namedVenueAt(p, end int) bool {
	for n := p; n < end && n < p+4 && s.toks[n].cap; n++ {
		if s.inSet(namedHalls, n) || s.inSet(halls, n) {
			return true
		}
	}
	return false
}

// namedHalls are the nouns, folded, that end the name of a building
// where events are held, besides halls: "the White House", "Buckingham
// Palace".
var namedHalls = foldSet("house", "palace", "kremlin", "elysee", "quirinale", "capitol")

// beVerbs are the forms, folded, of "to be" that open a trigger of place:
// "was not in the arena", "était dans la salle".
var beVerbs = foldSet("was", "were", "is", "are", "était", "étaient", "est", "sont")

// articledCities are the names, folded, of cities written with an
// article: "The Hague", "Le Caire". notPlaces are capitalised words of
// time after a place's preposition: "from Day One".
var (
	articledCities = foldSet("hague", "haye", "caire", "cap", "havre", "mans", "bourget")
	notPlaces      = foldSet("day", "jour")
	// flames are the nouns, folded, of a lit cauldron, which one of
	// figures after it makes a figure of speech.
	flames  = foldSet("cauldron", "chaudron", "vasque")
	figures = foldSet("controversy", "anger", "discontent", "tension", "tensions", "colère", "polémique", "révolte", "mécontentement")
)

// hostApposition returns the claim of a person named before ", hôte du
// sommet" or ", host of the summit" in a sentence that makes no other
// attendance claim: "Narendra Modi, hôte du sommet, a invité …".
func (s *scanner) hostApposition(sent sentence) (attendanceClaim, bool) {
	for k := sent.t0 + 1; k < sent.t1; k++ {
		e := s.skipDeterminer(k+2, sent.t1)
		if !s.inSet(hostNouns, k) || !s.punct(k-1, ",") || !s.inSet(ofWords, k+1) || !s.gatheringAt(e) ||
			s.anyIn(e+1, min(e+4, sent.t1), func(q int) bool { return s.inSet(cancellations, q) }) {
			continue // not "hôte du sommet annulé", "host of the summit that was cancelled"
		}
		people, start := s.listEndingAt(sent, k-1)
		if len(people) == 0 {
			continue
		}
		setPresence(people, true, "host")
		return attendanceClaim{t0: start, t1: e + 1, people: people}, true
	}
	return attendanceClaim{}, false
}

// meetingOpensClause reports whether the meeting's noun at token i,
// after its determiner and an adjective, opens its sentence or follows a
// comma or a preposition: "A meeting between B and C …", "Après la
// rencontre entre B et C", not "a accueilli une rencontre entre B et C".
func (s *scanner) meetingOpensClause(sent sentence, i int) bool {
	d := i - 1
	if !s.word(d, cDeterminer) {
		d-- // "A planned meeting", "The first meeting"
	}
	if s.punct(d, "'") {
		d-- // "l'entretien"
	}
	if !s.word(d, cDeterminer) {
		return false
	}
	return d == sent.t0 || s.toks[d-1].kind != tWord || s.word(d-1, cPrep|cPlacePrep)
}

// betweens are the prepositions, folded, that end a meeting's trigger
// before the people who met.
var betweens = foldSet("between", "entre")

// adjunctsAfterVerb returns the tokens after the adjuncts at token p: a
// date, with the preposition before it ("dans la matinée", "on Monday"),
// then a place's name after "à" or "in" ("à Rome").
func (s *scanner) adjunctsAfterVerb(p, end int) [2]int {
	if d, ok := s.dateAt(s.dateAfterVerbStart(p)); ok && d.t1 < end {
		p = d.t1
	}
	q := p
	if s.word(q, cPlacePrep) && s.nameWord(q+1) && s.mentionAt(q+1) < 0 {
		for q++; q < end && s.nameWord(q); q++ {
		}
	}
	return [2]int{p, min(q, end-1)}
}

// acrossPreps are the prepositions, folded, that may follow a trigger's
// verb past its adjuncts (see [scanner.adjunctsAfterVerb]).
var acrossPreps = foldSet("à", "au", "aux", "en", "dans", "sur", "in", "at", "on", "to", "avec", "with")

// dateAfterVerbStart returns the token after a preposition of a date at
// token p, or p.
func (s *scanner) dateAfterVerbStart(p int) int {
	if s.inSet(verbDatePreps, p) {
		return p + 1
	}
	return p
}

// verbDatePreps are the prepositions, folded, before a date inside a
// verb's phrase: "s'est rendu dans la matinée à Cholet".
var verbDatePreps = foldSet("dans", "durant", "pendant", "during", "on", "in")

// homograph reports whether token i is a noun that folds as a trigger's
// participle does: "siège" (a seat, a headquarters) as "siégé".
func (s *scanner) homograph(i int) bool {
	b, e := s.tokenSpan(i, i+1)
	_, ok := nounHomographs[strings.ToLower(s.text[b:e])]
	return ok
}

// nounHomographs are the nouns, in lower case with their accents, that
// fold as a trigger does.
var nounHomographs = map[string]struct{}{"siège": {}, "sièges": {}}

// unnamedOfficeAt reports whether an article, maybe an adjective, and a
// title with no name after it stand at token i: "the new king", "le
// président", not "the president's party".
func (s *scanner) unnamedOfficeAt(i, end int) bool {
	q := s.skipDeterminer(i, end)
	if q == i && !s.word(i-1, cDeterminer) {
		return false // after the article, which the caller may have passed
	}
	if s.adjective(q) && !s.word(q, cFunction) {
		q++
	}
	_, e, ok := lookup(s, s.lex.titles, cTitleStart, q, end)
	return ok && !s.nameWord(e) && !s.possessiveAt(e)
}

// recipientPreps are the prepositions, folded, before who received what
// was presented: "presented the cup to captain B".
var recipientPreps = foldSet("to")

// speechVerbs are the verbs, folded, of speaking to a gathering, whose
// object may be its people rather than the event: "addressed investors".
var speechVerbs = foldSet("addressed")

// witnessPreps are the prepositions, folded, before the people in whose
// presence an oath is taken: "a prêté serment devant B", "took the oath
// before Chief Justice B".
var witnessPreps = foldSet("devant", "before")

// cancellations are the words, folded, of an event called off, and
// plannedWords those of one yet to come. meetingNouns are the nouns,
// folded, of a meeting or a visit whose trigger names who met; remoteWords
// those of a meeting held apart.
var (
	cancellations = foldSet("cancelled", "canceled", "postponed", "annulé+", "reporté+")
	plannedWords  = foldSet("prévu+", "planned", "scheduled", "proposed", "possible", "potential")
	meetingNouns  = foldSet("visite", "meeting", "rencontre", "entretien", "talks", "summit", "sommet", "tête-à-tête")
	remoteWords   = foldSet("video", "virtual", "phone", "telephone", "online", "vidéo", "virtuel", "virtuelle", "téléphonique")
)

// crowds are the plural nouns, folded, of people gathered who hold no
// office: "a réuni quelque 3.000 jeunes entrepreneurs".
var crowds = foldSet("entrepreneurs", "students", "activists", "supporters", "players", "athletes", "étudiants", "militants", "sympathisants", "chercheurs", "artistes",
	"joueurs", "joueuses", "athlètes", "syndicats", "syndicalistes", "unionists", "salariés", "employees", "workers", "ouvriers",
	"grévistes", "strikers", "agriculteurs", "farmers", "investors", "shareholders", "investisseurs", "actionnaires")

// groupObject reads, at token p after a verb, a group of people that is
// its object, past dates, places and a quantity ("lundi une vingtaine de
// dirigeants", "jeudi et vendredi à Saint-Pétersbourg les délégations",
// "leaders", "dozens of delegates"), and returns the token after the
// group's noun.
func (s *scanner) groupObject(p, end int) (int, bool) {
	q := s.skipDeterminer(s.skipAdjuncts(p, end), end)
	plural := func(q int) (int, bool) {
		if t, after, ok := lookup(s, s.lex.titles, cTitleStart, q, end); ok && t.plural {
			return after, true // "more than 50 heads of state"
		}
		return q + 1, (s.inSet(s.lex.groups, q) || s.inSet(crowds, q)) && !s.punct(q+1, "'") // not "the players' petition", "the executives' pledge"
	}
	if s.possessiveAt(q+1) && s.toks[q].kind == tWord && !s.toks[q].cap {
		q += 3 // "welcomed the company's executives"
	}
	for k := 0; k < 3 && q < end; k++ {
		if after, ok := plural(q); ok {
			return after, true
		}
		if t := &s.toks[q]; t.kind != tWord && !t.digit {
			return p, false
		}
		q++ // "une vingtaine de", "some 20", "dozens of", "Gulf Arab"
	}
	if after, ok := plural(q); ok {
		return after, true
	}
	return p, false
}

// groupBefore reports whether a group of people ends just before token
// i, or before a comma there: "les dirigeants, parmi lesquels".
func (s *scanner) groupBefore(sent sentence, i int) bool {
	k := i - 1
	if s.punct(k, ",") {
		k--
	}
	// The group's noun may have a complement or an adjective after it:
	// "une vingtaine de chefs d'État africains, parmi lesquels".
	for p := k; p >= sent.t0 && p > k-5 && !s.punct(p, ","); p-- {
		if s.inSet(s.lex.groups, p) {
			return true
		}
		if t, _, ok := lookup(s, s.lex.titles, cTitleStart, p, k+1); ok && t.plural {
			return true // "plusieurs ministres de la Justice"
		}
	}
	return false
}

// courseBefore reports whether a verb of an event's course stands in
// the few tokens before token i, past a place: "s'ouvrent à Kinshasa
// sans B", "the summit opened without B".
func (s *scanner) courseBefore(sent sentence, i int) bool {
	for p := i - 1; p >= sent.t0 && p >= i-4; p-- {
		if s.inSet(courseVerbs, p) {
			return true
		}
		if s.toks[p].kind != tWord || !s.nameWord(p) && !s.word(p, cPrep|cPlacePrep) && !s.inDate(p) {
			return false
		}
	}
	return false
}

// courseVerbs are the verbs, folded, of an event's course.
var courseVerbs = foldSet("ouvre", "ouvrent", "ouvert", "ouverte", "ouverts", "ouvertes", "tient", "tiennent", "tenu", "tenue",
	"deroule", "deroulent", "acheve", "achevent", "opens", "opened", "open", "held", "begins", "began", "ends", "ended",
	"closes", "closed", "meet", "met", "meets", "gather", "gathered", "convene", "convened")

// delegationBefore reports whether a delegation is named in the few
// tokens before token i: "Saudi Arabia's delegation was headed by", "la
// délégation guinéenne, conduite par", past an organisation's name ("une
// délégation de la Cédéao conduite par").
func (s *scanner) delegationBefore(sent sentence, i int) bool {
	for p, n := i-1, 0; p >= sent.t0 && n < 5; p, n = p-1, n+1 {
		if m := s.orgEndingAt(p, true); m >= 0 {
			p = s.ments[m].t0 // "une délégation de la Cédéao conduite par B"
		}
		if s.inSet(s.lex.delegations, p) || s.inSet(teams, p) {
			return true // "la délégation, conduite par B", "Israel sent a legal team led by B"
		}
	}
	return false
}

// teams are the nouns, folded, of a team that a delegation trigger's
// agent leads ("a legal team led by B"), though one who "led the team"
// may have led it to victory.
var teams = foldSet("team", "équipe")

// proceedingsBefore reports whether an event or its proceedings are
// named within five words before token i: "Les travaux ont été dirigés
// par B", "The talks were led by B".
func (s *scanner) proceedingsBefore(sent sentence, i int) bool {
	for p := i - 1; p >= sent.t0 && p >= i-5; p-- {
		if s.word(p, cEventHead) || s.inSet(proceedings, p) {
			return true
		}
	}
	return false
}

// includingAfter returns the token after a word that brings in some
// members of a group ("…, dont B et C", "…, including B"), within the
// sentence after token g, or -1.
func (s *scanner) includingAfter(g, end int) int {
	for p := g; p < end && p < g+25; p++ {
		if s.inSet(includingWords, p) && s.punct(p-1, ",") {
			return p + 1
		}
		if s.tk.fold(p) == "parmi" && s.inSet(amongWhich, p+1) && s.punct(p-1, ",") {
			return p + 2 // "…, parmi lesquels B et C"
		}
		if s.tk.fold(p) == "among" && s.tk.fold(p+1) == "them" && s.punct(p-1, ",") {
			return p + 2 // "Leaders from seven countries attended, among them B and C"
		}
		if s.toks[p].kind == tWord && s.is(p, cChain) && !s.punct(p+1, "'") || s.punct(p, ";") {
			return -1 // another clause
		}
	}
	return -1
}

// includingWords bring in some members of a group just named, as do
// "parmi" and one of amongWhich.
var (
	includingWords = foldSet("dont", "including", "notamment")
	amongWhich     = foldSet("lesquels", "lesquelles")
)

// initialismEnd returns the token after an initialism at token q, two or
// three capitals each glued to its full stop ("U.S.", "U.K."), or q.
func (s *scanner) initialismEnd(q int) int {
	r := q
	for r < q+6 && r+1 < len(s.toks) && s.toks[r].kind == tWord && s.toks[r].cap &&
		utf8.RuneCountInString(s.tk.fold(r)) == 1 && s.punct(r+1, ".") && s.toks[r].end == s.toks[r+1].start {
		r += 2
	}
	if r-q < 4 {
		return q
	}
	return r
}

// initialismBefore returns the first token of the initialism that ends
// before token a (see initialismEnd), or a: "U.S." in "U.S. Steel".
func (s *scanner) initialismBefore(a int) int {
	for q := a - 4; q >= 0 && q >= a-6; q -= 2 {
		if s.initialismEnd(q) == a {
			return q
		}
	}
	return a
}

// personItem reads one item of a list of people at p; apposition allows
// a title in apposition to the item ("le président burkinabè, le
// capitaine Ibrahim Traoré").
func (s *scanner) personItem(p, end int, apposition bool) (pr facts.Person, plural bool, next int, ok bool) {
	q := s.skipDeterminer(p, end)
	if s.word(q, cModifier) && !s.toks[q].cap {
		q++ // "l'ancien président", "the former president"
	}
	if _, ok := s.lex.numbers[s.tk.fold(q)]; ok && apposition {
		if t, _, ok := lookup(s, s.lex.titles, cTitleStart, q+1, end); ok && t.plural {
			q++ // "cinq chefs d'État africains : B, C", "three heads of state: B, C"
		}
	}
	// A determiner needs a title: "le général X", not "le Mali"; so does
	// the article in "du", "au" before a list's next item ("aux côtés de
	// l'Algérien B, du Tunisien C").
	determined := q != p || p > 0 && (s.tk.fold(p-1) == "du" || s.tk.fold(p-1) == "au")
	host := false  // the title's office is the host's (hostOffice)
	chair := false // the title is the chair of the event its office names
	if m := s.mentionAt(q); m >= 0 && s.ments[m].t0 == q && s.ments[m].kind == facts.OrganisationEntity {
		if g := s.ments[m].t1; s.word(g, cGenericOrg|cOrgHead) && !s.toks[g].cap && s.possessiveAt(g+1) {
			q = g // "the BIS board's chair, Francois Villeroy de Galhau"
		}
	}
	if s.word(q, cGenericOrg|cOrgHead) && !s.toks[q].cap && s.punct(q+1, "'") && s.word(q+2, cClitic) {
		q += 3 // "the bloc's chairman, Salva Kiir"
	}
	if c := s.countryEnd(q); c > q && s.punct(c, "'") && !s.word(c+1, cClitic) && strings.HasSuffix(s.tk.fold(c-1), "s") && s.nameWord(c+1) {
		q = c + 1 // "United Airlines' Scott Kirby"
	} else if c > q && s.possessiveAt(c) {
		q = c + 2 // "Mali's Col. Assimi Goïta", "Ghana's John Mahama"
		if s.word(q, cModifier) && !s.toks[q].cap {
			q++ // "Bangladesh's interim leader Muhammad Yunus"
		}
	} else if r := s.nameEnd(q, end); r > q && r <= q+3 && s.possessiveAt(r) && !s.titleAt(q, r) {
		if _, _, ok := lookup(s, s.lex.titles, cTitleStart, r+2, end); ok {
			q = r + 2 // "Trump's son-in-law Jared Kushner": a person's relative or aide
		}
	}
	q = s.skipHonorific(q)
	t, after, hasTitle := lookup(s, s.lex.titles, cTitleStart, q, end)
	if !hasTitle && !s.lex.postAdjectives {
		// A nationality or an office before an English title: "Malian
		// President", "European Council President", "Saudi Energy
		// Minister".
		o := q
		if r := max(s.countryEnd(q), s.initialismEnd(q)); r > q {
			// "Malian President", "U.S. President"
			if t, after, hasTitle = lookup(s, s.lex.titles, cTitleStart, r, end); hasTitle {
				q = r
			}
			o = r // "U.S. Energy Secretary"
		}
		// "Saudi Energy Minister", "Mines and Energy Minister": up to three
		// capitalised words, which "and" may join after the first; not
		// "Croatia's Zoran Milanovic and Romanian President B", nor "Xi
		// and Russian President B", a nationality after "and".
		for r := o; !hasTitle && r < o+4 && (s.nameWord(r) || r == o+1 && s.word(r, cCoordinator) && s.nameWord(r+1) && !englishDemonym(s.tk.fold(r+1))) && s.mentionAt(r) < 0 && !s.inSet(nameTitles, r+1); r++ {
			if t2, a2, ok := lookup(s, s.lex.titles, cTitleStart, r+1, end); ok && s.titleHolderAt(r+1, a2, end, t2) {
				t, after, hasTitle, q = t2, a2, true, r+1
			} else if t2, a2, ok := lookup(s, s.lex.titles, cTitleStart, r+2, end); ok && s.inSet(tiers, r+1) && s.titleHolderAt(r+2, a2, end, t2) {
				t, after, hasTitle, q = t2, a2, true, r+2 // "Brandenburg state premier B"
			}
		}
		listed := func() bool {
			return o == q && (s.word(o-1, cCoordinator) || s.punct(o-1, ",") || s.inSet(s.lex.agents, o-1)) && s.adjective(o) && !s.inSet(s.lex.withs, o) && !s.inSet(s.lex.gerundLeads, o)
		}
		if !hasTitle && (o > q || listed()) && o < end && s.toks[o].kind == tWord && !s.toks[o].cap && !s.is(o, cFunction) {
			// "U.N. climate chief Simon Stiell", "… and project head
			// Mattia Binotto": a field before the title, after the
			// office's owner or in a list.
			if t, after, hasTitle = lookup(s, s.lex.titles, cTitleStart, o+1, end); hasTitle {
				q = o + 1
			} else if o+2 < end && s.toks[o+1].kind == tWord && !s.toks[o+1].cap && !s.is(o+1, cFunction) {
				if t, after, hasTitle = lookup(s, s.lex.titles, cTitleStart, o+2, end); hasTitle {
					q = o + 2 // "… and foreign policy aide Yuri Ushakov": a field of two words
				}
			}
		}
	}
	if r := s.occupationEnd(q); !hasTitle && r > q {
		// "la chanteuse béninoise Angélique Kidjo", "Beninese singer
		// Angelique Kidjo", "l'historien Achille Mbembe": an occupation
		// for a title
		t, after, hasTitle = title{}, r, true
	}
	if !hasTitle && determined && s.demonymNoun(q) && s.nameWord(q+1) {
		// "le Sénégalais Bassirou Diomaye Faye": a nationality for a title
		t, after, hasTitle = title{}, q+1, true
	}
	switch {
	case hasTitle:
		q = after
		if _, a, ok := lookup(s, s.lex.titles, cTitleStart, q+1, end); ok && s.word(q, cCoordinator) && !s.toks[q+1].cap && s.nameWord(a) && !s.titleAt(a, a+1) {
			q = a // two titles of one person, the second in lower case: "son-in-law and adviser Jared Kushner", "chairman and chief executive B"
		}
		if t2, a, ok := lookup(s, s.lex.titles, cTitleStart, q, end); ok {
			q = a // the office comes first: "Energy Minister Prince Abdulaziz"
			if t.name == "" {
				t = t2 // "host Prime Minister Mia Mottley"
			}
		}
		for n := 0; n < 2 && s.lex.postAdjectives && q < end && s.adjective(q); n++ {
			q++ // "le président nigérien"
		}
		q = s.skipOrigin(q, end)
		o := s.skipOffice(q, end)
		if o > q && s.word(o-1, cGenericOrg) && !s.toks[o-1].cap && s.nameWord(o) {
			// "chef de la coalition Takku Wallu Sénégal": the name that
			// follows is the organisation's, no one's.
			return pr, false, p, false
		}
		host = s.hostOffice(q, o)
		chair = s.inSet(chairTitles, after-1) && s.anyIn(q, o, func(k int) bool { return s.word(k, cEventHead) })
		if o > q && s.word(o, cDeterminer) {
			q = o - 1 // the office's comma: "de l'Énergie, le prince X"
		} else {
			q = s.skipHonorific(o) // "des Émirats arabes unis, cheikh Mansour ben Zayed"
			if _, a, ok := lookup(s, s.lex.titles, cTitleStart, q, end); ok && o > after && s.punct(o-1, ",") {
				q = a // "the papal nuncio in France, Archbishop Celestino Migliore"
			}
		}
		if (s.punct(q, ",") || t.plural && s.punct(q, ":")) && apposition {
			// "le président burkinabè, le capitaine Ibrahim Traoré", "cinq
			// chefs d'État africains : B (Cap-Vert), C (Mali)"
			if pr, plural, next, ok := s.personItem(q+1, end, false); ok {
				if pr.Title == "" {
					pr.Title, plural = t.name, t.plural
				}
				if host {
					pr.Role = "host"
				} else if chair {
					pr.Role = "chair" // "le président de la conférence, le ministre kényan B"
				}
				return pr, plural, next, true
			}
		}
	case determined:
		return pr, false, p, false
	}
	if q >= end {
		return pr, false, p, false // a title ending the sentence: "… Gen ."
	}
	if m := s.mentionAt(q); m >= 0 && s.ments[m].t0 == q {
		if s.ments[m].kind != facts.PersonEntity {
			return pr, false, p, false
		}
		e := &s.g.entities[s.ments[m].entity]
		pr = facts.Person{Name: e.Name(s.lang), ID: e.ID}
		q = s.ments[m].t1
	} else {
		r := s.personName(q, end)
		if r == q || s.countryEndingAt(q, r-1) == q || r == q+1 && s.capital(q) || s.initialismEnd(q) >= r || s.orgNameEnd(r-1) {
			// No name, or a country's: "aux côtés des Pays-Bas", "Moscow
			// was represented by B", "without U.S. delegation"; or the end
			// of an organisation's: "deputy president of the African
			// National Congress".
			return pr, false, p, false
		}
		a, b := s.tokenSpan(q, r)
		pr = facts.Person{Name: s.text[a:b]}
		q = r
	}
	pr.Title = t.name
	if host {
		pr.Role = "host"
	} else if chair {
		pr.Role = "chair"
	}
	switch {
	case s.acronymAfter(p, q):
		return pr, false, p, false // "Bay of Bengal Initiative … Economic Cooperation (BIMSTEC)": an organisation
	case s.punct(q, "("):
		q = s.closeParen(q, end, 8) // "Assimi Goïta (Mali)"
	case s.word(q, cPrep):
		// "Assimi Goïta of Mali"
		r := s.skipDeterminer(s.skipPrep(q, end, cPrep), end)
		if m := s.mentionAt(r); m >= 0 && s.ments[m].t0 == r && s.ments[m].kind != facts.PersonEntity {
			q = s.ments[m].t1
		} else if c := s.countryAt(r); c > r {
			q = c // "King Philippe of Belgium"
		} else if t.name != "" && s.tk.fold(q) == "of" && s.nameWord(r) && s.mentionAt(r) < 0 {
			// "Pope Tawadros II of Alexandria": a titled person's see or
			// city.
			q = r
			for q < end && q < r+2 && s.nameWord(q) {
				q++
			}
		}
	}
	if s.punct(q, ",") && s.inSet(hostNouns, q+1) && !s.toks[q+1].cap && pr.Role == "" {
		pr.Role = "host" // "le président rwandais Paul Kagame, hôte de la réunion"
	}
	return pr, t.plural, q, true
}

// readAt reports whether a verb of reading, maybe after a relative and
// its auxiliary, is at token i: "read by", "that was read out by", "lu
// par", "qui a été lu par".
func (s *scanner) readAt(i int) bool {
	if s.word(i, cRelative) {
		i++
		for n := 0; n < 3 && s.word(i, cChain|cPassive|cPerfect); n++ {
			i++
		}
	}
	return s.inSet(readWords, i)
}

// facilities are the nouns, folded, of what is commissioned in a
// ceremony.
var facilities = foldSet("refinery", "plant", "factory", "bridge", "dam", "port", "airport", "terminal", "railway", "road",
	"highway", "hospital", "stadium", "pipeline", "headquarters", "power", "station", "mine", "line", "complex", "building")

// facilityAt reports whether one of facilities is among the seven words
// after token p, amounts aside: "commissioned the $1.5 billion Lekki Deep
// Sea Port", not "commissioned an inquiry into the collapse of the port".
func (s *scanner) facilityAt(p, end int) bool {
	for n := 0; p < end && n < 7; p++ {
		if s.inSet(facilities, p) {
			return true
		}
		if s.toks[p].kind == tWord && !s.toks[p].digit && !s.inSet(amountWords, p) {
			n++
		}
	}
	return false
}

// amountWords are the words, folded, of an amount's size: "$1.5 billion".
var amountWords = foldSet("million", "billion", "trillion", "milliard", "milliards", "millions")

// readWords are the participles, folded, of reading a message out.
var readWords = foldSet("read", "lu", "lue")

// skipHonorific returns the token after an honorific that French writes
// in lower case before a name at token q ("cheikh Tamim"), or q; in
// capitals it is a first name ("Cheikh Diba"). A lawyer's "Me" is
// capitalised: "Me Patrick Maisonneuve".
func (s *scanner) skipHonorific(q int) int {
	if s.inSet(nameTitles, q) && !s.toks[q].cap && s.nameWord(q+1) {
		return q + 1
	}
	if s.lang == "fr" && s.tk.fold(q) == "me" && s.toks[q].cap && s.nameWord(q+1) && s.nameWord(q+2) {
		return q + 1 // "Me Patrick Maisonneuve", a lawyer's "Maître"
	}
	return q
}

// eventComma returns the comma that ends an event's name at token i, a
// determiner, an event noun and up to five more words ("la cérémonie,",
// "the summit in Apia,"), or -1.
func (s *scanner) eventComma(i, end int) int {
	q := s.skipDeterminer(i, end)
	if !s.word(q, cEventHead) {
		return -1
	}
	for p := q + 1; p < end && p <= q+6; p++ {
		switch {
		case s.punct(p, ","):
			return p
		case s.toks[p].kind != tWord && !s.punct(p, "'"):
			return -1
		}
	}
	return -1
}

// proceedings are the nouns, folded, of an event's sittings that one
// opens as one opens the event: "a ouvert les travaux".
var proceedings = foldSet("travaux", "journée", "proceedings", "débats", "discussions", "négociations", "pourparlers", "deliberations", "negotiations", "opening",
	"assembly", "assemblée", // "addressed the assembly"
	"delegates", "délégués", "participants") // "addressed delegates"

// eventObjectRelative reports whether token k is "que" after an event
// noun, a relative whose subject follows its verb: "l'assemblée
// générale, que présidera B".
func (s *scanner) eventObjectRelative(k int) bool {
	if s.punct(k, "'") {
		k-- // "la réunion qu'a présidée B"
	}
	if k < 0 || (s.tk.fold(k) != "que" && s.tk.fold(k) != "qu") || s.toks[k].cap {
		return false
	}
	return s.anyIn(max(0, k-4), k, func(q int) bool { return s.word(q, cEventHead) || s.inSet(proceedings, q) })
}

// invertingRelatives are the French relatives, folded, after which the
// subject follows its verb: "à laquelle a assisté B", "où étaient
// présents A et B".
var invertingRelatives = foldSet("laquelle", "lequel", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "où")

// nameTitles are the titles, folded, that are also part of names, so
// that a name before them is no office: "Hassan Sheikh Mohamud".
var nameTitles = foldSet("sheikh", "cheikh")

// countryEnd returns the end of the organisation, place or unknown
// capitalised word at q that may name a person's country before "'s", or
// q.
func (s *scanner) countryEnd(q int) int {
	if m := s.mentionAt(q); m >= 0 && s.ments[m].t0 == q {
		if s.ments[m].kind == facts.PersonEntity {
			return q
		}
		return s.ments[m].t1
	}
	// A country's name may hold a word in lower case: "Trinidad and
	// Tobago's Keith Rowley"; a company's is capitalised words: "TAP Air
	// Portugal's chief executive Luis Rodrigues".
	names := true
	for e := q; e < q+5 && e < len(s.toks) && (s.nameWord(e) || e > q && s.toks[e].kind == tWord); e++ {
		names = names && s.nameWord(e)
		if (names || s.countryEndingAt(q, e) == q) && s.punct(e+1, "'") && (s.nameWord(e+3) || s.is(e+3, cTitleStart) || s.word(e+3, cModifier)) {
			return e + 1 // "Ghana's John Mahama", "Sierra Leone's Julius Maada Bio", "Ghana's ambassador Amma Twum-Amoah"
		}
	}
	return q
}

// demonymNoun reports whether the French word at token q is a
// nationality used as a noun, capitalised: "le Sénégalais", "la
// Camerounaise", "le Nigérian". It is no mention and ends as demonyms do.
func (s *scanner) demonymNoun(q int) bool {
	if s.lang != "fr" || q >= len(s.toks) || s.toks[q].kind != tWord || !s.toks[q].cap || s.toks[q].caps || s.mentionAt(q) >= 0 {
		return false
	}
	w := s.tk.fold(q)
	if _, ok := demonymWords[w]; ok {
		return true
	}
	for _, suffix := range demonymSuffixes {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// englishDemonym reports whether the folded English word w ends as a
// nationality does: "Russian", "Turkish", "Chinese", "Saudi".
func englishDemonym(w string) bool {
	for _, suffix := range []string{"ian", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

// demonymWords are the French nationality nouns, folded, that end as no
// other does: "le Tchèque Vaclav Klaus", "le Russe Sergueï Lavrov".
var demonymWords = foldSet("britannique", "allemand", "allemande", "espagnol", "espagnole", "serbe", "bulgare", "moldave",
	"bielorusse", "russe", "belge", "suisse", "grec", "grecque", "turc", "turque", "tcheque", "slovaque", "slovene", "croate",
	"letton", "lettonne", "malgache", "kazakh", "ouzbek", "mongol", "mongole", "bosniaque", "tadjik", "kirghiz", "qatari",
	"emirati", "somali", "burkinabe", "monegasque")

// demonymSuffixes are the endings, folded, of French nationality nouns.
var demonymSuffixes = []string{"ais", "aise", "ain", "aine", "ien", "ienne", "yen", "yenne", "tin", "tine", "pin", "pine", "een", "eenne", "ois", "oise", "an", "ane", "ite", "ote"}

// chairsOrganisation reports whether the chair trigger at [i, next) says
// who holds an organisation's chair, not who chaired a meeting ("a
// présidé le sommet"): an English verb before an organisation noun
// ("who chaired the board"), or a French verb in the present or the
// imperfect whose object is an organisation ("préside cette année l'Union
// africaine", "présidait jusqu'en janvier le Conseil national").
func (s *scanner) chairsOrganisation(i, next, end int) bool {
	t := &s.toks[i]
	if q := s.skipDeterminer(next, end); s.lang == "en" && q > next && (s.word(q, cGenericOrg) || s.tk.fold(q) == "board") && !s.toks[q].cap && !s.word(q+1, cEventHead) && !s.possessiveAt(q+1) &&
		(s.tk.fold(i-1) == "who" || s.anyIn(q+1, min(q+3, end), func(k int) bool { return s.inSet(termWords, k) })) {
		return true // "who chaired the board", "chaired the company until 2019", not "chaired the commission on Monday"
	}
	if w := strings.ToLower(s.text[t.start:t.end]); s.lang != "fr" || !strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ait") && !strings.HasSuffix(w, "aient") {
		return false
	}
	q := s.skipDeterminer(s.skipAdjuncts(next, end), end)
	return s.orgAt(q, false) >= 0 || q > next && s.word(q, cGenericOrg) // "copréside le forum"
}

// termWords are the words, folded, of a term of office after what one
// chaired: "until 2019", "from 2010 to 2015".
var termWords = foldSet("until", "since", "from", "between", "for")

// termOfOffice reports whether an organisation named at token next, or
// its generic noun, then a span of years or its start, is what someone
// chaired for a term, not at an event: "avait présidé le Conseil
// constitutionnel de 1986 à 1995", "chaired the commission from 2014 to
// 2019", "qui présidait le parti depuis 2011".
func (s *scanner) termOfOffice(next, end int) bool {
	q := s.skipDeterminer(next, end)
	t1 := -1
	if m := s.orgAt(q, false); m >= 0 {
		t1 = s.ments[m].t1
	} else if s.lowerGeneric(q) || s.word(q, cGenericOrg) {
		t1 = q + 1 // "présidait le parti depuis 2011", "a présidé la Commission de 1985 à 1995"
	}
	if t1 < 0 {
		return false
	}
	for e := t1; e < end && e <= t1+1; e++ {
		if s.inSet(sinceWords, e) {
			if _, ok := s.dateAt(e + 1); ok {
				return true // "depuis 2011", "since 2019"
			}
		}
		if d, ok := s.dateAt(e); ok {
			from, to, span := strings.Cut(d.Value, "/")
			return span && len(from) == 4 && len(to) == 4 || s.inSet(sinceWords, d.t0) // years, not "des 26 et 27 juin"
		}
	}
	return false
}

// sinceWords are the words, folded, that open the start of a term: "depuis
// 2011", "since 2019".
var sinceWords = foldSet("depuis", "since")

// skipOrigin returns the token after the countries that a title's
// holders come from, at token q, when a comma closes them: "his
// counterparts from Burkina Faso and Niger, A and B"; or q.
func (s *scanner) skipOrigin(q, end int) int {
	if !s.inSet(origins, q) {
		return q
	}
	p := q + 1
	for n := 0; n < 6 && p < end; n++ {
		e := p
		if m := s.mentionAt(p); m >= 0 && s.ments[m].t0 == p && s.ments[m].kind != facts.PersonEntity {
			e = s.ments[m].t1
		} else {
			for k := p; k < p+4 && k < end; k++ {
				if s.countryEndingAt(p, k) == p {
					e = k + 1
				}
			}
		}
		if e == p {
			return q
		}
		switch {
		case s.punct(e, ","):
			if _, _, _, ok := s.personItem(e+1, end, false); ok {
				return e
			}
			p = e + 1
		case s.word(e, cCoordinator):
			p = e + 1
		default:
			return q
		}
	}
	return q
}

// origins are the words, folded, before the countries a title's holders
// come from.
var origins = foldSet("from")

// skipOffice returns the token after the office that may follow a title
// and precede the name, "de la Commission de la Cédéao," in "le président
// de la Commission de la Cédéao, Omar Touray", or i.
func (s *scanner) skipOffice(i, end int) int {
	if r := s.postingEnd(i, end); r > i && !s.word(i, cPrep) {
		return r // "son ambassadrice à Dakar, B": where the office is held
	}
	var q int
	switch {
	case s.word(i, cPrep):
		q = s.skipDeterminer(s.skipPrep(i, end, cPrep), end)
	case s.lang == "fr" && s.inSet(portfolioPreps, i) && s.nameWord(i+1):
		q = i + 1 // "le ministre délégué au Commerce extérieur, B"
	default:
		return i
	}
	r := s.nounPhrase(q, end, 3) // "de la transition malienne,"
	for k := r; r > q && k < end && k < r+6 && s.lang == "fr"; k++ {
		// "de l'Aménagement du territoire,": lower-case words after the
		// office's capitalised one.
		if s.punct(k, ",") {
			r = k
			break
		}
		if s.punct(k, "(") && s.punct(k+2, ")") {
			k += 2 // "d'Afrique (ACNOA),": the organisation's acronym
			continue
		}
		if s.toks[k].kind != tWord && !s.punct(k, "'") || s.toks[k].cap && !s.word(k-1, cPrep|cDeterminer) && !s.punct(k-1, "'") {
			break // but "de la Jeunesse et des Sports,": a coordinated office
		}
	}
	if r > q+2 && s.punct(r, ",") && s.nameWord(q) && s.personName(q+1, r) == r {
		return q + 1 // "du ministre de l'Intérieur Davor Božinović, pour …": a name of two words ends the office's phrase
	}
	if r > q && s.punct(r, ",") {
		return r + 1
	}
	// Without a comma, the office's name, one word or an organisation,
	// and its adjectives, before a name of two words or more: "le
	// président du Conseil européen António Costa".
	o := q
	if m := s.orgAt(q, false); m >= 0 {
		o = s.ments[m].t1
	} else if s.nameWord(q) || s.content(q) && !s.inDate(q) {
		o = q + 1 // "le ministre de la santé Jean Varnel", "des prix Nobel de physique A et B"
	}
	for o > q && o < end && s.adjective(o) {
		o++
	}
	if o > q && (s.personName(o, end) > o+1 || s.personAt(o)) {
		return o // "le ministre des Finances Abdoulaye Diop", a known person
	}
	if r := s.postingEnd(o, end); o > q && r > o {
		// "l'ambassadeur de France en Chine, B", "l'envoyé spécial de
		// l'ONU pour les Grands Lacs, B": where the office is held.
		return r
	}
	return i
}

// capitalPreps are the prepositions, folded, that open a sentence
// before a name, capitalised as names are: "Alongside Infantino",
// "Derrière Macron".
var capitalPreps = foldSet("alongside", "behind", "beside", "near", "among", "like", "unlike", "besides", "derrière", "devant", "parmi", "comme")

// eventBeforeVerb reports whether an event's noun comes just before the
// verb of trig that precedes token i: "a convention that began with".
func (s *scanner) eventBeforeVerb(sent sentence, i int, trig attendanceTrigger) bool {
	for v := i - 1; v >= sent.t0 && v > i-8; v-- {
		if s.inSet(trig.verbs, v) {
			return s.anyIn(max(sent.t0, v-8), v, func(q int) bool { return s.word(q, cEventHead) })
		}
	}
	return false
}

// lessonOfs are the prepositions, folded, after "lesson" or "reading"
// that make it a figure: "a lesson from history".
var lessonOfs = foldSet("of", "from", "about", "on", "for")

// recordings are the words, folded, of a speech not given in person:
// "a video speech", "a recorded speech".
var recordings = foldSet("video", "recorded", "televised", "taped")

// personalPronouns are the English pronouns, folded, of a person as a
// subject, whose claim is the one before: "did not attend; he sent
// Foreign Minister B".
var personalPronouns = foldSet("he", "she")

// complementBefore reports whether one of complementPreps comes just
// before the name at token j, past an article, a title and the name's
// first words: "la contestation contre le président Ibrahim B,"; not
// "Towards the end of the week President B".
func (s *scanner) complementBefore(sent sentence, j int) bool {
	for q := j - 1; q > sent.t0 && q >= j-7; q-- {
		switch {
		case s.inSet(complementPreps, q):
			return true
		case s.nameWord(q) || s.word(q, cDeterminer) || s.titleAt(q, j) || s.toks[q].kind == tWord && !s.toks[q].cap && s.titleEndsAt(q+1):
		default:
			return false
		}
	}
	return false
}

// complementPreps are the prepositions, folded, whose complement is no
// subject of the verb after it: "la contestation contre le président B,
// ont boycotté la cérémonie".
var complementPreps = foldSet("contre", "against", "envers", "towards", "toward", "chez")

// tiers are the words, folded, of a level of government between a
// place's name and a title: "Brandenburg state premier", "Kano state
// governor".
var tiers = foldSet("state", "regional", "provincial", "county", "city")

// openables are the nouns, folded, of what is declared open besides
// events: "declared the festival open".
var openables = foldSet("festival", "exhibition", "show", "fair", "wing", "hospital", "bridge", "airport", "stadium")

// visitKinds are the words, folded, of a visit's kind: "welcomed B's
// state visit", "… official visit".
var visitKinds = foldSet("state", "official")

// competitions are the last words, folded, of a competition's name,
// which a person opens or attends as an event: "the World Cup", "the
// Africa Cup", "les Jeux". They are no event heads: "ahead of next
// year's World Cup" names no event of the article's.
var competitions = foldSet("cup", "games", "olympics", "championship", "championships", "tournament", "coupe", "jeux", "tournoi", "championnat")

// competitionIn returns the token of a competition's noun among [a, b),
// the first words of its name ("the World Cup", "la Coupe du monde"), or
// -1.
func (s *scanner) competitionIn(a, b int) int {
	for k := a; k < b && k < a+3; k++ {
		if s.inSet(competitions, k) && s.toks[k].cap {
			return k
		}
	}
	return -1
}

// openedTo reports whether token p opens what is opened to others:
// "opened the Games to Russian athletes", "a ouvert la Coupe du monde à
// 48 équipes", "declared the market open to foreign banks"; not "opened
// the Games to applause", "a ouvert les Jeux à Paris, au stade de France".
func (s *scanner) openedTo(p int) bool {
	if !s.inSet(openedTos, p) || p+1 >= len(s.toks) {
		return false
	}
	q := p + 1
	if s.lang == "fr" {
		return s.toks[q].digit || s.word(q, cDeterminer) && s.tk.fold(q) != "l" || s.tk.fold(p) == "aux" && !s.toks[q].cap
	}
	return !s.inSet(ovations, q) && !s.inSet(ovations, q+1)
}

// openedToAfter reports whether openedTo holds within the name of a
// competition after token n: "la Coupe du monde à 48 équipes".
func (s *scanner) openedToAfter(n, end int) bool {
	for q := n; q < end && q < n+4; q++ {
		if s.openedTo(q) {
			return true
		}
		if s.toks[q].kind != tWord {
			return false
		}
	}
	return false
}

// openedTos are the prepositions, folded, of those let in; ovations the
// nouns, folded, of a welcome: "opened the Games to applause".
var (
	openedTos = foldSet("to", "à", "aux")
	ovations  = foldSet("applause", "cheers", "boos", "acclaim", "fanfare", "jeers")
)

// foundingInClause reports whether a founding trigger and its adjuncts
// (a year or a month, a place) come just before token i, in its clause:
// what follows them dates the founding, "fondée en 2000 sous la
// présidence de B".
func (s *scanner) foundingInClause(sent sentence, i int) bool {
	for k := i - 1; k >= sent.t0 && !s.punct(k, ","); k-- {
		if t, next, ok := lookup(s, s.lex.founding, cFoundingStart, k, i); ok {
			return t.event == facts.EventFounded && next < i && s.skipAdjuncts(next, i) == i && s.yearBetween(next, i)
		}
	}
	return false
}

// yearBetween reports whether a date between tokens i and j is a year or
// a month, an era's: not "créé lundi sous la présidence de B", nor "le 3
// novembre 2025", a meeting that B chaired.
func (s *scanner) yearBetween(i, j int) bool {
	for p := i; p < j; p++ {
		if d, ok := s.dateAt(p); ok && len(d.Value) <= len("2006-01") {
			return true
		}
	}
	return false
}

// portfolioPreps are the French prepositions, folded, before the
// portfolio of a delegated minister: "ministre délégué au Commerce
// extérieur", "chargée des Affaires européennes" has "des" (cPrep).
var portfolioPreps = foldSet("au", "aux")

// postingEnd returns the token after the comma that ends where an office
// is held, at token i: a preposition of postings, then capitalised words
// ("en Chine,", "pour les Grands Lacs,"); or i.
func (s *scanner) postingEnd(i, end int) int {
	p := s.skipDeterminer(i+1, end)
	if !s.inSet(postings, i) || !s.nameWord(p) {
		return i
	}
	for p < end {
		if s.nameWord(p) {
			p++
		} else if q := s.skipDeterminer(s.skipPrep(p, end, cPrep), end); q > p && s.word(p, cPrep) && s.nameWord(q) {
			p = q // "pour l'Afrique de l'Ouest"
		} else {
			break
		}
	}
	if !s.punct(p, ",") {
		return i
	}
	return p + 1
}

// postings are the prepositions, folded, before the country or region
// where an office is held: "ambassadeur de France en Chine", "envoyé
// spécial de l'ONU pour les Grands Lacs".
var postings = foldSet("en", "au", "aux", "à", "in", "to", "pour", "for")

// personName returns the end of the unknown person's name at i: one to
// four capitalised words, with particles between them ("Ahmed ould
// Abdallah"), that are not organisations, places, titles nor event nouns.
// It returns i when there is none.
func (s *scanner) personName(i, end int) int {
	if s.tk.fold(i) == "c" && s.punct(i+1, "'") || s.inSet(namePronouns, i) {
		return i // "C'est la sénatrice B qui", "« Je déclare ouverte »": a pronoun
	}
	if s.inSet(nonNameStarts, i) || s.lang == "en" && demonymCountry(s.tk.fold(i)) != "" && i+1 < end && s.toks[i+1].kind == tWord && !s.toks[i+1].cap && !s.word(i+1, cParticle) {
		return i // "alongside France's Operation Barkhane", "Barbadian singer Rihanna"
	}
	if s.inSet(capitalPreps, i) || s.inSet(s.lex.groups, i) {
		// "Alongside Infantino in the VIP box, the Emir watched": a
		// preposition opening the sentence; "Leaders first met by
		// video": a group, no one's name.
		return i
	}
	if s.inSet(vessels, i-1) && !s.toks[i-1].cap || s.afterGenericNoun(i) {
		return i // "aboard the royal yacht El Mahrousa": a ship's name; "la coalition d'opposition Takku Wallu Sénégal"
	}
	last := i
	for p, n := i, 0; p < end && n < 6; n++ {
		switch {
		case s.initial(p) && (s.nameWord(p+2) || s.initial(p+2)):
			p += 2 // "Robert F. Kennedy", "K.P. Sharma Oli"
		case p > i && s.inSet(nameSuffixes, p) && s.punct(p+1, "."):
			p += 2 // "Robert F. Kennedy Jr."
			last = p
		case s.mentionAt(p) >= 0 && !(p > i && s.surnameMention(p)):
			return last
		case p == i && s.toks[p].caps && len(s.tk.fold(p)) == 2 && s.nameWord(p+1) && !s.toks[p+1].caps && s.countryAt(p) == p:
			p++ // "JD Vance": initials in capitals
			last = p
		case s.nameWord(p) && !s.toks[p].caps && !s.is(p, cOrgHead):
			if _, _, ok := lookup(s, s.lex.titles, cTitleStart, p, p+1); ok && p == i {
				// A title between names is one of them ("Hassan Sheikh
				// Mohamud"), and so is one that ends them ("Billie Jean
				// King", "Marion Maréchal").
				return last
			}
			if _, a, ok := lookup(s, s.lex.titles, cTitleStart, p, end); ok && !s.lex.postAdjectives && s.word(a, cPrep) {
				return last // a title without its comma: "Xi Jinping President of China"
			}
			p++
			last = p
		case p > i && s.word(p, cParticle) && (s.nameWord(p+1) && s.countryAt(p+1) == p+1 || s.word(p+1, cParticle) && s.nameWord(p+2)) && s.particleIn(i, p):
			p++ // "Ahmed ould Abdallah", "Ursula von der Leyen", but not "le roi Philippe de Belgique"
		case p > i && s.tk.fold(p) == "de" && s.tk.fold(p+1) == "l" && s.punct(p+2, "'") && s.nameWord(p+3) && !s.toks[p+3].caps &&
			s.mentionAt(p+3) < 0 && s.countryAt(p+3) == p+3 && !s.is(p+3, cOrgHead):
			p += 4 // "Jean Claude de l'Estrac", not "B de l'ONU"
			last = p
		case p > i && s.toks[p].cap && s.inSet(nameArticles, p) && s.nameWord(p+1) && !s.is(p+1, cOrgHead):
			p += 2 // "Bruno Le Maire", "Jean-Yves Le Drian": the article and its name
			last = p
		case p > i && s.particleName(p):
			p++ // "Abdel Fattah al-Burhan"
			last = p
		case p > i && s.toks[p].caps && romanNumeral(s.tk.fold(p)):
			p++ // "Mohammed VI", "Charles III"
			last = p
		case p == last && p > i && s.innerApostrophe(p):
			p += 2 // "Fiame Naomi Mata'afa", "Conor O'Brien"
			last = p
		case p == last && p > i && s.toks[p].cap && s.toks[p].end-s.toks[p].start == 1 && s.innerApostrophe(p+1) && s.toks[p+2].cap:
			p += 3 // "Anne L'Huillier", though "L" is an article in French
			last = p
		case p == last && p > i && s.lang == "en" && s.tk.fold(p) == "d" && !s.toks[p].cap && s.innerApostrophe(p+1) && s.toks[p+2].cap && s.mentionAt(p+2) < 0 && s.countryAt(p+2) == p+2 && !s.nameWord(p+3) && !s.punct(p+3, "-"):
			p += 3 // "Olivier Poivre d'Arvor", in English: in French, "d'" may open an employer ("Ben Smith d'Airbus")
			last = p
		default:
			return last
		}
	}
	return last
}

// particleIn reports whether the particle at token p belongs to the name
// that starts at token i: "des" only after a first name that opens it
// ("Laurence des Cars"), not after a full name nor before a people
// ("Jean Varnel des Républicains", "Didier Deschamps des Bleus").
func (s *scanner) particleIn(i, p int) bool {
	return s.tk.fold(p) != "des" || p == i+1 && !s.nameWord(i-1) && !s.demonymNoun(p+1)
}

// innerApostrophe reports whether token p is an apostrophe inside a
// name's word, glued to the letters around it and not a possessive:
// "Mata'afa", "O'Brien".
func (s *scanner) innerApostrophe(p int) bool {
	return s.punct(p, "'") && p+1 < len(s.toks) && s.toks[p+1].kind == tWord && !s.word(p+1, cClitic) &&
		s.toks[p-1].end == s.toks[p].start && s.toks[p].end == s.toks[p+1].start
}

// ordinal reports whether token p is an ordinal written in letters:
// "neuvième", "ninth", "premier", "first".
func (s *scanner) ordinal(p int) bool {
	f := s.tk.fold(p)
	return s.toks[p].kind == tWord && (strings.HasSuffix(f, "ieme") || strings.HasSuffix(f, "th") && len(f) > 4 ||
		f == "premier" || f == "premiere" || f == "first" || f == "second" || f == "third")
}

// initial reports whether token p is a capital letter and a full stop,
// an initial of a name.
func (s *scanner) initial(p int) bool {
	return p < len(s.toks) && s.toks[p].cap && len(s.tk.fold(p)) == 1 && s.punct(p+1, ".")
}

// capital reports whether token p is a capital of the lexicon, which
// news writes for its country's government.
func (s *scanner) capital(p int) bool {
	if p < 0 || p >= len(s.toks) || !s.toks[p].cap {
		return false
	}
	_, ok := s.lex.capitals[s.tk.fold(p)]
	return ok
}

// coordinatedApposition returns the people listed before ", and [det]
// noun phrase," that ends just before token j, and the first token of
// their list: in "Her husband, Taghi Rahmani, and the couple's children,
// Kiana and Ali, collected …", the list at Kiana gives Taghi Rahmani.
func (s *scanner) coordinatedApposition(sent sentence, j int) ([]facts.Person, int) {
	if !s.punct(j-1, ",") {
		return nil, j
	}
	for q := j - 2; q > sent.t0 && q > j-10; q-- {
		switch {
		case s.word(q, cCoordinator) && s.punct(q-1, ","):
			if people, k := s.listEndingAt(sent, q); len(people) > 0 && k < q && !s.afterVerb(k) {
				return people, k // not a verb's object: "Brazil sent Lula, and the president's aides, A and B, attended"
			}
			return nil, j
		case s.possessiveAt(q) || s.word(q, cDeterminer):
			// "the couple's children"
		case s.punct(q, ",") || s.toks[q].cap || s.is(q, cChain|cFoundingStart|cAttendanceStart):
			return nil, j
		}
	}
	return nil, j
}

// nameArticles are the articles, folded, that French surnames begin
// with, written with a capital: "Le Maire", "La Fontaine", "Du Bellay".
var nameArticles = foldSet("le", "la", "du", "de", "des")

// nameArticle reports whether the folded word w may open a family name,
// as "Le" opens "Le Pen" (see nameArticles).
func nameArticle(w string) bool {
	_, ok := nameArticles[w]
	return ok
}

// nameSuffixes are the words, folded, that may end a name, with their
// full stop.
var nameSuffixes = foldSet("jr", "sr")

// surnameMention reports whether the mention at token p is a known
// person's one-word name, which another person may bear as the end of
// theirs: "Traoré" in "Karamoko Jean-Marie Traore".
func (s *scanner) surnameMention(p int) bool {
	return s.personAt(p) && s.ments[s.mentionAt(p)].t1 == p+1
}

// personAt reports whether a known person's mention starts at token p.
func (s *scanner) personAt(p int) bool {
	m := s.mentionAt(p)
	return m >= 0 && s.ments[m].kind == facts.PersonEntity && s.ments[m].t0 == p
}

// particleName reports whether token p is a particle joined by a hyphen
// to a capitalised name: "al-Burhan", "el-Sissi".
func (s *scanner) particleName(p int) bool {
	t := &s.toks[p]
	if t.kind != tWord || t.cap {
		return false
	}
	part, rest, ok := strings.Cut(s.text[t.start:t.end], "-")
	if !ok || rest == "" {
		return false
	}
	_, particle := s.lex.particles[strings.ToLower(part)]
	r, _ := utf8.DecodeRuneInString(rest)
	return particle && unicode.IsUpper(r)
}

// listEndingAt returns the people listed just before token c, or before
// a comma there or a relative clause between commas, and the first token
// of the list, with the people of a coordinated apposition before it
// (coordinatedApposition). A list does not start
// after a preposition or a determiner, and a lone unknown word opening the
// sentence is not taken for a name ("Hier, Goïta a présidé"), unless it is
// a country's possessive ("Nigeria's Bola Tinubu").
func (s *scanner) listEndingAt(sent sentence, c int) ([]facts.Person, int) {
	if c > sent.t0+1 && (s.inSet(selfWords, c-1) || s.dash(c-1)) {
		// "Nouvel himself was present", "the three Marines - B, C and D -
		// were present": the list before.
		if people, j := s.listEndingAt(sent, c-1); len(people) > 0 {
			return people, j
		}
	}
	if s.ageAside(c) {
		// "said Buffett, 89, who chaired the meeting": the name before
		// the age.
		if people, j := s.listEndingAt(sent, c-2); len(people) > 0 {
			return people, j
		}
	}
	if s.word(c-1, cRelative) && s.punct(c-2, ",") {
		// "Le capitaine Traoré, qui n'a pas assisté à la réunion, …":
		// the relative stands for the name before the comma, or for the
		// last of a list when its verb is singular: "Étaient conviés B et
		// C, qui a décliné".
		if people, j := s.listEndingAt(sent, c-2); len(people) > 0 {
			if len(people) > 1 && s.singularVerbAt(c, sent.t1) {
				return s.lastOfList(people, j, c-2)
			}
			return people, j
		}
		// "Elle a succédé à B, qui n'assistait pas à la session": a
		// name after a preposition too.
		for j := max(sent.t0+1, c-8); j < c-2; j++ {
			if !s.is(j-1, cPrep|cPlacePrep) {
				continue
			}
			if people, next := s.personList(j, c-2, false); len(people) > 0 && next == c-2 {
				return people, j
			}
		}
	}
	if m := s.orgEndingAt(c-2, true); m >= 0 && s.punct(c-1, ",") && s.word(s.skipDeterminerBack(s.ments[m].t0)-1, cCoordinator) {
		// "the OECD, set up in 1961, and the African Union, represented
		// by its chairman": the last subject is an organisation, and
		// none of the list is a person.
		return nil, c
	}
	ends := []int{c}
	if k := s.companionAsideBefore(sent, c); k > 0 {
		// "Le chef de l'État, accompagné de sa compagne, Valérie
		// Trierweiler, a été accueilli": the subject is before the aside.
		ends = []int{k - 1}
	} else if s.punct(c-1, ",") {
		ends = append(ends, c-1) // "…, Omar Touray, did not attend"
		// An apposition or a relative clause between commas: "Tiani, who
		// led the coup, was not present", "Ahmad Ahmad, banned by FIFA in
		// 2020, was absent", "X, the outgoing chairperson, did not attend".
		for q := c - 2; q > sent.t0 && q > c-30; q-- {
			if s.punct(q, ",") {
				if s.inSet(companionParticiples, q+1) || s.inSet(agentPreps, q+2) && s.toks[q+1].kind == tWord && !s.toks[q+1].cap {
					// The company is not the subject, nor is the agent of a
					// participle: "B, invited by Infantino, did not attend",
					// "Le chef de l'État, accompagné de sa compagne, C, a été
					// accueilli".
					ends = []int{q}
					if !s.inSet(companionParticiples, q+1) {
						ends = []int{c, q}
					}
				} else if t := &s.toks[q+1]; t.kind == tWord && !t.cap && (s.word(q+1, cDeterminer|cRelative) || s.inSet(asideRelatives, q+1)) ||
					s.nameWord(q+1) && s.possessiveAt(q+2) && q+4 < c && !s.toks[q+4].cap ||
					s.nameWord(q+1) && s.nameWord(q+2) && s.possessiveAt(q+3) && q+5 < c && !s.toks[q+5].cap ||
					t.cap && s.titleAt(q+1, c) && !s.titleBeforeName(q+1, c) {
					// An aside after the name, a noun phrase or a
					// relative clause, comes before a name at its end:
					// "Boluarte, whose government was represented by B,
					// stayed away", "Sonko, le chef du parti Pastef, se
					// tenait au premier rang", "Modrow, East Germany's last
					// communist prime minister, sat in the front row", "B,
					// PDG du CNES, était également présent".
					ends = []int{c, q, c - 1}
					if s.word(q+1, cRelative) || s.inSet(representingWords, q+1) {
						// "Le Qatar, qui avait accueilli une rencontre entre
						// A et B, était représenté": not the relative's names,
						// nor the one represented ("Charles, representing his
						// mother Queen Elizabeth, was accompanied by B").
						ends = []int{c, q}
					}
					if r := s.asideBefore(sent, q); r >= 0 {
						ends = append(ends, r) // "B, son prédécesseur, qui a quitté …, était présent"
					}
					if s.ageAside(q) {
						ends = append(ends, q-2) // "Munger, 96, Berkshire's vice chairman, did not attend"
					}
				} else if t.kind == tWord && !t.cap {
					ends = append(ends, q)
					if s.titleAt(q+1, c) {
						// "l'archevêque Makarios, président de la jeune
						// République de Chypre, ont pris part": the list
						// before the title's aside first.
						ends = append([]int{q}, ends...)
					}
					// "La ministre, B, représentant l'État, premier
					// actionnaire, n'a pas …": asides one after another.
					for n := 0; n < 2; n++ {
						r := q - 1
						for r > sent.t0 && r > q-12 && !s.punct(r, ",") {
							r--
						}
						if !s.punct(r, ",") || s.toks[r+1].kind != tWord || s.toks[r+1].cap {
							break
						}
						q = r
						ends = append(ends, q)
					}
					for r := q - 1; r > sent.t0 && r > c-40; r-- {
						if s.punct(r, ",") && (s.word(r+1, cRelative) || s.inSet(asideRelatives, r+1)) {
							// "L'opposant B, dont le parti, Les
							// Transformateurs, créé en 2019, avait appelé
							// au boycott, n'était pas dans la salle": the
							// relative's own asides.
							ends = append(ends, r)
							break
						}
					}
				}
				break
			}
		}
	}
	for _, c := range ends {
		if s.inSet(selfWords, c-1) {
			c-- // "Nouvel himself, who also designed …, was present"
		}
		for j := max(sent.t0, c-40); j < c; j++ {
			if s.is(j-1, cPrep|cDeterminer|cPlacePrep) || s.punct(j-1, "'") || s.inSet(regionPreps, j-1) || s.complementBefore(sent, j) {
				continue // "le ministre de l'Agriculture a pris part", "retenu à Abuja, s'est fait représenter", "retenu en Europe,"
			}

			people, next := s.personList(j, c, false)
			if len(people) > 0 && next < c && s.groupTail(next, c) {
				next = c // "Ukraine's Andrii Sybiha and several Western ministers walked out"
			}
			if len(people) == 0 || next != c || s.anyIn(j, c, func(k int) bool { return s.punct(k, ";") }) {
				continue // "represented by B; President C, …, stayed away": C alone
			}
			if k := s.commaAnd(j, c); len(people) > 1 && k > j && s.afterVerb(j) {
				// "sent B, and Argentina's C was absent": the list after
				// a verb is its object, and the subject opens the clause
				// after ", and".
				if ps, next := s.personList(k, c, false); len(ps) > 0 && next == c {
					people, j = ps, k
				}
			}
			if a := s.countryEndingAt(sent.t0, c-1); a >= 0 && a <= j && len(people) == 1 {
				continue // "Saudi Arabia, invited to join, sent …": a country
			}
			if len(people) == 1 && people[0].Title == "" && people[0].ID == "" && s.capital(c-1) {
				continue // "New Delhi was represented by B": a capital for its country
			}
			first := people[0]
			if lone := first.ID == "" && first.Title == "" && s.personName(j, c) == j+1; lone && j > sent.t0 && s.nameWord(j-1) {
				continue // the end of a name: "the Western Balkans take part", "in Cabo Delgado, and B was missing"
			}
			if p, ok := s.namedBefore(j); ok && first.ID == "" && first.Title == "" && s.personName(j, c) == j+1 && s.isWord(j, first.Name) {
				// "Milei, who has called the bloc a prison, sent …" after
				// "President Javier Milei chose not to attend".
				people[0] = p
			} else if j == s.datelineEnd(sent) && first.ID == "" && first.Title == "" && s.personName(j, c) == j+1 && !s.punct(j+1, "'") {
				people = people[1:]
				j = s.firstItemAfter(j, c)
				if len(people) == 0 {
					continue
				}
			}
			if more, k := s.coordinatedApposition(sent, j); len(more) > 0 {
				people, j = append(more, people...), k
			}
			return people, j
		}
	}
	return nil, c
}

// asideBefore returns the comma that opens a noun phrase or a relative
// clause between commas, closed by the comma at token q: the first of
// two asides after a name ("B, son prédécesseur, qui a quitté …,"), or
// -1.
func (s *scanner) asideBefore(sent sentence, q int) int {
	for r := q - 1; r > sent.t0 && r > q-12; r-- {
		if s.punct(r, ",") {
			if t := &s.toks[r+1]; t.kind == tWord && !t.cap && s.word(r+1, cDeterminer|cRelative) {
				return r
			}
			return -1
		}
	}
	return -1
}

// regionPreps are the prepositions, folded, before a country, a
// continent or a year: "retenu en Europe", "fondée en 2016".
var regionPreps = foldSet("en", "in")

// commaAnd returns the token after the last ", and" (", et") in [j, c),
// or -1.
func (s *scanner) commaAnd(j, c int) int {
	for q := c - 2; q >= j; q-- {
		if s.punct(q, ",") && s.word(q+1, cCoordinator) {
			return q + 2
		}
	}
	return -1
}

// afterVerb reports whether token j follows a lower-case word that is no
// function word: a verb, whose object starts at j ("sent B").
func (s *scanner) afterVerb(j int) bool {
	if j == 0 {
		return false
	}
	t := &s.toks[j-1]
	return t.kind == tWord && !t.cap && !s.is(j-1, cFunction)
}

// hostAside reports whether an aside between commas in [start, chain)
// calls the person before it the host: "B, the summit's host,", "B,
// hôte de la rencontre,".
func (s *scanner) hostAside(start, chain int) bool {
	if !s.punct(chain-1, ",") {
		return false
	}
	for q := chain - 2; q > start && q > chain-8; q-- {
		if s.punct(q, ",") {
			return false
		}
		if s.inSet(hostNouns, q) && !s.toks[q].cap {
			return true
		}
	}
	return false
}

// chairTitles are the titles, folded, of who chairs an event when their
// office names it: "le président de la conférence", "the chair of the
// summit".
var chairTitles = foldSet("président", "présidente", "chair", "chairman", "chairwoman", "president")

// hostOffice reports whether the office at [i, j) after a title is the
// host's: "le maire de la ville hôte", "le président du pays hôte".
func (s *scanner) hostOffice(i, j int) bool {
	return s.anyIn(i, j, func(q int) bool { return s.inSet(hostNouns, q) && !s.toks[q].cap })
}

// bodysChair reports whether the claim at [start, chain) names its
// person as the chair of a body that is not named, the one that meets:
// "The board's chair, Ambassador B, opened the session", not "Cricket
// Australia chair B".
func (s *scanner) bodysChair(start, chain int) bool {
	for q := start; q+3 < chain; q++ {
		if s.word(q, cGenericOrg|cOrgHead) && !s.toks[q].cap && s.possessiveAt(q+1) {
			if t, _, ok := lookup(s, s.lex.titles, cTitleStart, q+3, chain); ok && t.name == "chair" {
				return true
			}
		}
	}
	return false
}

// hostNouns are the nouns, folded, of the host of an event.
var hostNouns = foldSet("host", "hôte", "hôtesse")

// companionAside reports whether a companion participle after a comma
// stands at token i: ", flanked by", ", accompagné de".
func (s *scanner) companionAside(i int) bool {
	return i > 0 && s.inSet(companionParticiples, i) && s.punct(i-1, ",")
}

// companionAsideBefore returns the participle of the companion aside
// (see companionAside) that ends with the comma before token c, or 0:
// ", accompagné de sa compagne, Valérie Trierweiler,".
func (s *scanner) companionAsideBefore(sent sentence, c int) int {
	if !s.punct(c-1, ",") {
		return 0
	}
	for k := c - 2; k > sent.t0 && k > c-14; k-- {
		if s.companionAside(k) {
			return k
		}
		if s.word(k, cChain|cRelative) {
			return 0
		}
	}
	return 0
}

// continues reports whether claim ac, found by trig, goes on with the
// people of the claim last before it, one claim about one event: the
// event's host or chair and its guests ("The meeting, hosted by B,
// brought together C and D", "B chaired the session, which C attended",
// "présidée par B, en présence de C",
// "B and C hosted a ceremony attended by D and E"), or the company of the
// last claim's people ("s'est rendue sur les lieux, accompagnée du préfet
// B").
func (s *scanner) continues(last, ac attendanceClaim, trig attendanceTrigger) bool {
	switch {
	case trig.role == "" && s.leadsAll(last) && !slices.ContainsFunc(ac.people, func(p facts.Person) bool { return p.Role != "" || !p.Present }) &&
		s.linkBetween(last.t1, ac.t0) && (trig.gathers || trig.presence || s.anyIn(last.t1, ac.t0, func(k int) bool { return s.word(k, cRelative) })):
		return true
	case trig.form == aAfter && trig.role == "" && s.hostOf(last) && s.eventBetween(last.t1, ac.t0):
		return true
	}
	return (s.companionAside(ac.t0) && last.t1 == ac.t0-1 || s.inSet(companionParticiples, ac.t0) && last.t1 == ac.t0) && anyPresent(last.people)
}

// hostOf reports whether claim a names a host.
func (s *scanner) hostOf(a attendanceClaim) bool {
	return slices.ContainsFunc(a.people, func(p facts.Person) bool { return p.Role == "host" })
}

// leadsAll reports whether every person of claim a hosts or chairs.
func (s *scanner) leadsAll(a attendanceClaim) bool {
	return len(a.people) > 0 && !slices.ContainsFunc(a.people, func(p facts.Person) bool { return p.Role != "host" && p.Role != "chair" })
}

// linkBetween reports whether the tokens [a, b) only link a claim to the
// next one about the same event: a comma, a relative, the event's noun
// ("hosted by B, brought together", "chaired the session, which C
// attended").
func (s *scanner) linkBetween(a, b int) bool {
	if b < a || b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		if !s.punct(k, ",") && !s.word(k, cRelative|cDeterminer) && !s.word(k, cEventHead) {
			return false
		}
	}
	return true
}

// eventBetween reports whether the tokens [a, b) are a short mention of
// an event and nothing else: "a ceremony", "la cérémonie".
func (s *scanner) eventBetween(a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if s.toks[k].kind != tWord && !s.punct(k, "'") {
			return false
		}
	}
	return s.anyIn(a, b, func(k int) bool { return s.word(k, cEventHead) })
}

// companionIn reports whether claim a holds a companion aside after its
// first token: "B, flanked by C".
func (s *scanner) companionIn(a attendanceClaim) bool {
	return s.anyIn(a.t0+1, a.t1, s.companionAside)
}

// keepRoles gives each person of dst the role that the same person has
// in src, when src gives one.
func keepRoles(dst, src []facts.Person) {
	for k := range dst {
		if j := slices.IndexFunc(src, func(q facts.Person) bool { return q.Name == dst[k].Name }); j >= 0 && src[j].Role != "" {
			dst[k].Role = src[j].Role
		}
	}
}

// peopleWithin reports whether every person of a is in b, with the same
// presence.
func peopleWithin(a, b []facts.Person) bool {
	for _, p := range a {
		if !slices.ContainsFunc(b, func(q facts.Person) bool { return q.Name == p.Name && q.Present == p.Present }) {
			return false
		}
	}
	return len(a) > 0
}

// companionParticiples are the participles, folded, of an aside that
// names someone's company, who is not the sentence's subject: "Tinubu,
// flanked by Vice President B, opened the summit", "le président Faye,
// accompagné de son Premier ministre B, est arrivé".
var companionParticiples = foldSet("flanked", "accompanied", "accompagné", "accompagnée", "accompagnés", "accompagnées", "entouré", "entourée")

// asideRelatives are the relatives, folded, that open an aside besides
// those of the lexicon ("Goïta, dont le pays abrite le delta, …"), and
// the words of a nickname ("B, known as Hemedti, did not attend").
var asideRelatives = foldSet("dont", "known", "dit", "surnommé", "representing", "représentant")

// nonNameStarts are the words, folded, that start the name of a thing,
// not of a person: "Operation Barkhane".
var nonNameStarts = foldSet("operation", "opération", "les")

// namePronouns are the French subject pronouns, folded, that a capital
// opening a quotation or a sentence makes look like names.
var namePronouns = foldSet("je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "on")

// singularVerbAt reports whether the verb of a clause at token c, after
// a negation or a reflexive pronoun, is an auxiliary in the singular:
// "qui a décliné", "qui n'était pas", "who was".
func (s *scanner) singularVerbAt(c, end int) bool {
	for k := c; k < min(c+4, end); k++ {
		if w := s.tk.fold(k); w != "n" && w != "ne" && w != "'" && w != "s" && w != "se" {
			return s.inSet(singularAuxiliaries, k)
		}
	}
	return false
}

// singularAuxiliaries are the auxiliaries, folded, whose subject is one
// person.
var singularAuxiliaries = foldSet("a", "avait", "aura", "aurait", "est", "était", "sera", "serait", "fut",
	"was", "is", "has")

// lastOfList returns the last person of the list people, read from the
// tokens [j, end), and the token where that person's item starts; the
// whole list and j when its last item cannot be told apart.
func (s *scanner) lastOfList(people []facts.Person, j, end int) ([]facts.Person, int) {
	for k := end - 1; k > j; k-- {
		if !s.word(k, cCoordinator) && !s.punct(k, ",") {
			continue
		}
		if last, next := s.personList(k+1, end, false); len(last) == 1 && next == end {
			return last, k + 1
		}
	}
	return people, j
}

// selfWords are the emphatic pronouns, folded, that may follow a name:
// "Nouvel himself".
var selfWords = foldSet("himself", "herself", "lui-même", "elle-même")

// ageAside reports whether an age stands between commas before token c:
// "Munger, 96, did not attend".
func (s *scanner) ageAside(c int) bool {
	return c >= 2 && s.toks[c-1].digit && len(s.tk.fold(c-1)) <= 3 && s.punct(c-2, ",")
}

// representingWords are the participles, folded, of an aside that names
// whom the subject stands for.
var representingWords = foldSet("representing", "représentant")

// guestPronouns are the pronouns, folded, that stand for guests named
// before: "B welcomed him".
var guestPronouns = foldSet("him", "her", "them")

// absolutes are the participles, folded, that open an absolute clause.
var absolutes = foldSet("ayant", "having")

// namedBefore returns the person of an earlier attendance claim whose
// name ends with the word at token j, as news names a person the second
// time: "Milei" for "Javier Milei". Failing that, a name that starts with
// it, as family names come first in Chinese and Korean names: "Xi" for
// "Xi Jinping", "Lee" for "Lee Jae-myung". Failing both, a person the text
// named earlier in full, in no claim: "Wanblad" after "Anglo American
// chief executive Duncan Wanblad will lead the group", "Ebadi" after
// "after Shirin Ebadi in 2003".
func (s *scanner) namedBefore(j int) (facts.Person, bool) {
	if !s.nameWord(j) || s.toks[j].caps {
		return facts.Person{}, false
	}
	w := s.tk.fold(j)
	for k := len(s.claims) - 1; k >= 0; k-- {
		for _, p := range s.claims[k].People {
			if f := s.nameFolds(p.Name); f.words == 1 && f.last == w {
				return facts.Person{Name: p.Name, ID: p.ID}, true // "King Charles opened …", then "Charles"
			}
		}
	}
	// The family name last, then first.
	for _, last := range []bool{true, false} {
		for k := len(s.claims) - 1; k >= 0; k-- {
			for _, p := range s.claims[k].People {
				if f := s.nameFolds(p.Name); f.words > 1 && (last && f.last == w || !last && f.first == w) {
					return facts.Person{Name: p.Name, ID: p.ID}, true
				}
			}
		}
	}
	if s.named == nil {
		s.named = s.namedPeople()
	}
	for _, byWord := range []map[string][]int{s.named.last, s.named.first} {
		ks := byWord[w]
		for k := len(ks) - 1; k >= 0; k-- {
			if p := s.named.people[ks[k]]; p.at < j {
				return facts.Person{Name: p.Name, ID: p.ID}, true
			}
		}
	}
	return facts.Person{}, false
}

// titledElsewhere reports whether the text names p in full with a title
// somewhere: "François Mitterrand a inauguré", after "le président
// François Mitterrand", is a person.
func (s *scanner) titledElsewhere(p facts.Person) bool {
	f := s.nameFolds(p.Name)
	if f.words < 2 {
		return false
	}
	if s.named == nil {
		s.named = s.namedPeople()
	}
	for _, k := range s.named.last[f.last] {
		if q := s.named.people[k]; q.Title != "" && lang.Fold(q.Name) == lang.Fold(p.Name) {
			return true
		}
	}
	return false
}

// fullNames gives the people of claim a named by one word, with a title
// or not, the full name the text gave them before: "Le prince Abdallah"
// after "le prince héritier Abdallah ben Abdelaziz", "M. Moon" after
// "Moon Jae-in".
func (s *scanner) fullNames(a attendanceClaim) {
	for k := range a.people {
		p := &a.people[k]
		if p.ID != "" || strings.ContainsAny(p.Name, " -") {
			continue
		}
		for j := a.t0; j < a.t1; j++ {
			if !s.isWord(j, p.Name) {
				continue
			}
			if named, ok := s.namedBefore(j); ok && named.Name != p.Name && !s.otherTitle(named.Name, p.Title) {
				p.Name, p.ID = named.Name, named.ID
			}
			break
		}
	}
}

// officeOf reports whether the word at token i completes a title's
// office rather than starting a name: "State" of "Secretary of State
// Madeleine Albright".
func (s *scanner) officeOf(i int) bool {
	return i >= 2 && s.tk.fold(i-1) == "of" && s.cls[i-2]&cTitleStart != 0
}

// otherTitle reports whether a claim before gives the person named name
// a title other than title: "le roi Abdallah II" is not "le prince
// Abdallah".
func (s *scanner) otherTitle(name, title string) bool {
	if title == "" {
		return false
	}
	for _, c := range s.claims {
		for _, p := range c.People {
			if p.Name == name && p.Title != "" && p.Title != title {
				return true
			}
		}
	}
	return false
}

// foldedName is the number of words of a person's name and its first and
// last words, folded.
type foldedName struct {
	words       int
	first, last string
}

// nameFolds returns the folded words of a person's name, remembered from
// one call to the next.
func (s *scanner) nameFolds(name string) foldedName {
	if f, ok := s.foldedNames[name]; ok {
		return f
	}
	if s.foldedNames == nil {
		s.foldedNames = map[string]foldedName{}
	}
	var f foldedName
	if ts := tokenize(name); len(ts.list) > 0 {
		f = foldedName{words: len(ts.list), first: ts.fold(0), last: ts.fold(len(ts.list) - 1)}
	}
	s.foldedNames[name] = f
	return f
}

// introducedPerson is a person the text names in full, and the token
// where the name, or what opens its title, starts.
type introducedPerson struct {
	facts.Person
	at int
}

// namedIndex holds the people the text names in full (namedPeople), in
// text order, and their indexes by the folded last and first words of
// their names.
type namedIndex struct {
	people      []introducedPerson
	last, first map[string][]int
}

// sovereigns are the titles, folded, that come with a single name:
// "Queen Margrethe", "le roi Charles", "Pope Leo".
var sovereigns = foldSet("king", "queen", "pope", "emperor", "empress", "roi", "reine", "pape", "empereur", "impératrice")

// namedPeople indexes the people of two words or more that the text
// names, after a title or a country's possessive or alone, and the
// sovereigns named by one word after their title ("Queen Margrethe").
func (s *scanner) namedPeople() *namedIndex {
	var out []introducedPerson
	for _, sent := range s.sents {
		headline := s.allCaps(sent) || s.titleCase(sent)
		for i := sent.t0; i < sent.t1; i++ {
			if s.cls[i]&cTitleStart != 0 || s.punct(i+1, "'") {
				pr, _, next, ok := s.personItem(i, sent.t1, false)
				if ok && pr.Title != "" && (strings.Contains(pr.Name, " ") || s.inSet(sovereigns, i) || s.inSet(sovereigns, i+1)) {
					out = append(out, introducedPerson{pr, i})
					i = next - 1
				}
				continue
			}
			// A name alone, inside a sentence of prose: not a headline's
			// words ("Audi Unveils Its Team"), nor what follows a
			// possessive ("Canada's Teck Resources"), nor what opens a
			// sentence unless a word in lower case follows it ("Peter
			// Mutharika was sworn in").
			if !headline && s.nameWord(i) && !s.nameWord(i-1) && !s.possessiveAt(i-2) && s.mentionAt(i) < 0 && !s.officeOf(i) {
				n := i
				if s.demonymNoun(i) && s.nameWord(i+1) {
					n = i + 1 // "l'Égyptien Abdelaziz Abdallah Salem": a nationality, then the name
				}
				if r := s.personName(n, sent.t1); r >= n+2 && !s.anyIn(n, r, func(k int) bool { return s.cls[k]&cTitleStart != 0 }) &&
					(n > s.datelineEnd(sent) || r < len(s.toks) && s.toks[r].kind == tWord && !s.toks[r].cap) {
					a, b := s.tokenSpan(n, r)
					out = append(out, introducedPerson{facts.Person{Name: s.text[a:b]}, n})
					i = r - 1
				}
			}
		}
	}
	ix := &namedIndex{people: out, last: map[string][]int{}, first: map[string][]int{}}
	for k, p := range out {
		ts := tokenize(p.Name)
		last, first := ts.fold(len(ts.list)-1), ts.fold(0)
		ix.last[last] = append(ix.last[last], k)
		ix.first[first] = append(ix.first[first], k)
	}
	return ix
}

// groupOfPeople reads a group of people that ends at token c, where the
// verb's chain starts:
//
//	[quantifier [prep]] [det] [number [outOf [prep] number]] noun [prep [det] org] [outOf number]
//
// "les trois chefs d'État", "tous les dirigeants de l'AES", "aucun des
// trois présidents", "trois chefs d'État sur trois", "all three leaders",
// "none of the presidents", "three out of three leaders"; noun is a
// plural title or a group noun ("leaders", "dirigeants"). The group
// stands for the last list of people named before it (see
// [scanner.peopleList]), of its number when it has one; a number out of
// a larger one ("deux sur trois") does not say who. It returns copies of
// the people, the group's first token and whether its quantifier is
// negative ("aucun", "none").
func (s *scanner) groupOfPeople(sent sentence, c int) ([]facts.Person, int, bool) {
	for j := max(sent.t0, c-maxDescription); j < c; j++ {
		if g := j + 1; s.inSet(amongs, j) && j > sent.t0 && s.word(j-1, cChain) {
			// "A, B and C were among some 30 heads of state in the
			// hall": the people named before the verb, among the group.
			if s.inSet(vagueQuantities, g) {
				g++
			}
			if _, _, ok := s.groupAt(g, c); ok {
				if people, start := s.listEndingAt(sent, j-1); len(people) > 0 {
					return people, start, false
				}
			}
		}
		if g := j + 1; s.word(j, cChain) && j > sent.t0 && s.word(g, cDeterminer) {
			// "A and B were the only foreign heads of state in
			// attendance": the people named before the copula are the
			// group.
			if _, _, ok := s.groupAt(g, c); ok {
				if people, start := s.listEndingAt(sent, j); len(people) > 0 {
					return people, start, false
				}
			}
		}
		n, negative, ok := s.groupAt(j, c)
		if !ok {
			continue
		}
		people := s.peopleList(j, sent.para, n)
		if len(people) == 0 {
			return nil, c, false
		}
		return people, j, negative
	}
	return nil, c, false
}

// onlys are the words, folded, that single out a group after its
// determiner: "the only foreign leaders", "les seuls chefs d'État".
var onlys = foldSet("only", "seuls", "seules")

// groupAt reports whether tokens [j, c) are a group of people, as
// [scanner.groupOfPeople] reads it, and returns its number (0 when it
// has none) and whether its quantifier is negative.
func (s *scanner) groupAt(j, c int) (n int, negative, ok bool) {
	p := j
	quantified := false
	if v, found := s.lex.quantifiers[s.tk.fold(p)]; found && s.toks[p].kind == tWord {
		negative, quantified = v, true
		p = s.skipPrep(p+1, c, cPrep) // "aucun des", "none of"
	}
	if s.tk.fold(p) == "its" {
		// "Its leaders first met in 2021": an organisation's leaders, not
		// the people named before.
		return 0, false, false
	}
	determined := s.word(p, cDeterminer)
	p = s.skipDeterminer(p, c)
	p = s.skipApprox(p)
	n, p = s.numberAt(p, c)
	if determined && s.inSet(onlys, p) {
		p++ // "the only", "les seuls"
	}
	if s.word(p, cModifier) && !s.toks[p].cap {
		p++ // "plusieurs anciens élus", "several former leaders"
	}
	if n > 0 && s.inSet(s.lex.outOf, p) {
		// "three out of three leaders"
		m, q := s.numberAt(s.skipPrep(p+1, c, cPrep), c)
		if m != n {
			return 0, false, false
		}
		p = q
	}
	if !quantified && !determined && n == 0 {
		return 0, false, false
	}
	if !s.lex.postAdjectives && s.adjective(p) && !s.toks[p].cap {
		if _, _, found := lookup(s, s.lex.titles, cTitleStart, p+1, c); found || s.inSet(s.lex.groups, p+1) {
			p++ // "the only foreign heads of state"
		}
	}
	if t, next, found := lookup(s, s.lex.titles, cTitleStart, p, c); found && t.plural {
		p = next
	} else if s.inSet(s.lex.groups, p) {
		p++
	} else {
		return 0, false, false
	}
	if s.lex.postAdjectives && p+1 == c && s.adjective(p) && !s.toks[p].cap {
		p++ // "les seuls chefs d'État étrangers"
	}
	if q := s.skipDeterminer(s.skipPrep(p, c, cPrep), c); q > p {
		if m := s.orgAt(q, true); m >= 0 {
			p = s.ments[m].t1 // "de l'AES", "of the member states"
		}
	}
	if n > 0 && s.inSet(s.lex.outOf, p) {
		// "trois chefs d'État sur trois"
		m, q := s.numberAt(p+1, c)
		if m != n {
			return 0, false, false
		}
		p = q
	}
	return n, negative, p == c
}

// skipApprox returns the token after words that make the number at
// token p approximate ("more than 50 heads of state", "plus de 50 chefs
// d'État", "some 40 leaders"), or p.
func (s *scanner) skipApprox(p int) int {
	switch w := s.tk.fold(p); {
	case (w == "more" || w == "plus") && s.inSet(thanWords, p+1):
		return p + 2
	case w == "pres" && s.tk.fold(p+1) == "de":
		return p + 2
	case s.inSet(approxWords, p):
		return p + 1
	}
	return p
}

// thanWords and approxWords are the words, folded, of an approximate
// number (see skipApprox).
var (
	thanWords   = foldSet("than", "de", "d")
	approxWords = foldSet("over", "nearly", "some", "about", "around", "almost", "quelque", "environ")
)

// numberAt reads a number at token i, in digits or in words ("three",
// "trois"), before end; it returns its value and the token after it, or
// 0 and i.
func (s *scanner) numberAt(i, end int) (int, int) {
	if i >= end || s.toks[i].kind != tWord {
		return 0, i
	}
	if s.toks[i].digit {
		if n, ok := groupedNumber(s.tk.fold(i)); ok {
			return n, i + 1
		}
		return 0, i
	}
	if n, ok := s.lex.numbers[s.tk.fold(i)]; ok {
		return n, i + 1
	}
	return 0, i
}

// groupedNumber reads a whole number written in digits, its thousands
// maybe grouped by commas, points or spaces that are one token: "800",
// "8,000", "8.000", "8 000"; not "1.5".
func groupedNumber(w string) (int, bool) {
	groups := strings.FieldsFunc(w, func(r rune) bool { return r == ',' || r == '.' || r == '\u202f' || r == '\u00a0' })
	n := 0
	for k, g := range groups {
		d, err := strconv.Atoi(g)
		if err != nil || k > 0 && len(g) != 3 {
			return 0, false
		}
		n = n*1000 + d
	}
	return n, len(groups) > 0
}

// possessivePeople returns the people whose absence or presence the
// trigger at token i is, by a possessive before it, and the first token
// of the claim: the people named before "'s" ("Traoré's absence",
// "General Goïta's presence"), or, after a singular possessive ("son
// absence", "his presence"), the one person named last before it, in
// its paragraph or the one before.
func (s *scanner) possessivePeople(sent sentence, i int) ([]facts.Person, int) {
	switch {
	case s.word(i-1, cClitic) && s.punct(i-2, "'"):
		people, start := s.listEndingAt(sent, i-2)
		if len(people) == 0 {
			return nil, i
		}
		return people, start
	case s.inSet(s.lex.senders, i-1) && !s.word(i-1, cPlural):
		var one []facts.Person
		ok := true
		s.eachList(i-1, sent.para, func(people []facts.Person) {
			for _, pr := range people {
				ok = ok && (one == nil || one[0].Name == pr.Name)
				one = []facts.Person{pr}
			}
		})
		if !ok || one == nil {
			return nil, i // no one, or which of them?
		}
		return one, i - 1
	}
	return nil, i
}

// peopleList returns a copy of the last list of two people or more named
// before token i in paragraph para or the one before, among the last
// 4*lookBack tokens, with n of them when n is not 0, or nil.
func (s *scanner) peopleList(i, para, n int) []facts.Person {
	var found []facts.Person
	s.eachList(i, para, func(people []facts.Person) {
		if len(people) >= 2 && (n == 0 || len(people) == n) {
			found = people
		}
	})
	return slices.Clone(found)
}

// eachList calls f with each list of people named before token i in
// paragraph para or the one before, among the last 4*lookBack tokens, in
// order.
func (s *scanner) eachList(i, para int, f func([]facts.Person)) {
	from := i - 4*lookBack
	k := sort.Search(len(s.sents), func(k int) bool { return s.sents[k].para >= para-1 && s.sents[k].t1 > from })
	for ; k < len(s.sents) && s.sents[k].t0 < i; k++ {
		end := min(s.sents[k].t1, i)
		for j := max(s.sents[k].t0, from); j < end; j++ {
			people, next := s.personList(j, end, false)
			if len(people) > 0 {
				f(people)
				j = next - 1
			}
		}
	}
}

// firstItemAfter returns the token after the separator that follows the
// one-word item at j.
func (s *scanner) firstItemAfter(j, end int) int {
	if _, after, ok := lookup(s, s.lex.separators, cSeparatorStart, j+1, end); ok {
		return after
	}
	return j + 1
}

// when reads a day or, when dates is set, a date among the few lower-case
// words at i: "ait été notée le premier jour", "on the first day". It
// returns the value and the token after it, or i.
func (s *scanner) when(i, end int, dates bool) (string, int) {
	for p, n := i, 0; p < end && n < 6; n++ {
		if v, q, ok := lookup(s, s.lex.days, cDayStart, p, end); ok {
			return v, q
		}
		if d, ok := s.dateAt(p); ok && dates && d.Type == timex.Date {
			return d.Value, d.t1
		}
		t := &s.toks[p]
		if t.kind != tWord || t.cap || s.is(p, cCoordinator|cRelative) {
			break
		}
		p++
	}
	return "", i
}

// sentenceDate returns the value of the first date of sent that lies
// outside the attendance claims found and the founding claims of the
// sentence, and before a semicolon after them: the event's date.
func (s *scanner) sentenceDate(sent sentence, found []attendanceClaim) string {
	for k := s.firstDate(sent.t0); k < len(s.dates); k++ {
		d := &s.dates[k]
		if d.t0 >= sent.t1 {
			break
		}
		if d.t0 < sent.t0 || (d.Type != timex.Date && d.Type != timex.Time) {
			continue
		}
		inside := false
		for _, ac := range found {
			inside = inside || (ac.t0 <= d.t0 && d.t0 < ac.t1 && !(ac.adjuncts[0] <= d.t0 && d.t1 <= ac.adjuncts[1]))
			// "B was not in the arena on Thursday; he had flown … on
			// Monday night": another clause's date (none rather than a
			// wrong one: "B did not attend the summit; it was the first
			// time since 2017").
			inside = inside || ac.t1 <= d.t0 && s.anyIn(ac.t1, d.t0, func(q int) bool { return s.punct(q, ";") })
		}
		for _, f := range s.foundingSpans {
			inside = inside || (f[0] <= d.t0 && d.t0 < f[1])
		}
		if !inside {
			return d.Value
		}
	}
	return ""
}

// placeIn returns where the event of sent took place: a place after "à",
// "in" or "at" (a gazetteer place, or capitalised words that are not an
// organisation or a person), else a gazetteer place that hosts ("Bamako a
// accueilli").
func (s *scanner) placeIn(sent sentence) string {
	depth := 0
	for p := sent.t0; p < sent.t1; p++ {
		switch {
		case s.punct(p, "("):
			depth++
		case s.punct(p, ")") && depth > 0:
			depth--
		case s.relativeAsideEnd(p, sent.t1) > p:
			// Not where someone in a relative clause between commas
			// lives: "B, who now lives in London, was among the guests".
			p = s.relativeAsideEnd(p, sent.t1) - 1
		case depth == 0 && s.word(p, cPlacePrep) && !s.inSet(keptIn, p-1):
			if place := s.placeAt(p+1, sent.t1); place != "" {
				return place
			}
		}
	}
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= sent.t0 })
	for ; k < len(s.ments) && s.ments[k].t0 < sent.t1; k++ {
		m := &s.ments[k]
		if m.kind != facts.PlaceEntity {
			continue
		}
		chain, _, _ := s.leftChain(m.t1, s.chainEnd(m.t1, sent.t1))
		if trig, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, s.chainEnd(m.t1, sent.t1), sent.t1); ok && trig.role == "host" && chain == m.t1 {
			return s.party(k).name
		}
	}
	return ""
}

// keptIn are the participles, folded, before the place where someone
// stayed, away from the event: "retenu à Dakar", "stuck in Paris".
var keptIn = foldSet("retenu", "retenue", "retenus", "retenues", "resté", "restée", "restés", "stuck", "kept")

// placeWithin returns the first gazetteer place named inside the event
// mention ev ("le forum de Kalto"), else the capitalised words, no
// mention, that end it after its head and a preposition ("le sommet
// d'Abuja"), or "".
func (s *scanner) placeWithin(ev *event) string {
	for p := ev.t0; p < ev.t1; p++ {
		if m := s.mentionAt(p); m >= 0 && s.ments[m].kind == facts.PlaceEntity {
			return s.party(m).name
		}
	}
	for p := ev.t1 - 1; p > ev.t0 && s.nameWord(p) && s.mentionAt(p) < 0; p-- {
		q := p - 1
		if s.punct(q, "'") {
			q--
		}
		if s.word(q, cPrep) && !s.inSet(topicPreps, q) && s.word(q-1, cEventHead) && s.personName(p, ev.t1) == ev.t1 && !s.inSet(stateNouns, p) { // not "un dîner d'État"
			a, b := s.tokenSpan(p, ev.t1)
			return s.text[a:b]
		}
	}
	return ""
}

// topicPreps are the prepositions, folded, that bring in an event's
// subject, not its place: "the Conference on African Development".
var topicPreps = foldSet("on", "sur")

// chainEnd returns the token after the auxiliaries and adverbs at i.
func (s *scanner) chainEnd(i, end int) int {
	for i < end && s.word(i, cChain) {
		i++
	}
	return i
}

// eventFor returns the event an attendance claim refers to: a specific
// mention right after it (its object), else the nearest mention of its
// sentence (before it if any; inside it when the claim holds its
// complement: "was represented at the summit by B"), or, when that is an anaphor
// or there is none, the paragraph's last specific event; an anaphor the
// paragraph does not resolve is its own event ("la réunion").
func (s *scanner) eventFor(ac *attendanceClaim, evs []event, para int) *event {
	var best *event
	if k := sort.Search(len(evs), func(k int) bool { return evs[k].t0 >= ac.t1 }); k < len(evs) && evs[k].t0 <= ac.t1+2 && evs[k].specific {
		return &evs[k] // the verb's object: "did not attend the opening session"
	}
	k := sort.Search(len(evs), func(k int) bool { return evs[k].t1 > ac.t0 })
	switch {
	case k < len(evs) && evs[k].t0 >= ac.t0 && evs[k].t1 <= ac.t1:
		best = &evs[k]
	case k > 0:
		best = &evs[k-1]
	default:
		// An event after the claim, unless another trigger comes first:
		// "met Trump without attending the dinner" met him elsewhere.
		if k = sort.Search(len(evs), func(k int) bool { return evs[k].t0 >= ac.t1 }); k < len(evs) &&
			!s.anyIn(ac.t1, evs[k].t0, func(p int) bool { _, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, p, evs[k].t0); return ok }) {
			best = &evs[k]
		}
	}
	if best != nil && best.specific {
		return best
	}
	if ev := s.paragraphEvent(para, ac.t0); ev != nil {
		return ev
	}
	return best
}

// whenAt reports whether a date opens at token i, with its preposition
// or not, and ends the sentence that ends at token end: "Wang Yi spoke on
// Monday.", not "Trump and Putin spoke on Tuesday, the Kremlin said" (a
// call). With place set, for a presence, the place of the trip may follow
// the date: "est attendu lundi à Yamoussoukro.".
func (s *scanner) whenAt(i, end int, place bool) bool {
	d, ok := s.dateAt(i)
	if !ok && s.word(i, cPrep|cPlacePrep) {
		d, ok = s.dateAt(i + 1)
	}
	if !ok {
		return false
	}
	e := d.t1
	if s.word(e, cCoordinator) {
		if d2, ok := s.dateAt(e + 1); ok {
			e = d2.t1 // "spoke on Tuesday and Wednesday"
		}
	}
	if place && s.word(e, cPlacePrep) && s.nameWord(e+1) {
		// "est attendu lundi à Yamoussoukro.": and the place of the trip
		e++
		for e < end && e < d.t1+5 && s.nameWord(e) {
			e++
		}
	}
	return e >= end || s.punct(e, ".") || s.punct(e, ";") || s.punct(e, ",") && s.word(e+1, cCoordinator) // "spoke on Tuesday, and B …"
}

// titleHolderAt reports whether the title t, from token k to a, is
// followed by its holder, or what stands for one, rather than ending a
// name: "Energy Minister Prince Abdulaziz", "her Swedish counterpart,
// Tobias Billstrom", "Foreign Affairs Minister bin Farhan", "Housing
// Secretary and Deputy Prime Minister Angela Rayner"; not "Billie Jean
// King presented", "Stephen King, Carole King and …".
func (s *scanner) titleHolderAt(k, a, end int, t title) bool {
	if a >= end {
		return t.plural
	}
	switch {
	case s.nameWord(a), s.initial(a), t.plural, s.word(a, cParticle), s.particleName(a):
		return true
	case s.punct(a, ","):
		return !s.toks[k].cap || s.word(k-2, cDeterminer) // "the Soviet President, Mikhail Gorbachev"
	case s.word(a, cCoordinator):
		// "and Deputy Prime Minister B", "and government spokeswoman B"
		if _, _, ok := lookup(s, s.lex.titles, cTitleStart, a+1, end); ok {
			return true
		}
		q := a + 1
		if q < end && s.toks[q].kind == tWord && !s.toks[q].cap && !s.word(q, cDeterminer) {
			_, _, ok := lookup(s, s.lex.titles, cTitleStart, q+1, end)
			return ok
		}
	}
	return false
}

// companionAt reports whether a person whom a trigger's subject joins is
// named at token i, before end: not a name, maybe with a noun, followed
// by a year ("joined Unilever in 1990", "joined the Augustinian order in
// 1977": a company, an order), though a day may follow ("joined Biden on
// Monday").
func (s *scanner) companionAt(i, end int) bool {
	_, _, next, ok := s.personItem(i, end, true)
	if !ok {
		return s.unnamedOfficeAt(i, end) // "joined the new king on the balcony"
	}
	for n := 0; n < 2 && next < end && s.content(next) && !s.toks[next].cap; n++ {
		next++
	}
	if d, dated := s.dateAt(next + 1); dated && s.word(next, cPlacePrep|cPrep) && len(d.Value) == 4 {
		return false
	}
	return true
}
