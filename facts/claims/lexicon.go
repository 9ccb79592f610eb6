package claims

import (
	"strconv"
	"strings"
)

// phrase is a lexicon entry: a sequence of folded tokens and the value it
// stands for.
type phrase[V any] struct {
	words []string
	val   V
}

// phraseTable finds phrases in a token stream: entries are indexed by
// their first word and tried longest first, as time/format.go tries
// "January" before "Jan".
type phraseTable[V any] map[string][]phrase[V]

// makePhrases builds a table from entries written as text; it panics when
// two entries fold to the same words, a mistake in the lexicon. In an entry,
// a word ending in "+" stands for its four French agreement forms:
// "form+" → "forme", "formee", "formes", "formees" (folded).
func makePhrases[V any](entries map[string]V) phraseTable[V] {
	t := phraseTable[V]{}
	for text, v := range entries {
		for _, words := range expandAgreement(foldWords(text)) {
			for _, p := range t[words[0]] {
				if equalWords(p.words, words) {
					panic("claims: lexicon entry " + strconv.Quote(text) + " folds like another one")
				}
			}
			t[words[0]] = append(t[words[0]], phrase[V]{words, v})
		}
	}
	for k, ps := range t {
		sortPhrases(ps)
		t[k] = ps
	}
	return t
}

// sortPhrases orders phrases longest first, then by text, so that lookups
// are deterministic.
func sortPhrases[V any](ps []phrase[V]) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && phraseBefore(ps[j].words, ps[j-1].words); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func phraseBefore(a, b []string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return strings.Join(a, " ") < strings.Join(b, " ")
}

// foldWords tokenizes and folds a lexicon entry, keeping a trailing "+" on
// the words that carry it.
func foldWords(text string) []string {
	var words []string
	for f := range strings.FieldsSeq(text) {
		agree := strings.HasSuffix(f, "+")
		f = strings.TrimSuffix(f, "+")
		ts := tokenize(f)
		for i := range ts.list {
			w := ts.fold(i)
			if agree && i == len(ts.list)-1 {
				w += "+"
			}
			words = append(words, w)
		}
	}
	return words
}

// expandAgreement expands every word ending in "+" to its forms.
func expandAgreement(words []string) [][]string {
	out := [][]string{nil}
	for _, w := range words {
		forms := []string{w}
		if base, ok := strings.CutSuffix(w, "+"); ok {
			forms = []string{base, base + "e", base + "s", base + "es"}
		}
		var next [][]string
		for _, o := range out {
			for _, f := range forms {
				next = append(next, append(append([]string(nil), o...), f))
			}
		}
		out = next
	}
	return out
}

// lookup returns the longest phrase of t at tokens [i, end) and the index
// just past it.
func (t phraseTable[V]) lookup(ts *tokens, i, end int) (v V, next int, ok bool) {
	if i >= end {
		return v, i, false
	}
	for _, p := range t[ts.fold(i)] {
		if matchWords(ts, i, end, p.words) {
			return p.val, i + len(p.words), true
		}
	}
	return v, i, false
}

// lookupAcross returns the value of the phrase whose first word is token
// i and whose other words start at token j, past a gap between them ("s'est
// rendu [dans la matinée] à Cholet"), and the token after it.
func (t phraseTable[V]) lookupAcross(ts *tokens, i, j, end int) (v V, next int, ok bool) {
	if i >= end {
		return v, i, false
	}
	for _, p := range t[ts.fold(i)] {
		if len(p.words) > 1 && matchWords(ts, j, end, p.words[1:]) {
			return p.val, j + len(p.words) - 1, true
		}
	}
	return v, i, false
}

// matchWords reports whether tokens [i, end) start with words.
func matchWords(ts *tokens, i, end int, words []string) bool {
	if end-i < len(words) {
		return false
	}
	for k, w := range words {
		if f := ts.fold(i + k); f != w && (w != rankSlot || !rank(f)) {
			return false
		}
	}
	return true
}

// rankSlot, a word of a lexicon phrase, stands for any rank of a row:
// "sat in the nth row" is "sat in the 14th row", "… in the second row".
const rankSlot = "nth"

// rank reports whether the folded word f is an English ordinal ("14th",
// "second") or "back", "last", "front".
func rank(f string) bool {
	if _, ok := rowRanks[f]; ok {
		return true
	}
	suffix := strings.TrimLeft(f, "0123456789")
	return len(f) > len(suffix) && ordinalSuffixes[suffix]
}

