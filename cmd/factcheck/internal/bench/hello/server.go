//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serve serves the page and its client until the process is killed.
func serve() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	web := flag.String("web", "web", "directory of app.wasm and app.wasm.br")
	flag.Parse()
	fi, err := os.Stat(filepath.Join(*web, "app.wasm"))
	if err != nil {
		log.Fatal(err)
	}
	h := &app.Handler{
		Name:              "hello",
		Version:           "bench",
		Icon:              app.Icon{Default: "/web/icon.svg", Large: "/web/icon.svg", Maskable: "/web/icon.svg"}, // not go-app's third-party default
		Resources:         wasmFiles(*web),
		WasmContentLength: strconv.FormatInt(fi.Size(), 10),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("http://%s/\n", ln.Addr())
	log.Fatal(http.Serve(ln, h))
}

// wasmFiles serves /web/app.wasm from a directory, as app.wasm.br when
// the client accepts brotli, like the factlens host.
type wasmFiles string

func (d wasmFiles) Resolve(location string) string { return location }

func (d wasmFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/web/app.wasm" && r.URL.Path != "/app.wasm" {
		http.NotFound(w, r)
		return
	}
	name := filepath.Join(string(d), "app.wasm")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
		if _, err := os.Stat(name + ".br"); err == nil {
			name += ".br"
			w.Header().Set("Content-Encoding", "br")
		}
	}
	w.Header().Set("Content-Type", "application/wasm")
	http.ServeFile(w, r, name)
}
