//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// renderCache keeps the HTML go-app prerenders for the article pages.
// go-app renders the whole page for every request, while the HTML of a
// page depends on its path only: the pages are fixed when the server is
// built, and the go-app Handler ignores the request's host and headers
// (but If-None-Match, which the cache answers the same way). Only the
// canonical URL of a page ("/", /a/{id}) is cached, at its first
// request: a URL with a query goes to go-app, as does any other path.
// The cache holds one entry a page path, so it is bounded by the corpus.
type renderCache struct {
	render http.Handler // go-app's
	mu     sync.Mutex
	byPath map[string]*renderedPage
}

// renderedPage is the response go-app gave for a page path.
type renderedPage struct {
	once   sync.Once
	ok     bool // a 200 HTML response, which is served from the cache
	header http.Header
	body   []byte
}

func newRenderCache(render http.Handler) *renderCache {
	return &renderCache{render: render, byPath: map[string]*renderedPage{}}
}

// serve serves the request for the page at r.URL.Path from the cache,
// rendering it first if needed, and reports whether it did; it does not
// when go-app's answer was not a page.
func (c *renderCache) serve(w http.ResponseWriter, r *http.Request) bool {
	path := r.URL.Path
	c.mu.Lock()
	rp := c.byPath[path]
	if rp == nil {
		rp = &renderedPage{}
		c.byPath[path] = rp
	}
	c.mu.Unlock()
	rp.once.Do(func() { rp.record(c.render, path) })
	if !rp.ok {
		return false
	}
	h := w.Header()
	for k, v := range rp.header {
		h[k] = slices.Clone(v)
	}
	// As go-app does: an exact match of its ETag.
	if etag := rp.header.Get("ETag"); etag != "" && r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	w.WriteHeader(http.StatusOK)
	w.Write(rp.body)
	return true
}

// record renders the page at path with go-app and keeps the response.
func (rp *renderedPage) record(render http.Handler, path string) {
	req, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return
	}
	rec := &responseRecorder{header: http.Header{}, code: http.StatusOK}
	render.ServeHTTP(rec, req)
	rp.header, rp.body = rec.header, rec.body.Bytes()
	rp.ok = rec.code == http.StatusOK && strings.HasPrefix(rec.header.Get("Content-Type"), "text/html")
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