// rowRanks are the words, folded, of a row's rank.
var rowRanks = foldSet("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "back", "last", "front")

// ordinalSuffixes are the endings of an ordinal in figures: "1st", "14th".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// foldSet returns the set of the folded forms of words; a word ending in
// "+" adds its agreement forms.
// foldKeys returns m with its keys, one word each, folded.
func foldKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[strings.Join(foldWords(k), " ")] = v
	}
	return out
}

func foldSet(words ...string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range words {
		for _, ws := range expandAgreement(foldWords(w)) {
			m[strings.Join(ws, " ")] = struct{}{}
		}
	}
	return m
}

// foundingForm says where a founding trigger finds its subject and object.
type foundingForm uint8

const (
	_ foundingForm = iota
	// fVerb is a verb or participle: "formée", "was founded", "a quitté",
	// "withdrew". The subject is on the left (passive, apposition,
	// coordination) or, in the active voice of founded-like events, the
	// organisation right after it ("ont créé l'AES").
	fVerb
	// fState is an adjective that needs a copula, an adverb or an
	// apposition: "nouvellement opérationnelle", "is operational".
	fState
	// fNoun is a nominalisation: "la création de X", "the withdrawal of X
	// from Y", "son retrait de Y".
	fNoun
	// fIntransitive is a verb whose subject is what it founds, which never
	// takes an object: "a vu le jour", "came into being".
	fIntransitive
	// fCopula is a verb of becoming that makes a claim only when what
	// follows is an organisation or a generic organisation noun: "became
	// a confederation", "est devenue une fédération", but not "became
	// president" nor "became operational".
	fCopula
	// fAdmission is a verb whose subject, an organisation, takes in the
	// countries that follow it as members: "la CBLT a accueilli la
	// Centrafrique en 1994", "ECOWAS admitted Cape Verde in 1977".
	fAdmission
	// fFollow is a verb by which a country does what the paragraph's last
	// membership claim says another did: "China became a member in 2001,
	// and Russia followed in 2012", "le Niger a suivi".
	fFollow
	// fCharter is a verb of signing, which founds the organisation whose
	// founding document is signed: "le traité fondateur de l'OHADA a été
	// signé le 17 octobre 1993", "ont signé l'acte constitutif de la
	// BOAI".
	fCharter
	// fSuccession is a verb by which an organisation replaces another,
	// which founds the first: "The African Union replaced the
	// Organisation of African Unity in 2002", "l'UA a succédé à l'OUA".
	fSuccession
	// fFirstVerb is a verb that founds only after "first", and is then
	// an fVerb: "was first convened in 2007", not "convened on Monday".
	fFirstVerb
	// fFounder is a founder's noun, which founds the organisation after
	// it only when a date follows that organisation: "B, cofondateur
	// d'En marche ! en 2016", "co-founder of Airbnb in 2008"; without
	// the date it is a title.
	fFounder
	// fMemberOf is "member of" followed by an organisation and a date
	// after "since": the country or organisation before it, in apposition
	// or after a copula, joined then ("Turkey, a member of NATO since
	// 1952", "la Turquie, membre de l'OTAN depuis 1952"); without the date
	// it says nothing of when.
	fMemberOf
)

// foundingTrigger is the meaning of a founding phrase.
type foundingTrigger struct {
	event string // one of the facts.Event* constants
	form  foundingForm
}

// attendanceForm says where an attendance trigger finds its people.
type attendanceForm uint8

const (
	_ attendanceForm = iota
	// aAfter takes the list that follows: "réunissant A, B et C",
	// "sous la présidence de A", "the absence of A".
	aAfter
	// aBefore takes the list before it, through auxiliaries and a
	// negation: "A et B ont pris part", "A did not attend". With object
	// set it also takes a list after it: "A a reçu B", "A met B".
	aBefore
)

