package claims

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/timex"
)

// foundingClaim is a founding claim being built.
type foundingClaim struct {
	trigger  foundingTrigger
	t0, t1   int // tokens of the claim's span
	trig     int // first token of the trigger
	subjects []party
	objects  []party
	object   string // the object as text, when it is not organisations
	value    string
	// apposition is set for a claim between commas about what was named
	// before it ("the G5 Sahel, a force created in 2014, …").
	apposition bool
}

// foundingIn adds the founding claims of sentence si.
func (s *scanner) foundingIn(si int) {
	sent := s.sents[si]
	s.foundingSpans = s.foundingSpans[:0]
	s.outer = nil
	var prev *foundingClaim // the sentence's last founding claim
	for i := sent.t0; i < sent.t1; {
		if s.cls[i]&cFoundingStart == 0 {
			i++
			continue
		}
		trig, next, ok := lookup(s, s.lex.founding, cFoundingStart, i, sent.t1)
		if !ok || trig.form == fFirstVerb && !s.inSet(firstAdverbs, i-1) || s.unaccented(i) {
			i++
			continue
		}
		if trig.form == fFirstVerb {
			trig.form = fVerb
		}
		if trig.event == facts.EventWithdrew && s.tk.fold(next-1) == "left" && s.tk.fold(next) == "out" {
			i = next // "were left out of the new body": not chosen, not leaving
			continue
		}
		if s.inSet(bornWords, next-1) && s.birthplaceAt(next, sent.t1) {
			i = next // "Née en Haïti, Michaëlle Jean …": a person's birth
			continue
		}
		if trig.event == facts.EventInaugurated && s.inSet(asWords, next) {
			i = next // "was inaugurated as Ireland's 10th president": a person takes office
			continue
		}
		if s.inSet(doors, next-1) && s.inSet(opennessPreps, next) && !s.inSet(publics, s.skipDeterminer(next+1, sent.t1)) {
			i = next // "opened its doors to non-African members": membership, not a start; but "to the public"
			continue
		}
		if trig.event == facts.EventJoined && trig.form == fIntransitive && s.tk.fold(i) == "member" && s.orgEndingAt(i-1, false) >= 0 {
			trig.form = fMemberOf // "Turkey, a NATO member since 1952"
		}
		if s.inSet(historicPresents, i) && s.entryDate(sent) == "" {
			i = next // "The deal creates a company", "forms part of": a timeline's entry only ("1990 - ECOWAS sets up ECOMOG")
			continue
		}
		if trig.form == fVerb && (s.word(i-1, cDeterminer) || (s.punct(i-1, "'") && s.word(i-2, cDeterminer))) && !s.infinitive(i) {
			trig.form = fNoun // "la mise en place de", "l'entrée en vigueur de", not "avant de la réintégrer"
		}
		if trig.event == facts.EventJoined && trig.form == fVerb && s.lex.postAdjectives && s.word(i-2, cDeterminer) && s.toks[i-1].kind == tWord &&
			!s.toks[i-1].cap && !s.is(i-1, cFunction|cChain) {
			i = next // an adjective after its noun: "une société intégrée", not "the country joined"
			continue
		}
		if trig.event == facts.EventOperational && s.inSet(sittings, next-1) && !s.yearAt(next, sent.t1) {
			i = next // "a tenu sa première séance de la législature mardi": a new term, not a body's start
			continue
		}
		if s.tk.fold(i) == "abandoned" && !s.abandonedOrg(next, sent.t1) {
			i = next // "abandoned NATO's position", "abandoned the Kurds"
			continue
		}
		euro := trig.form == fCharter && s.adoptsEuro(next, sent.t1)
		if euro {
			trig.event, trig.form = facts.EventJoined, fVerb // "a adopté l'euro": joined the euro zone
		}
		var fc foundingClaim
		switch trig.form {
		case fNoun:
			ok = s.foundingNoun(sent, i, next, trig, &fc)
		case fSuccession:
			ok = s.succession(sent, i, next, &fc)
		case fCharter:
			ok = s.charter(sent, i, next, &fc)
		case fFounder:
			ok = s.founder(sent, i, next, &fc)
		case fMemberOf:
			ok = s.memberOfSince(sent, i, next, &fc)
		default:
			ok = s.foundingVerb(sent, i, next, trig, prev, &fc)
		}
		if euro && slices.ContainsFunc(fc.subjects, func(p party) bool { return !s.countryParty(p) }) {
			ok = false // "La Banque centrale a adopté l'euro comme devise de référence"
		}
		if ok && fc.t0 < sent.t0 {
			ok = false // a subject read past the sentence's start: "B Movement(!0),the partY founded"
		}
		if ok {
			after := sent.t0
			if prev != nil {
				after = prev.t1
			}
			if trig.form == fNoun && s.word(fc.t0, cPrep) {
				// "ont pris acte mercredi du départ du Niger": a noun
				// after a preposition is a verb's complement, and a date
				// before it is that verb's.
				after = fc.trig
			}
			if fc.value == "" {
				fc.value = s.clauseDate(fc.trig, fc.t1, after)
			}
			if fc.value == "" {
				fc.value = s.entryDate(sent) // "Dec. 8, 1991 - … setting up the CIS"
			}
			if fc.value == "" && trig.form == fNoun && prev != nil && prev.t0 <= fc.t0 && fc.t1 <= prev.t1 {
				// "Née en novembre 1964 de la transformation de la CFTC":
				// the date of the claim whose complement names it.
				fc.value = prev.value
			}
			if fc.value == "" && trig.form == fNoun {
				// "Sa dissolution a été prononcée en décembre 2023", not
				// "le départ du Niger, …, de l'organisation créée en 2014".
				stop := s.nextParticiple(fc.t1, sent.t1)
				fc.value = s.clauseDate(fc.t1, stop, stop)
			}
			if trig.form == fNoun && (s.inSet(sinceLeads, fc.t0-1) || s.inSet(anniversaries, fc.t0-2) && s.word(fc.t0-1, cPrep)) &&
				(fc.value == "" || !s.anyIn(fc.t0, fc.t1, s.inDate)) {
				// "Le Québec en est membre depuis sa création", "le
				// cinquantième anniversaire de sa création", "the largest
				// summit since its founding", on Monday: a point in time
				// for another statement, which says nothing of the
				// founding, unless its own date is in it ("dès sa
				// création en 1964").
				i = next
				continue
			}
			if trig.form == fNoun && prev != nil && len(fc.objects) == 0 && fc.object == "" && prev.trigger.event == trig.event && slices.Equal(prev.subjects, fc.subjects) {
				// "Ukraine announces it will quit the bloc's bodies,
				// completing its withdrawal": from the same organisation.
				fc.objects = slices.Clone(prev.objects)
			}
			s.addFounding(si, &fc)
			s.foundingSpans = append(s.foundingSpans, [2]int{fc.t0, fc.t1})
			s.markOrigins(&fc)
			fc.apposition = s.punct(fc.t0-1, ",") && s.punct(fc.t1, ",")
			prev = &fc
			if !fc.apposition {
				s.outer = &fc
			}
			for g, ok := s.gapped(sent, fc); ok; g, ok = s.gapped(sent, g) {
				s.addFounding(si, &g)
				s.foundingSpans = append(s.foundingSpans, [2]int{g.t0, g.t1})
				prev, next = &g, g.t1
			}
			if g, ok := s.companion(sent, *prev); ok {
				// The claim before the companion stays the previous one:
				// "…, en même temps qu'Israël, puis l'avaient rejointe".
				s.addFounding(si, &g)
				s.foundingSpans = append(s.foundingSpans, [2]int{g.t0, g.t1})
				next = g.t1
			}
		}
		i = next
	}
}

// foundingVerb recognises a founding verb, participle or adjective at
// [i, next):
//
//	subject [chain] trigger [object] complement   "l'AES a été créée en 2023"
//	subject "," [chain] trigger complement         "l'AES, formée en 2023"
//	claim ("," | "et") trigger complement         "… et promue confédération en 2024"
//	subject [chain] trigger object complement      "Mali left ECOWAS in 2025"
//	[chain] trigger object complement              "ont créé l'AES en 2023" (active voice)
//	trigger complement "," subject                 "Créée en 2014, la force …"
//	subject [chain] intransitive complement        "l'alliance a vu le jour en 2023"
//	lead [chain] trigger orgs complement           "after leaving ECOWAS", "après avoir quitté la Cédéao"
//	det chain adjective org                        "the newly operational AES joint force"
//
// lead is one of the lexicon's gerundLeads; what is left after it is an
// organisation, and who left it the sentence's opening organisation or
// the paragraph's (see [scanner.mainSubject]).
// chain is auxiliaries and adverbs; a negation in it rejects the claim.
// In the active voice, an object that is not an organisation rejects the
// claim ("l'AES a créé une banque": the subject created, it was not
// created). The subject of an opening participle may be a generic noun or
// a pronoun standing for the paragraph's organisation. An adjective
// (fState) needs a chain or an apposition. What an organisation was
// founded on is no founding ("founded on the principle of"), unless it is
// a date.
func (s *scanner) foundingVerb(sent sentence, i, next int, trig foundingTrigger, prev *foundingClaim, fc *foundingClaim) bool {
	if trig.event == facts.EventTransformed && s.inSet(etymologies, next) {
		return false // "the river took its name from a village": no renaming
	}
	if s.inSet(births, i) && s.punct(i-1, ",") {
		if ps, start := s.listEndingAt(sent, i); len(ps) > 0 && (ps[0].Title != "" || s.anyIn(start-1, start+3, func(k int) bool { return s.inSet(occupations, k) })) {
			return false // "le philosophe Gaston Berger, né à Saint-Louis": a person's birth
		}
	}
	if trig.form == fFollow {
		if s.lastJoined == nil || s.lastJoinedPara != sent.para {
			return false
		}
		trig = foundingTrigger{event: s.lastJoinedEvent, form: fIntransitive}
	}
	if trig.form == fAdmission {
		if chain, passive, _ := s.leftChain(sent.t0, i); (!passive || s.reflexive(chain, i)) && (!s.punct(chain-1, ",") || s.countryAfter(next, sent.t1)) {
			return s.admission(sent, i, next, trig, fc) // "la CBLT a accueilli", "l'OCS s'est élargie à"
		}
		// "Venezuela was admitted to Mercosur in 2012", "Venezuela,
		// admitted in 2012,": the country joined.
		trig.form = fVerb
	}
	if trig.event == facts.EventWithdrew && trig.form == fVerb && s.withdrawing(sent, i, next, trig, fc) {
		return true
	}
	if trig.event == facts.EventJoined && trig.form == fVerb {
		if _, passive, _ := s.leftChain(sent.t0, i); passive {
			if a := s.agentAfter(next, sent.t1); a >= 0 {
				// "l'OMVS a été rejointe par la Guinée en 2006": the
				// organisation took in the agent.
				return s.admission(sent, i, a, trig, fc)
			}
		}
	}
	if trig.event == facts.EventFounded && s.inSet(trained, i) && s.inSet(admissionPreps, next) {
		if q := s.skipDeterminer(next+1, sent.t1); q < sent.t1 && !s.toks[q].cap && !s.inDate(q) {
			return false // "formé à l'académie du club": trained, not founded
		}
	}
	if s.inSet(becomingWords, i) && prev != nil && prev.trigger.event == facts.EventJoined && s.punct(i-1, ",") && prev.t1 >= i-1 {
		return false // "y a adhéré en 1997, devenant son huitième membre": the same joining
	}
	possessed := false // "became its 55th member": the organisation is a pronoun's
	owner := -1        // "became ASEAN's seventh member": the organisation's mention
	if trig.form == fCopula {
		for next < sent.t1 && (s.inDate(next) || s.inDate(next+1) && s.inSet(datePreps, next)) {
			next++ // "est devenue en 1995 un opérateur de la Francophonie"
		}
		if j, ok := s.becomesMember(next, sent.t1); ok && s.firstToDo(j) < 0 {
			// "became the eighth member of the East African Community",
			// but not "became the first member state to leave": the
			// infinitive says what it did.
			d := next
			for d < j && s.inDate(d) {
				d++
			}
			possessed = s.word(d, cPossessive)
			owner = s.possessorAt(d, sent.t1)
			trig, next = foundingTrigger{event: facts.EventJoined, form: fIntransitive}, j
		}
	}
	if trig.form == fCopula && !s.becomesOrg(next, sent.t1) && !s.orgBecomesName(sent, i, next) {
		return false // "became president", "became operational"
	}
	if trig.event == facts.EventFounded && s.word(next, cGround) && !s.inDate(next) && !s.inDate(next+1) {
		return false // "fondé sur le principe de"
	}
	chain, passive, negated := s.leftChain(sent.t0, i)
	if s.word(chain-1, cInfinitive) && s.inSet(expectations, chain-2) {
		// "is expected to become operational next year": what the
		// article says will happen, as "will become operational".
		chain, passive, negated = s.leftChain(sent.t0, chain-2)
	}
	merged := -1 // the merger before an infinitive of founding
	if infinitive := s.inSet(foundingInfinitives, i); s.word(chain-1, cInfinitive) || infinitive {
		// "merged in 2001 to form BHP Billiton", "a fusionné avec Gaz de
		// France pour former GDF Suez": what the merger made, a fact as
		// the merger is, and dated as it is.
		if merged = s.mergerBefore(sent, chain-1); merged >= 0 && (!infinitive || s.inSet(purposes, i-1) || s.word(i-1, cInfinitive)) {
			chain, passive, negated = s.leftChain(sent.t0, merged)
		} else if infinitive && !s.inSet(futures, i-1) && (s.word(chain-1, cInfinitive) || s.entryDate(sent) == "") {
			// "se sont réunis pour créer une banque", "doit créer": an
			// intention; "Mali, Burkina Faso and Niger form the AES": what
			// they are, but in a timeline's entry what they did ("1996 -
			// China and Russia form the Shanghai Five"). "The deal will
			// create B" is announced.
			return false
		}
	}
	if v := s.firstToDo(chain - 1); v >= 0 {
		// "Burundi became the first country to leave it", "la Hongrie
		// est devenue le troisième pays à quitter la CPI": a fact.
		c, _, _ := s.leftChain(sent.t0, v+1)
		chain = min(v, c)
	}
	// "avant de rejoindre le Nouveau Front populaire": an infinitive after
	// a lead that dates it, as a gerund's.
	lead := chain - 1
	if s.punct(lead, "'") {
		lead-- // "avant d'adopter son nom actuel"
	}
	before := s.word(lead, cInfinitive|cPrep) && s.inSet(s.lex.gerundLeads, lead-1)
	if negated || s.word(chain-1, cInfinitive) && !before || s.counterfactual(sent, i) {
		return false // "has not left", "plans to set up", "would have set up"
	}
	perfect := false
	for k := chain; k < i; k++ {
		perfect = perfect || s.word(k, cPerfect)
	}
	*fc = foundingClaim{trigger: trig, t0: chain, trig: i}
	if merged >= 0 {
		fc.value = s.clauseDate(merged, i, merged)
	}
	states := membership(trig.event) || trig.event == facts.EventDissolved && passive && s.stateOpens(sent, chain)
	k := chain - 1
	if before {
		k = lead - 1 // the lead
	}
	if s.punct(k, ",") && s.toks[max(k-1, 0)].digit && s.punct(k-2, ",") && s.nameWord(k-3) {
		k -= 3 // "Yunus, 84, founded Grameen Bank": an age between the name and its verb
	}
	if s.punct(k, ",") && s.word(k-1, cPronoun) && s.punct(k-2, ",") && k-3 >= sent.t0 {
		k -= 3 // "L'Afrique du Sud, elle, a rejoint l'OUA": the subject before its pronoun
	}
	j := next // where the object or complement starts
	// The verb opens the sentence, or what follows its label: "- Le
	// contexte : créée en 1975, la Cédéao …".
	opening := k < sent.t0 || chain == s.labelEnd(sent)
	// A participle in apposition or after a relative is passive, unless an
	// object follows it: "The bloc, founded in 1993, launched a fund"; so
	// is a verb before its agent: "a body launched by India and France".
	// A gerund is active: "merged into Air India, creating India's
	// second-largest carrier" made the carrier, not Air India.
	gerundVerb := s.lang == "en" && strings.HasSuffix(s.tk.fold(i), "ing")
	active := trig.form == fVerb && createsSubject(trig.event) && !passive && !opening && !s.inSet(agentPreps, next) &&
		(!s.punct(k, ",") || merged >= 0 || s.word(next, cDeterminer) && !s.inDate(next) || gerundVerb) &&
		(!s.word(k, cRelative) || s.activeObjectAt(next, sent.t1) || s.foundedNameAt(i, next, sent.t1)) // "which formed the Alliance of Sahel States", "who founded Amazon in 1994"
	obj, desc, descEnd := -1, party{}, -1
	unknown := false    // the subject is a name that is no mention
	relSubject := false // it is the antecedent of a relative ("Fiji, which joined")
	clitic := false     // the object is a clitic before the verb ("l'a réintégrée")
	gerund := false     // a verb without a subject after one of gerundLeads
	country := false    // and it is a country's
	if active {
		obj, desc, descEnd = s.createdObject(sent, chain, next)
		if e := s.nameEnd(next, sent.t1); merged >= 0 && obj < 0 && descEnd < 0 && e > next && !s.inDate(next) && !s.possessiveAt(e) && s.countryEndingAt(next, e-1) != next {
			// "merged with Activision in 2008 to form Activision
			// Blizzard": what a merger forms is an organisation, by any
			// name; not a place's possession ("to form America's largest
			// oil company").
			b, f := s.tokenSpan(next, e)
			desc, descEnd = party{name: s.text[b:f]}, e
		}
	} else if into := s.skipAdjuncts(next, sent.t1); passive && createsSubject(trig.event) && trig.form == fVerb && s.tk.fold(into) == "into" {
		// "were spun off on Tuesday into a new company, Fox Corporation":
		// what was made of the subject.
		obj, desc, descEnd = s.createdObject(sent, chain, into+1)
	}
	rel, relObj := party{}, false
	if active && obj < 0 && descEnd < 0 {
		rel, relObj = s.relativeObject(sent, chain)
	}
	switch {
	case active && obj < 0 && descEnd < 0 && relObj:
		// "The Pontifical Commission for the Protection of Minors, which
		// Francis created in 2014": the organisation before a relative
		// that is the verb's object, whose subject is a person.
		fc.subjects = []party{rel}
	case obj >= 0:
		// The organisation created is the object.
		fc.subjects = []party{s.party(obj)}
		j = s.ments[obj].t1
	case descEnd >= 0:
		// "launched a confederal investment bank", "have formed their own
		// grouping, the Alliance of Sahel States": the name in apposition.
		fc.subjects = []party{desc}
		j = descEnd
		if m := s.orgAt(s.skipDeterminer(descEnd+1, sent.t1), false); s.punct(descEnd, ",") && m >= 0 {
			fc.subjects, j = []party{s.party(m)}, s.ments[m].t1
		}
	case active && (perfect || s.word(next, cDeterminer) && !(s.inSet(s.lex.destinations, next) && s.nameWord(next+1)) || s.content(next)) && !s.inDate(next) && !s.inDate(next+1),
		active && perfect:
		// An object that is no organisation: "l'AES a créé une banque",
		// "ECOWAS launched a force".
		return false
	case createsSubject(trig.event) && trig.form == fVerb && perfect && !passive && s.word(k, cRelative) &&
		s.word(next, cDeterminer) && !s.inDate(next) && s.orgAt(s.skipDeterminer(next, sent.t1), false) < 0:
		// "L'organisation, qui a inauguré son premier ouvrage en 2022":
		// after a relative too.
		return false
	case opening:
		if trig.form == fState {
			return false
		}
	case states && s.inSet(s.lex.gerundLeads, k):
		// "after leaving ECOWAS": the subject is read with the object.
		gerund = true
		fc.t0 = k
	case (trig.form == fIntransitive || trig.form == fCopula) && s.inSet(s.lex.gerundLeads, k):
		// "le parti est devenu EELV en 2010, avant d'adopter son nom
		// actuel en 2023", "avant de devenir TotalEnergies": the
		// sentence's subject, or its last claim's.
		t := s.leadSubject(sent, k, prev, nil)
		if t == nil {
			return false
		}
		fc.subjects, fc.t0 = []party{*t}, k
	case trig.form == fState && chain < i && s.word(k, cDeterminer) && s.orgAt(next, false) >= 0:
		// "the newly operational AES Unified Force": the adjective, with
		// its adverb, before the organisation.
		fc.subjects = []party{s.party(s.orgAt(next, false))}
	case states && prev != nil && len(prev.objects) == 1 && s.cliticObject(chain) >= 0:
		// "Le Rwanda, qui avait quitté la CEEAC en 2007, l'a réintégrée en
		// 2016": the clitic stands for the object of the sentence's
		// previous claim, whose subject is this one's.
		fc.subjects, fc.objects, fc.t0 = prev.subjects, prev.objects, s.cliticObject(chain)
		clitic = true
	case states && (prev == nil || len(prev.objects) != 1) && s.cliticObject(chain) >= 0 && s.openingCountry(s.clauseOf(sent, k), k) != nil:
		// "La Guinée, restée à l'écart lors de sa création, l'a rejointe
		// en 2006", "… a connu des départs : la Mauritanie l'a quittée en
		// 2000": the country opening the sentence (or the clause after a
		// colon), and the paragraph's organisation.
		cs := s.openingCountries(s.clauseOf(sent, k), k)
		t := s.memberTopic(chain, sent.para, cs)
		if t == nil {
			return false
		}
		fc.subjects, fc.objects, fc.t0 = cs, []party{*t}, s.cliticObject(chain)
		clitic = true
	case states && prev == nil && s.cliticObject(chain) >= 0 && s.orgEndingAt(s.cliticObject(chain)-1, false) >= 0:
		// "Le Parlement de la Mongolie l'a rejointe en 1992": the
		// organisation before the clitic, and the paragraph's.
		m := s.orgEndingAt(s.cliticObject(chain)-1, false)
		o := s.party(m)
		t := s.memberTopic(chain, sent.para, []party{o})
		if t == nil {
			return false
		}
		fc.subjects, fc.objects, fc.t0 = []party{o}, []party{*t}, s.ments[m].t0
		clitic = true
	case states && prev != nil && len(prev.subjects) == 1 && s.cliticObject(chain) >= 0 && s.punct(s.cliticObject(chain)-1, ",") && prev.t1 == s.cliticObject(chain)-1 && s.punct(prev.t0-1, ","):
		// "Le PDCI, fondé en 1946 par B, l'avait quitté la même année":
		// the subject of the aside just closed, and the paragraph's
		// organisation.
		o := prev.subjects[0]
		t := s.memberTopic(chain, sent.para, []party{o})
		if t == nil {
			return false
		}
		fc.subjects, fc.objects, fc.t0 = []party{o}, []party{*t}, s.cliticObject(chain)
		clitic = true
	case states && trig.form == fVerb && prev == nil && len(s.reportingCountries(sent, k)) > 0:
		// "weeks after Burkina Faso, Mali and Niger said they would quit
		// the court"
		fc.subjects, fc.t0 = s.reportingCountries(sent, k), k
		unknown, country = true, true
	case states && trig.form == fVerb && prev == nil && s.word(k, cPronoun) && s.pronounCountry(sent, k) != nil:
		// "Burundi said it had withdrawn from the EAC", "le Ghana a
		// annoncé qu'il rejoignait la BOAI", "with Kiribati back two
		// years after it quit the forum": the pronoun stands for the
		// country that opens the sentence, else the last one named in it.
		fc.subjects, fc.t0 = []party{*s.pronounCountry(sent, k)}, k
		unknown, country = true, true
	default:
		subjects, start, adjacent := s.leftSubjects(sent, k, prev, states)
		if len(subjects) == 0 && states && (trig.form == fVerb || trig.form == fIntransitive) {
			// "Britain left the EU": a name the gazetteer does not know.
			var p party
			gk := k
			if s.inSet(governments, k) && s.word(k-1, cClitic) && s.punct(k-2, "'") {
				gk = k - 3 // "Venezuela's government left": the country
			}
			if p, start, unknown, country = s.unknownMember(sent, gk); unknown {
				subjects, adjacent = []party{p}, true
				if country {
					// "Gabon and Togo were admitted": the countries listed
					// before it.
					subjects, start = s.countriesBefore(sent, start, subjects)
				}
			} else if o := s.relativeOpening(sent, k); o >= 0 {
				// "Zimbabwe, which had suspended its membership in 2008,
				// rejoined the bank": the name before the relative clause.
				if p, _, unknown, country = s.unknownMember(sent, o-1); unknown && country {
					subjects = []party{p}
				} else {
					unknown, country = false, false
				}
			} else if p, a, ok, c := s.unknownMember(sent, k-1); s.punct(k, ",") && ok && c {
				// "Venezuela, admitted in 2012,"
				subjects, unknown, country = []party{p}, true, true
				subjects, _ = s.countriesBefore(sent, a, subjects)
			} else if o := s.appositionStart(sent, k-1); s.punct(k, ",") && o >= 0 {
				// "Le Rwanda, pays anglophone, y a adhéré", "Gabon and
				// Togo, two former French colonies, were admitted": the
				// countries before an apposition.
				var a int
				if p, a, unknown, country = s.unknownMember(sent, o-1); unknown && country {
					subjects, _ = s.countriesBefore(sent, a, []party{p})
				} else if m := s.orgEndingAt(o-1, true); m >= 0 && s.countryParty(s.party(m)) && s.clauseOpening(sent, s.skipDeterminerBack(s.ments[m].t0)-1) && !s.inSet(leadPreps, s.skipDeterminerBack(s.ments[m].t0)-1) {
					// "Le Niger, pays fondateur, a quitté l'OIF": a country
					// the gazetteer knows.
					subjects, unknown, country = []party{s.party(m)}, false, false
				} else {
					unknown, country = false, false
				}
			} else if r := k - 1; s.word(k, cRelative) && s.punct(r, ",") {
				// "le Danemark, qui a rejoint la CEE": a country's name
				// before a relative clause.
				if p, _, unknown, country = s.unknownMember(sent, r-1); unknown && country {
					subjects, relSubject = []party{p}, true
				} else if c := s.countryEndingAt(sent.t0, r-1); c >= 0 && !s.word(r-2, cCoordinator) {
					// "Sweden applied together with Finland, which became a
					// member in April 2023": a country's name ends the
					// antecedent, wherever the clause opens.
					b, e := s.tokenSpan(c, r)
					subjects, relSubject, unknown, country = []party{{name: s.text[b:e]}}, true, true, true
				} else if p, _, ok := s.countrysOrg(sent, r-1); ok {
					// "Zanzibar's football association, which joined CAF"
					subjects, relSubject, unknown, country = []party{p}, true, true, true
				} else {
					unknown, country = false, false
				}
			} else if c := s.openingCountry(sent, k); s.punct(k, ",") && s.inSet(becomingWords, i) && c != nil {
				// "La Bulgarie a adopté l'euro, devenant le 21e membre de
				// la zone euro": the country the sentence opens with.
				subjects, country = []party{*c}, true
			}
		}
		renamed := trig.event == facts.EventTransformed && (passive && trig.form == fVerb || trig.form == fIntransitive)
		if len(subjects) == 0 && !states && ((createsSubject(trig.event) || renamed) && (passive || s.punct(k, ",")) && trig.form == fVerb ||
			trig.form == fCopula || trig.form == fIntransitive && trig.event != facts.EventFounded) {
			// "Arm was founded in 1990", "Les Républicains ont été fondés
			// en 2015", "Airbus Industrie est devenu une société", "Ethio
			// Telecom took its current name in 2010", "Kalto Telecom began
			// operations in 2003": a name the gazetteer does not know,
			// which only an organisation is founded as, becomes or takes.
			if o := s.agentAsides(sent, k, k); o >= 0 {
				// "Airbus, formed in 1970 as a consortium, later joined by
				// British Aerospace, became a single company": the name
				// before the asides, away from the verb.
				if p, _, ok := s.unknownOrg(sent, o); ok {
					subjects = []party{p}
				}
			} else if o := s.appositionOpening(sent, k); o >= 0 && (s.word(o+1, cRelative) || s.inSet(formerlyWords, o+1) || s.inSet(nowWords, o+1)) {
				// "The PGA of America, which runs the U.S. side, was
				// founded in 1916", "The European Tour, now known as the DP
				// World Tour, was formed in 1972": the name before the
				// aside.
				// Not a person's name: "Jean Varnel, who was born in 1950,
				// founded nothing".
				if p, a, ok := s.unknownOrg(sent, o); ok && !s.inSet(personRelatives, o+1) && (s.lang == "en" || s.anyIn(a, o, func(q int) bool { return s.is(q, cOrgHead) || s.toks[q].caps })) {
					subjects, start = []party{p}, a
				}
			} else if p, a, ok := s.unknownOrg(sent, k); ok {
				subjects, start, adjacent = []party{p}, a, true
			} else if p, a, ok := s.relativeName(sent, k); ok && passive && trig.event == facts.EventFounded {
				subjects, start, adjacent = []party{p}, a, true
			}
		}
		if len(subjects) == 0 || (trig.form == fState && chain == i && adjacent) {
			return false
		}
		fc.subjects = subjects
		if adjacent {
			fc.t0 = start
		}
	}
	switch trig.event {
	case facts.EventWithdrew, facts.EventJoined:
		j = s.objectStart(j, sent.t1)
		// What is left after "after leaving" is an organisation, not a
		// place: "after leaving Niamey".
		_, ms, end := s.orgList(j, sent.t1, states && !gerund)
		ms, end = s.objectsBeforeSubject(ms, end)
		switch {
		case clitic:
		case unknown && len(ms) > 0 && s.content(end) && !s.inSet(kindNouns, end) && !s.inDate(end):
			return false // "Merz left the EU summit", not "joined the BRICS group"
		case len(ms) > 0 && s.alongside(i, end):
			return false
		case len(ms) > 0 && s.possessiveAt(end):
			// "rejoin the European Union's Horizon Europe programme",
			// "withdrew from NATO's integrated command": what the
			// organisation has, named or not; but "was admitted as ASEAN's
			// 11th member": the organisation.
			n, e, ok := s.possessedName(s.ments[ms[len(ms)-1]].t0, end+2, sent.t1)
			if k, _, as := s.asMember(j, sent.t1); as && len(ms) == 1 {
				n, e, ok = s.party(ms[0]), k, true
			}
			if !ok {
				return false
			}
			fc.objects, j = []party{n}, e
		case len(ms) > 0:
			fc.objects = s.markObjects(ms)
			j = end
			if s.inSet(kindNouns, j) && !s.toks[j].cap {
				j++ // "the BRICS group of emerging economies"
			}
		case unknown && !country && !acronymLed(fc.subjects[0].name):
			return false // "Smith joined the company": a person may be hired
		default:
			o, end, ok := s.genericObject(j, sent, fc.subjects)
			if !ok && trig.event == facts.EventJoined {
				o, end, ok = s.charterObject(j, sent, fc.subjects)
			}
			if !ok && owner >= 0 {
				o, ok = s.party(owner), true
			}
			if pronoun := s.objectPronoun(j); !ok && (pronoun || possessed) {
				// "left the forum in 2022 and rejoined it in 2024": the
				// sentence's last object, else what the paragraph's last
				// pronoun stood for ("The AU replaced the OAU. Morocco
				// rejoined it, … after quitting the OAU. South Sudan
				// became its 55th member"), else the paragraph's
				// (memberTopic).
				if end = j; pronoun {
					end = j + 1
				}
				if prev != nil && len(prev.objects) == 1 {
					o, ok = prev.objects[0], true
				} else if p := s.lastPronoun; p != nil && s.lastPronounPara == sent.para && !slices.Contains(fc.subjects, *p) {
					o, ok = *p, true
				} else if t := s.memberTopic(chain, sent.para, fc.subjects); t != nil {
					o, ok = *t, true
				}
				if ok {
					s.lastPronoun, s.lastPronounPara = &o, sent.para
				}
			}
			if !ok {
				o, end, ok = s.describedMembership(j, sent)
			}
			asMember := false
			if k, possessor, as := s.asMember(j, sent.t1); !ok && as {
				// "which joined as a full member in January", "was admitted
				// as the 11th member of ASEAN", "as ASEAN's 11th member".
				if m := s.orgAt(s.skipDeterminer(k+1, sent.t1), false); s.word(k, cPrep) && m >= 0 {
					o, end, ok = s.party(m), s.ments[m].t1, true
				} else if possessor >= 0 {
					o, end, ok = s.party(possessor), k, true
				}
				j, asMember = k, true
			}
			if !ok && len(fc.subjects) > 0 && (s.countryParty(fc.subjects[0]) || !unknown) {
				o, end, ok = s.unknownOrgObject(j, sent.t1)
			}
			// Not out of the event the sentence is about: "A summit
			// planned for Islamabad was cancelled after India pulled out".
			e0 := s.skipDeterminer(s.datelineEnd(sent), i)
			eventBefore := s.word(e0, cEventHead) && !s.toks[e0].cap
			atEvent := asMember && s.word(j, cPlacePrep) && s.word(s.skipDeterminer(j+1, sent.t1), cEventHead) // "as the 215th member at the congress"
			if !ok && !eventBefore && !s.dateOwns(j) && (s.inDate(j) || s.restrictedDate(j) || s.word(j, cPrep|cPlacePrep|cObjectPrep) && s.inDate(j+1) || atEvent || s.clauseEnd(j, sent) && len(fc.subjects) > 0 && s.countryParty(fc.subjects[0])) {
				// "South Sudan joined in 2016": without an object, the
				// paragraph's organisation is the one joined or left, or
				// the antecedent of a relative ("COMESA, which it joined in
				// 1994", "le G5 Sahel, que le Mali a quitté en 2022").
				if m := s.relativeClauseOf(fc.t0); m >= 0 && !relSubject && fc.t0 < chain {
					o, end, ok = s.party(m), j, true // "le G5 Sahel, que le Mali a quitté en 2022"
				} else if a, rel := s.relativeAntecedent(chain); rel && a >= 0 && !relSubject {
					o, end, ok = s.party(a), j, true
				} else if t := s.memberTopic(chain, sent.para, fc.subjects); (!rel || relSubject) && t != nil {
					o, end, ok = *t, j, true
				}
			}
			if !ok && trig.event == facts.EventWithdrew && len(fc.subjects) > 0 && !s.countryParty(fc.subjects[0]) {
				if e := s.coalitionAt(j, sent.t1); e > j {
					// "Komeito, the LDP's partner since 1999, quit the
					// ruling coalition": a party leaves a coalition that
					// has no name.
					b, f := s.tokenSpan(s.skipDeterminer(j, sent.t1), e)
					fc.object, j = s.text[b:f], e
					break
				}
			}
			if !ok {
				return false
			}
			fc.objects, j = []party{o}, end
		}
		if s.inSet(resultatives, i) && j < sent.t1 && s.tk.fold(j) == "with" {
			return false // "leaving the group with four members": what remains
		}
		if gerund {
			t := s.leadSubject(sent, k, prev, fc.objects) // "Gabon rejoined OPEC in 2016, having left it in 1995"
			if t == nil {
				return false
			}
			fc.subjects = []party{*t}
		}
		if fc.subjects = without(fc.subjects, fc.objects); len(fc.subjects) == 0 && !opening {
			return false // the organisation cannot leave itself
		}
	case facts.EventTransformed:
		if s.word(j, cDemonstrative) && s.inSet(seasons, j+1) {
			return false // "Le Paris FC, promu cette saison": a club's promotion
		}
		if o, into, ok := s.transformedObject(j, sent, prev, fc.subjects); ok && trig.form == fVerb && !passive {
			fc.subjects, j = []party{o}, into // "The AU turned NEPAD into a development agency"
		}
		if p := s.skipAdjuncts(j, sent.t1); trig.form == fIntransitive && (s.inSet(purposes, p) || s.tk.fold(p) == "to") && s.inSet(becomings, p+1) {
			j = p + 2 // "a changé de nom vendredi pour devenir Engie"
		}
		j = s.transformedInto(j, sent.t1, fc)
		if s.inSet(promotions, i) && (fc.object == "" || len(fc.objects) > 0) {
			return false // "promu en mai", "promu en Ligue 1": a club's promotion
		}
	}
	fc.t1 = s.complementEnd(j, sent.t1)
	if fc.t1 <= next {
		fc.t1 = next
	}
	if opening {
		// "Créée en 2014, la force …": the subject follows the complement,
		// which may say how ("Créée avec un capital de deux milliards de
		// dollars, la BOAI …").
		if c := s.openingComma(fc.t1, sent.t1); c > fc.t1 {
			fc.t1 = c
		}
		if !s.punct(fc.t1, ",") {
			return false
		}
		after := fc.t1 + 1
		if s.inSet(sequels, after) && (s.is(after+1, cFoundingStart) || s.participle(after+1)) {
			after++ // "Fondé en 1969 à Alfortville, puis refondé à Issy la même année, le PS"
		}
		if s.is(after, cFoundingStart) || s.participle(after) || s.inSet(timeNouns, s.skipDeterminer(after, sent.t1)) {
			// "Créée en 1994 pour succéder à l'UDEAC, fondée en 1964, la
			// CEMAC …", "Créée en 2012 sur les cendres d'Air Ivoire,
			// placée en liquidation l'année précédente, Air Côte d'Ivoire
			// …": the apposition of the complement's organisation comes
			// first; "Fondée en 1960, l'année de l'indépendance, la FIF":
			// the date's.
			if c := s.openingComma(after+1, sent.t1); c > after {
				after = c + 1
			}
		}
		p := s.skipDeterminer(after, sent.t1)
		if n, ok := s.namedGeneric(p, sent.t1); ok {
			fc.subjects = []party{n} // "Créée en 2016 …, la compagnie nationale Air Sénégal"
		} else if _, ms, _ := s.orgList(p, sent.t1, states); len(ms) > 0 {
			fc.subjects = s.parties(ms) // "Créés en 1944 …, le FMI et la Banque mondiale"
		} else if c := s.countryAt(p); states && c > p {
			b, e := s.tokenSpan(p, c)
			fc.subjects = []party{{name: s.text[b:e]}} // "Entrée dans l'UE en 2013, la Croatie …"
		} else if t := s.openingTopic(i, p, sent.para); t != nil {
			fc.subjects = []party{*t} // "Créée en 2023, elle …"
		} else if t := s.foundedAs(sent, p); t != nil && !s.inSet(births, i) {
			fc.subjects = []party{*t} // "Créé en 1898 sous le nom d'Exposition internationale de l'automobile, le salon …"
		} else if e := s.nameEnd(p, sent.t1); e > p && createsSubject(trig.event) && !s.inSet(births, i) {
			// "Fondé en 1970 …, Airbus Industrie est devenu …": a name
			// the gazetteer does not know.
			if o, _, ok := s.unknownOrg(sentence{t0: p, t1: sent.t1, para: sent.para}, e-1); ok {
				fc.subjects = []party{o}
			} else {
				return false
			}
		} else {
			return false
		}
	}
	return true
}

