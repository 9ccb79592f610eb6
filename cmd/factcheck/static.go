//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"log"
)

// staticFlags are the flags of factcheck static.
type staticFlags struct {
	web   string
	facts multiFlag
}

func (f *staticFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.web, "web", "web", "directory of the built client (app.wasm and its .br/.gz copies, from make wasm)")
	fs.Var(&f.facts, "facts", "load a facts pack (JSON) besides the default one; repeatable")
}

// runStatic writes the site into a directory, for a static host: the
// pages of the served corpus prerendered with their claims highlighted,
// the client and its assets (see server.Server.Export).
func runStatic(args []string, env *env) int {
	fs := newFlagSet("static", env)
	var f staticFlags
	f.register(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(env.stderr, "factcheck static: want one argument, the output directory")
		return exitUsage
	}
	dir := fs.Arg(0)
	logger := log.New(env.stderr, "factcheck static: ", 0)
	srv, err := newServer(serveFlags{web: f.web, facts: f.facts}, env, logger)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck static: %v\n", err)
		return exitFail
	}
	defer srv.Close()
	if err := srv.Export(dir); err != nil {
		fmt.Fprintf(env.stderr, "factcheck static: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(env.stdout, "factcheck: wrote the site to %s\n", dir)
	return exitOK
}
