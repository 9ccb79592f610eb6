// The factlens claim engine in a Web Worker. It runs engine.wasm (the
// Go package cmd/factcheck/internal/worker) next to this script, with the
// same version query, and answers each message, the JSON of a request
// (package facts/remote), with a message, the JSON of its response.
// Messages that come before the engine has started wait for it.
"use strict";

importScripts("../wasm_exec.js");

const waiting = [];
self.onmessage = (event) => waiting.push(event);

// factlensEngineReady receives from the engine the function that answers
// one message event.
self.factlensEngineReady = (serve) => {
  self.onmessage = serve;
  waiting.splice(0).forEach(serve);
};

const go = new Go();
const wasm = new URL("engine.wasm", self.location.href);
wasm.search = self.location.search;
WebAssembly.instantiateStreaming(fetch(wasm), go.importObject)
  .then((result) => go.run(result.instance))
  .catch((err) => {
    // Without an engine, every request gets the reason.
    const fail = (event) => {
      let id = 0;
      try {
        id = JSON.parse(event.data).id || 0;
      } catch (e) {}
      self.postMessage(JSON.stringify({ id: id, error: "the engine did not start: " + err }));
    };
    self.onmessage = fail;
    waiting.splice(0).forEach(fail);
  });
