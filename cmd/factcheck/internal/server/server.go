//go:build !wasm

// Package server is the host of the factlens reader: it serves the
// articles of a corpus as go-app pages prerendered with their claims
// highlighted, the WebAssembly client that takes them over, and a JSON API
// that checks articles and arbitrary texts.
//
// Routes:
//
//	GET  /                           the default article's page
//	GET  /a/{id}                     an article's page (404 page if unknown)
//	GET  /api/articles/{id}/claims   an article's report (the CLI's JSON)
//	POST /api/check                  {"text","lang","ref"} → a report
//	GET  /web/...                    app.wasm (built by make wasm), icons
//	GET  /embed/{id}                 an article's embedded reader, for iframes
//	GET  /classroom/{id}             an article's classroom (verdicts hidden)
//	GET  /classroom                  the classroom of a text shared in the link
//	GET  /check                      checks a pasted text in the browser
//	GET  /embed.js                   the publishers' embed script (web/embed.js)
//	GET  /oembed?url=…               oEmbed 1.0 JSON of an article page
//	GET  /demo/embed                 a publisher's page embedding the default article
//
// plus go-app's own files (/app.js, /app.css, /wasm_exec.js,
// /app-worker.js, /manifest.webmanifest). Every response carries the
// security headers (see [Config.FrameAncestors]).
//
// The package is for the host only: the WebAssembly build never imports it.
package server

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	widget "factlens/app"
	"factlens/facts"
	"factlens/facts/check"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Config is what [New] needs to build a server. The zero values of the
// optional fields are documented defaults.
type Config struct {
	// Checker checks the articles (once, in New) and the texts posted to
	// /api/check. Required.
	Checker *check.Checker
	// Articles are the articles served, the default one (served at "/")
	// first. Required, with valid, distinct ids.
	Articles []facts.Article
	// Routes registers the go-app routes that render the pages ("/",
	// /a/{id}, /check, …) from a [widget.Pages] and the engine of the
	// pages that check texts (the server's prerender never runs it).
	// go-app's routes are global to the process, so the pages given to
	// the first call are the ones served. Required.
	Routes func(widget.Pages, widget.Engine)
	// Version names the build (the Makefile sets it from git). The
	// go-app Version, which is the ETag of every go-app response and the
	// name of the service worker's cache, is Version plus a digest of
	// the pages and the web directory, so that a page whose report
	// changes (a new facts pack, a new app.wasm) is never answered "304
	// Not Modified" from an old ETag. "" means "dev".
	Version string
	// WebDir is the directory of the built client: its .wasm files
	// (app.wasm, and app.wasm.br / app.wasm.gz when present) are served
	// under /web/. It must exist; "" means "web". Without app.wasm the
	// pages are served prerendered and never become interactive.
	WebDir string
	// Assets are the other files served under /web/: the reader's
	// stylesheet and icons ([widget.StylePath], [widget.IconPath], …),
	// usually [factlens/web.FS]. Required.
	Assets fs.FS
	// FrameAncestors is the CSP frame-ancestors value: the pages that may
	// embed the widget in a frame. "" means [DefaultFrameAncestors]. See
	// [ValidateFrameAncestors].
	FrameAncestors string
	// Now gives the current time: its UTC day is the reference date of a
	// POST /api/check without "ref". nil means time.Now.
	Now func() time.Time
	// Log receives server failures and warnings. nil means log.Default().
	Log *log.Logger
	// Limits are the timeouts and sizes of the HTTP server that
	// [Server.Serve] runs, and the bound on concurrent checks; zero
	// fields take their defaults.
	Limits Limits
}

// Server is the factlens host. Its handler is safe for concurrent use.
type Server struct {
	checker *check.Checker
	pages   *pages
	app     *app.Handler
	web     *os.Root
	csp     string
	version string
	client  string // the URL of app.wasm, versioned
	now     func() time.Time
	log     *log.Logger
	limits  Limits
	checks  *checkSlots  // of POST /api/check
	embedJS *embedScript // /embed.js
	// rendered is the HTML of the article pages; see newRenderCache.
	rendered *renderCache
}

