// The WebAssembly client of the factlens reader: the same main package as
// the factcheck command, built with GOOS=js GOARCH=wasm (make wasm). It
// registers the reader's routes with the page the server embedded in the
// prerendered HTML and with the claim engine in its Web Worker (the module
// engine.wasm, see internal/worker), then hands the page over to go-app.

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	widget "factlens/app"
)

// engineScript is the script of the engine's worker; the query names the
// build, as in the URLs the host gives app.wasm and engine.wasm.
const engineScript = "/web/engine-worker.js?v="

func main() {
	engine := widget.NewWorkerEngine(engineScript + app.Getenv("GOAPP_VERSION"))
	widget.Register(&widget.EmbeddedPages{}, engine)
	app.RunWhenOnBrowser()
}
