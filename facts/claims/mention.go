package claims

import (
	"slices"
	"sort"
	"strings"

	"factlens/facts"
	"factlens/facts/timex"
)

// mention is a named entity in the text: a gazetteer entity, or an
// organisation the gazetteer does not know.
type mention struct {
	t0, t1   int // tokens
	entity   int // index in the gazetteer, or -1
	kind     facts.EntityKind
	para     int
	inParens bool // "(Mali)" after a name
	object   bool // the object of a founding claim: not a paragraph topic
	origin   bool // named in a founding's complement: "né de la fusion de PSA et de FCA"
}

// party is the subject or an object of a claim: a name and, when the
// gazetteer knows it, an entity id.
type party struct {
	name, id string
}

// findMentions finds the gazetteer entities and the unknown organisations
// of every sentence.
func (s *scanner) findMentions() {
	for _, sent := range s.sents {
		first := len(s.ments)
		depth := 0
		for i := sent.t0; i < sent.t1; {
			if s.punct(i, "(") {
				depth++
			} else if s.punct(i, ")") && depth > 0 {
				depth--
			}
			e, n := s.g.match(&s.tk, i, sent.t1)
			if n > 0 && s.ownedGeneric(i, i+n) {
				n = 0 // "le G5 Sahel, dont la force conjointe": another's
			}
			if n == 0 {
				i++
				continue
			}
			s.ments = append(s.ments, mention{t0: i, t1: i + n, entity: e,
				kind: s.g.entities[e].Kind, para: sent.para, inParens: depth > 0})
			i += n
		}
		s.findUnknownOrgs(sent, first)
	}
}

// ownedGeneric reports whether the gazetteer's words at tokens [i, j)
// are a generic noun phrase in lower case ("force conjointe") that the
// organisation named just before owns, after "dont": "le G5 Sahel, dont
// la force conjointe a été lancée", not the entity whose alias the words
// happen to be.
func (s *scanner) ownedGeneric(i, j int) bool {
	for k := i; k < j; k++ {
		if s.toks[k].cap {
			return false
		}
	}
	k := i - 1
	if s.punct(k, "'") {
		k--
	}
	return s.word(k, cDeterminer) && s.tk.fold(k-1) == "dont"
}

// findUnknownOrgs adds the organisations of sent that the gazetteer does
// not know: a capitalised name holding an organisation noun ("Sahel
// Development Fund", "Force conjointe AES") other than a generic noun
// alone ("l'Union"), or an acronym ("MINUSMA"). A
// name that holds gazetteer mentions replaces them ("ECOWAS Commission");
// one the gazetteer names exactly stays the gazetteer's. gaz are the
// sentence's gazetteer mentions, from s.ments[first:].
func (s *scanner) findUnknownOrgs(sent sentence, first int) {
	s.gaz = append(s.gaz[:0], s.ments[first:]...)
	gaz := s.gaz
	s.ments = s.ments[:first]
	shouting := s.allCaps(sent)
	g := 0                  // next gazetteer mention
	depth, dk := 0, sent.t0 // parenthesis depth before token dk
	for i := s.datelineEnd(sent); i < sent.t1; {
		for g < len(gaz) && gaz[g].t1 <= i {
			s.ments = append(s.ments, gaz[g])
			g++
		}
		if g < len(gaz) && gaz[g].t0 < i {
			i = gaz[g].t1
			continue
		}
		if end := s.namedAs(i, sent.t1); end > i && (g >= len(gaz) || gaz[g].t0 >= end) {
			// "sous le nom d'Exposition internationale de l'automobile":
			// a name, though no word of it says an organisation.
			s.ments = append(s.ments, mention{t0: i, t1: end, entity: -1,
				kind: facts.OrganisationEntity, para: sent.para, inParens: depth > 0})
			i = end
			continue
		}
		if end := s.lowerOrgName(i, sent.t1, gaz[g:]); end > i {
			// "la communauté de communes du Pays de Murat"
			for g < len(gaz) && gaz[g].t1 <= end {
				g++
			}
			s.ments = append(s.ments, mention{t0: i, t1: end, entity: -1,
				kind: facts.OrganisationEntity, para: sent.para, inParens: depth > 0})
			i = end
			continue
		}
		if s.toks[i].caps && s.titleAt(i, i+1) {
			i++ // "Le PDG de TotalEnergies": a title in capitals, no name
			continue
		}
		end, head := s.orgName(i, sent.t1, gaz[g:])
		if end == i || head && s.leadIn(i, gaz[g:]) {
			i++
			continue
		}
		if head {
			end = s.toAcronym(i, end, sent.t1) // "Organisation internationale de la francophonie (OIF)"
			if s.punct(end, "(") && s.nameWord(end+1) && s.punct(end+2, ")") {
				s.addOrgWord(end + 1)
			}
		} else if s.officerBefore(i) || s.membersBefore(i) {
			head = true // "directeur général de Stellantis", "chief executive of Stellantis", "les pays membres de l'Otan"
			if end == i+1 {
				s.addOrgWord(i)
			}
		} else if e, ok := s.spelledName(i, end, sent.t1); ok {
			end, head = e, true // "Europe Écologie Les Verts (EELV)"
			s.addOrgWord(end + 1)
		} else {
			b, e := s.tokenSpan(i, end)
			// "his new party, the Generation for Modernity and Development,",
			// "World Rugby's council", "l'ASEC Mimosas"
			head = s.namedAfterNoun(i) || s.ownsOrgan(end) || s.describedAfter(i, end, sent.t1) || s.countryBody(i, end) ||
				s.kindAfter(i, end) && !(g < len(gaz) && gaz[g].t0 == i) ||
				end == i+2 && acronymLed(s.text[b:e]) && !shouting && !(g < len(gaz) && gaz[g].t0 == i) && !s.titleAt(i+1, end) && !s.inSet(shipPrefixes, i)
		}
		// An exact gazetteer match, or a name with no organisation noun
		// that is not an acronym, leaves the gazetteer mentions as they are.
		exact := g < len(gaz) && gaz[g].t0 == i && gaz[g].t1 == end
		// "the BRICS group", "the ECOWAS bloc": the gazetteer's
		// organisation and a noun of its kind.
		exact = exact || g < len(gaz) && gaz[g].t0 == i && gaz[g].t1 == end-1 && s.inSet(kindNouns, end-1) && !s.toks[end-1].cap
		acronym := end == i+1 && (s.toks[i].caps || s.partyAcronym(i) || s.numberedAcronym(i) || s.orgWords[s.tk.fold(i)]) && !shouting && !romanNumeral(s.tk.fold(i)) && !s.inSet(diseases, i)
		// A generic noun alone ("l'Union", "the Alliance") names nothing:
		// it stands for the topic (see describedSubject).
		generic := end == i+1 && s.word(i, cGenericOrg) && !s.toks[i].caps
		if exact || generic || !(head || acronym) {
			i = end
			continue
		}
		for ; dk < i; dk++ {
			if s.punct(dk, "(") {
				depth++
			} else if s.punct(dk, ")") && depth > 0 {
				depth--
			}
		}
		for g < len(gaz) && gaz[g].t1 <= end {
			g++
		}
		s.ments = append(s.ments, mention{t0: i, t1: end, entity: -1,
			kind: facts.OrganisationEntity, para: sent.para, inParens: depth > 0})
		i = end
	}
	s.ments = append(s.ments, gaz[g:]...)
	for k := first; k < len(s.ments); k++ {
		// "L'Organisation pour la mise en valeur du fleuve Sénégal (OMVS)":
		// an acronym in parentheses after a name the scanner does not take
		// for an organisation is the organisation's only name.
		m := &s.ments[k]
		if m.inParens && m.kind == facts.OrganisationEntity && s.punct(m.t0-1, "(") && s.punct(m.t1, ")") && s.orgEndingAt(m.t0-2, true) < 0 {
			m.inParens = false
		}
	}
}

