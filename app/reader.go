package app

import (
	"encoding/json"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// Reader is the factlens reader: the article with its claims highlighted, a
// legend, the claim list with its filters, the evidence card of the
// selected claim and, under the article, numbered notes that hold the same
// evidence for readers without JavaScript and for print.
//
// Make readers with [NewReader] (or let [Register] do it): a Reader built
// by hand on the server would prerender its prose with go-app's
// pretty-printing, which puts stray spaces before punctuation.
type Reader struct {
	app.Compo

	// Page is what the reader shows. Navigation (OnNav) replaces it with
	// the page of the new path.
	Page Page

	pages     Pages  // where OnNav finds the page of a path; nil keeps Page
	engine    Engine // checks a text shared in a classroom link
	path      string // the path Page was loaded for
	server    bool   // render for the server's prerender (see markAttrs)
	embed     bool   // an embedded reader (/embed/{id}): compact, reports its height
	notesOpen bool   // the embedded reader's notes are unfolded
	listOpen  bool   // the embedded reader's claim list is unfolded
	late      late   // what the browser builds after its first render

	heights *heightReporter // the embedded reader's height reports, once mounted

	class *classroom // the classroom at /classroom paths (classroom_view.go), else nil

	layout layout // Page cut up for display; made by setPage

	lang        string // UI language, "fr" or "en"
	card        int    // claim index of the open evidence card, -1 if closed
	current     int    // index of the mark that last had focus, -1 if none
	noHL        bool   // highlights hidden
	hideKind    map[facts.Kind]bool
	hideVerdict map[facts.Verdict]bool
	announce    string // text of the live region
}

// NewReader returns a reader that shows the pages of pages. In the browser
// it loads the page of the current URL at once, so that its first render
// equals the server's prerender.
func NewReader(pages Pages, engine Engine) *Reader {
	r := &Reader{pages: pages, engine: engine, server: app.IsServer, card: -1, current: -1}
	if app.IsClient {
		u := app.Window().URL()
		r.load(u.Path)
		r.loadClass(u)
	}
	return r
}

// load shows the page at path, or an empty page when there is none.
func (r *Reader) load(path string) {
	r.path = path
	r.embed = IsEmbedPath(path)
	var p Page
	if r.pages != nil {
		p, _ = r.pages.Page(path)
	}
	r.Page = p
	r.setPage()
}

// setPage recomputes what derives from Page and resets the UI state.
func (r *Reader) setPage() {
	r.layout = newLayout(r.Page.Article.Text, r.Page.Report.Claims)
	r.lang = knownLang(r.Page.Report.Lang)
	if r.lang == "" {
		r.lang = knownLang(r.Page.Article.Lang)
	}
	if r.lang == "" {
		r.lang = "en"
	}
	r.card, r.current, r.announce = -1, -1, ""
	r.notesOpen, r.listOpen = false, false
}

// OnInit prepares a reader whose Page was set directly.
func (r *Reader) OnInit() {
	if r.layout.markOf == nil {
		r.setPage()
	}
}

// OnUpdate follows a Page replaced by go-app when the route's factory made
// a new reader for a navigation.
func (r *Reader) OnUpdate(ctx app.Context) { r.setPage() }

// OnNav loads the page of the new path (on the server, for the prerender;
// in the browser, on navigation) and sets the document's title and
// language.
func (r *Reader) OnNav(ctx app.Context) {
	if path := ctx.Page().URL().Path; r.pages != nil && path != r.path {
		r.load(path)
	}
	r.loadClass(ctx.Page().URL())
	r.navClass(ctx)
	if t := r.title(); t != "" {
		ctx.Page().SetTitle("%s", headText(t))
	}
	if l := knownLang(r.Page.Article.Lang); l != "" {
		ctx.Page().SetLang(l)
	}
}

// renderLegend names the verdicts with their badges.
func (r *Reader) renderLegend() app.UI {
	m := r.msg()
	var w htmlWriter
	w.open("div", attr{"class", "fl-legend"})
	w.elem("p", m.legend, attr{"class", "fl-legend-title"})
	w.open("ul")
	for _, v := range verdictOrder {
		w.open("li")
		w.elem("span", m.verdict(v), attr{"class", "badge " + verdictClass(v)})
		w.close("li")
	}
	w.close("ul")
	w.close("div")
	return app.Raw(w.String())
}

// title is the article's title: its first line, or Article.Title.
func (r *Reader) title() string {
	if len(r.layout.lines) == 0 {
		return r.Page.Article.Title
	}
	var b strings.Builder
	for _, seg := range r.layout.lines[0] {
		b.WriteString(seg.text)
	}
	return b.String()
}

// headText makes s safe for go-app's <head>: the server writes the title
// into attributes (og:title) with strconv.Quote, which does not escape for
// HTML, so a double quote would end the attribute. It becomes a
// typographic one.
func headText(s string) string { return strings.ReplaceAll(s, `"`, "”") }

// msg returns the messages of the UI language.
func (r *Reader) msg() *messages { return messagesFor(r.lang) }

// claim returns the claim at index i.
func (r *Reader) claim(i int) *facts.Claim { return &r.Page.Report.Claims[i] }

// Render shows the reader. Its root holds the toolbar, the article, the
// side panel (card, claim list) and the notes, in that order.
func (r *Reader) Render() app.UI {
	m := r.msg()
	root := app.Elem("div").Class(r.rootClass()).Lang(m.lang).
		OnKeyDown(r.onKeyDown)
	if len(r.layout.lines) == 0 {
		return root.Body(r.renderEmpty())
	}
	return root.Body(
		r.renderTools(),
		r.renderArticle(),
		r.renderSide(),
		app.Elem("p").Class("vh").Role("status").Aria("live", "polite").Text(r.announce),
		// For students, these show verdicts.
		app.If(!r.student() && !r.server, r.renderTimeline),
		app.If(!r.student() && !r.server, r.renderNoteBlock),
		app.If(!r.student() && r.server, r.renderNoScript),
		r.renderClassroom(),
		app.If(r.server, r.renderData),
	)
}

func (r *Reader) rootClass() string {
	class := "fl"
	if r.embed {
		class += " fl-embed"
	}
	if r.student() {
		class += " fl-class fl-student"
	} else if r.teacher() {
		class += " fl-class fl-teacher"
	}
	if r.card >= 0 {
		class += " fl-sheet-open"
	}
	return class
}

// renderData embeds the page as JSON for the browser's first render
// (server only). json.Marshal escapes <, > and &, so no text of the page
// can close the script element.
func (r *Reader) renderData() app.UI {
	b, err := json.Marshal(r.Page)
	if err != nil {
		app.Log("factlens: encode page data:", err)
		return nil
	}
	return app.Raw(`<script type="application/json" id="` + DataElementID + `">` + string(b) + `</script>`)
}

// renderTools is the toolbar: language switch, highlight toggle, legend,
// links to the other pages.
func (r *Reader) renderTools() app.UI {
	m := r.msg()
	other := messagesFor(otherLang(r.lang))
	return app.Elem("div").Class("fl-tools").Role("group").Aria("label", m.tools).OnClick(r.onPageLinkClick).Body(
		r.button("fl-btn").ID("fl-lang").
			Lang(other.lang).Aria("label", other.switchLang).
			OnClick(r.onSwitchLang).
			Text(other.name),
		r.button("fl-btn").ID("fl-hl").
			Aria("pressed", !r.noHL).
			OnClick(r.onToggleHighlights).
			Text(m.highlights),
		// A student's legend would name the verdicts to find.
		app.If(r.student(), r.renderClassIntro).Else(r.renderLegend),
		app.If(!r.embed && r.class == nil, r.renderLinks),
		app.Elem("p").Class("fl-keys").Text(m.keysHint),
	)
}

// button returns a button of the reader's controls (see controlButton).
func (r *Reader) button(class ...string) app.HTMLElem { return controlButton(r.server, class...) }

// controlButton returns a button of a page's controls, disabled in the
// server's prerender (server): it does nothing until the WebAssembly
// client takes over (and the stylesheet hides it when scripting is off).
func controlButton(server bool, class ...string) app.HTMLElem {
	b := app.Elem("button").Attr("type", "button").Class(class...)
	if server {
		b.Attr("disabled", true)
	}
	return b
}

// otherLang is the UI language the switch offers.
func otherLang(lang string) string {
	if lang == uiLangs[0] {
		return uiLangs[1]
	}
	return uiLangs[0]
}

// renderArticle is the article: title, standfirst, paragraphs.
func (r *Reader) renderArticle() app.UI {
	lines := r.layout.lines
	a := r.markEvents(app.Elem("article").Class("fl-article"))
	if l := knownLang(r.Page.Article.Lang); l != "" {
		a.Lang(l)
	}
	return a.Body(
		r.renderLine("h1", "fl-title", lines[0]),
		app.If(len(lines) > 1, func() app.UI { return r.renderLine("p", "fl-standfirst", lines[1]) }),
		app.If(len(lines) > 2, func() app.UI {
			return app.Elem("div").Class("fl-body").Body(app.Range(lines[2:]).Slice(func(i int) app.UI {
				return r.renderLine("p", "", lines[2+i])
			}))
		}),
	)
}

// renderSide is the side panel: the evidence card slot and the claim list.
// Under 600px the card is a bottom sheet and the list follows the article.
func (r *Reader) renderSide() app.UI {
	return app.Elem("aside").Class("fl-side").Body(
		app.Elem("div").Class("fl-card-slot").Body(
			app.If(r.card >= 0, r.renderCard),
		),
		r.renderClaimBlock(),
	)
}

// The handlers below run on the UI goroutine, in go-app's dispatch: they
// change the state and go-app renders again.

func (r *Reader) onSwitchLang(ctx app.Context, e app.Event) { r.switchLang() }

// switchLang switches the UI to the other language.
func (r *Reader) switchLang() { r.lang = otherLang(r.lang) }

func (r *Reader) onToggleHighlights(ctx app.Context, e app.Event) { r.toggleHighlights() }

// toggleHighlights hides or shows the highlights and says so to screen
// readers through the live region.
func (r *Reader) toggleHighlights() {
	r.noHL = !r.noHL
	if r.noHL {
		r.card, r.current = -1, -1
		r.announce = r.msg().highlightsHidden
	} else {
		r.announce = r.msg().highlightsShown
	}
}

// onKeyDown handles the reader's keys: Escape closes the card; n and p
// move to the next and previous highlight.
func (r *Reader) onKeyDown(ctx app.Context, e app.Event) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	switch e.Get("target").Get("tagName").String() {
	case "INPUT", "TEXTAREA", "SELECT":
		// Keys type there; Escape still closes a classroom's card.
		if r.class == nil || e.Get("key").String() != "Escape" {
			return
		}
	}
	if r.key(ctx, e.Get("key").String()) {
		e.PreventDefault()
	}
}

