// Package facts holds the vocabulary shared by every stage of the factlens
// engine: claims found in an article, the verdicts given to them, the facts
// and sources behind those verdicts, and the report that carries them all.
//
// Data flows one way: text → claims ([facts/claims], [facts/timex]) →
// verdicts ([facts/verify]) → view. The single entry point from text to
// report is [facts/check]. This package imports only the standard library.
package facts

import "encoding/json"

// Kind is the kind of a checkable claim. The zero Kind is invalid.
type Kind int

const (
	_ Kind = iota
	// KindDate is a temporal expression: a date, an interval, a duration.
	KindDate
	// KindFounding is a statement that an organisation was founded,
	// transformed, joined or left something, dissolved, launched,
	// inaugurated or became operational.
	KindFounding
	// KindAttendance is a statement of who was present at, absent from,
	// hosted or chaired an event.
	KindAttendance
)

var kindNames = enum[Kind]{typ: "Kind", what: "kind", names: map[Kind]string{
	KindDate:       "date",
	KindFounding:   "founding",
	KindAttendance: "attendance",
}}

// String returns the kind's name in the CLI contract: "date", "founding"
// or "attendance"; an invalid kind prints as "Kind(N)".
func (k Kind) String() string {
	return kindNames.name(k)
}

// MarshalText encodes the kind as its contract name.
func (k Kind) MarshalText() ([]byte, error) {
	return kindNames.marshal(k)
}

// UnmarshalText decodes a contract name.
func (k *Kind) UnmarshalText(b []byte) error {
	return kindNames.unmarshal(b, k)
}

// Founding events: the values of [Claim.Event] for founding claims.
const (
	EventFounded     = "founded"
	EventTransformed = "transformed"
	EventJoined      = "joined"
	EventWithdrew    = "withdrew"
	EventDissolved   = "dissolved"
	EventLaunched    = "launched"
	EventOperational = "operational"
	EventInaugurated = "inaugurated"
)

// Span is a half-open byte range [Start, End) of the input text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Claim is one checkable statement of an article.
//
// Start and End are byte offsets into the input (End exclusive) and Text is
// exactly input[Start:End]. Which of the optional fields are set depends on
// Kind:
//   - date: Type and Value (TIMEX3);
//   - founding: Subject, Event (one of the Event* constants) and, when the
//     sentence dates it, Value;
//   - attendance: People, Event (the event as mentioned) and, when given,
//     Value (its date) and Place.
type Claim struct {
	ID    string `json:"id"`
	Kind  Kind   `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`

	// Type is the TIMEX3 type of a date claim: DATE, DURATION, TIME or SET.
	Type string `json:"type,omitempty"`
	// Value is the TIMEX3 value of a date claim, or the date (TIMEX3 form)
	// a founding or attendance claim gives for its event.
	Value string `json:"value,omitempty"`

	// Subject is the organisation a founding claim is about, as named by
	// the gazetteer in the article's language; SubjectID is its entity id
	// when the gazetteer knows it.
	Subject   string `json:"subject,omitempty"`
	SubjectID string `json:"subjectId,omitempty"`
	// Object is what the subject was transformed into, joined or left
	// ("confédération", "ECOWAS"), when the claim says; ObjectIDs are the
	// entity ids of the organisations named there.
	Object    string   `json:"object,omitempty"`
	ObjectIDs []string `json:"objectIds,omitempty"`
	// Event is the founding event (founded, transformed, …) of a founding
	// claim, or the event mention ("le deuxième sommet") of an attendance
	// claim.
	Event string `json:"event,omitempty"`
	// Place is where an attendance claim's event took place, when stated.
	Place string `json:"place,omitempty"`
	// People are the persons an attendance claim names.
	People []Person `json:"people,omitempty"`

	// Verdict, Facts and Explanation are filled by verification; before it
	// the verdict is Unverified and Facts is empty, never nil.
	Verdict     Verdict  `json:"verdict"`
	Facts       []string `json:"facts"`
	Explanation string   `json:"explanation,omitempty"`

	// Sentence is the span of the sentence that holds the claim, and
	// Entities the ids of the gazetteer entities named in that sentence.
	// Verification reads them; they are not part of the JSON contract.
	Sentence Span     `json:"-"`
	Entities []string `json:"-"`
}

// Span returns the claim's byte range.
func (c *Claim) Span() Span { return Span{c.Start, c.End} }

// Person is one person named by an attendance claim.
type Person struct {
	// Name is the name as the gazetteer spells it, or as the text spells it
	// for a person the gazetteer does not know.
	Name string `json:"name"`
	// ID is the gazetteer's entity id, empty for an unknown person.
	ID string `json:"id,omitempty"`
	// Present reports whether the claim says the person was there.
	Present bool `json:"present"`
	// Title is the rank or title the text gives ("général", "captain").
	Title string `json:"title,omitempty"`
	// Role is what the text says the person did there: "host" or "chair".
	Role string `json:"role,omitempty"`
	// When narrows the presence or absence to part of the event, as a
	// TIMEX3 value or the ordinal day ("day1") when that is all the text
	// says ("le premier jour").
	When string `json:"when,omitempty"`
}

// Report is the result of checking one text: the JSON object of the CLI
// contract.
type Report struct {
	// Lang is the article's language, "fr" or "en".
	Lang string `json:"lang"`
	// Ref is the reference (publication) date, YYYY-MM-DD.
	Ref string `json:"ref"`
	// Claims are sorted by Start, then by longest first.
	Claims []Claim `json:"claims"`
	// Evidence maps the fact ids cited by Claims to the facts themselves,
	// so that a reader of the report can show the evidence.
	Evidence map[string]Fact `json:"evidence,omitempty"`
}

// MarshalJSON makes sure an empty report prints "claims": [].
func (r Report) MarshalJSON() ([]byte, error) {
	type report Report
	if r.Claims == nil {
		r.Claims = []Claim{}
	}
	return json.Marshal(report(r))
}
