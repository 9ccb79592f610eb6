//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// httptest.NewRequest's requests are for example.com.
const testBase = "http://example.com"

func TestServeOEmbed(t *testing.T) {
	s := newTestServer(t)
	def := s.pages.list[0]
	tests := []struct {
		name       string
		query      string
		wantStatus int
		wantWidth  int
		wantHeight int
	}{
		{"default article page", "url=" + testBase + "/", http.StatusOK, oembedWidth, oembedHeight},
		{"article page", "format=json&url=" + testBase + "/a/" + def.Article.ID, http.StatusOK, oembedWidth, oembedHeight},
		{"embed page, host in capitals", "url=http://EXAMPLE.com/embed/" + def.Article.ID, http.StatusOK, oembedWidth, oembedHeight},
		{"max sizes", "maxwidth=300&maxheight=200&url=" + testBase + "/a/" + def.Article.ID, http.StatusOK, 300, 200},
		{"max sizes over the defaults", "maxwidth=3000&maxheight=2000&url=" + testBase + "/", http.StatusOK, oembedWidth, oembedHeight},
		{"unknown article", "url=" + testBase + "/a/no-such-article", http.StatusNotFound, 0, 0},
		{"another page of the host", "url=" + testBase + "/api/check", http.StatusNotFound, 0, 0},
		{"another host", "url=https://news.example/a/" + def.Article.ID, http.StatusNotFound, 0, 0},
		{"xml", "format=xml&url=" + testBase + "/", http.StatusNotImplemented, 0, 0},
		{"no url", "format=json", http.StatusBadRequest, 0, 0},
		{"relative url", "url=/a/" + def.Article.ID, http.StatusBadRequest, 0, 0},
		{"javascript url", "url=javascript:alert(1)", http.StatusBadRequest, 0, 0},
		{"malformed url", "url=http://%zz", http.StatusBadRequest, 0, 0},
		{"bad maxwidth", "maxwidth=-3&url=" + testBase + "/", http.StatusBadRequest, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The query is given decoded, as a reader types it; encode
			// its values.
			q := url.Values{}
			for kv := range strings.SplitSeq(tt.query, "&") {
				k, v, _ := strings.Cut(kv, "=")
				q.Set(k, v)
			}
			resp := serve(s.Handler(), "GET", "/oembed?"+q.Encode(), nil, nil)
			body := readBody(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d (%s)", resp.StatusCode, tt.wantStatus, body)
			}
			if tt.wantStatus != http.StatusOK {
				return
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			checkOEmbedJSON(t, body, pageTitle(def), def.Article.ID, tt.wantWidth, tt.wantHeight)
		})
	}
}

// checkOEmbedJSON validates an oEmbed 1.0 "rich" response: the required
// fields with their types, and an html that is an iframe of the article's
// embed page with the given size.
func checkOEmbedJSON(t *testing.T, body, title, id string, width, height int) {
	t.Helper()
	var got map[string]any
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
	html, _ := got["html"].(string)
	delete(got, "html")
	want := map[string]any{
		"version":       "1.0",
		"type":          "rich",
		"provider_name": "factlens",
		"provider_url":  testBase + "/",
		"title":         title,
		"width":         float64(width),
		"height":        float64(height),
		"cache_age":     float64(3600),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("oEmbed fields (-want +got):\n%s", diff)
	}
	iframe := regexp.MustCompile(`^<iframe src="([^"]*)" title="[^"]+" width="(\d+)" height="(\d+)" loading="lazy" sandbox="([^"]*)"[^<>]*></iframe>$`)
	m := iframe.FindStringSubmatch(html)
	if m == nil {
		t.Fatalf("html %q is not one iframe", html)
	}
	if diff := cmp.Diff([]string{testBase + "/embed/" + id, strconv.Itoa(width), strconv.Itoa(height), embedSandbox}, m[1:]); diff != "" {
		t.Errorf("iframe src, width, height, sandbox (-want +got):\n%s", diff)
	}
}
