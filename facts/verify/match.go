package verify

import (
	"slices"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
)

// mention is an entity named in the text.
type mention struct {
	start, end int
	id         string
}

// gazetteer finds the base's entities in text by their folded names.
type gazetteer struct {
	// byFirst maps a name's first word to the names starting with it,
	// longest first.
	byFirst map[string][]name
	// nameWords are the words of every name, which never count as event
	// words ("Confédération des États du Sahel" is not a confederation
	// event).
	nameWords map[string]bool
}

// name is one folded name of an entity.
type name struct {
	words []string
	id    string
}

// newGazetteer indexes the names and aliases of the entities of b.
func newGazetteer(b *kb.Base) *gazetteer {
	g := &gazetteer{byFirst: make(map[string][]name), nameWords: make(map[string]bool)}
	for _, e := range b.Entities() {
		all := slices.Concat(slices.Collect(mapValues(e.Names)), e.Aliases)
		for _, s := range all {
			ws := foldWords(s)
			if len(ws) == 0 {
				continue
			}
			g.byFirst[ws[0]] = append(g.byFirst[ws[0]], name{ws, e.ID})
			for _, w := range ws {
				g.nameWords[w] = true
			}
		}
	}
	for k, ns := range g.byFirst {
		slices.SortStableFunc(ns, func(a, b name) int { return len(b.words) - len(a.words) })
		g.byFirst[k] = ns
	}
	return g
}

// mapValues yields the values of m in key order.
func mapValues(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(m[k]) {
				return
			}
		}
	}
}

// find returns the entities named in ws, longest name first at each
// word, without overlaps.
func (g *gazetteer) find(ws []word) []mention {
	var ms []mention
	for i := 0; i < len(ws); {
		n := 0
		for _, nm := range g.byFirst[ws[i].fold] {
			if i+len(nm.words) <= len(ws) && equalFold(ws[i:i+len(nm.words)], nm.words) {
				ms = append(ms, mention{ws[i].start, ws[i+len(nm.words)-1].end, nm.id})
				n = len(nm.words)
				break
			}
		}
		i += max(n, 1)
	}
	return ms
}

// equalFold reports whether the folded words ws are names.
func equalFold(ws []word, names []string) bool {
	for i, w := range ws {
		if w.fold != names[i] {
			return false
		}
	}
	return true
}

// context is what a stretch of text says that can tie a claim to an event:
// its words, the entities it names and the event words it uses.
type context struct {
	span     facts.Span
	words    []word
	mentions []mention
	// extra are entity ids known to be named there without a position
	// (the claim engine's Claim.Entities).
	extra []string
	// named[i] reports whether words[i] lies in an entity's name.
	named []bool
	// cues are the words outside names that name a kind of event or an
	// ordinal, in order: all score needs of the words besides titles.
	cues []cue
	// set indexes the words outside names (see wordSet).
	set map[string]bool
}

// cue is a word of a context that says something of the event meant: the
// kinds of event it names ("sommet"), or, for an ordinal ("deuxième"), its
// number and the kinds named by the next three words.
type cue struct {
	start, end int
	kinds      []kb.EventKind
	ordinal    int
	next       [3][]kb.EventKind
}

// newContext reads span of the text, once per span, and adds extra.
func (c *checker) newContext(span facts.Span, extra []string) *context {
	x, ok := c.contexts[span]
	if !ok {
		ws := c.wordsIn(span)
		x = &context{span: span, words: ws, mentions: c.gaz.find(ws)}
		x.markNames()
		x.cues = c.cues(x)
		if c.contexts == nil {
			c.contexts = make(map[facts.Span]*context)
		}
		c.contexts[span] = x
	}
	if len(extra) == 0 {
		return x
	}
	y := *x
	y.extra = extra
	return &y
}

// cues lists the cues of x.
func (c *checker) cues(x *context) []cue {
	var cs []cue
	for i, w := range x.words {
		if x.named[i] {
			continue
		}
		kinds := c.lex.kinds[w.fold]
		n := c.lex.ordinals[w.fold]
		if kinds == nil && n == 0 {
			continue
		}
		cu := cue{start: w.start, end: w.end, kinds: kinds, ordinal: n}
		if n != 0 {
			for k, v := range x.words[i+1 : min(i+4, len(x.words))] {
				cu.next[k] = c.lex.kinds[v.fold]
			}
		}
		cs = append(cs, cu)
	}
	return cs
}

