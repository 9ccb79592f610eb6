package claims

import (
	"strings"
	"testing"

	"factlens/facts"
	"factlens/facts/timex"
)

// d is a date of a test text: the first occurrence of text after the
// previous date, and its TIMEX3 value; a value starting with "P" is a
// duration.
type d struct{ text, value string }

// datesOf places ds in text as timex.Tag would return them.
func datesOf(t testing.TB, text string, ds []d) []timex.Timex {
	t.Helper()
	var out []timex.Timex
	from := 0
	for _, x := range ds {
		i := strings.Index(text[from:], x.text)
		if i < 0 {
			t.Fatalf("date %q not in %q after byte %d", x.text, text, from)
		}
		typ := timex.Date
		if strings.HasPrefix(x.value, "P") {
			typ = timex.Duration
		}
		out = append(out, timex.Timex{Start: from + i, End: from + i + len(x.text), Type: typ, Value: x.value})
		from += i + len(x.text)
	}
	return out
}

// founding is the part of a founding claim the tests compare.
type founding struct {
	Text, Subject, SubjectID, Event, Value, Object string
	ObjectIDs                                      []string
}

// attendance is the part of an attendance claim the tests compare.
type attendance struct {
	Text, Event, Value, Place string
	People                    []facts.Person
}

// foundingsOf returns the founding claims of cs.
func foundingsOf(cs []facts.Claim) []founding {
	var out []founding
	for _, c := range cs {
		if c.Kind == facts.KindFounding {
			out = append(out, founding{c.Text, c.Subject, c.SubjectID, c.Event, c.Value, c.Object, c.ObjectIDs})
		}
	}
	return out
}

// attendancesOf returns the attendance claims of cs.
func attendancesOf(cs []facts.Claim) []attendance {
	var out []attendance
	for _, c := range cs {
		if c.Kind == facts.KindAttendance {
			out = append(out, attendance{c.Text, c.Event, c.Value, c.Place, c.People})
		}
	}
	return out
}

// p returns a present person; its options set the rest: "t:général",
// "r:chair", "w:day1", "absent", "id:goita".
func p(name string, opts ...string) facts.Person {
	pr := facts.Person{Name: name, Present: true}
	for _, o := range opts {
		k, v, _ := strings.Cut(o, ":")
		switch k {
		case "t":
			pr.Title = v
		case "r":
			pr.Role = v
		case "w":
			pr.When = v
		case "id":
			pr.ID = v
		case "absent":
			pr.Present = false
		}
	}
	return pr
}
