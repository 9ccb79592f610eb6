package claims

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
)

// A description is a lower-case noun phrase that stands for an
// organisation without naming it: a generic organisation noun with
// modifiers ("the joint force", "la force conjointe", "a confederal
// investment bank", "une banque confédérale d'investissement"), or a
// collective noun for member countries ("the three countries", "les États
// membres").

// maxDescription bounds the tokens of a description, so that looking for
// one costs constant time.
const maxDescription = 8

// describedPhrase reads at token i, after a determiner, a generic
// organisation noun with at least one modifier: English adjectives and
// nouns before it ("joint force"), French adjectives and a "de"
// complement after it ("force conjointe", "banque confédérale
// d'investissement"). It returns the end of the phrase.
func (s *scanner) describedPhrase(i, end int) (int, bool) {
	if s.lex.postAdjectives {
		fresh := s.inSet(newAdjectives, i) && s.lowerGeneric(i+1)
		if fresh {
			i++ // "la nouvelle communauté", "un nouveau fonds de défense"
		}
		if !s.lowerGeneric(i) {
			return i, false
		}
		b := i + 1
		for n := 0; n < 2 && b < end && s.adjective(b) && !s.is(b, cFoundingStart); n++ {
			b++ // not the participle after it: "un syndicat mixte fondé en 2009"
		}
		if (b > i+1 || fresh) && s.word(b, cOrgConnector) {
			// "d'investissement", "un nouveau fonds de défense"
			if k := s.skipPrep(b, end, cOrgConnector); k < end && s.adjective(k) && !s.is(k, cFoundingStart) {
				b = k + 1
			}
		}
		return b, b > i+1 || fresh
	}
	b := s.sizeModifier(i, end)
	for b < end && b-i < 7 && !s.lowerGeneric(b) {
		if m := s.orgAt(b, false); m >= 0 && s.ments[m].t0 == b && b > i && s.ments[m].t1 < end &&
			!s.anyIn(b, s.ments[m].t1, s.lowerGeneric) && (s.lowerGeneric(s.ments[m].t1) || s.adjective(s.ments[m].t1)) {
			b = s.ments[m].t1 // "the joint AES force": its owner among the modifiers
			continue
		}
		if !s.adjective(b) {
			break
		}
		b++
	}
	if b == i || b >= end || !s.lowerGeneric(b) {
		return i, false
	}
	return b + 1, true
}

// sizeModifier returns the token after a size written before a noun at
// token i, a number joined by a hyphen to a word ("5,000-strong",
// "15-nation"), or i.
func (s *scanner) sizeModifier(i, end int) int {
	if i >= end || s.toks[i].kind != tWord || !s.toks[i].digit {
		return i
	}
	w := s.tk.fold(i)
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 && !unicode.IsDigit(rune(w[k+1])) {
		return i + 1
	}
	return i
}

// lowerGeneric reports whether token i is a generic organisation noun in
// lower case ("bloc", "force").
func (s *scanner) lowerGeneric(i int) bool {
	return s.word(i, cGenericOrg) && !s.toks[i].cap
}

// descriptionWords returns the folded content words of tokens [a, b),
// without modifiers such as "new": "joint force", "banque confederale
// investissement".
func (s *scanner) descriptionWords(a, b int) []string {
	words := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		if m := s.orgAt(i, false); m >= 0 && s.ments[m].t0 == i && i > a {
			i = s.ments[m].t1 - 1 // the owner's name: "joint AES force"
			continue
		}
		if s.toks[i].kind == tWord && !s.is(i, cOrgConnector|cDeterminer|cModifier) {
			words = append(words, s.tk.fold(i))
		}
	}
	return words
}

// ownerIn returns the id of the organisation named inside the
// description [a, b) after its first word ("the joint AES force"), or "".
func (s *scanner) ownerIn(a, b int) string {
	for i := a + 1; i < b; i++ {
		if m := s.orgAt(i, false); m >= 0 && s.ments[m].t0 == i && s.ments[m].t1 <= b {
			return s.party(m).id
		}
	}
	return ""
}

// describedOrg returns the organisation of the gazetteer that tokens
// [a, b) describe within the topic of token a (see [Gazetteer.describe]).
func (s *scanner) describedOrg(a, b, para int) (party, bool) {
	if s.ownedGeneric(a, b) || s.ownedGeneric(s.skipDeterminer(a, b), b) {
		return party{}, false // "le G5 Sahel, dont la force conjointe"
	}
	id := s.ownerIn(a, b)
	if t := s.topic(a, para); id == "" && t != nil && s.headedBy(*t, "") != headCountry {
		id = t.id // a state is no organisation's owner: "Mali … The unified force"
	}
	e := s.g.describe(s.descriptionWords(a, b), id)
	if e < 0 {
		return party{}, false
	}
	en := &s.g.entities[e]
	return party{name: en.Name(s.lang), id: en.ID}, true
}

