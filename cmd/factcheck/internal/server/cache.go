//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// renderCache keeps the article pages as the host serves them: go-app's
// prerendered HTML, edited once (editPage). go-app renders the whole page
// for every request, while the HTML of a page depends on its path only:
// the pages are fixed when the server is built, and the go-app Handler
// ignores the request's host and headers (but If-None-Match, which the
// cache answers the same way). What does depend on the request, the
// oEmbed link of [Server.pageHandler] (an absolute URL on the request's
// host, as discovery needs), is written between the cached bytes, not
// into a copy of them. Only the canonical URL of a page ("/", /a/{id}) is
// cached, at its first request: a URL with a query goes to go-app, as
// does any other path. The cache holds one entry a page path, so it is
// bounded by the corpus; the version, part of every entry's ETag, is
// the server's, fixed for its life. Pages are never compressed: there is
// one encoding, identity.
type renderCache struct {
	render http.Handler // go-app's
	client string       // the URL of app.wasm, for editPage
	mu     sync.Mutex
	byPath map[string]*renderedPage
}

// renderedPage is the response go-app gave for a page path, edited.
type renderedPage struct {
	once sync.Once
	ok   bool // a 200 HTML response, which is served from the cache
	// header is go-app's, each value clipped so that a handler adding
	// to it (Header.Add) appends to a copy: requests share it.
	header http.Header
	etag   string
	page   editedPage
}

// newRenderCache returns a cache of the pages render writes, whose client
// is at the URL client (see editPage).
func newRenderCache(render http.Handler, client string) *renderCache {
	return &renderCache{render: render, client: client, byPath: map[string]*renderedPage{}}
}

// serve serves the request for the page at r.URL.Path from the cache,
// rendering it first if needed, and reports whether it did; it does not
// when go-app's answer was not a page. Written to a [pageWriter], the page
// goes to the writer under it, with the pageWriter's link.
func (c *renderCache) serve(w http.ResponseWriter, r *http.Request) bool {
	path := r.URL.Path
	c.mu.Lock()
	rp := c.byPath[path]
	if rp == nil {
		rp = &renderedPage{}
		c.byPath[path] = rp
	}
	c.mu.Unlock()
	rp.once.Do(func() { rp.record(c.render, path, c.client) })
	if !rp.ok {
		return false
	}
	link := ""
	if pw, ok := w.(*pageWriter); ok {
		link, w = pw.link, pw.ResponseWriter
	}
	h := w.Header()
	for k, v := range rp.header {
		h[k] = v
	}
	// As go-app does: an exact match of its ETag.
	if rp.etag != "" && r.Header.Get("If-None-Match") == rp.etag {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	rp.page.write(w, http.StatusOK, link)
	return true
}

// record renders the page at path with go-app and keeps the response,
// edited for the client at the URL client.
func (rp *renderedPage) record(render http.Handler, path, client string) {
	req, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return
	}
	rec := &responseRecorder{header: http.Header{}, code: http.StatusOK}
	render.ServeHTTP(rec, req)
	rp.ok = rec.code == http.StatusOK && strings.HasPrefix(rec.header.Get("Content-Type"), "text/html")
	if !rp.ok {
		return
	}
	rec.header.Del("Content-Length")
	rp.header = make(http.Header, len(rec.header))
	for k, v := range rec.header {
		rp.header[k] = slices.Clip(v)
	}
	rp.etag = rec.header.Get("ETag")
	rp.page = editPage(rec.body.Bytes(), client)
}

// responseRecorder is an http.ResponseWriter that keeps the response.
type responseRecorder struct {
	header      http.Header
	code        int
	wroteHeader bool
	body        bytes.Buffer
}

func (w *responseRecorder) Header() http.Header { return w.header }

func (w *responseRecorder) WriteHeader(code int) {
	if !w.wroteHeader {
		w.code, w.wroteHeader = code, true
	}
}

func (w *responseRecorder) Write(b []byte) (int, error) {
	w.wroteHeader = true
	return w.body.Write(b)
}