// soCalled returns the end of a name in lower case that "so-called"
// introduces at token i: a generic organisation noun and its "of"
// complement, if any, of at most two words after its article ("the
// so-called coalition of the willing"), or i.
func (s *scanner) soCalled(i, end int) int {
	if !s.word(i, cGenericOrg) || s.toks[i].cap || !(s.tk.fold(i-1) == "so-called" || s.tk.fold(i-1) == "called" && s.punct(i-2, "-") && s.tk.fold(i-3) == "so") {
		return i
	}
	if !s.word(i+1, cOrgConnector) {
		return i + 1
	}
	e := s.skipDeterminer(s.skipPrep(i+1, end, cOrgConnector), end)
	for n := 0; e < end && n < 2 && s.toks[e].kind == tWord && !s.toks[e].cap && !s.is(e, cFunction); n++ {
		e++
	}
	return e
}

// stateAdjectives are the French adjectives, folded, that tell the state
// of an organisation after its name, and are not part of it: "le
// Commonwealth moderne", "l'Union actuelle".
var stateAdjectives = foldSet("moderne", "modernes", "actuel", "actuelle", "actuels", "actuelles", "élargi", "élargie", "entier", "entière", "tout", "toute")

// lowerNames are the folded words of the names, written in lower case,
// of groupings that countries join and leave: "la zone euro", "the euro
// area", "l'espace Schengen".
var lowerNames = [][]string{
	{"zone", "euro"}, {"euro", "zone"}, {"eurozone"}, {"euro", "area"}, {"espace", "schengen"}, {"schengen", "area"},
}

// adoptedEuro reports whether token i, after the determiner at token d,
// is the euro that a verb of adopting, before d and past a date, takes:
// "a adopté jeudi l'euro", "adopted the euro". Whoever adopts it joins
// the euro zone.
func (s *scanner) adoptedEuro(i, d int) bool {
	if s.tk.fold(i) != "euro" {
		return false
	}
	v := d - 1
	for v > 0 && s.inDate(v) {
		v--
	}
	return s.inSet(adoptions, v)
}

// adoptions are the forms, folded, of the verb "adopt".
var adoptions = foldSet("adopté+", "adopte", "adoptent", "adopter", "adoptera", "adoptant", "adopted", "adopt", "adopts", "adopting")

// diseases are the names, folded, of diseases and viruses written in
// capitals, which are no organisations' acronyms: "the COVID-19
// pandemic".
var diseases = foldSet("covid-19", "covid", "sars-cov-2", "sars", "mers", "hiv", "aids", "mpox", "h5n1")

// kindNouns are the nouns, folded, of the kind of an organisation that
// may follow its name without naming another one: "the BRICS group".
var kindNouns = foldSet("group", "grouping", "bloc", "alliance", "coalition", "organisation", "organization")

// kindAfter reports whether the English name at [i, end) follows "the"
// and comes before a noun of its kind, in lower case, that no name
// follows: "the Kenya Kwanza coalition", "the Wagner group"; not an
// adjective of place ("the West African bloc ECOWAS") nor names joined
// ("the European Conservatives and Reformists group", which the
// founding verbs read as an unknown organisation and its kind).
func (s *scanner) kindAfter(i, end int) bool {
	last := s.tk.fold(end - 1)
	return !s.lex.postAdjectives && s.tk.fold(i-1) == "the" && s.inSet(kindNouns, end) && !s.toks[end].cap && !s.nameWord(end+1) &&
		!strings.HasSuffix(last, "an") && !strings.HasSuffix(last, "ese") && !strings.HasSuffix(last, "ish") &&
		!s.anyIn(i, end, func(k int) bool { return s.word(k, cCoordinator) || placeAdjective(s.tk.fold(k)) })
}

// addOrgWord records the word at token i as an organisation's name (see
// scanner.orgWords).
func (s *scanner) addOrgWord(i int) {
	if s.orgWords == nil {
		s.orgWords = map[string]bool{}
	}
	s.orgWords[s.tk.fold(i)] = true
}

// officerBefore reports whether the name at token i follows a company
// officer or owner and "de" or "of": "directeur général de Stellantis",
// "PDG d'Orange", "chief executive of Nissan", "shareholders of Shell".
func (s *scanner) officerBefore(i int) bool {
	p := i - 1
	if s.punct(p, "'") {
		p--
	}
	if !s.inSet(officerPreps, p) {
		return false
	}
	if s.inSet(officers, p-1) {
		return true
	}
	if p < 2 {
		return false
	}
	_, ok := officerPairs[s.tk.fold(p-2)+" "+s.tk.fold(p-1)]
	return ok
}

// membersBefore reports whether the name at token i follows a noun of
// members and "de" or "of", with its article: "les 32 pays membres de
// l'Otan", "the members of the Union".
func (s *scanner) membersBefore(i int) bool {
	p := i - 1
	if s.punct(p, "'") {
		p--
	}
	if s.word(p, cDeterminer) && !s.inSet(officerPreps, p) {
		p--
	}
	return s.inSet(officerPreps, p) && s.inSet(memberNouns, p-1)
}

// officerPreps are the prepositions, folded, between a company's officer
// and its name.
var officerPreps = foldSet("de", "d", "of")

// officers are the nouns, folded, of a company's officers and owners
// that name the company after "de" or "of" (see officerBefore); their
// two-word forms are officerPairs.
var (
	officers     = foldSet("pdg", "patron", "patronne", "ceo", "actionnaires", "shareholders", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "founder", "cofounder", "co-founder")
	officerPairs = foldSet("directeur general", "directrice generale", "chief executive", "managing director")
)

// ownsOrgan reports whether the name that ends before token end is
// followed by "'s" and a noun only an organisation has: "World Rugby's
// council", "Nissan's chief executive".
func (s *scanner) ownsOrgan(end int) bool {
	return s.possessiveAt(end) && s.inSet(ownedOrgans, end+2)
}

// ownedOrgans are the nouns, folded, of an organisation's organs and
// officers (see ownsOrgan).
var ownedOrgans = foldSet("council", "board", "congress", "secretariat", "headquarters", "members", "chairman", "chairwoman", "ceo", "shareholders")

// purposeConnectors are the connectors, folded, before a lower-case noun
// that ends a French organisation's name: "sur la paix", "pour la
// démocratie".
var purposeConnectors = foldSet("sur", "pour")

// nameVerbs are French verbs, folded, that often follow an organisation's
// name and look like the adjectives that may end it: "le Parlement compte
// 115 sièges", not "Force conjointe".
var nameVerbs = foldSet("compte", "dispose", "regroupe", "rassemble", "reunit", "represente", "reste",
	"demeure", "vise", "prevoit", "annonce", "estime", "affirme", "devient", "entend", "souhaite", "appelle",
	"tient", "accueille", "ouvre", "celebre", "fete", "organise", "veille", "siege", "emploie", "gere", "controle",
	"examine", "detient", "assure", "supervise", "garantit",
	// and their plurals, after two organisations: "le FMI et la Banque
	// mondiale tiennent leurs assemblées"
	"comptent", "disposent", "regroupent", "rassemblent", "reunissent", "representent", "restent",
	"visent", "prevoient", "annoncent", "estiment", "affirment", "deviennent", "entendent", "souhaitent",
	"appellent", "tiennent", "accueillent", "ouvrent", "celebrent", "fetent", "organisent", "veillent", "siegent",
	"emploient", "gerent", "controlent", "examinent", "detiennent", "assurent", "supervisent", "garantissent")

