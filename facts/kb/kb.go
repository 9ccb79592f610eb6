// Package kb is the knowledge base: sourced facts about people,
// organisations, places and events, loaded from JSON packs, with a default
// pack on the Alliance of Sahel States embedded in the program.
//
// A pack is refused as a whole when anything in it is wrong: [Parse]
// returns an [ErrorList] naming the file, the JSON path and the reason of
// every problem. The schema is documented in facts/README.md.
package kb

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"factlens/facts"
)

//go:embed default.json
var defaultPack []byte

// DefaultPackName is the file name the embedded default pack is parsed
// under, as error messages show it.
const DefaultPackName = "default.json"

// Base is a loaded, validated knowledge base: one or more packs merged.
// It is immutable and safe for concurrent use; the slices its methods
// return must not be modified.
type Base struct {
	sources  map[string]Source
	ranks    map[string]Rank
	entities []Entity
	entityIx map[string]int
	events   []Event
	eventIx  map[string]int
	facts    map[string]Fact
	errata   []Erratum
	gazette  []facts.Entity
	// shown holds each fact as Fact returns it, built once.
	shown map[string]facts.Fact
}

// DefaultPack returns the embedded default pack, to merge with a
// newsroom's packs in [New].
func DefaultPack() (*Pack, error) {
	p, err := Parse(DefaultPackName, defaultPack)
	if err != nil {
		return nil, fmt.Errorf("kb: default pack: %w", err)
	}
	return p, nil
}

// Default returns the base built from the embedded default pack alone.
func Default() (*Base, error) {
	p, err := DefaultPack()
	if err != nil {
		return nil, err
	}
	return New(p)
}

// New merges packs into a base. Ids must be unique across packs, every
// pack a pack extends must be among packs, and the references each pack
// left to the packs it extends must resolve; otherwise New returns an
// [ErrorList] of every problem.
func New(packs ...*Pack) (*Base, error) {
	b := &Base{
		sources:  make(map[string]Source),
		ranks:    make(map[string]Rank),
		entityIx: make(map[string]int),
		eventIx:  make(map[string]int),
		facts:    make(map[string]Fact),
	}
	var errs ErrorList
	names := make(map[string]bool)
	for _, p := range packs {
		names[p.Name] = true
	}
	// where maps kind and id to the file that defined it first.
	where := make(map[refKind]map[string]string)
	define := func(p *Pack, section string, i int, kind refKind, id string) bool {
		if where[kind] == nil {
			where[kind] = make(map[string]string)
		}
		if f, dup := where[kind][id]; dup {
			errs.Add(p.file, "$."+section+"["+strconv.Itoa(i)+"].id",
				fmt.Sprintf("%s id %q is already defined by %s", refKindNames[kind], id, f))
			return false
		}
		where[kind][id] = p.file
		return true
	}
	for _, p := range packs {
		for i, e := range p.Extends {
			if !names[e] {
				errs.Add(p.file, "$.extends["+strconv.Itoa(i)+"]", fmt.Sprintf("pack %q is not loaded", e))
			}
		}
		for i, s := range p.Sources {
			if define(p, "sources", i, refSource, s.ID) {
				b.sources[s.ID] = s
			}
		}
		for i, r := range p.Ranks {
			if define(p, "ranks", i, refRank, r.ID) {
				b.ranks[r.ID] = r
			}
		}
		for i, e := range p.Entities {
			if define(p, "entities", i, refEntity, e.ID) {
				b.entityIx[e.ID] = len(b.entities)
				b.entities = append(b.entities, e)
			}
		}
		for i, e := range p.Events {
			if define(p, "events", i, refEvent, e.ID) {
				b.eventIx[e.ID] = len(b.events)
				b.events = append(b.events, e)
			}
		}
		for i, f := range p.Facts {
			if define(p, "facts", i, refFact, f.ID) {
				b.facts[f.ID] = f
			}
		}
		b.errata = append(b.errata, p.Errata...)
	}
	for _, p := range packs {
		for _, r := range p.pending {
			if _, ok := where[r.kind][r.id]; !ok {
				errs.Add(r.file, r.path, fmt.Sprintf("unknown %s id %q in this pack and the packs it extends", refKindNames[r.kind], r.id))
				continue
			}
			if r.kind == refEntity && r.want != 0 {
				if e := b.entities[b.entityIx[r.id]]; e.Kind != r.want {
					errs.Add(r.file, r.path, fmt.Sprintf("entity %q is of kind %s, want %s", r.id, e.Kind, r.want))
				}
			}
		}
	}
	errs.Sort()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, e := range b.entities {
		b.gazette = append(b.gazette, facts.Entity{ID: e.ID, Kind: e.Kind, Names: e.Names, Aliases: e.Aliases, Members: e.Members})
	}
	b.shown = make(map[string]facts.Fact, len(b.facts))
	for id, f := range b.facts {
		out := facts.Fact{ID: f.ID, Statement: f.Statement, Date: f.Date, Confidence: f.Confidence}
		for _, sid := range f.Sources {
			s := b.sources[sid]
			out.Sources = append(out.Sources, facts.Source{
				Publisher: s.Publisher, URL: s.URL, Title: s.Title, Date: s.Date, Says: s.Says,
			})
		}
		b.shown[id] = out
	}
	return b, nil
}

// Entities returns the gazetteer of the claim engine: every person,
// organisation and place, with its names and aliases.
func (b *Base) Entities() []facts.Entity { return b.gazette }

// Entity returns the entity with the given id.
func (b *Base) Entity(id string) (Entity, bool) {
	i, ok := b.entityIx[id]
	if !ok {
		return Entity{}, false
	}
	return b.entities[i], true
}

// Rank returns the rank with the given id.
func (b *Base) Rank(id string) (Rank, bool) {
	r, ok := b.ranks[id]
	return r, ok
}

// Ranks returns every rank, sorted by id.
func (b *Base) Ranks() []Rank {
	rs := make([]Rank, 0, len(b.ranks))
	for _, r := range b.ranks {
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(x, y Rank) int { return strings.Compare(x.ID, y.ID) })
	return rs
}

// Events returns every event, in pack order.
func (b *Base) Events() []Event { return b.events }

// Event returns the event with the given id.
func (b *Base) Event(id string) (Event, bool) {
	i, ok := b.eventIx[id]
	if !ok {
		return Event{}, false
	}
	return b.events[i], true
}

// Errata returns the known errors of other outlets.
func (b *Base) Errata() []Erratum { return b.errata }

// FactIDs returns the ids of every fact, sorted.
func (b *Base) FactIDs() []string {
	ids := make([]string, 0, len(b.facts))
	for id := range b.facts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Fact returns the fact with the given id as a report shows it: its
// statement, date and confidence, and its sources in full. The fact is
// built once and shared: its map and slices must not be modified.
func (b *Base) Fact(id string) (facts.Fact, bool) {
	f, ok := b.shown[id]
	return f, ok
}