// New checks cfg, computes the report of every article, and returns the
// server. It fails if a required field is missing, the web directory
// cannot be opened, frame-ancestors is invalid or an article cannot be
// checked. Close releases the web directory.
func New(cfg Config) (*Server, error) {
	s := &Server{checker: cfg.Checker, now: cfg.Now, log: cfg.Log, limits: cfg.Limits.withDefaults()}
	s.checks = newCheckSlots(s.limits.MaxChecks, s.limits.CheckWait)
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = log.Default()
	}
	switch {
	case cfg.Checker == nil:
		return nil, errors.New("server: no checker")
	case len(cfg.Articles) == 0:
		return nil, errors.New("server: no articles")
	case cfg.Routes == nil:
		return nil, errors.New("server: no routes")
	case cfg.Assets == nil:
		return nil, errors.New("server: no assets")
	}
	frameAncestors := cmp.Or(cfg.FrameAncestors, DefaultFrameAncestors)
	if err := ValidateFrameAncestors(frameAncestors); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s.csp = contentSecurityPolicy(frameAncestors)

	var err error
	if s.pages, err = newPages(cfg.Checker, cfg.Articles); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	webDir := cmp.Or(cfg.WebDir, "web")
	if s.web, err = os.OpenRoot(webDir); err != nil {
		return nil, fmt.Errorf("server: web directory: %w", err)
	}
	files := &webFiles{assets: cfg.Assets, build: s.web.FS()}
	if s.embedJS, err = newEmbedScript(cfg.Assets); err != nil {
		s.web.Close()
		return nil, fmt.Errorf("server: %w", err)
	}
	digest, err := s.digest(files)
	if err != nil {
		s.web.Close()
		return nil, fmt.Errorf("server: %w", err)
	}
	s.version = cmp.Or(cfg.Version, "dev") + "-" + digest
	files.version = s.version
	s.client = files.Resolve(clientPath)
	wasmSize := ""
	if fi, err := s.web.Stat("app.wasm"); err == nil {
		wasmSize = strconv.FormatInt(fi.Size(), 10)
	} else {
		s.log.Printf("warning: no app.wasm in %s (run make wasm): pages will stay static", webDir)
	}
	def := cfg.Articles[0]
	s.app = &app.Handler{
		Name:        "factlens",
		ShortName:   "factlens",
		Title:       "factlens",
		Description: "News articles with their checkable claims highlighted and verified against sourced facts.",
		Lang:        def.Lang,
		Version:     s.version,
		Icon: app.Icon{
			Default:  widget.IconPath,
			Large:    widget.IconLargePath,
			Maskable: widget.IconLargePath,
			SVG:      widget.IconSVGPath,
		},
		Styles: []string{widget.StylePath},
		// boot.js is added to the pages by pageHandler, not by go-app,
		// which would not cache it; the pages and the engine make the
		// reader, the check page and the classrooms work offline once
		// the service worker has installed.
		CacheableResources: append([]string{bootScriptPath, engineScriptPath, engineWasmPath}, s.pages.offline()...),
		LoadingLabel:       "{progress}%",
		Resources:          files,
		// app.js counts decoded bytes: the raw size, not Content-Length,
		// which is the compressed one when app.wasm.br is served.
		WasmContentLength: wasmSize,
	}
	s.rendered = newRenderCache(s.app, s.client)
	cfg.Routes(s.pages, cfg.Checker)
	return s, nil
}

// digest returns a short hash of what the pages show: every article's
// page and the files under /web/.
func (s *Server) digest(files *webFiles) (string, error) {
	h := sha256.New()
	if err := s.pages.digest(h); err != nil {
		return "", fmt.Errorf("digest pages: %w", err)
	}
	if err := files.digest(h); err != nil {
		return "", fmt.Errorf("digest web files: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

// Version returns the go-app version of the server: the build version and
// a digest of its content (see [Config.Version]).
func (s *Server) Version() string { return s.version }

// Close releases the web directory.
func (s *Server) Close() error { return s.web.Close() }

// maxURIBytes is the longest request-target served: no URL of the host
// needs more than a few hundred bytes. Longer ones get 414 URI Too Long
// (the http.Server answers 431 before that for a request line over
// [Limits.MaxHeaderBytes]).
const maxURIBytes = 8 << 10

// Handler returns the handler of every route, with the security headers.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/api/articles/{id}/claims", s.serveAPI(s.articleClaims))
	mux.Handle("/api/check", s.serveAPI(s.checkText))
	mux.Handle("/api/", s.serveAPI(func(w http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%w: no API at %.80s", errNotFound, r.URL.Path)
	}))
	// GET also matches HEAD; other methods fall to servePage's 405.
	mux.Handle("GET "+embedScriptPath, s.embedJS)
	mux.HandleFunc(oembedPath, s.serveOEmbed)
	mux.HandleFunc("GET "+demoPath, s.serveDemo)
	mux.Handle("/", s.pageHandler(true))
	// The headers first, so that every refusal carries them too.
	return withSecurityHeaders(s.limitURI(mux), s.csp)
}

// limitURI refuses a request-target over maxURIBytes with 414, a JSON
// error under /api/.
func (s *Server) limitURI(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.RequestURI) <= maxURIBytes {
			h.ServeHTTP(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/api/") {
			s.serveError(w, r, fmt.Errorf("%w: the URL is over %d bytes", errURITooLong, maxURIBytes))
			return
		}
		http.Error(w, "URI too long", http.StatusRequestURITooLong)
	})
}

// servePage serves a page, or one of go-app's files, through the go-app
// Handler. An unknown article gets the not-found page with status 404.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if _, ok := s.pages.byPath[r.URL.Path]; ok && r.URL.RawQuery == "" && !widget.IsEmbedPath(r.URL.Path) {
		if s.rendered.serve(w, r) {
			return
		}
	}
	if isArticlePath(r.URL.Path) {
		if _, ok := s.pages.Page(r.URL.Path); !ok {
			// go-app would answer 304 to a matching If-None-Match, 200
			// with whatever the route renders for a missing page, and
			// its plain 404 for a path the route does not match
			// (/a/<script>).
			r = r.Clone(r.Context())
			r.Header.Del("If-None-Match")
			r.URL.Path, r.URL.RawPath = notFoundPath, ""
			w = &notFoundWriter{ResponseWriter: w}
		}
	}
	s.app.ServeHTTP(w, r)
}

// notFoundWriter turns a 200 response into a 404 one, without an ETag.
type notFoundWriter struct {
	http.ResponseWriter
	wroteHeader bool
}

func (w *notFoundWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if code == http.StatusOK {
		code = http.StatusNotFound
	}
	w.Header().Del("ETag")
	w.ResponseWriter.WriteHeader(code)
}

func (w *notFoundWriter) Write(b []byte) (int, error) {
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *notFoundWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