// describedObject reads at token i the object of an active founding verb
// that is a description ("launched a confederal investment bank"): the
// organisation of the gazetteer it describes, else a new organisation
// named by the description's text. It returns the token after it.
func (s *scanner) describedObject(i int, sent sentence) (party, int, bool) {
	if !s.word(i, cDeterminer) {
		return party{}, i, false
	}
	a := s.skipDeterminer(i, sent.t1)
	b, ok := s.describedPhrase(a, sent.t1)
	if !ok {
		return party{}, i, false
	}
	if p, ok := s.describedOrg(a, b, sent.para); ok && !s.inSet(newAdjectives, a) {
		return p, b, true
	}
	start, end := s.tokenSpan(a, b)
	return party{name: s.text[start:end]}, b, true
}

// describedSubject reads a description that ends at token k, after a
// determiner and with an optional "of" complement ("a joint force of
// 5,000 troops"): a bare generic noun, capitalised or not, stands for the
// topic ("the alliance", "l'Union"); a described one for the organisation of the gazetteer it
// describes. It returns the party and the determiner's token.
func (s *scanner) describedSubject(sent sentence, k int) (party, int, bool) {
	if p, ok := s.theParty(k); ok {
		return p, k - 1, true // "The party, founded in 1954": the party named before
	}
	g := k
	if s.inSet(s.lex.scopes, k) {
		g = k - 1 // "l'organisation régionale", after its name (see scopedGeneric)
	}
	if s.word(g, cGenericOrg) && s.mentionAt(g) < 0 {
		if e, ok := s.modifiedGeneric(k); ok && !s.word(e-1, cPrep) {
			// "a climate finance fund" standing for an organisation
			if t := s.genericReferent(e, sent.para, k); t != nil {
				return *t, e, true
			}
		}
		d := g - 1
		if s.punct(d, "'") {
			d--
		}
		if s.word(d, cDeterminer) && g < k {
			// "… du G5 Sahel, ouvrant la voie à la dissolution de
			// l'organisation régionale créée en 2014"
			if t, ok := s.orgNamedIn(sent.t0, d); ok {
				return t, d, true
			}
			if o := s.outer; o != nil && len(o.subjects) == 1 && o.t1 <= d {
				// "Créée en 1996 par les États de l'UMOA, la bourse
				// commune n'a démarré …": the sentence's founding.
				return o.subjects[0], d, true
			}
			return party{}, 0, false
		}
		if s.word(d, cDeterminer) {
			if (s.word(d-1, cPrep) || s.inSet(ofWords, d)) && !s.agrees(g, k) {
				// "le siège de l'organisation, créé en 1975", "La FabricA,
				// le lieu de répétition du festival, a été inaugurée"
				return party{}, 0, false
			}
			if s.inSet(indefinites, d) && s.punct(d-1, ",") && s.orgBeforeComma(d-1) < 0 {
				// "Ensemble contre la peine de mort, an association
				// founded in 2000": the apposition of a name the
				// gazetteer does not know, no organisation named before.
				return party{}, 0, false
			}
			if p, ok := s.nameAfterClause(sent, k); ok && (d == s.datelineEnd(sent) || s.sentenceOpening(sent, d)) {
				return p, d, true // "The bloc formed in 1975, ECOWAS, said": its name after
			}
			if p, a, ok := s.describedBefore(sent, k); ok && s.punct(d-1, ",") {
				return p, a, true // "Horizons, le mouvement lancé en 2021": the name it describes, not another "mouvement"
			}
			if t := s.genericReferent(d, sent.para, g); t != nil {
				return *t, d, true
			}
			return party{}, 0, false
		}
	}
	if m, a := s.bareApposition(sent, k); m >= 0 {
		return s.party(m), a, true
	} else if a-2 >= sent.t0 && s.nameWord(a-2) {
		// "dans les locaux de Libération, quotidien fondé en 1973": a name
		// the gazetteer does not know, which the noun says is an
		// organisation's, wherever it stands.
		n := a - 2
		for n > sent.t0 && s.nameWord(n-1) {
			n--
		}
		if p, start, ok := s.unknownOrg(sentence{t0: n, t1: sent.t1, para: sent.para}, a-1); ok {
			return p, start, true
		}
	}
	for d := k - 1; d >= sent.t0 && d >= k-maxDescription; d-- {
		if !s.word(d, cDeterminer) {
			continue
		}
		a := s.skipDeterminer(d, k+1)
		b, ok := s.describedPhrase(a, k+1)
		if !ok || (b <= k && !s.ofComplement(b, k+1)) {
			continue // "the joint force of the alliance": try "the joint force"
		}
		if s.punct(d-1, ",") && s.inSet(indefinites, d) {
			if m := s.orgBeforeComma(d - 1); m >= 0 {
				// "Paris Métropole, un syndicat mixte d'études fondé en
				// 2009": the description in apposition to the name before
				// it.
				return s.party(m), d, true
			}
		}
		if p, ok := s.openingNameBefore(sent, d-1); ok {
			// "Rebatir Notre-Dame de Paris, the public body set up in
			// 2019", "Le Medef, l'organisation patronale créée en 1998":
			// a name the gazetteer does not know, which the description
			// says is an organisation's.
			return p, d, true
		}
		if p, ok := s.describedOrg(a, b, sent.para); ok && !s.inSet(newAdjectives, a) {
			return p, d, true
		}
		if t := s.renewed(a, b); t != nil && !s.inSet(indefinites, d) {
			return *t, d, true
		}
		if s.inSet(newAdjectives, a) && !s.inSet(indefinites, d) && !s.word(d, cPossessive) && s.lowerGeneric(a+1) {
			// "Le nouveau parti, créé à la fin de septembre": the new
			// party the text's last founding claim launched; not one the
			// noun heads, which is the old one ("la communauté d'Aubigné
			// … la nouvelle communauté"), nor any other named ("la
			// Haute-Normandie … la nouvelle région").
			if t := s.genericReferent(d, sent.para, a+1); t != nil && s.headedBy(*t, s.tk.fold(a+1)) != headSame && s.introduced(*t) {
				return *t, d, true
			}
		}
		if (s.inSet(indefinites, d) || s.word(d, cPossessive) || s.inSet(newAdjectives, a)) && (d == sent.t0 || s.sentenceOpening(sent, d) || s.punct(k+1, ",") && s.word(k+2, cRelative)) {
			// "Une force multinationale, créée en 2023, …", "Sa force
			// multinationale mixte, mise sur pied en 2015, …", "s'était
			// doté d'une force conjointe, qui est devenue opérationnelle":
			// an organisation the text introduces, named by its
			// description.
			start, end := s.tokenSpan(a, b)
			return party{name: s.text[start:end]}, d, true
		}
		if p, ok := s.nameAfterClause(sent, k); ok && (d == s.datelineEnd(sent) || s.sentenceOpening(sent, d)) {
			// "The public body set up in 2019 to oversee the restoration,
			// Rebatir Notre-Dame de Paris, was headed by …": the name in
			// apposition after the description's clause.
			return p, d, true
		}
		return party{}, 0, false
	}
	return party{}, 0, false
}

