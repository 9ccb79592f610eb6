//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestRenderCache(t *testing.T) {
	s := newTestServer(t)
	h := s.Handler()
	etag := `"` + s.Version() + `"`
	// What go-app renders, uncached, with go-app's scripts replaced.
	direct := func(path string) string {
		w := httptest.NewRecorder()
		s.app.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		return string(bootAfterPaint(w.Body.Bytes(), s.client))
	}
	for _, path := range []string{"/", "/a/bamako-2025"} {
		want := direct(path)
		// Concurrent first requests, then more.
		bodies := make([]string, 8)
		var wg sync.WaitGroup
		for i := range bodies {
			wg.Go(func() {
				w := httptest.NewRecorder()
				if !s.rendered.serve(w, httptest.NewRequest("GET", path, nil)) {
					t.Errorf("GET %s: not served from the cache", path)
				}
				bodies[i] = w.Body.String()
			})
		}
		wg.Wait()
		// go-app writes attributes in map order: compare the documents.
		for i, got := range bodies {
			if got != bodies[0] {
				t.Errorf("GET %s #%d: the cached page changed", path, i)
			}
		}
		if diff := cmp.Diff(canonical(t, want), canonical(t, bodies[0])); diff != "" {
			t.Errorf("GET %s: the cached page differs from go-app's, edited (-go-app +cached):\n%s", path, diff)
		}
		// Through the handler.
		s.rendered = newRenderCache(s.app, s.client)
		if resp := serve(h, "GET", path, nil, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", path, resp.StatusCode)
		}
		if _, ok := s.rendered.byPath[path]; !ok {
			t.Errorf("GET %s: not cached", path)
		}
		resp := serve(h, "GET", path, nil, http.Header{"If-None-Match": {etag}})
		if resp.StatusCode != http.StatusNotModified || resp.Header.Get("ETag") != etag {
			t.Errorf("GET %s If-None-Match %s: status %d, ETag %s; want 304 and the ETag", path, etag, resp.StatusCode, resp.Header.Get("ETag"))
		}
		resp = serve(h, "GET", path, nil, http.Header{"If-None-Match": {`"old"`}})
		if got := readBody(t, resp); resp.StatusCode != http.StatusOK || !strings.HasPrefix(got, "<!doctype html>") {
			t.Errorf("GET %s with an old ETag: status %d, want 200 and the page", path, resp.StatusCode)
		}
		if resp.Header.Get("Cache-Control") != "no-cache" || resp.Header.Get("Content-Type") != "text/html" {
			t.Errorf("GET %s: Cache-Control %q, Content-Type %q; want go-app's", path, resp.Header.Get("Cache-Control"), resp.Header.Get("Content-Type"))
		}
	}
	// Other paths are not cached.
	s.rendered = newRenderCache(s.app, s.client)
	for _, target := range []string{"/?utm_source=x", "/a/no-such-article", "/app.js", "/nope"} {
		serve(h, "GET", target, nil, nil)
	}
	if len(s.rendered.byPath) != 0 {
		t.Errorf("cached paths %v, want none", keys(s.rendered.byPath))
	}
}

// canonical returns the nodes of an HTML document, each element with its
// attributes sorted.
func canonical(t *testing.T, doc string) []string {
	t.Helper()
	var nodes []string
	for n := range parseHTML(t, doc).Descendants() {
		switch n.Type {
		case html.ElementNode:
			attrs := make([]string, len(n.Attr))
			for i, a := range n.Attr {
				attrs[i] = a.Key + "=" + a.Val
			}
			slices.Sort(attrs)
			nodes = append(nodes, "<"+n.Data+" "+strings.Join(attrs, " ")+">")
		case html.TextNode:
			nodes = append(nodes, n.Data)
		}
	}
	return nodes
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