// markNames sets x.named from x.words and x.mentions.
func (x *context) markNames() {
	x.named = make([]bool, len(x.words))
	j := 0
	for i, w := range x.words {
		for j < len(x.mentions) && x.mentions[j].end <= w.start {
			j++
		}
		x.named[i] = j < len(x.mentions) && x.mentions[j].start <= w.start && w.end <= x.mentions[j].end
	}
}

// score says how strongly the context points to e: event words of e's
// kind (3, doubled inside focus, the claim's clause), ordinals matching
// its rank in a series (3, or -3 for another rank), words of its title
// (1 each), its place (2), subjects, objects and participants (1 each),
// entities inside focus counting one more.
func (c *checker) score(x *context, focus facts.Span, e *kb.Event) int {
	s := 0
	in := func(start, end int) int {
		if focus.Start <= start && end <= focus.End {
			return 1
		}
		return 0
	}
	for _, cu := range x.cues {
		if cu.ordinal != 0 && e.Number != 0 {
			// An ordinal counts when an event word of e's kind follows it.
			for _, kinds := range cu.next {
				if slices.Contains(kinds, e.Kind) {
					if cu.ordinal == e.Number {
						s += 3
					} else {
						s -= 3
					}
					break
				}
			}
		}
		if slices.Contains(cu.kinds, e.Kind) || e.Stage == kb.Announced && slices.Contains(cu.kinds, kb.Announcement) {
			// An announced step is an announcement too: "Annoncée en
			// mars 2024, la force conjointe".
			s += 3 * (1 + in(cu.start, cu.end))
		}
	}
	s += c.titleWords(x, e)
	seen := make(map[string]bool)
	for _, m := range x.mentions {
		if w := entityWeight(e, m.id); w > 0 {
			s += w + in(m.start, m.end)
			seen[m.id] = true
		}
	}
	for _, id := range x.extra {
		if !seen[id] {
			s += entityWeight(e, id)
			seen[id] = true
		}
	}
	return s
}

// titleWords counts the distinct words of e's title, in the text's
// language, that x uses outside entity names: "charte" points to the
// Liptako-Gourma Charter rather than to another founding. Short words
// ("de", "the"), ordinals and words of entity names do not count.
func (c *checker) titleWords(x *context, e *kb.Event) int {
	n := 0
	if len(x.words) > 64 {
		set := x.wordSet()
		for _, t := range c.titles[e.ID] {
			if set[t] {
				n++
			}
		}
		return n
	}
	for _, t := range c.titles[e.ID] {
		for i, w := range x.words {
			if w.fold == t && !x.named[i] {
				n++
				break
			}
		}
	}
	return n
}

// wordSet returns the folded words of x outside entity names, as a set
// built on first use: titleWords' index on a long context.
func (x *context) wordSet() map[string]bool {
	if x.set == nil {
		x.set = make(map[string]bool, len(x.words))
		for i, w := range x.words {
			if !x.named[i] {
				x.set[w.fold] = true
			}
		}
	}
	return x.set
}

// contentWords returns the folded words of e's title that may count as
// evidence of it: sorted, without repeats, ordinals, names of entities, and
// words shorter than five letters.
func (c *checker) contentWords(e *kb.Event) []string {
	var ts []string
	for _, t := range slices.Compact(slices.Sorted(slices.Values(foldWords(c.title(e))))) {
		if _, ordinal := c.lex.ordinals[t]; len(t) >= 5 && !ordinal && !c.gaz.nameWords[t] {
			ts = append(ts, t)
		}
	}
	return ts
}

// nameWords returns the folded words of e's title written with a capital
// past its first word, but for the names of the base's entities and event
// words ("Council of Ministers"): sorted, without repeats.
func (c *checker) nameWords(e *kb.Event) []string {
	t := c.title(e)
	var ns []string
	for i, w := range words(t, facts.Span{Start: 0, End: len(t)}) {
		if i > 0 && capitalised(t, w) && c.nameWord(w.fold) {
			ns = append(ns, w.fold)
		}
	}
	return slices.Compact(slices.Sorted(slices.Values(ns)))
}