// nameAfterClause returns the name between the first two commas after
// token k, in sentence sent, when a lower-case word follows it, as a
// verb does: an organisation, or a name (see particledName).
func (s *scanner) nameAfterClause(sent sentence, k int) (party, bool) {
	c := k + 1
	for c < sent.t1 && c < k+12 && !s.punct(c, ",") {
		c++
	}
	if !s.punct(c, ",") {
		return party{}, false
	}
	a := s.skipDeterminer(c+1, sent.t1)
	m := s.orgAt(a, false)
	e := s.particledName(a, sent.t1)
	if m >= 0 {
		e = s.ments[m].t1
	}
	if e == a || !s.punct(e, ",") || e+1 >= len(s.toks) || s.toks[e+1].kind != tWord || s.toks[e+1].cap {
		return party{}, false
	}
	if m >= 0 {
		return s.party(m), true
	}
	b, f := s.tokenSpan(a, e)
	return party{name: s.text[b:f]}, true
}

// theParty returns, when token k is "the party" or "le parti", the
// organisation named last before it, in its sentence or the one before,
// if that is a political party ("the People's Action Party", "le Parti socialiste");
// "party" alone is no generic noun ("a country whose first party
// collapsed"), nor does it stand for a party named before another
// organisation ("the Labour Party. Reform UK overtook it. The party …").
func (s *scanner) theParty(k int) (party, bool) {
	if !s.inSet(partyNouns, k) || s.toks[k].cap || !s.inSet(definites, k-1) {
		return party{}, false
	}
	t0 := s.sents[max(s.sentenceOf(k)-1, 0)].t0
	j := sort.Search(len(s.ments), func(j int) bool { return s.ments[j].t0 >= k })
	for j--; j >= 0 && s.ments[j].t0 >= t0; j-- {
		m := &s.ments[j]
		if m.kind != facts.OrganisationEntity {
			continue
		}
		if s.anyIn(m.t0, m.t1, func(q int) bool { return s.inSet(partyNouns, q) }) && !s.ancestorOnly(s.party(j), k) {
			return s.party(j), true
		}
		break // "United Seychelles, … issu du Seychelles People's United Party … Le parti": not the ancestor
	}
	return party{}, false
}

// partyNouns and definites are the words, folded, of "the party", "le
// parti".
var (
	partyNouns = foldSet("party", "parti")
	definites  = foldSet("the", "le")
)

