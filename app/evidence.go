package app

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// The evidence of a claim (verdict, explanation, facts, sources) is shown
// twice from the same code: in the evidence card of the selected claim,
// and in the numbered notes under the article, which readers without
// JavaScript reach through the highlights' links and which print.

// renderCard is the evidence card of the open claim: a non-modal dialog
// that takes the focus when it opens and closes on Escape or its close
// button, giving the focus back to the highlight. It stays open while the
// pointer or the focus is on it (WCAG 2.2, 1.4.13).
func (r *Reader) renderCard() app.UI {
	m := r.msg()
	i := r.card
	c := r.claim(i)
	others := r.alsoHere(i)
	return app.Elem("div").ID(cardID).Class("fl-card", r.verdictClassOf(i)).
		Role("dialog").Aria("modal", false).Aria("labelledby", cardTitleID).TabIndex(-1).
		Body(
			app.Elem("div").Class("fl-card-head").Body(
				app.Elem("h2").ID(cardTitleID).Text(fmt.Sprintf(m.claimN, i+1)+" · "+m.kind(c.Kind)),
				app.Elem("button").Attr("type", "button").Class("fl-close").Aria("label", m.close).
					OnClick(func(ctx app.Context, e app.Event) { r.closeCard(ctx) }).
					Text("×"),
			),
			app.Elem("div").Class("fl-card-body").Body(r.cardBody(i)...),
			app.If(len(others) > 0, func() app.UI {
				return app.Elem("div").Class("fl-also").Body(
					app.Elem("p").Class("fl-sub").Text(m.alsoHere),
					app.Elem("ul").Body(app.Range(others).Slice(func(k int) app.UI {
						j := others[k]
						return app.Elem("li").Body(
							app.Elem("button").Attr("type", "button").Class("fl-link", r.verdictClassOf(j)).
								OnClick(func(ctx app.Context, e app.Event) { r.openCard(ctx, j) }, app.EventScope(entryID(j))).
								Body(r.claimSummary(j)),
						)
					})),
				)
			}),
		)
}

// alsoHere returns the other claims of the highlight that shows claim i.
func (r *Reader) alsoHere(i int) []int {
	mk := r.layout.markOf[i]
	if mk < 0 {
		return nil
	}
	var out []int
	for _, j := range r.layout.marks[mk].claims {
		if j != i {
			out = append(out, j)
		}
	}
	return out
}

// claimSummary is a claim in one line: number, verdict badge, kind and
// quote (writeSummary).
func (r *Reader) claimSummary(i int) app.UI {
	var w htmlWriter
	r.writeSummary(&w, i)
	return app.Raw(w.String())
}

// writeSummary writes the summary of the claim at index i, a span.
func (r *Reader) writeSummary(w *htmlWriter, i int) {
	c := r.claim(i)
	w.open("span", attr{"class", "fl-summary"})
	w.elem("span", claimNumber(i), attr{"class", "fl-n"})
	w.text(" ")
	w.elem("span", r.verdictLabelOf(i), attr{"class", "badge " + r.verdictClassOf(i)})
	w.text(" ")
	w.elem("span", r.msg().kind(c.Kind), attr{"class", "fl-kind"})
	w.text(" ")
	r.writeQuote(w, c)
	w.close("span")
}

// quote is the claim's text as the article words it (writeQuote).
func (r *Reader) quote(c *facts.Claim) app.UI {
	var w htmlWriter
	r.writeQuote(&w, c)
	return app.Raw(w.String())
}

// writeQuote writes the claim's text as the article words it, in the
// article's language.
func (r *Reader) writeQuote(w *htmlWriter, c *facts.Claim) {
	w.elem("q", c.Text, attr{"class", "fl-quote"}, attr{"lang", knownLang(r.Page.Article.Lang)})
}

// renderEvidence is what is known of the claim at index i, as raw HTML
// (writeEvidence): the card and the notes mount it with one innerHTML.
func (r *Reader) renderEvidence(i int) app.UI {
	var w htmlWriter
	r.writeEvidence(&w, i)
	return app.Raw(w.String())
}

// writeEvidence writes what is known of the claim at index i: its verdict,
// kind and quote, the explanation, then the facts it rests on.
func (r *Reader) writeEvidence(w *htmlWriter, i int) {
	m := r.msg()
	c := r.claim(i)
	var known []facts.Fact
	for _, id := range c.Facts {
		if f, ok := r.Page.Report.Evidence[id]; ok {
			known = append(known, f)
		}
	}
	w.open("div", attr{"class", "fl-evidence"})
	w.open("p", attr{"class", "fl-ev-head"})
	w.elem("span", m.verdict(c.Verdict), attr{"class", "badge " + verdictClass(c.Verdict)})
	w.text(" ")
	w.elem("span", m.kind(c.Kind), attr{"class", "fl-kind"})
	w.text(" ")
	r.writeQuote(w, c)
	w.close("p")
	if c.Explanation != "" {
		w.elem("p", c.Explanation, attr{"class", "fl-expl"})
	}
	if len(known) == 0 {
		w.elem("p", m.noFacts, attr{"class", "fl-nofacts"})
	} else {
		w.open("div", attr{"class", "fl-facts"})
		w.elem("p", m.facts, attr{"class", "fl-sub"})
		w.open("ul")
		for _, f := range known {
			r.writeFact(w, f)
		}
		w.close("ul")
		w.close("div")
	}
	w.close("div")
}

