//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"factlens/facts"
	"factlens/facts/check"
)

// checkFlags are the flags of factcheck check.
type checkFlags struct {
	lang   string
	ref    string
	format string
	facts  multiFlag
}

func (f *checkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.lang, "lang", "auto", "language of the text: auto, fr or en")
	fs.StringVar(&f.ref, "ref", "", "reference (publication) date, YYYY-MM-DD (default today, UTC)")
	fs.StringVar(&f.format, "format", "json", "output format: json, text, claimreview, annotations or markdown")
	fs.Var(&f.facts, "facts", "load a facts pack (JSON) besides the default one; repeatable")
}

// formats maps each -format value to the function writing it.
var formats = map[string]func(w io.Writer, a facts.Article, r facts.Report) error{
	"json": writeJSON,
}

func runCheck(args []string, env *env) int {
	fs := newFlagSet("check", env)
	var f checkFlags
	f.register(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(env.stderr, "factcheck check: at most one input file")
		return exitUsage
	}
	write, ok := formats[f.format]
	if !ok {
		fmt.Fprintf(env.stderr, "factcheck check: unknown format %q\n", f.format)
		return exitUsage
	}
	if f.lang != "auto" && f.lang != "fr" && f.lang != "en" {
		fmt.Fprintf(env.stderr, "factcheck check: unknown language %q (want auto, fr or en)\n", f.lang)
		return exitUsage
	}
	ref := env.now().UTC()
	if f.ref != "" {
		var err error
		if ref, err = time.Parse(time.DateOnly, f.ref); err != nil {
			fmt.Fprintf(env.stderr, "factcheck check: -ref %q is not a date YYYY-MM-DD\n", f.ref)
			return exitUsage
		}
	}
	name := fs.Arg(0)
	text, err := readInput(name, env.stdin)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	base, err := loadBase(f.facts)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	c, err := check.New(base)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	r, err := c.Check(text, check.Options{Lang: f.lang, Ref: ref})
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	a := facts.Article{Lang: r.Lang, Published: r.Ref, Title: firstLine(text), Text: text}
	if err := write(env.stdout, a, r); err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	return exitOK
}

// readInput reads the text to check from the named file, or from stdin
// when name is "" or "-". It stops one byte past check.MaxInput, which is
// enough for the check to refuse the text as too large.
func readInput(name string, stdin io.Reader) (string, error) {
	r := stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, check.MaxInput+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", displayName(name), err)
	}
	return string(data), nil
}

func displayName(name string) string {
	if name == "" || name == "-" {
		return "standard input"
	}
	return name
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(line)
}

// writeJSON writes the report as the CLI contract's JSON object.
func writeJSON(w io.Writer, _ facts.Article, r facts.Report) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