// namedGeneric reads at token p a generic organisation noun in lower
// case, its adjectives, then the capitalised name it introduces: "la
// compagnie nationale Air Sénégal", "the state carrier Air Peace".
func (s *scanner) namedGeneric(p, end int) (party, bool) {
	if !s.lowerGeneric(p) || s.mentionAt(p) >= 0 {
		return party{}, false // "la région Grand Est": a name already (lowerOrgName)
	}
	q := p + 1
	for q < end && q < p+3 && s.adjective(q) && !s.is(q, cFoundingStart) {
		q++
	}
	if m := s.orgAt(q, false); m >= 0 && s.ments[m].t0 == q {
		return s.party(m), true // "le groupe Renault"
	}
	e := q
	for e < end && e < q+4 && s.nameWord(e) {
		e++
	}
	if e == q || s.countryEndingAt(q, e-1) == q || s.titleAt(q, e) {
		return party{}, false
	}
	b, f := s.tokenSpan(q, e)
	return party{name: s.text[b:f]}, true
}

// foundedAs returns, for a common noun after its article at token p
// that no other name stands for, the name its organisation was founded
// under earlier in sentence sent (see formerNameBefore), or nil.
func (s *scanner) foundedAs(sent sentence, p int) *party {
	if p >= sent.t1 || !s.word(p-1, cDeterminer) || s.toks[p].cap {
		return nil
	}
	return s.formerNameBefore(p, func(party) bool { return true })
}

// governments are the nouns, folded, of a country's government, which
// stands for the country in a membership: "Venezuela's government left".
var governments = foldSet("government")

// leadSubject returns the subject of a verb led by a gerund or a
// preposition at token k: the subject of the sentence's previous claim
// prev when it has one and that is not among objects, else the
// sentence's subject (see [scanner.mainSubject]); or nil.
func (s *scanner) leadSubject(sent sentence, k int, prev *foundingClaim, objects []party) *party {
	if prev != nil && len(prev.subjects) == 1 && !slices.Contains(objects, prev.subjects[0]) {
		return &prev.subjects[0]
	}
	return s.mainSubject(sent, k, objects)
}

// reflexive reports whether a reflexive pronoun stands in the chain
// [chain, i) of a verb, whose "être" is then no passive's: "s'est
// élargie", "se sont ouverts".
func (s *scanner) reflexive(chain, i int) bool {
	for k := chain; k < i; k++ {
		if s.inSet(reflexives, k) && (s.punct(k+1, "'") || s.tk.fold(k) == "se") {
			return true
		}
	}
	return false
}

// reflexives are the French reflexive pronouns, folded.
var reflexives = foldSet("se", "s")

// succession recognises an organisation that replaced another at [i,
// next):
//
//	org [chain] trigger [adjuncts] ["à"] org complement   "l'UA a succédé en 2002 à l'OUA"
//
// The successor was founded then; its predecessor, the object, is no
// topic for what follows ("Morocco rejoined it in 2017" is the AU's).
func (s *scanner) succession(sent sentence, i, next int, fc *foundingClaim) bool {
	chain, passive, negated := s.leftChain(sent.t0, i)
	if passive || negated {
		return false // "was replaced by"
	}
	m := s.orgEndingAt(chain-1, false)
	if s.word(chain-1, cRelative) && s.punct(chain-2, ",") {
		m = s.orgBeforeComma(chain - 2) // "L'UA, qui a succédé à l'OUA"
	}
	var subject *party
	t0 := chain - 1
	switch {
	case m >= 0:
		p := s.party(m)
		subject, t0 = &p, s.ments[m].t0
	case s.word(chain-1, cPronoun) && chain-1 == s.datelineEnd(sent):
		// "Elle avait succédé à la Bourse des valeurs d'Abidjan": the
		// sentence before's subject, else the paragraph's organisation.
		if subject = s.previousSubject(sent); subject == nil {
			subject = s.topic(chain-1, sent.para)
		}
	default:
		// "Le parti présidentiel, El Insaf, a succédé en 2022 à l'UPR":
		// a name no list knows, which succeeds an organisation (checked
		// below) as an organisation does; a person's succeeds a person.
		e := chain
		if s.punct(e-1, ",") {
			e--
		}
		a := s.capitalsBefore(sent.t0, e)
		if s.word(a, cDeterminer) && a+1 < e {
			a++ // "Le Medef a succédé en 1998 au CNPF"
		}
		if a < e && s.mentionAt(a) < 0 && !s.titleAt(a, e) && !s.titleEndsAt(a) &&
			(a == s.datelineEnd(sent) || s.punct(a-1, ",") || s.word(a-1, cDeterminer)) {
			b, f := s.tokenSpan(a, e)
			subject, t0 = &party{name: s.text[b:f]}, a
		}
	}
	if subject == nil {
		return false // "Macron replaced his prime minister"
	}
	q := s.skipAdjuncts(next, sent.t1)
	if s.inSet(admissionPreps, q) {
		q++
	}
	o := s.orgAt(s.skipDeterminer(q, sent.t1), false)
	if o < 0 || s.party(o) == *subject {
		return false // "the euro replaced the franc"
	}
	s.markObjects([]int{o})
	e := s.ments[o].t1
	*fc = foundingClaim{trigger: foundingTrigger{event: facts.EventFounded, form: fVerb}, t0: t0, trig: i,
		subjects: []party{*subject}, t1: max(s.complementEnd(e, sent.t1), e)}
	return true
}

// charter recognises the signing of an organisation's founding document
// at [i, next), in the passive or the active:
//
//	document [of org] chain trigger complement   "le traité fondateur avait été signé le 17 octobre 1993"
//	[chain] trigger [adjuncts] document [of org]  "ont signé jeudi à Lomé l'acte constitutif de la BOAI"
//
// The document is a founding one ("traité fondateur", "acte
// constitutif", "founding treaty"); without its organisation named, it
// is the paragraph's.
func (s *scanner) charter(sent sentence, i, next int, fc *foundingClaim) bool {
	chain, passive, negated := s.leftChain(sent.t0, i)
	if negated {
		return false
	}
	var d, e int // the document's first token and the token after it, with its organisation
	if passive {
		ok := false
		if d, e, ok = s.foundingDocumentBefore(sent, chain); !ok {
			return false
		}
	} else {
		d = s.skipDeterminer(s.skipAdjuncts(next, sent.t1), sent.t1)
		if e = s.foundingDocument(d, sent.t1); e == d {
			return false
		}
	}
	var subject party
	named, orgEnd := false, e
	if s.word(e, cPrep|cObjectPrep) || s.inSet(establishing, e-1) {
		subject, orgEnd, named = s.namedOrgAt(s.skipPrep(e, sent.t1, cPrep|cObjectPrep), sent.t1)
	}
	if !named {
		t := s.topic(d, sent.para)
		if t == nil {
			return false
		}
		subject = *t
	}
	t0, t1 := min(d, chain), next
	if !passive {
		t1 = e
		if named {
			t1 = orgEnd
		}
	}
	*fc = foundingClaim{trigger: foundingTrigger{event: facts.EventFounded, form: fVerb}, t0: t0, trig: i,
		subjects: []party{subject}, t1: max(s.complementEnd(t1, sent.t1), t1)}
	return true
}

// founder reads after a founder's noun at [i, next) the organisation
// founded and the date right after it: "B, cofondateur d'En marche ! en
// 2016", "co-founder of Airbnb in 2008". The span runs from the noun to
// the date.
func (s *scanner) founder(sent sentence, i, next int, fc *foundingClaim) bool {
	if s.inSet(memberNouns, i-1) {
		return false // "le Togo, membre fondateur de la Cédéao en 1975": a member
	}
	if s.punct(next, "'") {
		next++ // "fondateur d'"
	}
	org, e, ok := s.namedOrgAt(next, sent.t1)
	if !ok {
		return false
	}
	if s.punct(e, "!") {
		e++ // "En marche !"
	}
	d, ok := s.dateAt(e)
	if !ok && s.inSet(regionPreps, e) {
		d, ok = s.dateAt(e + 1) // "in 2008", where the date is the year
	}
	if !ok {
		return false
	}
	*fc = foundingClaim{trigger: foundingTrigger{event: facts.EventFounded, form: fVerb}, t0: i, trig: i, subjects: []party{org}, t1: d.t1}
	return true
}

// foundingDocument returns the token after a founding document's name at
// token d ("traité fondateur", "acte constitutif", "founding treaty",
// "constitutive act"), or d.
func (s *scanner) foundingDocument(d, end int) int {
	if d < end && s.inSet(statutes, d) {
		return d + 1 // "les statuts de la banque", founding by themselves
	}
	if d+1 >= end {
		return d
	}
	a, b := s.tk.fold(d), s.tk.fold(d+1)
	_, docA := foundingDocuments[a]
	_, modB := foundingModifiers[b]
	_, modA := foundingModifiers[a]
	_, docB := foundingDocuments[b]
	_, creates := establishing[b]
	if docA && (modB || creates) || modA && docB {
		return d + 2
	}
	if docA && b == "portant" && s.tk.fold(d+2) == "creation" {
		return d + 3 // "le traité portant création de l'agence"
	}
	return d
}

// establishing are the participles, folded, that link a document to the
// organisation it founds: "a treaty establishing the Benelux Economic
// Union", "le traité instituant la Confédération".
var establishing = foldSet("establishing", "creating", "instituant", "créant")

// namedOrgAt reads at token q, past a determiner, the name of an
// organisation the gazetteer knows or, else, capitalised words holding an
// organisation noun ("the Benelux Economic Union"); it returns the party
// and the token after it.
func (s *scanner) namedOrgAt(q, end int) (party, int, bool) {
	q = s.skipDeterminer(q, end)
	if m := s.orgAt(q, false); m >= 0 {
		return s.party(m), s.ments[m].t1, true
	}
	e := s.nameEnd(q, end)
	if e == q || !s.anyIn(q, e, func(k int) bool { return s.is(k, cOrgHead) }) {
		return party{}, q, false
	}
	b, t := s.tokenSpan(q, e)
	return party{name: s.text[b:t]}, e, true
}

// foundingDocumentBefore returns the first token of the founding
// document, with its organisation after it, that ends before the verb
// chain at token c, and the token after the document's name.
func (s *scanner) foundingDocumentBefore(sent sentence, c int) (int, int, bool) {
	for p := c - 1; p >= sent.t0 && p > c-12; p-- {
		if !s.word(p, cDeterminer) {
			continue
		}
		q := s.skipDeterminer(p, c)
		if e := s.foundingDocument(q, c); e > q {
			return p, e, true
		}
	}
	return 0, 0, false
}

// statutes are the words, folded, of a company's founding document,
// which needs no adjective to be one.
var statutes = foldSet("statuts", "statutes")

// foundingDocuments and foundingModifiers are the words, folded, of the
// names of an organisation's founding document.
var (
	foundingDocuments = foldSet("traité", "acte", "charte", "accord", "convention", "treaty", "act", "charter", "agreement", "convention")
	foundingModifiers = foldSet("fondateur", "fondatrice", "constitutif", "constitutive", "founding", "constituant")
)

// admissionPreps are the prepositions, folded, that may open the next
// country an organisation takes in: "élargie à l'Inde et au Pakistan".
var admissionPreps = foldSet("à", "au", "aux")

// admission recognises an organisation taking in countries at [i, next):
//
//	org [chain] trigger countries complement   "la CBLT a accueilli la Centrafrique en 1994"
//
// In the passive, next is past the agent preposition: "l'OMVS a été
// rejointe par la Guinée en 2006".
//
// Each country joined the organisation. Anything else (a person
// welcomed, a city hosting a summit) is no claim.
func (s *scanner) admission(sent sentence, i, next int, trig foundingTrigger, fc *foundingClaim) bool {
	chain, _, negated := s.leftChain(sent.t0, i)
	if negated {
		return false
	}
	var org *party
	t0 := chain - 2
	if m := s.orgEndingAt(chain-1, false); m >= 0 {
		p := s.party(m)
		org, t0 = &p, s.ments[m].t0
	} else if o := s.appositionStart(sent, chain-2); s.punct(chain-1, ",") && o >= 0 && s.orgEndingAt(o-1, false) >= 0 {
		// "The New Development Bank, set up in 2015 and based in
		// Shanghai, admitted Algeria": the name before the apposition.
		m := s.orgEndingAt(o-1, false)
		p := s.party(m)
		org, t0 = &p, s.ments[m].t0
	} else if s.word(chain-1, cGenericOrg) && !s.toks[chain-1].cap && s.word(t0, cDeterminer) {
		// "the group took in South Africa": the organisation the paragraph
		// is about.
		org = s.genericReferent(i, sent.para, chain-1)
	}
	if org == nil || s.headedBy(*org, "") == headCountry {
		return false
	}
	q := next
	for q < sent.t1 && (s.inDate(q) || s.inSet(datePreps, q) && s.inDate(q+1)) {
		q++ // "a perdu en janvier 2025 …"
	}
	if n, r := s.numberAt(q, sent.t1); n > 0 && s.word(r, cPrep) && s.word(r+1, cPossessive) && s.inSet(memberNouns, r+2) && s.punct(r+3, ",") {
		q = r + 4 // "trois de ses membres, le Mali, …"
	}
	member, end, ok := s.memberAt(s.skipDeterminer(q, sent.t1), sent.t1)
	if !ok || member == *org {
		return false
	}
	members := []party{member}
	for s.word(end, cCoordinator) || s.punct(end, ",") {
		// "s'est élargie à l'Inde et au Pakistan", "admitted Rwanda and
		// Burundi"
		q := end + 1
		if s.inSet(admissionPreps, q) {
			q++
		}
		more, e, ok := s.memberAt(s.skipDeterminer(q, sent.t1), sent.t1)
		if !ok || more == *org {
			break
		}
		members, end = append(members, more), e
	}
	*fc = foundingClaim{trigger: trig, t0: t0, trig: i, subjects: members, objects: []party{*org}}
	fc.t1 = max(s.complementEnd(end, sent.t1), end)
	return true
}

// firstToDo returns the verb before a determiner, a rank and up to
// three lower-case words that the infinitive marker at token t follows
// ("became the first country to leave", "was the first foreign leader to
// attend", "was the first to arrive", "est devenu le premier pays à
// quitter"), or -1: the infinitive says what the subject did.
func (s *scanner) firstToDo(t int) int {
	if t < 4 || !s.word(t, cInfinitive) && !s.inSet(infinitiveAs, t) {
		return -1
	}
	r := t - 1
	for r > t-9 && r > 1 && !(s.ordinal(r) || s.inSet(ranks, r)) {
		if s.toks[r].kind != tWord && !s.punct(r, ".") || s.toks[r].cap && !s.abbreviationAt(r) {
			return -1 // "the first sitting U.S. president to attend", not "the first time Trump attended"
		}
		r--
	}
	if !(s.ordinal(r) || s.inSet(ranks, r)) || !s.word(r-1, cDeterminer) {
		return -1
	}
	v := r - 2
	for v > 0 && s.inDate(v) {
		v-- // "est devenue mardi le troisième pays à quitter"
	}
	if s.inSet(amongs, v) && s.word(v-1, cChain) {
		v-- // "were among the first to join the platform"
	}
	if v >= 0 && s.toks[v].kind == tWord && !s.toks[v].cap {
		return v
	}
	return -1
}

// abbreviationAt reports whether token r is a word in capitals or a
// capital letter before a point, as in "U.S." or "UK".
func (s *scanner) abbreviationAt(r int) bool {
	t := &s.toks[r]
	return t.caps || t.cap && t.end-t.start == 1 && s.punct(r+1, ".")
}

// infinitiveAs is the French "à" before an infinitive after a rank: "le
// premier pays à quitter".
var infinitiveAs = foldSet("à")

// ranks are the words, folded, that rank a subject among others that did
// the same: "the only country to leave".
var ranks = foldSet("first", "last", "only", "premier", "premiere", "dernier", "derniere", "seul", "seule")

// labelEnd returns the token after the label that opens sent, after a
// bullet: a few words and a colon ("- Le contexte :", "* BACKGROUND:"),
// or -1.
func (s *scanner) labelEnd(sent sentence) int {
	p := s.datelineEnd(sent)
	if s.punct(p, "-") || s.punct(p, "*") || s.punct(p, "•") {
		p++
	}
	for q := p; q < sent.t1 && q < p+5; q++ {
		if s.punct(q, ":") {
			if q > p {
				return q + 1
			}
			return -1
		}
		if s.toks[q].kind != tWord && !s.punct(q, "'") {
			return -1
		}
	}
	return -1
}

// previousSubject returns the organisation, no country, that opens the
// last clause of the sentence before sent in its paragraph, at its start
// or after a semicolon: what a pronoun opening sent stands for.
func (s *scanner) previousSubject(sent sentence) *party {
	i := sort.Search(len(s.sents), func(i int) bool { return s.sents[i].t0 >= sent.t0 })
	if i == 0 || s.sents[i-1].para != sent.para {
		return nil
	}
	before := s.sents[i-1]
	start := s.datelineEnd(before)
	var t *party
	for p := start; p < before.t1; p++ {
		if p != start && !s.punct(p-1, ";") {
			continue // a clause opens the sentence or follows a semicolon
		}
		q := s.skipDeterminer(p, before.t1)
		if s.punct(q, "'") {
			q++
		}
		if m := s.orgAt(q, false); m >= 0 && !s.countryParty(s.party(m)) {
			o := s.party(m)
			t = &o
		}
	}
	return t
}

// unaccented reports whether token i is a French word written without
// the accent of the founding participle it folds to: the negation "ne"
// ("né", born, founded), the noun "forme" ("formé", formed).
func (s *scanner) unaccented(i int) bool {
	if s.lang != "fr" {
		return false
	}
	b, e := s.tokenSpan(i, i+1)
	w := strings.ToLower(s.text[b:e])
	return w == "ne" || w == "forme" || w == "formes"
}

// infinitive reports whether the French verb at token i is an
// infinitive, by its ending: a clitic pronoun, not a determiner, stands
// before it ("avant de la réintégrer").
func (s *scanner) infinitive(i int) bool {
	w := s.tk.fold(i)
	if s.lang != "fr" || i < 0 || i >= len(s.toks) || strings.HasSuffix(s.text[s.toks[i].start:s.toks[i].end], "é") {
		return false // "retiré", "entré", "intégré": participles that fold to "-re"
	}
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")
}

// nameListEnd returns, at the comma at token p, the end of the rest of a
// list of names that a coordinator closes (", Ireland and Wales"), or -1.
func (s *scanner) nameListEnd(p, end int) int {
	for q := p; q < end && s.punct(q, ",") || q < end && s.word(q, cCoordinator); {
		coordinator := s.word(q, cCoordinator)
		r := q + 1
		for r < end && s.nameWord(r) {
			r++
		}
		if r == q+1 {
			return -1
		}
		if coordinator {
			return r
		}
		q = r
	}
	return -1
}

// objectStart returns the token where a membership verb's object starts
// when dates and adverbs stand between them ("a adhéré en 2019 à l'AUF",
// "a quitté en 2024 la Cédéao", "quittent à nouveau l'Unesco", "a quitté
// officiellement la Cédéao"), or j.
func (s *scanner) objectStart(j, end int) int {
	k := j
	for n := 0; n < 3 && k < end; n++ {
		if a := s.skipAdjuncts(k, end); a > k {
			k = a
		} else if s.inSet(againLeads, k) && s.inSet(agains, k+1) {
			k += 2 // "à nouveau", "de nouveau"
		} else if w := s.tk.fold(k); s.lang == "fr" && s.toks[k].kind == tWord && !s.toks[k].cap && strings.HasSuffix(w, "ment") && len(w) > 6 {
			k++ // "officiellement"
		} else {
			break
		}
	}
	if k == j || k >= end {
		return j
	}
	q := s.skipPrep(k, end, cObjectPrep)
	if o := s.skipDeterminer(q, end); s.orgAt(o, true) >= 0 || o > q && s.nameWord(o) {
		return k // an organisation, or a name after its article: "l'Unesco"
	}
	return j
}

// systemAdjectives are the adjectives, folded, that place a generic
// noun in a system of organisations without saying which one it is:
// "l'agence onusienne".
var systemAdjectives = foldSet("onusien", "onusienne")

// timeNouns are the nouns, folded, of an apposition to a date: "en 1960,
// l'année de l'indépendance,".
var timeNouns = foldSet("année", "an", "mois", "jour", "year", "month", "day")

// resultatives are the participles, folded, that say what remains when
// their object is followed by "with": "leaving the group with four
// members".
var resultatives = foldSet("leaving")

// againLeads and agains make a French adverb of repetition: "à nouveau",
// "de nouveau".
var (
	againLeads = foldSet("à", "de")
	agains     = foldSet("nouveau")
)

// mainSubject returns the subject of a verb without one after a word of
// gerundLeads at token k ("after leaving ECOWAS", "après avoir quitté la
// Cédéao"), other than the objects: the organisation or country opening
// the sentence ("Mali met Niger after leaving ECOWAS", "Brazil suspended
// its participation in 2020, before rejoining in 2023"), else the
// paragraph's organisation.
func (s *scanner) mainSubject(sent sentence, k int, objects []party) *party {
	if m := s.orgAt(s.skipDeterminer(sent.t0, k), true); m >= 0 {
		if p := s.party(m); !slices.Contains(objects, p) {
			return &p
		}
	}
	if c := s.openingCountry(sent, k); c != nil && !slices.Contains(objects, *c) {
		return c
	}
	return s.topic(k, sent.para, objects...)
}

// openingName returns the unknown name, one to three capitalised words,
// that opens the sentence as the subject of its verb, when the singular
// pronoun at token k opens a clause of time after a comma: "Teck traces
// its roots to 1913, when it was set up". A name the gazetteer or the text
// made a mention is left to mainSubject.
func (s *scanner) openingName(sent sentence, k int) (party, bool) {
	w := k - 1
	if s.punct(w, "'") {
		w-- // "lorsqu'elle"
	}
	if !s.inSet(whenClauses, w) || !s.punct(w-1, ",") || s.inSet(pluralPronouns, k) {
		return party{}, false
	}
	d := s.datelineEnd(sent)
	q := d
	for q < w && q < d+3 && s.nameWord(q) && s.mentionAt(q) < 0 {
		q++
	}
	if q == d || q >= w || s.toks[q].kind != tWord || s.toks[q].cap || s.is(q, cFunction) {
		return party{}, false
	}
	a, b := s.tokenSpan(d, q)
	return party{name: s.text[a:b]}, true
}

