//go:build !wasm

package server

import (
	"bytes"
	"html"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

// bootScriptPath is the script that loads go-app's scripts once the page
// is painted (web/boot.js).
const bootScriptPath = "/web/boot.js"

// clientPath is where go-app's app.js fetches the WebAssembly client from,
// before the Handler's resources resolve it (webFiles.Resolve adds the
// version query).
const clientPath = "/web/app.wasm"

// pageHandler returns the handler of the pages and of go-app's files:
// servePage, with two edits to every HTML page go-app writes:
//
//   - go-app's deferred scripts (/wasm_exec.js, /app.js) become
//     /web/boot.js, which fetches the client and loads them after the
//     first paint: deferred, they run before it and hold back the
//     prerendered highlights;
//   - with discovery, an article's page gains its oEmbed discovery link,
//     in its <head> and as a Link header.
//
// The pages of the render cache are edited once, when rendered, and
// written from there with the link of the request (see [renderCache]);
// other HTML pages are held back and edited when go-app has written them.
// Other responses (scripts, app.wasm, 304s) pass through unbuffered.
func (s *Server) pageHandler(discovery bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pw := &pageWriter{ResponseWriter: w, client: s.client}
		if discovery {
			if elem, header, ok := s.oembedLink(r); ok {
				w.Header().Add("Link", header)
				pw.link = elem
			}
		}
		s.servePage(pw, r)
		pw.finish()
	})
}

// editedPage is an HTML page as the host serves it, go-app's scripts
// replaced by bootScriptPath (bootAfterPaint), cut before its </head>,
// where a request's oEmbed link goes.
type editedPage struct {
	head, tail []byte
	// linkable is false for a page without </head>: it gets no link.
	linkable bool
}

// editPage edits the HTML page go-app wrote, whose client is at the URL
// client. It copies page once.
func editPage(page []byte, client string) editedPage {
	page = bootAfterPaint(page, client)
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return editedPage{head: page}
	}
	return editedPage{head: page[:i:i], tail: page[i:], linkable: true}
}

// write writes the page, with link (an HTML element, or "") before its
// </head>, its Content-Length and the status code, without copying it.
func (p *editedPage) write(w http.ResponseWriter, code int, link string) {
	if !p.linkable {
		link = ""
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(p.head)+len(link)+len(p.tail)))
	w.WriteHeader(code)
	w.Write(p.head)
	if link != "" {
		io.WriteString(w, link)
	}
	w.Write(p.tail)
}

// goappScripts matches the <script> elements go-app writes for its
// scripts, attributes in either order (go-app writes them from a map).
var goappScripts = regexp.MustCompile(`<script (?:defer src="/(?:wasm_exec|app)\.js"|src="/(?:wasm_exec|app)\.js" defer)></script>`)

// bootAfterPaint replaces go-app's two script elements by one for
// bootScriptPath, which finds the client's URL, client, in its
// data-client attribute. A page without both scripts is left as it is.
func bootAfterPaint(page []byte, client string) []byte {
	locs := goappScripts.FindAllIndex(page, -1)
	if len(locs) != 2 {
		return page
	}
	var b bytes.Buffer
	b.Write(page[:locs[0][0]])
	b.WriteString(`<script defer src="` + bootScriptPath + `" data-client="` + html.EscapeString(client) + `"></script>`)
	b.Write(page[locs[0][1]:locs[1][0]])
	b.Write(page[locs[1][1]:])
	return b.Bytes()
}

// pageWriter holds an HTML response back until finish, which writes it
// edited (editPage) with the oEmbed link; it passes any other response
// through. The render cache writes its pages, edited already, to the
// writer under it (see [renderCache.serve]).
type pageWriter struct {
	http.ResponseWriter
	// link is the page's oEmbed discovery link, an HTML element, or "".
	link string
	// client is the URL of app.wasm (see editPage).
	client    string
	code      int
	decided   bool // the status is known
	buffering bool // an HTML response, held back
	body      bytes.Buffer
}

func (w *pageWriter) WriteHeader(code int) {
	if w.decided {
		return
	}
	w.decided, w.code = true, code
	w.buffering = strings.HasPrefix(w.Header().Get("Content-Type"), "text/html")
	if !w.buffering {
		w.ResponseWriter.WriteHeader(code)
	}
}

func (w *pageWriter) Write(b []byte) (int, error) {
	if !w.decided {
		w.WriteHeader(http.StatusOK)
	}
	if w.buffering {
		return w.body.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *pageWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// finish writes the held-back page, edited, with its new length.
func (w *pageWriter) finish() {
	if !w.buffering {
		return
	}
	p := editPage(w.body.Bytes(), w.client)
	p.write(w.ResponseWriter, w.code, w.link)
}
