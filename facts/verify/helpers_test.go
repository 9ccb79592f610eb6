package verify_test

import (
	"strings"
	"testing"

	"factlens/facts"
)

// claim builds a claim of kind k on the first occurrence of quote in text
// (after the first occurrence of after, when not empty), with its sentence
// span found by splitting at ". ", "! ", "? " and line ends, then applies
// the options.
func claim(t testing.TB, text, after, quote string, k facts.Kind, opts ...func(*facts.Claim)) facts.Claim {
	t.Helper()
	from := 0
	if after != "" {
		from = strings.Index(text, after)
		if from < 0 {
			t.Fatalf("claim: %q not in text", after)
		}
	}
	i := strings.Index(text[from:], quote)
	if i < 0 {
		t.Fatalf("claim: %q not in text", quote)
	}
	i += from
	c := facts.Claim{Kind: k, Start: i, End: i + len(quote), Text: quote, Facts: []string{}}
	c.Sentence = sentenceAround(text, c.Span())
	for _, o := range opts {
		o(&c)
	}
	return c
}

// sentenceAround returns the sentence of text holding s.
func sentenceAround(text string, s facts.Span) facts.Span {
	start := 0
	for _, sep := range []string{". ", "! ", "? ", "\n"} {
		if j := strings.LastIndex(text[:s.Start], sep); j >= 0 && j+len(sep) > start {
			start = j + len(sep)
		}
	}
	end := len(text)
	for _, sep := range []string{". ", "! ", "? ", "\n"} {
		if j := strings.Index(text[s.End:], sep); j >= 0 && s.End+j+1 < end {
			end = s.End + j + 1
		}
	}
	return facts.Span{Start: start, End: end}
}

func value(typ, v string) func(*facts.Claim) {
	return func(c *facts.Claim) { c.Type, c.Value = typ, v }
}

func entities(ids ...string) func(*facts.Claim) {
	return func(c *facts.Claim) { c.Entities = ids }
}

func founding(subject, event string, objects ...string) func(*facts.Claim) {
	return func(c *facts.Claim) { c.SubjectID, c.Event, c.ObjectIDs = subject, event, objects }
}

func people(ps ...facts.Person) func(*facts.Claim) {
	return func(c *facts.Claim) { c.People = ps }
}

func dated(v string) func(*facts.Claim) {
	return func(c *facts.Claim) { c.Value = v }
}
