// Package web holds the reader's static assets: its stylesheet, icons,
// the script that starts the client (boot.js), the publishers' embed
// script (embed.js, served at /embed.js) and the script of the engine's
// Web Worker (engine-worker.js). The host serves FS under /web/; app.wasm
// and engine.wasm, build artifacts, are not in it.
package web

import "embed"

// FS holds factlens.css, icon.svg, icon-192.png, icon-512.png, embed.js,
// boot.js and engine-worker.js, at the root of the file system.
//
//go:embed factlens.css icon.svg icon-192.png icon-512.png embed.js boot.js engine-worker.js
var FS embed.FS
