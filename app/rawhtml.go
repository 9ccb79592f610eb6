package app

import (
	"html"
	"strings"
)

// The parts of the reader with many nodes and no state of their own (the
// article's lines, the claim list's entries) are written as HTML and shown
// with app.Raw: in the browser one innerHTML mounts them, where go-app
// would make a DOM call for every node, attribute and handler. Their text
// comes from the page, so every text and attribute value goes through
// html.EscapeString (htmlWriter); their containers handle the events that
// bubble up from them (events.go).
//
// The elements of the reader's first render and of its card and notes that
// go-app builds (containers, buttons) are app.Elem elements, named by their
// tag, rather than app.Div, app.Article and the like. Each of go-app's
// element types has methods of its own, and the browser compiles each
// WebAssembly function the first time it runs, on the main thread: with
// one type for all of them, 87 fewer functions are compiled between the
// client's start and the first open card (Chromium's v8.wasm trace), and
// app.wasm is 6 KB smaller in brotli. The HTML is the same.

// attr is an attribute of an element the reader writes itself.
type attr struct{ name, value string }

// htmlWriter builds HTML whose texts and attribute values are escaped.
// Tags and attribute names are the reader's own constants.
type htmlWriter struct{ strings.Builder }

// open writes the start tag of an element. Attributes with an empty value
// are left out (an optional lang or class).
func (w *htmlWriter) open(tag string, attrs ...attr) {
	w.WriteString("<" + tag)
	for _, a := range attrs {
		if a.value == "" {
			continue
		}
		w.WriteString(" " + a.name + `="` + html.EscapeString(a.value) + `"`)
	}
	w.WriteString(">")
}

// close writes the end tag of an element.
func (w *htmlWriter) close(tag string) { w.WriteString("</" + tag + ">") }

// text writes s as text.
func (w *htmlWriter) text(s string) { w.WriteString(html.EscapeString(s)) }

// elem writes an element that holds only the text s.
func (w *htmlWriter) elem(tag, s string, attrs ...attr) {
	w.open(tag, attrs...)
	w.text(s)
	w.close(tag)
}
