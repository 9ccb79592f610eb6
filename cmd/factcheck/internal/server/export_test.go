//go:build !wasm

package server

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

func TestServer_Export(t *testing.T) {
	s := newTestServer(t)
	dir := t.TempDir()
	if err := s.Export(dir); err != nil {
		t.Fatalf("Export: %v", err)
	}
	var got []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	id := s.pages.list[0].Article.ID
	want := []string{
		"404.html", "a/" + id + ".html", "app-worker.js", "app.css", "app.js", "check.html",
		"classroom.html", "classroom/" + id + ".html", "embed.js",
		"embed/" + id + ".html", "index.html", "manifest.webmanifest", "wasm_exec.js",
		"web/app.wasm", "web/app.wasm.gz", "web/boot.js", "web/embed.js", "web/engine-worker.js", "web/factlens.css",
		"web/icon-192.png", "web/icon-512.png", "web/icon.svg",
	}
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("exported files (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ name, file, want string }{
		{"home prerendered with highlights", "index.html", `class="claim `},
		{"article prerendered with highlights", "a/" + id + ".html", `class="claim `},
		{"embed prerendered compact", "embed/" + id + ".html", `class="fl fl-embed"`},
		{"not-found page", "404.html", `class="fl-empty"`},
		{"worker caches the pages by their file names", "app-worker.js", `"/classroom/` + id + `.html"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), tt.want) {
				t.Errorf("%s has no %q", tt.file, tt.want)
			}
		})
	}
}

// exportServed exports env's site to a directory served by a plain file
// server, and returns env pointed at that server.
func exportServed(t *testing.T, env *browserEnv) (browserEnv, *httptest.Server) {
	t.Helper()
	dir := t.TempDir()
	if err := env.srv.Export(dir); err != nil {
		t.Fatalf("Export: %v", err)
	}
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(ts.Close)
	static := *env
	static.url = ts.URL
	return static, ts
}

// TestBrowser_Export loads a static export served by a plain file server
// in Chromium: the prerendered highlights, then the client taking over.
func TestBrowser_Export(t *testing.T) {
	env := newBrowserEnv(t)
	static, ts := exportServed(t, env)
	id := env.srv.pages.list[0].Article.ID

	for _, path := range []string{"/", "/a/" + id + ".html", "/embed/" + id + ".html"} {
		t.Run(path, func(t *testing.T) {
			ctx := static.newTab(t)
			blockWasm(t, ctx)
			if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("article a.claim"))); err != nil {
				t.Fatalf("no prerendered highlight: %v", err)
			}
			if problems := eval[[]string](t, ctx, highlightsReadable); len(problems) > 0 {
				t.Errorf("prerendered highlights not readable: %q", problems)
			}

			ctx = static.newTab(t)
			static.openLive(t, ctx, path)
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim")), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
				t.Fatalf("no card after a click: %v", err)
			}
		})
	}
}

// TestBrowser_ExportOffline visits a static export once, stops its file
// server, and loads it again: go-app's service worker serves the page and
// the client from its cache.
func TestBrowser_ExportOffline(t *testing.T) {
	static, ts := exportServed(t, newBrowserEnv(t))

	ctx := static.newTab(t)
	static.openLive(t, ctx, "/")
	// go-app's worker caches its list when it installs, without making
	// the install wait for it: wait for the page and the client.
	waitFor(t, ctx, "the service worker did not cache the site", `caches.keys()
  .then((keys) => Promise.all(keys.map((k) => caches.open(k).then((c) => c.keys()))))
  .then((lists) => lists.flat().map((r) => new URL(r.url).pathname))
  .then((paths) => paths.includes("/") && paths.includes("/web/app.wasm"))`, wasmTimeout)
	ts.Close()
	static.openLive(t, ctx, "/")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim")), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
		t.Fatalf("offline: no card after a click: %v", err)
	}
}