// attendanceTrigger is the meaning of an attendance phrase.
type attendanceTrigger struct {
	form    attendanceForm
	present bool   // the people are said to be there
	role    string // "host" or "chair": the role of the trigger's list
	object  bool   // aBefore: a list after the trigger is also present
	// alone reports whether an object trigger makes a claim without
	// the list after it ("Tiani hosted the summit"); "Goïta received a
	// letter" does not, nor does "met" with less than two people.
	alone bool
	// inverted reports whether the list may follow when none precedes:
	// "Étaient présents : A et B", "Also present were A and B".
	inverted bool
	// agent reports whether an object trigger's list follows an agent
	// preposition, after a complement naming the event: "represented
	// at the summit by B", "représenté au sommet par B".
	agent bool
	// delegate reports whether the trigger sends someone in one's
	// place: it makes a claim only before a list of people or a
	// possessive and a title ("sent his prime minister", "a envoyé
	// son Premier ministre"), not "sent a letter".
	delegate bool
	// participle reports whether a delegate trigger opens a clause after
	// a comma, whose subject is the clause's before: "B stayed away,
	// sending Minister of State C in her stead". Its claim is about the
	// people sent alone, as after "and sent".
	participle bool
	// event reports whether the trigger makes a claim only before an
	// event: "opened the summit", not "opened a bank account".
	event bool
	// companion reports whether an event trigger makes a claim before a
	// person too, who is company and not in the claim: "joined Biden at
	// the school".
	companion bool
	// trip reports whether a destination may follow the trigger: "made
	// the trip to Abuja".
	trip bool
	// course reports whether the trigger makes a claim only after a verb
	// of an event's course: "s'ouvrent à Kinshasa sans B", "opened
	// without B", not "a country without B".
	course bool
	// last reports whether the trigger makes a claim only when it ends
	// its clause, or a date then its sentence: "B s'était excusé.",
	// "Wang Yi spoke on Monday.", not "B s'est excusé pour ses propos".
	last bool
	// negatedOnly reports whether the trigger makes a claim only when
	// negated and passive: "n'avait pas été convié" says one was
	// absent, "avait été convié" says nothing about who came.
	negatedOnly bool
	// delegation reports whether the trigger makes a claim only about a
	// delegation: before it ("led Brazil's delegation", "a conduit la
	// délégation malienne", not "led the army") or, after the people
	// (aAfter), before the trigger ("Saudi Arabia's delegation was headed
	// by B", "la délégation, conduite par B").
	delegation bool
	// intransitive reports whether the trigger makes a claim only without
	// an object: "pulled out, citing the war", not "pulled out the
	// document".
	intransitive bool
	// partners reports whether "with" after the trigger's object names
	// people in the same role: "co-chaired a round table with B".
	partners bool
	// witnessed reports whether the people after "devant" or "before"
	// later in the clause were there too: "a prêté serment lundi devant
	// B", not "arrivé devant B" (a rank).
	witnessed bool
	// handedTo reports whether the people after "to" or "à" later in the
	// clause received what the subject presented, and were there too:
	// "B presented the Webb Ellis Cup to captain C".
	handedTo bool
	// giver reports whether an aAfter trigger's people handed something
	// to the subject of the clause, who was there too, whatever verb
	// came before: "B a reçu les insignes des mains de C".
	giver bool
	// beside reports whether the subject of the clause, a person, was
	// there too: "B marked the closing alongside C", "B a célébré le
	// titre aux côtés de C".
	beside bool
	// partnered reports whether the trigger makes a claim only when
	// partners follow it: "signed the agreement alongside B" says who
	// was at the signing, "signed the agreement" may not.
	partnered bool
	// group reports whether the trigger makes a claim only after a group
	// of people, whose members it names: "devant les dirigeants, parmi
	// lesquels B et C", "leaders, including B".
	group bool
	// place reports whether the trigger makes a claim only before the
	// name of a place: "stayed in Maputo", not "stayed in power".
	place bool
	// clause reports whether the subject may open the clause, before its
	// verb and object: "B left the country without attending".
	clause bool
	// joined reports whether an aAfter trigger's passive subject is
	// present too: "B was joined on stage by C", "B a été reçu par C".
	joined bool
	// substitute reports whether an object trigger's people are absent,
	// its subject there in their place: "B stood in for President C".
	substitute bool
	// gathers reports whether an aAfter trigger that names no one after
	// it makes a claim about the host of the group it gathers: "Macron a
	// réuni vendredi quelque 3.000 jeunes", "avait rassemblé une
	// trentaine de dirigeants autour de François Hollande".
	gathers bool
	// presence reports whether an aAfter trigger names the guests of an
	// event whose host or chair the claim before it names: "présidée par
	// B, en présence de C et D".
	presence bool
	// facility reports whether the trigger makes a claim only before the
	// name of a facility: "commissioned Africa's biggest oil refinery",
	// not "commissioned an inquiry".
	facility bool
	// verbs are the verbs, folded, one of which must come before the
	// trigger in its clause: "a donné samedi soir le coup d'envoi", not
	// "a salué le coup d'envoi".
	verbs map[string]struct{}
	// read reports whether the trigger makes a claim only before a verb
	// of reading: "sent a message read by B", "a adressé un message lu
	// par B", not "sent a message of condolence".
	read bool
	// titled reports whether an aBefore trigger makes a claim only about
	// people named with a title: "le président B a inauguré", not
	// "Airbus a inauguré".
	titled bool
	// gerund reports whether the trigger makes a claim only after a
	// comma, as a gerund whose subject opens the clause: "accepted the
	// nomination, closing a four-day convention", not "praised B for
	// closing the summit".
	gerund bool
	// declared reports whether the trigger makes a claim only after an
	// event, a competition or a place that opens (see openables), and
	// not before those it lets in (openedTo): "declared the Games open",
	// not "declared the border open", "declared the market open to
	// foreign banks".
	declared bool
	// notBefore are the words, folded, after the trigger that make it a
	// figure: "read a lesson from history", "gave a reading of the
	// economy".
	notBefore map[string]struct{}
	// ranked reports whether a rank after the trigger makes it no
	// arrival: "arrivé deuxième à l'élection", "arrivé en tête", but
	// "arrivé en tête du cortège".
	ranked bool
}