// mergerBefore returns the verb of a merger in the clause that ends at
// token i ("merged with Billiton in 2001" before "to form"), or -1.
func (s *scanner) mergerBefore(sent sentence, i int) int {
	for v := i - 1; v >= sent.t0 && v >= i-12; v-- {
		switch {
		case s.inSet(mergers, v):
			return v
		case s.punct(v, ",") || s.punct(v, ";") || s.word(v, cRelative):
			return -1
		}
	}
	return -1
}

// mergerNouns are the nouns, folded, of a merger, whose "of" brings in
// the list of what merged: "the merger of Gaz de France and Suez".
var mergerNouns = foldSet("merger", "fusion", "amalgamation")

// mergers are the past participles, folded, of a merger, after which an
// infinitive of founding says what it made: "merged to form", "combined
// to create", "ont fusionné pour créer".
var mergers = foldSet("merged", "combined", "amalgamated", "fusionné", "fusionnée", "fusionnés", "fusionnées")

// foundingInfinitives are the infinitives of founding, folded, which make
// a claim only after a merger ("pour former", "to form": mergerBefore),
// purposes, or "will" (futures); purposes are the French prepositions of
// purpose before them.
var (
	foundingInfinitives = foldSet("former", "créer", "form", "create")
	purposes            = foldSet("pour")
	futures             = foldSet("will")
)

// whenClauses are the conjunctions, folded, that open a clause of time
// about what the sentence's subject was: "when it was set up",
// "lorsqu'elle a été créée".
var whenClauses = foldSet("when", "lorsque", "lorsqu", "quand")

// openingTopic returns what the generic noun or pronoun at token p
// stands for, before token i: "Créée en 2023, elle …", "Créée en 2023,
// la confédération …".
func (s *scanner) openingTopic(i, p, para int) *party {
	if t := s.renewed(p, p+2); t != nil {
		return t // "Issue de la fusion de …, la nouvelle région"
	}
	switch {
	case s.word(p, cGenericOrg):
		return s.genericReferent(i, para, p)
	case s.word(p, cPronoun):
		return s.topic(i, para)
	}
	return nil
}

// activeObjectAt reports whether an organisation is the object of an
// active verb ending before token i (see activeObject).
func (s *scanner) activeObjectAt(i, end int) bool {
	m, _ := s.activeObject(i, end)
	return m >= 0
}

// activeObject returns the organisation that is the object of an active
// verb ending before token i: after a determiner, and after any dates,
// adverbs and place complements ("ont lancé lundi à Bamako la Banque …"),
// or -1; and the token where the object starts.
func (s *scanner) activeObject(i, end int) (int, int) {
	p := s.skipAdjuncts(i, end)
	q := s.skipDeterminer(p, end)
	if s.word(q-1, cPossessive) && s.inSet(owns, q) {
		q++ // "leur propre Alliance des États du Sahel"
	}
	return s.orgAt(q, false), p
}

// createdObject reads the organisation that an active founding verb
// ending before token next creates, whose chain starts at token chain:
// a mention (see activeObject), else a description, a name to a comma,
// a quoted name or the founder's organisation. It returns the mention or
// -1, else the organisation read and the token after it, or -1.
func (s *scanner) createdObject(sent sentence, chain, next int) (int, party, int) {
	obj, p := s.activeObject(next, sent.t1)
	if obj >= 0 {
		return obj, party{}, -1
	}
	if o, end, ok := s.describedObject(p, sent); ok {
		if n, ok := s.appositiveName(end, sent.t1); ok {
			o = n // "a lancé son mouvement politique, La France humaniste,"
		}
		return -1, o, end
	}
	q := s.skipAdjuncts(p, sent.t1)
	if s.inSet(articledPlacePreps, q) && s.nameWord(q+1) {
		for q++; s.nameWord(q); q++ { // "au Havre", "aux Pays-Bas"
		}
		q = s.skipAdjuncts(q, sent.t1)
	}
	if s.word(q, cPossessive) {
		// "a lancé samedi au Havre son propre parti, Horizons,": the
		// name in apposition to one's own organisation.
		if g := s.ownGeneric(q); g > q && s.punct(g+1, ",") {
			if e := s.nameEnd(g+2, sent.t1); e > g+2 && (s.punct(e, ",") || s.punct(e, ".") || e == sent.t1) && s.mentionAt(g+2) < 0 && !s.titleAt(g+2, e) && !s.capital(g+2) && s.countryEndingAt(g+2, e-1) < 0 {
				b, f := s.tokenSpan(g+2, e)
				return -1, party{name: s.text[b:f]}, e
			}
		}
	}
	if n, e, ok := s.nameToComma(p, sent.t1); ok && !s.word(p, cPrep|cPlacePrep|cObjectPrep) {
		return -1, n, e // "pour fonder République solidaire, un parti"
	}
	if n, e, ok := s.foundedName(chain, p, sent.t1); ok {
		return -1, n, e // "Bezos founded Amazon in 1994"
	}
	if n, e, ok := s.quotedName(p, sent.t1); ok {
		return -1, n, e // "un décret créant le « département de l'efficacité gouvernementale »"
	}
	if n, e, ok := s.foundersOrg(chain, p); ok {
		return -1, n, e // "Dangote founded his group in 1981"
	}
	return -1, party{}, -1
}

// articledPlacePreps are the French prepositions, folded, that contract
// "à" with the article of a place's name: "au Havre", "aux Pays-Bas".
var articledPlacePreps = foldSet("au", "aux")

// ownGeneric returns the generic organisation noun after a possessive at
// token p, maybe with "own" ("son propre parti", "his own party"), or p.
func (s *scanner) ownGeneric(p int) int {
	if !s.word(p, cPossessive) {
		return p
	}
	q := p + 1
	if s.inSet(owns, q) {
		q++
	}
	if !s.lowerGeneric(q) {
		return p
	}
	return q
}

// modifiedByFounding are the nouns, folded, that an English founding
// noun may qualify, as an adjective: "its founding members".
var modifiedByFounding = foldSet("member", "members", "father", "fathers", "mother", "mothers", "charter", "treaty",
	"document", "documents", "principle", "principles", "text", "act", "declaration", "states", "state", "countries", "nations",
	"partner", "partners", "shareholder", "shareholders", "summit", "conference", "ceremony", "congress", "convention", "meeting",
	"protocol", "talks", "negotiations", "bid", "request", "application", "process")

// prospects are the prepositions, folded, before an event that has not
// happened yet, and the verbs that ask for it: "vers sa dissolution",
// "towards its withdrawal", "réclame sa sortie", "seeks its dissolution";
// callsFor those before "for": "called for its dissolution".
var (
	prospects = foldSet("vers", "towards", "toward", "réclame", "réclament", "demande", "demandent", "exige", "exigent",
		"envisage", "envisagent", "seeks", "seek", "demands", "demand", "wants", "want")
	callsFor = foldSet("call", "calls", "called", "calling")
)

// skipAdjuncts returns the token after the dates, adverbs and place
// complements that start at token i, before a verb's object: "a reçu
// lundi à Carthage ses homologues", "ont lancé lundi à Bamako la Banque".
func (s *scanner) skipAdjuncts(i, end int) int {
	p := i
	for n := 0; p < end && n < 8; n++ {
		if d, ok := s.dateAt(p); ok {
			p = d.t1
			continue
		}
		if _, ok := s.dateAt(p + 1); ok && (p > i && s.word(p, cCoordinator) || s.inSet(datePreps, p)) {
			p++ // "jeudi et vendredi", "a succédé en 2002 à l'OUA"
			continue
		}
		if _, ok := s.dateAt(p + 3); s.tk.fold(p) == "jusqu" && s.punct(p+1, "'") && (s.inDate(p+2) || s.inSet(datePreps, p+2) && ok) {
			p += 2 // "présidait jusqu'en janvier le Conseil"
			continue
		}
		if q := s.elidedArticleEnd(p + 1); s.word(p, cPlacePrep) && s.nameWord(q) && (q == p+1 || s.inSet(palaces, q)) {
			p = q + 1 // "à l'Élysée"
			for p < end && (s.nameWord(p) || s.word(p, cParticle) && s.nameWord(p+1)) {
				p++ // "à Rio de Janeiro"
			}
			continue
		}
		if s.word(p, cChain) && !s.word(p, cPassive|cPerfect) {
			p++ // an adverb
			continue
		}
		if s.punct(p, ",") && (s.word(p+1, cPlacePrep) || s.inSet(asidePlacePreps, p+1)) {
			// "a lancé jeudi à Marcoussis, dans l'Essonne, le Conseil": a
			// place between commas.
			q := s.skipDeterminer(s.elidedArticleEnd(p+2), end)
			r := q
			for r < end && (s.nameWord(r) || r > q && s.word(r, cParticle) && s.nameWord(r+1)) {
				r++
			}
			if m := s.mentionAt(q); r > q && s.punct(r, ",") && (m < 0 || s.ments[m].kind == facts.PlaceEntity) {
				p = r + 1
				continue
			}
		}
		if s.punct(p, ",") && s.inSet(lowerAsidePreps, p+1) {
			// "a accueilli mardi, au pied de son avion, l'émir": a place
			// in words in lower case between commas.
			r := p + 2
			for r < end && r < p+9 && (s.toks[r].kind == tWord && !s.toks[r].cap || s.punct(r, "'")) {
				r++
			}
			if r > p+2 && s.punct(r, ",") {
				p = r + 1
				continue
			}
		}
		if s.punct(p, ",") && s.inSet(companions, p+1) {
			// "a lancé en 2013, avec la Cédéao et la CEEAC, le Centre"
			c := p + 2
			for c < end && c < p+14 && !s.punct(c, ",") {
				c++
			}
			if s.punct(c, ",") {
				p = c + 1
				continue
			}
		}
		break
	}
	return p
}

// bornWords are the participles, folded, of a birth, which found an
// organisation too ("Stellantis, née de la fusion").
var bornWords = foldSet("né", "née", "nés", "nées", "born")

// birthplaceAt reports whether a place follows its preposition at token
// k, and no date in the clause: "née en Haïti", "born in Lagos", not
// "née en 1933" nor "née à Niamey en 1970".
func (s *scanner) birthplaceAt(k, end int) bool {
	if !s.inSet(birthPreps, k) || k+1 >= end || !s.toks[k+1].cap || s.inDate(k+1) {
		return false
	}
	if m := s.mentionAt(k + 1); m >= 0 && s.ments[m].kind != facts.PlaceEntity && s.countryAt(k+1) == k+1 {
		return false
	}
	for q := k + 1; q < end && !s.punct(q, ","); q++ {
		if s.inDate(q) {
			return false
		}
	}
	return true
}

// birthPreps are the prepositions, folded, of a birthplace.
var birthPreps = foldSet("en", "à", "au", "in", "at")

// asidePlacePreps are the prepositions, folded, besides the place
// prepositions, that open a place between commas: ", dans l'Essonne,".
var asidePlacePreps = foldSet("dans", "near", "près")

// lowerAsidePreps are the prepositions, folded, of a place in words in
// lower case between commas: ", au pied de son avion,".
var lowerAsidePreps = foldSet("à", "au", "aux", "dans", "sur", "devant", "at", "on")

// palaces are the names, folded, of seats of power that French writes
// after an elided article, places and not organisations: "à l'Élysée".
var palaces = foldSet("élysée", "elysée", "hôtel")

// elidedArticleEnd returns the token after an elided French article at
// token p ("l'" of "l'Élysée"), or p.
func (s *scanner) elidedArticleEnd(p int) int {
	if s.tk.fold(p) == "l" && s.punct(p+1, "'") {
		return p + 2
	}
	return p
}

// companions are the words, folded, that open the parenthesis of those
// who act with the subject: "avec la Cédéao et la CEEAC".
var companions = foldSet("avec", "with", "alongside")

// asMember returns the token after "as" and a member noun phrase at i
// ("joined as a full member", "a rejoint en tant que membre"), the
// mention of the organisation whose possessive the phrase holds ("as
// ASEAN's 11th member") or -1, and whether there is a phrase.
func (s *scanner) asMember(i, end int) (next, possessor int, ok bool) {
	k := i
	switch {
	case k >= end:
		return i, -1, false
	case s.inSet(asWords, k):
		k++
	case k+3 <= end && matchWords(&s.tk, k, end, foldWords("en tant que")):
		k += 3
	default:
		return i, -1, false
	}
	if possessor = s.possessorAt(k, end); possessor >= 0 {
		k = s.ments[possessor].t1 + 2 // "as ASEAN's 11th member"
	}
	for n := 0; n < 4 && k < end; n, k = n+1, k+1 {
		if s.inSet(memberNouns, k) {
			return k + 1, possessor, true
		}
		if s.toks[k].kind != tWord || s.toks[k].cap {
			return i, -1, false
		}
	}
	return i, -1, false
}

// asWords are the words, folded, before a capacity: the one in which one
// joins ("as a full member"), the office a person is inaugurated in ("was
// inaugurated as president").
var asWords = foldSet("as", "comme")

// owns are the words, folded, that may follow a possessive: "their own".
var owns = foldSet("own", "propre")

// becomesMember reports whether what a verb of becoming is followed by at
// token i, past a date, is a member, with its article and up to two words
// ("the eighth member", "a full member", "le huitième membre", "l'an
// dernier le dixième membre"), or members ("became members"), and returns
// the token after it.
func (s *scanner) becomesMember(i, end int) (int, bool) {
	for i < end && s.inDate(i) {
		i++ // "est devenu l'an dernier le dixième membre"
	}
	for j := i; j <= i+2 && j < end; j++ {
		if s.inSet(memberNouns, j) && s.inSet(pluralMembers, j) || j > i && s.inSet(stateNouns, j) && s.inSet(memberQualifiers, j-1) {
			return j + 1, true // "Kosovo and Gibraltar became members", "became associated participating states"
		}
		if !s.adjective(j) {
			break
		}
	}
	if m := s.possessorAt(i, end); m >= 0 {
		i = s.ments[m].t1 + 1 // "became ASEAN's seventh member", "the AU's 54th member state"
	} else if !s.word(i, cDeterminer) {
		return i, false
	}
	if s.lowerGeneric(i+1) && s.punct(i+2, "'") && s.word(i+3, cClitic) {
		i += 3 // "became the bloc's 10th full member"
	}
	for j := i + 1; j < end && j <= i+5; j++ { // "les 55e et 56e membres"
		if j+1 < end && s.inSet(memberQualifiers, j) && s.inSet(stateNouns, j+1) {
			return j + 2, true // "the agency's 180th member state"
		}
		if s.inSet(memberNouns, j) || s.inSet(stateNouns, j) && s.inSet(memberQualifiers, j-1) {
			return j + 1, true // "its 57th participating state"
		}
		if s.inSet(stateNouns, j) && s.inSet(parties, j+1) {
			return j + 2, true // "the 125th state party", "le 125e État partie"
		}
		if (s.toks[j].kind != tWord || s.toks[j].cap) && !s.toks[j].digit && !s.inSet(stateNouns, j) {
			return i, false // but "le 23e État membre"
		}
	}
	return i, false
}

// possessorAt returns the organisation mention, maybe after a
// determiner, whose possessive starts at token i ("ASEAN's", "the AU's"),
// or -1.
func (s *scanner) possessorAt(i, end int) int {
	m := s.orgAt(s.skipDeterminer(i, end), false)
	if m < 0 || !s.punct(s.ments[m].t1, "'") || !s.word(s.ments[m].t1+1, cClitic) {
		return -1
	}
	return m
}

// memberOfSince reads "member of" at [i, next): the organisation after it
// (or before "member since": "a NATO member since 1952"), a date after
// "since" or "depuis", and the member before it, a country or an
// organisation in apposition ("Turkey, a member of NATO since 1952") or
// before a copula ("Turkey has been a member of NATO since 1952").
func (s *scanner) memberOfSince(sent sentence, i, next int, fc *foundingClaim) bool {
	var org party
	var e int
	if m := s.orgEndingAt(i-1, false); m >= 0 && s.inSet(sinceLeads, next-1) {
		// "Turkey, a NATO member since 1952": the organisation before.
		org, e, i = s.party(m), next-1, s.ments[m].t0
	} else {
		if s.punct(next, "'") {
			next++ // "membre d'"
		}
		var ok bool
		if org, e, ok = s.namedOrgAt(next, sent.t1); !ok || !s.inSet(sinceLeads, e) {
			return false
		}
	}
	d, ok := s.dateAt(e + 1)
	if !ok {
		if d, ok = s.dateAt(e); !ok || d.t0 != e {
			return false
		}
	}
	k := i - 1
	for k > sent.t0 && (s.word(k, cDeterminer|cChain) || s.inSet(beVerbs, k)) {
		k-- // "a", "has been", "est"
	}
	if s.punct(k, ",") {
		k-- // an apposition
	}
	var member party
	if m := s.orgEndingAt(k, true); m >= 0 {
		member = s.party(m)
	} else if c := s.countryEndingAt(sent.t0, k); c >= 0 {
		b, f := s.tokenSpan(c, k+1)
		member = party{name: s.text[b:f]}
	} else {
		return false
	}
	*fc = foundingClaim{trigger: foundingTrigger{event: facts.EventJoined, form: fVerb}, t0: i, trig: i,
		subjects: []party{member}, objects: []party{org}, t1: d.t1}
	return true
}

// memberNouns are the nouns, folded, of a member of an organisation (or
// an observer at it: "joined as an observer in 2013");
// pluralMembers those in the plural, which need no article.
var (
	memberNouns   = foldSet("member", "membre", "members", "membres", "observer", "observers", "observateur", "observatrice", "observateurs")
	pluralMembers = foldSet("members", "membres")
)

// stateNouns and memberQualifiers make a member of an organisation: "its
// 57th participating state", "a member state";
// parties, after one of stateNouns, make a party to a treaty: "the
// 125th state party"; after a name, they stand for it ("the SWAPO
// party").
var (
	stateNouns       = foldSet("state", "states", "état", "états")
	memberQualifiers = foldSet("participating", "member")
	parties          = foldSet("party", "parties", "partie")
)

// becomesOrg reports whether what a verb of becoming is followed by at
// token i is an organisation or a generic organisation noun, past its
// modifiers: "a confederation", "une fédération", "the Confederation of
// Sahel States", "an official EU institution".
func (s *scanner) becomesOrg(i, end int) bool {
	p := s.skipDeterminer(i, end)
	if s.orgAt(p, false) >= 0 {
		return true
	}
	for n := 0; n < 3 && p < end && !s.lowerGeneric(p) && s.toks[p].kind == tWord && !s.is(p, cFunction) && (s.adjective(p) || s.toks[p].caps); n++ {
		if s.ranking(p) {
			return false // "became the third-largest group": a rank, not a change
		}
		p++ // "an official EU institution"
	}
	return s.lowerGeneric(p) && !s.possessiveAt(p+1) // not "the world body's deadliest mission"
}

// orgBecomesName reports whether the verb of becoming at token i, whose
// complement starts at next, has an organisation for subject and a name
// for complement: "La société Celtel est devenue Zain en 2008", "The
// Yomiuri club became Verdy Kawasaki"; not "Lula became President", a
// title, nor a country's name.
func (s *scanner) orgBecomesName(sent sentence, i, next int) bool {
	chain, _, _ := s.leftChain(sent.t0, i)
	if s.orgEndingAt(chain-1, false) < 0 && !(s.word(chain-1, cGenericOrg) && !s.toks[chain-1].cap) {
		return false
	}
	p := s.skipDeterminer(next, sent.t1)
	e := s.nameEnd(p, sent.t1)
	return e > p && !s.titleAt(p, e) && s.countryEndingAt(p, e-1) < 0 && s.mentionAt(p) < 0
}

// ranking reports whether token i ranks what follows it: an ordinal or a
// superlative ("third-largest", "largest", "premier").
func (s *scanner) ranking(i int) bool {
	w := s.tk.fold(i)
	if s.ordinal(i) || s.inSet(ranks, i) {
		return true
	}
	_, tail, hyphen := strings.Cut(w, "-")
	return strings.HasSuffix(w, "est") && len(w) > 5 || hyphen && strings.HasSuffix(tail, "est")
}

// membership reports whether the event is a country's or an
// organisation's joining or leaving: its subject and object may then be
// places of the gazetteer, as countries can be.
func membership(event string) bool {
	return event == facts.EventWithdrew || event == facts.EventJoined
}

// topicList returns the organisations listed with the topic t when its
// last mention before token i closes a list ("Le Mali et le Burkina
// Faso"), or nil.
func (s *scanner) topicList(i, para int, t party) []party {
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i })
	for j := k - 1; j >= 0 && j >= k-lookBack && s.ments[j].para == para; j-- {
		if s.member(j, true) && s.party(j) == t {
			if ps, _ := s.orgsEndingAt(0, s.ments[j].t1-1, true, 0); len(ps) > 1 {
				return ps
			}
			return nil
		}
	}
	return nil
}

// genericObject reads, at i, a generic noun without adjective that stands
// for the paragraph's organisation as the object of a membership event
// ("from the bloc", "de l'organisation"), other than the subjects. It returns that
// organisation and the token after the noun.
func (s *scanner) genericObject(i int, sent sentence, subjects []party) (party, int, bool) {
	q := s.skipAdjuncts(i, sent.t1) // "avait quitté en 2018 la coalition"
	for n := 0; n < 3 && s.word(q, cObjectPrep); n++ {
		q = s.skipPrep(q, sent.t1, cObjectPrep)
	}
	q = s.skipDeterminer(q, sent.t1)
	for n := 0; n < 2 && !s.lex.postAdjectives && q > i && !s.word(q, cGenericOrg) && s.adjective(q); n++ {
		q++ // "the regional body"
	}
	end := q + 1
	scoped := s.inSet(s.lex.scopes, end)
	if scoped {
		end++ // "de l'organisation régionale", after its name
	} else if s.inSet(systemAdjectives, end) {
		end++ // "l'agence onusienne": the topic still
	}
	if q > i && s.word(q, cGenericOrg) && !s.toks[q].cap {
		// "avait quitté en 2018 la coalition au pouvoir, le RHDP": the
		// name in apposition to the noun and its short complement.
		c := q + 1
		for c < sent.t1 && c < q+4 && s.toks[c].kind == tWord && !s.toks[c].cap {
			c++
		}
		if n, e, ok := s.nameToComma(c+1, sent.t1); ok && s.punct(c, ",") && !slices.Contains(subjects, n) {
			return n, e, true
		}
	}
	if q == i || !s.word(q, cGenericOrg) || s.toks[q].cap || s.adjective(end) {
		return party{}, i, false // not "de l'organisation commerciale": which one?
	}
	t := s.genericReferent(q, sent.para, q, subjects...)
	if t != nil && !s.orgNamedInParaBefore(q, sent.para) && s.headedBy(*t, s.tk.fold(q)) != headSame {
		// "1990 - ECOWAS sets up ECOMOG. // 2000 - Mauritania quits the
		// bloc": in a paragraph that names no organisation, what members
		// leave is the one the article is about, not the last one named.
		if a := s.articleTopic(q, true, func(p party) bool { return !slices.Contains(subjects, p) && s.mayCall(p, s.tk.fold(q)) }); a != nil {
			t = a
		}
	}
	if scoped {
		t = nil
		if o, ok := s.orgNamedIn(sent.t0, q); ok && !slices.Contains(subjects, o) {
			t = &o
		}
	}
	if j := s.lastJoined; t == nil && !scoped && j != nil && !slices.Contains(subjects, *j) && s.headedBy(*j, s.tk.fold(q)) != headOther && !s.countryParty(*j) {
		t = j // "Washington avait quitté l'agence onusienne", after "leur retrait de l'Unesco"
	}
	if t == nil {
		return party{}, i, false
	}
	if o, ok := s.innerOrg(*t, q); ok {
		// "les pays ont quitté l'organisation", after "le Parlement de la
		// Cédéao": states leave the organisation, not its parliament.
		return o, end, true
	}
	return *t, end, true
}

// charterObject reads, at token i after a verb of joining, a treaty that
// stands for the paragraph's organisation, which one joins by acceding
// to the treaty that founded it: "a adhéré au traité en 2008".
func (s *scanner) charterObject(i int, sent sentence, subjects []party) (party, int, bool) {
	q := i
	for n := 0; n < 2 && s.word(q, cObjectPrep); n++ {
		q = s.skipPrep(q, sent.t1, cObjectPrep)
	}
	q = s.skipDeterminer(q, sent.t1)
	if q == i || !s.inSet(charterNouns, q) || s.toks[q].cap {
		return party{}, i, false
	}
	t := s.memberTopic(q, sent.para, subjects)
	if t == nil {
		return party{}, i, false
	}
	return *t, q + 1, true
}

// charterNouns are the nouns, folded, of an organisation's founding text.
var charterNouns = foldSet("traité", "treaty", "charte", "charter")

// innerOrg returns the organisation of the gazetteer inside the name of
// p, an organisation the gazetteer does not know, named last before token
// i: "Cédéao" in "Parlement de la Cédéao".
func (s *scanner) innerOrg(p party, i int) (party, bool) {
	if p.id != "" {
		return party{}, false
	}
	for m := sort.Search(len(s.ments), func(m int) bool { return s.ments[m].t0 >= i }) - 1; m >= 0; m-- {
		mt := &s.ments[m]
		if mt.entity >= 0 || s.party(m) != p {
			continue
		}
		for k := mt.t0 + 1; k < mt.t1; k++ {
			if e, n := s.g.match(&s.tk, k, mt.t1); n > 0 && s.g.entities[e].Kind == facts.OrganisationEntity {
				en := &s.g.entities[e]
				return party{name: en.Name(s.lang), id: en.ID}, true
			}
		}
		return party{}, false
	}
	return party{}, false
}

// openingComma returns the comma that ends, within 24 words from token i,
// the complement of an opening participle, or -1: words, numbers,
// apostrophes and an acronym in parentheses only, no verb.
func (s *scanner) openingComma(i, end int) int {
	for p, words := i, 0; p < end && words < 24; p++ {
		if s.toks[p].kind == tWord {
			words++
		}
		switch {
		case s.punct(p, ",") && s.listGoesOn(p+1, end):
			// "Créée en 1964 par le Cameroun, le Niger, le Nigeria et le
			// Tchad, la CBLT …": the founders' list.
		case s.punct(p, ","):
			return p
		case s.punct(p, "'"):
		case s.punct(p, ".") && s.toks[p-1].cap && len(s.tk.fold(p-1)) == 1:
			// An initial or "M.": "Fondé en 2014 par M. Sonko, le Pastef".
		case s.punct(p+1, "'") && s.word(p, cPrep):
			// "par quatre pays d'Asie centrale": "d'" is no auxiliary's.
		case s.punct(p, "(") && s.punct(p+2, ")"):
			p += 2 // an acronym: "l'Union douanière (UDEAC)"
		case s.is(p, cChain) && s.word(p-1, cDeterminer|cPrep):
			// A chain's word as a noun's: "au plus fort des sécheresses".
		case s.is(p, cFoundingStart) && s.toks[p-1].kind == tWord && !s.toks[p-1].cap && (!s.is(p-1, cFunction) || s.word(p-1, cDeterminer)):
			// A participle after its noun: "Instituée par un traité signé
			// à Libreville le 3 juillet 2001, la CGG"; a noun after its
			// article: "sous la forme d'un groupement".
		case s.toks[p].kind != tWord || s.is(p, cChain|cFoundingStart):
			return -1
		}
	}
	return -1
}

// listGoesOn reports whether a list of names goes on at token p: a name
// (with its article) followed by a coordinator, or by a comma and
// another name ("… par le Cameroun, le Niger, le Nigeria et le Tchad,"),
// not by a comma and a relative ("l'Union économique eurasiatique, dont
// la Russie est le pilier,").
func (s *scanner) listGoesOn(p, end int) bool {
	q := s.skipDeterminer(p, end)
	if s.word(q, cPrep) && !s.nameWord(q) {
		q = s.skipDeterminer(s.skipPrep(q, end, cPrep), end) // "de l'Alsace, de la Lorraine et de …"
	}
	if !s.nameWord(q) {
		return false
	}
	for q < end && (s.nameWord(q) || s.mentionAt(q) >= 0) {
		q++
	}
	return s.punct(q, ",") && s.nameWord(s.skipDeterminer(q+1, end)) || s.word(q, cCoordinator)
}

// cliticObject returns the first token of a French object pronoun just
// before the chain that starts at token c ("l'a réintégrée", "la
// rejoint"), or -1.
func (s *scanner) cliticObject(c int) int {
	switch {
	case s.lang != "fr" || c < 2:
	case s.punct(c-1, "'") && s.inSet(elidedObjects, c-2):
		return c - 2
	case s.inSet(objectClitics, c-1) && !s.toks[c-1].cap:
		return c - 1
	}
	return -1
}

// elidedObjects is the French object pronoun elided before a vowel
// ("l'a réintégrée").
var elidedObjects = foldSet("l")

// objectRelatives is the French relative pronoun of an object ("que le
// Mali a quitté"), also a conjunction ("a annoncé que").
var objectRelatives = foldSet("que", "qu")

// objectClitics are the French object pronouns before a verb.
var objectClitics = foldSet("la", "le", "les")

// expectations are the English words, folded, before "to" that make what
// follows an event the text expects ("expected to", "due to", "set to"),
// unlike an intention ("plans to", "wants to").
var expectations = foldSet("expected", "due", "set", "scheduled", "slated", "poised")

// pluralPronouns are the subject pronouns, folded, that stand for several.
var pluralPronouns = foldSet("they", "ils", "elles")

// objectPronoun reports whether token i is a pronoun that stands for the
// object of a verb ("rejoined it").
func (s *scanner) objectPronoun(i int) bool {
	return s.word(i, cPronoun) && s.inSet(objectPronouns, i)
}

// objectPronouns are the English pronouns, folded, that are objects.
var objectPronouns = foldSet("it", "them")

// describedMembership reads, at i, the organisation of the gazetteer
// that a description stands for, as the object of a membership event
// ("from the joint force"), and returns it and the token after the
// description.
func (s *scanner) describedMembership(i int, sent sentence) (party, int, bool) {
	q := i
	for n := 0; n < 3 && s.word(q, cObjectPrep); n++ {
		q = s.skipPrep(q, sent.t1, cObjectPrep)
	}
	if q == i || !s.word(q, cDeterminer) {
		return party{}, i, false
	}
	a := s.skipDeterminer(q, sent.t1)
	b, ok := s.describedPhrase(a, sent.t1)
	if !ok {
		return party{}, i, false
	}
	p, ok := s.describedOrg(a, b, sent.para)
	return p, b, ok
}

// without returns the parties of ps that are not in except, nor the
// name an acronym of except stands for ("Organisation of African Unity"
// and "OAU").
func without(ps, except []party) []party {
	var out []party
	for _, p := range ps {
		if !slices.ContainsFunc(except, func(e party) bool {
			return e == p || acronymOf(p.name, e.name) || acronymOf(e.name, p.name)
		}) {
			out = append(out, p)
		}
	}
	return out
}

