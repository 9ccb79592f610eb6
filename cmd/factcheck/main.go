//go:build !wasm

// Factcheck finds the checkable claims of a news article (dates, founding
// events, attendance), checks them against a knowledge base of sourced
// facts, and serves the factlens reader widget.
//
// Usage:
//
//	factcheck check [-lang auto|fr|en] [-ref YYYY-MM-DD] [-format json|text|claimreview|annotations|markdown] [-facts FILE]... [FILE|-]
//	factcheck serve [-addr :8000] [-facts FILE]... [-frame-ancestors 'SOURCES']
//	factcheck facts validate FILE...
//	factcheck facts show [-facts FILE]... ID
//	factcheck static [-web DIR] [-facts FILE]... DIR
//
// Exit status: 0 on success, 1 on bad input or failure, 2 on bad usage.
//
// The same main package, built with GOOS=js GOARCH=wasm, is the widget's
// WebAssembly client (main_wasm.go).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	env := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, now: time.Now}
	os.Exit(run(os.Args[1:], env))
}

// env is what a command may reach outside itself; tests fake it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	now            func() time.Time
}

// command is one subcommand of factcheck.
type command struct {
	name    string
	args    string
	summary string
	run     func(args []string, env *env) int
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func commands() []command {
	return []command{
		{"check", "[-lang auto|fr|en] [-ref YYYY-MM-DD] [-format F] [-facts FILE]... [FILE|-]", "find and verify the claims of a text", runCheck},
		{"serve", "[-addr :8000] [-facts FILE]... [-frame-ancestors 'SOURCES']", "serve the reader widget and the API", runServe},
		{"facts", "validate FILE... | show [-facts FILE]... ID", "validate a facts pack, or show a fact with its sources", runFacts},
		{"static", "[-web DIR] [-facts FILE]... DIR", "write the site into DIR for a static host", runStatic},
	}
}

func run(args []string, env *env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(env.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], env)
		}
	}
	fmt.Fprintf(env.stderr, "factcheck: unknown command %q\n", args[0])
	usage(env.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: factcheck <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %s %s\n    \t%s\n", c.name, c.args, c.summary)
	}
}

// newFlagSet returns a flag set for a subcommand that reports errors
// instead of exiting, and prints its usage to env.stderr.
func newFlagSet(name string, env *env) *flag.FlagSet {
	fs := flag.NewFlagSet("factcheck "+name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	return fs
}

// parseFlags parses args into fs and returns the exit code to stop with,
// or -1 to go on.
func parseFlags(fs *flag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	default:
		return exitUsage
	}
}

// multiFlag is a repeatable string flag (-facts A -facts B).
type multiFlag []string

func (m *multiFlag) String() string { return fmt.Sprint([]string(*m)) }

func (m *multiFlag) Set(s string) error {
	*m = append(*m, s)
	return nil
}
