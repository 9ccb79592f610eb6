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
	return app.Div().ID(cardID).Class("fl-card", r.verdictClassOf(i)).
		Role("dialog").Aria("modal", false).Aria("labelledby", cardTitleID).TabIndex(-1).
		Body(
			app.Div().Class("fl-card-head").Body(
				app.H2().ID(cardTitleID).Text(fmt.Sprintf(m.claimN, i+1)+" · "+m.kind(c.Kind)),
				app.Button().Type("button").Class("fl-close").Aria("label", m.close).
					OnClick(func(ctx app.Context, e app.Event) { r.closeCard(ctx) }).
					Text("×"),
			),
			app.Div().Class("fl-card-body").Body(r.cardBody(i)...),
			app.If(len(others) > 0, func() app.UI {
				return app.Div().Class("fl-also").Body(
					app.P().Class("fl-sub").Text(m.alsoHere),
					app.Ul().Body(app.Range(others).Slice(func(k int) app.UI {
						j := others[k]
						return app.Li().Body(
							app.Button().Type("button").Class("fl-link", r.verdictClassOf(j)).
								OnClick(func(ctx app.Context, e app.Event) { r.openCard(ctx, j) }, app.EventScope(entryID(j))).
								Body(r.claimSummary(j)...),
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
// quoted text. The claim list and the card's "also in this passage" use
// it.
func (r *Reader) claimSummary(i int) []app.UI {
	m := r.msg()
	c := r.claim(i)
	return []app.UI{
		app.Span().Class("fl-n").Text(claimNumber(i)),
		app.Text(" "),
		app.Span().Class("badge", r.verdictClassOf(i)).Text(r.verdictLabelOf(i)),
		app.Text(" "),
		app.Span().Class("fl-kind").Text(m.kind(c.Kind)),
		app.Text(" "),
		r.quote(c),
	}
}

// quote is the claim's text as the article words it, in the article's
// language.
func (r *Reader) quote(c *facts.Claim) app.UI {
	q := app.Q().Class("fl-quote")
	if l := knownLang(r.Page.Article.Lang); l != "" {
		q.Lang(l)
	}
	return q.Text(c.Text)
}

// renderEvidence is what is known of the claim at index i.
func (r *Reader) renderEvidence(i int) []app.UI {
	m := r.msg()
	c := r.claim(i)
	var known []facts.Fact
	for _, id := range c.Facts {
		if f, ok := r.Page.Report.Evidence[id]; ok {
			known = append(known, f)
		}
	}
	return []app.UI{
		app.P().Class("fl-ev-head").Body(
			app.Span().Class("badge", verdictClass(c.Verdict)).Text(m.verdict(c.Verdict)),
			app.Text(" "),
			app.Span().Class("fl-kind").Text(m.kind(c.Kind)),
			app.Text(" "),
			r.quote(c),
		),
		app.If(c.Explanation != "", func() app.UI {
			return app.P().Class("fl-expl").Text(c.Explanation)
		}),
		app.If(len(known) == 0, func() app.UI {
			return app.P().Class("fl-nofacts").Text(m.noFacts)
		}).Else(func() app.UI {
			return app.Div().Class("fl-facts").Body(
				app.P().Class("fl-sub").Text(m.facts),
				app.Ul().Body(app.Range(known).Slice(func(k int) app.UI {
					return r.renderFact(known[k])
				})),
			)
		}),
	}
}

// renderFact is one fact: statement, date, confidence and sources.
func (r *Reader) renderFact(f facts.Fact) app.UI {
	m := r.msg()
	text, lang := r.statement(f)
	stmt := app.Span().Text(text)
	if lang != "" {
		stmt.Lang(lang)
	}
	line := []app.UI{stmt}
	var meta []string
	if f.Date != "" {
		meta = append(meta, m.date(f.Date))
	}
	if lvl, ok := m.confidenceLevels[f.Confidence]; ok {
		meta = append(meta, m.confidence+" "+lvl)
	}
	if len(meta) > 0 {
		line = append(line, app.Text(" "), app.Span().Class("fl-meta").Text("("+strings.Join(meta, ", ")+")"))
	}
	return app.Li().Class("fl-fact").Body(
		app.P().Body(line...),
		app.If(len(f.Sources) > 0, func() app.UI {
			return app.Ul().Class("fl-sources").Aria("label", m.sources).Body(
				app.Range(f.Sources).Slice(func(k int) app.UI { return r.renderSource(f.Sources[k]) }),
			)
		}),
	)
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

// renderSource is one source: its publisher, as a link opening in a new
// tab when its URL is http or https, its date and its title. The parts
// are separated by text spaces, so that the browser's render (no
// whitespace between elements) reads like the prerender.
func (r *Reader) renderSource(s facts.Source) app.UI {
	m := r.msg()
	name := s.Publisher
	if name == "" {
		name = s.URL
	}
	var who app.UI = app.Span().Class("fl-pub").Text(name)
	if u, ok := safeURL(s.URL); ok {
		who = app.A().Class("fl-pub").Href(u).Target("_blank").Rel("noopener noreferrer").Body(
			app.Text(name),
			app.Span().Class("vh").Text(" ("+m.newTab+")"),
		)
	}
	parts := []app.UI{who}
	if s.Date != "" {
		parts = append(parts, app.Text(" "), app.Span().Class("fl-meta").Text(m.date(s.Date)))
	}
	if s.Title != "" {
		parts = append(parts, app.Text(" "), app.Cite().Text(s.Title))
	}
	return app.Li().Body(parts...)
}

// safeURL returns raw as a link target when it is an absolute http or
// https URL whose text needs no escaping in an attribute. go-app writes
// prerendered attributes with strconv.Quote, which escapes nothing for
// HTML, so a URL with a quote, angle bracket, backslash, space or control
// character is refused rather than trusted.
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
	return app.Section().ID("notes").Class("fl-notes").Aria("labelledby", "notes-title").Body(
		app.H2().ID("notes-title").Text(m.notes),
		app.Ol().Body(app.Range(claims).Slice(func(i int) app.UI {
			back := r.layout.markOf[i]
			return app.Li().ID(noteID(i)).Class("fl-note").Body(
				app.Div().Class("fl-note-body").Body(r.renderEvidence(i)...),
				app.If(back >= 0, func() app.UI {
					return app.P().Class("fl-back").Body(
						app.A().Href("#" + markID(r.layout.marks[back].primary)).Text(m.backToText),
					)
				}),
			)
		})),
	)
}
