// Package web holds the reader's static assets: its stylesheet and icons.
// The host serves FS under /web/; app.wasm, a build artifact, is not in it.
package web

import "embed"

// FS holds factlens.css, icon.svg, icon-192.png and icon-512.png, at the
// root of the file system.
//
//go:embed factlens.css icon.svg icon-192.png icon-512.png
var FS embed.FS
