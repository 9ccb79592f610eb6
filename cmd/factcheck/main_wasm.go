// The WebAssembly client of the factlens reader: the same main package as
// the factcheck command, built with GOOS=js GOARCH=wasm (make wasm). It
// registers the reader's routes with the page the server embedded in the
// prerendered HTML, then hands the page over to go-app.

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	widget "factlens/app"
)

func main() {
	widget.Register(&widget.EmbeddedPages{})
	app.RunWhenOnBrowser()
}
