// Package throughput measures how fast the engine (facts/check) checks
// text, the same way natively and in WebAssembly: the bench command runs
// it in-process and, built for the browser (bench/engine), in Chromium.
package throughput

import (
	"fmt"
	"strings"
	"time"

	"factlens/facts/check"
	"factlens/facts/corpus"
	"factlens/facts/kb"
)

// Result is one measurement: Bytes checked per Check call, Runs calls in
// Elapsed.
type Result struct {
	Name    string        `json:"name"`
	Bytes   int           `json:"bytes"`
	Runs    int           `json:"runs"`
	Elapsed time.Duration `json:"elapsed"`
}

// MBPerSecond is the throughput in megabytes (10⁶ bytes) a second.
func (r Result) MBPerSecond() float64 {
	return float64(r.Bytes) * float64(r.Runs) / r.Elapsed.Seconds() / 1e6
}

// PerCall is the mean time of one Check call.
func (r Result) PerCall() time.Duration { return r.Elapsed / time.Duration(r.Runs) }

// Measure checks the default article, and a text of 1 MiB made of its
// paragraphs (as BenchmarkCheckMegabyte of facts/check, which varies its
// sentences), once to warm up, then repeatedly for at least minTime (and
// three times) each.
func Measure(minTime time.Duration) ([]Result, error) {
	base, err := kb.Default()
	if err != nil {
		return nil, err
	}
	c, err := check.New(base)
	if err != nil {
		return nil, err
	}
	cor, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	a := cor.Default()
	ref, err := time.Parse(time.DateOnly, a.Published)
	if err != nil {
		return nil, fmt.Errorf("default article: %w", err)
	}
	opt := check.Options{Lang: a.Lang, Ref: ref}
	inputs := []struct{ name, text string }{
		{"default article", a.Text},
		{"1 MiB of its paragraphs", repeat(a.Text, 1<<20)},
	}
	var out []Result
	for _, in := range inputs {
		// One call first, untimed: it builds what the engine builds
		// once (lookup tables, compiled patterns).
		if _, err := c.Check(in.text, opt); err != nil {
			return nil, fmt.Errorf("check %s: %w", in.name, err)
		}
		r := Result{Name: in.name, Bytes: len(in.text)}
		start := time.Now()
		for r.Elapsed < minTime || r.Runs < 3 {
			if _, err := c.Check(in.text, opt); err != nil {
				return nil, fmt.Errorf("check %s: %w", in.name, err)
			}
			r.Runs++
			r.Elapsed = time.Since(start)
		}
		out = append(out, r)
	}
	return out, nil
}

// repeat returns text's lines after the title, repeated into about n
// bytes, one paragraph a line.
func repeat(text string, n int) string {
	_, body, _ := strings.Cut(text, "\n")
	var b strings.Builder
	b.WriteString("Title\n")
	for b.Len() < n {
		b.WriteString(body)
		b.WriteString("\n")
	}
	return b.String()
}
