// Package claims finds the checkable claims of a news text: dates, founding
// events and attendance.
//
// [Find] reads the text in two layers, as text/template/parse does: a
// tokenizer turns it into words and punctuation with byte offsets and
// folded forms (lower case, no accents), grouped into sentences and
// paragraphs; then one recogniser per rule matches token patterns against
// the vocabulary of the article's language (lexicon_fr.go, lexicon_en.go)
// and the entities of a [Gazetteer]. The input is never copied or
// rewritten: every claim's Text is the input between its offsets.
//
// # Founding claims
//
// A founding claim says that an organisation was founded, transformed,
// joined or left something, was dissolved, launched, inaugurated or became
// operational, with a verb ("formée en septembre 2023", "withdrew from
// ECOWAS"), an adjective ("nouvellement opérationnelle") or a noun ("la
// création de", "the withdrawal of Mali from"). Its subject is an
// organisation: one of the gazetteer, or a capitalised name with an
// organisation noun ("Sahel Development Fund") or an acronym; the subject
// of joining or leaving an organisation may also be a country the
// gazetteer does not know ("Britain left the EU"), told from a person by
// a lexicon of the world's country names (lexicon_countries.go), not by
// facts: "la Mauritanie a quitté" makes a claim, "Bazoum a quitté" none.
// Pronouns, appositions, coordinated predicates and nouns without a
// subject are resolved to the organisation the paragraph is about, or the
// article (named in its title or standfirst, known or not); a description
// ("the joint force") to the gazetteer's organisation it describes within
// that topic, and a collective ("the three countries") to the countries
// listed before it. A verb of becoming makes a claim only before an
// organisation noun ("became a confederation"), and a question makes
// none.
//
// # Attendance claims
//
// An attendance claim says who was present at, absent from, hosted or
// chaired an event ("réunissant les généraux A, B et C", "sous la
// présidence de A", "B did not attend", "A was represented at the summit
// by B", "A a envoyé son Premier ministre"). It carries the people, with
// their titles and roles, the event as the sentence or its paragraph
// mentions it, and the event's date and place when given (or where a
// trip went: "made the trip to Abuja").
package claims

import (
	"cmp"
	"slices"
	"sort"
	"strconv"

	"factlens/facts"
	"factlens/facts/timex"
)

// Find returns the claims of text, written in lang ("fr" or "en"): a date
// claim for each of dates (the output of [timex.Tag] on the same text), and
// the founding and attendance claims, sorted by Start (longest first at
// equal Start), with ids c1, c2, ... in that order, verdict Unverified and
// empty Facts. Dates whose offsets fall outside text are ignored. g may be
// nil: only unknown organisations and people are then found.
func Find(text, lang string, dates []timex.Timex, g *Gazetteer) []facts.Claim {
	s := newScanner(text, lang, dates, g)
	s.addDates()
	for si := range s.sents {
		if s.question(si) {
			continue // a question asserts nothing
		}
		s.foundingIn(si)
		s.attendanceIn(si)
	}
	return s.finish()
}

// paraParty is a party and the paragraph it was named in.
type paraParty struct {
	party
	para int
}

// lastSubject returns the subject of the last founding claim, with its
// paragraph, or nil before the first.
func (s *scanner) lastSubject() *paraParty {
	if n := len(s.subjects); n > 0 {
		return &s.subjects[n-1]
	}
	return nil
}

