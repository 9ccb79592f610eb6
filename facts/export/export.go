// Package export writes a checked article in the formats other tools read:
// a plain-text table for terminals ([Text]), a Markdown report for people
// ([Markdown]), schema.org ClaimReview JSON-LD for search engines and
// fact-check aggregators ([ClaimReview]) and W3C Web Annotation JSON-LD for
// annotation clients ([Annotations]).
//
// Every output is a pure function of its arguments: claims keep the order
// of the report, JSON objects are written from structs (fixed key order), and
// dates come from the article and the options, never from the clock.
//
// # Rating scale
//
// ClaimReview ratings use a three-point scale, from worstRating 1 to
// bestRating 3: [facts.Contradicted] is 1, [facts.Imprecise] 2 and
// [facts.Supported] 3. The rating's alternateName is the verdict in the
// article's language ("Faux", "Imprécis", "Exact" in French; "False",
// "Imprecise", "Accurate" in English). Unverified claims get no rating and
// no ClaimReview.
package export

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
)

// checkClaims reports the first claim of r without an id, with an id used
// before, or with an invalid kind or verdict: the exports need all four.
func checkClaims(r facts.Report) error {
	seen := make(map[string]bool, len(r.Claims))
	for i, c := range r.Claims {
		switch {
		case c.ID == "":
			return fmt.Errorf("export: claim %d has no id", i)
		case seen[c.ID]:
			return fmt.Errorf("export: claim id %q used twice", c.ID)
		case !validKind(c.Kind):
			return fmt.Errorf("export: claim %s has invalid kind %v", c.ID, c.Kind)
		case !validVerdict(c.Verdict):
			return fmt.Errorf("export: claim %s has invalid verdict %v", c.ID, c.Verdict)
		}
		seen[c.ID] = true
	}
	return nil
}

// validKind reports whether k is one of the contract's kinds.
func validKind(k facts.Kind) bool {
	_, err := k.MarshalText()
	return err == nil
}

// validVerdict reports whether v is one of the contract's verdicts.
func validVerdict(v facts.Verdict) bool {
	_, err := v.MarshalText()
	return err == nil
}

// checkDate reports whether s, a date the exports copy into their output,
// is empty or a calendar date YYYY-MM-DD.
func checkDate(what, s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("export: %s %q is not a date YYYY-MM-DD: %w", what, s, err)
	}
	return nil
}

// articleLang returns the language the exports write in: the article's,
// else the report's.
func articleLang(a facts.Article, r facts.Report) string {
	if a.Lang != "" {
		return a.Lang
	}
	return r.Lang
}

// summary returns what a claim asserts beyond its text, in one line with
// the words of lex: the TIMEX3 value of a date; subject, event, object and
// date of a founding; who was present or absent, where and when, for
// attendance.
func summary(c facts.Claim, lex *lexicon) string {
	var parts []string
	switch c.Kind {
	case facts.KindDate:
		parts = append(parts, c.Value)
	case facts.KindFounding:
		parts = append(parts, strings.Join(nonEmpty(c.Subject, lex.event(c.Event), c.Object), " "))
		parts = append(parts, c.Value)
	case facts.KindAttendance:
		var present, absent []string
		for _, p := range c.People {
			name := p.Name
			if q := strings.Join(nonEmpty(lex.role(p.Role), p.When), ", "); q != "" {
				name += " (" + q + ")"
			}
			if p.Present {
				present = append(present, name)
			} else {
				absent = append(absent, name)
			}
		}
		if len(present) > 0 {
			parts = append(parts, lex.present+" "+strings.Join(present, ", "))
		}
		if len(absent) > 0 {
			parts = append(parts, lex.absent+" "+strings.Join(absent, ", "))
		}
		parts = append(parts, c.Place, c.Value)
	}
	return oneLine(strings.Join(nonEmpty(parts...), "; "))
}

// nonEmpty returns the non-empty strings of ss, in order.
func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// oneLine replaces control characters (tabs, line breaks) by spaces, so
// that s stays in one cell of a table or one line of Markdown.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// shorten returns s cut to at most n code points, the last of them an
// ellipsis when s was longer.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for k < n-1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		k++
	}
	return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
}
