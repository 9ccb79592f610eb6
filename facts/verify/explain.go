package verify

import (
	"fmt"
	"strconv"
	"strings"

	"factlens/facts/kb"
)

// day formats a day as the article's language writes it: "1er mars 2024",
// "6 March 2024".
func (c *checker) day(d kb.Date) string {
	t := d.Start()
	n := strconv.Itoa(t.Day())
	if t.Day() == 1 && c.lang == "fr" {
		n = c.lex.msg["first"]
	}
	return n + " " + c.lex.months[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// dayUpTo formats day a as the start of a run ending on day b, leaving out
// what the two share: "22" (au 23 décembre 2025), "30 novembre" (au 2
// décembre 2025).
func (c *checker) dayUpTo(a, b kb.Date) string {
	ta, tb := a.Start(), b.Start()
	full := c.day(a)
	if ta.Year() != tb.Year() {
		return full
	}
	full = strings.TrimSuffix(full, " "+strconv.Itoa(ta.Year()))
	if ta.Month() != tb.Month() {
		return full
	}
	return strings.TrimSuffix(full, " "+c.lex.months[ta.Month()-1])
}

// when says when an event happened: "le 16 septembre 2023", "du 22 au 23
// décembre 2025", "en septembre 2023", "en 2014".
func (c *checker) when(e *kb.Event) string {
	return c.between(e.Start, e.End)
}

// between says when a stretch from a to b (inclusive) lies.
func (c *checker) between(a, b kb.Date) string {
	switch a.Precision() {
	case kb.Year:
		return fmt.Sprintf(c.lex.msg["year"], a)
	case kb.Month:
		t := a.Start()
		return fmt.Sprintf(c.lex.msg["month"], c.lex.months[t.Month()-1]+" "+strconv.Itoa(t.Year()))
	}
	if a.Day() != b.Day() {
		return fmt.Sprintf(c.lex.msg["days"], c.dayUpTo(a, b), c.day(b))
	}
	if a.Precision() == kb.Minute {
		return fmt.Sprintf(c.lex.msg["time"], c.day(a), a.Start().Format("15:04"))
	}
	return fmt.Sprintf(c.lex.msg["day"], c.day(a))
}

// title is the event's name in the article's language.
func (c *checker) title(e *kb.Event) string {
	if t, ok := e.Title[c.lang]; ok {
		return t
	}
	return e.Title["en"]
}

// publisher names the first source of the first of ids that has one.
func (c *checker) publisher(ids []string) string {
	for _, id := range ids {
		if p, ok := c.publishers[id]; ok {
			return p
		}
	}
	return ""
}

// quote quotes the words of the text as the article's language does.
func (c *checker) quote(s string) string {
	if c.lang == "fr" {
		return "« " + s + " »"
	}
	return "\"" + s + "\""
}

// number writes x with one decimal at most, with the article's decimal
// separator: "17,5", "2".
func (c *checker) number(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if c.lang == "fr" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// person is a person's name in the article's language.
func (c *checker) person(id string) string {
	if e, ok := c.base.Entity(id); ok {
		if n, ok := e.Names[c.lang]; ok {
			return n
		}
		for _, n := range e.Names {
			return n
		}
	}
	return id
}

// list joins names with commas and the language's "and".
func (c *checker) list(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + c.lex.msg["and"] + names[len(names)-1]
}