// scanner holds the state of one call to [Find].
type scanner struct {
	text  string
	lang  string
	lex   *lexicon
	g     *Gazetteer
	tk    tokens
	toks  []token     // tk.list
	cls   []wordClass // the classes of each token's folded form
	sents []sentence
	// dates are the valid input dates, sorted by start, with their token
	// range.
	dates []date
	ments []mention // sorted by t0, never overlapping
	gaz   []mention // scratch: the gazetteer mentions of one sentence
	// claims found so far, in sentence order.
	claims []facts.Claim
	// subjects are the subjects of the founding claims so far, each with
	// its paragraph, in order: what a generic noun may stand for ("Le
	// club a été rebaptisé", after a claim about another organisation);
	// the last is the topic of a paragraph that names no organisation
	// (lastSubject).
	subjects []paraParty
	// lastGroup is the subjects of the last founding claim with several
	// of them, and its paragraph: what "they" and "ils" stand for.
	lastGroup     []party
	lastGroupPara int
	// lastJoined is the organisation of the last membership claim with
	// one, its paragraph and its event: what "Qatar left" left, and what
	// "Russia followed" did.
	lastJoined      *party
	lastJoinedPara  int
	lastJoinedEvent string
	// lastPronoun is the organisation that the last object pronoun or
	// possessive of a membership claim stood for, and its paragraph:
	// what the next one stands for.
	lastPronoun     *party
	lastPronounPara int
	// namedOrgs are the folded names of the organisations that membership
	// claims named without the gazetteer ("member of Mercosur").
	namedOrgs map[string]bool
	// orgWords are the folded one-word names, however written, that the
	// text showed to be organisations: an acronym in brackets after an
	// organisation's name ("Agence spatiale africaine (AfSA)" makes
	// "l'AfSA" one), a company after its officer ("directeur général de
	// Stellantis").
	orgWords map[string]bool
	// outer is the current sentence's last founding claim that is not in
	// an apposition.
	outer *foundingClaim
	// named is the people the text names in full, read when first
	// needed (namedBefore).
	named *namedIndex
	// pairedWords are the folded words that end a capitalised pair of
	// words somewhere in the text, read when first needed (namedPerson).
	pairedWords map[string]bool
	// foldedNames holds the folded words of people's names, by name, as
	// namedBefore meets them.
	foldedNames map[string]foldedName
	// events are the specific event mentions seen so far.
	events []event
	// foundingSpans are the token spans of the current sentence's
	// founding claims.
	foundingSpans [][2]int
	// sentEntities caches the gazetteer entities of each sentence.
	sentEntities [][]string
}

// date is an input temporal expression and its tokens [t0, t1).
type date struct {
	timex.Timex
	t0, t1 int
}

func newScanner(text, lang string, dates []timex.Timex, g *Gazetteer) *scanner {
	s := &scanner{text: text, lang: lang, lex: lexiconFor(lang), g: g}
	s.tk = tokenize(text)
	s.toks = s.tk.list
	s.cls = make([]wordClass, len(s.toks))
	for i := range s.toks {
		s.cls[i] = s.lex.classes[s.tk.fold(i)]
	}
	s.sents = splitSentences(&s.tk)
	for _, sent := range s.sents {
		if s.allCaps(sent) {
			continue
		}
		for i := sent.t0; i < sent.t1; i++ {
			if t := s.toks[i]; t.caps && t.end-t.start >= 3 {
				s.cls[i] &^= cFunction // "the WHO": an acronym, not the relative "who"
			}
			if s.mayName(sent, i) {
				s.cls[i] = 0 // "Theresa May attended": a surname, not the modal
			}
		}
	}
	s.mapDates(dates)
	s.ments = make([]mention, 0, len(s.toks)/8+4)
	s.findMentions()
	s.claims = make([]facts.Claim, 0, len(s.dates)+len(s.sents)/4+4)
	return s
}

// mayName reports whether token i of sent is a capitalised "May" after a
// capitalised word and before a word in lower case or a punctuation mark:
// a surname ("Theresa May attended", "Brian May, the guitarist"), not
// the modal of a headline in title case ("Putin May Attend Summit").
func (s *scanner) mayName(sent sentence, i int) bool {
	t := s.toks[i]
	return s.lang == "en" && i > sent.t0 && t.cap && s.tk.fold(i) == "may" &&
		s.toks[i-1].kind == tWord && s.toks[i-1].cap && s.cls[i-1]&cFunction == 0 &&
		(i+1 >= sent.t1 || s.toks[i+1].kind != tWord || !s.toks[i+1].cap)
}

