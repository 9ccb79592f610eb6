//go:build !wasm

package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	widget "factlens/app"
	"factlens/facts"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The browser tests load the real pages, with the real app.wasm (built by
// make wasm), in headless Chromium. What they need and do not find is a
// skip, except under CI=true, where it is a failure.

// Bounds of the browser tests; the whole suite takes a few seconds.
const (
	// tabTimeout bounds everything one subtest does in its tab.
	tabTimeout = 30 * time.Second
	// wasmTimeout bounds the wait for the WebAssembly client to start.
	wasmTimeout = 20 * time.Second
)

// browserEnv is what the browser subtests share: the server under test
// and one headless Chromium.
type browserEnv struct {
	srv     *Server
	url     string
	browser context.Context
	axeFile string // axe.min.js
	outDir  string // where screenshots of failures go
}

// needed skips the test for a missing prerequisite, or fails it in CI.
func needed(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI: "+format, args...)
	}
	t.Skipf(format, args...)
}

// repoRoot returns the directory of go.mod above the working directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// testWebDir is the directory of the app.wasm the browser tests load: the
// repository's web directory, or $FACTLENS_WEB_DIR when set (a client
// built elsewhere, e.g. GOOS=js GOARCH=wasm go build -o DIR/app.wasm).
func testWebDir(t *testing.T) string {
	if dir := os.Getenv("FACTLENS_WEB_DIR"); dir != "" {
		return dir
	}
	return filepath.Join(repoRoot(t), "web")
}

// newBrowserEnv starts the server over the repository's web directory and
// a headless Chromium with a fresh profile.
func newBrowserEnv(t *testing.T) *browserEnv {
	t.Helper()
	return newBrowserEnvWith(t, func(*Config) {})
}

// newBrowserEnvWith is newBrowserEnv with the server's configuration
// changed by modify.
func newBrowserEnvWith(t *testing.T, modify func(*Config)) *browserEnv {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	root, webDir := repoRoot(t), testWebDir(t)
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		needed(t, "no %s: run make wasm first", filepath.Join(webDir, "app.wasm"))
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		needed(t, "no chromium on PATH (apt-get install chromium): %v", err)
	}

	cfg := testConfig(t)
	cfg.WebDir = webDir
	modify(&cfg)
	srv := newServerFrom(t, cfg)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browser); err != nil { // starts the browser, with no timeout
		t.Fatalf("start chromium: %v", err)
	}
	return &browserEnv{
		srv:     srv,
		url:     ts.URL,
		browser: browser,
		axeFile: filepath.Join(root, "tools", "axe", "node_modules", "axe-core", "axe.min.js"),
		outDir:  filepath.Join(root, "testdata-out", "browser"),
	}
}

