// Package check is the single entry point of the factlens engine: from an
// article's text to a report of its claims with their verdicts.
package check

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/claims"
	"factlens/facts/kb"
	"factlens/facts/lang"
	"factlens/facts/timex"
	"factlens/facts/verify"
)

// MaxInput is the largest text Check accepts, in bytes.
const MaxInput = 10 << 20

// ErrEmpty is returned for a text with nothing but white space.
var ErrEmpty = errors.New("input is empty")

// InputError reports a text Check refuses: not UTF-8, or too large.
type InputError struct {
	// Offset is the byte offset of the problem: the first invalid byte,
	// or MaxInput for a text that is too large.
	Offset int
	Msg    string
}

func (e *InputError) Error() string { return e.Msg }

// Options are the parameters of one check.
type Options struct {
	// Lang is "fr" or "en"; "" or "auto" detects it from the text.
	Lang string
	// Ref is the publication date, against which relative expressions
	// ("hier", "last Friday") are resolved. It is required.
	Ref time.Time
}

// Checker finds and verifies the claims of texts against one knowledge
// base. It is safe for concurrent use.
type Checker struct {
	base *kb.Base
	gaz  *claims.Gazetteer
	ver  *verify.Verifier
}

// New returns a checker for the facts of base; its gazetteer is made of
// the base's entities. New indexes the base once, so that each check
// costs only the work of its text.
func New(base *kb.Base) (*Checker, error) {
	if base == nil {
		return nil, errors.New("check: nil knowledge base")
	}
	gaz, err := claims.NewGazetteer(base.Entities())
	if err != nil {
		return nil, fmt.Errorf("check: build gazetteer: %w", err)
	}
	return &Checker{base: base, gaz: gaz, ver: verify.New(base)}, nil
}

// Validate returns the error Check gives for text before doing any work:
// an [*InputError] for a text over [MaxInput] or not valid UTF-8,
// [ErrEmpty] for a blank one.
func Validate(text string) error {
	if len(text) > MaxInput {
		return &InputError{Offset: MaxInput, Msg: fmt.Sprintf("input is over %d MiB", MaxInput>>20)}
	}
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, size := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return &InputError{Offset: off, Msg: fmt.Sprintf("input is not valid UTF-8 at byte %d", off)}
	}
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	return nil
}

// CheckArticle returns the report of the article's text, with its
// language (Lang, "" to detect it) and its publication date (Published,
// YYYY-MM-DD) as the reference date.
func (c *Checker) CheckArticle(a facts.Article) (facts.Report, error) {
	ref, err := time.Parse(time.DateOnly, a.Published)
	if err != nil {
		return facts.Report{}, fmt.Errorf("check: publication date %q is not YYYY-MM-DD", a.Published)
	}
	return c.Check(a.Text, Options{Lang: a.Lang, Ref: ref})
}

// Check returns the report of text: its language, the reference date and
// every claim sorted by start, with verdicts, and the facts those verdicts
// cite as evidence.
func (c *Checker) Check(text string, opt Options) (facts.Report, error) {
	if err := Validate(text); err != nil {
		return facts.Report{}, err
	}
	if opt.Ref.IsZero() {
		return facts.Report{}, errors.New("check: no reference date")
	}
	l := opt.Lang
	switch l {
	case "", "auto":
		l = lang.Detect(text)
	case "fr", "en":
	default:
		return facts.Report{}, fmt.Errorf("check: unknown language %q (want fr, en or auto)", opt.Lang)
	}
	dates := timex.Tag(text, l, opt.Ref)
	cs := claims.Find(text, l, dates, c.gaz)
	c.ver.Claims(text, l, opt.Ref, cs)
	r := facts.Report{Lang: l, Ref: opt.Ref.Format(time.DateOnly), Claims: cs}
	for _, cl := range cs {
		for _, id := range cl.Facts {
			if f, ok := c.base.Fact(id); ok {
				if r.Evidence == nil {
					r.Evidence = map[string]facts.Fact{}
				}
				r.Evidence[id] = f
			}
		}
	}
	return r, nil
}
