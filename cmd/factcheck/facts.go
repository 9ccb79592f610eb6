//go:build !wasm

package main

import (
	"fmt"
	"strings"
)

// runFacts runs "factcheck facts validate FILE..." and
// "factcheck facts show [-facts FILE]... ID".
func runFacts(args []string, env *env) int {
	if len(args) == 0 {
		fmt.Fprintln(env.stderr, "usage: factcheck facts validate FILE... | show [-facts FILE]... ID")
		return exitUsage
	}
	switch args[0] {
	case "validate":
		return runFactsValidate(args[1:], env)
	case "show":
		return runFactsShow(args[1:], env)
	}
	fmt.Fprintf(env.stderr, "factcheck facts: unknown subcommand %q (want validate or show)\n", args[0])
	return exitUsage
}

// runFactsValidate checks each pack alone and then all of them merged with
// the default pack, and lists every problem with its file and JSON path.
func runFactsValidate(args []string, env *env) int {
	fs := newFlagSet("facts validate", env)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.stderr, "usage: factcheck facts validate FILE...")
		return exitUsage
	}
	if _, err := loadBase(fs.Args()); err != nil {
		fmt.Fprintln(env.stderr, err)
		return exitFail
	}
	for _, name := range fs.Args() {
		fmt.Fprintf(env.stdout, "%s: ok\n", name)
	}
	return exitOK
}

// runFactsShow prints one fact with its sources.
func runFactsShow(args []string, env *env) int {
	fs := newFlagSet("facts show", env)
	var packs multiFlag
	fs.Var(&packs, "facts", "load a facts pack (JSON) besides the default one; repeatable")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(env.stderr, "usage: factcheck facts show [-facts FILE]... ID")
		return exitUsage
	}
	base, err := loadBase(packs)
	if err != nil {
		fmt.Fprintln(env.stderr, err)
		return exitFail
	}
	id := fs.Arg(0)
	f, ok := base.Fact(id)
	if !ok {
		fmt.Fprintf(env.stderr, "factcheck facts show: no fact %q\n", id)
		return exitFail
	}
	w := env.stdout
	fmt.Fprintf(w, "%s", f.ID)
	if f.Date != "" {
		fmt.Fprintf(w, " (%s)", f.Date)
	}
	fmt.Fprintf(w, ", confidence %s\n", f.Confidence)
	for _, lang := range []string{"fr", "en"} {
		if s, ok := f.Statement[lang]; ok {
			fmt.Fprintf(w, "  %s: %s\n", lang, s)
		}
	}
	fmt.Fprintln(w, "sources:")
	for i, s := range f.Sources {
		fmt.Fprintf(w, "  %d. %s", i+1, s.Publisher)
		if s.Date != "" {
			fmt.Fprintf(w, ", %s", s.Date)
		}
		if s.Title != "" {
			fmt.Fprintf(w, ", %q", s.Title)
		}
		fmt.Fprintf(w, "\n     %s\n     %s\n", s.URL, strings.TrimSpace(s.Says))
	}
	return exitOK
}