// mapDates keeps the dates that lie inside the text and finds their
// tokens.
func (s *scanner) mapDates(dates []timex.Timex) {
	s.dates = make([]date, 0, len(dates))
	for _, d := range dates {
		if d.Start < 0 || d.End > len(s.text) || d.Start >= d.End {
			continue
		}
		t0 := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > d.Start })
		t1 := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= d.End })
		s.dates = append(s.dates, date{d, t0, t1})
	}
	slices.SortStableFunc(s.dates, func(a, b date) int { return cmp.Compare(a.Start, b.Start) })
}

// dateAt returns the date whose first token is i.
func (s *scanner) dateAt(i int) (*date, bool) {
	k := s.firstDate(i)
	if k < len(s.dates) && s.dates[k].t0 == i && s.dates[k].t1 > i {
		return &s.dates[k], true
	}
	return nil, false
}

// firstDate returns the index of the first date that starts at token i or
// after it.
func (s *scanner) firstDate(i int) int {
	return sort.Search(len(s.dates), func(k int) bool { return s.dates[k].t0 >= i })
}

// inDate reports whether token i is part of a date.
func (s *scanner) inDate(i int) bool {
	k := sort.Search(len(s.dates), func(k int) bool { return s.dates[k].t1 > i })
	return k < len(s.dates) && s.dates[k].t0 <= i
}

// dateEndingAt returns the first token of a date of at most three tokens
// that ends with token k, or -1.
func (s *scanner) dateEndingAt(k int) int {
	j := sort.Search(len(s.dates), func(j int) bool { return s.dates[j].t1 > k })
	if j < len(s.dates) && s.dates[j].t1 == k+1 && s.dates[j].t0 <= k && k+1-s.dates[j].t0 <= 3 {
		return s.dates[j].t0
	}
	return -1
}

// addDates adds a date claim for every date but a dateline's ("BAMAKO,
// Sept 23 (Reuters) -"): that is the dispatch's own date, the reference,
// not a claim about an event.
func (s *scanner) addDates() {
	for _, d := range s.dates {
		si := s.sentenceOf(d.t0)
		if sent := s.sents[si]; d.t0 > sent.t0 && d.t1 <= s.datelineEnd(sent) {
			continue
		}
		c := s.newClaim(facts.KindDate, d.Start, d.End, si)
		c.Type = d.Type.String()
		c.Value = d.Value
		s.claims = append(s.claims, c)
	}
}