// nameWord reports whether the folded word f, written with a capital, may
// be part of a name of its own: not short, not an entity's name, an event
// word or a common word of titles.
func (c *checker) nameWord(f string) bool {
	return len(f) >= 4 && !c.gaz.nameWords[f] && len(c.lex.kinds[f]) == 0 && !commonTitleWords[f]
}

// entityWeight is what naming the entity id says for event e: 2 for its
// place or for the person who led it (leadingRoles), 1 for a subject,
// object or other participant.
func entityWeight(e *kb.Event, id string) int {
	switch {
	case e.Place == id:
		return 2
	case isParty(e, id):
		return 1
	}
	for _, p := range e.Participants {
		if p.Person == id && slices.ContainsFunc(p.Roles, func(r string) bool { return leadingRoles[r] }) {
			return 2
		}
		if p.Person == id {
			return 1
		}
	}
	return 0
}

// commonTitleWords are words, folded, that titles write with a capital
// and news writes about any event: "chefs d'État", "Affaires
// étrangères", a rank, a month.
var commonTitleWords = map[string]bool{
	"etat": true, "etats": true, "affaires": true, "state": true, "states": true, "affairs": true,
	"captain": true, "capitaine": true, "general": true, "president": true, "presidente": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"janvier": true, "fevrier": true, "mars": true, "avril": true, "juin": true, "juillet": true,
	"aout": true, "septembre": true, "octobre": true, "novembre": true, "decembre": true,
}

// leadingRoles are the roles of a participant who alone names an event:
// who chaired or hosted it, who led a coup.
var leadingRoles = map[string]bool{"chair": true, "host": true, "leader": true}

// minScore is the least score that ties a claim to an event: one event
// word, or a place and a subject.
const minScore = 3

// nearDays is how many days from a claimed date an event may be and
// count one point more for it: a date a few days off is more likely a
// mistake about that event than about one weeks away.
const nearDays = 7

// match returns the event of the base that x points to most strongly,
// among those keep accepts (nil keeps all) and that the text is about
// (see grounded), preferring events that had
// begun by the day after the article's date: an article reports what has
// happened. Ties go to the event nearest to near, a claimed date, then to
// the event the whole text points to most strongly; when near is zero,
// the whole text decides first, then nearness to the article's date. It
// reports false when no event reaches minScore.
func (c *checker) match(x *context, focus facts.Span, near time.Time, keep func(*kb.Event) bool) (kb.Event, bool) {
	dated := !near.IsZero()
	if !dated {
		near = c.ref
	}
	type rank struct {
		score, doc int
		gap        time.Duration
	}
	better := func(a, b rank) bool {
		switch {
		case a.score != b.score:
			return a.score > b.score
		case dated && a.gap != b.gap:
			return a.gap < b.gap
		case a.doc != b.doc:
			return a.doc > b.doc
		}
		return a.gap < b.gap
	}
	deadline := c.ref.AddDate(0, 0, 1)
	events := c.base.Events()
	for _, past := range []bool{true, false} {
		best, bestRank := -1, rank{}
		for i := range events {
			e := &events[i]
			if keep != nil && !keep(e) || past && e.Start.Start().After(deadline) {
				continue
			}
			if !c.grounded(e) {
				continue
			}
			r := rank{score: c.score(x, focus, e)}
			if r.score < minScore {
				continue
			}
			if dated && gapTo(e, near) <= nearDays*24*time.Hour {
				// "réunion préparatoire … les 18 et 19 décembre": of two
				// meetings the words point to, the one two days off, not
				// the one three weeks off.
				r.score++
			}
			if best >= 0 && r.score < bestRank.score {
				continue
			}
			r.doc, r.gap = c.docScore(e), gapTo(e, near)
			if best < 0 || better(r, bestRank) {
				best, bestRank = i, r
			}
		}
		if best >= 0 {
			return events[best], true
		}
	}
	return kb.Event{}, false
}