// acronymOf reports whether acronym is made of the initials of the
// capitalised words of name: "OAU" of "Organisation of African Unity".
func acronymOf(name, acronym string) bool {
	if len(acronym) < 2 || strings.ToUpper(acronym) != acronym {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			if n >= len(acronym) || acronym[n] != r {
				return false
			}
			n++
		}
	}
	return n == len(acronym)
}

// createsSubject reports whether, in the active voice, the organisation
// the event is about is the verb's object ("ont créé l'AES").
func createsSubject(event string) bool {
	switch event {
	case facts.EventFounded, facts.EventLaunched, facts.EventInaugurated, facts.EventDissolved:
		return true
	}
	return false
}

// etymologies are the words, folded, after a verb of naming that say
// where a name comes from: "took its name from", "tient son nom de".
var etymologies = foldSet("from", "after")

// leftChain walks left from token i over auxiliaries and adverbs and
// returns where the chain starts, whether it holds a passive auxiliary
// and whether it holds a negation.
func (s *scanner) leftChain(t0, i int) (start int, passive, negated bool) {
	k := i - 1
	for ; k >= t0; k-- {
		t := &s.toks[k]
		// "first" is an adverb only just before the verb and in lower
		// case: "the EAC, first founded in 1967", not "the first summit"
		// nor "Citizens First".
		first := k == i-1 && !t.cap && s.inSet(firstAdverbs, k)
		// "en", of it, before an auxiliary or the verb's infinitive: "le
		// Ghana en est devenu membre", "avant d'en claquer la porte";
		// elsewhere a preposition.
		clitic := s.lang == "fr" && !t.cap && s.inSet(genitiveClitics, k) && (s.word(k+1, cPerfect|cPassive) || k == i-1 && s.infinitive(i))
		if a := s.asidePhraseEndingAt(t0, k); a >= 0 {
			k = a // "a quant à lui assisté", "has for his part left"
			continue
		}
		if a := s.dateEndingAt(k); a > t0 {
			// "Buhari on Monday commissioned", "a lundi inauguré": a date
			// inside the chain, after the subject's name or an auxiliary;
			// not after a place ("Leaders meeting in Lagos in 1975
			// created ECOWAS").
			if s.word(a-1, cPrep|cPlacePrep) && !s.toks[a-1].cap && a-1 > t0 {
				a--
			}
			r := a - 1
			for r > t0 && s.nameWord(r) {
				r--
			}
			if !s.is(a-1, cChain) && (!s.nameWord(a-1) || s.word(r, cPrep|cPlacePrep)) {
				break
			}
			k = a
			continue
		}
		if !(s.is(k, cChain) || first || clitic) || (t.kind == tPunct && !s.punct(k, "'")) {
			break
		}
		// "l'" and "d'" before a noun are not part of a chain.
		if s.punct(k, "'") && k+1 < i && !s.word(k-1, cChain) {
			break
		}
		passive = passive || s.is(k, cPassive)
		negated = negated || s.is(k, cNegation)
	}
	return k + 1, passive, negated
}

// latterPronouns are the French demonstrative pronouns, folded, that stand
// for what was named last: "celle-ci", "celui-ci".
var latterPronouns = foldSet("celle-ci", "celui-ci", "celles-ci", "ceux-ci")

// stateOpens reports whether a country's name alone opens a clause of
// sentence sent and ends before token chain: "Czechoslovakia was
// dissolved", "when Czechoslovakia was dissolved", not "the State Union
// of Serbia and Montenegro, its last remnant, was dissolved".
func (s *scanner) stateOpens(sent sentence, chain int) bool {
	c := s.countryEndingAt(sent.t0, chain-1)
	if c > sent.t0 && s.word(c-1, cDeterminer) && !s.word(c-1, cPossessive) {
		c-- // "the Soviet Union"
	}
	return c >= 0 && s.clauseOpening(sent, c-1) && !s.punct(c-1, ",")
}

// destinationBefore reports whether the name at token p is where
// something leads, the end of a complement: "jusqu'à l'aéroport d'Orly",
// "the line to Orly Airport".
func (s *scanner) destinationBefore(p int) bool {
	q := p - 1
	if s.punct(q, "'") {
		q--
	}
	if s.word(q, cDeterminer) {
		q--
	}
	if s.tk.fold(q) == "à" && s.punct(q-1, "'") && s.tk.fold(q-2) == "jusqu" {
		return true
	}
	_, ok := destinationPreps[s.tk.fold(q)]
	return ok
}

// destinationPreps are the prepositions, folded, of where a way leads.
var destinationPreps = foldSet("vers", "to", "towards")

// asidePhrases are the phrases, folded, that set the subject apart
// inside a verb's chain, or say it did it again: "a quant à lui
// assisté", "has for its part left", "s'en étaient de nouveau retirés".
var asidePhrases = [][]string{
	foldWords("quant à lui"), foldWords("quant à elle"), foldWords("quant à eux"), foldWords("quant à elles"),
	foldWords("pour sa part"), foldWords("pour leur part"), foldWords("de son côté"), foldWords("de leur côté"),
	foldWords("for his part"), foldWords("for her part"), foldWords("for its part"), foldWords("for their part"),
	foldWords("en revanche"), foldWords("de nouveau"), foldWords("à nouveau"),
	foldWords("par ailleurs"), foldWords("en outre"), foldWords("entre-temps"), foldWords("in turn"),
	foldWords("elle aussi"), foldWords("lui aussi"), foldWords("eux aussi"), foldWords("elles aussi"), // "était elle aussi présente"
}

// asidePhraseEndingAt returns the first token of the aside phrase (see
// asidePhrases) that ends at token k, not before t0, or -1.
func (s *scanner) asidePhraseEndingAt(t0, k int) int {
	for _, words := range asidePhrases {
		if a := k - len(words) + 1; a >= t0 && matchWords(&s.tk, a, k+1, words) {
			return a
		}
	}
	return -1
}

// genitiveClitics are the French pronouns, folded, of "of it" before a
// verb.
var genitiveClitics = foldSet("en")

// firstAdverbs are the words, folded, of a first time before a verb.
var firstAdverbs = foldSet("first")

// agentAsides returns the comma that opens the first of one or two asides
// that a founding or joining participle opens, maybe after an adverb, the
// comma at token j closing the last, whose agent ("by", "par") comes
// before token t: "Airbus, formed in 1970 as a consortium, later joined
// by Spain's CASA,", "The bloc, set up in 2015 by Mali,"; or -1. The
// name before them is the subject of the verb after them, not the agent.
func (s *scanner) agentAsides(sent sentence, j, t int) int {
	participle := func(o int) bool {
		return s.is(o+1, cFoundingStart) || s.toks[o+1].kind == tWord && s.is(o+2, cFoundingStart) && !s.toks[o+2].cap
	}
	o := s.appositionOpening(sent, j)
	if o < 0 || s.word(j+1, cRelative) || !participle(o) || !s.anyIn(o+1, t, func(q int) bool { return s.inSet(agentPreps, q) }) {
		return -1
	}
	if o2 := s.appositionOpening(sent, o); o2 >= 0 && participle(o2) {
		return o2
	}
	return o
}

// leftSubjects finds the subjects of a verb whose chain starts after token
// k:
//
//	orgs                    "Mali, le Burkina et le Niger ont quitté"
//	pronoun | det generic   "elle a été créée", "l'organisation a été dissoute"
//	                        (a pronoun joining or leaving is the subject of
//	                        the sentence's previous claim, if any)
//	org ["(" … ")"] "," [relative]   "l'AES, formée", "the Fund, which was set up"
//	prev ("," | "et")       the subject of the previous claim, coordinated
//
// It returns the subjects, the first token of an adjacent subject and
// whether the subject is adjacent to the verb.
func (s *scanner) leftSubjects(sent sentence, k int, prev *foundingClaim, states bool) ([]party, int, bool) {
	if k < sent.t0 {
		return nil, 0, false
	}
	if s.inSet(stateAdjectives, k) && s.orgEndingAt(k-1, states) >= 0 {
		k-- // "Le Commonwealth moderne est né en 1949"
	}
	if m := s.orgEndingAt(k-2, states); m >= 0 && s.punct(k, ",") && s.inSet(selfWords, k-1) {
		return []party{s.party(m)}, s.ments[m].t0, true // "la CAF elle-même, fondée en 1957"
	}
	if states && s.inSet(countryNouns, k) && s.tk.fold(k-1) == "whose" && s.punct(k-2, ",") {
		// "Syrian President Bashar al-Assad, whose country was readmitted
		// to the Arab League": the country of the titled person.
		if p, ok := s.titledPersonsCountry(sent, k-2); ok {
			return []party{p}, k - 1, true
		}
	}
	if s.word(k, cGenericOrg) && s.tk.fold(k-1) == "whose" && s.punct(k-2, ",") {
		// "Volkswagen Chief Executive Herbert Diess, whose company was
		// founded in 1937": the company of the titled person before; not
		// "Microsoft co-founder Bill Gates, whose foundation was set up
		// in 2000", his own.
		if o, person := s.titledPersonsOrg(sent, k-2); person {
			if o.name == "" || !s.inSet(employerNouns, k) {
				return nil, 0, false
			}
			return []party{o}, k - 1, true
		}
	}
	if c := s.formComma(k); c >= 0 {
		// "The Commonwealth, whose modern form was founded in 1949": the
		// organisation founded, as "le Commonwealth moderne".
		if a := s.capitalisedBefore(c); a >= 0 && s.orgEndingAt(c-1, false) < 0 && !states {
			b, e := s.tokenSpan(a, c)
			return []party{{name: s.text[b:e]}}, a, true // a name the gazetteer does not know
		}
		k = c - 1
	}
	if o := s.openParen(k); s.punct(k, ")") && o == k-2 && s.toks[k-1].cap && s.orgEndingAt(o-1, states) >= 0 {
		k = o - 1 // "L'Agence spatiale africaine (AfSA) a été inaugurée": past its acronym
	}
	if ps, start, ok := s.countriesOf(k, states); ok {
		// "Les trois pays de l'AES ont quitté la Cédéao"
		return ps, start, len(ps) > 0
	}
	if m := s.orgEndingAt(k, states); m >= 0 {
		if p, start, ok := s.subsidiaryBefore(sent, s.ments[m].t0); ok && !states {
			if p.name == "" {
				return nil, 0, false // unnamed
			}
			return []party{p}, start, true // "la SETER, filiale de la SNCF créée en 2019": the subsidiary
		}
		ps, start := s.orgsEndingAt(sent.t0, k, states, 0)
		if s.destinationBefore(start) {
			return nil, 0, false // "Le prolongement de la ligne 14 jusqu'à l'aéroport d'Orly a été inauguré"
		}
		return ps, start, true
	}
	if m := s.orgBeforeGeneric(k); m >= 0 {
		return []party{s.party(m)}, s.ments[m].t0, true
	}
	if states && s.word(k, cGenericOrg) && !s.toks[k].cap {
		if c := s.countryEndingAt(sent.t0, k-1); c >= 0 {
			// "The Cook Islands federation was admitted as the 215th
			// member": the country, whose body joined.
			b, e := s.tokenSpan(c, k)
			return []party{{name: s.text[b:e]}}, c, true
		}
	}
	if m := s.orgEndingAt(k-1, false); s.punct(k, ",") && m >= 0 && s.punct(s.ments[m].t0-1, ",") {
		// "Its sister body for governments, the Nordic Council of
		// Ministers, was created in 1971": the name in apposition.
		return []party{s.party(m)}, s.ments[m].t0, true
	}
	if m := s.orgBeforeDescription(sent, k); m >= 0 {
		// "The East African Legislative Assembly, the bloc's parliament,
		// was inaugurated in 2001"
		return []party{s.party(m)}, s.ments[m].t0, true
	}
	if p, start, ok := s.describedName(sent, k-1); ok && !states && s.word(k, cRelative) && !s.punct(k-1, ",") {
		// "Inuit Tapiriit Kanatami, the national Inuit organisation that
		// was founded in 1971": the name the relative's antecedent
		// describes.
		return []party{p}, start, true
	}
	if p, start, ok := s.describedBefore(sent, k); ok && !states {
		// "Hulu, the streaming service launched in 2007": the name the
		// participle's noun describes.
		return []party{p}, start, true
	}
	if states {
		if p, start, ok := s.countryAnaphor(sent, k); ok {
			return []party{p}, start, true
		}
		if ps, start, ok := s.collectiveSubject(sent, k); ok {
			return ps, start, true
		}
	}
	if s.inSet(latterWords, k) && (s.word(k-1, cDemonstrative) || s.tk.fold(k-1) == "the") {
		// "… la Société mauritanienne des hydrocarbures (SMH). Cette
		// dernière a été créée en 2019": the organisation named last,
		// unless a person was named with it or after it ("Christine
		// Lagarde, présidente de la BCE. Cette dernière a quitté le FMI").
		if p := s.lastOrgWhere(k-1, sent.para, true, func(p party) bool { return states || !s.countryParty(p) }); p != nil && !s.personAfter(*p, k-1) {
			return []party{*p}, k - 1, true
		}
	}
	if s.inSet(latterPronouns, k) {
		// "… a rejoint la Communion d'Églises protestantes en Europe.
		// Celle-ci est née en 1973": the organisation named last, as
		// "cette dernière".
		if p := s.lastOrgWhere(k, sent.para, true, func(p party) bool { return states || !s.countryParty(p) }); p != nil && !s.personAfter(*p, k) {
			return []party{*p}, k, true
		}
		return nil, 0, false
	}
	if s.word(k, cPronoun) {
		if p, ok := s.openingName(sent, k); ok && !states {
			// "Teck traces its roots to 1913, when it was set up": the
			// name that opens the sentence, before a clause of time.
			return []party{p}, k, true
		}
		if ps, ok := s.cataphoricSubjects(sent, k); ok && states {
			return ps, k, true
		}
		if states && prev != nil {
			// "Morocco rejoined the AU in 2017, years after it left the OAU"
			return prev.subjects, k, true
		}
		if cs := s.openingCountryList(sent, k); states && len(cs) > 1 && s.inSet(pluralPronouns, k) {
			return cs, k, true // "Mali, Burkina Faso and Niger said they would withdraw"
		}
		if states && s.inSet(pluralPronouns, k) && len(s.lastGroup) > 1 && s.lastGroupPara == sent.para {
			// "Les trois pays ont quitté la Cédéao. Ils avaient auparavant
			// quitté le G5 Sahel."
			return s.lastGroup, k, true
		}
		if !states && prev != nil && prev.trigger.event == facts.EventJoined && len(prev.objects) == 1 {
			// "The country joined COMESA when it was created in 1994":
			// what was joined, founded with the member in it.
			return prev.objects, k, true
		}
		if t := s.previousSubject(sent); !states && t != nil && k == s.datelineEnd(sent) {
			// "L'AfSA est devenue un organe de l'UA en 2018. Elle doit
			// devenir opérationnelle": the subject of the sentence before,
			// not the last organisation it named.
			return []party{*t}, k, true
		}
		if t := s.topicWhere(k, sent.para, func(p party) bool { return states || !s.countryParty(p) }); t != nil {
			// "England joined in 1890. It was renamed …": what is renamed
			// or founded is no member that joined.
			return []party{*t}, k, true
		}
		return nil, 0, false
	}
	if a := s.capitalsBefore(sent.t0, k+1); !states && a <= k && s.inSet(callingWords, a-1) && s.word(a-2, cGenericOrg) {
		// "A public-interest partnership called Current AI was
		// launched": the name it is given.
		b, e := s.tokenSpan(a, k+1)
		return []party{{name: s.text[b:e]}}, a, true
	}
	if s.toks[k].kind == tWord {
		if p, start, ok := s.describedSubject(sent, k); ok {
			return []party{p}, start, true
		}
		if p, start, ok := s.namedOrgEndingAt(sent, k); ok {
			return []party{p}, start, true
		}
	}
	if prev != nil && (s.punct(k, ",") || s.word(k, cCoordinator)) {
		if m := s.orgBeforeComma(k); s.punct(k, ",") && prev.t1 == k && m >= 0 && s.ments[m].object && !s.ments[m].origin && !slices.Contains(prev.subjects, s.party(m)) {
			// "L'UA a succédé en 2002 à l'OUA, fondée en 1963": the
			// apposition is about the organisation just named.
			return []party{s.party(m)}, 0, false
		}
		if s.punct(k, ",") && prev.t1 == k {
			if m := s.relativeClauseOf(prev.t0); m >= 0 {
				// "Le G5 Sahel, que le Mali a quitté en 2022, est
				// dissous": the verb after the relative clause is its
				// antecedent's.
				return []party{s.party(m)}, 0, false
			}
		}
		if m := s.orgBeforeComma(k); m >= 0 && s.punct(k, ",") && prev.t1 == k && prev.t0 == sent.t0 && !slices.Contains(prev.subjects, s.party(m)) && !s.formerName(s.ments[m].t0) {
			// "Créée en 1994 pour succéder à l'UDEAC, fondée en 1964, la
			// CEMAC …": an opening participle's complement ends with the
			// organisation the apposition is about.
			return []party{s.party(m)}, 0, false
		}
		if p, ok := s.sentenceSubject(sent, k, states); ok && s.word(k, cCoordinator) && (prev.apposition || s.punct(prev.trig-1, ",") && s.punct(prev.t1, ",")) && (s.outer == nil || s.outer == prev) && !slices.Contains(prev.subjects, p) {
			// "The OSCE grew out of the Conference on Security and
			// Co-operation in Europe, launched in 1975, and took its
			// current name in 1995": not the apposition's subject.
			return []party{p}, 0, false
		}
		if s.word(k, cCoordinator) && prev.t1 == k && s.inSet(subordinators, prev.t0-1) {
			// "Indonesia joined the Group of 20 when the forum was created
			// in 1999 and became a member of BRICS": the sentence's
			// subject, not the subordinate clause's.
			if p, ok := s.sentenceSubject(sent, k, states); ok && !slices.Contains(prev.subjects, p) {
				return []party{p}, 0, false
			}
		}
		if m := s.orgBeforeComma(k); m >= 0 && s.punct(k, ",") && prev.t1 == k && s.is(k+1, cFoundingStart) && !s.word(k+1, cChain) && slices.Contains(prev.objects, s.party(m)) {
			// "avait quitté en 2018 la coalition au pouvoir, le RHDP, créé
			// en 2005": a participle without its auxiliary describes the
			// object just before it.
			return []party{s.party(m)}, 0, false
		}
		if prev.t1 == k || (prev.t1 == k-1 && s.punct(k-1, ",")) || (s.punct(k, ",") && s.namesBetween(prev.t1, k)) ||
			s.word(k, cCoordinator) && s.relativeAsideEnd(prev.t1, k) == k {
			// "SICA was established in 1991 by the Tegucigalpa Protocol,
			// which revived the ODECA, and began operating in 1993"
			return prev.subjects, 0, false
		}
		if s.word(k, cCoordinator) && prev.apposition && s.outer != nil && s.onlyOrgs(s.outer.t1, k, slices.Concat(s.outer.subjects, s.outer.objects)) {
			// "The three countries quit the G5 Sahel, a force created in
			// 2014, and left ECOWAS": the claim before the apposition.
			return s.outer.subjects, 0, false
		}
		if s.word(k, cCoordinator) && s.onlyOrgs(prev.t1, k, prev.subjects) {
			// "Créée en 2025, la BOAI aura son siège à Lomé et devrait
			// devenir opérationnelle en 2026": the same subject, named
			// again or not at all in between.
			return prev.subjects, 0, false
		}
	}
	if prev != nil && !states && (prev.t1 == k && s.word(k, cRelative) || s.reportedRelative(prev, k)) {
		// "a fund launched in 2023 that is expected to become
		// operational", "set up a force, which its ministers said would
		// be operational": the relative after a claim stands for its
		// subject.
		return prev.subjects, 0, false
	}
	j := k
	if s.word(j, cRelative) {
		j--
	}
	// A participle without its auxiliary right after the comma describes
	// the name before it, even after a relative clause: "L'UA, qui a
	// succédé en 2002 à l'Organisation de l'unité africaine (OUA), fondée
	// en 1963,"; a verb with its auxiliary is the sentence's: "La BEAC,
	// qui émet le franc CFA, a été créée".
	bare := j == k && s.is(k+1, cFoundingStart) && !s.word(k+1, cChain)
	if s.punct(j, ",") {
		if p, ok := s.calledName(sent, j); ok && !states {
			return []party{p}, 0, false // "The venture, called Horn Connect, was incorporated"
		}
		if ps, _, ok := s.countriesOf(j-1, states); ok {
			// "Les trois pays de l'AES, qui ont quitté l'organisation"
			return ps, 0, false
		}
		if o := s.appositionStart(sent, j-1); states && o >= 0 && s.countryEndingAt(sent.t0, o-1) >= 0 {
			// "Le Monténégro, dernier pays à avoir rejoint le Conseil, en
			// est membre": the country before the apposition, which the
			// caller reads.
			return nil, 0, false
		}
		if o := s.relativeOpening(sent, j); o >= 0 && j == k && !(bare && s.orgBeforeComma(j) >= 0) {
			// "La BEAC, qui émet le franc CFA, a été créée": the name
			// before the relative clause; "La nouvelle communauté, qui
			// regroupera 19 communes, verra le jour": its description.
			if m := s.orgEndingAt(o-1, states); m >= 0 {
				return []party{s.party(m)}, 0, false
			}
			if p, _, ok := s.describedSubject(sent, o-1); ok && !states {
				return []party{p}, 0, false
			}
		}
		// "The Alliance of Sahel States (AES), formed …", "L'Organisation
		// pour la mise en valeur du fleuve Sénégal (OMVS), créée …"; not
		// the object of a relative clause between commas ("B, qui préside
		// cette année l'Union africaine, a accueilli").
		if m := s.orgBeforeComma(j); m >= 0 {
			if o := s.relativeOpening(sent, j); o >= 0 && o < s.ments[m].t0 && !bare {
				return nil, 0, false
			}
			if c := s.ments[m].t0 - 2; s.inSet(formerlyWords, c+1) && s.punct(c, ",") && s.orgBeforeComma(c) >= 0 {
				// "Le Rassemblement national, anciennement Front national, a
				// été fondé": the name before the former one.
				m = s.orgBeforeComma(c)
			}
			if o := s.appositionOpening(sent, j); o >= 0 && s.predecessor(s.nameLead(s.ments[m].t0)) && s.orgEndingAt(o-1, false) >= 0 {
				// "The Agency, set up to replace the Varnel Authority, was
				// founded in 2015": not the predecessor.
				m = s.orgEndingAt(o-1, false)
			}
			if o := s.agentAsides(sent, j, s.ments[m].t0); o >= 0 {
				// "The bloc, set up in 2015 by Mali, was dissolved",
				// "Airbus, later joined by Spain's CASA, became …": not
				// the agent of a participle in apposition.
				if a := s.orgEndingAt(o-1, states); a >= 0 {
					return []party{s.party(a)}, 0, false
				}
				if p, _, ok := s.describedSubject(sent, o-1); ok && !states {
					return []party{p}, 0, false
				}
				return nil, 0, false
			}
			return []party{s.party(m)}, 0, false
		}
		j--
		if s.punct(j, ")") {
			if o := s.openParen(j); o >= 0 {
				j = o - 1
			}
		}
		if m := s.orgEndingAt(j, states); m >= 0 {
			return []party{s.party(m)}, 0, false
		}
		if m := s.orgBeforeGeneric(j); m >= 0 {
			return []party{s.party(m)}, 0, false // "The wider OPEC+ alliance, formed …"
		}
		if p, _, ok := s.describedSubject(sent, j); ok {
			return []party{p}, 0, false // "the joint force, which was set up"
		}
		if o := s.appositionStart(sent, j); o >= 0 && j == k-1 {
			// "A joint force, announced in January 2025, became …"
			if m := s.orgEndingAt(o-1, states); m >= 0 {
				return []party{s.party(m)}, 0, false
			}
			if p, _, ok := s.describedSubject(sent, o-1); ok {
				return []party{p}, 0, false
			}
		}
		if a := s.capitalisedBefore(k - 1); !states && s.word(k, cRelative) && s.punct(k-1, ",") && a >= 0 {
			// "the All Progressives Congress, which was formed in 2013":
			// what is formed is an organisation, though the gazetteer
			// does not know it.
			b, e := s.tokenSpan(a, k-1)
			return []party{{name: s.text[b:e]}}, 0, false
		}
		if p, ok := s.openingNameBefore(sent, k-1); !states && s.tk.fold(k) == "which" && ok {
			// "Holcim, which was formed in 2015 through the merger …":
			// the name that opens the sentence, "which" no person's.
			return []party{p}, 0, false
		}
	}
	if s.word(k, cCoordinator) && prev == nil {
		if p, ok := s.openingSubject(sent, k, states); ok {
			return []party{p}, 0, false
		}
	}
	return nil, 0, false
}

// calledName returns the name that an aside ending at the comma c gives
// what it follows: "The venture, called Horn Connect, …", "la société,
// baptisée Kalto Énergie, …".
func (s *scanner) calledName(sent sentence, c int) (party, bool) {
	a := s.capitalsBefore(sent.t0, c)
	if a == c || !s.inSet(callingWords, a-1) || !s.punct(a-2, ",") {
		return party{}, false
	}
	b, e := s.tokenSpan(a, c)
	return party{name: s.text[b:e]}, true
}

// subsidiaryBefore returns the organisation named before a comma and
// the noun of a subsidiary whose parent is named at token t0: "la SETER,
// filiale de la SNCF", "Seter, a subsidiary of SNCF". A participle after
// the parent that agrees with the noun is the subsidiary's, which the
// apposition is about; ok with no name when the subsidiary is unnamed
// ("À Dakar, une filiale de la SNCF créée en 2019 exploite …").
func (s *scanner) subsidiaryBefore(sent sentence, t0 int) (party, int, bool) {
	d := t0 - 1
	if s.punct(d, "'") {
		d-- // "de l'ONU"
	}
	if s.word(d, cDeterminer) && !s.word(d, cPrep) {
		d--
	}
	if s.punct(d, "'") {
		d-- // "d'Orange"
	}
	if !s.word(d, cPrep) || !s.inSet(subsidiaries, d-1) {
		return party{}, 0, false
	}
	c := d - 2
	if s.word(c, cDeterminer) {
		c-- // "une filiale", "a subsidiary"
	}
	if !s.agrees(d-1, s.participleAfter(t0)-1) {
		// "Havas, filiale du groupe Vivendi fondé en 1853": the
		// participle is the group's.
		return party{}, 0, false
	}
	if !s.punct(c, ",") {
		return party{}, 0, true // "une filiale de la SNCF créée en 2019 exploite …": unnamed
	}
	m := s.orgBeforeComma(c)
	a := s.capitalsBefore(sent.t0, c)
	if m >= 0 {
		a = s.ments[m].t0
	}
	for a < c && !s.nameWord(a) {
		a++
	}
	if a >= c || s.word(a-1, cPrep|cPlacePrep) || s.inSet(leadPreps, a-1) || s.inSet(leadPreps, a) || s.capital(a) || s.countryEndingAt(a, c-1) >= 0 {
		// an adjunct's name, not the subsidiary's: "À Dakar, une filiale
		// de la SNCF créée en 2019 exploite …", "Selon Jean Varnel, …"
		return party{}, 0, true
	}
	if m >= 0 {
		return s.party(m), a, true
	}
	b, e := s.tokenSpan(a, c)
	return party{name: s.text[b:e]}, a, true // a name the gazetteer does not know
}

// participleAfter returns the first token after the organisation named
// at token t0 that is a participle, or t0.
func (s *scanner) participleAfter(t0 int) int {
	for p := t0 + 1; p < len(s.toks) && p < t0+8; p++ {
		if s.participle(p) {
			return p
		}
	}
	return t0
}

// leadPreps are the words, folded, that open an adjunct before a
// sentence's subject: "Selon Jean Varnel, …", "Au Sénégal, …".
var leadPreps = foldSet("selon", "au", "aux", "according", "in", "dans", "pour", "for")

// subsidiaries are the nouns, folded, of a company's subsidiary.
var subsidiaries = foldSet("filiale", "subsidiary", "unit")

// capitalsBefore returns the first of the capitalised words, at most
// five and none before t0, that end before token c, or c.
func (s *scanner) capitalsBefore(t0, c int) int {
	a := c
	for a > t0 && c-a < 5 && s.toks[a-1].kind == tWord && s.toks[a-1].cap {
		a--
	}
	return a
}

// callingWords are the participles, folded, that give a name: "called",
// "baptisée".
var callingWords = foldSet("called", "named", "dubbed", "baptisé", "baptisée", "dénommé", "dénommée", "appelé", "appelée")

// capitalisedBefore returns the first token of the capitalised words, two to
// five, that end before the comma at token c after a determiner, no
// country's nor person's with a title, nor a mention, or -1.
func (s *scanner) capitalisedBefore(c int) int {
	a := s.capitalsBefore(0, c) // "All Progressives Congress": function words too
	if c-a < 2 || !s.word(a-1, cDeterminer) || s.word(a-1, cPossessive) || s.countryEndingAt(a, c-1) >= 0 || s.titleAt(a, c) || s.mentionAt(a) >= 0 {
		return -1
	}
	return a
}

// openingSubject returns the organisation that opens sentence sent,
// before its first verb, as the subject of a verb coordinated with that
// one at the coordinator k: "The Southern African Development Community
// grew out of a loose alliance and was formally established in 1992";
// "The Quad traces its roots to … and was first convened in 2007", a name
// the gazetteer does not know.
func (s *scanner) openingSubject(sent sentence, k int, states bool) (party, bool) {
	a := s.skipDeterminer(s.datelineEnd(sent), k)
	if m := s.orgAt(a, states); m >= 0 && s.ments[m].t1 < k && s.toks[s.ments[m].t1].kind == tWord && !s.toks[s.ments[m].t1].cap {
		return s.party(m), true
	}
	for c := a; c < k; c++ {
		if !s.punct(c, ",") || !s.word(c+1, cRelative) {
			continue
		}
		// "Le Conseil économique, social et environnemental (CESE), qui
		// siège au palais d'Iéna et a été institué en 1958": the
		// organisation that opens the sentence and is the antecedent of
		// the relative clause the coordinator is in.
		e := c - 1
		if s.punct(e, ")") && s.openParen(e) == e-2 {
			e-- // its acronym
		}
		if m := s.orgEndingAt(e, states); m >= 0 && s.ments[m].t0 <= a+8 && !s.anyIn(c+2, k, func(q int) bool { return s.toks[q].kind != tWord && !s.punct(q, "'") }) {
			return s.party(m), true
		}
		break
	}
	if e := s.nameEnd(a, k); e > a && e < k && s.toks[e].kind == tWord && !s.toks[e].cap && !s.word(e, cPrep) {
		// not a quantity: "Nombre d'intervenants ont rappelé X, fondée …"
		if p, _, ok := s.unknownOrg(sent, e-1); ok {
			return p, true
		}
	}
	return party{}, false
}