// question reports whether sentence si ends with a question mark.
func (s *scanner) question(si int) bool {
	for i := s.sents[si].t1 - 1; i >= s.sents[si].t0 && s.toks[i].kind == tPunct; i-- {
		if s.punct(i, "?") {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence holding token i, or -1.
func (s *scanner) sentenceOf(i int) int {
	k := sort.Search(len(s.sents), func(k int) bool { return s.sents[k].t1 > i })
	if k < len(s.sents) && s.sents[k].t0 <= i {
		return k
	}
	return -1
}

// newClaim returns an unverified claim of the given kind over the bytes
// [start, end) of sentence si.
func (s *scanner) newClaim(kind facts.Kind, start, end, si int) facts.Claim {
	c := facts.Claim{
		Kind:    kind,
		Start:   start,
		End:     end,
		Text:    s.text[start:end],
		Verdict: facts.Unverified,
		Facts:   []string{},
	}
	if si >= 0 {
		// The sentence starts after its dateline: "BAMAKO, Dec 2
		// (Reuters) -" says where the dispatch was filed, not where its
		// events happened.
		sent := s.sents[si]
		if d := s.datelineEnd(sent); d < sent.t1 && s.toks[d].start <= start {
			sent.t0 = d
		}
		c.Sentence = facts.Span{Start: s.toks[sent.t0].start, End: s.toks[sent.t1-1].end}
		if s.sentEntities == nil {
			s.sentEntities = make([][]string, len(s.sents))
		}
		if s.sentEntities[si] == nil {
			s.sentEntities[si] = s.entitiesIn(sent.t0, sent.t1)
		}
		c.Entities = s.sentEntities[si]
	}
	return c
}

// tokenSpan returns the claim bounds of tokens [t0, t1).
func (s *scanner) tokenSpan(t0, t1 int) (start, end int) {
	return s.toks[t0].start, s.toks[t1-1].end
}

// finish sorts the claims and numbers them.
func (s *scanner) finish() []facts.Claim {
	slices.SortStableFunc(s.claims, func(a, b facts.Claim) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	// The ids share one string: "c1c2c3…".
	var ids []byte
	ends := make([]int, len(s.claims))
	for i := range s.claims {
		ids = strconv.AppendInt(append(ids, 'c'), int64(i+1), 10)
		ends[i] = len(ids)
	}
	all, start := string(ids), 0
	for i := range s.claims {
		s.claims[i].ID = all[start:ends[i]]
		start = ends[i]
	}
	if s.claims == nil {
		return []facts.Claim{}
	}
	return s.claims
}

// word reports whether token i is a word of one of the classes c.
func (s *scanner) word(i int, c wordClass) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord && s.cls[i]&c != 0
}

// anyIn reports whether f holds for one of the tokens [i, end).
func (s *scanner) anyIn(i, end int, f func(k int) bool) bool {
	for k := i; k < end; k++ {
		if f(k) {
			return true
		}
	}
	return false
}

// is reports whether token i, a word or a punctuation mark, is of one of
// the classes c.
func (s *scanner) is(i int, c wordClass) bool {
	return i >= 0 && i < len(s.toks) && s.cls[i]&c != 0
}

// punct reports whether token i is the punctuation p.
func (s *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.tk.fold(i) == p
}

// skipDeterminer returns the index after a determiner at i ("la", "l'",
// "the", "the then" before a name), or i.
func (s *scanner) skipDeterminer(i, end int) int {
	if i < end && s.word(i, cDeterminer) {
		if i+1 < end && s.punct(i+1, "'") {
			return i + 2
		}
		if i+2 < end && s.tk.fold(i+1) == "then" && s.toks[i+2].cap {
			return i + 2 // "the then European Economic Community"
		}
		return i + 1
	}
	return i
}

// skipPrep returns the index after a preposition of class c at i, with the
// apostrophe of "d'", or i.
func (s *scanner) skipPrep(i, end int, c wordClass) int {
	if i < end && s.word(i, c) {
		if i+1 < end && s.punct(i+1, "'") {
			return i + 2
		}
		return i + 1
	}
	return i
}

// plainWord reports whether token i is a word, no function word, that
// starts no trigger in tokens [i, end) though it may start one elsewhere:
// "membre" in "membre fondateur", not in "membre depuis".
func (s *scanner) plainWord(i, end int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord || s.is(i, cFunction) {
		return false
	}
	_, _, founding := lookup(s, s.lex.founding, cFoundingStart, i, end)
	_, _, attendance := lookup(s, s.lex.attendance, cAttendanceStart, i, end)
	return !founding && !attendance
}

// content reports whether token i is a word that is neither a function
// word nor the start of a trigger: a noun, an adjective or a verb.
func (s *scanner) content(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if trig, _, ok := lookup(s, s.lex.founding, cFoundingStart, i, len(s.toks)); ok && trig.form == fCharter && t.kind == tWord {
		return true // "signed", a verb like any other unless a founding document follows
	}
	if t.kind != tWord || s.is(i, cFunction|cFoundingStart|cAttendanceStart) {
		return false
	}
	if _, _, ok := lookup(s, s.lex.founding, cFoundingStart, i, i+1); ok {
		return false
	}
	if _, _, ok := lookup(s, s.lex.attendance, cAttendanceStart, i, i+1); ok {
		return false
	}
	return true
}
