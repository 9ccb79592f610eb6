//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/export"
)

// checkFlags are the flags of factcheck check.
type checkFlags struct {
	lang   string
	ref    string
	format string
	url    string
	facts  multiFlag
}

func (f *checkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.lang, "lang", "auto", "language of the text: auto, fr or en")
	fs.StringVar(&f.ref, "ref", "", "reference (publication) date, YYYY-MM-DD (default today, UTC)")
	fs.StringVar(&f.format, "format", "json", "output format: json, text, claimreview, annotations or markdown")
	fs.StringVar(&f.url, "url", "", "the article's address, written into claimreview and annotations exports")
	fs.Var(&f.facts, "facts", "load a facts pack (JSON) besides the default one; repeatable")
}

// writer writes a report in one output format; now is the time of the
// review, for the formats that date it.
type writer func(w io.Writer, a facts.Article, r facts.Report, now time.Time) error

// formats maps each -format value to its writer.
var formats = map[string]writer{
	"json": writeJSON,
	"text": func(w io.Writer, _ facts.Article, r facts.Report, _ time.Time) error {
		return export.Text(w, r)
	},
	"markdown": func(w io.Writer, a facts.Article, r facts.Report, _ time.Time) error {
		return export.Markdown(w, a, r)
	},
	"claimreview": func(w io.Writer, a facts.Article, r facts.Report, now time.Time) error {
		return writeBytes(w)(export.ClaimReview(a, r, export.ClaimReviewOptions{Date: now, BaseURL: a.URL}))
	},
	"annotations": func(w io.Writer, a facts.Article, r facts.Report, now time.Time) error {
		return writeBytes(w)(export.Annotations(a, r, export.AnnotationOptions{Created: now, BaseURL: a.URL}))
	},
}

// writeBytes returns a function that writes an exporter's result to w,
// ending it with a newline.
func writeBytes(w io.Writer) func([]byte, error) error {
	return func(b []byte, err error) error {
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
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
	c, err := loadChecker(f.facts)
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	r, err := c.Check(text, check.Options{Lang: f.lang, Ref: ref})
	if err != nil {
		fmt.Fprintf(env.stderr, "factcheck check: %v\n", err)
		return exitFail
	}
	a := facts.Article{Lang: r.Lang, Published: r.Ref, URL: f.url, Title: firstLine(text), Text: text}
	if err := write(env.stdout, a, r, env.now().UTC()); err != nil {
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
func writeJSON(w io.Writer, _ facts.Article, r facts.Report, _ time.Time) error {
	b, err := export.JSON(r)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
