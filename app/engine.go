package app

import (
	"factlens/facts"
	"factlens/facts/check"
)

// Engine is the claim engine as the reader calls it for texts that no
// server has checked: the /check page and the classroom of a shared text
// run it in the browser, with no round trip. [*check.Checker] is one; the
// WebAssembly client builds it from the default knowledge base on first
// use.
type Engine interface {
	Check(text string, opt check.Options) (facts.Report, error)
}

// MaxTextBytes is the longest text the browser checks: a pasted article
// on /check, or the text of a classroom link once decompressed. Longer
// texts are refused with a message, and kept where the user typed them.
const MaxTextBytes = 200 << 10
