// Package verify gives each claim a verdict, the facts it rests on and an
// explanation, reasoning from a knowledge base.
//
// Verification ties each claim to the events of the base it is about —
// through the event words, places, organisations and people of its
// sentence — then compares what the claim says with what the facts say:
//   - a date with the event's dates, at the claim's precision ("septembre
//     2023" agrees with 16 September 2023; a day outside the event's days
//     contradicts it; an interval overlapping the event's only in part is
//     imprecise; a right day under the wrong day name, "mardi 22 décembre
//     2025" for a Monday, is imprecise); "bientôt", "soon" with whether the
//     event is still to come;
//   - the place a dated or attendance claim gives with the event's, when
//     both are places where events of the base happened (a palace or an
//     airport may lie in the city, which the base does not record);
//   - a duration with the span the base gives: an event's length ("le
//     sommet de deux jours"; a count of days is exact) or the time elapsed
//     since an event ("après un an de confédération"), within 10 %
//     supported, within 50 % imprecise, contradicted beyond;
//   - a founding, withdrawal, launch, ... with the base's events of that
//     kind for that organisation, and their dates (or, without a date, with
//     the article's date: an event after it contradicts the claim);
//   - an attendance claim with the event's participants (an event where
//     the claim's people took part, or someone held the role it gives,
//     first), day by day, the titles and roles the claim gives them, and
//     the state put in parentheses after a name ("Assimi Goïta (Mali)"): a
//     person put under a state they did not represent contradicts the
//     claim; a place only an earlier sentence names does not bear on it;
//   - an ordinal with the event's number in its series ("le troisième
//     sommet" on the second summit's date is imprecise).
//
// A claim that is not supported and repeats an error the base records
// another outlet made ([kb.Erratum]: a date or words it quotes, on the
// facts the verdict rests on) says so at the end of its explanation,
// naming the outlet and, when the base has it, the date of its piece. A
// quoted rank ("généraux") is repeated only by a claim that gives that
// rank, in any words, to a person the erratum names who did not hold it;
// the explanation then gives the right rank before the outlet.
//
// A claim nothing in the base bears on is [facts.Unverified], with no
// facts; its explanation says why, then names the kinds of source that
// would settle it (the act, communiqué or list of participants of what it
// states, dated as it dates it, and a wire report of the day). Every
// other verdict lists the ids of the facts it rests on, and the
// explanation, in the article's language, names the decisive fact's date
// and publisher.
package verify

import (
	"slices"
	"sort"
	"strings"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
)

// Verifier judges claims against one knowledge base. It indexes the
// base's names and event titles once, in [New]; it is immutable and safe
// for concurrent use.
type Verifier struct {
	base *kb.Base
	gaz  *gazetteer
	// titles holds, by language and event id, the folded content words of
	// the event's title that count as evidence of the event.
	titles map[string]map[string][]string
	// names holds, likewise, the title's words written with a capital
	// past its first word, other than the base's names: the words that
	// tie a text to the event ("Charte", "Liptako", "Gourma"), as
	// "meeting" or "ministers" do not (see grounded).
	names map[string]map[string][]string
	// publishers maps each fact id to the publisher of its first source.
	publishers map[string]string
	// venues are the places where events of the base happened (venuesOf).
	venues map[string]bool
	// errata are the errors of other outlets that claims may repeat
	// (errataOf).
	errata []erratum
}

// New returns a verifier for the facts of b.
func New(b *kb.Base) *Verifier {
	v := &Verifier{base: b, gaz: newGazetteer(b), titles: make(map[string]map[string][]string), names: make(map[string]map[string][]string), publishers: make(map[string]string),
		venues: venuesOf(b)}
	v.errata = errataOf(b, v.gaz)
	for _, id := range b.FactIDs() {
		if f, ok := b.Fact(id); ok && len(f.Sources) > 0 {
			v.publishers[id] = f.Sources[0].Publisher
		}
	}
	for _, lang := range []string{"fr", "en"} {
		c := &checker{lang: lang, lex: lexiconFor(lang), base: b, gaz: v.gaz}
		ts, ns := make(map[string][]string), make(map[string][]string)
		for _, e := range b.Events() {
			ts[e.ID], ns[e.ID] = c.contentWords(&e), c.nameWords(&e)
		}
		v.titles[lang], v.names[lang] = ts, ns
	}
	return v
}

