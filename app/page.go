// Package app is the factlens reader: go-app components that show an
// article with its claims highlighted and, for each claim, the verdict and
// the evidence behind it.
//
// It renders what [factlens/facts/check] returns and never runs the engine
// itself on the server path; the host ([factlens/cmd/factcheck]) and the
// WebAssembly client both register the same routes with [Register].
package app

import "factlens/facts"

// Page is what the reader shows at one URL: an article and the report of
// its claims.
type Page struct {
	Article facts.Article `json:"article"`
	Report  facts.Report  `json:"report"`
}

// Pages gives the page to show at a URL path ("/", "/a/{id}"). The host
// computes it from its corpus and knowledge base; the browser reads the
// copy the host embedded in the prerendered page.
type Pages interface {
	// Page returns the page at path, or ok false when no article lives
	// there.
	Page(path string) (p Page, ok bool)
}