// newTab opens a tab in a fresh browser context (no cache, no service
// worker, no storage from other subtests) and returns its context, bounded
// by tabTimeout. When the test fails, a screenshot of the tab is saved.
func (env *browserEnv) newTab(t *testing.T) context.Context {
	t.Helper()
	tab, cancelTab := chromedp.NewContext(env.browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancelTab)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	// Record CSP violations from the first script of every document.
	if _, err := chromedp.Call(tab, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.cspViolations.push(e.violatedDirective + " " + e.blockedURI));`,
	}); err != nil {
		t.Fatalf("install CSP listener: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, tabTimeout)
	t.Cleanup(cancel)
	t.Cleanup(func() {
		if t.Failed() {
			env.screenshot(t, tab)
		}
	})
	return ctx
}

// screenshot saves a PNG of the tab under testdata-out/browser.
func (env *browserEnv) screenshot(t *testing.T, tab context.Context) {
	ctx, cancel := context.WithTimeout(tab, 5*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	name := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(t.Name(), "_") + ".png"
	if err := os.MkdirAll(env.outDir, 0o755); err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	file := filepath.Join(env.outDir, name)
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot of the failure: %s", file)
}

// blockWasm makes the tab fail every request for app.wasm, so the page
// stays as the server prerendered it.
func blockWasm(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{
		URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/*.wasm*", Block: true}},
	}); err != nil {
		t.Fatal(err)
	}
}

// disableScripts turns JavaScript off in the tab.
func disableScripts(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
}

// openLive loads path and waits until the WebAssembly client has taken
// the page over: app.js removes go-app's loader after go.run.
func (env *browserEnv) openLive(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(env.url+path)); err != nil {
		t.Fatalf("navigate to %s: %v", path, err)
	}
	// Stop waiting at the first CSP violation: the client will not start.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById("app-wasm-loader") || window.cspViolations.length > 0`,
		chromedp.WithPollingTimeout(wasmTimeout))); err != nil {
		label, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById("app-wasm-loader-label") || {}).textContent || ""`))
		t.Fatalf("the WebAssembly client did not start within %v (loader says %q): %v", wasmTimeout, label, err)
	}
	if v := eval[[]string](t, ctx, `window.cspViolations`); len(v) > 0 {
		t.Fatalf("Content-Security-Policy violations: %q", v)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("a.claim"))); err != nil {
		t.Fatalf("no highlight after the client started: %v", err)
	}
}

// eval evaluates a JavaScript expression in the tab.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %.80q: %v", expr, err)
	}
	return v
}

// press sends keys to the focused element.
func press(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatalf("press %q: %v", keys, err)
	}
}

// openCard clicks the highlight with the given id and waits until the
// client has rendered its card: the highlight says it is expanded. A
// loop that clicked the next highlight any sooner could click a node the
// render is replacing.
func openCard(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id))); err != nil {
		t.Fatalf("click #%s: %v", id, err)
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	cond := fmt.Sprintf(`(() => { const m = document.getElementById(%q); return !!m && m.getAttribute("aria-expanded") === "true" && !!document.getElementById("card"); })()`, id)
	if _, err := chromedp.Run(wctx, chromedp.Poll[bool](cond)); err != nil {
		t.Fatalf("click #%s: no card: %v", id, err)
	}
}

// activeID returns the id of the focused element.
func activeID(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.activeElement ? document.activeElement.id : ""`)
}

// checkNoCSPViolations fails the test if the page broke its own policy.
func checkNoCSPViolations(t *testing.T, ctx context.Context) {
	t.Helper()
	if v := eval[[]string](t, ctx, `window.cspViolations || []`); len(v) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", v)
	}
}

// highlightsReadable is a script that reports, for every highlight of the
// article, why it is not readable: hidden, or covered by another element
// (go-app's loader, for one) at its centre. It scrolls each into view.
const highlightsReadable = `(() => {
  const marks = [...document.querySelectorAll("article a.claim")];
  if (marks.length === 0) return ["no highlight in the article"];
  const problems = [];
  for (const m of marks) {
    m.scrollIntoView({block: "center"});
    const r = m.getClientRects()[0];
    if (!r || r.width === 0 || r.height === 0) { problems.push(m.id + " has no box"); continue; }
    const s = getComputedStyle(m);
    if (s.visibility !== "visible" || s.opacity === "0") { problems.push(m.id + " is invisible"); continue; }
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!at || (at !== m && !m.contains(at))) problems.push(m.id + " is covered by " + (at ? at.tagName + "#" + at.id + "." + at.className : "nothing"));
  }
  return problems;
})()`

