//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBootAfterPaint(t *testing.T) {
	const (
		client = "/web/app.wasm?v=1&x=<2>"
		boot   = `<script defer src="/web/boot.js" data-client="/web/app.wasm?v=1&amp;x=&lt;2&gt;"></script>`
	)
	tests := []struct{ name, in, want string }{
		{"go-app's order",
			`<head><script defer src="/wasm_exec.js"></script><script defer src="/app.js"></script></head>`,
			`<head>` + boot + `</head>`},
		{"attributes swapped",
			"<head>\n<script src=\"/wasm_exec.js\" defer></script>\n<script defer src=\"/app.js\"></script>\n</head>",
			"<head>\n" + boot + "\n\n</head>"},
		{"one script only: unchanged",
			`<head><script defer src="/app.js"></script></head>`,
			`<head><script defer src="/app.js"></script></head>`},
		{"other scripts untouched",
			`<script defer src="/wasm_exec.js"></script><script defer src="/app.js"></script><script src="/x.js"></script>`,
			boot + `<script src="/x.js"></script>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(bootAfterPaint([]byte(tt.in), client))); diff != "" {
				t.Errorf("bootAfterPaint (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPageHandler_PassesOtherResponsesThrough(t *testing.T) {
	s := newTestServer(t)
	for _, target := range []string{"/app.js", "/web/app.wasm", "/web/factlens.css"} {
		t.Run(target, func(t *testing.T) {
			resp := serve(s.Handler(), "GET", target, nil, nil)
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusOK || strings.Contains(body, "/web/boot.js") {
				t.Errorf("status %d, boot.js in the body: %v", resp.StatusCode, strings.Contains(body, "/web/boot.js"))
			}
			if n := resp.ContentLength; n >= 0 && int(n) != len(body) {
				t.Errorf("Content-Length %d, body %d bytes", n, len(body))
			}
		})
	}
}

// TestPageHandler_CachedPages serves the cached pages over HTTP with what
// varies between requests: the host (in the oEmbed link), the method, the
// validator, a query (which goes to go-app).
func TestPageHandler_CachedPages(t *testing.T) {
	s := newTestServer(t)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	etag := `"` + s.Version() + `"`
	tests := []struct {
		name, method, target, host string
		header                     http.Header
		want                       int
	}{
		{"home", "GET", "/", "a.example", nil, http.StatusOK},
		{"home on another host", "GET", "/", "b.example:8080", nil, http.StatusOK},
		{"article", "GET", "/a/bamako-2025", "a.example", nil, http.StatusOK},
		{"head", "HEAD", "/", "a.example", nil, http.StatusOK},
		{"query, not cached", "GET", "/?utm_source=x", "a.example", nil, http.StatusOK},
		{"current etag", "GET", "/", "a.example", http.Header{"If-None-Match": {etag}}, http.StatusNotModified},
		{"old etag", "GET", "/", "a.example", http.Header{"If-None-Match": {`"old"`}}, http.StatusOK},
		{"classroom, no link", "GET", "/classroom/bamako-2025", "a.example", nil, http.StatusOK},
	}
	lengths := map[string]int64{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.target, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.Host = tt.host
			for k, v := range tt.header {
				req.Header[k] = v
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readBody(t, resp)
			if resp.StatusCode != tt.want {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.want)
			}
			if tt.want != http.StatusOK {
				if body != "" {
					t.Errorf("%d with a body of %d bytes", tt.want, len(body))
				}
				return
			}
			path, _, _ := strings.Cut(tt.target, "?")
			if tt.method == "HEAD" {
				if body != "" || resp.ContentLength != lengths[tt.host+path] {
					t.Errorf("HEAD: body of %d bytes, Content-Length %d; want none and %d", len(body), resp.ContentLength, lengths[tt.host+path])
				}
				return
			}
			lengths[tt.host+path] = resp.ContentLength
			if resp.ContentLength != int64(len(body)) {
				t.Errorf("Content-Length %d, body %d bytes", resp.ContentLength, len(body))
			}
			head, _, ok := strings.Cut(body, "</head>")
			if !ok || !strings.Contains(head, `<script defer src="`+bootScriptPath+`" data-client="`+s.client+`"></script>`) || strings.Contains(body, `src="/app.js"`) {
				t.Errorf("go-app's scripts not replaced by %s", bootScriptPath)
			}
			discovery := !strings.HasPrefix(path, "/classroom")
			oembed := `href="http://` + tt.host + `/oembed?`
			if got := strings.Count(body, `type="application/json+oembed"`); got != map[bool]int{true: 1, false: 0}[discovery] || discovery && !strings.Contains(head, oembed) {
				t.Errorf("%d oEmbed links, on this host in <head>: %v; want discovery: %v", got, strings.Contains(head, oembed), discovery)
			}
			if link := resp.Header.Get("Link"); discovery != strings.HasPrefix(link, "<http://"+tt.host+"/oembed?") {
				t.Errorf("Link header %q, want one on %s: %v", link, tt.host, discovery)
			}
		})
	}
}
