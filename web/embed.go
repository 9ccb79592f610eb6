// Package web holds the reader's static assets: its stylesheet, icons,
// the script that starts the client (boot.js) and the publishers' embed
// script (embed.js, served at /embed.js).
// The host serves FS under /web/; app.wasm, a build artifact, is not in it.
package web

import "embed"

// FS holds factlens.css, icon.svg, icon-192.png, icon-512.png, embed.js
// and boot.js, at the root of the file system.
//
//go:embed factlens.css icon.svg icon-192.png icon-512.png embed.js boot.js
var FS embed.FS