// openingNameBefore returns the name that opens sentence sent, after its
// dateline and an article, and ends at the comma c (see particledName):
// "Rebatir Notre-Dame de Paris, the public body set up in 2019".
func (s *scanner) openingNameBefore(sent sentence, c int) (party, bool) {
	if !s.punct(c, ",") {
		return party{}, false
	}
	a := s.datelineEnd(sent)
	if s.word(a, cDeterminer) && !s.toks[a].cap || s.word(a, cDeterminer) && s.nameWord(a+1) {
		a = s.skipDeterminer(a, c)
	}
	if a >= c || s.particledName(a, c) != c {
		return party{}, false
	}
	b, e := s.tokenSpan(a, c)
	return party{name: s.text[b:e]}, true
}

// particledName returns the end of the name at token a, before end:
// capitalised words, at most six tokens, that particles or hyphens may
// join ("Rebatir Notre-Dame de Paris"), and that are no mention, country
// nor person with a title; or a when there is none.
func (s *scanner) particledName(a, end int) int {
	e := a
	for e < end && e < a+6 && (s.nameWord(e) || e > a && (s.inSet(nameParticles, e) || s.punct(e, "-")) && s.nameWord(e+1)) {
		e++
	}
	if e == a || s.mentionAt(a) >= 0 || s.countryEndingAt(a, e-1) >= 0 || s.titleAt(a, e) {
		return a
	}
	return e
}

// nameParticles are the lower-case words, folded, that may join the
// capitalised words of an organisation's name: "Rebatir Notre-Dame de
// Paris", "Bank for International Settlements".
var nameParticles = foldSet("de", "du", "des", "d", "la", "of", "for", "and", "et", "the")

// bareApposition reads, ending at token k, a generic noun without an
// article in apposition to the organisation named before its comma, with
// the lower-case words that qualify it: "le Nouveau Front populaire,
// alliance de gauche formée en juin". It returns the organisation's
// mention and the noun's token, or -1.
func (s *scanner) bareApposition(sent sentence, k int) (int, int) {
	for a := k; a > sent.t0 && a >= k-8; a-- {
		if s.toks[a].cap || s.toks[a].kind != tWord && !s.punct(a, "'") {
			return -1, 0
		}
		if s.punct(a-1, ",") {
			if !s.lowerGeneric(a) {
				return -1, 0
			}
			return s.orgBeforeComma(a - 1), a
		}
	}
	return -1, 0
}

// renewed returns the organisation that a "new" generic noun at [a, b)
// stands for when the article is about one that noun heads: "La région
// Normandie fête ses dix ans … la nouvelle région a vu le jour", a
// merger's result named before; or nil. A new organisation the article
// is not about is another one ("Le Val d'Ille … la communauté d'Aubigné
// … La nouvelle communauté").
func (s *scanner) renewed(a, b int) *party {
	if b != a+2 || !s.inSet(newAdjectives, a) || !s.lowerGeneric(a+1) {
		return nil
	}
	noun := s.tk.fold(a + 1)
	return s.articleTopic(a, false, func(p party) bool { return s.headedBy(p, noun) == headSame && !s.foundedBefore(p, a) })
}

// foundedBefore reports whether a claim of a sentence before the one of
// token i says when p was founded.
func (s *scanner) foundedBefore(p party, i int) bool {
	start := s.toks[s.sents[s.sentenceOf(i)].t0].start
	return slices.ContainsFunc(s.claims, func(c facts.Claim) bool {
		return c.Kind == facts.KindFounding && c.Event == facts.EventFounded && c.Subject == p.name && c.End <= start
	})
}

// newAdjectives are the French adjectives, folded, before a generic
// noun that introduce an organisation not yet named: "la nouvelle
// communauté", "le futur fonds".
var newAdjectives = foldSet("nouvelle", "nouveau", "nouvel", "future", "futur")

// agrees reports whether the French participle after token k (after a
// comma, if any) agrees in gender with the generic noun at token g: after
// "le siège de l'organisation", "créé" is the seat's, "créée" the
// organisation's. English participles always agree.
func (s *scanner) agrees(g, k int) bool {
	if s.lang != "fr" {
		return true
	}
	p := k + 1
	if s.punct(p, ",") {
		p++
	}
	if p >= len(s.toks) || s.toks[p].kind != tWord {
		return true
	}
	t := &s.toks[p]
	w := strings.ToLower(s.text[t.start:t.end])
	feminine := strings.HasSuffix(w, "e") || strings.HasSuffix(w, "es")
	_, fem := feminineGenerics[s.tk.fold(g)]
	return feminine == fem
}

// feminineGenerics are the French generic organisation nouns, folded,
// that are feminine.
var feminineGenerics = foldSet("organisation", "alliance", "confédération", "communauté", "union", "force", "institution",
	"coalition", "fédération", "structure", "entité", "banque", "agence", "société", "entreprise", "start-up", "ligue", "filiale")

