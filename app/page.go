// Package app is the factlens reader: go-app components that show an
// article with its claims highlighted and, for each claim, the verdict and
// the evidence behind it.
//
// It renders what [factlens/facts/check] returns and never runs the engine
// itself on the server path; the host ([factlens/cmd/factcheck]) and the
// WebAssembly client both register the same routes with [Register].
//
// # What the host configures
//
// The host calls Register(pages) once, before it builds its [app.Handler]
// (go-app answers 404 for paths no route matches), and sets on the
// Handler:
//
//   - Resources: something that serves the files of [factlens/web.FS]
//     under /web/ (app.LocalDir("") from the repository root does, from
//     disk), plus /web/app.wasm, built by make wasm.
//   - Styles: []string{[StylePath]} ("/web/factlens.css"). Besides the
//     reader's layout, it turns go-app's full-screen loader
//     (.goapp-app-info) into a small corner indicator, so the prerendered
//     article stays readable while app.wasm loads (or if it never does),
//     and hides that indicator when scripting is off.
//   - Icon: Default [IconPath], Large [IconLargePath], SVG [IconSVGPath]
//     (go-app's default icon is a third-party URL).
//   - LoadingLabel: a short text with "{progress}", e.g. "{progress}%",
//     shown in the corner indicator; no double quote in it.
//   - Version, and a CSP with style-src 'self' (and script-src 'self'
//     'wasm-unsafe-eval'): the reader writes no style attribute and no
//     inline script. Its only inline element is the data block
//     <script type="application/json" id="factlens-page"> ([DataElementID]),
//     which browsers never execute.
//
// Handler.Lang and Title need not be set: the reader sets the document's
// language and title from the article (OnNav).
//
// For each request the server's reader calls Pages.Page with the URL path
// (in OnNav), prerenders the page and embeds it as JSON in the element
// [DataElementID]. In the browser, [EmbeddedPages] reads that element
// before go-app replaces the prerendered DOM, so the first client render
// equals the prerender.
package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// Page is what the reader shows at one URL: an article and the report of
// its claims.
type Page struct {
	Article facts.Article `json:"article"`
	Report  facts.Report  `json:"report"`
}

// Pages gives the page to show at a URL path ("/", "/a/{id}",
// "/embed/{id}", "/classroom/{id}"). The host
// computes it from its corpus and knowledge base; the browser reads the
// copy the host embedded in the prerendered page ([EmbeddedPages]).
type Pages interface {
	// Page returns the page at path, or ok false when no article lives
	// there. The reader then says so.
	Page(path string) (p Page, ok bool)
}

// Routes and assets of the reader.
const (
	// HomePath is the route of the default article.
	HomePath = "/"
	// ArticlePathPrefix starts the path of the other articles, /a/{id};
	// ArticlePattern is their route, as a go-app regular expression
	// (anchored: go-app's is not).
	ArticlePathPrefix = "/a/"
	ArticlePattern    = "^/a/[a-z0-9-]+$"

	// CheckPath is the page that checks a pasted text in the browser;
	// CheckPattern matches it and its file in a static export,
	// /check.html.
	CheckPath    = "/check"
	CheckPattern = `^/check(\.html)?$`
	// ClassroomPathPrefix starts the classroom of an article,
	// /classroom/{id}; ClassroomPath alone is the classroom of a text
	// shared in the link's fragment. ClassroomPattern matches both.
	ClassroomPathPrefix = ClassroomPath + "/"
	ClassroomPath       = "/classroom"
	ClassroomPattern    = "^/classroom(/[a-z0-9-]+)?$"

	// DataElementID is the id of the <script type="application/json">
	// element in which the server embeds the JSON of the Page.
	DataElementID = "factlens-page"

	// StylePath is the reader's stylesheet, to list in Handler.Styles.
	StylePath = "/web/factlens.css"
	// IconPath, IconLargePath and IconSVGPath are the app icons, for
	// Handler.Icon (Default, Large, SVG).
	IconPath      = "/web/icon-192.png"
	IconLargePath = "/web/icon-512.png"
	IconSVGPath   = "/web/icon.svg"
)

// Register registers the reader's routes with go-app: [HomePath],
// [ArticlePattern], [EmbedPattern], [ClassroomPattern] and
// [StaticPagePattern] show a [Reader] of pages; [CheckPattern] shows a
// [CheckPage]. engine checks the texts that pages do not hold (pasted on
// /check, or shared in a classroom link). Call it once, in both builds
// (server and WebAssembly), before the Handler serves or
// app.RunWhenOnBrowser runs: go-app's route table is global.
func Register(pages Pages, engine Engine) {
	newReader := func() app.Composer { return NewReader(pages, engine) }
	newCheck := func() app.Composer { return NewCheckPage(engine) }
	if app.IsClient {
		// The browser holds only the page it loaded (links between pages
		// are page loads): it routes that path alone, and its start does
		// not compile the patterns (make bench).
		switch path := app.Window().URL().Path; routeOf(path) {
		case readerRoute:
			app.Route(path, newReader)
		case checkRoute:
			app.Route(path, newCheck)
		}
		return
	}
	app.Route(HomePath, newReader)
	app.RouteWithRegexp(ArticlePattern, newReader)
	app.RouteWithRegexp(EmbedPattern, newReader)
	app.RouteWithRegexp(ClassroomPattern, newReader)
	app.RouteWithRegexp(StaticPagePattern, newReader)
	app.RouteWithRegexp(CheckPattern, newCheck)
}

// route is the component that shows a path.
type route int

const (
	noRoute route = iota
	readerRoute
	checkRoute
)

// routeOf returns the component that shows path, as the patterns given to
// Register on the server say, without regular expressions.
func routeOf(path string) route {
	p := strings.TrimSuffix(path, ".html") // a static export's file
	switch {
	case path == HomePath:
		return readerRoute
	case p == CheckPath:
		return checkRoute
	case p == ClassroomPath:
		return readerRoute
	}
	for _, prefix := range []string{ArticlePathPrefix, EmbedPathPrefix, ClassroomPathPrefix} {
		if id, ok := strings.CutPrefix(p, prefix); ok && isRouteID(id) {
			return readerRoute
		}
	}
	return noRoute
}

// isRouteID reports whether s is an id of the routes, [a-z0-9-]+.
func isRouteID(s string) bool {
	for _, c := range []byte(s) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return s != ""
}

// EmbeddedPages is the browser's [Pages]: it serves the page the server
// embedded in the prerendered HTML (element [DataElementID]), for the path
// the browser loaded, and no page for any other path. It reads the element
// on the first call, before go-app replaces the prerendered DOM, and keeps
// the page. Off the browser it has no page. The zero value is ready to
// use; use it from the UI goroutine only.
type EmbeddedPages struct {
	read bool
	path string
	page Page
	ok   bool
}

// Page returns the embedded page when path is the path the browser loaded.
func (e *EmbeddedPages) Page(path string) (Page, bool) {
	if !e.read {
		e.read = true
		e.path = app.Window().URL().Path
		if el := app.Window().GetElementByID(DataElementID); el.Truthy() {
			var err error
			e.page, err = decodePage(el.Get("textContent").String())
			if err != nil {
				app.Log("factlens: read embedded page:", err)
			}
			e.ok = err == nil
		}
	}
	if path != e.path || !e.ok {
		return Page{}, false
	}
	return e.page, true
}