// clauseKinds returns the kinds of event the words of x inside focus name,
// outside entity names.
func (c *checker) clauseKinds(x *context, focus facts.Span) []kb.EventKind {
	var ks []kb.EventKind
	for i, w := range x.words {
		if !x.named[i] && focus.Start <= w.start && w.end <= focus.End {
			ks = append(ks, c.lex.kinds[w.fold]...)
		}
	}
	others := slices.DeleteFunc(slices.Clone(ks), func(k kb.EventKind) bool { return k == kb.Announcement })
	if len(others) < len(ks) && !slices.ContainsFunc(others, func(k kb.EventKind) bool { return !gatherings[k] }) {
		// "Annoncée en mars 2024 par les chefs d'état-major", "Army
		// chiefs meeting in Niamey announce a joint force": an
		// announcement that names no other event may be a founding's.
		return append(others, kb.Announcement, kb.Founding)
	}
	if len(others) > 0 {
		// "ont annoncé la dissolution des partis": the announcement is of
		// the event the clause names.
		return others
	}
	return ks
}

// gatherings are the kinds of the meetings at which things are announced.
var gatherings = map[kb.EventKind]bool{kb.Meeting: true, kb.MinisterialMeeting: true, kb.Summit: true}

// verbKinds returns the kinds of event the word just before span names,
// two words back at most, names aside: the verb a date completes ("ont lancé mercredi
// leur passeport …, un symbole de leur rupture avec la Cédéao" dates the
// launch, not the rupture).
func (c *checker) verbKinds(x *context, span facts.Span) []kb.EventKind {
	n := 0
	for i := len(x.words) - 1; i >= 0 && n < 3; i-- {
		w := x.words[i]
		if w.end > span.Start || x.named[i] {
			continue // names do not count: "met in Bamako on Thursday"
		}
		n++
		if ks := c.lex.kinds[w.fold]; len(ks) > 0 {
			if slices.Equal(ks, []kb.EventKind{kb.Announcement}) {
				// "le retrait … annoncé le 28 janvier": an announcement
				// is of the event the clause names.
				return nil
			}
			return ks
		}
	}
	return nil
}

// docScore is how strongly the whole text points to e, computed once per
// event.
func (c *checker) docScore(e *kb.Event) int {
	if c.doc == nil {
		c.doc = make(map[string]int)
	}
	s, ok := c.doc[e.ID]
	if !ok {
		s = c.score(c.wholeText(), facts.Span{}, e)
		c.doc[e.ID] = s
	}
	return s
}

// grounded reports whether the text is about e at all: it names somewhere
// one of e's entities (its place, subjects, objects or participants) or
// two of the capitalised words of its title ("Charte", "Liptako",
// "Gourma"). Common words of its title alone ("foreign ministers
// meeting", "le conseil des ministres") never tie a text to e.
func (c *checker) grounded(e *kb.Event) bool {
	g, ok := c.ground[e.ID]
	if !ok {
		g = c.namesEvent(e)
		if c.ground == nil {
			c.ground = make(map[string]bool)
		}
		c.ground[e.ID] = g
	}
	return g
}

// namesEvent computes grounded.
func (c *checker) namesEvent(e *kb.Event) bool {
	x := c.wholeText()
	n := 0
	for _, w := range c.names[e.ID] {
		if x.wordSet()[w] {
			n++
		}
	}
	if n >= 2 {
		return true
	}
	for _, m := range x.mentions {
		if entityWeight(e, m.id) > 0 {
			return true
		}
	}
	for _, cl := range c.claims {
		for _, id := range cl.Entities {
			if entityWeight(e, id) > 0 {
				return true
			}
		}
	}
	return false
}

// wholeText returns the context of the whole text, read once.
func (c *checker) wholeText() *context {
	if c.whole == nil {
		c.whole = c.newContext(facts.Span{Start: 0, End: len(c.text)}, nil)
	}
	return c.whole
}

// gapTo is how far t lies from event e; zero when t is zero or inside e.
func gapTo(e *kb.Event, t time.Time) time.Duration {
	switch {
	case t.IsZero():
		return 0
	case t.Before(e.Start.Start()):
		return e.Start.Start().Sub(t)
	case !t.Before(e.End.End()):
		return t.Sub(e.End.End())
	}
	return 0
}
