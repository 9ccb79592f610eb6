package app

import (
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"factlens/facts"
)

// The classroom is a mode of the reader (/classroom/{id}, /classroom):
// students see the article with its claims highlighted but their verdicts
// hidden, classify each claim, then reveal the verdict and its evidence
// and see whether they were right. This file holds the exercise itself,
// plain Go with no go-app dependency; classroom_view.go renders it and
// share.go encodes the class's link.

// ClassSettings are the settings a teacher chooses for a class and shares
// in the students' link (see [ClassroomLink]). The zero value is a class
// that classifies every kind of claim, reasons optional.
type ClassSettings struct {
	// Kinds are the kinds of claims the students classify, in any order;
	// the others are not highlighted for them. Nil or empty means every
	// kind.
	Kinds []facts.Kind
	// RequireReason makes the students write a one-line reason before
	// they may reveal a verdict.
	RequireReason bool
}

// Includes reports whether the students classify claims of kind k.
func (s ClassSettings) Includes(k facts.Kind) bool {
	return len(s.Kinds) == 0 || slices.Contains(s.Kinds, k)
}

// normal returns s with its kinds in the reader's order, each once, and
// nil when they are every kind: the form links carry and parsers return.
func (s ClassSettings) normal() ClassSettings {
	var kinds []facts.Kind
	for _, k := range kindOrder {
		if slices.Contains(s.Kinds, k) {
			kinds = append(kinds, k)
		}
	}
	if len(kinds) == len(kindOrder) {
		kinds = nil
	}
	return ClassSettings{Kinds: kinds, RequireReason: s.RequireReason}
}

// classClaims returns the claims of kinds the students classify, in order.
func classClaims(claims []facts.Claim, s ClassSettings) []facts.Claim {
	var out []facts.Claim
	for _, c := range claims {
		if s.Includes(c.Kind) {
			out = append(out, c)
		}
	}
	return out
}

// Choice is a student's classification of a claim. The zero Choice is
// no choice yet.
type Choice int

const (
	_ Choice = iota
	// ChoiceSupported says the evidence supports the claim.
	ChoiceSupported
	// ChoiceImprecise says the claim is close to the facts, not exact.
	ChoiceImprecise
	// ChoiceContradicted says the evidence contradicts the claim.
	ChoiceContradicted
	// ChoiceCantTell says nothing known settles the claim.
	ChoiceCantTell
)

// choiceOrder is the order in which the card offers the choices.
var choiceOrder = []Choice{ChoiceSupported, ChoiceImprecise, ChoiceContradicted, ChoiceCantTell}

// String returns the choice's name ("supported", "cant-tell"), or
// "Choice(N)" for no or an invalid choice.
func (c Choice) String() string {
	switch c {
	case ChoiceSupported:
		return "supported"
	case ChoiceImprecise:
		return "imprecise"
	case ChoiceContradicted:
		return "contradicted"
	case ChoiceCantTell:
		return "cant-tell"
	}
	return fmt.Sprintf("Choice(%d)", int(c))
}

// answerOf is the right choice for verdict v: "can't tell" for an
// unverified (or invalid) verdict.
func answerOf(v facts.Verdict) Choice {
	switch verdictOf(v) {
	case facts.Supported:
		return ChoiceSupported
	case facts.Imprecise:
		return ChoiceImprecise
	case facts.Contradicted:
		return ChoiceContradicted
	}
	return ChoiceCantTell
}

// MaxReasonRunes is the longest reason a student may give, in
// characters; longer reasons are cut.
const MaxReasonRunes = 200

// Errors of the exercise, returned when a student's action is not allowed.
var (
	// ErrRevealed: the claim's verdict is revealed; its answer is final.
	ErrRevealed = errors.New("classroom: verdict already revealed")
	// ErrNoChoice: a verdict is revealed only once the claim is classified.
	ErrNoChoice = errors.New("classroom: no choice made")
	// ErrNoReason: the class requires a reason before a reveal.
	ErrNoReason = errors.New("classroom: a reason is required")
)

// Item is one claim of an exercise as the student left it.
type Item struct {
	Kind     facts.Kind
	Verdict  facts.Verdict
	Choice   Choice // zero until the student classifies the claim
	Reason   string // the student's one-line reason, trimmed
	Revealed bool   // the verdict is shown; Choice and Reason are final
}

// Right reports whether the item is revealed and its choice is the
// verdict's ("can't tell" for an unverified claim).
func (it Item) Right() bool { return it.Revealed && it.Choice == answerOf(it.Verdict) }

// Exercise is a class's work on one article: one [Item] per claim the
// students classify, in claim order. Each item goes from unclassified to
// classified (the choice may change) to revealed, which is final. Make
// one with [NewExercise].
type Exercise struct {
	settings ClassSettings
	items    []Item
}

// NewExercise returns the exercise of claims, which the caller has
// filtered with the class's settings (every claim becomes an item).
func NewExercise(claims []facts.Claim, s ClassSettings) *Exercise {
	e := &Exercise{settings: s.normal(), items: make([]Item, len(claims))}
	for i, c := range claims {
		e.items[i] = Item{Kind: c.Kind, Verdict: c.Verdict}
	}
	return e
}

