//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestWebFiles(t *testing.T) {
	s := newTestServer(t)
	h := s.Handler()
	versioned := "/web/app.wasm?v=" + s.Version()
	tests := []struct {
		name           string
		target         string
		acceptEncoding string
		wantStatus     int
		wantType       string
		wantEncoding   string
		wantCache      string
		wantBody       []byte // decoded; nil: not checked
	}{
		{"wasm", "/web/app.wasm", "", 200, "application/wasm", "", "no-cache", testWasm},
		{"wasm gzip", "/web/app.wasm", "gzip, deflate", 200, "application/wasm", "gzip", "no-cache", testWasm},
		{"wasm brotli not built", "/web/app.wasm", "br", 200, "application/wasm", "", "no-cache", testWasm},
		{"wasm gzip refused", "/web/app.wasm", "gzip;q=0", 200, "application/wasm", "", "no-cache", testWasm},
		{"wasm any encoding", "/web/app.wasm", "*", 200, "application/wasm", "gzip", "no-cache", testWasm},
		{"versioned wasm", versioned, "gzip", 200, "application/wasm", "gzip", "public, max-age=31536000, immutable", testWasm},
		{"old version", "/web/app.wasm?v=old", "", 200, "application/wasm", "", "no-cache", testWasm},
		{"wasm alias", "/app.wasm", "", 200, "application/wasm", "", "no-cache", testWasm},
		{"svg icon", "/web/icon.svg", "gzip", 200, "image/svg+xml", "", "no-cache", nil},
		{"png icon", "/web/icon-192.png", "", 200, "image/png", "", "no-cache", nil},
		{"missing", "/web/nope.css", "", 404, "", "", "", nil},
		{"dot file", "/web/.secret", "", 404, "", "", "", nil},
		{"dot dot", "/web/../server.go", "", 307, "", "", "", nil}, // ServeMux redirects to the clean path
		{"directory", "/web/", "", 404, "", "", "", nil},
		{"compressed copy", "/web/app.wasm.gz", "", 404, "", "", "", nil}, // served only as an encoding
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := http.Header{}
			if tt.acceptEncoding != "" {
				header.Set("Accept-Encoding", tt.acceptEncoding)
			}
			resp := serve(h, "GET", tt.target, nil, header)
			body := readBody(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("GET %s: status %d, want %d", tt.target, resp.StatusCode, tt.wantStatus)
			}
			if tt.wantStatus != 200 {
				return
			}
			got := [3]string{resp.Header.Get("Content-Encoding"), resp.Header.Get("Cache-Control"), ""}
			want := [3]string{tt.wantEncoding, tt.wantCache, ""}
			if tt.wantType != "" {
				got[2], want[2] = resp.Header.Get("Content-Type"), tt.wantType
			}
			if tt.wantCache == "" {
				got[1] = ""
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("GET %s: [encoding, cache, type] mismatch (-want +got):\n%s", tt.target, diff)
			}
			if tt.wantBody == nil {
				return
			}
			decoded := []byte(body)
			if resp.Header.Get("Content-Encoding") == "gzip" {
				zr, err := gzip.NewReader(strings.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if decoded, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(decoded, tt.wantBody) {
				t.Errorf("GET %s: body %q, want %q", tt.target, decoded, tt.wantBody)
			}
			if strings.HasSuffix(tt.target, ".wasm") && resp.Header.Get("Vary") != "Accept-Encoding" {
				t.Errorf("GET %s: Vary = %q, want Accept-Encoding", tt.target, resp.Header.Get("Vary"))
			}
		})
	}
}

func TestWebFiles_Names(t *testing.T) {
	files := &webFiles{
		assets: fstest.MapFS{
			"style.css":    {Data: []byte("p {}")},
			"sub/file.txt": {Data: []byte("in a directory")},
			".git/config":  {Data: []byte("hidden")},
			"sub/.env":     {Data: []byte("hidden")},
			"a.wasm":       {Data: []byte("an asset, not the build")},
		},
		build: fstest.MapFS{
			"app.wasm":    {Data: testWasm},
			"sub/ok.wasm": {Data: []byte("plain")},
			"embed.go":    {Data: []byte("package web")},
			".env.wasm":   {Data: []byte("hidden")},
		},
		version: "v1",
	}
	tests := []struct {
		path       string
		wantStatus int
	}{
		{"/web/app.wasm", 200},
		{"/web/style.css", 200},
		{"/web/sub/file.txt", 200},
		{"/web/sub/ok.wasm", 200},
		{"/web/a.wasm", 404},    // .wasm files come from the build directory only
		{"/web/embed.go", 404},  // and only .wasm files do
		{"/web/.env.wasm", 404}, // dot-files never

		{"/web/../server.go", 404},
		{"/web/sub/../app.wasm", 404},
		{"/web//app.wasm", 404},
		{"/web/.git/config", 404},
		{"/web/sub/.env", 404},
		{"/web/sub", 404},
		{"/web/", 404},
		{"/app.wasm", 404},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.URL.Path = tt.path
		w := httptest.NewRecorder()
		files.ServeHTTP(w, r)
		if w.Code != tt.wantStatus {
			t.Errorf("GET %s: status %d, want %d", tt.path, w.Code, tt.wantStatus)
		}
	}
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, encoding string
		want             bool
	}{
		{"", "gzip", false},
		{"gzip", "gzip", true},
		{"GZIP", "gzip", true},
		{"deflate, gzip;q=0.5", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.000", "gzip", false},
		{"br;q=1.0, gzip;q=0", "br", true},
		{"*", "br", true},
		{"gzip", "br", false},
		{"gzipx", "gzip", false},
		{"gzip;q=nope", "gzip", false},
	}
	for _, tt := range tests {
		if got := accepts(tt.header, tt.encoding); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tt.header, tt.encoding, got, tt.want)
		}
	}
}