// Claims sets Verdict, Facts and Explanation of each claim of cs, found in
// text (written in lang, published on ref). Explanations are written in
// lang ("fr" or "en"; another language is read and written as English).
// Claims reads the sentence span and entities of each claim; a claim with
// an empty Sentence is read in its own span.
func (v *Verifier) Claims(text, lang string, ref time.Time, cs []facts.Claim) {
	if lang != "fr" {
		lang = "en"
	}
	c := &checker{text: text, lang: lang, ref: ref, base: v.base, lex: lexiconFor(lang), gaz: v.gaz,
		titles: v.titles[lang], names: v.names[lang], publishers: v.publishers, venues: v.venues, errata: v.errata, claims: cs}
	for i := range cs {
		r := c.check(&cs[i])
		cs[i].Verdict = r.verdict
		cs[i].Facts = r.facts
		cs[i].Explanation = r.why
		reps := c.repeats(&cs[i], r)
		for _, rp := range reps {
			// The right value comes before the outlets that got it wrong,
			// even when the explanation had no room for it.
			if rp.right != "" && !strings.Contains(cs[i].Explanation, rp.right) {
				cs[i].Explanation += " " + rp.right
			}
		}
		if also := c.alsoIn(reps); also != "" {
			cs[i].Explanation += " " + also
		}
		if r.verdict == facts.Unverified {
			cs[i].Facts = []string{}
			if c.inText(&cs[i]) {
				cs[i].Explanation = r.why + " " + c.settle(&cs[i])
			}
		}
	}
}

// checker holds what verifying the claims of one text needs.
type checker struct {
	text   string
	lang   string
	ref    time.Time
	base   *kb.Base
	lex    *lexicon
	gaz    *gazetteer
	claims []facts.Claim
	// all are the words of the whole text, split once (see wordsIn).
	all []word
	// ground caches grounded, by event id.
	ground map[string]bool
	// doc caches the score of each event over the whole text (whole).
	doc   map[string]int
	whole *context
	// titles, names, publishers, venues and errata are the Verifier's
	// (see [Verifier]).
	titles     map[string][]string
	names      map[string][]string
	publishers map[string]string
	venues     map[string]bool
	errata     []erratum
	// contexts caches newContext by span, for the claims of one sentence.
	contexts map[facts.Span]*context
}

// result is the outcome of checking a claim, or a part of one.
type result struct {
	verdict facts.Verdict
	facts   []string
	why     string
	// ranks are the wrong ranks the claim gives people (rank), which an
	// erratum quoting a rank word may be about (repeats).
	ranks []wrongRank
}

// wrongRank is a rank a claim gives a person who did not hold it, and
// the sentence that gives the right one.
type wrongRank struct {
	person, rank, why string
}

// unverified is the result of a claim nothing bears on, with a reason.
func unverified(why string) result { return result{verdict: facts.Unverified, why: why} }

// inText reports whether the claim's span lies in the text: the engine's
// claims always do, but Claims takes claims from anywhere.
func (c *checker) inText(cl *facts.Claim) bool {
	return 0 <= cl.Start && cl.Start <= cl.End && cl.End <= len(c.text)
}

// check judges one claim by its kind.
func (c *checker) check(cl *facts.Claim) result {
	var r result
	if !c.inText(cl) {
		return unverified(c.lex.msg["nothing"])
	}
	switch cl.Kind {
	case facts.KindDate:
		r = c.checkDate(cl)
	case facts.KindFounding:
		r = c.checkFounding(cl)
	case facts.KindAttendance:
		r = c.checkAttendance(cl)
	}
	if r.verdict == 0 || r.verdict == facts.Unverified && r.why == "" {
		r = unverified(c.lex.msg["nothing"])
	}
	if r.verdict != facts.Unverified && len(r.facts) == 0 {
		// A verdict always rests on facts; reaching here is a bug in a rule.
		return unverified(c.lex.msg["nothing"])
	}
	r.facts = dedup(r.facts)
	return r
}

// sentence returns the span of the claim's sentence, or of the claim
// itself when the sentence is unknown.
func (c *checker) sentence(cl *facts.Claim) facts.Span {
	s := cl.Sentence
	if s.Len() <= 0 || s.Start < 0 || s.End > len(c.text) || !s.Contains(cl.Span()) {
		return cl.Span()
	}
	return s
}

