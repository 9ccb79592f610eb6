package kb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"factlens/facts"
)

// Parse decodes and validates the facts pack data, read from the file
// name. On failure it returns an [ErrorList] with every problem found, each
// with name, the JSON path of the value and the reason: unknown fields,
// wrong types, missing or empty required fields, malformed ids, dates and
// URLs, duplicate ids, facts without a source, and references to ids the
// pack does not define (unless it extends other packs: [New] checks those).
// It never returns a partly loaded pack.
func Parse(name string, data []byte) (*Pack, error) {
	var root any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	d := &decoder{file: name, ids: make(map[refKind]map[string]facts.EntityKind)}
	if err := dec.Decode(&root); err != nil {
		d.errorf("$", "invalid JSON: %v", err)
		return nil, d.errs.Err()
	}
	if dec.More() {
		d.errorf("$", "invalid JSON: data after the top-level value")
		return nil, d.errs.Err()
	}
	p := d.pack("$", root)
	d.resolve(p)
	d.errs.Sort()
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// refKind is what a reference points to.
type refKind int

const (
	_ refKind = iota
	refSource
	refRank
	refEntity
	refEvent
	refFact
)

var refKindNames = map[refKind]string{
	refSource: "source", refRank: "rank", refEntity: "entity",
	refEvent: "event", refFact: "fact",
}

// reference is an id used at path, which must name a refKind (and, for an
// entity whose want is not zero, an entity of that kind).
type reference struct {
	file, path string
	kind       refKind
	id         string
	want       facts.EntityKind
}

// decoder walks a decoded JSON value, building a pack and collecting every
// problem.
type decoder struct {
	file string
	errs ErrorList
	// ids are the ids each section defines; for entities, with their kind.
	ids  map[refKind]map[string]facts.EntityKind
	refs []reference
}

// errorf records a problem at path.
func (d *decoder) errorf(path, format string, args ...any) {
	d.errs.Add(d.file, path, fmt.Sprintf(format, args...))
}

// jsonType names the JSON type of a decoded value.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

// object returns v as an object whose keys are all among keys, reporting
// any other key; nil when v is not an object.
func (d *decoder) object(path string, v any, keys ...string) map[string]any {
	o, ok := v.(map[string]any)
	if !ok {
		d.errorf(path, "want an object, got %s", jsonType(v))
		return nil
	}
	var unknown []string
	for k := range o {
		if !slices.Contains(keys, k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		d.errorf(path+"."+k, "unknown field")
	}
	return o
}

// field returns o[key] and its path, reporting a missing required field.
func (d *decoder) field(path string, o map[string]any, key string, required bool) (any, string, bool) {
	p := path + "." + key
	v, ok := o[key]
	if !ok || v == nil {
		if required {
			d.errorf(p, "missing required field")
		}
		return nil, p, false
	}
	return v, p, true
}

// str decodes a string field; a required one must not be blank.
func (d *decoder) str(path string, o map[string]any, key string, required bool) string {
	v, p, ok := d.field(path, o, key, required)
	if !ok {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.errorf(p, "want a string, got %s", jsonType(v))
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		d.errorf(p, "empty")
	}
	return s
}

// array decodes an array field, with the path of each element.
func (d *decoder) array(path string, o map[string]any, key string, required bool) ([]any, string) {
	v, p, ok := d.field(path, o, key, required)
	if !ok {
		return nil, p
	}
	a, ok := v.([]any)
	if !ok {
		d.errorf(p, "want an array, got %s", jsonType(v))
		return nil, p
	}
	if required && len(a) == 0 {
		d.errorf(p, "empty")
	}
	return a, p
}

// index returns the path of element i of the array at path.
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// strs decodes an array of non-blank strings.
func (d *decoder) strs(path string, o map[string]any, key string, required bool) []string {
	a, p := d.array(path, o, key, required)
	var out []string
	for i, v := range a {
		s, ok := v.(string)
		switch {
		case !ok:
			d.errorf(index(p, i), "want a string, got %s", jsonType(v))
		case strings.TrimSpace(s) == "":
			d.errorf(index(p, i), "empty")
		default:
			out = append(out, s)
		}
	}
	return out
}

// refList decodes an array of ids, each a reference to a kind (and, for
// entities, to want unless it is zero).
func (d *decoder) refList(path string, o map[string]any, key string, required bool, kind refKind, want facts.EntityKind) []string {
	a, p := d.array(path, o, key, required)
	var out []string
	for i, v := range a {
		s, ok := v.(string)
		if !ok {
			d.errorf(index(p, i), "want a string, got %s", jsonType(v))
			continue
		}
		d.ref(index(p, i), kind, s, want)
		out = append(out, s)
	}
	return out
}

// ref records a reference to check once every section is read.
func (d *decoder) ref(path string, kind refKind, id string, want facts.EntityKind) {
	d.refs = append(d.refs, reference{file: d.file, path: path, kind: kind, id: id, want: want})
}

// langs decodes an object of texts by language: keys "fr" and "en", each
// of need present.
func (d *decoder) langs(path string, o map[string]any, key string, required bool, need ...string) map[string]string {
	v, p, ok := d.field(path, o, key, required)
	if !ok {
		return nil
	}
	m := d.object(p, v, "fr", "en")
	if m == nil {
		return nil
	}
	out := make(map[string]string)
	for _, l := range []string{"fr", "en"} {
		if s := d.str(p, m, l, slices.Contains(need, l)); s != "" {
			out[l] = s
		}
	}
	if len(out) == 0 && len(need) == 0 {
		d.errorf(p, "want a text in fr or en")
	}
	return out
}

// date decodes a date field.
func (d *decoder) date(path string, o map[string]any, key string, required bool) Date {
	s := d.str(path, o, key, required)
	if s == "" {
		return Date{}
	}
	t, err := ParseDate(s)
	if err != nil {
		d.errorf(path+"."+key, "%v", err)
	}
	return t
}

// dates decodes an array of dates.
func (d *decoder) dates(path string, o map[string]any, key string) []Date {
	a, p := d.array(path, o, key, false)
	var out []Date
	for i, v := range a {
		s, ok := v.(string)
		if !ok {
			d.errorf(index(p, i), "want a string, got %s", jsonType(v))
			continue
		}
		t, err := ParseDate(s)
		if err != nil {
			d.errorf(index(p, i), "%v", err)
			continue
		}
		out = append(out, t)
	}
	return out
}

// timex decodes a TIMEX3 date or interval field.
func (d *decoder) timex(path string, o map[string]any, key string) string {
	s := d.str(path, o, key, false)
	if s != "" {
		if err := parseTimex(s); err != nil {
			d.errorf(path+"."+key, "%v", err)
		}
	}
	return s
}

// url decodes an http or https URL field.
func (d *decoder) url(path string, o map[string]any, key string) string {
	s := d.str(path, o, key, true)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		d.errorf(path+"."+key, "malformed URL: %v", err)
	case u.Scheme != "http" && u.Scheme != "https":
		d.errorf(path+"."+key, "URL %q is not http or https", s)
	case u.Host == "":
		d.errorf(path+"."+key, "URL %q has no host", s)
	}
	return s
}

// integer decodes a non-negative integer field.
func (d *decoder) integer(path string, o map[string]any, key string) int {
	v, p, ok := d.field(path, o, key, false)
	if !ok {
		return 0
	}
	n, ok := v.(json.Number)
	if !ok {
		d.errorf(p, "want a number, got %s", jsonType(v))
		return 0
	}
	i, err := strconv.Atoi(n.String())
	if err != nil || i < 0 {
		d.errorf(p, "want a non-negative integer, got %s", n)
		return 0
	}
	return i
}

// id decodes an id field and defines it in its section, reporting a
// malformed or duplicate id.
func (d *decoder) id(path string, o map[string]any, kind refKind, ek facts.EntityKind) string {
	s := d.str(path, o, "id", true)
	if s == "" {
		return ""
	}
	if !facts.ValidID(s) {
		d.errorf(path+".id", "malformed id %q: want lower-case letters, digits and hyphens", s)
	}
	if d.ids[kind] == nil {
		d.ids[kind] = make(map[string]facts.EntityKind)
	}
	if _, dup := d.ids[kind][s]; dup {
		d.errorf(path+".id", "duplicate %s id %q", refKindNames[kind], s)
		return s
	}
	d.ids[kind][s] = ek
	return s
}

// each decodes the array field key of o, calling f for each element.
func (d *decoder) each(path string, o map[string]any, key string, required bool, f func(p string, v any)) {
	a, p := d.array(path, o, key, required)
	for i, v := range a {
		f(index(p, i), v)
	}
}

// pack decodes the top-level object of a pack.
func (d *decoder) pack(path string, v any) *Pack {
	o := d.object(path, v, "pack", "extends", "sources", "ranks", "entities", "events", "facts", "errata")
	if o == nil {
		return &Pack{file: d.file}
	}
	p := &Pack{file: d.file}
	p.Name = d.str(path, o, "pack", true)
	if p.Name != "" && !facts.ValidID(p.Name) {
		d.errorf(path+".pack", "malformed pack name %q: want lower-case letters, digits and hyphens", p.Name)
	}
	p.Extends = d.strs(path, o, "extends", false)
	d.each(path, o, "sources", false, func(q string, v any) { p.Sources = append(p.Sources, d.source(q, v)) })
	d.each(path, o, "ranks", false, func(q string, v any) { p.Ranks = append(p.Ranks, d.rank(q, v)) })
	d.each(path, o, "entities", false, func(q string, v any) { p.Entities = append(p.Entities, d.entity(q, v)) })
	d.each(path, o, "events", false, func(q string, v any) { p.Events = append(p.Events, d.event(q, v)) })
	d.each(path, o, "facts", false, func(q string, v any) { p.Facts = append(p.Facts, d.fact(q, v)) })
	d.each(path, o, "errata", false, func(q string, v any) { p.Errata = append(p.Errata, d.erratum(q, v)) })
	return p
}

// source decodes a Source.
func (d *decoder) source(path string, v any) Source {
	o := d.object(path, v, "id", "publisher", "url", "title", "date", "says")
	if o == nil {
		return Source{}
	}
	return Source{
		ID:        d.id(path, o, refSource, 0),
		Publisher: d.str(path, o, "publisher", true),
		URL:       d.url(path, o, "url"),
		Title:     d.str(path, o, "title", false),
		Date:      d.timex(path, o, "date"),
		Says:      d.str(path, o, "says", true),
	}
}

// rank decodes a Rank.
func (d *decoder) rank(path string, v any) Rank {
	o := d.object(path, v, "id", "names", "aliases")
	if o == nil {
		return Rank{}
	}
	return Rank{
		ID:      d.id(path, o, refRank, 0),
		Names:   d.langs(path, o, "names", true, "fr", "en"),
		Aliases: d.strs(path, o, "aliases", false),
	}
}

// entity decodes an Entity.
func (d *decoder) entity(path string, v any) Entity {
	o := d.object(path, v, "id", "kind", "names", "aliases", "members", "titles", "roles")
	if o == nil {
		return Entity{}
	}
	var e Entity
	if s := d.str(path, o, "kind", true); s != "" {
		if err := e.Kind.UnmarshalText([]byte(s)); err != nil {
			d.errorf(path+".kind", "unknown entity kind %q: want person, organisation or place", s)
		}
	}
	e.ID = d.id(path, o, refEntity, e.Kind)
	e.Names = d.langs(path, o, "names", true)
	e.Aliases = d.strs(path, o, "aliases", false)
	e.Members = d.refList(path, o, "members", false, refEntity, facts.OrganisationEntity)
	d.each(path, o, "titles", false, func(q string, v any) { e.Titles = append(e.Titles, d.title(q, v)) })
	d.each(path, o, "roles", false, func(q string, v any) { e.Roles = append(e.Roles, d.role(q, v)) })
	if e.Kind != facts.OrganisationEntity && len(e.Members) > 0 {
		d.errorf(path+".members", "only an organisation has members")
	}
	if e.Kind != facts.PersonEntity && len(e.Titles)+len(e.Roles) > 0 {
		d.errorf(path, "only a person has titles and roles")
	}
	return e
}

// span checks that from is not after to.
func (d *decoder) span(path string, from, to Date) {
	if !from.IsZero() && !to.IsZero() && to.End().Before(from.End()) {
		d.errorf(path, "ends (%s) before it starts (%s)", to, from)
	}
}

// title decodes a person's Title.
func (d *decoder) title(path string, v any) Title {
	o := d.object(path, v, "rank", "from", "to", "facts")
	if o == nil {
		return Title{}
	}
	t := Title{
		Rank:  d.str(path, o, "rank", true),
		From:  d.date(path, o, "from", false),
		To:    d.date(path, o, "to", false),
		Facts: d.refList(path, o, "facts", true, refFact, 0),
	}
	if t.Rank != "" {
		d.ref(path+".rank", refRank, t.Rank, 0)
	}
	d.span(path, t.From, t.To)
	return t
}

var roleNames = []string{"head-of-state", "president", "head-of-government", "minister", "commander", "chief-of-staff"}

// role decodes a person's Role.
func (d *decoder) role(path string, v any) Role {
	o := d.object(path, v, "role", "of", "from", "to", "facts")
	if o == nil {
		return Role{}
	}
	r := Role{
		Role:  d.str(path, o, "role", true),
		Of:    d.str(path, o, "of", true),
		From:  d.date(path, o, "from", true),
		To:    d.date(path, o, "to", false),
		Facts: d.refList(path, o, "facts", true, refFact, 0),
	}
	if r.Role != "" && !slices.Contains(roleNames, r.Role) {
		d.errorf(path+".role", "unknown role %q: want one of %s", r.Role, strings.Join(roleNames, ", "))
	}
	if r.Of != "" {
		d.ref(path+".of", refEntity, r.Of, facts.OrganisationEntity)
	}
	d.span(path, r.From, r.To)
	return r
}

// event decodes an Event.
func (d *decoder) event(path string, v any) Event {
	o := d.object(path, v, "id", "kind", "stage", "title", "start", "end", "place", "subjects", "objects",
		"series", "number", "partOf", "participants", "facts")
	if o == nil {
		return Event{}
	}
	e := Event{
		ID:       d.id(path, o, refEvent, 0),
		Kind:     EventKind(d.str(path, o, "kind", true)),
		Stage:    Stage(d.str(path, o, "stage", false)),
		Title:    d.langs(path, o, "title", true, "fr", "en"),
		Start:    d.date(path, o, "start", true),
		End:      d.date(path, o, "end", false),
		Place:    d.str(path, o, "place", false),
		Subjects: d.refList(path, o, "subjects", false, refEntity, 0),
		Objects:  d.refList(path, o, "objects", false, refEntity, 0),
		Series:   d.str(path, o, "series", false),
		Number:   d.integer(path, o, "number"),
		PartOf:   d.str(path, o, "partOf", false),
		Facts:    d.refList(path, o, "facts", true, refFact, 0),
	}
	if e.Kind != "" && !eventKinds[e.Kind] {
		d.errorf(path+".kind", "unknown event kind %q", e.Kind)
	}
	switch e.Stage {
	case "", Announced, Decided, Effective:
	default:
		d.errorf(path+".stage", "unknown stage %q: want announced, decided or effective", e.Stage)
	}
	if e.End.IsZero() {
		e.End = e.Start
	}
	d.span(path+".end", e.Start, e.End)
	if e.Place != "" {
		d.ref(path+".place", refEntity, e.Place, facts.PlaceEntity)
	}
	if e.PartOf != "" {
		d.ref(path+".partOf", refEvent, e.PartOf, 0)
	}
	if (e.Series == "") != (e.Number == 0) {
		d.errorf(path, "series and number go together")
	}
	d.each(path, o, "participants", false, func(q string, v any) {
		e.Participants = append(e.Participants, d.participant(q, v, &e))
	})
	return e
}

var participantRoles = []string{"host", "chair", "signatory", "attendee", "announcer", "commander", "leader"}

// participant decodes a Participant of event e, whose days must fall
// within e.
func (d *decoder) participant(path string, v any, e *Event) Participant {
	o := d.object(path, v, "person", "roles", "present", "absent", "arrived", "facts")
	if o == nil {
		return Participant{}
	}
	p := Participant{
		Person:  d.str(path, o, "person", true),
		Roles:   d.strs(path, o, "roles", false),
		Present: d.dates(path, o, "present"),
		Absent:  d.dates(path, o, "absent"),
		Arrived: d.date(path, o, "arrived", false),
		Facts:   d.refList(path, o, "facts", true, refFact, 0),
	}
	if p.Person != "" {
		d.ref(path+".person", refEntity, p.Person, facts.PersonEntity)
	}
	for i, r := range p.Roles {
		if !slices.Contains(participantRoles, r) {
			d.errorf(index(path+".roles", i), "unknown role %q: want one of %s", r, strings.Join(participantRoles, ", "))
		}
	}
	check := func(key string, ds []Date) {
		for i, t := range ds {
			q := index(path+"."+key, i)
			if t.Precision() != Day {
				d.errorf(q, "want a day (YYYY-MM-DD), got %q", t)
			} else if !e.Start.IsZero() && (t.Start().Before(e.Start.Start()) || !t.Start().Before(e.End.End())) {
				d.errorf(q, "day %s is outside the event (%s to %s)", t, e.Start, e.End)
			}
		}
	}
	check("present", p.Present)
	check("absent", p.Absent)
	for i, t := range p.Present {
		if slices.Contains(p.Absent, t) {
			d.errorf(index(path+".present", i), "day %s is also listed as absent", t)
		}
	}
	return p
}

var confidences = []string{"high", "medium", "low"}

// fact decodes a Fact.
func (d *decoder) fact(path string, v any) Fact {
	o := d.object(path, v, "id", "statement", "date", "confidence", "sources")
	if o == nil {
		return Fact{}
	}
	f := Fact{
		ID:         d.id(path, o, refFact, 0),
		Statement:  d.langs(path, o, "statement", true, "fr", "en"),
		Date:       d.timex(path, o, "date"),
		Confidence: d.str(path, o, "confidence", true),
		Sources:    d.refList(path, o, "sources", true, refSource, 0),
	}
	if f.Confidence != "" && !slices.Contains(confidences, f.Confidence) {
		d.errorf(path+".confidence", "unknown confidence %q: want high, medium or low", f.Confidence)
	}
	return f
}

// erratum decodes an Erratum.
func (d *decoder) erratum(path string, v any) Erratum {
	o := d.object(path, v, "outlet", "url", "says", "correction", "facts")
	if o == nil {
		return Erratum{}
	}
	return Erratum{
		Outlet:     d.str(path, o, "outlet", true),
		URL:        d.url(path, o, "url"),
		Says:       d.str(path, o, "says", true),
		Correction: d.str(path, o, "correction", true),
		Facts:      d.refList(path, o, "facts", true, refFact, 0),
	}
}

// resolve checks every reference against the ids the pack defines. A pack
// that extends others keeps the references it cannot resolve for New.
func (d *decoder) resolve(p *Pack) {
	for _, r := range d.refs {
		ek, ok := d.ids[r.kind][r.id]
		switch {
		case !ok && len(p.Extends) > 0:
			p.pending = append(p.pending, r)
		case !ok:
			d.errorf(r.path, "unknown %s id %q", refKindNames[r.kind], r.id)
		case r.want != 0 && ek != 0 && ek != r.want:
			d.errorf(r.path, "%s %q is of kind %s, want %s", refKindNames[r.kind], r.id, ek, r.want)
		}
	}
}
