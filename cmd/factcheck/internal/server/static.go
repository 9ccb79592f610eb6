//go:build !wasm

package server

import (
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// wasmPath is where app.js fetches the client from; Resolve versions it.
const wasmPath = "/web/app.wasm"

// engineScriptPath is the script of the engine's Web Worker, which loads
// engineWasmPath with its own version query; Resolve versions both, so
// that the service worker caches them under the URLs the pages use.
const (
	engineScriptPath = "/web/engine-worker.js"
	engineWasmPath   = "/web/engine.wasm"
)

// webFiles serves /web/: .wasm files from the build directory (app.wasm
// and engine.wasm, built by make wasm), anything else from the assets (the stylesheet and
// icons embedded in the binary). It is the app.ResourceResolver of the
// go-app Handler and also an http.Handler, so the Handler sends it every
// /web/ request and /app.wasm.
//
// For a .wasm file it serves NAME.br or NAME.gz, when they exist and the
// client accepts them, with Content-Encoding; the versioned URL that
// Resolve gives app.wasm is cached for a year.
type webFiles struct {
	assets  fs.FS
	build   fs.FS
	version string
}

// Resolve maps a location to its URL: the client (/web/app.wasm), the
// engine and its worker's script gain ?v=VERSION so that a new build is a
// new URL; other locations are left alone.
func (wf *webFiles) Resolve(location string) string {
	switch location {
	case wasmPath, engineScriptPath, engineWasmPath:
		return location + "?v=" + wf.version
	}
	return location
}

// precompressed are the encodings served from NAME.EXT files, best first.
var precompressed = []struct{ encoding, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

func (wf *webFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutPrefix(r.URL.Path, "/web/")
	// For /app.wasm, go-app puts what Resolve returns, query included,
	// in the path.
	name, _, _ = strings.Cut(name, "?")
	if !ok || !fs.ValidPath(name) || name == "." || hiddenPath(name) {
		http.NotFound(w, r)
		return
	}
	f, encoding, err := wf.open(name, r.Header.Get("Accept-Encoding"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.IsDir() {
		http.NotFound(w, r)
		return
	}
	content, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	}
	if path.Ext(name) == ".wasm" {
		w.Header().Set("Vary", "Accept-Encoding")
	}
	if encoding != "" {
		w.Header().Set("Content-Encoding", encoding)
	}
	if r.URL.Query().Get("v") == wf.version {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	http.ServeContent(w, r, name, fi.ModTime(), content)
}

// open opens an asset, or a .wasm file of the build directory or its
// precompressed variant when acceptEncoding allows it; encoding is "" for
// the plain file.
func (wf *webFiles) open(name, acceptEncoding string) (f fs.File, encoding string, err error) {
	if path.Ext(name) != ".wasm" {
		f, err = wf.assets.Open(name)
		return f, "", err
	}
	for _, p := range precompressed {
		if !accepts(acceptEncoding, p.encoding) {
			continue
		}
		if f, err := wf.build.Open(name + p.ext); err == nil {
			return f, p.encoding, nil
		}
	}
	f, err = wf.build.Open(name)
	return f, "", err
}

// accepts reports whether an Accept-Encoding header value allows
// encoding: listed, or covered by "*", and not with q=0.
func accepts(acceptEncoding, encoding string) bool {
	for item := range strings.SplitSeq(acceptEncoding, ",") {
		token, params, _ := strings.Cut(item, ";")
		token = strings.TrimSpace(token)
		if !strings.EqualFold(token, encoding) && token != "*" {
			continue
		}
		for param := range strings.SplitSeq(params, ";") {
			k, v, _ := strings.Cut(param, "=")
			if strings.TrimSpace(k) != "q" {
				continue
			}
			if q, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err != nil || q == 0 {
				return false
			}
		}
		return true
	}
	return false
}

// hiddenPath reports whether a slash-separated path has a dot-file
// element; those are never served.
func hiddenPath(name string) bool {
	for elem := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(elem, ".") {
			return true
		}
	}
	return false
}

// digest adds to h the name and contents of every file webFiles serves
// (the precompressed variants aside, which are copies), in lexical order.
func (wf *webFiles) digest(h hash.Hash) error {
	if err := digestFiles(h, wf.assets, func(string) bool { return true }); err != nil {
		return err
	}
	return digestFiles(h, wf.build, func(name string) bool { return path.Ext(name) == ".wasm" })
}

// digestFiles adds to h the name and contents of every regular file of
// fsys that keep accepts, dot-files aside, in lexical order.
func digestFiles(h hash.Hash, fsys fs.FS, keep func(name string) bool) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !keep(name) {
			return nil
		}
		f, err := fsys.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		fmt.Fprintf(h, "%s\x00", name)
		if _, err := io.Copy(h, f); err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		return nil
	})
}