// indefinites are the indefinite articles, folded, that introduce
// something new.
var indefinites = foldSet("a", "an", "un", "une")

// sentenceOpening reports whether token d opens sentence sent, after its
// dateline if any.
func (s *scanner) sentenceOpening(sent sentence, d int) bool {
	return d == s.datelineEnd(sent)
}

// modifiedGeneric returns the determiner before the English generic
// noun at token k when one to three lower-case words stand between them
// ("a climate finance fund").
func (s *scanner) modifiedGeneric(k int) (int, bool) {
	if s.lex.postAdjectives {
		return 0, false
	}
	d := k - 1
	for n := 0; n < 3 && (s.adjective(d) || s.compoundAdjective(d)) && !s.word(d, cDeterminer); n++ {
		d--
	}
	return d, d < k-1 && s.word(d, cDeterminer) && !s.word(d, cRelative|cPossessive)
}

// compoundAdjective reports whether token i is a capitalised compound
// that ends with a lower-case participle or adjective: "French-backed",
// "UN-led", "Saudi-funded".
func (s *scanner) compoundAdjective(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord || !s.toks[i].cap {
		return false
	}
	t := &s.toks[i]
	_, last, ok := strings.Cut(s.text[t.start:t.end], "-")
	if !ok || len(last) < 3 || strings.Contains(last, "-") {
		return false
	}
	return strings.ToLower(last) == last
}

// ofComplement reports whether tokens [i, end) are a short "of"
// complement of words: "of 5,000 troops", "de 5000 hommes".
func (s *scanner) ofComplement(i, end int) bool {
	if !s.word(i, cPrep) || end-i > 5 || end-i < 2 {
		return false
	}
	for p := i + 1; p < end; p++ {
		if s.toks[p].kind != tWord || s.is(p, cChain|cRelative|cStop|cCoordinator|cFoundingStart) {
			return false
		}
	}
	return true
}

// appositionStart returns the comma that opens an apposition closed by
// the comma after token j ("A joint force, announced in January 2025,
// became …"): the apposition is lower-case words, starting with a verb or
// an adjective. It returns -1 when there is none.
func (s *scanner) appositionStart(sent sentence, j int) int {
	for p := j; p > sent.t0 && p > j-2*maxDescription; p-- {
		if s.punct(p, ",") {
			possessor := s.punct(p+2, "'") && s.word(p+3, cClitic)     // ", Hichilema's party,"
			possessive := s.word(p+1, cPossessive) && !s.toks[p+1].cap // ", son guichet concessionnel,"
			// A participle that starts a trigger: ", set up in 2015,".
			participle := s.toks[p+1].kind == tWord && !s.toks[p+1].cap && s.is(p+1, cFoundingStart|cAttendanceStart)
			if p == j || !s.content(p+1) && !possessive && !participle && !s.plainWord(p+1, j+1) || s.toks[p+1].cap && !possessor {
				return -1
			}
			return p
		}
		if s.toks[p].kind != tWord && !s.punct(p, "'") {
			return -1
		}
	}
	return -1
}

// collectiveSubject reads a collective noun for member countries that
// ends at token k, with a determiner and an optional number: "the three
// countries", "les trois pays", "its member states", "les États membres".
// It stands for the last list of countries or organisations named before
// it in its paragraph or the previous one, of that number when one is
// given ("Mali, Niger and Burkina Faso"); failing that, when no list was
// named, for the members of the last organisation named of which the base
// knows as many as the number given, else for the organisation the
// article is about, or the paragraph's after a possessive ("its member
// states"). An organisation before the
// noun stands for its members, when the base knows them: "the three AES
// countries". It returns the parties and the determiner's token.
func (s *scanner) collectiveSubject(sent sentence, k int) ([]party, int, bool) {
	p := k
	for p >= sent.t0 && k-p < 2 && s.word(p, cCollective) {
		p--
	}
	if p == k {
		return nil, 0, false
	}
	if m := s.orgEndingAt(p, false); m >= 0 && !s.lex.postAdjectives {
		// "the three AES countries", "the AES member states": the
		// organisation's members, when the base knows them.
		s.ments[m].object = true
		q, n := s.ments[m].t0-1, 0
		if q >= sent.t0 {
			if v, ok := s.lex.numbers[s.tk.fold(q)]; ok {
				q, n = q-1, v
			} else if s.toks[q].digit {
				n, _ = strconv.Atoi(s.tk.fold(q))
				q--
			}
		}
		if !s.word(q, cDeterminer) {
			q++
		}
		ps := s.membersOf(m, n)
		return ps, q, len(ps) > 0
	}
	n := 0
	if p < sent.t0 {
		return nil, 0, false
	}
	if s.toks[p].kind == tWord && s.toks[p].digit {
		n, _ = strconv.Atoi(s.tk.fold(p))
		p--
	} else if v, ok := s.lex.numbers[s.tk.fold(p)]; ok && s.toks[p].kind == tWord {
		n = v
		p--
	}
	if p < sent.t0 || !s.word(p, cDeterminer) || n == 0 && s.inSet(singularDeterminers, p) {
		return nil, 0, false // "le pays" is one country (countryAnaphor)
	}
	ps, lists := s.memberList(p, sent.para, n)
	if len(ps) > 0 {
		return ps, p, true
	}
	if ps := s.membersNamedBefore(p, n); len(ps) > 0 && !s.word(p, cPossessive) {
		// "Les trois pays ont quitté la Cédéao", after "les trois pays de
		// l'AES" or in an article about the AES: its members, when the
		// base knows as many.
		return ps, p, true
	}
	if lists {
		return nil, 0, false // "Mali and Niger … the three countries": which?
	}
	t := s.articleTopic(p, false, func(party) bool { return true })
	if s.word(p, cPossessive) {
		t = s.topic(p, sent.para) // "its member states"
	}
	if t != nil {
		return []party{*t}, p, true
	}
	return nil, 0, false
}

