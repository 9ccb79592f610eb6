package verify

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
	"factlens/facts/timex"
)

// erratum is an error of another outlet ([kb.Erratum]) as claims are
// matched against it: the facts that correct it and the wrong values it
// quotes.
type erratum struct {
	outlet string
	// date is the publication date of the outlet's piece (TIMEX3), when
	// the base holds that piece as a source with a date; else "".
	date   string
	facts  []string
	quotes []quoted
	// people are the persons the erratum names (in what the outlet said
	// or in its correction): a wrong rank it quotes is about them.
	people []string
}

// quoted is a phrase an erratum quotes, as the outlet wrote it, with the
// TIMEX3 value of the date it holds ("mardi 25 décembre 2025" →
// "2025-12-25") or, when it holds none, its folded words ("généraux").
type quoted struct {
	text, value string
	words       []string
}

// quoteMarks pairs the opening and closing marks a quote may use.
var quoteMarks = [][2]string{{`"`, `"`}, {"«", "»"}, {"“", "”"}}

// quotes returns the phrases quoted in s.
func quotes(s string) []string {
	var out []string
	for _, m := range quoteMarks {
		rest := s
		for {
			_, after, ok := strings.Cut(rest, m[0])
			if !ok {
				break
			}
			q, tail, ok := strings.Cut(after, m[1])
			if !ok {
				break
			}
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
			rest = tail
		}
	}
	return out
}

// errataOf prepares the errata of b. The wrong values are read from the
// quotes of each erratum's Says: a quote holding a date (in French or
// English) gives its value, any other quote its words. An erratum that
// quotes nothing cannot be matched and is left out. The persons g finds in
// its Says and Correction are the ones it is about.
func errataOf(b *kb.Base, g *gazetteer) []erratum {
	dates := make(map[string]string)
	for _, id := range b.FactIDs() {
		if f, ok := b.Fact(id); ok {
			for _, s := range f.Sources {
				if s.Date != "" {
					dates[s.URL] = s.Date
				}
			}
		}
	}
	var out []erratum
	for _, x := range b.Errata() {
		e := erratum{outlet: x.Outlet, date: dates[x.URL], facts: x.Facts}
		for _, s := range []string{x.Says, x.Correction} {
			for _, m := range g.find(words(s, facts.Span{Start: 0, End: len(s)})) {
				if ent, ok := b.Entity(m.id); ok && ent.Kind == facts.PersonEntity && !slices.Contains(e.people, m.id) {
					e.people = append(e.people, m.id)
				}
			}
		}
		for _, q := range quotes(x.Says) {
			v := quotedDate(q)
			ws := foldWords(q)
			if v == "" && len(ws) == 0 {
				continue
			}
			if v != "" {
				ws = nil
			}
			e.quotes = append(e.quotes, quoted{text: q, value: v, words: ws})
		}
		if len(e.quotes) > 0 {
			out = append(out, e)
		}
	}
	return out
}

// quotedDate returns the TIMEX3 value of the date a quote holds, read as
// French or as English, whichever reads the longer expression, or "" when
// it holds none. A date without a year ("le 4 mai") takes the year of the
// zero time, which is replaced by "XXXX"; other relative dates ("hier")
// mean nothing out of their article and are not read.
func quotedDate(q string) string {
	var best timex.Timex
	for _, lang := range []string{"fr", "en"} {
		for _, t := range timex.Tag(q, lang, time.Time{}) {
			if t.Type == timex.Date && t.End-t.Start > best.End-best.Start {
				best = t
			}
		}
	}
	if md, ok := strings.CutPrefix(best.Value, "0001"); ok {
		return "XXXX" + md
	}
	if strings.HasPrefix(best.Value, "000") {
		return ""
	}
	return best.Value
}

// repetition is a wrong phrase a claim repeats and the outlet that
// published it.
type repetition struct {
	quote  string
	outlet string
	date   string
	// right is the sentence giving the right value, for a wrong rank.
	right string
}

