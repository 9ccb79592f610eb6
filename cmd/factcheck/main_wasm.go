// The WebAssembly client of the factlens reader: the same main package as
// the factcheck command, built with GOOS=js GOARCH=wasm (make wasm). It
// registers the reader's routes with the page the server embedded in the
// prerendered HTML and with the claim engine over the default knowledge
// base, then hands the page over to go-app.

package main

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	widget "factlens/app"
	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/kb"
)

func main() {
	widget.Register(&widget.EmbeddedPages{}, &lazyEngine{})
	app.RunWhenOnBrowser()
}

// lazyEngine builds the checker on its first check: the reader of an
// article the server checked never needs it, and decoding the knowledge
// base would delay the page becoming interactive.
type lazyEngine struct {
	once    sync.Once
	checker *check.Checker
	err     error
}

func (e *lazyEngine) Check(text string, opt check.Options) (facts.Report, error) {
	e.once.Do(func() {
		base, err := kb.Default()
		if err != nil {
			e.err = err
			return
		}
		e.checker, e.err = check.New(base)
	})
	if e.err != nil {
		return facts.Report{}, e.err
	}
	return e.checker.Check(text, opt)
}