// writeFact writes one fact: statement, date, confidence and sources.
func (r *Reader) writeFact(w *htmlWriter, f facts.Fact) {
	m := r.msg()
	w.open("li", attr{"class", "fl-fact"})
	w.open("p")
	text, lang := r.statement(f)
	w.elem("span", text, attr{"lang", lang})
	var meta []string
	if f.Date != "" {
		meta = append(meta, m.date(f.Date))
	}
	if lvl, ok := m.confidenceLevels[f.Confidence]; ok {
		meta = append(meta, m.confidence+" "+lvl)
	}
	if len(meta) > 0 {
		w.text(" ")
		w.elem("span", "("+strings.Join(meta, ", ")+")", attr{"class", "fl-meta"})
	}
	w.close("p")
	if len(f.Sources) > 0 {
		r.writeSources(w, f.Sources)
	}
	w.close("li")
}

// statement returns the fact's statement in the UI language, else in the
// article's, else in French or English, else in the first language in
// sorted order, with its language. The language is "" unless the reader
// knows it, so that it is safe in a lang attribute.
func (r *Reader) statement(f facts.Fact) (text, lang string) {
	for _, l := range []string{r.lang, r.Page.Article.Lang, uiLangs[0], uiLangs[1]} {
		if s, ok := f.Statement[l]; ok && knownLang(l) != "" {
			return s, l
		}
	}
	if len(f.Statement) == 0 {
		return "", ""
	}
	return f.Statement[slices.Min(slices.Collect(maps.Keys(f.Statement)))], ""
}

// writeSources writes a list of sources, each with its publisher, as a
// link opening in a new tab when its URL is http or https, its date and
// its title.
func (r *Reader) writeSources(w *htmlWriter, sources []facts.Source) {
	m := r.msg()
	w.open("ul", attr{"class", "fl-sources"}, attr{"aria-label", m.sources})
	for _, s := range sources {
		w.open("li")
		name := s.Publisher
		if name == "" {
			name = s.URL
		}
		if u, ok := safeURL(s.URL); ok {
			w.open("a", attr{"class", "fl-pub"}, attr{"href", u}, attr{"target", "_blank"}, attr{"rel", "noopener noreferrer"})
			w.text(name)
			w.elem("span", " ("+m.newTab+")", attr{"class", "vh"})
			w.close("a")
		} else {
			w.elem("span", name, attr{"class", "fl-pub"})
		}
		if s.Date != "" {
			w.text(" ")
			w.elem("span", m.date(s.Date), attr{"class", "fl-meta"})
		}
		if s.Title != "" {
			w.text(" ")
			w.elem("cite", s.Title)
		}
		w.close("li")
	}
	w.close("ul")
}

// safeURL returns raw as a link target when it is an absolute http or
// https URL whose text needs no escaping in an attribute. The evidence is
// escaped (htmlWriter), but go-app writes the attributes of the elements
// it prerenders with strconv.Quote, which escapes nothing for HTML: a URL
// with a quote, angle bracket, backslash, space or control character is
// refused rather than trusted wherever it is written.
func safeURL(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	s := u.String()
	for _, c := range s {
		if c <= ' ' || c == 0x7f || strings.ContainsRune("\"'<>\\`", c) {
			return "", false
		}
	}
	return s, true
}

// renderNotes is the numbered notes: one per claim, in claim order, each
// with a link back to its highlight. The highlights link here when
// JavaScript is off; the print stylesheet prints them as the article's
// notes.
func (r *Reader) renderNotes() app.UI {
	m := r.msg()
	claims := r.Page.Report.Claims
	return app.Elem("section").ID("notes").Class("fl-notes").Aria("labelledby", "notes-title").Body(
		app.Elem("h2").ID("notes-title").Text(m.notes),
		app.Elem("ol").Body(app.Range(claims).Slice(func(i int) app.UI {
			back := r.layout.markOf[i]
			return app.Elem("li").ID(noteID(i)).Class("fl-note").Body(
				app.Elem("div").Class("fl-note-body").Body(r.renderEvidence(i)),
				app.If(back >= 0, func() app.UI {
					return app.Elem("p").Class("fl-back").Body(
						app.Elem("a").Attr("href", "#"+markID(r.layout.marks[back].primary)).Text(m.backToText),
					)
				}),
			)
		})),
	)
}
