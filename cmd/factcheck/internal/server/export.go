//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	widget "factlens/app"
)

// Export writes the whole site into dir, for any static host: the pages,
// prerendered with their highlights, go-app's files, embed.js and the
// files of /web/ (assets, app.wasm and its precompressed copies). The
// pages are files named as static hosts expect:
//
//	/                 index.html
//	/a/{id}           a/{id}.html
//	/embed/{id}       embed/{id}.html
//	/classroom/{id}   classroom/{id}.html
//	/classroom        classroom.html
//	/check            check.html
//	(not found)       404.html
//
// Hosts that serve a/{id}.html at /a/{id} (GitHub Pages, Netlify,
// Cloudflare Pages) keep the host's URLs; others serve the pages under
// their file names, which the reader's routes accept too. The API, the
// oEmbed endpoint and the demo page need the host and are not exported;
// neither are the security headers, which are the static host's to send.
//
// Export creates dir if needed and overwrites the files it writes.
func (s *Server) Export(dir string) error {
	type file struct{ urlPath, name string }
	files := []file{
		{"/", "index.html"},
		{notFoundPath, "404.html"},
		{"/app.js", "app.js"},
		{"/app-worker.js", "app-worker.js"},
		{"/wasm_exec.js", "wasm_exec.js"},
		{"/manifest.webmanifest", "manifest.webmanifest"},
		{"/app.css", "app.css"},
		{widget.CheckPath, staticName(widget.CheckPath)},
		{widget.ClassroomPath, staticName(widget.ClassroomPath)},
	}
	for _, p := range s.pages.list {
		for _, path := range []string{articlePath(p.Article.ID), embedPath(p.Article.ID), classroomPath(p.Article.ID)} {
			files = append(files, file{path, staticName(path)})
		}
	}
	h := s.pageHandler(false)
	for _, f := range files {
		data, err := get(h, f.urlPath, f.name == "404.html")
		if err != nil {
			return fmt.Errorf("export %s: %w", f.urlPath, err)
		}
		if f.urlPath == "/app-worker.js" {
			data = s.staticWorker(data)
		}
		if err := writeFile(dir, f.name, data); err != nil {
			return err
		}
	}
	if err := writeFile(dir, embedScriptName, s.embedJS.data); err != nil {
		return err
	}
	// New set the Handler's resources; they serve /web/.
	return exportWebFiles(dir, s.app.Resources.(*webFiles))
}

// staticName is the file of a static export that holds the page at
// urlPath: the path with .html, without its leading slash.
func staticName(urlPath string) string { return strings.TrimPrefix(urlPath, "/") + ".html" }

// staticWorker returns the service worker js, whose list of files to
// cache names the pages by their paths on the host (s.pages.offline), with
// those pages named by the files of the export instead: a static host
// serves /a/{id}.html, and the worker's install fails if one of its files
// is missing.
func (s *Server) staticWorker(js []byte) []byte {
	for _, p := range s.pages.offline() {
		js = bytes.ReplaceAll(js, []byte(strconv.Quote(p)), []byte(strconv.Quote("/"+staticName(p))))
	}
	return js
}

// get returns the body of the response of h to GET urlPath, which must
// be 200 (404 when notFound).
func get(h http.Handler, urlPath string, notFound bool) ([]byte, error) {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, urlPath, nil))
	want := http.StatusOK
	if notFound {
		want = http.StatusNotFound
	}
	if w.Code != want {
		return nil, fmt.Errorf("status %d, want %d", w.Code, want)
	}
	return w.Body.Bytes(), nil
}

// exportWebFiles writes into dir/web what wf serves: the assets, and the
// .wasm files of the web directory with their .br and .gz copies.
func exportWebFiles(dir string, wf *webFiles) error {
	copyFiles := func(fsys fs.FS, keep func(name string) bool) error {
		return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() || hiddenPath(name) || !keep(name) {
				return err
			}
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return fmt.Errorf("export /web/%s: %w", name, err)
			}
			return writeFile(dir, path.Join("web", name), data)
		})
	}
	if err := copyFiles(wf.assets, func(string) bool { return true }); err != nil {
		return err
	}
	return copyFiles(wf.build, func(name string) bool {
		return path.Ext(strings.TrimSuffix(strings.TrimSuffix(name, ".br"), ".gz")) == ".wasm"
	})
}

// writeFile writes data to the slash-separated name under dir, creating
// its directories.
func writeFile(dir, name string, data []byte) error {
	file := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
