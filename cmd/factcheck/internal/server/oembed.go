//go:build !wasm

package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	widget "factlens/app"
)

// oEmbed (https://oembed.com, version 1.0): GET /oembed?url=URL[&format=json]
// [&maxwidth=W][&maxheight=H] describes the article page at URL, on this
// host (/, /a/{id} or /embed/{id}), as a "rich" item whose html is an
// iframe of its embedded reader.

// The size of the oEmbed iframe when the consumer sets no maximum: a
// column of a news page, and the height embed.js starts with.
const (
	oembedWidth  = 720
	oembedHeight = 480
)

// oembed is an oEmbed 1.0 response of type "rich".
type oembed struct {
	Version      string `json:"version"`
	Type         string `json:"type"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	Title        string `json:"title"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
	CacheAge     int    `json:"cache_age"`
}

// serveOEmbed answers an oEmbed request: 200 with the JSON, 400 for a
// missing or malformed url or size, 404 for a URL that is not an article
// page of this host, 501 for a format other than json (xml is not
// implemented, as the specification allows).
func (s *Server) serveOEmbed(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	q := r.URL.Query()
	if f := q.Get("format"); f != "" && f != "json" {
		http.Error(w, "oembed: only format=json is implemented", http.StatusNotImplemented)
		return
	}
	raw := q.Get("url")
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		http.Error(w, "oembed: url must be the absolute http(s) URL of an article page", http.StatusBadRequest)
		return
	}
	maxWidth, err1 := sizeParam(q, "maxwidth")
	maxHeight, err2 := sizeParam(q, "maxheight")
	if err := errors.Join(err1, err2); err != nil {
		http.Error(w, "oembed: "+err.Error(), http.StatusBadRequest)
		return
	}
	p, ok := s.oembedPage(u, r.Host)
	if !ok {
		http.Error(w, "oembed: no article page at this URL", http.StatusNotFound)
		return
	}
	base := baseURL(r)
	width, height := oembedWidth, oembedHeight
	if maxWidth > 0 {
		width = min(width, maxWidth)
	}
	if maxHeight > 0 {
		height = min(height, maxHeight)
	}
	title := pageTitle(p)
	resp := oembed{
		Version:      "1.0",
		Type:         "rich",
		ProviderName: "factlens",
		ProviderURL:  base + "/",
		Title:        title,
		HTML: fmt.Sprintf(`<iframe src="%s" title="%s" width="%d" height="%d" loading="lazy" sandbox="%s" frameborder="0"></iframe>`,
			html.EscapeString(base+embedPath(p.Article.ID)), html.EscapeString(title), width, height, embedSandbox),
		Width:    width,
		Height:   height,
		CacheAge: 3600,
	}
	data, err := json.Marshal(resp)
	if err != nil {
		s.log.Printf("oembed: encode: %v", err)
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Write(data)
}

// oembedPage returns the article whose page is at u, when u is on host
// (compared without case) and its path is /, /a/{id} or /embed/{id}.
func (s *Server) oembedPage(u *url.URL, host string) (*page, bool) {
	if !strings.EqualFold(u.Host, host) {
		return nil, false
	}
	switch path := u.Path; {
	case path == "" || path == "/":
		return s.pages.list[0], true
	case strings.HasPrefix(path, widget.ArticlePathPrefix):
		return s.pages.article(strings.TrimPrefix(path, widget.ArticlePathPrefix))
	case widget.IsEmbedPath(path):
		return s.pages.article(strings.TrimPrefix(path, widget.EmbedPathPrefix))
	}
	return nil, false
}

// sizeParam returns the positive integer of parameter name, or 0 when it
// is absent.
func sizeParam(q url.Values, name string) (int, error) {
	v := q.Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 || n > 100000 {
		return 0, fmt.Errorf("%s %q is not a positive number of pixels", name, v)
	}
	return n, nil
}
