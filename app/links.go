package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// renderLinks leads from an article's reader to the other ways of using
// factlens: checking one's own text (/check), and teaching with this
// article (its classroom's teacher view, where the teacher makes the
// students' link). It is raw HTML (rawhtml.go); the toolbar that holds
// it handles the clicks on its links (onPageLinkClick).
func (r *Reader) renderLinks() app.UI {
	m := r.msg()
	var w htmlWriter
	w.open("ul", attr{"class", "fl-links"})
	item := func(href, text string) {
		w.open("li")
		w.elem("a", text, attr{"href", href})
		w.close("li")
	}
	item(CheckPath, m.linkCheck)
	// Only a valid id goes into the prerendered href.
	if id := r.Page.Article.ID; facts.ValidID(id) {
		item(ClassroomPathPrefix+id+"?"+TeacherParam+"=1", m.linkClass)
	}
	w.close("ul")
	return app.Raw(w.String())
}

// onPageLinkClick follows a link of renderLinks, which the toolbar holds,
// as a page load: go-app would otherwise navigate inside the client,
// whose reader holds only the page it was loaded with ([EmbeddedPages]).
func (r *Reader) onPageLinkClick(ctx app.Context, e app.Event) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() {
		return // a new tab or window: the browser's, and go-app's, own way
	}
	a := eventElement(e, ".fl-links a[href]")
	if !a.Truthy() {
		return
	}
	e.PreventDefault()
	e.Call("stopPropagation")
	app.Window().Get("location").Call("assign", a.Call("getAttribute", "href").String())
}
