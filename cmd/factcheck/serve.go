//go:build !wasm

package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"

	widget "factlens/app"
	"factlens/cmd/factcheck/internal/server"
	"factlens/facts/corpus"
	"factlens/web"
)

// version names the build; the Makefile sets it with
// -ldflags '-X main.version=...'.
var version = "dev"

// serveFlags are the flags of factcheck serve.
type serveFlags struct {
	addr           string
	web            string
	frameAncestors string
	facts          multiFlag
}

func (f *serveFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.addr, "addr", ":8000", "address to listen on, host:port")
	fs.StringVar(&f.web, "web", "web", "directory of the built client (app.wasm, from make wasm)")
	fs.StringVar(&f.frameAncestors, "frame-ancestors", server.DefaultFrameAncestors,
		"CSP frame-ancestors: the pages allowed to embed the widget ('self', 'none' or origins)")
	fs.Var(&f.facts, "facts", "load a facts pack (JSON) besides the default one; repeatable")
}

func runServe(args []string, env *env) int {
	fs := newFlagSet("serve", env)
	var f serveFlags
	f.register(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(env.stderr, "factcheck serve: no arguments expected")
		return exitUsage
	}
	if err := server.ValidateFrameAncestors(f.frameAncestors); err != nil {
		fmt.Fprintf(env.stderr, "factcheck serve: -%v\n", err)
		return exitUsage
	}
	logger := log.New(env.stderr, "factcheck serve: ", log.LstdFlags)
	srv, err := newServer(f, env, logger)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck serve: %v\n", err)
		return exitFail
	}
	defer srv.Close()

	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck serve: %v\n", err)
		return exitFail
	}
	// Catch the signals before saying the server is up: from then on,
	// SIGINT and SIGTERM shut it down gracefully.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(env.stdout, "factcheck: serving on %s\n", serverURL(ln.Addr()))
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(env.stderr, "factcheck serve: %v\n", err)
		return exitFail
	}
	return exitOK
}

// newServer loads the knowledge base and the corpus and builds the host.
func newServer(f serveFlags, env *env, logger *log.Logger) (*server.Server, error) {
	c, err := loadChecker(f.facts)
	if err != nil {
		return nil, err
	}
	articles, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	return server.New(server.Config{
		Checker:        c,
		Articles:       articles.Articles(),
		Routes:         widget.Register,
		Version:        version,
		WebDir:         f.web,
		Assets:         web.FS,
		FrameAncestors: f.frameAncestors,
		Now:            env.now,
		Log:            logger,
	})
}

// serverURL is the URL to print for a listening address: a wildcard host
// ("[::]:8000") is shown as localhost.
func serverURL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
