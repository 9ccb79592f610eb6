//go:build js && wasm

// Worker is the claim engine as its own WebAssembly module (engine.wasm,
// built by make wasm), run in a Web Worker by web/engine-worker.js: the
// /check page and the classrooms of shared texts send it articles and get
// their reports back (package factlens/facts/remote). Apart from the
// reader's module, the engine and its knowledge base cost nothing to the
// pages that never check a text, and a long check does not freeze the
// page.
//
// It builds the checker over the default knowledge base, then hands the
// script a function that answers one request (the data of a message
// event) by posting the response.
package main

import (
	"syscall/js"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/kb"
	"factlens/facts/remote"
)

// readyHook is the function of web/engine-worker.js that receives the
// request handler.
const readyHook = "factlensEngineReady"

func main() {
	var engine remote.Engine
	base, err := kb.Default()
	if err == nil {
		engine, err = check.New(base)
	}
	if err != nil {
		engine = broken{err}
	}
	serve := js.FuncOf(func(this js.Value, args []js.Value) any {
		data := args[0].Get("data")
		if data.Type() != js.TypeString {
			data = js.ValueOf("")
		}
		js.Global().Call("postMessage", string(remote.Serve(engine, []byte(data.String()))))
		return nil
	})
	js.Global().Call(readyHook, serve)
	select {} // serve for the worker's life
}

// broken is the engine when the knowledge base cannot be loaded: every
// request gets the error.
type broken struct{ err error }

func (b broken) CheckArticle(facts.Article) (facts.Report, error) { return facts.Report{}, b.err }