// sentenceSubject returns the organisation that opens the sentence before
// token k (openingSubject), or, for a member, the country that does:
// "Canada became a founding member of the Commonwealth, formed in 1949,
// and joined NATO".
func (s *scanner) sentenceSubject(sent sentence, k int, states bool) (party, bool) {
	if p, ok := s.openingSubject(sent, k, states); ok {
		return p, true
	}
	if c := s.openingCountry(sent, k); states && c != nil {
		return *c, true
	}
	return party{}, false
}

// alongside reports whether the membership verb at token i is a present
// participle whose object, ending at token end, is followed by "as": the
// subject stands beside the object, it does not join it ("became a
// permanent member in 2023, joining the European Union as the only
// regional blocs at the table").
func (s *scanner) alongside(i, end int) bool {
	return s.lang == "en" && strings.HasSuffix(s.tk.fold(i), "ing") && end < len(s.toks) && s.tk.fold(end) == "as"
}

// objectsBeforeSubject cuts the list of objects ms, which ends at token
// end, before a comma after which the names are the subject of the next
// verb: "Bien qu'ils aient quitté la Cédéao, le Mali, le Burkina Faso et
// le Niger n'ont pas …".
func (s *scanner) objectsBeforeSubject(ms []int, end int) ([]int, int) {
	if !s.word(end, cChain) {
		return ms, end
	}
	for k := 1; k < len(ms); k++ {
		if t1 := s.ments[ms[k-1]].t1; s.punct(t1, ",") {
			return ms[:k], t1
		}
	}
	return ms, end
}

// cataphoricSubjects returns what the pronoun at token k stands for when
// it opens a subordinate clause at the start of the sentence and the
// main clause's subject, after the comma, names it: "Bien qu'ils aient
// quitté la Cédéao, le Mali, le Burkina Faso et le Niger n'ont pas …",
// "Although they left ECOWAS, Mali and Niger kept the franc".
func (s *scanner) cataphoricSubjects(sent sentence, k int) ([]party, bool) {
	lead := false
	for p := sent.t0; p < k; p++ {
		lead = lead || s.inSet(subordinators, p)
	}
	if !lead || k-sent.t0 > 3 {
		return nil, false
	}
	for c := k + 1; c < sent.t1; c++ {
		if !s.punct(c, ",") {
			continue
		}
		_, ms, next := s.orgList(c+1, sent.t1, true)
		if len(ms) == 0 || next >= sent.t1 || !s.word(next, cChain) && s.toks[next].kind != tWord {
			return nil, false
		}
		return s.parties(ms), true
	}
	return nil, false
}

// openingCountries returns the countries listed at the start of sent,
// before token k: the one that opens it (see [scanner.openingCountry])
// and those that follow it after a comma or a coordinator ("Les Comores
// et la France, au titre de La Réunion, l'ont rejointe").
func (s *scanner) openingCountries(sent sentence, k int) []party {
	first := s.openingCountry(sent, k)
	if first == nil {
		return nil
	}
	cs := []party{*first}
	for e := s.datelineEnd(sent); e < k; e++ {
		if !s.punct(e, ",") && !s.word(e, cCoordinator) {
			continue
		}
		found := false
		for f := e + 1; f < k && f < e+7; f++ {
			if p, start, ok, country := s.unknownMember(sent, f); ok && country && start == e+1 {
				if !slices.Contains(cs, p) {
					cs = append(cs, p)
				}
				e, found = f, true
				break
			}
		}
		if !found {
			break
		}
	}
	return cs
}

// countriesBefore returns the countries listed before the name of last
// (the last of them) that starts at token a, followed by last: "Gabon
// and Togo", "le Mali, le Burkina Faso et le Niger"; and the first
// token of the list.
func (s *scanner) countriesBefore(sent sentence, a int, last []party) ([]party, int) {
	var ps []party
	for {
		c := a - 1
		if !s.punct(c, ",") && !s.word(c, cCoordinator) {
			break
		}
		p, b, ok, country := s.unknownMember(sent, c-1)
		if !ok || !country {
			break
		}
		ps = append(ps, p)
		a = b
	}
	slices.Reverse(ps)
	return append(ps, last...), a
}

// unknownOrgObject reads, at token i after the membership verb of a
// country, an organisation the gazetteer does not know named by
// capitalised words without an organisation noun: "Bolivia became a
// full member of Mercosur". The name is no country's, and what follows it
// ends a clause or starts a complement. It records the name, so that the
// organisation is known when the article names it again
// ([scanner.namedOrgEndingAt]). A generic noun alone ("a réintégré
// l'Union") is the organisation it stands for (genericReferent).
func (s *scanner) unknownOrgObject(i, end int) (party, int, bool) {
	q := i
	for n := 0; n < 2 && s.word(q, cObjectPrep); n++ {
		q = s.skipPrep(q, end, cObjectPrep)
	}
	q = s.skipDeterminer(q, end)
	e := q
	for e < end && e < q+4 && s.nameWord(e) && s.mentionAt(e) < 0 && !s.inDate(e) {
		e++
		if e+1 < end && s.tk.fold(e) == "of" && s.nameWord(e+1) && !s.inDate(e+1) && s.mentionAt(e+1) < 0 {
			e++ // "the OPEC+ Charter of Cooperation"
		}
	}
	if e == q || s.countryEndingAt(q, e-1) == q || s.titleAt(q, e) {
		return party{}, i, false
	}
	if e == q+1 && s.word(q, cGenericOrg) {
		// "a réintégré l'Union": what the noun stands for, as "the union"
		// does (genericReferent)
		if t := s.genericReferent(q, s.sents[s.sentenceOf(q)].para, q); t != nil {
			return *t, e, true
		}
	}
	if e < end && !s.clauseEnd(e, sentence{t1: end}) && !s.word(e, cPrep|cPlacePrep|cObjectPrep) && !s.inDate(e) {
		return party{}, i, false
	}
	a, b := s.tokenSpan(q, e)
	if s.namedOrgs == nil {
		s.namedOrgs = map[string]bool{}
	}
	s.namedOrgs[s.foldedName(q, e)] = true
	return party{name: s.text[a:b]}, e, true
}

// appositiveName returns the name in apposition after the comma at token
// c, between commas or before the sentence's end at end (see nameToComma):
// "son mouvement politique, La France humaniste,".
func (s *scanner) appositiveName(c, end int) (party, bool) {
	if !s.punct(c, ",") {
		return party{}, false
	}
	p, _, ok := s.nameToComma(c+1, end)
	return p, ok
}

// nameToComma returns the name at token a, before a comma or the
// sentence's end at end, and its end: a capitalised word after an
// optional article, then at most five capitalised words or lower-case
// adjectives ("République solidaire,", not "SpaceX with his own money,");
// an organisation the gazetteer knows; not a country, a title, a date nor
// another mention.
func (s *scanner) nameToComma(a, end int) (party, int, bool) {
	if s.word(a, cDeterminer) && s.nameWord(a+1) {
		a++
	}
	if m := s.orgAt(a, false); m >= 0 && (s.ments[m].t1 == end || s.punct(s.ments[m].t1, ",")) {
		return s.party(m), s.ments[m].t1, true
	}
	e := a
	for e < end && e < a+6 && !s.inDate(e) && (s.nameWord(e) || e > a && !s.toks[e].cap && s.adjective(e) && !s.is(e, cFunction)) {
		e++
	}
	if e == a || e < end && !s.punct(e, ",") || s.mentionAt(a) >= 0 && s.ments[s.mentionAt(a)].t1 == e || s.countryEndingAt(a, e-1) == a || s.titleAt(a, e) {
		return party{}, a, false
	}
	b, f := s.tokenSpan(a, e)
	return party{name: s.text[b:f]}, e, true
}

// foundedName returns the name that a verb "found" before token p
// founds, whose chain starts at token chain, and the token after it: a
// name that no mention covers, not a country's, a place's or a title,
// before a date, a comma or the sentence's end ("Bezos founded Amazon in
// 1994", "Xavier Niel a fondé Free en 1999"). What is founded is an
// organisation; what is created, formed or launched may be a work or a
// product.
func (s *scanner) foundedName(chain, p, end int) (party, int, bool) {
	if !s.anyIn(chain, p, func(k int) bool { return s.inSet(foundForms, k) }) || s.word(p, cDeterminer|cPrep|cPlacePrep|cObjectPrep) {
		return party{}, p, false
	}
	e := s.nameEnd(p, end)
	switch {
	case e == p || s.mentionAt(p) >= 0 || s.countryEndingAt(p, e-1) >= 0 || s.titleAt(p, e) || s.capital(p):
		return party{}, p, false
	case e < end && !s.inDate(e) && !(s.inSet(datePreps, e) && s.inDate(e+1)) && !s.punct(e, ",") && !s.punct(e, "."):
		return party{}, p, false
	}
	b, f := s.tokenSpan(p, e)
	return party{name: s.text[b:f]}, e, true
}

// foundedNameAt reports whether a verb "found" at token i founds a name
// at token next (foundedName).
func (s *scanner) foundedNameAt(i, next, end int) bool {
	_, _, ok := s.foundedName(i, s.skipAdjuncts(next, end), end)
	return ok
}

// foundForms are the forms, folded, of the verb "found".
var foundForms = foldSet("founded", "co-founded", "cofounded", "fondé+", "cofondé+", "fonda", "fondèrent")

// quotedName returns the name in quotation marks after an optional
// article at token a, and the token after its closing mark: what a
// founding verb creates, named in quotes in any case, when an
// organisation's noun heads it ("le « département de l'efficacité
// gouvernementale »", not "a \"special military operation\"").
func (s *scanner) quotedName(a, end int) (party, int, bool) {
	a = s.skipDeterminer(a, end)
	for opening, closing := range quotePairs {
		if !s.punct(a, opening) || !s.is(a+1, cOrgHead|cGenericOrg) {
			continue
		}
		for k := a + 2; k < end && k < a+12; k++ {
			if s.punct(k, closing) {
				b, e := s.tokenSpan(a+1, k)
				return party{name: s.text[b:e]}, k + 1, true
			}
		}
	}
	return party{}, a, false
}

// foundersOrg reads at token p a possessive and a generic organisation
// noun after a founding verb whose subject ends before token chain: the
// organisation named last before it, when it bears the founder's last
// name and is a business ("Dangote Industries … Dangote founded his group
// in 1981"), and the token after the noun.
func (s *scanner) foundersOrg(chain, p int) (party, int, bool) {
	if !s.word(p, cPossessive) && !s.inSet(personPossessives, p) || !s.word(p+1, cGenericOrg) || !s.nameWord(chain-1) || s.mentionAt(chain-1) >= 0 {
		return party{}, p, false
	}
	name := s.tk.fold(chain - 1)
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= chain })
	for k--; k >= 0; k-- {
		m := &s.ments[k]
		if m.kind != facts.OrganisationEntity {
			continue
		}
		if s.anyIn(m.t0, m.t1, func(q int) bool { return s.tk.fold(q) == name }) && (!s.inSet(nonProfits, m.t1-1) || s.tk.fold(m.t1-1) == s.tk.fold(p+1)) {
			return s.party(k), p + 2, true // not "the Gates Foundation" for "his company"
		}
		break // another organisation came last: "The Gates Foundation … Bill Gates founded his company"
	}
	return party{}, p, false
}

// nonProfits are the nouns, folded, that end the name of an organisation
// a founder's business is not: "the Gates Foundation".
var nonProfits = foldSet("foundation", "fondation", "institute", "institut", "museum", "musée", "university", "université", "trust", "charity", "school", "école", "club")

// personPossessives are the English possessives, folded, of a person:
// "his group".
var personPossessives = foldSet("his", "her")

// quotePairs are the opening quotation marks and their closing ones.
var quotePairs = map[string]string{"«": "»", "“": "”", "\"": "\""}

// foldedName returns the folded words of tokens [a, e), joined by spaces.
func (s *scanner) foldedName(a, e int) string {
	words := make([]string, 0, e-a)
	for p := a; p < e; p++ {
		words = append(words, s.tk.fold(p))
	}
	return strings.Join(words, " ")
}

// namedOrgEndingAt returns the organisation ending at token k that an
// earlier membership claim named without the gazetteer's help (see
// [scanner.unknownOrgObject]): "Mercosur was created in 1991" after
// "Bolivia became a member of Mercosur".
func (s *scanner) namedOrgEndingAt(sent sentence, k int) (party, int, bool) {
	for a := max(sent.t0, k-3); a <= k; a++ {
		if !s.nameWord(a) || !s.namedOrgs[s.foldedName(a, k+1)] {
			continue
		}
		for p := a; p <= k; p++ {
			if !s.nameWord(p) {
				return party{}, 0, false
			}
		}
		b, e := s.tokenSpan(a, k+1)
		return party{name: s.text[b:e]}, a, true
	}
	return party{}, 0, false
}

// clauseEnd reports whether a clause ends before token j, where a verb
// without an object would: the sentence's end, a comma or a semicolon, or
// an infinitive of purpose ("Qatar left to focus on gas").
func (s *scanner) clauseEnd(j int, sent sentence) bool {
	return j >= sent.t1 || s.punct(j, ",") || s.punct(j, ";") || s.punct(j, ".") || s.word(j, cInfinitive)
}

// memberTopic is the organisation that subjects joined or left when the
// verb has no object ("South Sudan joined in 2016"), not one of them nor
// a country: the one the paragraph's last membership claim named, else
// the last one the paragraph names before token i, else the one the last
// membership claim named, else the topic (see [scanner.topic]).
func (s *scanner) memberTopic(i, para int, subjects []party) *party {
	ok := func(p party) bool { return !slices.Contains(subjects, p) && !s.countryParty(p) }
	joined := s.lastJoined != nil && ok(*s.lastJoined)
	if joined && s.lastJoinedPara == para {
		return s.lastJoined // "Angola quit OPEC in 2024, five years after Qatar left"
	}
	if p := s.lastOrgWhere(i, para, false, ok); p != nil {
		return p
	}
	if joined {
		return s.lastJoined
	}
	if t := s.articleTopic(i, false, ok); t != nil && s.lastSubject() != nil && s.lastSubject().para != para {
		// "China joined as an observer in 2013", in a new paragraph: the
		// article's organisation, not the one the last paragraph was
		// about.
		return t
	}
	return s.topicWhere(i, para, ok)
}

// nounTopic returns the organisation that a membership noun of event ev
// at token i is about when it names none (see memberTopic): in a new
// paragraph, after a membership claim of another event, the article's
// organisation ("Argentina had joined PAHO decades earlier. ¶ The United
// States began its own withdrawal in January": from the WHO).
func (s *scanner) nounTopic(i, para int, subjects []party, ev string) *party {
	if s.lastJoined != nil && s.lastJoinedPara != para && s.lastJoinedEvent != ev {
		ok := func(p party) bool { return !slices.Contains(subjects, p) && !s.countryParty(p) }
		if s.lastOrgWhere(i, para, false, ok) == nil {
			if t := s.articleTopic(i, true, ok); t != nil {
				return t
			}
		}
	}
	return s.memberTopic(i, para, subjects)
}

// countryParty reports whether p is a place of the gazetteer or is named
// as a country (see [countries]).
func (s *scanner) countryParty(p party) bool {
	if e, ok := s.g.Entity(p.id); ok && e.Kind == facts.PlaceEntity {
		return true
	}
	ts := tokenize(p.name) // a state the gazetteer holds as an organisation too
	if len(ts.list) == 0 {
		return false
	}
	for _, c := range countries[ts.fold(0)] {
		if len(c.words) == len(ts.list) && matchWords(&ts, 0, len(ts.list), c.words) {
			return true
		}
	}
	return false
}

// orgBeforeGeneric returns the organisation named just before the
// generic noun at token k, which stands for it ("the ECOWAS bloc", "the
// OPEC+ alliance"), maybe with an English noun between ("the Mercosur
// trade bloc"); or -1.
func (s *scanner) orgBeforeGeneric(k int) int {
	if !s.word(k, cGenericOrg) || s.toks[k].cap {
		return -1
	}
	if m := s.orgEndingAt(k-1, false); m >= 0 || k < 2 || s.toks[k-1].kind != tWord || s.toks[k-1].cap || s.is(k-1, cFunction) || s.lex.postAdjectives || !s.inSet(wholeNouns, k) {
		if m >= 0 && !s.lex.postAdjectives && s.adjective(s.ments[m].t0-1) && !s.inSet(wholeNouns, k) {
			return -1 // "the joint AES force": a body of the AES, described
		}
		return m
	}
	return s.orgEndingAt(k-2, false) // "the Mercosur trade bloc created in 1991"
}

// wholeNouns are the generic nouns, folded, that stand for an
// organisation named before them with a noun between, not for a body of
// it: "the Mercosur trade bloc", not "the ECOWAS standby force" nor "the
// UN climate agency".
var wholeNouns = foldSet("bloc", "alliance", "union", "group", "grouping", "community", "pact", "coalition", "confederation", "federation",
	"body", "organisation", "organization", "movement", "cartel", "partnership", "association")

// gapped reads, after the claim fc ending with a date, the same verb
// left out with another subject and date. After a membership claim:
// "South Sudan joined in 2016[, the Democratic Republic of Congo in
// 2022][ and Somalia in 2024]", the subject a country (see [countries]) or
// a known organisation, with or without its article; after a founding
// claim, another organisation founded (gappedFounding); after a renaming,
// the next name (gappedRename).
func (s *scanner) gapped(sent sentence, fc foundingClaim) (foundingClaim, bool) {
	if fc.trigger.event == facts.EventTransformed && len(fc.objects) > 0 && s.inDate(fc.t1-1) {
		return s.gappedRename(sent, fc)
	}
	if !membership(fc.trigger.event) && fc.trigger.form == fVerb && s.inDate(fc.t1-1) {
		return s.gappedFounding(sent, fc)
	}
	// "became a member" reads as an intransitive "joined".
	if !membership(fc.trigger.event) || fc.trigger.form != fVerb && fc.trigger.form != fAdmission && fc.trigger.form != fIntransitive || len(fc.objects) == 0 || !s.inDate(fc.t1-1) {
		return foundingClaim{}, false
	}
	p := fc.t1
	if s.punct(p, ",") {
		p++
	}
	if s.word(p, cCoordinator) || s.inSet(sequels, p) {
		p++
	} else if s.inSet(followers, p) && s.inSet(agentPreps, p+1) {
		p += 2 // "…, followed by the Philippines in 2019"
	}
	if p == fc.t1 {
		return foundingClaim{}, false
	}
	q := p
	prepObject := false // the item has the object's preposition
	switch {
	case fc.trigger.form == fAdmission && s.inSet(admissionPreps, q):
		q++ // "s'est élargie à l'Inde en 2017, puis à l'Iran en 2023"
	case fc.trigger.form == fVerb && s.inSet(admissionPreps, q) && s.orgAt(s.skipDeterminer(q+1, sent.t1), false) >= 0:
		q, prepObject = q+1, true // "s'est affiliée à la Fifa en 1964 et à la CAF en 1960"
	case s.inSet(agentPreps, q) && s.anyIn(fc.trig, fc.t1, func(k int) bool { return s.inSet(agentPreps, k) }):
		q++ // "a été rejointe par la Guinée en 1980, puis par la Côte d'Ivoire en 2008"
	}
	q = s.skipDeterminer(q, sent.t1)
	member, e, ok := s.memberAt(q, sent.t1)
	if !ok || slices.Contains(fc.objects, member) || slices.Contains(fc.subjects, member) {
		return foundingClaim{}, false
	}
	members := []party{member}
	for s.countryParty(member) && s.word(e, cCoordinator) {
		// "…, followed by Burkina Faso and Niger in December 2023"
		m, next, ok := s.memberAt(s.skipDeterminer(e+1, sent.t1), sent.t1)
		if !ok || !s.countryParty(m) {
			break
		}
		members, e = append(members, m), next
	}
	if _, dated := s.dateAt(e); !dated && (s.word(e, cPrep|cPlacePrep) || s.inSet(datePreps, e)) {
		e++
	}
	g := foundingClaim{trigger: fc.trigger, t0: p, t1: e, trig: q, subjects: members, objects: fc.objects}
	d, dated := s.dateAt(e)
	if dated {
		g.t1, g.value = d.t1, d.Value
	}
	switch {
	case fc.trigger.form == fVerb && !s.countryParty(member) && (!dated || prepObject || len(fc.subjects) == 1 && s.countryParty(fc.subjects[0])):
		// "Ghana joined ECOWAS in 1975, then the African Union in
		// 2002", "Elle a rejoint l'IATA en 2016, puis l'Association des
		// compagnies aériennes africaines": another organisation joined
		// or left, by the same subject.
		g.subjects, g.objects = fc.subjects, []party{member}
		if !dated && !s.clauseEnd(e, sent) {
			return foundingClaim{}, false
		}
	case !dated:
		return foundingClaim{}, false
	}
	return g, true
}

// gappedFounding reads, after the founding claim fc ending with a date,
// the same verb left out with another organisation and date: "Nissan was
// founded in 1933 and Honda in 1948".
func (s *scanner) gappedFounding(sent sentence, fc foundingClaim) (foundingClaim, bool) {
	p := fc.t1
	if s.punct(p, ",") {
		p++
	}
	if !s.word(p, cCoordinator) {
		return foundingClaim{}, false
	}
	q := s.skipDeterminer(p+1, sent.t1)
	org, d, ok := s.datedName(q, sent.t1)
	if !ok || slices.Contains(fc.subjects, org) || d.t1 < sent.t1 && !s.clauseEnd(d.t1, sent) {
		return foundingClaim{}, false
	}
	return foundingClaim{trigger: fc.trigger, t0: q, t1: d.t1, trig: q, subjects: []party{org}, value: d.Value}, true
}

// gappedRename reads, after the renaming claim fc ending with a date, the
// next name the same subject took: "a pris le nom de PPR en 2005 puis
// celui de Kering en 2013", "changed its name to PPR in 2005, then that of
// Kering in 2013".
func (s *scanner) gappedRename(sent sentence, fc foundingClaim) (foundingClaim, bool) {
	p := fc.t1
	if s.punct(p, ",") {
		p++
	}
	if s.word(p, cCoordinator) {
		p++
	}
	if s.inSet(sequels, p) {
		p++
	}
	q := p
	for _, w := range nameAnaphors {
		if matchWords(&s.tk, p, min(p+len(w), sent.t1), w) {
			q = p + len(w)
			break
		}
	}
	if q == p || p == fc.t1 {
		return foundingClaim{}, false
	}
	if s.punct(q, "'") {
		q++ // "celui d'Engie"
	}
	name, d, ok := s.datedName(q, sent.t1)
	if !ok || slices.Contains(fc.objects, name) {
		return foundingClaim{}, false
	}
	return foundingClaim{trigger: fc.trigger, t0: p, t1: d.t1, trig: p, subjects: fc.subjects, objects: []party{name}, value: d.Value}, true
}

// datedName reads, at token q, an organisation's name, known or
// capitalised (not a country's nor a title), then a date, maybe after its
// preposition: "Honda in 1948", "Kering en 2013".
func (s *scanner) datedName(q, end int) (party, *date, bool) {
	var name party
	e := q
	if m := s.orgAt(q, false); m >= 0 {
		name, e = s.party(m), s.ments[m].t1
	} else if e = s.nameEnd(q, end); e > q && s.countryEndingAt(q, e-1) < 0 && !s.titleAt(q, e) {
		b, t := s.tokenSpan(q, e)
		name = party{name: s.text[b:t]}
	} else {
		return party{}, nil, false
	}
	if _, dated := s.dateAt(e); !dated && s.inSet(datePreps, e) {
		e++
	}
	d, ok := s.dateAt(e)
	return name, d, ok
}

// nameAnaphors are the words, folded, that stand for "the name" before
// the next one an organisation took: "celui de Kering", "that of Kering".
var nameAnaphors = [][]string{foldWords("celui de"), foldWords("celui d"), foldWords("that of")}

// memberAt returns the organisation or the country named at token q, as
// an item of a list of members, and the token after it.
func (s *scanner) memberAt(q, end int) (party, int, bool) {
	if m := s.orgAt(q, true); m >= 0 {
		return s.party(m), s.ments[m].t1, true
	}
	p, e := party{}, -1
	for k := q; k < end && k < q+6; k++ {
		if s.countryEndingAt(q, k) == q {
			b, t := s.tokenSpan(q, k+1)
			p, e = party{name: s.text[b:t]}, k+1
		}
	}
	return p, e, e >= 0
}

// doors, opennessPreps and publics make "opened its doors to the public" a
// start and "opened its doors to non-African members" an enlargement.
var (
	doors         = foldSet("doors", "portes")
	opennessPreps = foldSet("to", "à", "aux", "au")
	publics       = foldSet("public", "visitors", "visiteurs", "patients", "students", "étudiants", "élèves", "pupils")
)

// coalitionAt returns the token after a government coalition without a
// name at token j, after its article and an adjective ("the ruling
// coalition", "la majorité présidentielle"), or j.
func (s *scanner) coalitionAt(j, end int) int {
	q := s.skipDeterminer(j, end)
	if q == j {
		return j
	}
	if s.inSet(rulingWords, q) {
		q++
	}
	if !s.inSet(coalitions, q) {
		return j
	}
	if s.inSet(rulingWords, q+1) {
		q++
	}
	return q + 1
}

// coalitions are the nouns, folded, of a government coalition, and
// rulingWords the adjectives of one in power.
var (
	coalitions  = foldSet("coalition", "government", "majorité", "gouvernement")
	rulingWords = foldSet("ruling", "governing", "présidentielle", "gouvernementale")
)

// historicPresents are the founding verbs, folded, in the present, which
// found only in a timeline's entry, after its date: "1990 - ECOWAS sets
// up a monitoring group, ECOMOG".
var historicPresents = foldSet("sets", "creates", "founds", "establishes", "forms", "launches", "found")

// sinceLeads are the prepositions, folded, that make an undated founding
// noun a point in time: "depuis sa création", "since its founding", "at
// its launch".
var sinceLeads = foldSet("depuis", "since", "dès", "at")

// agentPreps are the prepositions, folded, of a passive verb's agent.
var agentPreps = foldSet("par", "by")

// datePreps are the prepositions, folded, that may stand before a date in
// a gapped list: "la Somalie en 2024".
var datePreps = foldSet("en", "in", "on", "le")

// followers are the participles, folded, that bring in, with their
// agent, the next item of a gapped list: "followed by the Philippines in
// 2019", "suivi par le Niger en 2024".
var followers = foldSet("followed", "suivi+")

// sequels are the words, folded, that bring in the next item of a gapped
// list: "la Centrafrique en 1994 puis la Libye en 2008".
var sequels = foldSet("puis", "then")

// companion reads, after the membership claim fc, a country or an
// organisation that joined or left with its subject: "joined the EAC in
// 2007 together with Rwanda", "joined the Commonwealth in 2022, alongside
// Togo", "a rejoint l'OMVS en 2006, en même temps que la Gambie".
func (s *scanner) companion(sent sentence, fc foundingClaim) (foundingClaim, bool) {
	if !membership(fc.trigger.event) || len(fc.objects) == 0 {
		return foundingClaim{}, false
	}
	p := fc.t1
	if s.punct(p, ",") {
		p++
	}
	q, ok := s.companionWord(p)
	if !ok {
		return foundingClaim{}, false
	}
	if s.punct(q, "'") {
		q++ // "en même temps qu'Israël"
	}
	q = s.skipDeterminer(q, sent.t1)
	subject, e, ok := s.memberAt(q, sent.t1)
	if !ok || slices.Contains(fc.objects, subject) || slices.Contains(fc.subjects, subject) {
		return foundingClaim{}, false
	}
	return foundingClaim{trigger: fc.trigger, t0: p, t1: e, trig: q, subjects: []party{subject},
		objects: fc.objects, value: fc.value}, true
}

// companionWord returns the token after the words that bring in a
// companion at token p ("together with", "alongside", "aux côtés de").
func (s *scanner) companionWord(p int) (int, bool) {
	for _, w := range companionWords {
		if j, ok := s.foldedSeq(p, w); ok {
			return j, true
		}
	}
	return p, false
}

// companionWords are the folded words that bring in a companion.
var companionWords = [][]string{
	{"together", "with"}, {"alongside"}, {"along", "with"},
	{"en", "meme", "temps", "que"}, {"en", "meme", "temps", "qu"}, {"aux", "cotes", "de"}, {"aux", "cotes", "du"}, {"tout", "comme"},
}

// foldedSeq reports whether the folded words ws start at token p, and
// returns the token after them.
func (s *scanner) foldedSeq(p int, ws []string) (int, bool) {
	for k, w := range ws {
		if p+k >= len(s.toks) || s.toks[p+k].kind != tWord || s.tk.fold(p+k) != w {
			return p, false
		}
	}
	return p + len(ws), true
}

// countryAnaphor reads "the country", "le pays", with up to two
// adjectives ("the Nordic country", "le pays sahélien"), ending at token
// k, and returns the country it stands for and the phrase's first token:
// a country named earlier in the same sentence ("Sweden's flag was
// raised, days after the Nordic country joined"), else the one opening
// the previous sentence ("Burundi also belongs to COMESA. The country
// left the ICC"), else the one of the title.
func (s *scanner) countryAnaphor(sent sentence, k int) (party, int, bool) {
	if k <= sent.t0 {
		return party{}, 0, false
	}
	n := k
	if s.lex.postAdjectives {
		for j := 0; j < 2 && n > sent.t0 && !s.inSet(countryNouns, n) && s.adjective(n) && !s.toks[n].cap; j++ {
			n-- // "le pays sahélien"
		}
	}
	d := n - 1
	for j := 0; j < 2 && !s.lex.postAdjectives && d > sent.t0 && s.toks[d].kind == tWord && !s.is(d, cFunction) && !s.inSet(countryDeterminers, d); j++ {
		d-- // "the Nordic country", "the landlocked country"
	}
	if d < sent.t0 {
		return party{}, 0, false
	}
	_, noun := countryNouns[s.tk.fold(n)]
	_, det := countryDeterminers[s.tk.fold(d)]
	if !noun || !det || s.toks[n].cap {
		return party{}, 0, false // not "his country", "les pays"
	}
	p, ok := s.countryBefore(sent, d)
	return p, d, ok
}

// countryBefore returns the country that a phrase at token d of sent
// stands for (see [scanner.countryAnaphor]): one named earlier in the
// sentence, else the one opening the previous sentence, else the title's.
func (s *scanner) countryBefore(sent sentence, d int) (party, bool) {
	for e := s.datelineEnd(sent); e < d; e++ {
		if c := s.countryEndingAt(sent.t0, e); c >= 0 && !s.punct(e+1, "-") {
			b, end := s.tokenSpan(c, e+1)
			return party{name: s.text[b:end]}, true
		}
	}
	i := sort.Search(len(s.sents), func(i int) bool { return s.sents[i].t0 >= sent.t0 })
	if i == 0 {
		return party{}, false
	}
	if p := s.openingCountry(s.sents[i-1], s.sents[i-1].t1); p != nil {
		return *p, true
	}
	// "Au Niger, la junte dissout les partis … Le pays s'était retiré de
	// l'OIF": the country of the title.
	return s.titleCountry()
}