// key acts on a key pressed in the reader and reports whether it used it.
func (r *Reader) key(ctx app.Context, key string) bool {
	switch key {
	case "Escape":
		if r.card < 0 {
			return false
		}
		r.closeCard(ctx)
		return true
	case "n", "N":
		return r.step(ctx, 1)
	case "p", "P":
		return r.step(ctx, -1)
	}
	return false
}

// step moves the focus by d highlights from the current one.
func (r *Reader) step(ctx app.Context, d int) bool {
	if r.noHL || len(r.layout.marks) == 0 {
		return false
	}
	next := r.current + d
	if r.current < 0 && d < 0 {
		next = len(r.layout.marks) - 1
	}
	if next < 0 || next >= len(r.layout.marks) {
		return false
	}
	r.current = next
	focus(ctx, markID(r.layout.marks[next].primary))
	return true
}

// openCard opens the evidence card of the claim at index i and moves the
// focus into it.
func (r *Reader) openCard(ctx app.Context, i int) {
	if i < 0 || i >= len(r.Page.Report.Claims) {
		return
	}
	r.card = i
	if mk := r.layout.markOf[i]; mk >= 0 && !r.noHL {
		r.current = mk
		revealAboveSheet(ctx, markID(r.layout.marks[mk].primary))
	}
	// The card is always in view (sticky beside the article, or a bottom
	// sheet): focusing it must not scroll the claim away. In an iframe
	// sized to its content nothing is sticky: let the browser bring the
	// card into view.
	withElement(ctx, cardID, func(el app.Value) {
		el.Call("focus", map[string]any{"preventScroll": !r.embed})
	})
}

