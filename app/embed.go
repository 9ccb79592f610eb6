package app

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The embedded reader: the page at /embed/{id} is the reader of article
// {id} made for a publisher's iframe (see web/embed.js). It shows the same
// highlights, cards and keys as /a/{id}, in a compact layout (one column,
// the claim list and the notes folded), and tells the page that frames it
// its height, so that the iframe grows with its content.

const (
	// EmbedPathPrefix starts the path of every embedded reader:
	// /embed/{id}.
	EmbedPathPrefix = "/embed/"
	// EmbedPattern is the route of the embedded reader, /embed/{id}, as a
	// go-app regular expression.
	EmbedPattern = "^/embed/[a-z0-9-]+$"
	// StaticPagePattern is the route of the reader's pages of a static
	// export (factcheck static), which static hosts serve under their
	// file name: /a/{id}.html, /embed/{id}.html, /classroom/{id}.html,
	// /classroom.html.
	StaticPagePattern = `^/((a|embed|classroom)/[a-z0-9-]+|classroom)\.html$`

	// ParentParam is the query parameter of an embedded reader's URL that
	// names the origin of the page framing it
	// (/embed/{id}?parent=https%3A%2F%2Fnews.example), set by embed.js.
	// The reader posts its height to that origin only, and only when the
	// browser confirms that the parent has it.
	ParentParam = "parent"

	// HeightMessageType is the type of the message the embedded reader
	// posts to its parent: {type: HeightMessageType, height: N}, N the
	// height of the reader in CSS pixels, a whole number.
	HeightMessageType = "factlens:height"
)

// IsEmbedPath reports whether path is the path of an embedded reader,
// served (/embed/{id}) or exported (/embed/{id}.html).
func IsEmbedPath(path string) bool { return strings.HasPrefix(path, EmbedPathPrefix) }

// renderClaimBlock is the claim list; in an embedded reader, folded under
// a summary that gives the number of claims, and built in the browser only
// once unfolded (see renderNoteBlock).
func (r *Reader) renderClaimBlock() app.UI {
	if !r.embed {
		return r.renderClaimList()
	}
	m := r.msg()
	return r.fold("fl-claims-fold", m.claims+" ("+strconv.Itoa(len(r.Page.Report.Claims))+")", &r.listOpen, r.renderClaimList)
}

// renderNoteBlock is the notes; in an embedded reader, folded. A link to
// a note (a highlight without JavaScript) unfolds them: browsers open a
// <details> that holds the target of a fragment. The browser's reader
// builds them late (see late.go).
func (r *Reader) renderNoteBlock() app.UI {
	if !r.embed {
		return app.If(r.server || r.liveNotes(), r.renderNotes)
	}
	return r.fold("fl-notes-fold", r.msg().notes, &r.notesOpen, r.renderNotes)
}

// fold is a <details> with the given summary around what content renders;
// open records whether the reader unfolded it. The server always writes
// the content (readers without JavaScript unfold it themselves); the
// browser's reader builds it only once unfolded. The notes repeat the
// evidence of every claim and are most of the page's elements: leaving
// them out keeps the first client render, which replaces the whole
// prerendered page, small.
func (r *Reader) fold(class, summary string, open *bool, content func() app.UI) app.UI {
	d := app.Details().Class("fl-fold", class).
		OnToggle(func(ctx app.Context, e app.Event) {
			*open = e.Get("target").Get("open").Bool()
		}, app.EventScope(class))
	if *open {
		// Never Open(false): go-app's server writes it as open="false",
		// which HTML reads as open.
		d = d.Open(true)
	}
	return d.Body(
		app.Summary().Text(summary),
		app.If(r.server || *open, content),
	)
}

// OnMount plans, in the browser, what the reader builds late (late.go)
// and starts, in an embedded reader, the reports of its height to the
// page that frames it.
func (r *Reader) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	r.buildLate(ctx)
	if !r.embed {
		return
	}
	origin, ok := parentOrigin(app.Window().URL())
	if !ok {
		return
	}
	r.heights = reportHeights(ctx.JSSrc(), origin)
}

// OnDismount stops the height reports and the wait for printing.
func (r *Reader) OnDismount() {
	r.stopLate()
	if r.heights != nil {
		r.heights.stop()
		r.heights = nil
	}
}

// parentOrigin returns the origin named by the ParentParam of the reader's
// URL when the browser confirms it is the origin of the framing page: the
// first of location.ancestorOrigins (Chromium, Safari), else the origin of
// document.referrer. ok is false when the reader is not framed, the
// parameter is missing or not an http(s) origin, or the browser does not
// confirm it; the reader then reports nothing.
func parentOrigin(u *url.URL) (origin string, ok bool) {
	origin, ok = validOrigin(u.Query().Get(ParentParam))
	if !ok {
		return "", false
	}
	win := app.Window()
	parent := win.Get("parent")
	if !parent.Truthy() || parent.Equal(win) {
		return "", false
	}
	loc := win.Get("location")
	if ancestors := loc.Get("ancestorOrigins"); ancestors.Truthy() && ancestors.Length() > 0 {
		return origin, ancestors.Index(0).String() == origin
	}
	ref, err := url.Parse(win.Get("document").Get("referrer").String())
	if err != nil {
		return "", false
	}
	return origin, ref.Scheme+"://"+ref.Host == origin
}

// validOrigin returns s as an origin, scheme://host[:port] in lower case,
// when it is one, with the http or https scheme and nothing else.
func validOrigin(s string) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", false
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), true
}

// heightReporter posts the height of an element to the parent window
// whenever the element's size changes (a ResizeObserver).
type heightReporter struct {
	observer app.Value
	onResize app.Func
}

// reportHeights observes root and posts {type: HeightMessageType, height}
// to the parent window, with origin as the target origin (never "*"), on
// every change of its height. The first report follows the first layout.
func reportHeights(root app.Value, origin string) *heightReporter {
	win := app.Window()
	parent := win.Get("parent")
	last := -1
	h := &heightReporter{}
	h.onResize = app.FuncOf(func(app.Value, []app.Value) any {
		// The document's full height: the reader's box and the margins
		// around it.
		bottom := root.Call("getBoundingClientRect").Get("bottom").Float() + win.Get("scrollY").Float()
		height := int(math.Ceil(bottom))
		if height != last {
			last = height
			parent.Call("postMessage", map[string]any{"type": HeightMessageType, "height": height}, origin)
		}
		return nil
	})
	h.observer = win.Get("ResizeObserver").New(h.onResize)
	h.observer.Call("observe", root)
	return h
}

// stop disconnects the observer and releases its callback.
func (h *heightReporter) stop() {
	h.observer.Call("disconnect")
	h.onResize.Release()
}