// title is a rank or office put before a name.
type title struct {
	name   string // singular, as reported: "général", "president"; empty for "M.", "Mr"
	plural bool   // "les généraux A, B et C": the title applies to every name that follows
}

// lexicon is the vocabulary of one language, folded. It is built once and
// never modified.
type lexicon struct {
	founding   phraseTable[foundingTrigger]
	attendance phraseTable[attendanceTrigger]
	titles     phraseTable[title]
	days       phraseTable[string] // "le premier jour" → "day1"
	separators phraseTable[bool]   // list separators: ",", "et", "ainsi que"
	// likewise join, after a comma, more people to a presence or an
	// absence just stated: "Merz était présent, tout comme Macron",
	// "Ruto attended, as did Museveni".
	likewise phraseTable[struct{}]

	eventHeads    map[string]struct{} // "sommet", "summit"
	eventAnaphors map[string]struct{} // "événement", "event"
	chain         map[string]struct{} // auxiliaries and adverbs between a subject and its verb
	passive       map[string]struct{} // the auxiliaries of the passive voice
	perfect       map[string]struct{} // the auxiliaries of the active perfect: "a", "has"
	negations     map[string]struct{}
	determiners   map[string]struct{}
	demonstrative map[string]struct{}
	possessives   map[string]struct{}
	plurals       map[string]struct{} // plural possessives: "leur", "their"
	modifiers     map[string]struct{} // before a title: "ancien", "former"
	preps         map[string]struct{} // "de", "of": the complement of a noun
	objectPreps   map[string]struct{} // "de", "from", "into": before an object
	subjectPreps  map[string]struct{} // "of": the subject of a nominalisation, when it differs from objectPreps
	placePreps    map[string]struct{} // "à", "in", "at"
	coordinators  map[string]struct{}
	pronouns      map[string]struct{} // "elle", "it": the organisation of the paragraph
	genericOrgs   map[string]struct{} // "l'organisation", "the bloc"
	collectives   map[string]struct{} // "countries", "pays": the member countries of a list or an organisation
	numbers       map[string]int      // "three", "trois": the size of a collective
	infinitives   map[string]struct{} // "to": a verb after it is an intention, not a fact
	agents        map[string]struct{} // "by", "par": before the agent of a passive
	senders       map[string]struct{} // "his", "son": the possessive of someone sent in one's place
	destinations  map[string]struct{} // "to", "à": before where a trip goes
	// capitals are the capitals, folded, that news writes for their
	// countries, with those countries' names: "Moscou avait adhéré à
	// l'organisation en 1996".
	capitals map[string]string
	// scopes are the adjectives, folded, that may follow a generic noun
	// standing for the paragraph's organisation: "l'organisation
	// régionale".
	scopes map[string]struct{}
	// arounds are the words, folded, before the host of a gathering:
	// "réuni autour du président A ses homologues B et C".
	arounds   map[string]struct{}
	withs     map[string]struct{} // "with", "avec": before the partners of a co-chair
	tripNouns map[string]struct{} // "departure", "départ": founding nouns that also name a journey
	tripGoals map[string]struct{} // "for", "vers": after a journey's traveller, before where it goes
	// groups are the plural nouns, other than plural titles, for the
	// people of a list: "leaders", "dirigeants".
	groups map[string]struct{}
	// delegations are the nouns of a country's delegation to an event.
	delegations map[string]struct{}
	// quantifiers come before a group of people ("tous les dirigeants",
	// "all three leaders"); a negative one ("aucun", "none") says that
	// what follows holds for none of them.
	quantifiers map[string]bool
	// outOf says how many of a group ("trois chefs d'État sur trois",
	// "three out of three leaders").
	outOf map[string]struct{}
	// grounds are the prepositions after "founded" that name what it
	// rests on, not when it was set up: "founded on the principle of",
	// "fondé sur". A date after them makes them a date's: "founded on 16
	// September".
	grounds map[string]struct{}
	// gerundLeads come before a verb without a subject, whose subject
	// is the paragraph's organisation: "after leaving ECOWAS", "après
	// avoir quitté la Cédéao".
	gerundLeads map[string]struct{}
	// nounAdjectives may stand between a determiner and a
	// nominalisation: "their immediate withdrawal", "son éventuel
	// retrait".
	nounAdjectives map[string]struct{}
	relatives      map[string]struct{}
	stops          map[string]struct{} // words that end a complement
	particles      map[string]struct{} // lower-case words inside a name: "de", "ben"
	// postAdjectives reports whether adjectives follow nouns ("réunion
	// préparatoire"), as in French.
	postAdjectives bool
	// euroZone is the name of the euro zone, which adopting the euro
	// joins: "a adopté l'euro".
	euroZone string

	// classes maps every folded word above to its classes, so that the
	// scanner looks each token up once.
	classes map[string]wordClass
}

