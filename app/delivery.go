package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ClientPath is where go-app's app.js fetches the WebAssembly client from,
// before the Handler's resources resolve it (the factlens host adds a
// version query).
const ClientPath = "/web/app.wasm"

// preloadClient asks the browser, from the prerendered page's <head>, to
// fetch the client at once: app.js only asks for it once the document is
// parsed and its deferred scripts have run, and the download is most of
// the time to interactive. The request matches app.js's fetch (CORS mode,
// same-origin credentials: crossorigin=anonymous), so the browser uses
// the preloaded response instead of fetching twice. Server only: the
// client never writes its <head>.
func preloadClient(ctx app.Context) {
	if !app.IsServer {
		return
	}
	ctx.Page().SetPreloads(app.Preload{
		Href: ctx.ResolveStaticResource(ClientPath) + " crossorigin=anonymous",
		As:   "fetch",
		Type: "application/wasm",
	})
}
