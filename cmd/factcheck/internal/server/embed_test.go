//go:build !wasm

package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/web"
)

func TestHandler_EmbedRoutes(t *testing.T) {
	s := newTestServer(t)
	id := s.pages.list[0].Article.ID
	tests := []struct {
		name        string
		target      string
		wantStatus  int
		wantType    string
		wantContain []string
	}{
		{"embed script", "/embed.js", http.StatusOK, "text/javascript", []string{`"factlens:height"`, "e.origin !== host", "contentWindow === e.source"}},
		{"embedded reader", "/embed/" + id, http.StatusOK, "text/html", []string{`class="fl fl-embed"`, `<details class="fl-fold fl-claims-fold">`, `<details class="fl-fold fl-notes-fold">`, `class="claim `}},
		{"embedded reader of no article", "/embed/no-such-article", http.StatusNotFound, "text/html", nil},
		{"demo publisher page", "/demo/embed", http.StatusOK, "text/html", []string{
			`<div data-factlens="` + id + `"></div>`,
			`<script src="http://example.com/embed.js" async></script>`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(s.Handler(), "GET", tt.target, nil, nil)
			body := readBody(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.wantType) {
				t.Errorf("Content-Type %q, want %s", ct, tt.wantType)
			}
			for _, want := range tt.wantContain {
				if !strings.Contains(body, want) {
					t.Errorf("body has no %q", want)
				}
			}
		})
	}
}

func TestEmbedScript_CacheAndValidators(t *testing.T) {
	s := newTestServer(t)
	resp := serve(s.Handler(), "GET", "/embed.js", nil, nil)
	want, err := web.FS.ReadFile("embed.js")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), readBody(t, resp)); diff != "" {
		t.Errorf("/embed.js is not web/embed.js (-want +got):\n%s", diff)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "public, max-age=300" {
		t.Errorf("Cache-Control %q, want a short max-age", cc)
	}
	etag := resp.Header.Get("ETag")
	again := serve(s.Handler(), "GET", "/embed.js", nil, http.Header{"If-None-Match": {etag}})
	if etag == "" || again.StatusCode != http.StatusNotModified {
		t.Errorf("ETag %q, revalidation status %d, want an ETag and 304", etag, again.StatusCode)
	}
}

func TestWithOEmbedDiscovery(t *testing.T) {
	s := newTestServer(t)
	def := s.pages.list[0]
	oembed := "http://example.com/oembed?format=json&url=http%3A%2F%2Fexample.com%2Fa%2F" + def.Article.ID
	tests := []struct {
		name     string
		target   string
		wantLink bool
	}{
		{"default article", "/", true},
		{"article", "/a/" + def.Article.ID, true},
		{"embedded reader", "/embed/" + def.Article.ID, false},
		{"no article", "/a/no-such-article", false},
		{"go-app script", "/app.js", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := serve(s.Handler(), "GET", tt.target, nil, nil)
			body := readBody(t, resp)
			head, _, _ := strings.Cut(body, "</head>")
			tag := `<link rel="alternate" type="application/json+oembed" href="` + strings.ReplaceAll(oembed, "&", "&amp;") + `"`
			if got := strings.Contains(head, tag); got != tt.wantLink {
				t.Errorf("<head> has the discovery link: %v, want %v", got, tt.wantLink)
			}
			link := resp.Header.Get("Link")
			if got := strings.HasPrefix(link, "<"+oembed+`>; rel="alternate"; type="application/json+oembed"; title*=UTF-8''`); got != tt.wantLink {
				t.Errorf("Link header %q, want one: %v", link, tt.wantLink)
			}
			if n := resp.ContentLength; n >= 0 && int(n) != len(body) {
				t.Errorf("Content-Length %d, body %d bytes", n, len(body))
			}
		})
	}
}

func TestExtValue(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"ascii words", "Sahel summit", "Sahel%20summit"},
		{"attr-char kept", "a-b.c_d~e", "a-b.c_d~e"},
		{"colon and quote", `l’AES : "x"`, "l%E2%80%99AES%20%3A%20%22x%22"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, extValue(tt.in)); diff != "" {
				t.Errorf("extValue(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