// wordClass is a set of the classes a folded word belongs to.
type wordClass uint32

const (
	cChain wordClass = 1 << iota
	cPassive
	cPerfect
	cNegation
	cDeterminer
	cDemonstrative
	cPossessive
	cPlural
	cModifier
	cPrep
	cObjectPrep
	cSubjectPrep
	cPlacePrep
	cCoordinator
	cPronoun
	cGenericOrg
	cRelative
	cStop
	cParticle
	cEventHead
	cEventAnaphor
	cOrgHead      // "Fund", "Alliance": makes a name an organisation
	cOrgConnector // "de", "of" inside an organisation's name
	cClitic       // the "s" of the English possessive "'s"
	cFoundingStart
	cAttendanceStart
	cTitleStart
	cDayStart
	cSeparatorStart
	cCollective
	cInfinitive
	cGround

	// cFunction is the function words: they are neither names nor the
	// nouns and adjectives of a phrase.
	cFunction = cChain | cNegation | cDeterminer | cDemonstrative | cPossessive | cPrep |
		cObjectPrep | cSubjectPrep | cPlacePrep | cCoordinator | cPronoun | cRelative | cStop
)

// build fills the word classes from the sets and tables.
func (l *lexicon) build() *lexicon {
	l.classes = map[string]wordClass{}
	for _, s := range []struct {
		set map[string]struct{}
		c   wordClass
	}{
		{l.chain, cChain}, {l.passive, cPassive}, {l.perfect, cPerfect}, {l.negations, cNegation},
		{l.determiners, cDeterminer}, {l.demonstrative, cDemonstrative},
		{l.possessives, cPossessive}, {l.plurals, cPlural}, {l.modifiers, cModifier},
		{l.preps, cPrep}, {l.objectPreps, cObjectPrep},
		{l.subjectPreps, cSubjectPrep}, {l.placePreps, cPlacePrep},
		{l.coordinators, cCoordinator}, {l.pronouns, cPronoun},
		{l.genericOrgs, cGenericOrg}, {l.relatives, cRelative}, {l.stops, cStop},
		{l.particles, cParticle}, {l.eventHeads, cEventHead},
		{l.eventAnaphors, cEventAnaphor}, {orgHeads, cOrgHead},
		{orgConnectors, cOrgConnector}, {clitics, cClitic}, {l.collectives, cCollective},
		{l.infinitives, cInfinitive}, {l.grounds, cGround},
	} {
		for w := range s.set {
			l.classes[w] |= s.c
		}
	}
	addStarts(l.classes, l.founding, cFoundingStart)
	addStarts(l.classes, l.attendance, cAttendanceStart)
	addStarts(l.classes, l.titles, cTitleStart)
	addStarts(l.classes, l.days, cDayStart)
	addStarts(l.classes, l.separators, cSeparatorStart)
	return l
}