// geoAdjectives are the French adjectives, folded, that follow a place
// inside a name: "Communauté économique des États de l'Afrique centrale".
var geoAdjectives = foldSet("centrale", "central", "occidentale", "occidental", "orientale", "oriental",
	"australe", "austral", "meridionale", "septentrionale", "equatoriale", "unies", "unis") // "(des) Nations unies"

// namedAfterNoun reports whether the capitalised name at token i, with
// its article, stands in apposition to a lower-case organisation noun:
// "Doumbouya's new party, the Generation for Modernity and Development".
func (s *scanner) namedAfterNoun(i int) bool {
	d := i - 1
	if s.punct(d, "'") {
		d--
	}
	if !s.word(d, cDeterminer) || !s.punct(d-1, ",") {
		return false
	}
	n := d - 2
	// Not a person named by a nationality: "Le secrétaire général de
	// l'organisation, le Tanzanien Salim Ahmed Salim".
	return s.is(n, cOrgHead) && s.toks[n].kind == tWord && !s.toks[n].cap && !s.demonymNoun(i)
}

// describedAfter reports whether the name that ends before token end is
// described, in apposition, as an organisation: "Anglo Teck, a
// copper-focused group", "Mistral AI, une start-up française"; not "Brett
// Robinson, the governing body's chairman", "Masayoshi Son, whose group
// owns Arm" nor the last names of a list.
func (s *scanner) describedAfter(i, end, stop int) bool {
	if !s.punct(end, ",") || !s.inSet(articles, end+1) || s.punct(i-1, ",") || s.anyIn(i, end, func(k int) bool { return s.word(k, cCoordinator) }) {
		return false // not a list's last names: "de Tito, Nasser, Nehru et Soekarno, le mouvement compte"
	}
	for q := end + 2; q < stop && q <= end+5; q++ {
		switch {
		case s.word(q, cGenericOrg) && !s.toks[q].cap:
			// The noun ends its phrase: not "Sean O'Brien, a union
			// leader", "Brett Robinson, the governing body's chairman".
			e := q + 1
			for s.lex.postAdjectives && e < stop && s.adjective(e) {
				e++ // "une start-up française"
			}
			return e >= stop || !s.punct(e, "'") && (s.toks[e].kind != tWord || s.is(e, cFunction) || s.inSet(orgComplements, e))
		case !s.adjective(q) && !s.demonymNoun(q):
			return false
		}
	}
	return false
}

// countryBody reports whether the name at [i, end) is a country's body
// named after its field: "Cricket South Africa", "Rugby Australia", "Air
// France".
func (s *scanner) countryBody(i, end int) bool {
	return s.inSet(countryFields, i) && s.countryAt(i+1) == end && end > i+1
}

// countryFields are the words, folded, that name a body after its field
// before a country's name (countryBody).
var countryFields = foldSet("cricket", "rugby", "football", "tennis", "athletics", "basketball", "hockey", "cycling", "netball",
	"swimming", "golf", "volleyball", "handball", "air", "radio")

// orgComplements are the words, folded, that may follow an organisation
// noun in a description: "a group worth $53 billion".
var orgComplements = foldSet("worth", "based", "valued", "headquartered", "basée", "basé")

// articles are the articles, folded, that open a description in
// apposition (describedAfter).
var articles = foldSet("a", "an", "the", "un", "une", "le", "la", "l", "les")

// partyAcronym reports whether token i is an acronym joined by a hyphen to
// a name, as African parties are named: "PNDS-Tarayya", "MNSD-Nassara".
func (s *scanner) partyAcronym(i int) bool {
	t := &s.toks[i]
	a, _, ok := strings.Cut(s.text[t.start:t.end], "-")
	return ok && len(a) >= 2 && strings.ToUpper(a) == a && strings.ToLower(a) != a
}

