//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	widget "factlens/app"
	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/corpus"
	"factlens/facts/kb"
	"factlens/web"

	"github.com/google/go-cmp/cmp"
)

// testWasm stands for app.wasm in tests that do not run it.
var testWasm = []byte("\x00asm\x01\x00\x00\x00 factlens test client")

// testNow is the clock of test servers.
func testNow() time.Time { return time.Date(2026, 3, 1, 15, 4, 5, 0, time.UTC) }

// newTestChecker returns a checker over the default knowledge base.
func newTestChecker(t testing.TB) *check.Checker {
	t.Helper()
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := check.New(base)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// testArticles returns the embedded corpus.
func testArticles(t testing.TB) []facts.Article {
	t.Helper()
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c.Articles()
}

// newTestWebDir returns a web directory with a stand-in app.wasm and its
// gzip-compressed copy.
func newTestWebDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(testWasm)
	zw.Close()
	for name, data := range map[string][]byte{"app.wasm": testWasm, "app.wasm.gz": gz.Bytes(), ".secret": []byte("hidden")} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// testRoutes holds the pages go-app's global route table serves in this
// test binary: the pages of the server built last. go-app's routes are
// global to the process, so they are registered once, with a Pages that
// reads testRoutes; tests build their servers one after the other (none
// runs in parallel), so each test serves its own server's pages.
var testRoutes struct {
	once  sync.Once
	mu    sync.Mutex
	pages widget.Pages
}

// registerRoutes is the Config.Routes of test servers: it makes p the
// pages served.
func registerRoutes(p widget.Pages, e widget.Engine) {
	testRoutes.mu.Lock()
	testRoutes.pages = p
	testRoutes.mu.Unlock()
	testRoutes.once.Do(func() { widget.Register(latestPages{}, e) })
}

// latestPages serves the pages given to registerRoutes last.
type latestPages struct{}

func (latestPages) Page(path string) (widget.Page, bool) {
	testRoutes.mu.Lock()
	p := testRoutes.pages
	testRoutes.mu.Unlock()
	return p.Page(path)
}

// testConfig is the configuration of newTestServer: the real corpus,
// knowledge base and routes, a stand-in web directory.
func testConfig(t testing.TB) Config {
	t.Helper()
	return Config{
		Checker:  newTestChecker(t),
		Articles: testArticles(t),
		Routes:   registerRoutes,
		Version:  "test",
		WebDir:   newTestWebDir(t),
		Assets:   web.FS,
		Now:      testNow,
		Log:      log.New(io.Discard, "", 0),
	}
}

// newTestServer returns a server built from testConfig, closed when the
// test ends.
func newTestServer(t testing.TB) *Server {
	t.Helper()
	return newServerFrom(t, testConfig(t))
}

// newTestServerWith returns a server built from testConfig changed by
// modify, closed when the test ends.
func newTestServerWith(t testing.TB, modify func(*Config)) *Server {
	t.Helper()
	cfg := testConfig(t)
	modify(&cfg)
	return newServerFrom(t, cfg)
}

func newServerFrom(t testing.TB, cfg Config) *Server {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// serve serves one request to h and returns the response.
func serve(h http.Handler, method, target string, body io.Reader, header http.Header) *http.Response {
	r := httptest.NewRequest(method, target, body)
	for k, vs := range header {
		r.Header[k] = vs
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func readBody(t testing.TB, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestNew_Errors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Config)
		want   string
	}{
		{"no checker", func(c *Config) { c.Checker = nil }, "no checker"},
		{"no articles", func(c *Config) { c.Articles = nil }, "no articles"},
		{"no routes", func(c *Config) { c.Routes = nil }, "no routes"},
		{"no assets", func(c *Config) { c.Assets = nil }, "no assets"},
		{"bad frame ancestors", func(c *Config) { c.FrameAncestors = "'self'; script-src *" }, "frame-ancestors"},
		{"missing web directory", func(c *Config) { c.WebDir = filepath.Join(t.TempDir(), "nope") }, "web directory"},
		{"bad published date", func(c *Config) { c.Articles[0].Published = "22/12/2025" }, "published date"},
		{"bad article id", func(c *Config) { c.Articles[0].ID = "Bamako/2025" }, "is not lower-case"},
		{"duplicate article id", func(c *Config) { c.Articles = append(c.Articles, c.Articles[0]) }, "duplicate id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t)
			tt.modify(&cfg)
			s, err := New(cfg)
			if err == nil {
				s.Close()
				t.Fatalf("New succeeded, want an error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	cfg := testConfig(t)
	cfg.FrameAncestors = "https://news.example https://*.example.org"
	h := newServerFrom(t, cfg).Handler()
	wantCSP := "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; object-src 'none'; " +
		"form-action 'self'; frame-ancestors https://news.example https://*.example.org"
	for _, req := range []struct{ method, target string }{
		{"GET", "/"},
		{"GET", "/a/bamako-2025"},
		{"GET", "/a/no-such-article"},
		{"GET", "/no/such/path"},
		{"DELETE", "/"},
		{"GET", "/app.js"},
		{"GET", "/app.css"},
		{"GET", "/web/app.wasm"},
		{"GET", "/web/icon.svg"},
		{"GET", "/web/missing.css"},
		{"GET", "/api/articles/bamako-2025/claims"},
		{"GET", "/api/articles/nope/claims"},
		{"GET", "/api/check"},
		{"POST", "/api/check"},
	} {
		t.Run(req.method+" "+req.target, func(t *testing.T) {
			resp := serve(h, req.method, req.target, nil, nil)
			got := map[string]string{
				"Content-Security-Policy": resp.Header.Get("Content-Security-Policy"),
				"X-Content-Type-Options":  resp.Header.Get("X-Content-Type-Options"),
				"Referrer-Policy":         resp.Header.Get("Referrer-Policy"),
				"X-Frame-Options":         resp.Header.Get("X-Frame-Options"),
			}
			want := map[string]string{
				"Content-Security-Policy": wantCSP,
				"X-Content-Type-Options":  "nosniff",
				"Referrer-Policy":         "strict-origin-when-cross-origin",
				"X-Frame-Options":         "",
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("headers (status %d) mismatch (-want +got):\n%s", resp.StatusCode, diff)
			}
		})
	}
}

func TestSecurityHeaders_DefaultFrameAncestors(t *testing.T) {
	resp := serve(newTestServer(t).Handler(), "GET", "/", nil, nil)
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasSuffix(csp, "; frame-ancestors 'self'") {
		t.Errorf("Content-Security-Policy = %q, want frame-ancestors 'self'", csp)
	}
}

func TestValidateFrameAncestors(t *testing.T) {
	tests := []struct {
		sources string
		ok      bool
	}{
		{"'self'", true},
		{"'none'", true},
		{"https:", true},
		{"'self' https://news.example", true},
		{"https://news.example:8443 https://*.example.org http://localhost:8022", true},
		{"news.example", true},
		{"*", true},
		{"https://news.example/path/", true},
		{"", false},
		{"   ", false},
		{"'self'; script-src *", false},
		{"https://a.example, https://b.example", false},
		{"'self'\nX-Injected: 1", false},
		{"'self'\r\n", false},
		{"'none' 'self'", false},
		{"'unsafe-inline'", false},
		{"self", true}, // a host named "self", as CSP reads it
		{"https://exämple.org", false},
		{"https://news.example:99999x", false},
		{`"self"`, false},
	}
	for _, tt := range tests {
		err := ValidateFrameAncestors(tt.sources)
		if (err == nil) != tt.ok {
			t.Errorf("ValidateFrameAncestors(%q) = %v, want ok %v", tt.sources, err, tt.ok)
		}
	}
}

func TestVersion(t *testing.T) {
	cfg := testConfig(t)
	a := newServerFrom(t, cfg)
	b := newServerFrom(t, cfg)
	if a.Version() != b.Version() {
		t.Errorf("same content, versions %q and %q, want equal", a.Version(), b.Version())
	}
	if !strings.HasPrefix(a.Version(), "test-") {
		t.Errorf("Version() = %q, want the build version %q first", a.Version(), "test")
	}

	changedText := testConfig(t)
	changedText.Articles[0].Text = strings.Replace(changedText.Articles[0].Text, "2025", "2024", 1)
	if v := newServerFrom(t, changedText).Version(); v == a.Version() {
		t.Errorf("article text changed, version still %q", v)
	}

	changedWasm := testConfig(t)
	if err := os.WriteFile(filepath.Join(changedWasm.WebDir, "app.wasm"), []byte("\x00asm other build"), 0o644); err != nil {
		t.Fatal(err)
	}
	if v := newServerFrom(t, changedWasm).Version(); v == a.Version() {
		t.Errorf("app.wasm changed, version still %q", v)
	}
}
