package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The browser's reader replaces the whole prerendered page on its first
// render (go-app mounts a new tree), so the size of that render is most
// of the time until the reader is interactive. What the reader does not
// need to be interactive it builds late, lateDelay after that render: the
// numbered notes, which repeat the evidence the card shows and are most
// of the page's elements, and the timeline, which sits under the article
// (its drawing is the browser's only; the prerender has its list).
// Printing builds the notes at once: they are the printed page's notes.

// The server writes the timeline and the notes for readers without
// scripting, in a <noscript> element (renderNoScript): a browser that runs
// scripts reads them as one text node instead of building, styling and
// laying out their elements, about half of the page, while the client
// loads (make bench: its card opens some 45 ms sooner). boot.js shows
// them when the client cannot start, and the stylesheet (.fl-late) lays
// them out where they would be without the wrapper.

// lateClass is the class of the <noscript> element that holds the
// server's timeline and notes.
const lateClass = "fl-late"

// renderNoScript is the server's timeline and notes, for readers without
// scripting.
func (r *Reader) renderNoScript() app.UI {
	return app.NoScript().Class(lateClass).Body(r.renderTimeline(), r.renderNoteBlock())
}

// lateDelay is how long after its first render the browser's reader
// builds what it leaves out of it: long enough for the page to become
// interactive first, short enough for the reader not to be there yet.
const lateDelay = 500 * time.Millisecond

// maxLiveNotes is the most claims whose notes the browser builds without
// printing: a pasted text can have thousands, and their notes would
// freeze the page for seconds while the card shows the same.
const maxLiveNotes = 300

// late is what the browser's reader has built late.
type late struct {
	built    bool     // lateDelay has passed
	printing bool     // the page was printed
	onPrint  app.Func // the beforeprint listener, until released
}

// buildLate plans the late building of a browser reader.
func (r *Reader) buildLate(ctx app.Context) {
	ctx.After(lateDelay, func(ctx app.Context) { r.late.built = true })
	r.late.onPrint = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { r.late.printing = true })
		return nil
	})
	app.Window().Call("addEventListener", "beforeprint", r.late.onPrint)
}

// stopLate removes the beforeprint listener.
func (r *Reader) stopLate() {
	if r.late.onPrint == nil {
		return
	}
	app.Window().Call("removeEventListener", "beforeprint", r.late.onPrint)
	r.late.onPrint.Release()
	r.late.onPrint = nil
}

// liveNotes reports whether the browser's reader shows its notes.
func (r *Reader) liveNotes() bool {
	return r.late.printing || r.late.built && len(r.Page.Report.Claims) <= maxLiveNotes
}