// combine gives the verdict of a claim made of parts: supported when
// every part is, contradicted when every part is, imprecise otherwise.
// Unverified parts do not count; with no other part the claim is
// unverified. The explanation lists the parts that are not supported,
// contradicted ones first, or all parts when all are: at most two
// sentences, or, when join is not empty, at most three parts joined by it
// into one sentence.
func combine(parts []result, join string) result {
	var out result
	var good, bad []string
	n := 0
	// Contradicted parts explain first: they weigh most in the verdict.
	byWeight := slices.Clone(parts)
	slices.SortStableFunc(byWeight, func(a, b result) int {
		return verdictRank[a.verdict] - verdictRank[b.verdict]
	})
	for _, p := range byWeight {
		if p.verdict == facts.Unverified || p.verdict == 0 {
			continue
		}
		n++
		if p.verdict == facts.Supported {
			good = append(good, p.why)
		} else {
			bad = append(bad, p.why)
		}
		switch {
		case out.verdict == 0:
			out.verdict = p.verdict
		case out.verdict != p.verdict:
			out.verdict = facts.Imprecise
		}
	}
	for _, p := range parts {
		if p.verdict != facts.Unverified && p.verdict != 0 {
			out.facts = append(out.facts, p.facts...)
			out.ranks = append(out.ranks, p.ranks...)
		}
	}
	if n == 0 {
		if len(parts) > 0 {
			return parts[0]
		}
		return result{}
	}
	whys := good
	if len(bad) > 0 {
		whys = bad
	}
	whys = dedup(whys)
	if join == "" {
		out.why = strings.Join(whys[:min(len(whys), 2)], " ")
		return out
	}
	whys = whys[:min(len(whys), 3)]
	for i, w := range whys {
		whys[i] = strings.TrimSuffix(w, ".")
	}
	out.why = strings.Join(whys, join) + "."
	return out
}

// dedup returns ss without repeats, in first-seen order.
func dedup(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// entityID resolves a name as the text gives it to an entity id.
func (c *checker) entityID(s string) string {
	ws := words(s, facts.Span{Start: 0, End: len(s)})
	if ms := c.gaz.find(ws); len(ms) > 0 {
		return ms[0].id
	}
	return ""
}

// claimsIn returns the claims that start in span, a run of the claims
// sorted by start: with span a sentence, the sentence's claims, since none
// crosses its sentence.
func (c *checker) claimsIn(span facts.Span) []facts.Claim {
	i := sort.Search(len(c.claims), func(i int) bool { return c.claims[i].Start >= span.Start })
	j := sort.Search(len(c.claims), func(j int) bool { return c.claims[j].Start >= span.End })
	return c.claims[i:j]
}

// container returns the founding or attendance claim whose span holds the
// date claim cl, or one next to it, that took its value; or nil. A date
// inside a claim that did not take it dates something else: "Tiani, à la
// tête du Niger depuis le coup d'État de juillet 2023, s'est fait
// excuser".
func (c *checker) container(cl *facts.Claim) *facts.Claim {
	// Claims are sorted by start and none crosses its sentence, so the
	// claims that may hold cl start in its sentence, at or before it.
	sent := c.sentence(cl)
	i := sort.Search(len(c.claims), func(i int) bool { return c.claims[i].Start > cl.Start })
	for i--; i >= 0 && c.claims[i].Start >= sent.Start; i-- {
		o := &c.claims[i]
		if o.Kind != facts.KindDate && o != cl && o.Span().Contains(cl.Span()) && (o.Value == cl.Value || o.Kind == facts.KindFounding) {
			return o
		}
	}
	// A date next to a founding or attendance claim that took it as its
	// own: "said on Monday they would withdraw from the ICC", "Tiani
	// arrived on Monday".
	in := c.claimsIn(sent)
	for i := range in {
		o := &in[i]
		near := o.Start >= cl.End && o.Start-cl.End < 16 || o.End <= cl.Start && cl.Start-o.End < 16
		if o.Kind != facts.KindDate && near && sent.Contains(o.Span()) && o.Value == cl.Value {
			return o
		}
	}
	return nil
}