// titleCountry returns the first country the article's first line names.
func (s *scanner) titleCountry() (party, bool) {
	if len(s.sents) == 0 {
		return party{}, false
	}
	para := s.sents[0].para
	for _, st := range s.sents {
		if st.para != para {
			break
		}
		for k := st.t0; k < st.t1; k++ {
			for e := k + 3; e >= k; e-- {
				if s.countryEndingAt(k, e) == k && s.toks[k].cap {
					b, end := s.tokenSpan(k, e+1)
					return party{name: s.text[b:end]}, true
				}
			}
		}
	}
	return party{}, false
}

// relativeAntecedent reads the relative pronoun before the pronoun
// subject of the verb chain starting at k ("which it joined"), and the
// organisation before it and a comma ("COMESA, which"). It returns that
// organisation's mention, or -1, and whether there is such a relative. A
// relative right before the chain is its subject, not its object: "le
// Mali, qui s'en était retiré".
func (s *scanner) relativeAntecedent(k int) (int, bool) {
	r := k - 2
	if !s.word(k-1, cPronoun) || !s.word(r, cRelative) || s.inSet(complementizers, r) && !s.punct(r-1, ",") && s.orgEndingAt(r-1, false) < 0 {
		return -1, false // "announced that it would leave": no relative
	}
	j := r - 1
	if !s.punct(j, ",") {
		return -1, true
	}
	return s.orgBeforeComma(r - 1), true
}

// collectiveOf returns the last token of the collective noun whose
// complement is the organisation ending at token k ("les trois pays de
// l'AES", "the member states of ECOWAS"), or -1.
func (s *scanner) collectiveOf(k int) int {
	m := s.orgEndingAt(k, false)
	if m < 0 {
		return -1
	}
	q := s.ments[m].t0 - 1
	if s.punct(q, "'") {
		q--
	}
	if s.word(q, cDeterminer) && !s.word(q, cPrep) {
		q--
	}
	if s.word(q, cPrep) && s.word(q-1, cCollective) {
		return q - 1
	}
	return -1
}

// countriesOf reads, ending at token k, the member countries of an
// organisation named after a collective noun ("les trois pays de l'AES",
// "the member states of ECOWAS") as the subject of a membership verb:
// the members the base knows, and the phrase's first token; none when it
// knows none. ok reports whether the phrase is there. The organisation
// itself is no topic for what follows.
func (s *scanner) countriesOf(k int, states bool) (ps []party, start int, ok bool) {
	c := s.collectiveOf(k)
	if !states || c < 0 || s.inSet(memberNouns, c) && !s.inSet(pluralMembers, c) {
		return nil, 0, false // "a founding member of ECCAS, which was established"
	}
	m := s.orgEndingAt(k, false)
	s.ments[m].object = true
	start, n := s.collectivePhrase(c)
	return s.membersOf(m, n), start, true
}

// collectivePhrase returns the first token of the collective noun phrase
// whose nouns end at token c ("les trois pays"), past its determiner and
// number, and that number, or 0.
func (s *scanner) collectivePhrase(c int) (start, n int) {
	p := c
	for p > 0 && s.word(p-1, cCollective) {
		p--
	}
	if p == 0 {
		return p, 0
	}
	if v, ok := s.lex.numbers[s.tk.fold(p-1)]; ok {
		p, n = p-1, v
	} else if s.toks[p-1].digit {
		n, _ = strconv.Atoi(s.tk.fold(p - 1))
		p--
	}
	if s.word(p-1, cDeterminer) {
		p--
	}
	return p, n
}

// membersOf returns the member states of the organisation of mention m,
// as the gazetteer knows them, when a collective's number n (0 for none)
// is theirs ("les trois pays de l'AES", not "deux pays de l'AES"); else
// nil.
func (s *scanner) membersOf(m, n int) []party {
	if s.ments[m].entity < 0 {
		return nil
	}
	return s.members(s.g.entities[s.ments[m].entity].Members, n)
}

// members returns the parties of the member states ids, when a
// collective's number n (0 for none) is theirs; else nil.
func (s *scanner) members(ids []string, n int) []party {
	if n != 0 && n != len(ids) {
		return nil
	}
	var ps []party
	for _, id := range ids {
		if e, ok := s.g.Entity(id); ok {
			ps = append(ps, party{name: e.Name(s.lang), id: id})
		}
	}
	return ps
}

// complementizers are the relatives, folded, that also open what a verb
// reports: "the bloc that it left", but "announced that it would leave".
var complementizers = foldSet("that")

// orgBeforeComma returns the organisation named just before the comma at
// token c, or -1: "the Common Market for Eastern and Southern Africa
// (COMESA), which": the name before the parentheses, else the acronym in
// them; "the Fund for Export Development in Africa, launched": the name
// before its place.
func (s *scanner) orgBeforeComma(c int) int {
	j := c - 1
	if s.word(j-1, cPlacePrep) && s.nameWord(j) {
		// "The lender's Fund for Export Development in Africa, launched
		// in 2021": the name before its place.
		if m := s.orgEndingAt(j-2, false); m >= 0 {
			return m
		}
	}
	if s.punct(j, ")") {
		if o := s.openParen(j); o >= 0 {
			if m := s.orgEndingAt(o-1, false); m >= 0 {
				return m
			}
			if m := s.orgEndingAt(j-1, false); m >= 0 && s.ments[m].t0 == o+1 {
				return m
			}
			return -1
		}
	}
	if s.inSet(parties, j) && !s.toks[j].cap {
		// "Nandi-Ndaitwah's SWAPO party, founded in 1960"
		if m := s.orgEndingAt(j-1, false); m >= 0 {
			return m
		}
	}
	return s.orgEndingAt(j, false)
}

// reportedRelative reports whether a relative pronoun just after the
// claim prev is followed by a short reporting clause ending at token k:
// "…, which its defence ministers said (would be operational)".
func (s *scanner) reportedRelative(prev *foundingClaim, k int) bool {
	if !s.inSet(reportingVerbs, k) {
		return false
	}
	for r := k - 1; r > k-7 && r > prev.t1; r-- {
		if s.word(r, cRelative) {
			return r == prev.t1 || r == prev.t1+1 && s.punct(prev.t1, ",")
		}
		if s.toks[r].kind != tWord {
			return false
		}
	}
	return false
}

// reportingVerbs are the English verbs, folded, of a reporting clause.
var reportingVerbs = foldSet("said", "say", "says", "announced", "stated", "added", "told", "expect", "expects", "hope", "hopes")

// onlyOrgs reports whether every organisation named in tokens [i, k) is
// one of ps.
func (s *scanner) onlyOrgs(i, k int, ps []party) bool {
	for m := sort.Search(len(s.ments), func(m int) bool { return s.ments[m].t0 >= i }); m < len(s.ments) && s.ments[m].t0 < k; m++ {
		if s.ments[m].kind == facts.OrganisationEntity && !slices.Contains(ps, s.party(m)) {
			return false
		}
	}
	return true
}

// relativeOpening returns the comma that opens a relative clause closed
// by the comma at token k ("Zimbabwe, which had suspended its membership
// in 2008,"), or -1.
func (s *scanner) relativeOpening(sent sentence, k int) int {
	if !s.punct(k, ",") {
		return -1
	}
	for p := k - 1; p > sent.t0 && p > k-20; p-- {
		if s.punct(p, ",") {
			if s.word(p+1, cRelative) {
				return p
			}
			return -1
		}
	}
	return -1
}

// relativeClauseOf returns the organisation that a relative clause
// stands for when the claim starting at token t0 opens it with its own
// subject ("le G5 Sahel, que le Mali a quitté"), or -1.
func (s *scanner) relativeClauseOf(t0 int) int {
	r := t0 - 1
	if s.word(r, cDeterminer) {
		r--
	}
	objectRelative := s.lang == "fr" && s.inSet(objectRelatives, r) // not a relative of the lexicon: "annoncé que"
	if !s.word(r, cRelative) && !objectRelative || s.word(t0, cRelative) || !s.punct(r-1, ",") {
		return -1
	}
	return s.orgBeforeComma(r - 1)
}

// relativeObject returns the organisation before ", which" (", que")
// when a person's name or pronoun follows the relative and ends at token
// chain, the verb's: "…, which Francis created in 2014", "…, which
// Gorbachev helped set up"; and whether there is one. In English, a
// description in apposition may take the clause without a relative: "The
// Gorbachev Foundation, the think tank he founded in 1992".
func (s *scanner) relativeObject(sent sentence, chain int) (party, bool) {
	if s.inSet(helpVerbs, chain-1) {
		chain--
	}
	a := chain
	for a > sent.t0 && a > chain-5 && (s.nameWord(a-1) || a < chain && s.word(a-1, cParticle) && s.nameWord(a-2)) {
		a-- // "…, which Eamon de Valera set up in 1926"
	}
	switch {
	case a == chain && s.inSet(personPronouns, chain-1):
		a-- // "le parti centriste qu'il a fondé en 2007"
	case a == chain || s.orgAt(a, false) >= 0:
		return party{}, false // a country may be the relative's subject: "the regional bloc that Somalia helped found in 1986"
	}
	r := a - 1
	if s.punct(r, "'") {
		r-- // "qu'"
	}
	c := r - 1
	if !s.word(r, cRelative) && !s.inSet(objectRelatives, r) {
		if s.lex.postAdjectives || r < sent.t0 || s.toks[r].kind != tWord || s.toks[r].cap || s.is(r, cFunction) {
			return party{}, false
		}
		c = r // "the think tank he founded": no relative word
	}
	if !s.punct(c, ",") {
		// The antecedent may be a description in apposition: "le MoDem,
		// le parti centriste qu'il a fondé", "the think tank he founded".
		q := c
		for q > sent.t0 && q > c-4 && s.toks[q].kind == tWord && !s.toks[q].cap && !s.word(q, cDeterminer) {
			q--
		}
		described := s.anyIn(q+1, c+1, func(k int) bool { return s.word(k, cGenericOrg|cOrgHead) || s.inSet(orgLikeNouns, k) })
		if !s.word(q, cDeterminer) || !described || !s.punct(q-1, ",") {
			return party{}, false
		}
		c = q - 1
	}
	if m := s.orgBeforeComma(c); m >= 0 {
		return s.party(m), true
	}
	// A name the gazetteer does not know, which the description or the
	// founding shows to be an organisation's: "le MoDem", "the Novaya
	// Gazeta newspaper" (before its noun).
	if !s.lex.postAdjectives && !s.toks[c-1].cap && (s.word(c-1, cGenericOrg) || s.inSet(orgLikeNouns, c-1)) && s.nameWord(c-2) {
		c--
	}
	e := c
	for e > sent.t0 && e > c-4 && s.nameWord(e-1) && s.mentionAt(e-1) < 0 {
		e--
	}
	for q := c - 2; e == c && s.lang == "fr" && q > sent.t0 && q >= c-3 && s.toks[q+1].kind == tWord && !s.toks[q+1].cap; q-- {
		if s.nameWord(q) && !s.nameWord(q-1) && s.mentionAt(q) < 0 {
			e = q // "République solidaire, un parti qu'il avait dissous": lower-case words after the capital
		}
	}
	if e == c || s.titleAt(e, c) {
		return party{}, false
	}
	b, f := s.tokenSpan(e, c)
	return party{name: s.text[b:f]}, true
}

// personPronouns are the pronouns, folded, that may stand for the person
// who founded an organisation.
var personPronouns = foldSet("he", "she", "il", "elle")

// namesBetween reports whether tokens [i, k) continue a list of names
// that the previous claim began: "founded in 1967 by Kenya[, Tanzania and
// Uganda], collapsed in 1977"; not a new subject after a comma and a
// coordinator: "Le MoDem, créé en 2007 par François Bayrou[, et Horizons],
// fondé en 2021".
func (s *scanner) namesBetween(i, k int) bool {
	if i >= k || !s.punct(i, ",") && !s.word(i, cCoordinator) || s.punct(i, ",") && s.word(i+1, cCoordinator) {
		return false
	}
	for p := i; p < k; p++ {
		if !s.punct(p, ",") && !s.word(p, cCoordinator) && !s.nameWord(p) {
			return false
		}
	}
	return s.nameWord(k - 1)
}

// clauseOf returns sent from the clause that holds token k: after the
// last colon or semicolon before k.
func (s *scanner) clauseOf(sent sentence, k int) sentence {
	for p := k - 1; p > sent.t0; p-- {
		if s.punct(p, ":") || s.punct(p, ";") {
			sent.t0 = p + 1
			break
		}
	}
	return sent
}

// openingCountry returns the country whose name (see [countries]), with
// or without its article, opens sent (after its dateline) and ends before
// token k, or nil.
func (s *scanner) openingCountry(sent sentence, k int) *party {
	t0 := s.datelineEnd(sent)
	if d := s.skipDeterminer(t0, k); d < k {
		// A country of the gazetteer, alone: "Le Niger l'a rejoint en
		// 2014", not "Le Mali, le Burkina Faso et le Niger".
		if m := s.mentionAt(d); m >= 0 && s.ments[m].t0 == d && s.countryParty(s.party(m)) &&
			!s.punct(s.ments[m].t1, ",") && !s.word(s.ments[m].t1, cCoordinator) && !s.possessiveAt(s.ments[m].t1) {
			p := s.party(m)
			return &p
		}
	}
	for e := t0; e < k && e < t0+6; e++ {
		if c := s.countryEndingAt(t0, e); c < 0 || c > t0+1 && !(c == t0+2 && s.punct(t0+1, "'")) {
			continue // "Le Rwanda", "L'Azerbaïdjan"
		}
		if s.possessiveAt(e + 1) {
			return nil // "Spain's RTVE said it would withdraw": the broadcaster
		}
		if p, start, ok, country := s.unknownMember(sentence{t0, sent.t1, sent.para}, e); ok && country && start == t0 {
			return &p
		}
	}
	return nil
}

// dateOwns reports whether a date at token j, or after a preposition
// there, is a possessive that determines the noun after it: "withdraw
// from next year's contest" names what is left, not when. After a
// preposition of place only, it says when: "admitted at last year's
// conference".
func (s *scanner) dateOwns(j int) bool {
	if s.word(j, cPlacePrep) && !s.word(j, cPrep|cObjectPrep) {
		return false
	}
	if s.word(j, cPrep|cPlacePrep|cObjectPrep) {
		j++
	}
	d, ok := s.dateAt(j)
	return ok && s.possessiveAt(d.t1)
}

// possessiveAt reports whether the English possessive "'s" is at token i.
func (s *scanner) possessiveAt(i int) bool {
	return s.punct(i, "'") && s.word(i+1, cClitic)
}

// possessedName reads at token p, after the possessive of an
// organisation named from token owner, what it has: a capitalised name,
// past up to two adjectives in lower case ("the EU's flagship Horizon
// Europe programme"), or one of its bodies ("the Mano River Union's
// security committee", named with its owner); and the token after it.
func (s *scanner) possessedName(owner, p, end int) (party, int, bool) {
	a := p
	for n := 0; n < 2 && a < end && !s.toks[a].cap && s.adjective(a); n++ {
		a++
	}
	if m := s.orgAt(a, false); m >= 0 {
		return s.party(m), s.ments[m].t1, true
	}
	e := a
	for e < end && e < a+4 && s.nameWord(e) && !s.inDate(e) {
		e++
	}
	if e > a && !s.toks[min(e, end-1)].digit && !s.titleAt(a, e) && s.countryEndingAt(a, e-1) != a {
		b, f := s.tokenSpan(a, e)
		return party{name: s.text[b:f]}, e, true
	}
	for e = p; e < end && e < p+4 && !s.toks[e].cap && s.adjective(e); e++ {
	}
	if e == p || !s.inSet(bodyNouns, e-1) && !s.word(e-1, cGenericOrg) {
		return party{}, p, false // "NATO's Article 5 umbrella", "the EU's decision"
	}
	b, f := s.tokenSpan(owner, e)
	return party{name: s.text[b:f]}, e, true
}

// bodyNouns are the nouns, folded, of a body of an organisation: "its
// integrated military command", "the bloc's security committee".
var bodyNouns = foldSet("committee", "command", "council", "commission", "force", "forces", "programme", "program", "bodies",
	"structures", "institutions", "court", "assembly", "parliament", "mission", "wing", "arm", "comité", "commandement",
	"conseil", "instances", "cour", "assemblée", "parlement")

// openingCountryList returns the countries of the gazetteer listed at
// the start of sent, before token k: "Mali, Burkina Faso and Niger said
// …"; nil if anything else opens it.
func (s *scanner) openingCountryList(sent sentence, k int) []party {
	cs, _ := s.countryList(s.datelineEnd(sent), k)
	return cs
}

// countryList returns the countries of the list at token i, before end,
// if it names nothing else, and the token after it.
func (s *scanner) countryList(i, end int) ([]party, int) {
	_, ms, next := s.orgList(i, end, true)
	var cs []party
	for _, m := range ms {
		p := s.party(m)
		if !s.countryParty(p) {
			return nil, i
		}
		cs = append(cs, p)
	}
	return cs, next
}

// reportingCountries returns the countries listed just before the words
// that the plural pronoun at token k follows, a reporting verb: "weeks
// after Burkina Faso, Mali and Niger said they would quit the court".
func (s *scanner) reportingCountries(sent sentence, k int) []party {
	if !s.inSet(pluralPronouns, k) {
		return nil
	}
	e := k
	for e > sent.t0 && k-e < 3 && s.toks[e-1].kind == tWord && !s.toks[e-1].cap {
		e--
	}
	for j := sent.t0; j < e && e < k; j++ {
		if cs, next := s.countryList(j, e); len(cs) > 1 && next == e && !s.nameWord(j-1) {
			return cs
		}
	}
	return nil
}

// pronounCountry returns the country a pronoun at token k stands for:
// the one that opens the sentence, else the last one named before k, not
// as a possessive ("Mali's junta") nor inside a name ("Bank of Mali"); a
// pronoun opening the sentence, the one opening the sentence before.
func (s *scanner) pronounCountry(sent sentence, k int) *party {
	if p := s.openingCountry(sent, k); p != nil {
		return p
	}
	if k == s.datelineEnd(sent) {
		// "Gabon was a founding member of ECCAS. It joined the
		// Commonwealth in 2022": the country opening the sentence before.
		i := sort.Search(len(s.sents), func(i int) bool { return s.sents[i].t0 >= sent.t0 })
		if i > 0 && s.sents[i-1].para == sent.para {
			return s.openingCountry(s.sents[i-1], s.sents[i-1].t1)
		}
		return nil
	}
	for e := k - 1; e >= sent.t0; e-- {
		c := s.countryEndingAt(sent.t0, e)
		if c < 0 || s.punct(e+1, "'") || s.word(c-1, cOrgConnector) || s.mentionAt(c) >= 0 {
			continue
		}
		b, end := s.tokenSpan(c, e+1)
		return &party{name: s.text[b:end]}
	}
	return nil
}

// unknownMember reads, ending at token k, the name of a country or an
// organisation that the gazetteer does not know, as the subject of a
// membership verb: a country's name (see [countries]) with or without
// its article ("la République centrafricaine", "Britain"), else
// capitalised words after a determiner ("the Arab League"), opening the
// sentence or its clause. A name after a title or a possessive is a
// person's ("President Trump", "Hungary's Orban"), and so are
// capitalised words without a determiner that are no country's
// ("Viktor Orban", "Bazoum"). It returns the party, the name's first
// token (its article's, if any) and whether it is a country's.
func (s *scanner) unknownMember(sent sentence, k int) (p party, start int, ok, country bool) {
	if k < sent.t0 || k >= sent.t1 {
		return party{}, 0, false, false
	}
	if name, ok := s.lex.capitals[s.tk.fold(k)]; ok && s.toks[k].cap && s.clauseOpening(sent, k-1) {
		return party{name: name}, k, true, true // "Moscou avait adhéré à l'organisation"
	}
	last := k // the name's last token
	// "the Citizens First party", "Kalaba's Citizens First party": a
	// name with its organisation noun after it is no person's.
	orgNoun := !s.nameWord(k) && s.is(k, cOrgHead) && !s.toks[k].cap && s.nameWord(k-1)
	if orgNoun {
		k--
	}
	a := k
	if c := s.countryEndingAt(sent.t0, k); c >= 0 && !orgNoun {
		a, country = c, true
	} else {
		for a > sent.t0 && a > k-4 && s.nameWord(a-1) {
			a--
		}
		if !s.nameWord(k) {
			return party{}, 0, false, false
		}
	}
	for p := a; p <= k; p++ {
		if s.mentionAt(p) >= 0 || s.titleAt(p, k+1) {
			return party{}, 0, false, false
		}
	}
	start = a
	d := a - 1
	if s.punct(d, "'") && s.word(d-1, cDeterminer) {
		d--
	}
	b, e := s.tokenSpan(a, last+1)
	led := a < k && acronymLed(s.text[b:e])
	switch {
	case s.word(d, cDeterminer) && !s.word(d, cPossessive|cDemonstrative):
		start, d = d, d-1
	case (orgNoun || led) && s.word(d, cClitic) && s.punct(d-1, "'"):
		d = sent.t0 - 1 // the possessor is not the name
	case !country && !orgNoun && !led:
		return party{}, 0, false, false // "Viktor Orban", "Bazoum"
	}
	if !s.clauseOpening(sent, d) {
		return party{}, 0, false, false // a semicolon opens a clause: "…; Canada joined in 1990"
	}
	return party{name: s.text[b:e]}, start, true, country
}

