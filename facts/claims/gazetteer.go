package claims

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"factlens/facts"
)

// Gazetteer recognises the entities of a knowledge base in text, folding
// case and accents: "Cédéao", "CEDEAO" and "cedeao" name the same entity,
// and a curly apostrophe matches a straight one. Names match on word
// boundaries and the longest name wins ("Alliance des États du Sahel"
// before "Sahel"). A name written in capitals in the knowledge base
// ("AES", "US") only matches a capitalised word of the text, so that an
// acronym is not taken for a common word.
//
// A Gazetteer is immutable and safe for concurrent use. A nil *Gazetteer
// knows no entity.
type Gazetteer struct {
	entities []facts.Entity
	byID     map[string]int
	// names holds the folded words of every name of each entity.
	names [][][]string
	// byFirst indexes every name by its first folded word; each list is
	// sorted longest first.
	byFirst map[string][]gazName
	// firsts is a quick filter before byFirst: bit n of firsts[b] is set
	// when a first word starts with byte b and is n bytes long (31 for
	// 31 or more).
	firsts [256]uint32
}

// gazName is one way of writing an entity, tokenized and folded.
type gazName struct {
	words  []string
	capped []bool // the word is an acronym: the text's word must be capitalised
	entity int
}

// NewGazetteer returns a gazetteer of entities. It fails when an entity has
// no id, no name, or an id another entity already has; the error lists
// every such problem. Names and aliases are tokenized and folded once here.
func NewGazetteer(entities []facts.Entity) (*Gazetteer, error) {
	entities = append([]facts.Entity(nil), entities...)
	g := &Gazetteer{entities: entities, byFirst: map[string][]gazName{}, byID: map[string]int{},
		names: make([][][]string, len(entities))}
	var errs []error
	seen := g.byID
	for i := range entities {
		e := &entities[i]
		if e.ID == "" {
			errs = append(errs, fmt.Errorf("entity %d: no id", i))
			continue
		}
		if j, ok := seen[e.ID]; ok {
			errs = append(errs, fmt.Errorf("entity %d: id %q already used by entity %d", i, e.ID, j))
			continue
		}
		seen[e.ID] = i
		added := 0
		for _, name := range namesOf(e) {
			if g.add(name, i) {
				added++
			}
		}
		if added == 0 {
			errs = append(errs, fmt.Errorf("entity %q: no name", e.ID))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("claims: new gazetteer: %w", errors.Join(errs...))
	}
	for k, ns := range g.byFirst {
		sort.SliceStable(ns, func(a, b int) bool { return len(ns[a].words) > len(ns[b].words) })
		g.byFirst[k] = ns
	}
	return g, nil
}

// namesOf returns the names and aliases of e, names in a fixed order.
func namesOf(e *facts.Entity) []string {
	langs := make([]string, 0, len(e.Names))
	for l := range e.Names {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var names []string
	for _, l := range langs {
		names = append(names, e.Names[l])
	}
	return append(names, e.Aliases...)
}

// add indexes one name of entity i and reports whether it has any word.
func (g *Gazetteer) add(name string, i int) bool {
	ts := tokenize(name)
	n := gazName{entity: i}
	for k, t := range ts.list {
		if t.kind == tBreak {
			continue
		}
		n.words = append(n.words, ts.fold(k))
		n.capped = append(n.capped, t.caps)
	}
	if len(n.words) == 0 || n.words[0] == "" {
		return false
	}
	for _, o := range g.byFirst[n.words[0]] {
		if o.entity == i && equalWords(o.words, n.words) {
			return true
		}
	}
	g.byFirst[n.words[0]] = append(g.byFirst[n.words[0]], n)
	g.names[i] = append(g.names[i], n.words)
	w := n.words[0]
	g.firsts[w[0]] |= 1 << min(len(w), 31)
	return true
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Entity returns the entity with the given id.
func (g *Gazetteer) Entity(id string) (facts.Entity, bool) {
	if g == nil {
		return facts.Entity{}, false
	}
	i, ok := g.byID[id]
	if !ok {
		return facts.Entity{}, false
	}
	return g.entities[i], true
}

// match returns the entity whose name is longest at tokens [i, end) and
// the number of tokens it covers, or -1 and 0.
func (g *Gazetteer) match(ts *tokens, i, end int) (entity, n int) {
	if g == nil || ts.list[i].kind != tWord {
		return -1, 0
	}
	w := ts.fold(i)
	if w == "" || g.firsts[w[0]]&(1<<min(len(w), 31)) == 0 {
		return -1, 0
	}
	for _, c := range g.byFirst[w] {
		if len(c.words) > end-i {
			continue
		}
		ok := true
		for k, w := range c.words {
			t := &ts.list[i+k]
			if ts.fold(i+k) != w || (c.capped[k] && !t.cap) || (k > 0 && t.kind == tBreak) {
				ok = false
				break
			}
		}
		if ok {
			return c.entity, len(c.words)
		}
	}
	return -1, 0
}

// describe returns the organisation of the gazetteer that a description
// stands for: one with a name holding every word of words ("joint force"
// for "Unified Force of the AES", whose alias is "AES joint force";
// "confederal investment bank" for "Confederal Bank for Investment and
// Development"), or -1. With a topic, the organisation must also have a
// name holding a name of the topic ("AES", "BCID-AES"), so that "the
// joint force" of an article about one alliance is its own; without, it
// must be the only one.
func (g *Gazetteer) describe(words []string, topic string) int {
	if g == nil {
		return -1
	}
	t, hasTopic := -1, topic != ""
	if hasTopic {
		var ok bool
		if t, ok = g.byID[topic]; !ok {
			return -1
		}
	}
	found := -1
	for e := range g.entities {
		if e == t || g.entities[e].Kind != facts.OrganisationEntity || !g.nameHolds(e, words) {
			continue
		}
		if hasTopic {
			related := false
			for _, tn := range g.names[t] {
				related = related || g.nameHolds(e, tn)
			}
			if !related {
				continue
			}
		}
		if found >= 0 {
			return -1 // ambiguous
		}
		found = e
	}
	return found
}

// nameHolds reports whether one name of entity e holds every word of
// words, the parts of a hyphenated word counting as words ("bcid-aes"
// holds "aes").
func (g *Gazetteer) nameHolds(e int, words []string) bool {
	for _, name := range g.names[e] {
		all := true
		for _, w := range words {
			all = all && hasWord(name, w)
		}
		if all {
			return true
		}
	}
	return false
}

// hasWord reports whether name holds the word w, whole or as a part of
// a hyphenated word.
func hasWord(name []string, w string) bool {
	for _, x := range name {
		if x == w {
			return true
		}
		if strings.Contains(x, "-") {
			for part := range strings.SplitSeq(x, "-") {
				if part == w {
					return true
				}
			}
		}
	}
	return false
}

// index returns the index of the entity with the given id.
func (g *Gazetteer) index(id string) (int, bool) {
	if g == nil || id == "" {
		return -1, false
	}
	i, ok := g.byID[id]
	return i, ok
}

// heads reports whether the folded generic noun heads a name of an
// organisation, its first word among generics: "union" heads "Union
// africaine" and "African Union".
func (g *Gazetteer) heads(noun string, generics map[string]struct{}) bool {
	if g == nil {
		return false
	}
	for e := range g.entities {
		if g.entities[e].Kind != facts.OrganisationEntity {
			continue
		}
		for _, name := range g.names[e] {
			if nameHead(name, generics) == noun {
				return true
			}
		}
	}
	return false
}