// membersNamedBefore returns the members of the last organisation named
// before token i (among the last lookBack mentions) of which the base
// knows n members, n not 0; else nil.
func (s *scanner) membersNamedBefore(i, n int) []party {
	if n == 0 {
		return nil
	}
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i })
	for j := k - 1; j >= 0 && j >= k-lookBack; j-- {
		if e := s.ments[j].entity; e >= 0 && len(s.g.entities[e].Members) == n {
			return s.members(s.g.entities[e].Members, n)
		}
	}
	return nil
}

// singularDeterminers are the French determiners, folded, that make
// "pays" one country.
var singularDeterminers = foldSet("le", "ce", "son", "notre", "votre")

// maxMembers bounds the list a collective noun stands for.
const maxMembers = 16

// memberList returns the last list of two or more organisations or
// places named before token i (among the last lookBack mentions) in
// paragraph para or the one before (in any paragraph when n says how
// many), with n of them when n is not 0 and at most maxMembers; and
// whether it saw any list, fitting or not.
func (s *scanner) memberList(i, para, n int) (ps []party, lists bool) {
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i })
	for j := k - 1; j >= 0 && j >= k-lookBack && (s.ments[j].para >= para-1 || n > 0); j-- {
		if s.ments[j].entity < 0 || !s.member(j, true) {
			continue
		}
		ps, start := s.orgsEndingAt(0, s.ments[j].t1-1, true, maxMembers)
		if len(ps) >= 2 && len(ps) <= maxMembers && (n == 0 || len(ps) == n) {
			return ps, true
		}
		lists = lists || len(ps) >= 2
		for j > 0 && s.ments[j-1].t0 >= start {
			j--
		}
	}
	return nil, lists
}