// Len returns the number of items.
func (e *Exercise) Len() int { return len(e.items) }

// Item returns the item at index i.
func (e *Exercise) Item(i int) Item { return e.items[i] }

// item returns the item at index i for a change, or an error when there
// is none or it is revealed.
func (e *Exercise) item(i int) (*Item, error) {
	if i < 0 || i >= len(e.items) {
		return nil, fmt.Errorf("classroom: no claim %d of %d", i+1, len(e.items))
	}
	if e.items[i].Revealed {
		return nil, fmt.Errorf("claim %d: %w", i+1, ErrRevealed)
	}
	return &e.items[i], nil
}

// Choose classifies the claim at index i, replacing an earlier choice.
func (e *Exercise) Choose(i int, c Choice) error {
	if !slices.Contains(choiceOrder, c) {
		return fmt.Errorf("claim %d: invalid choice %v", i+1, c)
	}
	it, err := e.item(i)
	if err != nil {
		return err
	}
	it.Choice = c
	return nil
}

// SetReason records the student's reason for the claim at index i,
// trimmed and cut to [MaxReasonRunes] characters on one line.
func (e *Exercise) SetReason(i int, reason string) error {
	it, err := e.item(i)
	if err != nil {
		return err
	}
	reason = oneLine(reason)
	if utf8.RuneCountInString(reason) > MaxReasonRunes {
		reason = string([]rune(reason)[:MaxReasonRunes])
	}
	it.Reason = reason
	return nil
}

// CanReveal returns nil when the claim at index i may be revealed: it is
// classified, with a reason if the class requires one, and not revealed.
func (e *Exercise) CanReveal(i int) error {
	it, err := e.item(i)
	if err != nil {
		return err
	}
	switch {
	case it.Choice == 0:
		return fmt.Errorf("claim %d: %w", i+1, ErrNoChoice)
	case e.settings.RequireReason && it.Reason == "":
		return fmt.Errorf("claim %d: %w", i+1, ErrNoReason)
	}
	return nil
}

// Reveal shows the verdict of the claim at index i, when CanReveal
// allows it, and reports whether the student was right.
func (e *Exercise) Reveal(i int) (right bool, err error) {
	if err := e.CanReveal(i); err != nil {
		return false, err
	}
	e.items[i].Revealed = true
	return e.items[i].Right(), nil
}

// RevealAll reveals every item, classified or not: an item left without
// a choice counts as wrong.
func (e *Exercise) RevealAll() {
	for i := range e.items {
		e.items[i].Revealed = true
	}
}

// Done reports whether every item is revealed.
func (e *Exercise) Done() bool {
	for _, it := range e.items {
		if !it.Revealed {
			return false
		}
	}
	return true
}

// Tally counts the items of one kind, or of the whole exercise.
type Tally struct {
	Right    int // revealed and right
	Revealed int // revealed
	Total    int // all items
}

// add counts it.
func (t *Tally) add(it Item) {
	t.Total++
	if it.Revealed {
		t.Revealed++
	}
	if it.Right() {
		t.Right++
	}
}

// Score is an exercise's result so far.
type Score struct {
	// ByKind holds a tally for each kind that has items.
	ByKind map[facts.Kind]Tally
	// Overall counts every item.
	Overall Tally
}

// Score returns the result so far: right answers among the revealed
// items, per kind and overall.
func (e *Exercise) Score() Score {
	s := Score{ByKind: map[facts.Kind]Tally{}}
	for _, it := range e.items {
		t := s.ByKind[it.Kind]
		t.add(it)
		s.ByKind[it.Kind] = t
		s.Overall.add(it)
	}
	return s
}

// Answer is what a student did on one item, kept between visits (in the
// browser's local storage).
type Answer struct {
	Choice   Choice `json:"c,omitempty"`
	Reason   string `json:"r,omitempty"`
	Revealed bool   `json:"v,omitempty"`
}

// Answers returns the student's answers, one per item.
func (e *Exercise) Answers() []Answer {
	out := make([]Answer, len(e.items))
	for i, it := range e.items {
		out[i] = Answer{Choice: it.Choice, Reason: it.Reason, Revealed: it.Revealed}
	}
	return out
}

// Restore replays saved answers on an exercise not started: each choice
// and reason through Choose and SetReason, which drop what they refuse,
// then the reveals. Answers saved for another number of items (another
// article or settings) are refused whole.
func (e *Exercise) Restore(saved []Answer) error {
	if len(saved) != len(e.items) {
		return fmt.Errorf("classroom: %d saved answers for %d claims", len(saved), len(e.items))
	}
	for i, a := range saved {
		if a.Choice != 0 {
			e.Choose(i, a.Choice)
		}
		e.SetReason(i, a.Reason)
		if a.Revealed {
			e.items[i].Revealed = true
		}
	}
	return nil
}