// repeats returns the errors of other outlets a claim judged r repeats:
// an erratum whose facts r rests on, when the claim is not supported and
// gives the erratum's wrong date (to the day and month, when the outlet
// gave no year) or holds the words it quotes. Quoted words that name a
// rank ("généraux") are repeated when the claim, in any words, gives that
// rank to one of the persons the erratum names who did not hold it: "les
// généraux Goïta et Tiani et le capitaine Traoré" holds the word but not
// the error, "General Traoré" the error in other words.
func (c *checker) repeats(cl *facts.Claim, r result) []repetition {
	if r.verdict != facts.Contradicted && r.verdict != facts.Imprecise {
		return nil
	}
	var claimed []string
	if cl.Kind == facts.KindDate || cl.Kind == facts.KindAttendance {
		claimed = append(claimed, cl.Value)
	}
	for _, t := range timex.Tag(cl.Text, c.lang, c.ref) {
		claimed = append(claimed, t.Value)
	}
	ws := foldWords(cl.Text)
	var out []repetition
	for _, e := range c.errata {
		if !slices.ContainsFunc(e.facts, func(id string) bool { return slices.Contains(r.facts, id) }) {
			continue
		}
		for _, q := range e.quotes {
			if q.words != nil {
				if right, ok := c.sameSlip(e, q, ws, r); ok {
					out = append(out, repetition{quote: q.text, outlet: e.outlet, date: e.date, right: right})
				}
			} else if slices.ContainsFunc(claimed, func(cv string) bool { return sameDate(q.value, cv) }) {
				out = append(out, repetition{quote: q.text, outlet: e.outlet, date: e.date})
			}
		}
	}
	return out
}

// sameSlip reports whether the claim judged r, of folded words ws, makes
// the slip that quote q of erratum e names: for a rank word, that rank
// given wrongly to a person e names (to anyone, when e names no one),
// whatever the words ("Generals … Traoré" repeats « généraux »); for
// other words, the words themselves. For a rank it also returns the
// sentence that gives the right one.
func (c *checker) sameSlip(e erratum, q quoted, ws []string, r result) (string, bool) {
	rank := c.rankOf(q.text)
	if rank == "" {
		return "", containsRun(ws, q.words)
	}
	for _, w := range r.ranks {
		if w.rank == rank && (len(e.people) == 0 || slices.Contains(e.people, w.person)) {
			return w.why, true
		}
	}
	return "", false
}

// sameDate reports whether a claim's TIMEX3 value cv gives the outlet's
// wrong date v: the same value, or the same month and day when v has no
// year ("XXXX-05-04").
func sameDate(v, cv string) bool {
	if v == "" || cv == "" {
		return false
	}
	if md, ok := strings.CutPrefix(v, "XXXX"); ok {
		return len(cv) == len(v) && strings.HasSuffix(cv, md)
	}
	return v == cv
}

// containsRun reports whether p occurs as a run of consecutive words of ws.
func containsRun(ws, p []string) bool {
	for i := 0; i+len(p) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// alsoIn says which other outlets made the errors a claim repeats, one
// sentence per wrong phrase: "L'erreur « généraux » a aussi été publiée
// par Gabon Daily News." Each outlet is named once per phrase, with the
// date of its piece when known.
func (c *checker) alsoIn(rs []repetition) string {
	var order []string
	names := make(map[string][]string)
	for _, r := range rs {
		n := r.outlet
		if d, err := kb.ParseDate(r.date); err == nil {
			n += " (" + c.dateOf(d) + ")"
		}
		if _, ok := names[r.quote]; !ok {
			order = append(order, r.quote)
		}
		if !slices.Contains(names[r.quote], n) {
			names[r.quote] = append(names[r.quote], n)
		}
	}
	out := make([]string, len(order))
	for i, q := range order {
		out[i] = fmt.Sprintf(c.lex.msg["erratum"], c.quote(q), c.list(names[q]))
	}
	return strings.Join(out, " ")
}

// dateOf writes a date at its precision, without preposition: "6 juillet
// 2024", "juillet 2024", "2024".
func (c *checker) dateOf(d kb.Date) string {
	switch d.Precision() {
	case kb.Year:
		return d.String()
	case kb.Month:
		return c.lex.months[d.Start().Month()-1] + " " + d.Start().Format("2006")
	}
	return c.day(d)
}