func TestBrowser(t *testing.T) {
	env := newBrowserEnv(t)
	claims := env.srv.pages.byPath["/"].Report.Claims

	t.Run("prerendered highlights are readable before the client runs", func(t *testing.T) {
		for _, tt := range []struct {
			name  string
			setup func(*testing.T, context.Context)
		}{
			{"app.wasm blocked", blockWasm},
			{"javascript disabled", disableScripts},
		} {
			t.Run(tt.name, func(t *testing.T) {
				ctx := env.newTab(t)
				tt.setup(t, ctx)
				if err := chromedp.Do(ctx, chromedp.Navigate(env.url+"/"), chromedp.WaitVisible(chromedp.CSS("article a.claim"))); err != nil {
					t.Fatalf("no visible highlight: %v", err)
				}
				if problems := eval[[]string](t, ctx, highlightsReadable); len(problems) > 0 {
					t.Errorf("highlights not readable: %q", problems)
				}
				if n := eval[int](t, ctx, `document.querySelectorAll("article a.claim").length`); n == 0 || n > len(claims) {
					t.Errorf("%d highlights, want 1 to %d (the report's claims)", n, len(claims))
				}
			})
		}
	})

	// The server writes the timeline and the notes in a <noscript>
	// element; boot.js shows them when the client cannot start.
	for _, tt := range []struct {
		name  string
		setup func(*testing.T, context.Context)
	}{
		{"without javascript", disableScripts},
		{"when the client cannot load", blockWasm},
	} {
		t.Run(tt.name+" a highlight leads to its note", func(t *testing.T) {
			ctx := env.newTab(t)
			tt.setup(t, ctx)
			if err := chromedp.Do(ctx, chromedp.Navigate(env.url+"/"), chromedp.WaitVisible(chromedp.CSS(".fl-notes"))); err != nil {
				t.Fatalf("no notes: %v", err)
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim"))); err != nil {
				t.Fatal(err)
			}
			hash := eval[string](t, ctx, `location.hash`)
			if !strings.HasPrefix(hash, "#note-c") {
				t.Fatalf("after a click, location.hash = %q, want #note-cN", hash)
			}
			if ok := eval[bool](t, ctx, fmt.Sprintf(`(() => { const n = document.getElementById(%q); return !!n && n.getBoundingClientRect().height > 0; })()`, hash[1:])); !ok {
				t.Errorf("no visible element %s", hash)
			}
			// Both sit in the article's column, under it.
			problems := eval[[]string](t, ctx, `(() => {
  const a = document.querySelector("article").getBoundingClientRect();
  return [".fl-timeline", ".fl-notes"].flatMap(sel => {
    const e = document.querySelector(sel);
    if (!e) return [sel + ": missing"];
    const r = e.getBoundingClientRect();
    return Math.abs(r.left - a.left) > 1 || r.top < a.bottom ? [sel + ": at " + [r.left, r.top] + ", the article ends at " + [a.left, a.bottom]] : [];
  });
})()`)
			if len(problems) > 0 {
				t.Errorf("laid out out of the article's column: %q", problems)
			}
		})
	}

	t.Run("clicking a claim shows its card with a source link", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openLive(t, ctx, "/")
		id := sourcedMark(t, ctx, claims)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id)), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("click #%s: no card: %v", id, err)
		}
		if role := eval[string](t, ctx, `document.getElementById("card").getAttribute("role")`); role != "dialog" {
			t.Errorf("card role = %q, want dialog", role)
		}
		if exp := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-expanded")`, id)); exp != "true" {
			t.Errorf("#%s aria-expanded = %q after the click, want true", id, exp)
		}
		links := eval[[]string](t, ctx, `[...document.querySelectorAll("#card a[href]")].map(a => a.href).filter(h => /^https?:\/\//.test(h) && !h.startsWith(location.origin))`)
		if len(links) == 0 {
			t.Errorf("card of #%s has no link to a source", id)
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("keyboard only", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openLive(t, ctx, "/")
		// Tab from the top of the page to the first highlight.
		first := tabToHighlight(t, ctx)
		press(t, ctx, kb.Enter)
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("Enter on #%s: no card: %v", first, err)
		}
		if in := eval[bool](t, ctx, `document.getElementById("card").contains(document.activeElement)`); !in {
			t.Errorf("after Enter the focus is on #%s, want it in the card", activeID(t, ctx))
		}
		press(t, ctx, kb.Escape)
		if err := chromedp.Do(ctx, chromedp.WaitNotPresent(chromedp.ID("card"))); err != nil {
			t.Fatalf("Escape did not close the card: %v", err)
		}
		if got := activeID(t, ctx); got != first {
			t.Errorf("after Escape the focus is on #%s, want #%s", got, first)
		}
		order := eval[[]string](t, ctx, `[...document.querySelectorAll("article a.claim")].map(a => a.id)`)
		if len(order) < 2 {
			t.Skipf("the article has %d highlight(s); n and p need two", len(order))
		}
		i := slices.Index(order, first)
		if i < 0 || i+1 >= len(order) {
			t.Fatalf("Tab reached #%s, which is not followed by another highlight in %q", first, order)
		}
		press(t, ctx, "n")
		if got := waitActive(t, ctx, order[i+1]); got != order[i+1] {
			t.Errorf("after n the focus is on #%s, want #%s", got, order[i+1])
		}
		press(t, ctx, "p")
		if got := waitActive(t, ctx, first); got != first {
			t.Errorf("after p the focus is on #%s, want #%s", got, first)
		}
		// Space opens the card as Enter does.
		press(t, ctx, " ")
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("Space on #%s: no card: %v", first, err)
		}
	})

	t.Run("filters by pointer and by keyboard", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openLive(t, ctx, "/")
		dates := 0
		for _, c := range claims {
			if c.Kind == facts.KindDate {
				dates++
			}
		}
		const id = "filter-k-date"
		// state waits for the list to show n entries, and returns the
		// button's pressed state.
		state := func(n int) string {
			t.Helper()
			wctx, cancel := context.WithTimeout(ctx, 3*time.Second)
			defer cancel()
			cond := fmt.Sprintf(`document.querySelectorAll("a.fl-entry").length === %d`, n)
			if _, err := chromedp.Run(wctx, chromedp.Poll[bool](cond)); err != nil {
				t.Fatalf("the list never showed %d entries (it shows %d)", n, eval[int](t, ctx, `document.querySelectorAll("a.fl-entry").length`))
			}
			return eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute("aria-pressed")`, id))
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id))); err != nil {
			t.Fatal(err)
		}
		if got := state(len(claims) - dates); got != "false" {
			t.Errorf("after a click on #%s: aria-pressed %q, want false", id, got)
		}
		if got := waitActive(t, ctx, id); got != id {
			t.Errorf("after a click on #%s the focus is on #%s", id, got)
		}
		press(t, ctx, " ")
		if got := state(len(claims)); got != "true" {
			t.Errorf("after Space on #%s: aria-pressed %q, want true", id, got)
		}
		if got := waitActive(t, ctx, id); got != id {
			t.Errorf("after Space on #%s the focus is on #%s", id, got)
		}
	})

	t.Run("claim list by keyboard", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openLive(t, ctx, "/")
		entries := eval[[]string](t, ctx, `[...document.querySelectorAll("a.fl-entry")].map(a => a.id)`)
		if len(entries) < 2 {
			t.Fatalf("the claim list has %d entries, want at least 2", len(entries))
		}
		eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).focus() || true`, entries[0]))
		press(t, ctx, kb.ArrowDown)
		if got := waitActive(t, ctx, entries[1]); got != entries[1] {
			t.Fatalf("after ArrowDown the focus is on #%s, want #%s", got, entries[1])
		}
		press(t, ctx, kb.End)
		last := entries[len(entries)-1]
		if got := waitActive(t, ctx, last); got != last {
			t.Fatalf("after End the focus is on #%s, want #%s", got, last)
		}
		// Enter takes the reader to the claim's highlight.
		press(t, ctx, kb.Home)
		waitActive(t, ctx, entries[0])
		mark := strings.TrimPrefix(eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute("href")`, entries[0])), "#")
		press(t, ctx, kb.Enter)
		if got := waitActive(t, ctx, mark); got != mark {
			t.Errorf("Enter on #%s: the focus is on #%s, want the highlight #%s", entries[0], got, mark)
		}
		if u := eval[string](t, ctx, `location.hash`); u != "" {
			t.Errorf("Enter on an entry navigated to %q", u)
		}
	})

	t.Run("axe finds no serious violation", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			open func(*testing.T, context.Context)
		}{
			{"prerendered page", func(t *testing.T, ctx context.Context) {
				blockWasm(t, ctx)
				if err := chromedp.Do(ctx, chromedp.Navigate(env.url+"/"), chromedp.WaitVisible(chromedp.CSS("article a.claim"))); err != nil {
					t.Fatal(err)
				}
			}},
			{"live page with a card open", func(t *testing.T, ctx context.Context) {
				env.openLive(t, ctx, "/")
				id := sourcedMark(t, ctx, claims)
				if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id)), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
					t.Fatal(err)
				}
			}},
			{"not-found page", func(t *testing.T, ctx context.Context) {
				if err := chromedp.Do(ctx, chromedp.Navigate(env.url+"/a/no-such-article")); err != nil {
					t.Fatal(err)
				}
			}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				ctx := env.newTab(t)
				tt.open(t, ctx)
				env.checkAxe(t, ctx, "document")
				checkNoCSPViolations(t, ctx)
			})
		}
	})
}

// sourcedMark returns the id of the first highlight in the page whose
// claim cites facts, which have sources.
func sourcedMark(t *testing.T, ctx context.Context, claims []facts.Claim) string {
	t.Helper()
	for i, c := range claims {
		if len(c.Facts) == 0 {
			continue
		}
		id := fmt.Sprintf("claim-c%d", i+1)
		if eval[bool](t, ctx, fmt.Sprintf(`!!document.getElementById(%q)`, id)) {
			return id
		}
	}
	t.Fatalf("no highlighted claim of the default article cites a fact")
	return ""
}

// waitActive waits, briefly, for the element with the given id to have the
// focus, and returns the id of the focused element.
func waitActive(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	chromedp.Run(wctx, chromedp.Poll[bool](fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, id)))
	return activeID(t, ctx)
}

// TestBrowser_Links follows the reader's links to the check page and to
// the article's classroom: the browser loads those pages from the host
// (the client holds only the page it was loaded with).
func TestBrowser_Links(t *testing.T) {
	env := newBrowserEnv(t)
	id := env.srv.pages.list[0].Article.ID
	for _, tt := range []struct{ name, href, wantPath, wantElem string }{
		{"check a text", widget.CheckPath, widget.CheckPath, "#check-text"},
		{"use in class", widget.ClassroomPathPrefix + id + "?teacher=1", widget.ClassroomPathPrefix + id, ".fl-sheet-table"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := env.newTab(t)
			env.openLive(t, ctx, "/")
			sel := fmt.Sprintf(`.fl-links a[href=%q]`, tt.href)
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
				t.Fatalf("click %s: %v", sel, err)
			}
			if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(tt.wantElem))); err != nil {
				t.Fatalf("no %s after the link: %v", tt.wantElem, err)
			}
			if path := eval[string](t, ctx, `location.pathname`); path != tt.wantPath {
				t.Errorf("the link led to %s, want %s", path, tt.wantPath)
			}
		})
	}
}

// checkAxe runs axe-core on the part of the page in ctx that axeContext
// names ("document", or an axe context such as {include: [".x"]}), and
// fails the test for each serious or critical violation; the others are
// logged.
func (env *browserEnv) checkAxe(t *testing.T, ctx context.Context, axeContext string) {
	t.Helper()
	src, err := os.ReadFile(env.axeFile)
	if err != nil {
		needed(t, "no axe-core (run make axe): %v", err)
	}
	// Runtime.evaluate is not subject to the page's CSP, which forbids
	// inline scripts.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	type violation struct {
		ID, Impact, Help string
		Nodes            []string
	}
	vs := eval[[]violation](t, ctx, `axe.run(`+axeContext+`, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
  id: v.id, impact: v.impact || "", help: v.help, nodes: v.nodes.map(n => n.target.join(" "))})))`)
	for _, v := range vs {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("axe %s (%s): %s, on %q", v.ID, v.Impact, v.Help, v.Nodes)
		} else {
			t.Logf("axe %s (%s): %s, on %q", v.ID, v.Impact, v.Help, v.Nodes)
		}
	}
}

// tabToHighlight presses Tab from where the focus is until it reaches a
// highlight, and returns the highlight's id.
func tabToHighlight(t *testing.T, ctx context.Context) string {
	t.Helper()
	for range 60 {
		press(t, ctx, kb.Tab)
		if eval[bool](t, ctx, `!!document.activeElement && document.activeElement.matches("a.claim")`) {
			return activeID(t, ctx)
		}
	}
	t.Fatal("60 presses of Tab never reached a highlight")
	return ""
}
