package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// renderLinks leads from an article's reader to the other ways of using
// factlens: checking one's own text (/check), and teaching with this
// article (its classroom's teacher view, where the teacher makes the
// students' link).
func (r *Reader) renderLinks() app.UI {
	m := r.msg()
	id := r.Page.Article.ID
	return app.Ul().Class("fl-links").Body(
		app.Li().Body(pageLink(CheckPath, m.linkCheck)),
		// Only a valid id goes into the prerendered href.
		app.If(facts.ValidID(id), func() app.UI {
			return app.Li().Body(pageLink(ClassroomPathPrefix+id+"?"+TeacherParam+"=1", m.linkClass))
		}),
	)
}

// pageLink is a link to another page of the host, which the browser
// loads: go-app would otherwise navigate inside the client, whose reader
// holds only the page it was loaded with ([EmbeddedPages]).
func pageLink(href, text string) app.HTMLA {
	return app.A().Href(href).
		OnClick(func(ctx app.Context, e app.Event) {
			if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() {
				return // a new tab or window: the browser's, and go-app's, own way
			}
			e.PreventDefault()
			e.Call("stopPropagation")
			app.Window().Get("location").Call("assign", href)
		}, app.EventScope(href)).
		Text(text)
}
