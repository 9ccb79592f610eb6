//go:build !wasm

package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	widget "factlens/app"
)

// Embedding: publishers put the reader in their pages with embed.js
// (served at /embed.js), which frames /embed/{id}; /demo/embed is such a
// publisher page; /oembed describes an article page as an oEmbed "rich"
// item, and article pages advertise it (oEmbed discovery).

// Paths of the embedding routes.
const (
	embedScriptPath = "/embed.js"
	embedScriptName = "embed.js" // in Config.Assets
	demoPath        = "/demo/embed"
	oembedPath      = "/oembed"
)

// embedPath returns the path of the article's embedded reader.
func embedPath(id string) string { return widget.EmbedPathPrefix + id }

// embedSandbox is the sandbox of the iframes publishers put the reader in
// (embed.js, the oEmbed snippet): scripts and the widget's own origin
// (go-app needs both, for app.wasm, its service worker and storage), and
// popups for the sources' links, which go-app opens with window.open.
const embedSandbox = "allow-scripts allow-same-origin allow-popups"

// baseURL returns scheme://host of the request: the origin under which
// the client reached the server, used in the absolute URLs given to
// publishers. Behind a TLS-terminating proxy it says http.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// embedScript is embed.js with its ETag, read once from the assets.
type embedScript struct {
	data []byte
	etag string
}

// newEmbedScript reads embed.js from assets.
func newEmbedScript(assets fs.FS) (*embedScript, error) {
	data, err := fs.ReadFile(assets, embedScriptName)
	if err != nil {
		return nil, fmt.Errorf("embed script: %w", err)
	}
	sum := sha256.Sum256(data)
	return &embedScript{data: data, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}, nil
}

// ServeHTTP serves embed.js. Its URL is fixed (publishers copy it), so it
// is cached for a short while only, then revalidated by its ETag.
func (es *embedScript) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=300")
	h.Set("ETag", es.etag)
	http.ServeContent(w, r, embedScriptName, time.Time{}, bytes.NewReader(es.data))
}

// serveDemo serves the demo publisher page: the default article embedded
// from this host the way a publisher does it.
func (s *Server) serveDemo(w http.ResponseWriter, r *http.Request) {
	demoPage(baseURL(r), s.pages.list[0].Article.ID).ServeHTTP(w, r)
}

// demoPage returns a publisher's page that embeds the articles ids with
// the embed.js of the widget host at widgetOrigin (scheme://host).
func demoPage(widgetOrigin string, ids ...string) http.Handler {
	var b strings.Builder
	b.WriteString(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A publisher’s page with factlens</title>
</head>
<body>
<main>
<h1>A publisher’s page</h1>
<p>This page is the publisher’s. Each box below is the factlens reader of an article, embedded with:</p>
<pre><code>&lt;div data-factlens="ARTICLE-ID"&gt;&lt;/div&gt;
&lt;script src="` + html.EscapeString(widgetOrigin) + `/embed.js" async&gt;&lt;/script&gt;</code></pre>
`)
	for _, id := range ids {
		fmt.Fprintf(&b, "<div data-factlens=\"%s\"></div>\n<p>Text of the publisher after the widget.</p>\n", html.EscapeString(id))
	}
	fmt.Fprintf(&b, "</main>\n<script src=\"%s\" async></script>\n</body>\n</html>\n", html.EscapeString(widgetOrigin+embedScriptPath))
	page := []byte(b.String())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "demo.html", time.Time{}, bytes.NewReader(page))
	})
}

// oembedLink returns, for an article's page (/ and /a/{id}), the
// discovery link of its oEmbed description as an HTML element and as the
// value of an HTTP Link header; ok is false for any other path. go-app
// has no per-page API for <head> links (Handler.RawHeaders is the same
// for every page), so the host adds the element to the HTML go-app
// writes (see [Server.pageHandler]).
func (s *Server) oembedLink(r *http.Request) (elem, header string, ok bool) {
	p, ok := s.pages.byPath[r.URL.Path]
	if !ok || r.URL.Path != "/" && !strings.HasPrefix(r.URL.Path, widget.ArticlePathPrefix) {
		return "", "", false
	}
	base := baseURL(r)
	href := oembedURL(base, base+articlePath(p.Article.ID))
	title := pageTitle(p)
	header = "<" + href + `>; rel="alternate"; type="application/json+oembed"; title*=UTF-8''` + extValue(title)
	elem = `<link rel="alternate" type="application/json+oembed" href="` + html.EscapeString(href) +
		`" title="` + html.EscapeString(title) + `">`
	return elem, header, true
}

// extValue percent-encodes s as the value of an extended parameter of an
// HTTP header (RFC 8187): UTF-8 bytes, attr-char left as they are.
func extValue(s string) string {
	const attrChar = "!#$&+-.^_`|~"
	var b strings.Builder
	for _, c := range []byte(s) {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(attrChar, c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// oembedURL returns the URL of the oEmbed description of pageURL.
func oembedURL(base, pageURL string) string {
	return base + oembedPath + "?" + url.Values{"url": {pageURL}, "format": {"json"}}.Encode()
}

// pageTitle is the title of an article's page: its Title, else its first
// line.
func pageTitle(p *page) string {
	if p.Article.Title != "" {
		return p.Article.Title
	}
	first, _, _ := strings.Cut(p.Article.Text, "\n")
	return strings.TrimSpace(first)
}