// genericReferent returns the organisation that the bare generic noun at
// token g stands for before token i ("la confédération", "the force",
// "l'Union"), other than except. An organisation with a name headed by
// that noun comes first (the head is the name's first generic noun:
// "Confédération des États du Sahel" for "la confédération", "African
// Union" for "the union"), looked for as [scanner.topic] looks; failing
// that, the topic among the organisations that are no country and, when
// the noun heads the name of some organisation of the gazetteer (it names
// a kind: "force", "union"), whose names are headed by no other generic
// noun: "la confédération" is not "Force unifiée de l'AES", but "the
// bloc" may be the "Alliance of Sahel States"; failing all, the name the
// organisation was founded as, earlier in the sentence (formerNameBefore).
func (s *scanner) genericReferent(i, para, g int, except ...party) *party {
	noun := s.tk.fold(g)
	if _, ok := claimedOnly[noun]; ok {
		// "Angola left OPEC in January. It had joined the cartel in
		// 2007": the organisation of the paragraph's last membership
		// claim, or none ("fined the truck makers, saying the cartel was
		// formed in 1997").
		if j := s.lastJoined; j != nil && s.lastJoinedPara == para && !slices.Contains(except, *j) {
			return j
		}
		return nil
	}
	// "United Seychelles, héritier du SPPF, lui-même issu du SPUP fondé
	// en 1964 … Le parti a pris son nom actuel": not an ancestor.
	allowed := func(p party) bool { return !slices.Contains(except, p) && !s.ancestorOnly(p, i) }
	same := func(p party) bool {
		return allowed(p) && (s.headedBy(p, noun) == headSame ||
			slices.ContainsFunc(genericHeads[noun], func(h string) bool { return s.headedBy(p, h) == headSame }) ||
			noun == "club" && slices.ContainsFunc(foldWords(p.name), func(w string) bool { _, ok := clubMarks[w]; return ok }))
	}
	if t := s.topicWhere(i, para, same); t != nil {
		return t
	}
	for k := len(s.subjects) - 1; k >= 0 && s.subjects[k].para == para; k-- {
		if t := s.subjects[k].party; same(t) {
			// "Le Simba SC, fondé en 1936, avait rejoint la Ligue des
			// champions … Le club a été rebaptisé": the subject of a claim
			// of the paragraph, a name the gazetteer does not know.
			return &t
		}
	}
	if t := s.lastOrgWhere(i, para, true, same); t != nil {
		// "Niger has withdrawn from the Multinational Joint Task Force.
		// The force, set up by Nigeria in 1994": the object of a claim
		// whose name the noun heads.
		return t
	}
	if t := s.articleTopic(i, true, same); t != nil {
		// "La Hongrie quitte la Cour pénale internationale … le Burundi
		// avait quitté la juridiction … la Cour est entrée en fonction":
		// the organisation the article is about, if the noun heads it,
		// though it was what others left.
		return t
	}
	if _, ok := ownNounOnly[noun]; ok {
		// "the museum" is a museum: not LVMH, named before; "Giovanni
		// Malago, president of the Milano Cortina 2026 Foundation … The
		// foundation, set up in 2019": one named in an earlier paragraph.
		return s.lastOrgBefore(i, same)
	}
	_, hypernym := hypernyms[noun]
	fits := func(p party) bool { return allowed(p) && s.mayCall(p, noun) }
	if t := s.topicWhere(i, para, fits); t != nil {
		if o, ok := organOwner(*t); ok && !hypernym && s.headedBy(*t, noun) != headSame {
			return &o // "Le conseil fédéral des Écologistes … le parti": the party
		}
		return t
	}
	// "Mali left ECOWAS a year after announcing its withdrawal from the
	// regional bloc": the object of a claim, named in the same paragraph.
	if t := s.lastOrgWhere(i, para, true, fits); t != nil {
		return t
	}
	return s.formerNameBefore(g, allowed)
}

// mayCall reports whether the generic noun may stand for organisation p:
// no country, and, when some organisation's name is headed by the noun,
// none headed by another ("the court" is no union); nor a museum or a
// stadium, which only their own noun stands for ("the club" is not
// "Emirates Stadium").
func (s *scanner) mayCall(p party, noun string) bool {
	_, hypernym := hypernyms[noun]
	kind := !hypernym && s.g.heads(noun, s.lex.genericOrgs)
	h := s.headedBy(p, noun)
	return h != headCountry && (!kind || h != headOther) && (hypernym || h == headSame || !s.ownNamed(p))
}

// ownNamed reports whether a name of p is headed by one of ownNounOnly.
func (s *scanner) ownNamed(p party) bool {
	for _, name := range s.namesOf(p) {
		if _, ok := ownNounOnly[nameHead(name, s.lex.genericOrgs)]; ok {
			return true
		}
	}
	return false
}

// orgNamedInParaBefore reports whether paragraph para names an
// organisation, not a country, before token i.
func (s *scanner) orgNamedInParaBefore(i, para int) bool {
	for j := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i }) - 1; j >= 0 && s.ments[j].para == para; j-- {
		if s.ments[j].kind == facts.OrganisationEntity && !s.countryParty(s.party(j)) {
			return true
		}
	}
	return false
}

// lastOrgBefore returns the last organisation named before token i, in
// any paragraph, for which ok holds; or nil.
func (s *scanner) lastOrgBefore(i int, ok func(party) bool) *party {
	for j := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i }) - 1; j >= 0; j-- {
		if m := &s.ments[j]; m.kind == facts.OrganisationEntity && !m.inParens && ok(s.party(j)) {
			p := s.party(j)
			return &p
		}
	}
	return nil
}

// introduced reports whether the text's last founding claim launched p:
// "a lancé son propre parti, Horizons"; not "La Cédéao a été fondée en
// 1975. La nouvelle organisation …", another.
func (s *scanner) introduced(p party) bool {
	for k := len(s.claims) - 1; k >= 0; k-- {
		if c := &s.claims[k]; c.Kind == facts.KindFounding {
			return c.Subject == p.name && c.Event == facts.EventLaunched
		}
	}
	return false
}

// formerNameBefore returns the organisation named, by a name it once had
// (not a predecessor's: "set up to replace the Varnel Authority"),
// earlier in the sentence of token g, for which ok holds: "Founded in
// 1912 as the International Amateur Athletic Federation, the body changed
// its name", where no other name stands for it. It returns nil if none.
func (s *scanner) formerNameBefore(g int, ok func(party) bool) *party {
	t0 := s.sents[s.sentenceOf(g)].t0
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= g })
	for j := k - 1; j >= 0; j-- {
		m := &s.ments[j]
		if m.t1 > g {
			continue
		}
		if m.t0 < t0 {
			break
		}
		if m.kind == facts.OrganisationEntity && s.formerName(m.t0) && !s.predecessor(s.nameLead(m.t0)) {
			if p := s.party(j); ok(p) {
				return &p
			}
		}
	}
	return nil
}

