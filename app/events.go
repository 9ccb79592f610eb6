package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The highlights and the claim list's entries are raw HTML (rawhtml.go):
// the article and the claim list handle the events that bubble up from
// them, and find the claim from the id of the element an event came from.

// claimLinks are the links of one part of the reader that each stand for
// a claim: the elements matching the CSS selector sel, whose ids are
// prefix and the claim's number (markID, entryID).
type claimLinks struct{ sel, prefix string }

var (
	markLinks  = claimLinks{"a.claim", markIDPrefix}
	entryLinks = claimLinks{"a.fl-entry", entryIDPrefix}
)

// markEvents gives the article the handlers of its highlights: a click (a
// tap, Enter) or Space opens the claim's card; the focus makes the
// highlight the current one, from which n and p move.
func (r *Reader) markEvents(a app.HTMLElem) app.HTMLElem {
	return a.
		OnClick(r.onLinkClick(markLinks, r.openCard)).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() != " " { // Enter clicks links already
				return
			}
			if i, ok := r.claimAt(e, markLinks); ok {
				e.PreventDefault()
				r.openCard(ctx, i)
			}
		}).
		On("focusin", func(ctx app.Context, e app.Event) {
			if i, ok := r.claimAt(e, markLinks); ok {
				r.current = r.layout.markOf[i]
			}
		})
}

// entryEvents gives the claim list the handlers of its entries and
// filters: a click on an entry takes the reader to the claim's highlight;
// arrow keys, Home and End move between entries (listKey); a click on a
// filter toggles it, and its button, written anew, gets the focus back.
func (r *Reader) entryEvents(s app.HTMLElem) app.HTMLElem {
	entryClick := r.onLinkClick(entryLinks, r.goTo)
	return s.
		OnClick(func(ctx app.Context, e app.Event) {
			if b := eventElement(e, "button.fl-chip"); b.Truthy() {
				if id := b.Get("id").String(); r.toggleFilter(id) {
					focus(ctx, id)
				}
				return
			}
			entryClick(ctx, e)
		}).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if i, ok := r.claimAt(e, entryLinks); ok && r.listKey(ctx, i, e.Get("key").String()) {
				e.PreventDefault()
			}
		})
}

// onLinkClick returns a click handler that calls do with the claim of the
// link of links clicked, instead of following the link: the browser would
// go to the link's target, and go-app's window click handler would
// navigate there.
func (r *Reader) onLinkClick(links claimLinks, do func(app.Context, int)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i, ok := r.claimAt(e, links); ok {
			e.PreventDefault()
			e.Call("stopPropagation")
			do(ctx, i)
		}
	}
}

// claimAt returns the claim of the link of links that holds the target of
// e, if any.
func (r *Reader) claimAt(e app.Event, links claimLinks) (int, bool) {
	el := eventElement(e, links.sel)
	if !el.Truthy() {
		return -1, false
	}
	return r.claimOfID(el.Get("id").String(), links)
}

// eventElement returns the element matching the CSS selector sel that
// holds the target of e, or a falsy value.
func eventElement(e app.Event, sel string) app.Value {
	el := e.Get("target")
	if el.Truthy() && el.Get("nodeType").Int() != 1 { // a text node
		el = el.Get("parentElement")
	}
	if !el.Truthy() {
		return el
	}
	return el.Call("closest", sel)
}

// claimOfID returns the index of the claim whose link of links has the
// given id, if there is such a claim.
func (r *Reader) claimOfID(id string, links claimLinks) (int, bool) {
	n, ok := strings.CutPrefix(id, links.prefix)
	if !ok {
		return -1, false
	}
	i, err := strconv.Atoi(n)
	i--
	if err != nil || i < 0 || i >= len(r.Page.Report.Claims) || strconv.Itoa(i+1) != n {
		return -1, false
	}
	if links == markLinks && r.layout.markOf[i] < 0 {
		return -1, false
	}
	return i, true
}
