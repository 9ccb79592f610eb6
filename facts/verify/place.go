package verify

import (
	"fmt"
	"slices"

	"factlens/facts"
	"factlens/facts/kb"
)

// venuesOf returns the places where some event of b happened: the only
// places whose naming can contradict an event's place. Other places the
// base knows (a palace, an airport) may lie inside a venue, which the base
// does not record, so they are no evidence either way.
func venuesOf(b *kb.Base) map[string]bool {
	vs := make(map[string]bool)
	for _, e := range b.Events() {
		if e.Place != "" {
			vs[e.Place] = true
		}
	}
	return vs
}

// placeOf judges the places ids (entity ids named where a claim about e
// is made) against e's place: contradicted when they name venues of the
// base but not e's own, unverified (no part of the verdict) otherwise —
// e's place named, or only places the base cannot compare.
func (c *checker) placeOf(e *kb.Event, ids []string) result {
	if !c.venues[e.Place] || slices.Contains(ids, e.Place) {
		return unverified("")
	}
	var named []string
	for _, id := range ids {
		if c.venues[id] && !slices.Contains(named, id) {
			named = append(named, id)
		}
	}
	if len(named) == 0 {
		return unverified("")
	}
	names := make([]string, len(named))
	for i, id := range named {
		names[i] = c.person(id)
	}
	return result{verdict: facts.Contradicted, facts: e.Facts,
		why: fmt.Sprintf(c.lex.msg["placebad"], c.quote(c.title(e)), c.person(e.Place), c.publisher(e.Facts), c.list(names))}
}

// placesIn returns the ids of the places named in span of the text.
func (c *checker) placesIn(span facts.Span) []string {
	var ids []string
	for _, m := range c.gaz.find(c.wordsIn(span)) {
		if ent, ok := c.base.Entity(m.id); ok && ent.Kind == facts.PlaceEntity {
			ids = append(ids, m.id)
		}
	}
	return ids
}

// places returns the ids of the places x names, by position or among its
// extra entities.
func (c *checker) places(x *context) []string {
	var ids []string
	for _, id := range slices.Concat(mentionIDs(x.mentions), x.extra) {
		if ent, ok := c.base.Entity(id); ok && ent.Kind == facts.PlaceEntity {
			ids = append(ids, id)
		}
	}
	return ids
}

// mentionIDs returns the entity ids of ms.
func mentionIDs(ms []mention) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.id
	}
	return ids
}