// numberedAcronym reports whether token i is capitals followed by a
// number, as groups of countries are named: "G20", "G7", "G5", "P5".
func (s *scanner) numberedAcronym(i int) bool {
	w := s.text[s.toks[i].start:s.toks[i].end]
	w = strings.TrimSuffix(w, "+")
	letters := 0
	for letters < len(w) && 'A' <= w[letters] && w[letters] <= 'Z' {
		letters++
	}
	digits := len(w) - letters
	if letters == 0 || letters > 3 || digits == 0 || digits > 3 {
		return false
	}
	for _, c := range []byte(w[letters:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// toAcronym returns the "(" of an acronym in parentheses that follows the
// name [i, end) after a lower-case complement: one that a connector opens
// ("de la francophonie", "pour la mise en valeur du fleuve Sénégal"), or
// adjectives and nouns whose initials the acronym spells with the name's
// ("Association des constructeurs européens d'automobiles (ACEA)"). The
// name then runs to it. Otherwise it returns end.
func (s *scanner) toAcronym(i, end, limit int) int {
	connector := s.word(end, cOrgConnector)
	for p := end; p < limit && p < end+10; p++ {
		if s.punct(p, "(") {
			if p > end && p+1 < limit && s.toks[p+1].caps && s.punct(p+2, ")") &&
				(connector || s.spellsInitials(s.tk.fold(p+1), i, p)) {
				return p
			}
			return end
		}
		if s.toks[p].kind != tWord && !s.punct(p, "'") {
			return end
		}
	}
	return end
}

// spellsInitials reports whether acronym, folded, is spelled in order by
// initials of the words in [i, j), from the first word's.
func (s *scanner) spellsInitials(acronym string, i, j int) bool {
	a := 0
	for k := i; k < j && a < len(acronym); k++ {
		if s.toks[k].kind != tWord {
			continue
		}
		if w := s.tk.fold(k); w != "" && w[0] == acronym[a] {
			a++
		} else if k == i {
			return false
		}
	}
	return a == len(acronym) && len(acronym) > 1
}

// spelledName returns the "(" after the capitalised name that starts at
// token i and runs past end over capitalised words, when the acronym in
// brackets after it spells its initials: "Europe Écologie Les Verts
// (EELV)".
func (s *scanner) spelledName(i, end, limit int) (int, bool) {
	p := end
	for p < limit && p < end+4 && s.toks[p].kind == tWord && s.toks[p].cap {
		p++
	}
	if p > i+1 && s.punct(p, "(") && s.punct(p+2, ")") && s.toks[p+1].caps && s.spellsInitials(s.tk.fold(p+1), i, p) {
		return p, true
	}
	return end, false
}

// leadIn reports whether the capitalised word at token i, with no
// organisation noun and no gazetteer mention, only leads in to the name of
// an organisation after a connector: "Leaders of the Pacific Islands
// Forum", "(chefs d')État de la Communauté économique …".
func (s *scanner) leadIn(i int, gaz []mention) bool {
	return !s.is(i, cOrgHead) && s.word(i+1, cOrgConnector) && (len(gaz) == 0 || gaz[0].t0 > i)
}

// courtKinds are the words, folded, after "cour" in lower case that make
// it a court of law: "la cour d'appel de Paris", "la cour criminelle".
var courtKinds = foldSet("appel", "assises", "cassation", "comptes", "justice", "criminelle", "administrative", "suprême", "constitutionnelle", "martiale", "pénale", "militaire", "spéciale")

// streetNouns are the French nouns, folded, of a street or a place that
// a capitalised name follows, written in lower case inside an
// organisation's name: "le musée du quai Branly".
var streetNouns = foldSet("quai", "rue", "boulevard", "avenue", "place", "parc", "pont", "square", "mont", "lac", "île", "plateau")

// borders, after one of withouts, end the names of the groups that work
// "without borders": "Médecins sans frontières".
var borders = foldSet("frontières", "borders")

// lowerOrgName reads, at token i, the name of an organisation that opens
// with a lower-case organisation noun after a determiner and ends with a
// capitalised complement or a letter: "la communauté de communes du Pays
// de Murat", "la zone B",
// "le syndicat mixte du parc naturel régional des Volcans d'Auvergne",
// not "la communauté internationale". It returns the token after the
// name, or i.
func (s *scanner) lowerOrgName(i, end int, gaz []mention) int {
	d := i - 1
	if s.punct(d, "'") {
		d-- // "l'université Paris-Saclay"
	}
	if e := s.soCalled(i, end); e > i {
		return e // "the so-called coalition of the willing"
	}
	if i < end && s.word(d, cDeterminer) {
		for _, name := range lowerNames {
			if e := i + len(name); e <= end && matchWords(&s.tk, i, e, name) {
				return e // "la zone euro", "the euro area"
			}
		}
		if s.adoptedEuro(i, d) {
			return i + 1 // "a adopté jeudi l'euro": the euro zone joined
		}
	}
	if i >= end || s.toks[i].cap || !s.is(i, cOrgHead) || !s.word(d, cDeterminer) || s.word(d, cPossessive) {
		return i
	}
	if s.tk.fold(i) == "cour" && !s.inSet(courtKinds, s.skipPrep(i+1, end, cOrgConnector)) {
		return i // "la cour de l'hôtel de Matignon", a courtyard; not "la cour d'appel de Paris"
	}
	if i+1 < end {
		if t := &s.toks[i+1]; t.kind == tWord && t.cap && t.end-t.start <= 2 && !s.nameWord(i+2) {
			return i + 2 // "la zone B", "le groupe A": a letter names it
		}
		n := i + 1
		for n < end && n < i+3 && s.inSet(ownNounOnly, i) && s.adjective(n) && !s.word(n, cPrep|cPlacePrep) && !s.inSet(s.lex.agents, n) && s.nameWord(n+1) {
			n++ // a building's adjective: "l'aéroport international Blaise-Diagne"
		}
		e := n
		for e < end && e < n+4 && s.toks[e].kind == tWord && s.toks[e].cap {
			e++ // capitalised words, a verb's form too: "Grand Est"
		}
		if e > n && s.nameWord(n) && s.mentionAt(n) < 0 && s.countryEndingAt(n, e-1) < 0 && !s.titleAt(n, e) {
			return e // "la région Grand Est", "le groupe Wagner": its name
		}
	}
	for j, n := i+1, 0; j < end && n < 8; n++ {
		switch {
		case s.word(j, cOrgConnector):
			k := s.skipDeterminer(s.skipPrep(j, end, cOrgConnector), end)
			if len(gaz) > 0 && gaz[0].t0 == k {
				return i // "l'armée du Mali": the gazetteer's entity stays
			}
			if e, _ := s.orgName(k, end, gaz); e > k {
				return e
			}
			if s.inSet(streetNouns, k) && s.nameWord(k+1) {
				e := k + 1
				for e < end && s.nameWord(e) {
					e++
				}
				return e // "le musée du quai Branly": a street's name
			}
			if k == j || k >= end || s.toks[k].cap {
				return i
			}
			j = k
		case s.adjective(j):
			j++
		default:
			return i
		}
	}
	return i
}

// datelineEnd returns the first token of sent after its dateline, the
// place in capitals, date and agency that open a wire story ("NAIROBI,
// Sept 9 (Reuters) -", "LOMÉ, 3 avril (AFP) -"), or sent.t0 when it has
// none: the place is not an acronym, nor the sentence's subject. A
// dateline opens a line: place words in capitals, a comma, and the agency
// in parentheses within the next few tokens, with the dash after it, or a
// date and the dash; or the place, the agency and the dash.
func (s *scanner) datelineEnd(sent sentence) int {
	i := sent.t0
	if !s.lineStart(i) {
		return sent.t0
	}
	for i < sent.t1 && s.toks[i].kind == tWord && s.toks[i].caps {
		i++
	}
	if i == sent.t0 {
		return sent.t0
	}
	if s.punct(i, "(") && s.nameWord(i+1) && s.punct(i+2, ")") && s.dash(i+3) {
		return i + 4 // "NAIROBI (AFP) -": no date, the dash is needed
	}
	if !s.punct(i, ",") {
		return sent.t0
	}
	for j := i + 1; j < sent.t1 && j < i+8; j++ {
		if s.punct(j, "(") && s.nameWord(j+1) && s.punct(j+2, ")") {
			if s.dash(j + 3) {
				return j + 4
			}
			return j + 3
		}
		if s.dash(j) && j > i+1 && s.inDate(j-1) {
			return j + 1 // "SAINT-PÉTERSBOURG, 28 juillet - …": no agency
		}
	}
	return sent.t0
}

// lineStart reports whether token i opens a line.
func (s *scanner) lineStart(i int) bool {
	return i == 0 || s.toks[i-1].kind == tBreak || strings.Contains(s.text[s.toks[i-1].end:s.toks[i].start], "\n")
}

// entryDate returns the value of the date that opens the line of sent
// before a dash, as a timeline's entries open ("Dec. 8, 1991 - Leaders of
// Russia, Ukraine and Belarus sign …"), or "".
func (s *scanner) entryDate(sent sentence) string {
	if d, ok := s.dateAt(sent.t0); ok && d.Type == timex.Date && s.dash(d.t1) && s.lineStart(sent.t0) {
		return d.Value
	}
	return ""
}

// dash reports whether token i is a hyphen or a dash.
func (s *scanner) dash(i int) bool {
	return s.punct(i, "-") || s.punct(i, "–") || s.punct(i, "—")
}

// timePreps are the prepositions of time, folded, that no organisation's
// name holds.
var timePreps = foldSet("depuis", "après", "pendant", "avant", "lors", "dès", "durant", "since", "after", "during", "before")

// orgName returns the end of the capitalised name at i and whether it
// holds an organisation noun. A name is capitalised words (gazetteer
// mentions taken whole) joined by "de", "des", "du", "d'", "of", "for",
// "the" after "of", or by "and" before the organisation noun ("Peace and
// Security Council"); in French it may hold up to two adjectives after an
// organisation noun ("Force conjointe", "Fonds monétaire international")
// or after its connector ("Conseil de sécurité"). It returns i when there
// is no name at i.
func (s *scanner) orgName(i, end int, gaz []mention) (int, bool) {
	if !s.nameWord(i) || placeAdjective(s.tk.fold(i)) {
		return i, false
	}
	gaz0 := gaz
	last, head := i, false // last: end of the name so far
	of := false            // an "of" has joined two parts of the name
	for j := i; j < end; {
		if len(gaz) > 0 && gaz[0].t0 < j && j < gaz[0].t1 {
			j = gaz[0].t1
			continue
		}
		if len(gaz) > 0 && gaz[0].t0 == j {
			j = gaz[0].t1
			last = j
			gaz = gaz[1:]
			continue
		}
		switch {
		case j == last && j > i && s.inSet(withouts, j) && s.inSet(borders, j+1):
			j += 2 // "Médecins sans frontières", "Reporters Without Borders": an organisation's name
			last, head = j, true
		case s.nameWord(j) && head && s.titleBeforeName(j, end):
			return last, head // "European Council President Antonio Costa", not "Council of Ministers"
		case s.nameWord(j) && j == i+1 && s.is(i, cOrgHead) && s.lex.postAdjectives && !adjectiveForm(s.tk.fold(j)) && s.officeBefore(i):
			return last, head // "le président du Conseil Faure Gnassingbé"
		case s.nameWord(j) && j > i+1 && s.is(i, cOrgHead) && s.lex.postAdjectives && !s.toks[j-1].cap && s.adjective(j-1) && s.officeBefore(i):
			return last, head // "la présidente du Conseil italien Giorgia Meloni"
		case s.nameWord(j):
			head = head || s.is(j, cOrgHead)
			j++
			last = j
			if s.lex.postAdjectives && head && of {
				if e := s.adjectivesToComma(j, end); e > j {
					j, last = e, e // "Fondation de la France libre,"
					continue
				}
			}
			if s.lex.postAdjectives && j < end && s.inSet(geoAdjectives, j) && !s.toks[j].cap && !s.is(j-1, cOrgHead) {
				j++ // "(de l')Afrique centrale", but "Banque centrale européenne": the organisation's adjectives
				last = j
				continue
			}
			if s.lex.postAdjectives && s.is(j-1, cOrgHead) {
				// Not a preposition of time: "la Ligue arabe depuis dix
				// ans".
				adj0 := j
				for n := 0; n < 2 && j < end && s.adjective(j) && !s.inSet(nameVerbs, j) && !s.inSet(timePreps, j) && !s.inSet(stateAdjectives, j); n++ {
					j++
					last = j
				}
				if j > adj0 && j+1 < end && s.word(j, cCoordinator) && s.adjective(j+1) && adjectiveForm(s.tk.fold(j+1)) {
					j += 2 // "Nouvelle Union populaire écologique et sociale"
					last = j
				}
			}
		case j == last && j > i && (s.tk.fold(j-1) == "people" || j == i+1 && s.countryEndingAt(i, i) < 0 && !s.namedPerson(i)) && s.punct(j, "'") && s.word(j+1, cClitic) && s.nameWord(j+2) &&
			s.anyIn(j+2, min(j+5, end), func(k int) bool { return s.nameWord(k) && s.is(k, cOrgHead) }):
			j += 2 // "People's Action Party", "People's Bank of China", "Hudson's Bay Company", not "Biden's Democratic Party"
		case j == last && j > i && s.punct(j, "'") && strings.HasSuffix(s.tk.fold(j-1), "s") && s.toks[j-1].end == s.toks[j].start &&
			s.nameWord(j+1) && !s.word(j+1, cClitic) && s.anyIn(j+1, min(j+4, end), func(k int) bool { return s.nameWord(k) && s.is(k, cOrgHead) }):
			j++ // "World Farmers' Organisation": a plural possessive inside the name, not "United Airlines' Scott Kirby"
		case j == last && j > i && s.toks[j].digit && s.toks[j].end-s.toks[j].start == 1 && s.is(j-1, cOrgHead) && !s.inDate(j):
			j++ // "Ligue 1", "Ligue 2"
			last = j
		case j == last && j > i && s.toks[j].digit && s.toks[j].end-s.toks[j].start == 4 && s.nameWord(j+1) &&
			s.anyIn(j+1, min(j+4, end), func(k int) bool { return s.nameWord(k) && s.is(k, cOrgHead) }):
			j++ // "Milano Cortina 2026 Foundation", "Paris 2024 Organising Committee": the Games' year in the name
		case s.lex.postAdjectives && head && of && j == last && s.word(j, cCoordinator) && s.word(j+1, cOrgConnector) &&
			!s.toks[min(s.skipDeterminer(s.skipPrep(j+1, end, cOrgConnector), end), end-1)].cap:
			// "Société de recherche et d'exploitation des ressources
			// minérales du Mali": complements joined inside the name.
			j++
		case s.lex.postAdjectives && head && of && j == last && s.word(j, cCoordinator) && j+2 < end && s.toks[j+1].kind == tWord &&
			!s.toks[j+1].cap && !s.is(j+1, cFunction) && s.word(j+2, cOrgConnector):
			// "Académie des arts et techniques du cinéma": two nouns of
			// one complement.
			j += 2
		case s.word(j, cCoordinator) && j > i && head && of && s.inSet(compassWords, j-1) && s.inSet(compassWords, j+1) && s.nameWord(j+1):
			// "Common Market for Eastern and Southern Africa": two
			// regions of one name.
			j++
		case s.word(j, cCoordinator) && j > i && head && of && s.pluralTail(j+1, end):
			// "Community of Latin American and Caribbean States", not
			// "the Economic Community of West African States and Morocco".
			j++
		case s.word(j, cCoordinator) && j > i && !head && !s.gazetteerOnly(i, j, gaz0) && s.nameWord(j+1) && !s.titleEndsAt(i) && !(i >= 2 && s.initial(i-2) && s.titleEndsAt(i-2)) && !s.is(i-1, cParticle) &&
			!s.anyIn(i, j, func(k int) bool { return s.titleAt(k, j) }):
			// "Peace and Security Council", not a person's name after
			// a title (and an initial: "Chairman N. Chandrasekaran and
			// Singapore Airlines …") or a particle: "President Ursula von der Leyen and
			// European Council President Antonio Costa", "French President
			// Emmanuel Macron and European Commission President B"
			j++
		case s.word(j, cOrgConnector) && j > i && s.inSet(organs, j-1) && s.nameWord(s.skipDeterminer(s.skipPrep(j, end, cOrgConnector), end)):
			// "the General Assembly of the Organization of American
			// States": an organ, then its organisation.
			return last, head
		case s.word(j, cOrgConnector) && j > i:
			of = true
			k := s.skipPrep(j, end, cOrgConnector)
			if head && s.lex.postAdjectives && k < end && s.adjective(k) && !s.toks[k].cap {
				// "Conseil de sécurité", "Banque confédérale d'investissement"
				j, last = k+1, k+1
				if s.inSet(preAdjectives, k) && s.adjective(k+1) {
					j, last = k+2, k+2 // "Société des grands projets"
				}
				for n := 0; n < 2 && j < end && s.adjective(j) && adjectiveForm(s.tk.fold(j)); n++ {
					j, last = j+1, j+1 // "Association du transport aérien international"
				}
				if e := s.adjectivesToComma(j, end); e > j {
					j, last = e, e // "Front de libération nationale kanak et socialiste,"
				}
				continue
			}
			if d := s.skipDeterminer(k, end); head && s.lex.postAdjectives && last == j && !s.inSet(purposeConnectors, j) && d > k && d < end && s.adjective(d) && !s.toks[d].cap {
				e := d + 1
				if e < end && s.adjective(e) && adjectiveForm(s.tk.fold(e)) {
					e++ // "Organisation de l'unité africaine"
				}
				if e >= end || s.toks[e].kind != tWord || s.inDate(e) || s.inSet(datePreps, e) && s.inDate(e+1) || s.word(e, cChain) {
					return e, head // "Organisation mondiale de la santé", "… de l'unité africaine en 1984", "… a été dissoute"
				}
			}
			if d := s.skipDeterminer(k, end); head && s.lex.postAdjectives && d > k && d+1 < end && s.adjective(d) && !s.toks[d].cap &&
				(s.word(d+1, cCoordinator) && s.word(d+2, cOrgConnector) || s.word(d+1, cOrgConnector) && s.nameWord(s.skipDeterminer(s.skipPrep(d+1, end, cOrgConnector), end)) ||
					s.word(j-1, cCoordinator) && (s.toks[d+1].kind != tWord || s.word(d+1, cChain))) {
				// "Salon international de l'aéronautique et de l'espace",
				// "… du cinéma et de la télévision de Ouagadougou": a
				// complement with its article, then another, or the last
				// of two.
				j, last = d+1, d+1
				continue
			}
			k = s.skipDeterminer(k, end)
			if k < end && head && k == j+1 && s.toks[k].digit && s.toks[k].end-s.toks[k].start <= 3 && !s.inDate(k) {
				return k + 1, head // "the Group of 20", "le Groupe des 77"
			}
			if k < end && head && s.lex.postAdjectives && s.inSet(purposeConnectors, j) && s.adjective(k) && k > j+1 &&
				(k+1 >= end || s.toks[k+1].kind != tWord || s.is(k+1, cChain)) {
				return k + 1, head // "Forum de Paris sur la paix", "Fondation pour la démocratie"
			}
			if k >= end || !s.nameWord(k) {
				return last, head
			}
			j = k
		default:
			return last, head
		}
	}
	return last, head
}

// adjectivesToComma returns the token after lower-case words at token j,
// up to two and an "et" before a last adjective, that end at a punctuation
// mark: the rest of a name's adjectives ("kanak et socialiste,"); or j.
func (s *scanner) adjectivesToComma(j, end int) int {
	e := j
	for n := 0; n < 2 && e < end && s.adjective(e) && !s.inSet(nameVerbs, e); n++ {
		e++
	}
	if e > j && e+1 < end && s.word(e, cCoordinator) && s.adjective(e+1) {
		e += 2
	}
	if e == j || e < end && s.toks[e].kind == tWord {
		return j
	}
	return e
}

// pluralTail reports whether the capitalised words at i, up to three,
// end with a plural noun of peoples or countries ("Caribbean States"),
// which a name's "and" may join to the words before it.
func (s *scanner) pluralTail(i, end int) bool {
	for k := i; k < end && k < i+3 && s.nameWord(k); k++ {
		if s.inSet(pluralTails, k) {
			return true
		}
	}
	return false
}

// compassWords are the words, folded, of the regions that an "and" joins
// inside a name: "Eastern and Southern Africa", "Central and Eastern
// Europe".
var compassWords = foldSet("east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
	"southeast", "southwest", "northeast", "northwest", "southeastern", "southwestern", "northeastern", "northwestern")

// pluralTails are the plural nouns, folded, that end such a name.
var pluralTails = foldSet("states", "countries", "nations", "peoples", "islands", "territories", "états", "pays", "peuples")

// organs are the last words, folded, of the name of an organisation's
// organ or meeting, which "of" then joins to the organisation's name.
var organs = foldSet("assembly", "summit", "secretariat")

// titleEndsAt reports whether a title ends just before token i: the name
// at i is then a person's.
func (s *scanner) titleEndsAt(i int) bool {
	for q := max(0, i-3); q < i; q++ {
		if _, next, ok := lookup(s, s.lex.titles, cTitleStart, q, i); ok && next == i {
			return true
		}
	}
	return false
}

// officeBefore reports whether a title and a preposition come before
// token i, making the name at i part of an office: "président du
// Conseil", "chef de l'Etat".
func (s *scanner) officeBefore(i int) bool {
	p := i - 1
	if s.punct(p, "'") {
		p--
	}
	if s.word(p, cDeterminer) && !s.word(p, cPrep) {
		p--
	}
	if !s.word(p, cPrep) {
		return false
	}
	_, _, ok := lookup(s, s.lex.titles, cTitleStart, p-1, p)
	return ok
}

// adjectiveForm reports whether the folded French word w has the ending
// of an adjective ("nationale", "agricoles", "européen", "unifiée"), which
// a verb in the present tense ("dispose", "reste") has not: it tells the
// adjective of a name's complement ("Conseil de sécurité nationale") from
// the verb that follows the name.
func adjectiveForm(w string) bool {
	for _, suffix := range []string{"al", "ale", "ales", "aux", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
		"ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "ee", "ees", "ais", "aise", "ois", "oise", "ain", "aine"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// titleAt reports whether a title starts at token i.
func (s *scanner) titleAt(i, end int) bool {
	_, _, ok := lookup(s, s.lex.titles, cTitleStart, i, end)
	return ok
}

// titleBeforeName reports whether a title at token i is followed by a
// capitalised name, a person's.
func (s *scanner) titleBeforeName(i, end int) bool {
	_, after, ok := lookup(s, s.lex.titles, cTitleStart, i, end)
	return ok && s.nameWord(after)
}

// placeAdjective reports whether the folded word w is a compound
// adjective that may precede a name without belonging to it
// ("Nairobi-based", "Paris-headquartered", "state-owned").
func placeAdjective(w string) bool {
	for _, suffix := range []string{"-based", "-headquartered", "-owned", "-backed", "-listed", "-led", "-run", "-funded", "-controlled", "-dominated"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// gazetteerOnly reports whether tokens [i, j) are exactly one of the
// gazetteer mentions gaz: a known organisation that an "and" ends
// ("ECOWAS and African Union" are two).
func (s *scanner) gazetteerOnly(i, j int, gaz []mention) bool {
	return len(gaz) > 0 && gaz[0].t0 == i && gaz[0].t1 == j
}

// elidedName reports whether the capitalised token i, which folds as a
// function word does, follows an elided article: the "Est" of
// "Communauté d'Afrique de l'Est", not the verb "est".
func (s *scanner) elidedName(i int) bool {
	return s.lang == "fr" && i >= 2 && s.punct(i-1, "'") && s.tk.fold(i-2) == "l" && s.toks[i].end-s.toks[i].start > 1
}

// preAdjectives are the French adjectives, folded, written before their
// noun: "des grands projets".
var preAdjectives = foldSet("grand", "grands", "grande", "grandes", "petit", "petits", "petite", "petites", "haut", "hauts", "haute", "hautes",
	"nouveau", "nouveaux", "nouvelle", "nouvelles")

// nameWord reports whether token i is a capitalised word that can belong
// to a name: not a capitalised function word ("Le", "The") nor a date,
// nor the noun of an event ("Summit"), unless it ends the name of an
// organisation ("Pacific Islands Forum", "African National Congress").
func (s *scanner) nameWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tWord || !t.cap || s.is(i, cFunction) && !s.elidedName(i) && !s.allName(i) || s.inDate(i) {
		return false
	}
	if placeAdjective(s.tk.fold(i)) {
		return false // "The Iten-based Kenya Athletics Academy": an adjective
	}
	if s.is(i, cEventHead) {
		// An organisation's name ends with it ("World Economic Forum") or
		// starts with it before its complement ("Forum de Paris sur la
		// paix").
		_, named := orgEventHeads[s.tk.fold(i)]
		return named && (s.nameWord(i-1) || s.word(i+1, cOrgConnector) && i+2 < len(s.toks) && s.toks[i+2].cap && !s.is(i+2, cEventHead) ||
			s.lang == "fr" && i > 0 && s.toks[i-1].kind == tWord && (s.word(i-1, cDeterminer) || !s.toks[i-1].cap) && s.word(i+1, cOrgConnector) && s.commonNounAt(i+2))
	}
	return true
}

// allName reports whether token i is a capitalised "All" that opens a
// name after "the": "the All England Club", "the All Progressives
// Congress".
func (s *scanner) allName(i int) bool {
	return s.tk.fold(i) == "all" && s.toks[i].cap && s.tk.fold(i-1) == "the" && i+1 < len(s.toks) && s.toks[i+1].cap
}

// commonNounAt reports whether token q is a word in lower case that no
// class of the lexicon holds: the complement of a French organisation's
// name ("Forum de stabilité financière"), not of an event ("Forum de
// Paris").
func (s *scanner) commonNounAt(q int) bool {
	return q < len(s.toks) && s.toks[q].kind == tWord && !s.toks[q].cap && !s.toks[q].digit && !s.is(q, cFunction) && !s.inDate(q)
}

// orgEventHeads are the nouns of events, folded, that also end the names
// of organisations.
var orgEventHeads = foldSet("forum", "congress", "congrès", "conference", "conférence", "convention")

// adjective reports whether token i is a lower-case word that may follow
// a noun as an adjective ("conjointe", "mondiale").
func (s *scanner) adjective(i int) bool {
	return s.content(i) && !s.toks[i].cap && !s.toks[i].digit && !s.inDate(i)
}

// allCaps reports whether sent is written in capitals, as a headline can
// be: its capitalised words are then not acronyms.
func (s *scanner) allCaps(sent sentence) bool {
	words, _, caps := s.letterCase(sent)
	return caps >= 3 && caps*5 > words*3
}

// titleCase reports whether sent is a headline in title case, most of its
// words capitalised ("Audi Unveils Its Formula One Team").
func (s *scanner) titleCase(sent sentence) bool {
	words, capitalised, _ := s.letterCase(sent)
	return words >= 4 && capitalised*3 > words*2
}

// letterCase counts the words of sent that are not numbers, those of them
// that start with a capital and those in capitals.
func (s *scanner) letterCase(sent sentence) (words, capitalised, caps int) {
	for i := sent.t0; i < sent.t1; i++ {
		if t := &s.toks[i]; t.kind == tWord && !t.digit {
			words++
			if t.cap {
				capitalised++
			}
			if t.caps {
				caps++
			}
		}
	}
	return words, capitalised, caps
}

// romanNumeral reports whether w, folded, is a Roman numeral ("ii", "xv",
// "mmxxv"), written by the rules: "icc" and "ccdd" are acronyms.
func romanNumeral(w string) bool {
	rest := w
	for _, digits := range romanDigits {
		for _, d := range digits {
			if strings.HasPrefix(rest, d) {
				rest = rest[len(d):]
				break
			}
		}
	}
	return w != "" && rest == ""
}

// romanDigits are the Roman digits of thousands, hundreds, tens and units,
// the longest first.
var romanDigits = [][]string{
	{"mmm", "mm", "m"},
	{"cm", "cd", "dccc", "dcc", "dc", "d", "ccc", "cc", "c"},
	{"xc", "xl", "lxxx", "lxx", "lx", "l", "xxx", "xx", "x"},
	{"ix", "iv", "viii", "vii", "vi", "v", "iii", "ii", "i"},
}

// lookBack bounds the search for a paragraph's topic or event, so that a
// paragraph without one costs linear time.
const lookBack = 64

// mentionAt returns the index of the mention holding token i, or -1.
func (s *scanner) mentionAt(i int) int {
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t1 > i })
	if k < len(s.ments) && s.ments[k].t0 <= i {
		return k
	}
	return -1
}

// orgAt returns the organisation mention that starts at token i, or -1.
// With states set, a place counts as an organisation: a country that
// joins or leaves an alliance may be a place in the gazetteer.
func (s *scanner) orgAt(i int, states bool) int {
	if m := s.mentionAt(i); m >= 0 && s.ments[m].t0 == i && s.member(m, states) {
		return m
	}
	return -1
}

// orgEndingAt returns the organisation mention whose last token is i, or
// -1; states is as for orgAt.
func (s *scanner) orgEndingAt(i int, states bool) int {
	if m := s.mentionAt(i); m >= 0 && s.ments[m].t1 == i+1 && s.member(m, states) {
		return m
	}
	return -1
}

// member reports whether mention m names an organisation or, with states
// set, a place.
func (s *scanner) member(m int, states bool) bool {
	k := s.ments[m].kind
	return k == facts.OrganisationEntity || states && k == facts.PlaceEntity
}

// party returns the subject or object named by mention m: the gazetteer's
// name in the article's language, or the text's.
func (s *scanner) party(m int) party {
	mt := &s.ments[m]
	if mt.entity >= 0 {
		e := &s.g.entities[mt.entity]
		return party{name: e.Name(s.lang), id: e.ID}
	}
	if mt.t1 == mt.t0+1 && s.tk.fold(mt.t0) == "euro" {
		return party{name: s.lex.euroZone} // "a adopté l'euro" (adoptedEuro)
	}
	start, end := s.tokenSpan(mt.t0, mt.t1)
	name := s.text[start:end]
	for k := m - 1; k >= 0 && k >= m-lookBack && mt.t1 == mt.t0+1; k-- {
		// "le Conseil" after "le Conseil de l'Europe": the name in full,
		// when a preposition follows the word ("African Union" is not
		// "African Union Commission").
		if o := &s.ments[k]; o.entity < 0 && o.kind == mt.kind && o.t1 > o.t0+2 && s.word(o.t0+1, cPrep) && s.tk.fold(o.t0) == s.tk.fold(mt.t0) {
			b, e := s.tokenSpan(o.t0, o.t1)
			return party{name: s.text[b:e]}
		}
	}
	return party{name: name}
}

// topic returns the organisation the paragraph of token i is about before
// i: the last organisation named in the paragraph (among the last lookBack
// mentions) that is not in parentheses, nor the object of a founding
// claim, nor one of except; else the subject of the last founding claim
// if it is not one of except; else the organisation the article is about
// so far (see articleTopic).
func (s *scanner) topic(i, para int, except ...party) *party {
	return s.topicWhere(i, para, func(p party) bool { return !slices.Contains(except, p) })
}

// topicWhere is [scanner.topic] among the organisations for which ok
// holds.
func (s *scanner) topicWhere(i, para int, ok func(party) bool) *party {
	if p := s.lastOrgWhere(i, para, false, ok); p != nil {
		return p
	}
	if t := s.lastSubject(); t != nil && ok(t.party) {
		return &t.party
	}
	return s.articleTopic(i, false, ok)
}

// lastOrgWhere returns the last organisation named before token i in
// paragraph para (among the last lookBack mentions, outside parentheses)
// for which ok holds; the objects of claims count when objects is set.
func (s *scanner) lastOrgWhere(i, para int, objects bool, ok func(party) bool) *party {
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i })
	for j := k - 1; j >= 0 && j >= k-lookBack && s.ments[j].para == para; j-- {
		m := &s.ments[j]
		// An organ after a possessive ("le président de sa Commission")
		// belongs to another organisation: it is no topic.
		if m.kind == facts.OrganisationEntity && !m.inParens && (objects || !m.object) && !s.formerName(m.t0) && !s.word(m.t0-1, cPossessive) && !s.inRelativeAside(m.t0, i) {
			if p := s.party(j); ok(p) {
				return &p
			}
		}
	}
	return nil
}

// shipPrefixes are the prefixes, folded, of ships' names, which name no
// organisations: "the USS Missouri, a Virginia-class submarine".
var shipPrefixes = foldSet("uss", "hms", "hmas", "hmcs")

// inRelativeAside reports whether token p lies in a relative clause
// between commas that closes before token i: the organisation it names
// is not what the text goes on about ("SICA was established by the
// Tegucigalpa Protocol, which revived the ODECA, … Belize joined in
// 2000").
func (s *scanner) inRelativeAside(p, i int) bool {
	t0 := s.sents[s.sentenceOf(p)].t0
	for q := p - 1; q >= t0 && q > p-15; q-- {
		if s.punct(q, ",") {
			e := s.relativeAsideEnd(q, min(i, s.sents[s.sentenceOf(p)].t1))
			return e > p
		}
	}
	return false
}

// formerName reports whether the name at token i is one an organisation
// had, which stands for no other: "créée sous le nom d'Agence de
// coopération culturelle", "formerly the Organisation of African Unity",
// "formed in 1975 as the G6"; or that of an organisation it replaced
// (predecessor).
func (s *scanner) formerName(i int) bool {
	p := s.nameLead(i)
	if p >= 0 && s.tk.fold(p) == "as" && !s.toks[p].cap {
		// "formed in 1975 as the G6"
		for q := p - 1; q >= 0 && q >= p-6; q-- {
			if s.is(q, cFoundingStart) {
				return true
			}
		}
	}
	return s.inSet(formerNameLeads, p) && !s.toks[p].cap || s.predecessor(p)
}

// namedPerson reports whether the word at token i ends, somewhere in the
// text, a capitalised pair of words that may be a person's name ("Joe
// Biden"), so that "Biden's Democratic Party" is a possessive, while
// "Hudson's Bay Company" is a name.
func (s *scanner) namedPerson(i int) bool {
	if s.pairedWords == nil {
		s.pairedWords = map[string]bool{}
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].kind == tWord && s.toks[k-1].kind == tWord && s.toks[k-1].cap && !s.is(k-1, cFunction) && !s.punct(k+1, "'") {
				s.pairedWords[s.tk.fold(k)] = true
			}
		}
	}
	return s.pairedWords[s.tk.fold(i)]
}

