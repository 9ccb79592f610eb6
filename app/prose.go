package app

import (
	"fmt"
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A line of the article is written in two ways from the same segments and
// the same attributes (markAttrs, markLabel):
//
//   - in the browser, as go-app elements, each highlight a link with its
//     handlers;
//   - on the server, as one app.Raw element built with html.EscapeString.
//
// The server needs the second form because go-app's encoder
// (nodeManager.encodeHTML) puts every child of an element with several
// children on its own indented line: "décembre</a>." would prerender as
// "décembre</a>\n  ." and read "décembre ." until the WebAssembly client
// replaces the page. A raw line is written verbatim, so the prerender
// reads exactly like the live page.

// attr is an attribute of an element the reader writes itself. Values are
// made by the reader (ids, classes, numbers), never taken from the page.
type attr struct{ name, value string }

// renderLine renders one line of the article as the element tag.
func (r *Reader) renderLine(tag, class string, segs []segment) app.UI {
	if r.server {
		return app.Raw(r.lineHTML(tag, class, segs))
	}
	e := app.Elem(tag)
	if class != "" {
		e.Class(class)
	}
	return e.Body(app.Range(segs).Slice(func(i int) app.UI {
		s := segs[i]
		if s.mark < 0 || r.noHL {
			return app.Text(s.text)
		}
		return r.renderMark(s)
	}))
}

// lineHTML is the server's form of a line: the link of each highlight
// points to the claim's note, so that the page works without JavaScript.
func (r *Reader) lineHTML(tag, class string, segs []segment) string {
	var b strings.Builder
	b.WriteString("<" + tag)
	if class != "" {
		writeAttr(&b, attr{"class", class})
	}
	b.WriteString(">")
	for _, s := range segs {
		if s.mark < 0 {
			b.WriteString(html.EscapeString(s.text))
			continue
		}
		b.WriteString("<a")
		for _, a := range r.markAttrs(s.mark) {
			writeAttr(&b, a)
		}
		b.WriteString(">")
		b.WriteString(html.EscapeString(s.text))
		b.WriteString(`<span class="vh"`)
		writeAttr(&b, attr{"lang", r.lang})
		b.WriteString(">" + html.EscapeString(r.markLabel(s.mark)) + "</span></a>")
	}
	b.WriteString("</" + tag + ">")
	return b.String()
}

func writeAttr(b *strings.Builder, a attr) {
	fmt.Fprintf(b, ` %s="%s"`, a.name, html.EscapeString(a.value))
}

// markAttrs are the attributes a highlight has in both forms. The class
// names the kind and verdict of the mark's primary claim; the stylesheet
// gives each verdict a colour, an underline pattern and an icon, and
// prints data-n as the claim's number.
func (r *Reader) markAttrs(mk int) []attr {
	i := r.layout.marks[mk].primary
	c := r.claim(i)
	target := noteID(i)
	if r.student() {
		target = classIntroID
	}
	return []attr{
		{"id", markID(i)},
		{"href", "#" + target},
		{"class", "claim " + kindClass(c.Kind) + " " + r.verdictClassOf(i)},
		{"data-n", claimNumber(i)},
	}
}

// markLabel is the visually hidden text at the end of a highlight, so that
// screen readers hear the claim's kind and verdict: " (date, supported)".
func (r *Reader) markLabel(mk int) string {
	m := r.msg()
	mark := r.layout.marks[mk]
	c := r.claim(mark.primary)
	s := " (" + strings.ToLower(m.kind(c.Kind)) + ", " + strings.ToLower(r.verdictLabelOf(mark.primary))
	if n := len(mark.claims) - 1; n > 0 {
		s += "; " + m.count(m.moreHere, n)
	}
	return s + ")"
}

// renderMark is the browser's form of a highlight: a link to the note that
// acts as a button opening the evidence card (click, tap, Enter, Space).
func (r *Reader) renderMark(s segment) app.UI {
	mk := s.mark
	i := r.layout.marks[mk].primary
	open := r.card >= 0 && r.layout.markOf[r.card] == mk
	a := app.A()
	for _, at := range r.markAttrs(mk) {
		a.Attr(at.name, at.value)
	}
	a.Role("button").Aria("haspopup", "dialog").Aria("expanded", open)
	if open {
		a.Aria("controls", cardID)
	}
	// Handlers made in a loop need a scope: go-app compares handlers by
	// function pointer and would otherwise keep a stale closure.
	scope := app.EventScope(markID(i))
	return a.
		OnClick(func(ctx app.Context, e app.Event) {
			// Keep the link from go-app's window click handler, which
			// would navigate to the note.
			e.PreventDefault()
			e.Call("stopPropagation")
			r.openCard(ctx, i)
		}, scope).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == " " { // Enter clicks links already
				e.PreventDefault()
				r.openCard(ctx, i)
			}
		}, scope).
		OnFocus(func(ctx app.Context, e app.Event) { r.current = mk }, scope).
		Body(
			app.Text(s.text),
			app.Span().Class("vh").Lang(r.lang).Text(r.markLabel(mk)),
		)
}