// acronymLed reports whether name, of two words or more, opens with an
// acronym of three letters or more, as clubs and companies are named and
// people are not: "FUS Rabat", "ASEC Mimosas".
func acronymLed(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || utf8.RuneCountInString(first) < 3 {
		return false
	}
	for _, r := range first {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// orgBeforeDescription returns the organisation named before a short
// description between commas that ends at the comma k and opens with a
// determiner and a lower-case word: "X, the bloc's parliament,", "X, an
// equity fund backed by the EU and several states,"; or -1.
func (s *scanner) orgBeforeDescription(sent sentence, k int) int {
	if !s.punct(k, ",") {
		return -1
	}
	for q := k - 1; q > sent.t0 && q > k-12; q-- {
		switch {
		case s.punct(q, ","):
			if q+1 < k && s.word(q+1, cDeterminer) && !s.toks[q+2].cap {
				return s.orgBeforeComma(q)
			}
			return -1
		case s.punct(q, "'"), s.toks[q].kind == tWord:
		default:
			return -1
		}
	}
	return -1
}

// describedBefore returns the name before the comma that opens a
// description of a determiner and lower-case words ending at token k,
// right before a participle, and the name's first token: "Hulu, the
// streaming service launched in 2007", "Ethio Telecom, a state operator
// set up in 1894".
func (s *scanner) describedBefore(sent sentence, k int) (party, int, bool) {
	if !s.participle(k+1) || s.word(k+2, cDeterminer|cPossessive) && !s.inDate(k+2) || s.inSet(births, k+1) {
		// "la nouvelle région a vu le jour", "X, the body changed its
		// name", "un moine né en 1935"; not "le parti lancé un an plus
		// tôt", a date.
		return party{}, 0, false
	}
	return s.describedName(sent, k)
}

// describedName returns the name before the comma that opens a
// description of a determiner and lower-case words ending at token k, an
// organisation's, and the name's first token: "Hulu, the streaming
// service", "Inuit Tapiriit Kanatami, the national Inuit organisation".
func (s *scanner) describedName(sent sentence, k int) (party, int, bool) {
	if !s.anyIn(max(sent.t0, k-4), k+1, func(q int) bool { return s.word(q, cGenericOrg) || s.inSet(orgLikeNouns, q) }) {
		return party{}, 0, false // "The Boeing 737 MAX, a plane launched in 2017": no organisation
	}
	for q := k; q > sent.t0+1 && q > k-5; q-- {
		t := &s.toks[q]
		// A preposition inside the description, before its last word:
		// "le parti au pouvoir fondé en 1990", "the party in power".
		inner := q < k && s.word(q, cPrep|cObjectPrep|cPlacePrep) && !s.punct(q-1, ",")
		// A people's name between lower-case words: "the national Inuit
		// organisation".
		people := t.cap && q < k && !s.toks[q+1].cap && s.toks[q-1].kind == tWord && !s.toks[q-1].cap && !s.word(q-1, cDeterminer) && s.mentionAt(q) < 0
		if t.kind != tWord || t.cap && !people || s.is(q, cFunction) && !s.word(q, cDeterminer) && !inner {
			return party{}, 0, false
		}
		if !s.word(q, cDeterminer) || inner {
			continue
		}
		if q == k || !s.punct(q-1, ",") || s.word(q, cPossessive) || s.tk.fold(q) == "whose" {
			return party{}, 0, false
		}
		if m := s.orgBeforeComma(q - 1); m >= 0 {
			return s.party(m), s.ments[m].t0, true
		}
		if p, a, ok := s.unknownOrg(sent, q-1); ok {
			return p, a, true
		}
		// "run by the Lobito Atlantic Railway, a consortium formed in
		// 2022": capitalised words after an article, whatever precedes.
		a := q - 1
		if s.lex.postAdjectives && s.toks[a-1].kind == tWord && !s.toks[a-1].cap {
			// "La République en marche, le parti", "La France insoumise,
			// le mouvement": a French name ends with words in lower case.
			if s.inSet(nameConnectors, a-2) && s.nameWord(a-3) {
				a -= 2
			} else if s.adjective(a-1) && s.nameWord(a-2) {
				a--
			}
		}
		for a > sent.t0 && a > q-8 && s.mentionAt(a-1) < 0 {
			if s.nameWord(a - 1) {
				a--
			} else if s.inSet(nameConnectors, a-1) && s.nameWord(a-2) {
				a -= 2 // "le Cirque du Soleil"
			} else {
				break
			}
		}
		owned := s.word(a-1, cClitic) && s.punct(a-2, "'") && s.nameWord(a-3) // "Boko's Umbrella for Democratic Change, an alliance formed in 2012"
		// After a verb or a preposition, with an organisation noun in the
		// description: "led Inuit Tapiriit Kanatami, the national Inuit
		// organisation".
		bare := !s.lex.postAdjectives && a > sent.t0 && s.toks[a-1].kind == tWord && !s.toks[a-1].cap && !s.is(a-1, cDeterminer|cClitic) &&
			s.anyIn(q, k+1, func(r int) bool { return s.word(r, cGenericOrg) })
		// After an elided preposition, with an organisation noun in the
		// description: "au profit d'Horizons, le mouvement lancé en 2021".
		elided := s.lex.postAdjectives && s.punct(a-1, "'") && s.tk.fold(a-2) == "d" && s.anyIn(q, k+1, func(r int) bool { return s.word(r, cGenericOrg) })
		if a == q-1 || !s.word(a-1, cDeterminer) && !owned && !bare && !elided || s.word(a-1, cPossessive|cDemonstrative) || s.titleAt(a, q-1) || s.countryEndingAt(a, q-2) >= 0 {
			return party{}, 0, false
		}
		b, e := s.tokenSpan(a, q-1)
		if owned || bare || elided {
			return party{name: s.text[b:e]}, a, true
		}
		return party{name: s.text[b:e]}, a - 1, true
	}
	return party{}, 0, false
}

// helpVerbs are the verbs, folded, of a part in a founding, before a
// bare infinitive: "which Gorbachev helped set up".
var helpVerbs = foldSet("helped", "help", "helps")

// orgLikeNouns are the nouns, folded, of what is founded or launched as
// an organisation is, though no organisation noun names it: "Hulu, the
// streaming service launched in 2007", "le Cirque du Soleil, une troupe
// fondée en 1984", "the Order of Saint Augustine, the religious order
// formed in 1244".
var orgLikeNouns = foldSet("service", "platform", "studio", "band", "channel", "label", "brand", "newspaper", "magazine", "website",
	"troupe", "plateforme", "chaîne", "marque", "journal", "orchestre", "orchestra", "party", "tank", "charity", "order", "ordre")

// unknownOrg reads, ending at token k (or at a comma there), the
// capitalised name of an organisation the gazetteer does not know, which
// opens its clause or stands in apposition (with its article: "Les
// Républicains"), and returns it with its first token.
func (s *scanner) unknownOrg(sent sentence, k int) (party, int, bool) {
	if s.punct(k, ",") {
		k-- // in apposition: "Its China joint venture, Arm China, was set up"
	}
	if s.punct(k, ")") && s.openParen(k) == k-2 && s.toks[k-1].caps {
		k -= 3 // its acronym: "The All Progressives Congress (APC) was formed"
	}
	last := k // the name's last token, after a possessive: "Ben & Jerry's"
	if s.possessiveAt(k-1) && s.nameWord(k-2) && s.punct(k-3, "&") {
		k -= 2
	}
	if !s.lex.postAdjectives && s.word(k, cGenericOrg) && !s.toks[k].cap && s.nameWord(k-1) {
		n := k - 1
		for n > sent.t0 && s.nameWord(n-1) {
			n--
		}
		if s.word(n-1, cDeterminer) && !s.word(n-1, cPossessive) {
			k-- // "The Amal movement, set up in 1974": the name with its noun
		}
	}
	a := k
	if c := s.countryEndingAt(sent.t0, k); c >= 0 {
		a = c // "Air Côte d'Ivoire": the country's name whole
	}
	for a > sent.t0 && a > k-6 {
		if s.nameWord(a-1) && a > k-4 {
			a--
		} else if s.punct(a-1, "&") && s.nameWord(a-2) && a > k-4 {
			a -= 2 // "Marks & Spencer", "Ben & Jerry's"
		} else if a-3 >= sent.t0 && s.punct(a-1, "'") && s.tk.fold(a-2) == "d" && !s.toks[a-2].cap && s.nameWord(a-3) {
			a -= 3 // "Val d'Ille"
		} else if b := s.initialismBefore(a); b < a && b >= sent.t0 {
			a = b // "U.S. Steel"
		} else if a-1 > sent.t0 && s.toks[a-1].cap && s.tk.fold(a-1) == "all" && a > k-4 {
			a-- // "the All Progressives Congress", "All Nippon Airways"
		} else {
			break
		}
	}
	if a > k || !s.nameWord(k) && !(s.punct(k-1, "&") && s.ampersandPart(k)) {
		return party{}, 0, false
	}
	if o := s.connectedName(sent, a); o < a {
		// "the Conference on Security and Co-operation in Europe,
		// launched in 1975": an organisation's name with its
		// connecting words.
		b, e := s.tokenSpan(o, last+1)
		start := o
		if s.word(o-1, cDeterminer) && !s.word(o-1, cPossessive|cDemonstrative) {
			start = o - 1
		}
		return party{name: s.text[b:e]}, start, true
	}
	for p := a; p <= k; p++ {
		// A place may end the name: "Arm China".
		if p == a && s.mentionAt(p) >= 0 || s.titleAt(p, k+1) {
			return party{}, 0, false
		}
	}
	if c := s.countryEndingAt(sent.t0, k); c >= 0 && c <= a {
		return party{}, 0, false // a country: "Somalia becomes EAC's eighth member"
	}
	if s.capital(a) && a == k {
		return party{}, 0, false // a city: "Nairobi was founded in 1899"
	}
	if a == k && s.inSet(openingAdverbs, a) {
		return party{}, 0, false // "Ainsi est né le PDS": an adverb, capitalised
	}
	start, d := a, a-1
	if s.punct(d, "'") && s.word(d-1, cDeterminer) {
		d-- // "L'Unesco"
	}
	if placeAdjective(s.tk.fold(d)) && (s.word(d-1, cDeterminer) || s.clauseOpening(sent, d-1)) {
		d-- // "The Iten-based Kenya Athletics Academy", "Family-owned Mars": the adjective before the name
	}
	if e := s.elidedDeterminer(d - 3); s.lex.postAdjectives && e >= sent.t0 && s.toks[d].kind == tWord && !s.toks[d].cap && !s.is(d, cFunction) &&
		s.inSet(ofWords, d-1) && s.word(d-2, cGenericOrg) && !s.toks[d-2].cap && s.word(e, cDeterminer) {
		start, d = e, e-1 // "l'association de rescapés Ibuka, fondée en 1995": the noun's complement before the name
	} else if s.word(d, cGenericOrg) && !s.toks[d].cap && s.word(d-1, cDeterminer) {
		start, d = d-1, d-2 // "Sa filiale Kering Beauté, lancée en 2023"
	} else if s.word(d, cDeterminer) && !s.word(d, cPossessive|cDemonstrative) {
		start, d = d, d-1
	}
	if s.possessiveAt(d-1) && s.punct(last+1, "(") {
		// "Tinubu's All Progressives Congress (APC) was formed": the
		// possessor opens the clause, before a name with its acronym (not
		// "Microsoft's Xbox Series X was launched", a product).
		for d -= 2; d > sent.t0 && s.nameWord(d-1); d-- {
		}
		d--
	}
	if !s.clauseOpening(sent, d) && !(s.punct(d, "'") && s.inSet(elidedQues, d-1)) {
		if !s.memberOf(d) {
			return party{}, 0, false // but "de même qu'Airbus, née en 1970"
		}
		start = a // "issu du Frelimo, fondé en 1962": the name, not its preposition
	}
	b, e := s.tokenSpan(a, last+1)
	return party{name: s.text[b:e]}, start, true
}

// elidedDeterminer returns the token of the determiner that ends at token
// d, before its apostrophe ("l'"), or d.
func (s *scanner) elidedDeterminer(d int) int {
	if s.punct(d, "'") {
		return d - 1
	}
	return d
}

// openingAdverbs are the adverbs, folded, that a capital opening a
// sentence makes look like a one-word name.
var openingAdverbs = foldSet("ainsi", "alors", "puis", "depuis", "désormais", "enfin", "ensuite", "hier", "thus", "then", "now", "today", "yesterday", "later", "hence")

// memberOf reports whether the determiner or preposition at token d
// follows a word of membership or origin, after which only an
// organisation is named: "issu du Frelimo", "a rejoint le Frelimo",
// "joined Fretilin".
func (s *scanner) memberOf(d int) bool {
	p := d
	if s.punct(p, "'") {
		p-- // "issu de l'"
	}
	if s.word(p, cDeterminer|cPrep|cObjectPrep) && !s.inSet(memberWordsOf, p) {
		p--
	}
	if s.word(p, cPrep|cObjectPrep) && !s.inSet(memberWordsOf, p) {
		p-- // "membre du", "issu de la"
	}
	return s.inSet(memberWordsOf, p)
}

// memberWordsOf are the words, folded, of membership or origin before an
// organisation's name (memberOf).
var memberWordsOf = foldSet("issu+", "membre", "membres", "rejoint+", "adhéré", "quitté+", "joined", "left", "member", "members")

// relativeName returns the capitalised name before the comma and the
// relative at token k, wherever its clause opens: "sold the rights to
// French publisher Ubisoft, which was founded in 1986". Only an
// organisation is founded as a passive relative says when a noun of an
// organisation or a company introduces the name ("French publisher
// Ubisoft") or a verb of investing, buying or making comes before it
// ("Microsoft invested in Anthropic", "developed by BioNTech"); cities,
// laws and works are founded, established or created too ("struck
// Kharkiv", "Guernica by Pablo Picasso").
// Talks are launched: "talks with Honda, which had been launched in
// December" (founded only).
func (s *scanner) relativeName(sent sentence, k int) (party, int, bool) {
	if !s.inSet(thingRelatives, k) || !s.punct(k-1, ",") || !s.nameWord(k-2) {
		return party{}, 0, false
	}
	a := s.capitalsBefore(sent.t0, k-1)
	for a < k-1 && !s.nameWord(a) {
		a++
	}
	if m := s.mentionAt(a); m >= 0 || s.titleEndsAt(a) || s.countryEndingAt(a, k-2) >= 0 || s.capital(a) && a == k-2 {
		return party{}, 0, false
	}
	if s.inSet(placeLeads, a-1) && !s.inSet(companyVerbs, a-2) {
		return party{}, 0, false // "He flew to Lagos, which was founded by the Awori": a place
	}
	if !s.lowerGeneric(a-1) && !s.inSet(companyNouns, a-1) && !s.anyIn(max(sent.t0, a-3), a, func(q int) bool { return s.inSet(companyVerbs, q) }) {
		// "Guernica by Pablo Picasso, which was created in 1937": no
		// organisation's noun, no verb of investing or buying, a verb
		// that makes works too.
		return party{}, 0, false
	}
	b, e := s.tokenSpan(a, k-1)
	return party{name: s.text[b:e]}, a, true
}

// placeLeads are the prepositions, folded, before a place's name: "flew
// to Lagos", "arrived in Marseille", "à Québec".
var placeLeads = foldSet("to", "in", "at", "from", "à", "de", "depuis", "vers")

// companyVerbs are the verbs, folded, whose object is a company: "invested
// in Anthropic, which was created …".
var companyVerbs = foldSet("invested", "bought", "acquired", "acquire", "buy", "buys", "backed", "joined", "developed", "made", "built", "owned", "racheté", "acquis", "investi", "rejoint", "développé", "développée")

// companyNouns are the nouns, folded, of a company's trade, which
// introduce its name: "French publisher Ubisoft", "l'éditeur Ubisoft".
var companyNouns = foldSet("publisher", "developer", "studio", "maker", "giant", "brand", "label", "chain", "startup", "éditeur", "marque", "enseigne", "groupe")

// thingRelatives are the relative pronouns, folded, of an antecedent
// that may be a thing: "which", "qui".
var thingRelatives = foldSet("which", "qui")

// elidedQues are the French conjunctions, folded, elided before a name
// that opens a clause or a comparison: "de même qu'Airbus", "lorsqu'Air
// France".
var elidedQues = foldSet("qu", "lorsqu", "puisqu")

// connectedName returns the first token of an organisation's name whose
// capitalised words, the last of which starts at token a, are joined by
// lower-case connecting words ("Conference on Security and Co-operation
// in Europe", "Organisation pour la mise en valeur"): its first word is
// an organisation noun, or it opens its clause ("Patriots for Europe was
// set up"). It returns a when there is none.
func (s *scanner) connectedName(sent sentence, a int) int {
	for o := a - 1; o >= sent.t0 && o >= a-10; o-- {
		switch {
		case s.toks[o].kind == tWord && !s.toks[o].cap && s.inSet(nameConnectors, o):
		case s.word(o, cDeterminer) && !s.toks[o].cap && s.inSet(ofWords, o-1) && !s.toks[o-1].cap && s.nameWord(o+1):
			// "The News of the World": the article after a connecting word
		case (s.nameWord(o) && s.is(o, cOrgHead) || s.toks[o].cap && s.inSet(conferenceHeads, o)) && !s.nameWord(o-1) && !s.inSet(nameConnectors, o-1):
			return o
		case s.nameWord(o) && !s.nameWord(o-1) && !s.word(o-1, cCoordinator) &&
			(s.clauseOpening(sent, o-1) || s.word(o-1, cDeterminer) && !s.word(o-1, cPossessive) && s.clauseOpening(sent, o-2) ||
				s.punct(o-1, "'") && s.inSet(elidedQues, o-2)):
			if s.inSet(partitives, o) && s.inSet(ofWords, o+1) {
				return a // "Shares of Kenvue, the business spun off": a sentence's first word, no name
			}
			return o // "Patriots for Europe was set up", "Le Tour de France Femmes, relancé en 2022": a name that opens its clause
		case s.nameWord(o):
		default:
			return a
		}
	}
	return a
}

// partitives are the nouns, folded, that open a sentence before "of" and
// a name without being part of it: "Shares of Kenvue", "Thousands of
// Ford workers".
var partitives = foldSet("shares", "stocks", "members", "officials", "thousands", "hundreds", "dozens", "millions", "supporters", "workers", "employees", "fans",
	"officers", "soldiers", "troops", "staff", "residents", "citizens", "leaders", "representatives", "delegates")

// conferenceHeads are the words, folded, that begin the names of
// conferences that are organisations, joined by connecting words: "the
// Conference on Security and Co-operation in Europe".
var conferenceHeads = foldSet("conference", "conférence")

// nameConnectors are the lower-case words, folded, that may join the
// capitalised words of an organisation's name.
var nameConnectors = foldSet("on", "of", "for", "and", "in", "de", "du", "des", "la", "l", "pour", "et", "en")

// nameEnd returns the end of the capitalised words at token p, at most
// four (a country with lower-case words in its name counting as one)
// after an initialism ("U.S. Steel"), or p.
func (s *scanner) nameEnd(p, end int) int {
	e := p
	if i := s.initialismEnd(p); i > p && i < end && s.nameWord(i) {
		p, e = i, i // "U.S. Steel"
	}
	for e < end && e < p+4 {
		if e > p && s.punct(e, "&") && s.ampersandPart(e+1) {
			e += 2 // "CD&R", "AT&T", "Marks & Spencer"
			continue
		}
		if !s.nameWord(e) {
			break
		}
		if c := s.countryAt(e); c > e+1 && c <= end {
			e = c // a country's name with lower-case words: "Air Côte d'Ivoire"
			continue
		}
		e++
	}
	return e
}

// ampersandPart reports whether token i, after an ampersand, ends a
// name: a name's word or a capital letter glued to it ("AT&T", "S&P").
func (s *scanner) ampersandPart(i int) bool {
	if s.nameWord(i) {
		return true
	}
	if i <= 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == tWord && t.cap && t.end-t.start == 1 && t.start == s.toks[i-1].end
}

// clauseOpening reports whether a subject opens its clause after token
// d: d is before the sentence (or its dateline), a comma, a semicolon, a
// coordinator, a relative, a subordinator or the dash after a date that
// opens a timeline's entry ("Aug. 18, 2009 - Georgia leaves the CIS").
func (s *scanner) clauseOpening(sent sentence, d int) bool {
	return d < s.datelineEnd(sent) || s.punct(d, ",") || s.punct(d, ";") || s.word(d, cCoordinator|cStop|cRelative) || s.inSet(listLeads, d) || s.inSet(subordinators, d) ||
		s.dash(d) && s.inDate(d-1)
}

// countrysOrg reads, ending at token k, a country's organisation named
// by a description: the country's possessive, at most two lower-case
// words and an organisation noun ("Zanzibar's football association",
// "Kenya's ruling party"). It returns the party and its first token.
func (s *scanner) countrysOrg(sent sentence, k int) (party, int, bool) {
	if !s.is(k, cOrgHead) || s.toks[k].cap {
		return party{}, 0, false
	}
	a := k
	for a > k-3 && s.adjective(a-1) && !s.word(a-1, cClitic) {
		a--
	}
	c := s.countryEndingAt(sent.t0, a-3)
	if !s.word(a-1, cClitic) || !s.punct(a-2, "'") || c < 0 {
		return party{}, 0, false
	}
	b, e := s.tokenSpan(c, k+1)
	return party{name: s.text[b:e]}, c, true
}

// subordinators are the conjunctions, folded, that open a clause whose
// subject may follow: "five years after Qatar left", "lorsque le Ghana a
// rejoint".
var subordinators = foldSet("after", "before", "when", "where", "since", "because", "while", "until", "once", "though", "although",
	"que", "qu", "quand", "lorsque", "lorsqu", "puisque", "puisqu", "depuis")

// listLeads are the words, folded, that open a list of examples, before
// which a name starts a noun phrase: "including Fiji, which joined".
var listLeads = foldSet("including", "like", "notamment", "dont", "comme")

// countryEndingAt returns the first token of the country name (see
// [countries]) that ends at token k, capitalised, starting at t0 or
// after, or -1; the longest one ("South Sudan", not "Sudan").
func (s *scanner) countryEndingAt(t0, k int) int {
	if k < t0 || k >= len(s.toks) || s.toks[k].kind != tWord {
		return -1
	}
	for a := max(t0, k-5); a <= k; a++ {
		if !s.toks[a].cap {
			continue
		}
		for _, p := range countries[s.tk.fold(a)] {
			if len(p.words) == k+1-a && matchWords(&s.tk, a, k+1, p.words) {
				return a
			}
		}
	}
	return -1
}

// countryAt returns the token after the country of the lexicon named
// at token q, or q.
func (s *scanner) countryAt(q int) int {
	if q >= len(s.toks) || !s.toks[q].cap {
		return q
	}
	for _, p := range countries[s.tk.fold(q)] {
		if e := q + len(p.words); e <= len(s.toks) && matchWords(&s.tk, q, e, p.words) {
			return e
		}
	}
	return q
}

// openParen returns the "(" that the ")" at i closes, within a few
// tokens, or -1.
func (s *scanner) openParen(i int) int {
	for p := i - 1; p >= 0 && p >= i-6; p-- {
		if s.punct(p, "(") {
			return p
		}
	}
	return -1
}

// orgsEndingAt returns the organisations listed up to token k ("Mali, le
// Burkina Faso et le Niger") and the first token of the list. With limit
// above 0, it stops after limit+1 organisations: the list is then longer
// than limit.
func (s *scanner) orgsEndingAt(t0, k int, states bool, limit int) ([]party, int) {
	var ps []party
	start := k + 1
	coordinated := false // a coordinator links two of the items
	for limit <= 0 || len(ps) <= limit {
		m := s.orgEndingAt(k, states)
		if m < 0 || len(ps) > 0 && s.ments[m].object && s.punct(k+1, ",") {
			break // "est devenue la Ligue des champions, et le CHAN a été lancé": an object before the subject's clause
		}
		p := s.ments[m].t0 - 1
		if s.punct(p, "'") {
			p--
		}
		if s.word(p, cDeterminer) {
			p--
		}
		if len(ps) > 0 && !coordinated && (s.word(p, cPrep) || s.inSet(agentPreps, p)) {
			// "Créé en 2016 par l'Union africaine, le CDC Afrique a été
			// lancé": the agent of an aside, not "of Mali, Burkina Faso
			// and Niger".
			break
		}
		ps = append(ps, s.party(m))
		start = s.ments[m].t0
		if !(s.punct(p, ",") || s.word(p, cCoordinator)) || p-1 < t0 {
			break
		}
		coordinated = coordinated || s.word(p, cCoordinator)
		if s.punct(p-1, ",") {
			p--
		}
		k = p - 1
	}
	slices.Reverse(ps)
	return ps, start
}

// orgList reads a list of organisations at i, each after optional
// prepositions and a determiner: "du G5 Sahel et de la Cédéao", "from
// ECOWAS". It returns the token of the first preposition (-1 if none),
// the mentions and the token after the last one.
func (s *scanner) orgList(i, end int, states bool) (prep int, ms []int, next int) {
	next, prep = i, -1
	for p := i; p < end; {
		q := p
		for n := 0; n < 3 && q < end && s.word(q, cObjectPrep); n++ {
			if p == i && n == 0 {
				prep = q
			}
			q = s.skipPrep(q, end, cObjectPrep)
		}
		q = s.skipDeterminer(q, end)
		m := s.orgAt(q, states)
		if m < 0 {
			m = s.namedAfterGeneric(q, end) // "the West African bloc ECOWAS"
		}
		if m < 0 {
			break
		}
		ms = append(ms, m)
		next = s.ments[m].t1
		p = next
		if _, after, ok := lookup(s, s.lex.separators, cSeparatorStart, p, end); ok {
			p = after
		} else {
			break
		}
	}
	if len(ms) == 0 {
		prep = -1
	}
	return prep, ms, next
}

// verbAfterName reports whether a verb's chain follows the name that
// ends before token e, past its acronym in parentheses.
func (s *scanner) verbAfterName(e, end int) bool {
	if s.punct(e, "(") && s.punct(e+2, ")") {
		e += 3
	}
	return e < end && s.is(e, cChain) && !s.toks[e].cap
}

// namedAfterGeneric returns the organisation named right after a generic
// noun and its modifiers at token q, ("West African bloc ECOWAS", "bloc
// régional Cédéao"), or -1.
func (s *scanner) namedAfterGeneric(q, end int) int {
	for g := q; g < end && g < q+4; g++ {
		if s.lowerGeneric(g) {
			return s.orgAt(g+1, false)
		}
		if s.toks[g].kind != tWord || s.mentionAt(g) >= 0 {
			return -1
		}
	}
	return -1
}

// markObjects returns the parties of mentions ms and marks them as
// objects, so that they are not taken for the paragraph's topic.
func (s *scanner) markObjects(ms []int) []party {
	ps := make([]party, len(ms))
	for k, m := range ms {
		s.ments[m].object = true
		ps[k] = s.party(m)
	}
	return ps
}

// trained are the French participles, folded, of founding that also
// say someone was trained, before "à" and a common noun.
var trained = foldSet("formé+")

// births are the participles, folded, of being born, which say a name the
// gazetteer does not know is a person's: "Né en 1941 à Zinder, Moussa
// Kanté", unlike "Fondé en 1970, Airbus Industrie".
var births = foldSet("né+", "born")

// anniversaries are the nouns, folded, of a date's return: "le
// cinquantième anniversaire de sa création".
var anniversaries = foldSet("anniversaire", "anniversary", "anniversaires", "anniversaries")

// markOrigins marks as objects and origins the organisations that the
// complement of founding claim fc names, other than its subjects, so that
// they are not taken for the paragraph's topic nor for what a
// description stands for: "Né de la fusion de PSA et de FCA, le
// constructeur … Il avait quitté l'ACEA" is about the constructor.
func (s *scanner) markOrigins(fc *foundingClaim) {
	if fc.trigger.event != facts.EventFounded {
		return
	}
	for m := range s.ments {
		if mt := &s.ments[m]; mt.t0 > fc.trig && mt.t1 <= fc.t1 && !mt.object && !slices.Contains(fc.subjects, s.party(m)) {
			mt.object, mt.origin = true, true // not what a successor replaced: "l'UA a succédé à l'OUA, fondée en 1963"
		}
	}
}

// transformedObject reads, at token j after an active verb of
// transforming, the organisation its subject transformed before "into" or
// "en" and what it became: "The AU turned NEPAD into a development
// agency". A pronoun there stands for the subject of the sentence's claim
// before (prev) or else of the sentence before: "NEPAD was adopted in
// 2001. The AU turned it into a development agency". It returns the
// organisation and the token of "into".
func (s *scanner) transformedObject(j int, sent sentence, prev *foundingClaim, agents []party) (party, int, bool) {
	q := s.skipDeterminer(j, sent.t1)
	var o *party
	e := q + 1
	switch m := s.orgAt(q, false); {
	case m >= 0:
		p := s.party(m)
		o, e = &p, s.ments[m].t1
	case s.word(q, cPronoun) && !s.inSet(pluralPronouns, q) && prev != nil && len(prev.subjects) == 1:
		o = &prev.subjects[0]
	case s.word(q, cPronoun) && !s.inSet(pluralPronouns, q) && prev == nil:
		o = s.previousSubject(sent)
	}
	if o == nil || !s.inSet(intos, e) || s.inDate(e+1) || slices.Contains(agents, *o) {
		return party{}, j, false // "rebaptisée Union postale universelle en 1878": a date
	}
	return *o, e, true
}

// promotions are the participles, folded, of a promotion, which is a
// transformation only into a kind of organisation: "promue confédération",
// not "promu en Ligue 1".
var promotions = foldSet("promu", "promue", "promus", "promues", "promoted")

// bornGroup reads, after the noun of a birth at [i, next) ("a donné
// naissance"), "au" and a bare generic noun, and returns the organisation
// the noun stands for, other than those named just before (what merged
// to give it birth), and the token after the noun.
func (s *scanner) bornGroup(sent sentence, i, next int) (*party, int, bool) {
	if !s.inSet(atWords, next) {
		return nil, next, false
	}
	q := s.skipDeterminer(next+1, sent.t1)
	if !s.word(q, cGenericOrg) || s.toks[q].cap || s.orgAt(q, false) >= 0 {
		return nil, next, false
	}
	var merged []party
	for m := range s.ments {
		if mt := &s.ments[m]; mt.t0 >= max(sent.t0, i-16) && mt.t1 <= i {
			merged = append(merged, s.party(m))
		}
	}
	t := s.genericReferent(q, sent.para, q, merged...)
	return t, q + 1, t != nil
}

// formerlyWords are the adverbs, folded, before a former name in
// apposition: "anciennement Front national".
var formerlyWords = foldSet("anciennement", "formerly", "ex")

// personRelatives are the relatives, folded, that stand for a person.
var personRelatives = foldSet("who", "whom")

// nowWords are the words, folded, that open an aside giving a name's
// present form: "now known as the DP World Tour", "aujourd'hui …".
var nowWords = foldSet("now", "désormais", "aujourd")

// purposeLinks are the prepositions, folded, that a name of a party or
// a group may hold between its words: "Ensemble pour la République".
var purposeLinks = foldSet("pour", "for")

// becomings are the infinitives, folded, of becoming after one of
// purposes: "changed its name to become Engie".
var becomings = foldSet("devenir", "become")

// intos are the prepositions, folded, of what something is turned into.
var intos = foldSet("into", "en")

// transformedInto reads what a subject was transformed into at i:
// organisations, or a noun phrase ("confédération", "into a confederation")
// and returns the token after it.
func (s *scanner) transformedInto(i, end int, fc *foundingClaim) int {
	if _, ms, next := s.orgList(i, end, false); len(ms) > 0 {
		if n := len(ms); n > 1 && s.verbAfterName(next, end) {
			// "est devenue la Ligue des champions, et le CHAN a été
			// lancé": the last name opens a clause of its own.
			ms, next = ms[:n-1], s.ments[ms[n-2]].t1
		}
		fc.objects = s.markObjects(ms)
		return next
	}
	if s.inSet(s.lex.agents, i) {
		return i // "was reshaped by the Revised Treaty": its agent, not what it became
	}
	p := i
	for n := 0; n < 3 && p < end && s.word(p, cObjectPrep); n++ {
		p = s.skipPrep(p, end, cObjectPrep)
	}
	p = s.skipDeterminer(p, end)
	first, last := p, p
	for n := 0; p < end && n < 6 && !s.inSet(s.lex.gerundLeads, p); n++ { // not "a group of four after Czechoslovakia split"
		if s.content(p) && !s.inDate(p) || p > first && s.lex.postAdjectives && s.word(p, cFoundingStart) && !s.toks[p].cap {
			p++ // an adjective, though it may be a participle: "une société intégrée"
			last = p
			continue
		}
		if s.word(p, cPrep) && p > first && p+1 < end && s.content(p+1) {
			p++
			continue
		}
		if q := s.skipDeterminer(p+1, end); s.toks[first].cap && p > first && s.inSet(purposeLinks, p) && q > p+1 && q < end && s.content(q) && s.toks[q].cap {
			p = q // a name: "Ensemble pour la République", not "Renaissance pour la campagne"
			continue
		}
		break
	}
	if last == first {
		return i
	}
	start, stop := s.tokenSpan(first, last)
	fc.object = s.text[start:stop]
	return last
}

// complementEnd returns the end of the complement that starts at token i
// with a function word or a date: prepositional phrases, dates and nouns
// up to a punctuation mark, a
// coordinator, a relative, an auxiliary or another trigger, at most 15
// tokens. Trailing function words are left out.
func (s *scanner) complementEnd(i, end int) int {
	if s.punct(i, "(") {
		// "de l'Organisation internationale de la francophonie (OIF) en
		// mars 2025": past the acronym.
		if c := s.closeParen(i, end, 4); c > i {
			if d := s.complementEnd(c, end); d > c {
				return d
			}
		}
	}
	last := i
	merger := s.inSet(ofWords, i-1) && s.inSet(mergerNouns, i-2) // "born of the merger of A and B in 2021": its list
	if _, ok := s.dateAt(i); !ok && !merger && i < end && s.toks[i].kind == tWord && !s.is(i, cFunction) && !s.mannerBeforeDate(i, end) && !s.restrictedDate(i) && !s.inSet(s.lex.agents, i) && !s.adverbBeforeDate(i) {
		if _, ok := s.dateAt(i + 1); !ok {
			return i // a verb or a noun: "… of Mali from ECOWAS took effect"
		}
		// else a preposition of the date: "opérationnelle depuis 2019"
	}
	agent := merger // after "by", "par": the founders, a list; after a merger's "of", what merged
	for p, n := i, 0; p < end && n < 15; n++ {
		if d, ok := s.dateAt(p); ok {
			p = d.t1
			last = p
			continue
		}
		if q := s.skipDeterminer(p+1, end); s.inSet(opennessPreps, p) && s.inSet(doors, p-1) && s.inSet(publics, q) {
			p = q + 1 // "opened its doors to the public in 1990"
			continue
		}
		agent = agent || s.inSet(agentPreps, p) || s.inSet(ofWords, p) && s.inSet(mergerNouns, p-1)
		if agent && s.word(p, cCoordinator) && s.nameWord(p-1) && (s.nameWord(p+1) || s.word(p+1, cPrep) && s.nameWord(p+2)) {
			p++ // "launched by India and France in 2015", "from the merger of Gaz de France and Suez in 2008", "de la fusion de PSA et de FCA en 2021"
			continue
		}
		if e := s.nameListEnd(p, end); agent && s.punct(p, ",") && s.nameWord(p-1) && e > p {
			p, last = e, e // "set up by Scotland, Ireland and Wales"
			continue
		}
		if p == i && (s.restrictedDate(p) || s.adverbBeforeDate(p)) {
			p++
			continue
		}
		t := &s.toks[p]
		if t.kind != tWord {
			if s.punct(p, "'") && p > i || s.punct(p, "&") && s.nameWord(p-1) && s.nameWord(p+1) {
				p++ // "spun off from Johnson & Johnson in 2023"
				continue
			}
			break
		}
		if s.punct(p+1, "'") && s.nameWord(p+2) {
			p += 2 // "par la Côte d'Ivoire", "de l'Union"
			continue
		}
		if s.is(p, cCoordinator|cRelative|cStop|cChain) {
			break
		}
		if _, ok := s.companionWord(p); ok || s.inSet(sequels, p) {
			break // "joined the EAC in 2007 together with Rwanda", "… puis la Libye en 2008"
		}
		if _, _, ok := lookup(s, s.lex.founding, cFoundingStart, p, end); ok {
			break
		}
		if _, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, p, end); ok {
			break
		}
		if p++; !s.is(p-1, cFunction) {
			last = p
		}
	}
	if q := last + 1; s.punct(last, ",") && q < end {
		// "the first country to leave it, in October 2017": a date set
		// apart by a comma.
		if s.inSet(datePreps, q) {
			q++
		}
		if d, ok := s.dateAt(q); ok && (d.t1 >= end || s.toks[d.t1].kind == tPunct) {
			return d.t1
		}
	}
	return last
}

// nextParticiple returns the first token of the first founding verb in
// tokens [i, end) that follows a noun or a comma without an auxiliary, a
// participle that begins another claim ("l'organisation créée en 2014"),
// or end.
func (s *scanner) nextParticiple(i, end int) int {
	for p := i; p < end; p++ {
		if trig, _, ok := lookup(s, s.lex.founding, cFoundingStart, p, end); ok && trig.form == fVerb && !s.word(p-1, cChain) {
			return p
		}
	}
	return end
}

// restrictedDate reports whether the French restrictive "que" of
// "ne … que" opens a date at token i: "n'est devenue opérationnelle
// qu'en 2018".
func (s *scanner) restrictedDate(i int) bool {
	if !s.inSet(restrictives, i) {
		return false
	}
	if s.punct(i+1, "'") {
		i++
	}
	_, ok := s.dateAt(i + 1)
	_, after := s.dateAt(i + 2) // "qu'en 2018"
	return ok || after && s.toks[i+1].kind == tWord && !s.toks[i+1].cap
}

// restrictives are the words, folded, of the French "ne … que".
var restrictives = foldSet("que", "qu")

// mannerBeforeDate reports whether a complement of manner opens at token
// i and a date follows it within a few words: "launched with fanfare in
// December".
func (s *scanner) mannerBeforeDate(i, end int) bool {
	if !s.inSet(mannerPreps, i) {
		return false
	}
	for p := i + 1; p < end && p < i+6; p++ {
		if _, ok := s.dateAt(p); ok {
			return true
		}
		if s.toks[p].kind != tWord {
			return false
		}
	}
	return false
}

// adverbBeforeDate reports whether token i is an adverb of manner
// before a date: "créé officiellement en septembre".
func (s *scanner) adverbBeforeDate(i int) bool {
	f := s.tk.fold(i)
	if s.lang == "fr" && !strings.HasSuffix(f, "ment") || s.lang != "fr" && !strings.HasSuffix(f, "ly") {
		return false
	}
	_, ok := s.dateAt(i + 1)
	if !ok && s.inSet(datePreps, i+1) {
		_, ok = s.dateAt(i + 2) // "officially in 2019", "en septembre"
	}
	return ok
}

// mannerPreps are the prepositions, folded, that may open a complement of
// manner.
var mannerPreps = foldSet("with", "amid", "avec")

// clauseDate returns the value of the first date of the claim's clause,
// tokens [i, end); failing that, of the last date before i that follows
// token after, in the same clause ("En 2014, le G5 Sahel a été créé" but
// not "announced in January that they would leave").
func (s *scanner) clauseDate(i, end, after int) string {
	value := ""
	for k := s.firstDate(min(i, after)); k < len(s.dates); k++ {
		d := &s.dates[k]
		v := d.Value
		if day, _, ok := strings.Cut(v, "T"); ok && len(day) == len("2006-01-02") && !strings.HasPrefix(day, "X") {
			v = day // "dimanche à minuit": the day of a time
		} else if d.Type != timex.Date {
			continue
		}
		if d.t0 >= i && d.t0 < end {
			return v
		}
		if d.t0 >= after && d.t1 <= i && !s.subordinateBetween(d.t1, i) && !s.offsetBetween(d.t1, i) && !s.inRelativeClause(after, d, i) && !s.inParticipleAside(after, d, i) {
			value = v
		}
		if d.t0 >= end {
			break
		}
	}
	return value
}

// inRelativeClause reports whether the date d, before token i, lies in
// a relative clause between commas that closes before i: "The juntas,
// which seized power between 2020 and 2023, have formed …" dates the
// coups, not what the juntas formed.
func (s *scanner) inRelativeClause(after int, d *date, i int) bool {
	closed := false
	for p := d.t1; p < i; p++ {
		closed = closed || s.punct(p, ",")
	}
	if !closed {
		return false
	}
	for p := d.t0 - 1; p > after && p > d.t0-12; p-- {
		if s.word(p, cRelative) {
			return s.punct(p-1, ",")
		}
	}
	return false
}

// inParticipleAside reports whether the date d, before token i, lies in
// an aside between commas opened by a past participle, which closes before
// i: "cette force, annoncée en mars, doit être opérationnelle" does not
// date when it must be operational; nor does "Membre de l'UE depuis 2007,
// la Bulgarie a adopté l'euro" date the euro, an opening phrase of a
// participle or of membership.
func (s *scanner) inParticipleAside(after int, d *date, i int) bool {
	if !s.anyIn(d.t1, i, func(k int) bool { return s.punct(k, ",") }) {
		return false
	}
	for p := d.t0 - 1; p >= after && p > d.t0-8; p-- {
		if s.punct(p, ",") {
			return p > d.t0-6 && s.participle(p+1)
		}
		if p == s.datelineEnd(s.sents[s.sentenceOf(p)]) {
			return s.inSet(memberNouns, p) || s.participleForm(p)
		}
	}
	return false
}

// participle reports whether token p is a lower-case past participle, as
// its ending tells (see participleForm).
func (s *scanner) participle(p int) bool {
	return p >= 0 && p < len(s.toks) && !s.toks[p].cap && s.participleForm(p)
}

// participleForm reports whether token p ends as a past participle does,
// in any case, or is an irregular one: "Entrée", "annoncée", "announced",
// "set".
func (s *scanner) participleForm(p int) bool {
	if p < 0 || p >= len(s.toks) || s.toks[p].kind != tWord {
		return false
	}
	b, e := s.tokenSpan(p, p+1)
	w := strings.ToLower(s.text[b:e])
	if s.lang == "fr" {
		return strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées")
	}
	return strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// irregularParticiples are the English past participles, in lower case,
// of verbs of founding that do not end in "ed": "the foundation set up in
// 1997", "a unit spun off in 2023".
var irregularParticiples = map[string]bool{"set": true, "spun": true, "built": true, "begun": true, "split": true}

// subordinateBetween reports whether tokens [i, j) hold a relative or a
// subordinating word ("que", "that", "which").
func (s *scanner) subordinateBetween(i, j int) bool {
	for p := i; p < j; p++ {
		if s.word(p, cRelative|cStop) {
			return true
		}
	}
	return false
}

// offsetBetween reports whether an offset opens a clause between tokens i
// and j: "raised on Monday, four days after the country became a
// member", "trois jours après que": the date before it is not the
// clause's.
func (s *scanner) offsetBetween(i, j int) bool {
	for p := i + 1; p < j; p++ {
		if s.inSet(offsetLinks, p) && s.inSet(offsetUnits, p-1) {
			return true
		}
	}
	return false
}

// offsetUnits and offsetLinks are the words, folded, of an offset from
// another event: "four days after", "deux ans avant".
var (
	offsetUnits = foldSet("day", "days", "week", "weeks", "month", "months", "year", "years",
		"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années")
	offsetLinks = foldSet("after", "before", "later", "earlier", "après", "avant")
)

// foundingNoun recognises a nominalisation at [i, next); its date may
// follow its span, in the verb it is the subject of:
//
//	[det] trigger prep orgs [prep orgs] complement   "le retrait du Mali de la Cédéao"
//	possessive trigger [prep orgs] complement        "son retrait de la Cédéao"
//	org "'s" trigger [prep orgs] complement          "Mali's withdrawal from ECOWAS"
//
// With a single complement of a withdrawal introduced by "de", the
// complement is what was left and the subject is the paragraph's topic
// ("après le retrait du G5 Sahel"); without a topic it is the subject,
// unless another preposition than "de" or "of" introduces it ("a troop
// withdrawal from Mali" names no one who left). A possessive stands for the subject of
// the verb before it when that is a name the gazetteer does not know and
// an organisation follows ("La Mauritanie a annoncé son retrait du G5
// Sahel"), else for the paragraph's topic. An adjective of the lexicon's
// nounAdjectives may precede the trigger ("their immediate withdrawal"),
// and in French two adjectives may follow it ("leur retrait immédiat").
func (s *scanner) foundingNoun(sent sentence, i, next int, trig foundingTrigger, fc *foundingClaim) bool {
	*fc = foundingClaim{trigger: trig, t0: i, trig: i}
	states := membership(trig.event)
	var owner *party
	var owners []party
	unknownOwner := false // owner is the clause's subject, a name the gazetteer does not know
	countryOwner := false // owner is a country's possessive: "Nicaragua's exit"
	p := i - 1
	if s.word(p-1, cDeterminer) {
		if _, ok := s.lex.nounAdjectives[s.tk.fold(p)]; ok {
			p-- // "their immediate withdrawal"
		}
	}
	if s.word(p-1, cPossessive) && s.inSet(ownWords, p) {
		p-- // "its own withdrawal", "son propre retrait"
	}
	modifierAt := -1 // the country that modifies the noun: "the U.S. exit"
	if s.lang != "fr" && states {
		modifierAt = s.countryModifier(sent, i)
	}
	switch {
	case states && s.word(p, cDemonstrative) && s.lastJoinedEvent == trig.event && s.lastSubject() != nil && s.countryParty(s.lastSubject().party):
		// "Ce retrait prendra effet fin décembre 2026": the country of
		// the last claim of the same event.
		fc.t0 = p
		owner, countryOwner = &s.lastSubject().party, true
	case states && s.word(p, cPossessive) && s.word(p, cPlural) && s.lastJoinedEvent == trig.event && len(s.lastGroup) > 1 &&
		!slices.ContainsFunc(s.lastGroup, func(o party) bool { return !s.countryParty(o) }):
		// "Mali, Burkina Faso and Niger announce their withdrawal. …
		// Their exit takes effect": the countries of the last claim of
		// the same event.
		fc.t0 = p
		owners = slices.Clone(s.lastGroup)
		owner, countryOwner = &owners[0], true
	case states && p > 0 && s.tk.fold(p) == "whose" && s.punct(p-1, ",") && s.countryEndingAt(sent.t0, p-2) >= 0:
		// "Hungary, whose withdrawal takes effect next year"
		c := s.countryEndingAt(sent.t0, p-2)
		b, e := s.tokenSpan(c, p-1)
		owner = &party{name: s.text[b:e]}
		fc.t0 = c
		countryOwner = true
	case s.punct(p, "'") && s.word(p-1, cDeterminer):
		fc.t0 = p - 1
	case s.word(p, cPossessive):
		fc.t0 = p
		if o, ok := s.possessor(sent, p); ok && states {
			owner, unknownOwner = &o, true
		} else if o := s.lastOrgWhere(p, sent.para, true, func(o party) bool { return !s.countryParty(o) }); o != nil && createsSubject(trig.event) {
			// "Le Sénégal a rejoint l'Union africaine dès sa création":
			// the organisation just named, though it is an object; a
			// country is not created.
			owner = o
		} else if owner = s.topic(p, sent.para); owner == nil {
			return false
		}
		if s.word(p, cPlural) && !unknownOwner {
			// "Le Mali et le Burkina Faso … leur retrait": every one of them.
			owners = s.topicList(p, sent.para, *owner)
		}
		// "Le Burkina Faso, le Mali et le Niger ont annoncé leur retrait":
		// countries leave the paragraph's organisation.
		countryOwner = states && s.countryParty(*owner) && !slices.ContainsFunc(owners, func(o party) bool { return !s.countryParty(o) })
	case s.anyIn(i, next, func(k int) bool { return s.word(k, cPossessive) }):
		// "le début officiel de ses activités": the possessive inside
		// the noun stands for the paragraph's organisation.
		if s.word(p, cDeterminer) {
			fc.t0 = p
		}
		if owner = s.topic(i, sent.para); owner == nil {
			return false
		}
	case s.word(p, cDeterminer):
		fc.t0 = p
	case s.lang != "fr" && states && modifierAt >= 0:
		// "The U.S. exit takes effect in January 2026": the country as a
		// noun's modifier.
		c := modifierAt
		b, e := s.tokenSpan(c, i)
		owner = &party{name: s.text[b:e]}
		fc.t0 = c - 1
		countryOwner = true
	case s.lang != "fr" && s.word(p, cClitic) && s.punct(p-1, "'") && s.orgEndingAt(p-2, states) >= 0:
		m := s.orgEndingAt(p-2, states)
		o := s.party(m)
		owner = &o
		fc.t0 = s.ments[m].t0
	case s.lang != "fr" && states && s.word(p, cClitic) && s.punct(p-1, "'") && s.countryEndingAt(sent.t0, p-2) >= 0:
		// "Nicaragua's exit took effect in November 2023"
		c := s.countryEndingAt(sent.t0, p-2)
		b, e := s.tokenSpan(c, p-1)
		owner = &party{name: s.text[b:e]}
		fc.t0 = c
		countryOwner = true
	case s.lang != "fr" && states && s.word(p, cClitic) && s.punct(p-1, "'") && p >= 2 && s.toks[p-2].cap && s.lex.capitals[s.tk.fold(p-2)] != "":
		// "Trump ordered Washington's withdrawal": the capital's country
		owner = &party{name: s.lex.capitals[s.tk.fold(p-2)]}
		fc.t0 = p - 2
		countryOwner = true
	}
	if s.inSet(prospects, fc.t0-1) || s.tk.fold(max(fc.t0-1, 0)) == "for" && s.inSet(callsFor, fc.t0-2) {
		return false // "s'achemine vers sa dissolution": not yet
	}
	if s.inSet(modifiedByFounding, next) {
		return false // "one of its founding members", "the founding charter"
	}
	for n := 0; n < 2 && s.lex.postAdjectives && s.adjective(next); n++ {
		next++ // "leur retrait immédiat de la Cédéao"
	}
	prep1, c1, j := s.orgList(next, sent.t1, states)
	if unknownOwner && len(c1) == 0 {
		if !s.countryParty(*owner) {
			return false // "Macron a annoncé son retrait de la vie politique"
		}
		// "Russia … announced its withdrawal two months later": from the
		// organisation named after it, or the paragraph's.
		countryOwner = true
	}
	if s.inSet(s.lex.tripNouns, i) && trig.event == facts.EventJoined && s.word(i-1, cPossessive) && len(c1) == 0 {
		return false // "l'a accueilli à son arrivée": a trip, with no one who joined
	}
	if s.inSet(s.lex.tripNouns, i) && (s.inSet(s.lex.destinations, i-1) || s.inSet(s.lex.tripGoals, j) || s.inSet(s.lex.destinations, j) && !s.inDate(j+1)) {
		return false // "le départ du Tchad vers Paris", "au départ de Bamako", "l'arrivée du Mali à Niamey"
	}
	_, c2, j2 := s.orgList(j, sent.t1, states)
	if len(c2) > 0 {
		j = j2
	}
	if len(c1) == 0 && owner == nil && states && s.word(next, cPrep) {
		// "depuis l'adhésion de la Finlande en avril": a country the
		// gazetteer does not know, and the paragraph's organisation.
		if member, e, ok := s.memberAt(s.skipDeterminer(s.skipPrep(next, sent.t1, cPrep), sent.t1), sent.t1); ok && s.countryParty(member) {
			fc.subjects = []party{member}
			if t := s.memberTopic(i, sent.para, fc.subjects); t != nil {
				fc.objects = []party{*t}
			}
			fc.t1 = max(s.complementEnd(e, sent.t1), e)
			return true
		}
	}
	if o, end, ok := s.bornGroup(sent, i, next); len(c1) == 0 && owner == nil && trig.event == facts.EventFounded && ok {
		owner, j = o, end // "la fusion de A et de B, qui avait donné naissance au groupe en 2008"
	}
	switch {
	case owner != nil:
		fc.subjects = []party{*owner}
		if len(owners) > 0 {
			fc.subjects = owners
		}
		if states && len(c1) > 0 && !s.countryParty(*owner) && !slices.ContainsFunc(c1, func(m int) bool { return !s.countryParty(s.party(m)) }) {
			return false // "La Minusma achève son retrait du Mali": from a country, no membership
		}
		if len(c1) > 0 && trig.event != facts.EventTransformed {
			fc.objects = s.markObjects(c1)
		} else if o, end, ok := s.genericObject(next, sent, nil); ok && membership(trig.event) {
			// "their withdrawal from the bloc"
			fc.objects, j = []party{o}, end
		} else if o, end, ok := s.unknownOrgObject(next, sent.t1); ok && countryOwner && s.word(next, cObjectPrep) {
			// "leur retrait de l'Unesco": a name the gazetteer does not know
			fc.objects, j = []party{o}, end
		} else if modifierAt >= 0 && s.word(next, cObjectPrep) {
			return false // "the U.S. withdrawal from the Paris accord": from no organisation
		} else if t := s.nounTopic(fc.t0, sent.para, fc.subjects, trig.event); countryOwner && t != nil {
			// "Nicaragua's exit took effect", "Le Burundi avait quitté la
			// juridiction … Le Mali … leur retrait": from the paragraph's
			// organisation, or the one its last membership claim named.
			fc.objects = []party{*t}
		}
	case len(c1) == 0:
		return false
	case trig.event == facts.EventWithdrew || trig.event == facts.EventJoined:
		switch {
		case len(c2) > 0:
			fc.subjects = s.parties(c1)
			fc.objects = s.markObjects(c2)
		case s.word(prep1, cSubjectPrep):
			fc.subjects = s.parties(c1)
		case s.word(prep1, cPrep) && trig.event == facts.EventJoined:
			fc.subjects = s.parties(c1)
		default:
			t := s.topic(fc.t0, sent.para)
			if t != nil && !s.mentions(c1, t) && s.headedBy(*t, "") != headCountry && !slices.ContainsFunc(s.parties(c1), func(p party) bool {
				return s.headedBy(p, "") != headCountry
			}) {
				// "le retrait du Mali, du Burkina Faso et du Niger": the
				// countries left the paragraph's organisation.
				fc.subjects, fc.objects = s.parties(c1), []party{*t}
				break
			}
			if t == nil || s.mentions(c1, t) {
				if !s.word(prep1, cPrep) {
					return false // "the troop withdrawal from Mali": what was left, by no one known
				}
				fc.subjects = s.parties(c1)
				break
			}
			fc.subjects = []party{*t}
			fc.objects = s.markObjects(c1)
		}
	default:
		fc.subjects = s.parties(c1)
	}
	if trig.event == facts.EventTransformed {
		j = s.transformedInto(j, sent.t1, fc)
	}
	if fc.subjects = without(fc.subjects, fc.objects); len(fc.subjects) == 0 {
		return false // the organisation cannot leave itself
	}
	fc.t1 = s.complementEnd(j, sent.t1)
	if fc.t1 < j {
		fc.t1 = j
	}
	if fc.t1 <= next {
		fc.t1 = next
	}
	return true
}

// possessor returns the name, unknown to the gazetteer, that is the
// subject of the verb before the possessive at token p, as
// [scanner.unknownMember] reads it: "La Mauritanie a annoncé son
// retrait", "Mauritania announced its withdrawal"; after a coordinator,
// the country that opens the sentence.
func (s *scanner) possessor(sent sentence, p int) (party, bool) {
	k := p - 1
	for k > sent.t0 && (s.inDate(k) || s.inSet(datePreps, k) && s.inDate(k+1)) {
		k-- // "a annoncé mardi leur retrait", "a annoncé en juillet leur retrait"
	}
	if !s.content(k) && !s.unmatchedTrigger(k) || s.toks[k].cap {
		return party{}, false
	}
	chain, _, negated := s.leftChain(sent.t0, k)
	if negated {
		return party{}, false
	}
	o, _, ok, _ := s.unknownMember(sent, chain-1)
	if !ok && s.word(chain-1, cCoordinator) {
		// "Bolivia applied to join in 2012 and signed its accession
		// protocol": the country that opens the sentence.
		if c := s.openingCountry(sent, chain-1); c != nil {
			return *c, true
		}
	}
	return o, ok
}

// countryModifier returns the first token of a country's name or
// initialism ("U.S.") that ends before token i after an article, as a
// modifier of the noun at i ("the U.S. exit"), or -1.
func (s *scanner) countryModifier(sent sentence, i int) int {
	c := s.countryEndingAt(sent.t0, i-1)
	for k := i - 1; c < 0 && k >= sent.t0 && k >= i-4; k-- {
		if s.initialismEnd(k) == i {
			c = k
		}
	}
	if c < 0 || !s.word(c-1, cDeterminer) {
		return -1
	}
	return c
}

// withdrawing reads a verb of withdrawal at [i, next) whose object is the
// country that leaves and whose complement is what it leaves: "an order
// withdrawing the United States from the World Health Organization", "un
// décret retirant les États-Unis de l'OMS".
func (s *scanner) withdrawing(sent sentence, i, next int, trig foundingTrigger, fc *foundingClaim) bool {
	chain, passive, negated := s.leftChain(sent.t0, i)
	if passive || negated || s.word(chain-1, cInfinitive) || s.infinitive(i) || s.word(next, cObjectPrep) {
		return false // "did not withdraw Mali", "threatened to withdraw Mali", "a menacé de retirer le Mali"
	}
	q := s.skipDeterminer(next, sent.t1)
	var country party
	j := q
	if m := s.mentionAt(q); m >= 0 && s.ments[m].t0 == q && s.countryParty(s.party(m)) {
		country, j = s.party(m), s.ments[m].t1
	} else if p, e, ok := s.memberAt(q, sent.t1); ok && s.countryParty(p) {
		country, j = p, e
	} else if p, ok := s.countryBefore(sent, next); ok && s.word(next, cPossessive) && s.inSet(countryNouns, next+1) {
		country, j = p, next+2 // "Jammeh avait retiré son pays de l'organisation": the leader's country
	} else {
		return false
	}
	prep, os, e := s.orgList(j, sent.t1, false)
	if prep != j || len(os) == 0 {
		// "retiré son pays de l'organisation": the organisation a
		// generic noun stands for.
		o, e, ok := s.genericObject(j, sent, []party{country})
		if !ok {
			return false
		}
		*fc = foundingClaim{trigger: trig, t0: i, trig: i, subjects: []party{country}, objects: []party{o}, t1: max(s.complementEnd(e, sent.t1), e)}
		return true
	}
	*fc = foundingClaim{trigger: trig, t0: i, trig: i, subjects: []party{country}, objects: s.markObjects(os), t1: max(s.complementEnd(e, sent.t1), e)}
	return true
}

// countryAfter reports whether a country's name, after an optional
// article, is at token i: the object of an active verb ("…, admitted
// Algeria"), not a participle's complement ("Venezuela, admitted in
// 2012,").
func (s *scanner) countryAfter(i, end int) bool {
	p, _, ok := s.memberAt(s.skipDeterminer(i, end), end)
	return ok && s.countryParty(p)
}

// personAfter reports whether a person's name of two words or more stands
// in the sentence of the last mention of organisation p, or after it,
// before token k.
func (s *scanner) personAfter(p party, k int) bool {
	j := sort.Search(len(s.ments), func(j int) bool { return s.ments[j].t0 >= k }) - 1
	for j >= 0 && s.party(j) != p {
		j--
	}
	if j < 0 {
		return false
	}
	for q := s.sents[s.sentenceOf(s.ments[j].t0)].t0; q < k; q++ {
		if s.mentionAt(q) < 0 && s.nameWord(q) && !s.nameWord(q-1) && s.personName(q, k) > q+1 {
			return true
		}
	}
	return false
}

// latterWords are the words, folded, of "the latter", "cette dernière".
var latterWords = foldSet("latter", "dernière", "dernier")

// becomingWords are the participles, folded, of becoming that open a
// clause after a comma: "…, becoming the 21st member".
var becomingWords = foldSet("becoming", "devenant")

// ownWords are the words, folded, that stress a possessive: "its own".
var ownWords = foldSet("own", "propre", "propres")

// unmatchedTrigger reports whether token k is a word that starts phrases
// of the lexicon, none of which is written here: "began" of "began its
// withdrawal", not of "began operating".
func (s *scanner) unmatchedTrigger(k int) bool {
	return s.is(k, cFoundingStart|cAttendanceStart) && s.plainWord(k, len(s.toks))
}

// parties returns the parties of mentions ms.
func (s *scanner) parties(ms []int) []party {
	ps := make([]party, len(ms))
	for k, m := range ms {
		ps[k] = s.party(m)
	}
	return ps
}

// mentions reports whether one of ms names p.
func (s *scanner) mentions(ms []int, p *party) bool {
	for _, m := range ms {
		if q := s.party(m); q == *p {
			return true
		}
	}
	return false
}

// orgNamedIn returns the last organisation named between tokens t0 and
// t1, after the sentence's dateline. A generic noun with a scope
// adjective ("l'organisation régionale") stands for it only in the same
// sentence: further away, another regional organisation may be meant.
func (s *scanner) orgNamedIn(t0, t1 int) (party, bool) {
	for m := len(s.ments) - 1; m >= 0; m-- {
		mt := &s.ments[m]
		if mt.t1 > t1 || mt.kind != facts.OrganisationEntity || mt.inParens || mt.origin {
			continue
		}
		if mt.t0 < t0 || mt.t0 < s.datelineEnd(s.sents[s.sentenceOf(mt.t0)]) {
			break
		}
		return s.party(m), true
	}
	return party{}, false
}

// addFounding adds one claim per subject of fc.
func (s *scanner) addFounding(si int, fc *foundingClaim) {
	start, end := s.tokenSpan(fc.t0, fc.t1)
	object, ids := fc.object, []string(nil)
	if len(fc.objects) > 0 {
		names := make([]string, len(fc.objects))
		for k, o := range fc.objects {
			names[k] = o.name
			if o.id != "" {
				ids = append(ids, o.id)
			}
		}
		object = joinNames(names, s.lang)
	}
	for _, subj := range fc.subjects {
		c := s.newClaim(facts.KindFounding, start, end, si)
		c.Subject, c.SubjectID = subj.name, subj.id
		c.Event = fc.trigger.event
		c.Value = fc.value
		c.Object, c.ObjectIDs = object, ids
		s.claims = append(s.claims, c)
		s.subjects = append(s.subjects, paraParty{subj, s.sents[si].para})
	}
	if len(fc.subjects) > 1 {
		s.lastGroup, s.lastGroupPara = fc.subjects, s.sents[si].para
	}
	if membership(fc.trigger.event) && len(fc.objects) == 1 {
		o := fc.objects[0]
		s.lastJoined, s.lastJoinedPara, s.lastJoinedEvent = &o, s.sents[si].para, fc.trigger.event
	}
}

// joinNames joins names as the language lists them: "A, B et C".
func joinNames(names []string, lang string) string {
	and := " and "
	if lang == "fr" {
		and = " et "
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}

// sittings are the nouns, folded, of a body's first sitting, which says
// it began work only before a date that names its year: "held its first
// sitting in April 1946", not "… of the judicial year on Monday".
var sittings = foldSet("sitting", "session", "séance")

// yearAt reports whether a date that names its year, four digits in its
// text, starts at token p or after a preposition there.
func (s *scanner) yearAt(p, end int) bool {
	if s.word(p, cPrep|cPlacePrep) || s.inSet(datePreps, p) {
		p++
	}
	d, ok := s.dateAt(p)
	return ok && s.anyIn(d.t0, d.t1, func(k int) bool { return s.toks[k].digit && len(s.tk.fold(k)) == 4 })
}

// abandonedOrg reports whether what "abandoned" takes at token next is an
// organisation one leaves: none after it ("the Trans-Pacific Partnership,
// which the United States abandoned in 2017"), or an organisation the
// gazetteer knows or whose name an organisation noun heads, not followed
// by a possessive ("abandoned NATO's position").
func (s *scanner) abandonedOrg(next, end int) bool {
	q := s.skipDeterminer(next, end)
	if q >= end || s.toks[q].kind != tWord || s.inDate(q) || s.word(q, cPrep|cPlacePrep) {
		return true
	}
	m := s.orgAt(q, true)
	if m < 0 || s.possessiveAt(s.ments[m].t1) {
		return false
	}
	return s.ments[m].entity >= 0 || s.is(s.ments[m].t1-1, cOrgHead) || s.countryEndingAt(q, s.ments[m].t1-1) < 0 && s.toks[q].caps
}

// adoptsEuro reports whether the euro, past a date, is the object of a
// verb of adopting that ends before token next (see adoptedEuro).
func (s *scanner) adoptsEuro(next, end int) bool {
	d := next
	for d < end && s.inDate(d) {
		d++
	}
	q := s.skipDeterminer(d, end)
	if q >= end || !s.adoptedEuro(q, d) || s.mentionAt(q) < 0 || s.word(q+1, cCoordinator) && s.inSet(currencies, s.skipDeterminer(q+2, end)) {
		return false // "a adopté l'euro et le dollar": currencies, no membership
	}
	return !s.anyIn(q+1, min(q+8, end), func(k int) bool { return s.inSet(withouts, k) })
}

// currencies are the names, folded, of currencies other than the euro.
var currencies = foldSet("dollar", "dollars", "franc", "francs", "livre", "pound", "yuan", "rand", "naira", "cedi", "dinar")

// withouts are the prepositions, folded, of what is left undone: "adopted
// the euro in 2002 without joining the euro zone".
var withouts = foldSet("without", "sans")

// formComma returns the comma before "whose" or "dont" and the form of
// what precedes it in a state that ends at token k: "The Commonwealth,
// whose modern form", "le Commonwealth, dont la forme actuelle"; or -1.
func (s *scanner) formComma(k int) int {
	var c int
	switch {
	case s.inSet(formNouns, k) && s.inSet(formStates, k-1) && s.tk.fold(k-2) == "whose":
		c = k - 3
	case s.inSet(stateAdjectives, k) && s.inSet(formNouns, k-1) && s.word(k-2, cDeterminer) && s.tk.fold(k-3) == "dont":
		c = k - 4
	case s.tk.fold(k) == "whose" && s.inSet(rootNouns, k+1):
		c = k - 1 // "The party, whose roots go back to 1828"
	default:
		return -1
	}
	if c < 1 || !s.punct(c, ",") || !s.nameWord(c-1) {
		return -1 // ", whose modern form …" opening the text names nothing
	}
	return c
}

// titledPersonsOrg reports whether a person named with a title ends at
// the comma c, and returns the organisation named before the title, if
// any: "Volkswagen Chief Executive Herbert Diess,".
func (s *scanner) titledPersonsOrg(sent sentence, c int) (party, bool) {
	for p := c - 2; p >= sent.t0 && p > c-8; p-- {
		_, after, ok := lookup(s, s.lex.titles, cTitleStart, p, c)
		if !ok || after >= c || s.personName(after, c) != c {
			continue
		}
		a := p
		for a > sent.t0 && s.nameWord(a-1) {
			a--
		}
		if a == p || s.countryEndingAt(a, p-1) >= 0 || s.inSet(formerWords, a) {
			return party{}, true // "Former Volkswagen Chief Executive B": no longer its
		}
		if m := s.orgEndingAt(p-1, false); m >= 0 {
			return s.party(m), true
		}
		b, e := s.tokenSpan(a, p)
		return party{name: s.text[b:e]}, true
	}
	return party{}, false
}

// titledPersonsCountry returns the country of a person named with a
// title that ends at the comma c, given by an adjective of nationality
// before the title: "Syrian President Bashar al-Assad,"; and whether
// there is one.
func (s *scanner) titledPersonsCountry(sent sentence, c int) (party, bool) {
	for p := c - 2; p > sent.t0 && p > c-8; p-- {
		_, after, ok := lookup(s, s.lex.titles, cTitleStart, p, c)
		if !ok || after >= c || s.personName(after, c) != c {
			continue
		}
		if name := demonymCountry(s.tk.fold(p - 1)); name != "" && s.toks[p-1].cap {
			return party{name: name}, true
		}
		return party{}, false
	}
	return party{}, false
}

// demonymCountry returns the country, one word of the lexicon, that the
// folded adjective of nationality w is made from: "syrian" Syria,
// "nigerian" Nigeria (not Niger), "senegalais" Senegal; or "". Adjectives
// made otherwise ("french", "ivoirien") give "".
func demonymCountry(w string) string {
	for n := len(w) - 1; n >= 4; n-- {
		if _, ok := demonymEndings[w[n:]]; !ok {
			continue
		}
		for _, p := range countries[w[:n]] {
			if len(p.words) == 1 {
				return strings.ToUpper(w[:1]) + w[1:n]
			}
		}
	}
	return ""
}

// demonymEndings are the endings, folded, that make an adjective of
// nationality from a country's name.
var demonymEndings = foldSet("n", "an", "ian", "en", "ien", "ienne", "enne", "ne", "ais", "aise", "i", "ese")

// employerNouns are the nouns, folded, of the company or the body a
// titled person works for ("International Olympic Committee President
// Thomas Bach, whose organisation was founded in 1894"); formerWords the
// words, folded, of a title no longer held.
var (
	employerNouns = foldSet("company", "group", "firm", "carmaker", "organisation", "organization", "party", "union",
		"groupe", "entreprise", "société", "parti")
	formerWords = foldSet("former", "then", "ex", "then-", "ancien", "ancienne")
)

// skipDeterminerBack returns the token of the article before token t0
// ("Le Niger", "l'OIF"), or t0.
func (s *scanner) skipDeterminerBack(t0 int) int {
	switch {
	case s.punct(t0-1, "'") && s.word(t0-2, cDeterminer):
		return t0 - 2
	case s.word(t0-1, cDeterminer):
		return t0 - 1
	}
	return t0
}

// rootNouns are the nouns, folded, of an organisation's origins, after
// "whose".
var rootNouns = foldSet("roots", "origins")

// formNouns are the nouns, folded, of the form an organisation has taken,
// and formStates the English adjectives, folded, of its state then (see
// stateAdjectives for the French).
var (
	formNouns  = foldSet("form", "incarnation", "forme")
	formStates = foldSet("modern", "current", "present", "present-day")
)