// nameLead returns the last token of the words that lead to the name at
// token i, past "d'", "the" and "a": "nom" in "sous le nom d'X", "as" in
// "as the G6".
func (s *scanner) nameLead(i int) int {
	p := i - 1
	for n := 0; n < 3 && (s.punct(p, "'") || s.inSet(nameLinks, p) || s.inSet(indefinites, p)); n++ {
		p-- // "sous le nom d'", "sous la forme d'un", "as the"
	}
	return p
}

// namedAs returns the token after the name that starts, capitalised, at
// token i after "sous le nom de" or "under the name": words and
// connectors up to a punctuation mark, a date or another function word,
// eight words at most; or i.
func (s *scanner) namedAs(i, end int) int {
	p := i - 1
	if s.punct(p, "'") {
		p--
	}
	if i >= end || !s.toks[i].cap || !s.inSet(nameLinks, p) && s.tk.fold(p) != "name" {
		return i
	}
	if s.tk.fold(p) != "name" {
		p-- // "nom de"
	}
	if !s.inSet(formerNameLeads, p) || s.tk.fold(p) == "forme" || !s.anyIn(max(0, p-8), p, func(q int) bool { return s.is(q, cFoundingStart) && !s.inSet(births, q) }) {
		return i // a name one was founded under, not born under: "Né en 1950 sous le nom de B"
	}
	e := i
	for n := 0; e < end && n < 8; n++ {
		switch {
		case s.punct(e, "'") || s.punct(e, "-"):
			e++
		case s.inDate(e) || s.toks[e].kind != tWord || s.is(e, cFunction) && !s.inSet(nameConnectors, e) && !s.word(e, cDeterminer):
			n = 8
		default:
			e++
		}
	}
	for e > i && (s.is(e-1, cFunction) || s.punct(e-1, "'")) {
		e-- // not a trailing "de"
	}
	if e-i < 2 {
		return i
	}
	return e
}

