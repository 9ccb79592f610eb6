// Hello is the baseline of the bench command: a go-app "hello world" with
// one button, built the way make wasm builds the factlens client (server
// code in !wasm files, -trimpath -ldflags='-s -w') and served the way the
// factlens host serves it (brotli when accepted). Its size and its time
// to become interactive are what the reader is compared with.
//
// Usage (host build):
//
//	hello -addr 127.0.0.1:0 -web DIR
//
// serves DIR/app.wasm (and app.wasm.br) and prints its URL.
package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello is the page: a title and a counter button.
type hello struct {
	app.Compo
	clicks int
}

func (h *hello) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Hello, world"),
		app.Button().ID("count").Type("button").
			OnClick(func(app.Context, app.Event) { h.clicks++ }).
			Text("Clicked "+strconv.Itoa(h.clicks)),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	serve()
}
