package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// renderClaimList is the list of claims beside the article (below it on
// narrow screens): counts, filters by kind and by verdict, and one entry a
// claim that takes the reader to its highlight. Arrow keys, Home and End
// move between entries.
func (r *Reader) renderClaimList() app.UI {
	m := r.msg()
	claims := r.Page.Report.Claims
	kinds := map[facts.Kind]int{}
	verdicts := map[facts.Verdict]int{}
	for _, c := range claims {
		kinds[c.Kind]++
		verdicts[verdictOf(c.Verdict)]++
	}
	shown := r.shownClaims()
	return r.entryEvents(app.Elem("section")).Class("fl-claims").Aria("labelledby", "claims-title").Body(
		app.Elem("h2").ID("claims-title").Text(m.claims),
		app.Raw(r.filtersHTML(m.byKind, len(kindOrder), func(k int) filter {
			kind := kindOrder[k]
			return filter{m.kindFilters[kind], kindClass(kind), kinds[kind], !r.hideKind[kind]}
		})),
		// Students must not see how many claims have each verdict.
		app.If(!r.student(), func() app.UI {
			return app.Raw(r.filtersHTML(m.byVerdict, len(verdictOrder), func(k int) filter {
				v := verdictOrder[k]
				return filter{m.verdict(v), verdictClass(v), verdicts[v], !r.hideVerdict[v]}
			}))
		}),
		app.Elem("p").Class("fl-shown").Aria("live", "polite").Text(m.count(m.shownCount, len(shown), len(claims))),
		app.If(len(shown) == 0, func() app.UI {
			return app.Elem("p").Class("fl-empty").Text(m.noClaim)
		}).Else(func() app.UI {
			return app.Raw(r.listHTML(shown))
		}),
	)
}

// listHTML is the list of the claims shown, as raw HTML: each entry a link
// to the claim's highlight (entryHref), whose events the list handles
// (entryEvents).
func (r *Reader) listHTML(shown []int) string {
	var w htmlWriter
	w.open("ul", attr{"class", "fl-list"})
	for _, i := range shown {
		w.open("li")
		w.open("a", attr{"id", entryID(i)}, attr{"class", "fl-entry"}, attr{"href", r.entryHref(i)})
		r.writeSummary(&w, i)
		w.close("a")
		w.close("li")
	}
	w.close("ul")
	return w.String()
}

// filter is a toggle button of a filter: its label, the class that names
// its value (kindClass, verdictClass), the number of claims it lets
// through and whether it lets them through.
type filter struct {
	label, class string
	count        int
	on           bool
}

// filterIDPrefix starts the id of a filter's button; the class of its
// value ends it ("filter-k-date").
const filterIDPrefix = "filter-"

// filtersHTML is a group of n filters, as raw HTML: the claim list
// handles their clicks (entryEvents). Like every control, they are
// disabled in the server's prerender.
func (r *Reader) filtersHTML(label string, n int, filterAt func(int) filter) string {
	var w htmlWriter
	w.open("div", attr{"class", "fl-filters"}, attr{"role", "group"}, attr{"aria-label", label})
	for k := range n {
		f := filterAt(k)
		disabled := ""
		if r.server {
			disabled = "disabled"
		}
		w.open("button", attr{"type", "button"}, attr{"id", filterIDPrefix + f.class},
			attr{"class", "fl-chip " + f.class}, attr{"aria-pressed", strconv.FormatBool(f.on)},
			attr{"disabled", disabled})
		w.text(f.label + " ")
		w.elem("span", strconv.Itoa(f.count), attr{"class", "fl-count"})
		w.close("button")
	}
	w.close("div")
	return w.String()
}

// toggleFilter toggles the filter whose button has the given id, if
// any, and reports whether there was one.
func (r *Reader) toggleFilter(id string) bool {
	class, ok := strings.CutPrefix(id, filterIDPrefix)
	if !ok {
		return false
	}
	for _, k := range kindOrder {
		if kindClass(k) == class {
			r.toggleKind(k)
			return true
		}
	}
	for _, v := range verdictOrder {
		if verdictClass(v) == class && !r.student() {
			r.toggleVerdict(v)
			return true
		}
	}
	return false
}

// entryHref is where a list entry links to without JavaScript: the
// highlight that shows claim i, else its note.
func (r *Reader) entryHref(i int) string {
	if mk := r.layout.markOf[i]; mk >= 0 {
		return "#" + markID(r.layout.marks[mk].primary)
	}
	return "#" + noteID(i)
}

// shownClaims returns the indexes of the claims the filters let through.
func (r *Reader) shownClaims() []int {
	var out []int
	for i, c := range r.Page.Report.Claims {
		if !r.hideKind[c.Kind] && !r.hideVerdict[verdictOf(c.Verdict)] {
			out = append(out, i)
		}
	}
	return out
}

// toggleKind shows or hides the claims of kind k in the list.
func (r *Reader) toggleKind(k facts.Kind) {
	if r.hideKind == nil {
		r.hideKind = map[facts.Kind]bool{}
	}
	r.hideKind[k] = !r.hideKind[k]
}

// toggleVerdict shows or hides the claims with verdict v in the list.
func (r *Reader) toggleVerdict(v facts.Verdict) {
	if r.hideVerdict == nil {
		r.hideVerdict = map[facts.Verdict]bool{}
	}
	r.hideVerdict[v] = !r.hideVerdict[v]
}

// goTo takes the reader from the list to the highlight of claim i,
// showing the highlights if they were hidden. A claim with no place in
// the text opens its card instead.
func (r *Reader) goTo(ctx app.Context, i int) {
	mk := r.layout.markOf[i]
	if mk < 0 {
		r.openCard(ctx, i)
		return
	}
	if r.noHL {
		r.toggleHighlights()
	}
	r.current = mk
	focus(ctx, markID(r.layout.marks[mk].primary))
}

// listKey moves the focus between list entries from the entry of claim i
// and reports whether it used the key.
func (r *Reader) listKey(ctx app.Context, i int, key string) bool {
	shown := r.shownClaims()
	k := -1
	for j, s := range shown {
		if s == i {
			k = j
		}
	}
	switch key {
	case "ArrowDown":
		k++
	case "ArrowUp":
		k--
	case "Home":
		k = 0
	case "End":
		k = len(shown) - 1
	default:
		return false
	}
	if k >= 0 && k < len(shown) {
		focus(ctx, entryID(shown[k]))
	}
	return true
}