// closeCard closes the evidence card and gives the focus back to the
// highlight it was opened from.
func (r *Reader) closeCard(ctx app.Context) {
	i := r.card
	if i < 0 {
		return
	}
	r.card = -1
	if mk := r.layout.markOf[i]; mk >= 0 && !r.noHL {
		focus(ctx, markID(r.layout.marks[mk].primary))
	}
}

// withElement calls fn with the element of the given id once the current
// render is in the DOM. It does nothing off the browser or when no element
// has that id.
func withElement(ctx app.Context, id string, fn func(el app.Value)) {
	ctx.Defer(func(app.Context) {
		if !app.IsClient {
			return
		}
		if el := app.Window().GetElementByID(id); el.Truthy() {
			fn(el)
		}
	})
}

// focus gives the focus to the element with the given id after the
// render; the browser scrolls it into view if needed.
func focus(ctx app.Context, id string) {
	withElement(ctx, id, func(el app.Value) { el.Call("focus") })
}

// revealAboveSheet scrolls the element with the given id to the top of
// the view when the card is a bottom sheet (small screens), so that the
// sheet does not cover it.
func revealAboveSheet(ctx app.Context, id string) {
	withElement(ctx, id, func(el app.Value) {
		if app.Window().Call("matchMedia", sheetMedia).Get("matches").Bool() {
			el.Call("scrollIntoView", map[string]any{"block": "start"})
		}
	})
}

// sheetMedia is the media query under which the card is a bottom sheet; it
// matches the breakpoint of factlens.css.
const sheetMedia = "(max-width: 600px)"
