package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A line of the article is one app.Raw element (lineHTML, see
// rawhtml.go), on the server and in the browser alike:
//
//   - go-app's encoder (nodeManager.encodeHTML) puts every child of an
//     element with several children on its own indented line, so
//     "décembre</a>." would prerender as "décembre</a>\n  ." and read
//     "décembre ."; a raw line is written verbatim and reads exactly like
//     the text;
//   - in the browser, a raw line is mounted with one innerHTML instead of a
//     DOM call for every node, attribute and handler: the article's
//     highlights are most of the nodes of the reader's first render.
//
// The highlights have no handlers of their own: the article's
// (markEvents) find the highlight an event came from by its id.

// renderLine renders one line of the article as the element tag.
func (r *Reader) renderLine(tag, class string, segs []segment) app.UI {
	return app.Raw(r.lineHTML(tag, class, segs))
}

// lineHTML is the HTML of a line. Each highlight is a link to the claim's
// note, so that the page works without JavaScript; in the browser it acts
// as a button that opens the evidence card (markAttrs, markEvents).
func (r *Reader) lineHTML(tag, class string, segs []segment) string {
	var w htmlWriter
	w.open(tag, attr{"class", class})
	for _, s := range segs {
		if s.mark < 0 || r.noHL {
			w.text(s.text)
			continue
		}
		w.open("a", r.markAttrs(s.mark)...)
		w.text(s.text)
		w.elem("span", r.markLabel(s.mark), attr{"class", "vh"}, attr{"lang", r.lang})
		w.close("a")
	}
	w.close(tag)
	return w.String()
}

// markAttrs are the attributes of a highlight. The class
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
	attrs := []attr{
		{"id", markID(i)},
		{"href", "#" + target},
		{"class", "claim " + kindClass(c.Kind) + " " + r.verdictClassOf(i)},
		{"data-n", claimNumber(i)},
	}
	if r.server {
		return attrs
	}
	open := r.card >= 0 && r.layout.markOf[r.card] == mk
	attrs = append(attrs, attr{"role", "button"}, attr{"aria-haspopup", "dialog"}, attr{"aria-expanded", strconv.FormatBool(open)})
	if open {
		attrs = append(attrs, attr{"aria-controls", cardID})
	}
	return attrs
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