// addStarts marks the first words of the phrases of t with c.
func addStarts[V any](classes map[string]wordClass, t phraseTable[V], c wordClass) {
	for w := range t {
		classes[w] |= c
	}
}

// lookup returns the longest phrase of t at token i, which must have the
// class c of the table's first words, and the index just past it.
func lookup[V any](s *scanner, t phraseTable[V], c wordClass, i, end int) (v V, next int, ok bool) {
	if i < 0 || i >= end || s.cls[i]&c == 0 {
		return v, i, false
	}
	return t.lookup(&s.tk, i, end)
}

// orgConnectors are the lower-case words inside an organisation's name.
var orgConnectors = foldSet("de", "des", "du", "d", "of", "for", "on", "pour", "sur")

// clitics is the "s" of the English possessive "'s".
var clitics = foldSet("s")

// lexiconFor returns the lexicon of lang, English for anything but "fr".
func lexiconFor(lang string) *lexicon {
	if lang == "fr" {
		return lexiconFR
	}
	return lexiconEN
}

// countryNouns are the nouns, folded, that stand for a country named
// before ("the country", "le pays"), in either language.
var countryNouns = foldSet("country", "pays", "kingdom", "royaume")

// countryDeterminers are the determiners, folded, before one of
// countryNouns that make it stand for a country named before.
var countryDeterminers = foldSet("the", "this", "le", "ce")

// orgHeads are the nouns, folded, that make a capitalised name an
// organisation ("Sahel Development Fund", "Force conjointe"), in either
// language.
var orgHeads = foldSet(
	"alliance", "union", "organisation", "organization", "fund", "fonds", "bank", "banque", "bourse", "chamber", "chambre", "maison", "hub",
	"force", "forces", "council", "conseil", "commission", "committee", "comité", "community",
	"communauté", "authority", "autorité", "agency", "agence", "office", "institute", "institut",
	"association", "league", "ligue", "front", "rassemblement", "convention", "movement", "mouvement", "party", "parti", "group",
	"groupe", "company", "compagnie", "société", "corporation", "ministry", "ministère", "court",
	"cour", "tribunal", "assembly", "assemblée", "parliament", "parlement", "network", "réseau",
	"coalition", "federation", "fédération", "confederation", "confédération", "pact", "pacte",
	"initiative", "programme", "program", "foundation", "fondation", "centre", "center",
	"university", "université", "bureau", "secretariat", "secrétariat", "mission", "society", "academy", "académie", "école", "school",
	"army", "armée", "police", "gendarmerie", "brigade", "battalion", "bataillon", "command",
	"commandement", "government", "gouvernement", "junta", "junte", "corps", "guard", "garde",
	"directorate", "direction", "board", "observatory", "observatoire", "platform", "plateforme",
	"consortium", "syndicat", "bloc", "entente", "corp", "inc", "ltd", "plc", "holdings", "llc", "gmbh",
	"media", "motors", "industries", "labs", "technologies",
	"airlines", "airways", "area", "forum", "facility", "partnership", "partenariat", "mechanism",
	"mécanisme", "zone", "market", "marché", "system", "système", "commune", "municipality", "unit", "unité", "fc", "afc", "cf", "musée", "museum",
	"municipalité", "commonwealth", "métropole", "région", "collectivité", "convention", "department", "département", "church", "église", "congregation", "congrégation", "club",
	"opéra", "opera", "monument", "basilique", "basilica", "cathédrale", "cathedral", "mémorial", "memorial", "bibliothèque", // inaugurated
	"library", "théâtre", "theatre", "stade", "stadium", "hôpital", "hospital", "aéroport", "airport", "établissement", "communion",
	"exchange", "régie", "festival", "salon", "show", "fair", "foire", "coupe", "cup", "championnat", "championship",
	"parquet", // "le Parquet national financier, créé en 2013"
)