// claimedOnly are the generic nouns, folded, that stand only for the
// organisation of a membership claim just made: "the cartel".
var claimedOnly = foldSet("cartel")

// ownNounOnly are the generic nouns, folded, that stand only for an
// organisation whose name they head: "le musée" for "musée du Louvre".
var ownNounOnly = foldSet("musée", "museum", "fondation", "foundation", "stadium", "stade", "opera", "opéra", "cathedral",
	"cathédrale", "basilica", "basilique", "memorial", "mémorial", "library", "bibliothèque", "theatre", "théâtre",
	"hospital", "hôpital", "airport", "aéroport", "exchange", "bourse", "festival", "salon", "show", "fair", "foire", "coupe", "cup", "championnat", "championship")

// organOwner returns the organisation whose organ p is, when p is named
// after its organ's noun, with its owner's name as complement:
// "Écologistes" for "conseil fédéral des Écologistes", "PDCI" for "bureau
// politique du PDCI", "TotalEnergies" for "Assemblée générale de
// TotalEnergies".
func organOwner(p party) (party, bool) {
	if p.id != "" {
		return party{}, false
	}
	words := foldWords(p.name)
	if len(words) == 0 {
		return party{}, false
	}
	if _, ok := organNouns[words[0]]; !ok {
		return party{}, false
	}
	for _, connector := range []string{" des ", " du ", " de la ", " de l'", " d'", " de ", " of the ", " of "} {
		if _, owner, ok := strings.Cut(p.name, connector); ok {
			if r, _ := utf8.DecodeRuneInString(owner); unicode.IsUpper(r) {
				return party{name: owner}, true
			}
		}
	}
	return party{}, false
}

// organNouns are the nouns, folded, of an organisation's organs: "le
// conseil fédéral des Écologistes", "l'Assemblée générale de
// TotalEnergies".
var organNouns = foldSet("conseil", "bureau", "comité", "congrès", "direction", "assemblée", "board", "council", "committee", "congress")

// genericHeads are the heads, folded, of the names that a generic noun
// stands for besides its own: "la juridiction" is a court.
var genericHeads = map[string][]string{"juridiction": {"cour", "tribunal"}}

// clubMarks are the words, folded, that make a name a club's: "Simba SC"
// is "le club", not the competition named after it.
var clubMarks = foldSet("fc", "sc", "ac", "cf", "afc", "sporting")

// hypernyms are the generic nouns, folded, that any organisation may be
// called, whatever heads its name: "l'organisation" may be the
// "Communauté économique des États de l'Afrique de l'Ouest".
var hypernyms = foldSet("organisation", "organization", "institution", "organisme", "body", "structure", "entité", "entity")

// How an organisation's names relate to a generic noun.
const (
	headNone    = iota // no name is headed by a generic noun
	headSame           // a name is headed by the noun
	headOther          // names are headed by other generic nouns only
	headCountry        // a name is a country's
)

// groupNouns are the generic nouns, folded, that a numbered group's name
// ("G7", "G20") is headed by.
var groupNouns = map[string]bool{"group": true, "groupe": true}

// numberedGroup reports whether the folded word w names a numbered group
// of states: "g5", "g7", "g20".
func numberedGroup(w string) bool {
	if len(w) < 2 || w[0] != 'g' {
		return false
	}
	for _, r := range w[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// headedBy tells how the names of p relate to the folded generic noun:
// the gazetteer's names when p is one of its entities, else p's text.
func (s *scanner) headedBy(p party, noun string) int {
	h := headNone
	for _, name := range s.namesOf(p) {
		if len(name) == 0 {
			continue
		}
		for _, c := range countries[name[0]] {
			if equalWords(c.words, name) {
				return headCountry
			}
		}
		if len(name) == 1 && numberedGroup(name[0]) && groupNouns[noun] {
			return headSame // "the G20" is a group
		}
		switch head := nameHead(name, s.lex.genericOrgs); {
		case head == noun:
			return headSame
		case head != "":
			h = headOther
		}
	}
	return h
}

// namesOf returns the folded names of p: the gazetteer's when it knows p,
// else the name the text gives.
func (s *scanner) namesOf(p party) [][]string {
	if e, ok := s.g.index(p.id); ok {
		return s.g.names[e]
	}
	return [][]string{foldWords(p.name)}
}

// nameHead returns the first word of name that is one of generics, or "".
func nameHead(name []string, generics map[string]struct{}) string {
	for _, w := range name {
		if _, ok := generics[w]; ok {
			return w
		}
	}
	return ""
}
