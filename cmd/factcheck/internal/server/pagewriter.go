//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

// bootScriptPath is the script that loads go-app's scripts once the page
// is painted (web/boot.js).
const bootScriptPath = "/web/boot.js"

// pageHandler returns the handler of the pages and of go-app's files:
// servePage, with two edits to every HTML page go-app writes:
//
//   - go-app's deferred scripts (/wasm_exec.js, /app.js) become
//     /web/boot.js, which loads them after the first paint: deferred,
//     they run before it and hold back the prerendered highlights (the
//     client is preloaded meanwhile, see widget.ClientPath);
//   - with discovery, an article's page gains its oEmbed discovery link,
//     in its <head> and as a Link header.
//
// Other responses (scripts, app.wasm, 304s) pass through unbuffered.
func (s *Server) pageHandler(discovery bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var elem string
		if discovery {
			var header string
			var ok bool
			if elem, header, ok = s.oembedLink(r); ok {
				w.Header().Add("Link", header)
			}
		}
		pw := &pageWriter{ResponseWriter: w, edit: func(page []byte) []byte {
			page = bootAfterPaint(page)
			if i := bytes.Index(page, []byte("</head>")); elem != "" && i >= 0 {
				page = append(page[:i:i], append([]byte(elem), page[i:]...)...)
			}
			return page
		}}
		s.servePage(pw, r)
		pw.finish()
	})
}

// goappScripts matches the <script> elements go-app writes for its
// scripts, attributes in either order (go-app writes them from a map).
var goappScripts = regexp.MustCompile(`<script (?:defer src="/(?:wasm_exec|app)\.js"|src="/(?:wasm_exec|app)\.js" defer)></script>`)

// bootAfterPaint replaces go-app's two script elements by one for
// bootScriptPath. A page without both is left as it is.
func bootAfterPaint(page []byte) []byte {
	locs := goappScripts.FindAllIndex(page, -1)
	if len(locs) != 2 {
		return page
	}
	var b bytes.Buffer
	b.Write(page[:locs[0][0]])
	b.WriteString(`<script defer src="` + bootScriptPath + `"></script>`)
	b.Write(page[locs[0][1]:locs[1][0]])
	b.Write(page[locs[1][1]:])
	return b.Bytes()
}

// pageWriter holds an HTML response back until finish, which writes it
// edited; it passes any other response through.
type pageWriter struct {
	http.ResponseWriter
	edit      func(page []byte) []byte
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
	page := w.edit(w.body.Bytes())
	w.Header().Set("Content-Length", strconv.Itoa(len(page)))
	w.ResponseWriter.WriteHeader(w.code)
	w.ResponseWriter.Write(page)
}
