package kb

import "factlens/facts"

// Pack is one decoded and validated facts file: the default pack embedded in
// the program, or a newsroom's own. See facts/README.md for the JSON schema.
type Pack struct {
	// Name identifies the pack ("aes-default"); other packs name it in
	// Extends.
	Name string
	// Extends names the packs this one builds on. Its references to ids it
	// does not define are then checked by [New] against those packs; a
	// pack that extends nothing must define every id it uses.
	Extends  []string
	Sources  []Source
	Ranks    []Rank
	Entities []Entity
	Events   []Event
	Facts    []Fact
	Errata   []Erratum

	// file is the name the pack was parsed under, for error messages.
	file string
	// pending are references to ids the pack does not define, left for
	// New to resolve against the packs it extends.
	pending []reference
}

// Source is a published document: an article, a communiqué, a reference
// page.
type Source struct {
	ID        string
	Publisher string
	// URL is the http or https address, exactly as published.
	URL   string
	Title string
	// Date is the publication date at the precision known (TIMEX3), empty
	// when unknown.
	Date string
	// Says paraphrases in one line what the source states.
	Says string
}

// Rank is a military rank or civil title a person can hold ("général",
// "captain"), with the ways texts write it.
type Rank struct {
	ID string
	// Names is the title by language ("fr", "en").
	Names map[string]string
	// Aliases are other spellings, plurals and abbreviations ("généraux",
	// "Gen.").
	Aliases []string
}

// Entity is a person, organisation or place, with what the base knows of
// it.
type Entity struct {
	ID      string
	Kind    facts.EntityKind
	Names   map[string]string
	Aliases []string
	// Members are, for an organisation, the ids of its member states.
	Members []string
	// Titles are, for a person, the ranks held and when.
	Titles []Title
	// Roles are, for a person, the offices held and when.
	Roles []Role
}

// Title says that a person held a rank between From and To: the sources
// attest the rank at those dates. A zero From or To leaves that end open.
type Title struct {
	Rank     string
	From, To Date
	Facts    []string
}

// Role says that a person held an office of an organisation or state
// between From and To (To zero: still held, or end unknown).
type Role struct {
	// Role is the office: "head-of-state", "president",
	// "head-of-government", "minister", "commander", "chief-of-staff".
	Role     string
	Of       string
	From, To Date
	Facts    []string
}

// EventKind is what kind of thing an event is.
type EventKind string

// The event kinds.
const (
	Summit             EventKind = "summit"
	MinisterialMeeting EventKind = "ministerial-meeting"
	Meeting            EventKind = "meeting"
	Treaty             EventKind = "treaty"
	Founding           EventKind = "founding"
	Transformation     EventKind = "transformation"
	Accession          EventKind = "accession"
	Withdrawal         EventKind = "withdrawal"
	Dissolution        EventKind = "dissolution"
	Launch             EventKind = "launch"
	Inauguration       EventKind = "inauguration"
	Coup               EventKind = "coup"
	Announcement       EventKind = "announcement"
)

var eventKinds = map[EventKind]bool{
	Summit: true, MinisterialMeeting: true, Meeting: true, Treaty: true,
	Founding: true, Transformation: true, Accession: true, Withdrawal: true,
	Dissolution: true, Launch: true, Inauguration: true, Coup: true,
	Announcement: true,
}

// Stage is how far along an event that happens in steps was: a withdrawal
// announced, decided by the other side, or in effect.
type Stage string

// The stages; the empty Stage is a one-step event.
const (
	Announced Stage = "announced"
	Decided   Stage = "decided"
	Effective Stage = "effective"
)

// Event is something that happened on a date or over days: a summit, a
// treaty, a withdrawal, a coup.
type Event struct {
	ID    string
	Kind  EventKind
	Stage Stage
	// Title is the event's name by language ("fr" and "en").
	Title map[string]string
	// Start and End are the first and last day (or month, or year); End is
	// Start for a one-day event.
	Start, End Date
	// Place is the entity id of where it happened, empty when unknown.
	Place string
	// Subjects are the entities that acted (the AES founded, Mali withdrew);
	// Objects those acted upon (withdrew from the G5 Sahel).
	Subjects []string
	Objects  []string
	// Series and Number place the event in a numbered series ("aes-college",
	// 2 for the second summit); Number is 0 outside a series.
	Series string
	Number int
	// PartOf is the id of the event this one happened during, if any.
	PartOf string
	// Participants are the people there, day by day.
	Participants []Participant
	// Facts are the ids of the facts that establish the event, its date
	// and its place.
	Facts []string
}

// Participant is a person's part in an event.
type Participant struct {
	// Person is the entity id of the person.
	Person string
	// Roles are what the person did: "host", "chair", "signatory",
	// "attendee", "announcer", "commander", "leader" (of a coup).
	Roles []string
	// Present and Absent are the days the person is known to have been
	// there, or not; a day in neither is unknown.
	Present []Date
	Absent  []Date
	// Arrived is when the person arrived, when the sources say.
	Arrived Date
	Facts   []string
}

// Fact is a sourced statement; [Base.Fact] returns it as a report shows
// it.
type Fact struct {
	ID string
	// Statement is the fact in words, in "fr" and "en".
	Statement map[string]string
	// Date is when it happened, TIMEX3 (a date or START/END), or empty.
	Date string
	// Confidence is "high", "medium" or "low".
	Confidence string
	// Sources are the ids of the sources the fact rests on; at least one.
	Sources []string
}

// Erratum is an error another outlet published, kept as data: what it
// says, what is right, and the facts that show it.
type Erratum struct {
	Outlet     string
	URL        string
	Says       string
	Correction string
	Facts      []string
}