// predecessor reports whether the words ending at token p introduce an
// organisation that another replaced: "taking over from the Rio Group".
func (s *scanner) predecessor(p int) bool { return s.ledBy(p, predecessorLeads) }

// ledBy reports whether the words of one of leads end at token p, in
// lower case.
func (s *scanner) ledBy(p int, leads [][]string) bool {
	for _, lead := range leads {
		k := p - len(lead) + 1
		if k < 0 {
			continue
		}
		match := true
		for n, w := range lead {
			match = match && s.tk.fold(k+n) == w && !s.toks[k+n].cap
		}
		if match {
			return true
		}
	}
	return false
}

// predecessorLeads are the words, folded, before the name of an
// organisation that another replaced.
var predecessorLeads = [][]string{{"over", "from"}, {"replacing"}, {"replace"}, {"succeeding"}, {"succeed"}, {"successor", "to"}, {"successor", "of"}, {"remplacant"}, {"succedant", "a"}}

// ancestorLeads are the words, folded, before the name of an organisation
// another descends from: "héritier du SPPF, lui-même issu du SPUP", "heir
// to the Congress Party".
var ancestorLeads = [][]string{{"heritier", "du"}, {"heritier", "de"}, {"heritiere", "du"}, {"heritiere", "de"},
	{"issu", "du"}, {"issue", "du"}, {"issu", "de"}, {"issue", "de"}, {"heir", "to"}, {"descended", "from"}}

// ancestorOnly reports whether the text names p before token i, and only
// as an organisation another descends from (ancestorLeads).
func (s *scanner) ancestorOnly(p party, i int) bool {
	named := false
	for j := range s.ments {
		m := &s.ments[j]
		if m.t0 >= i {
			break
		}
		if m.kind != facts.OrganisationEntity || s.party(j) != p {
			continue
		}
		if !s.ledBy(s.nameLead(m.t0), ancestorLeads) {
			return false
		}
		named = true
	}
	return named
}

// nameLinks and formerNameLeads are the words, folded, that introduce an
// organisation's former name.
var (
	nameLinks       = foldSet("de", "d", "of", "the")
	formerNameLeads = foldSet("nom", "name", "formerly", "anciennement", "forme")
)

// articleTopic returns, among the organisations for which ok holds, the
// one named most often before token i (among the last lookBack mentions;
// the latest named on a tie), when it is named at least twice or in the
// title or the standfirst (the first paragraph after the title, often the
// lead sentence): what "the alliance" or "the bloc" of a new paragraph
// stands for. The objects of claims count when objects is set.
// The organisation may be one the gazetteer does not know ("European Union"); such names
// are counted by their text.
func (s *scanner) articleTopic(i int, objects bool, ok func(party) bool) *party {
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t0 >= i })
	count := make(map[party]int)
	var best party
	bestN := 0
	for j := k - 1; j >= 0 && j >= k-lookBack; j-- {
		m := &s.ments[j]
		if m.kind != facts.OrganisationEntity || m.inParens || m.object && !objects || s.formerName(m.t0) {
			continue
		}
		p := s.party(j)
		n := count[p] + 1
		if m.para <= 1 {
			n++ // the title and the standfirst say what the article is about
		}
		count[p] = n
		if n > bestN && ok(p) {
			best, bestN = p, n
		}
	}
	if bestN < 2 {
		return nil
	}
	return &best
}

// entitiesIn returns the ids of the gazetteer entities named in tokens
// [t0, t1), each once, in order.
func (s *scanner) entitiesIn(t0, t1 int) []string {
	ids := []string{}
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].t1 > t0 })
	for ; k < len(s.ments) && s.ments[k].t0 < t1; k++ {
		if e := s.ments[k].entity; e >= 0 {
			id := s.g.entities[e].ID
			dup := false
			for _, x := range ids {
				dup = dup || x == id
			}
			if !dup {
				ids = append(ids, id)
			}
		}
	}
	return ids
}
