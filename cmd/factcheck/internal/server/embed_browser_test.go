//go:build !wasm

package server

import (
	"context"
	"fmt"
	"maps"
	"net"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"factlens/facts"
)

// embedTestArticle is a second article for the embed tests, in English,
// so that the two widgets of the publisher's page differ.
var embedTestArticle = facts.Article{
	ID:        "niamey-summit",
	Lang:      "en",
	Published: "2025-01-10",
	Title:     "Sahel leaders meet in Niamey",
	Text: "Sahel leaders meet in Niamey\n" +
		"The heads of state met again on Thursday, a year after their first summit.\n" +
		"The Alliance of Sahel States was founded on 16 September 2023 in Bamako. " +
		"The leaders signed its confederation treaty on 6 July 2024 in Niamey.\n",
}

// embedEnv is a widget host and a publisher's page on another site
// (localhost versus 127.0.0.1, other port) that embeds two of its
// articles with embed.js.
type embedEnv struct {
	*browserEnv
	widgetURL    string
	publisherURL string
	ids          []string
}

func newEmbedEnv(t *testing.T) *embedEnv {
	t.Helper()
	env := newBrowserEnv(t)

	pub := httptest.NewUnstartedServer(nil)
	t.Cleanup(pub.Close)
	_, port, err := net.SplitHostPort(pub.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	publisherURL := "http://localhost:" + port

	cfg := testConfig(t)
	cfg.WebDir = testWebDir(t)
	cfg.Articles = append(cfg.Articles, embedTestArticle)
	cfg.FrameAncestors = "'self' " + publisherURL
	srv := newServerFrom(t, cfg)
	widget := httptest.NewServer(srv.Handler())
	t.Cleanup(widget.Close)

	ids := []string{cfg.Articles[0].ID, embedTestArticle.ID}
	pub.Config.Handler = demoPage(widget.URL, ids...)
	pub.Start()
	return &embedEnv{browserEnv: env, widgetURL: widget.URL, publisherURL: publisherURL, ids: ids}
}

// frameHeights is a script that returns the height of each widget iframe
// of the publisher's page, in pixels.
const frameHeights = `[...document.querySelectorAll("[data-factlens] iframe")].map(f => f.getBoundingClientRect().height)`

// embeddedFrames returns the tab's widget iframes, by the article id in
// their URL, as contexts that run scripts in them. Each iframe is on the
// widget's site, so Chromium runs it in its own target.
func (env *embedEnv) embeddedFrames(t *testing.T, ctx context.Context) map[string]context.Context {
	t.Helper()
	frames := map[string]context.Context{}
	for len(frames) < len(env.ids) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatalf("list targets: %v", err)
		}
		for _, info := range infos {
			id, ok := strings.CutPrefix(info.URL, env.widgetURL+"/embed/")
			if !ok || info.Type != "iframe" {
				continue
			}
			id, _, _ = strings.Cut(id, "?")
			if _, seen := frames[id]; seen {
				continue
			}
			fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithDetachOnCancel())
			t.Cleanup(cancel)
			frames[id] = fctx
		}
		select {
		case <-ctx.Done():
			t.Fatalf("found iframes %v of %v: %v", slices.Collect(maps.Keys(frames)), env.ids, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	return frames
}

// waitFor polls a JavaScript condition in ctx until it is true.
func waitFor(t *testing.T, ctx context.Context, what, cond string, timeout time.Duration) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(timeout))); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// stableHeights returns the heights of the publisher's widget iframes
// once they have not changed for 800 ms: the reader builds part of its
// page late (app/late.go), and its frame grows with it.
func stableHeights(t *testing.T, ctx context.Context) []float64 {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	heights := eval[[]float64](t, ctx, frameHeights)
	for time.Now().Before(deadline) {
		eval[bool](t, ctx, `new Promise(r => setTimeout(() => r(true), 800))`)
		again := eval[[]float64](t, ctx, frameHeights)
		if slices.Equal(heights, again) {
			return heights
		}
		heights = again
	}
	t.Fatalf("the widgets' heights did not settle: %v", heights)
	return nil
}

// fitsFrame is true in a widget whose iframe shows it whole: no inner
// scrollbar.
const fitsFrame = `document.documentElement.scrollHeight <= window.innerHeight + 1`

func TestBrowser_Embed(t *testing.T) {
	env := newEmbedEnv(t)

	t.Run("two widgets on a publisher's page load, fit and open cards", func(t *testing.T) {
		ctx := env.newTab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(env.publisherURL+"/")); err != nil {
			t.Fatal(err)
		}
		attrs := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-factlens] iframe")].map(f => f.loading + "|" + f.getAttribute("sandbox") + "|" + (f.title !== ""))`)
		want := "lazy|" + embedSandbox + "|true"
		if len(attrs) != 2 || attrs[0] != want || attrs[1] != want {
			t.Fatalf("iframes (loading|sandbox|has title) = %q, want two %q", attrs, want)
		}
		frames := env.embeddedFrames(t, ctx)
		for i, id := range env.ids {
			fctx := frames[id]
			// Chromium does not render cross-site frames out of view
			// (nor run their ResizeObservers): bring the widget in view,
			// as a reader scrolling to it would.
			eval[bool](t, ctx, fmt.Sprintf(`document.querySelectorAll("[data-factlens] iframe")[%d].scrollIntoView(), true`, i))
			waitFor(t, fctx, "widget "+id+": the client did not start", `!document.getElementById("app-wasm-loader") && !!document.querySelector("article a.claim")`, wasmTimeout)
			if !eval[bool](t, fctx, `document.querySelector(".fl").classList.contains("fl-embed")`) {
				t.Errorf("widget %s is not the embedded reader", id)
			}
			waitFor(t, fctx, "widget "+id+" has an inner scrollbar", fitsFrame, 5*time.Second)
			before := eval[float64](t, fctx, `window.innerHeight`)
			eval[bool](t, fctx, `document.querySelector("details.fl-notes-fold").open = true`)
			waitFor(t, fctx, "widget "+id+": the iframe did not grow with the unfolded notes",
				fmt.Sprintf(`window.innerHeight > %v && %s`, before, fitsFrame), 5*time.Second)
			eval[bool](t, fctx, `document.querySelector("article a.claim").click(), true`)
			waitFor(t, fctx, "widget "+id+": no card after a click", `!!document.getElementById("card")`, 5*time.Second)
			waitFor(t, fctx, "widget "+id+" has an inner scrollbar with its card open", fitsFrame, 5*time.Second)
			eval[bool](t, fctx, `document.getElementById("card").dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}))`)
			waitFor(t, fctx, "widget "+id+": Escape did not close the card", `!document.getElementById("card")`, 5*time.Second)
		}
		heights := eval[[]float64](t, ctx, frameHeights)
		if heights[0] == heights[1] {
			t.Errorf("both widgets are %v px high: the heights are not each widget's own", heights[0])
		}
	})

	t.Run("height messages from another origin are ignored", func(t *testing.T) {
		ctx := env.newTab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(env.publisherURL+"/")); err != nil {
			t.Fatal(err)
		}
		frames := env.embeddedFrames(t, ctx)
		for _, id := range env.ids {
			waitFor(t, frames[id], "widget "+id+" did not start", `!document.getElementById("app-wasm-loader")`, wasmTimeout)
			waitFor(t, frames[id], "widget "+id+" has an inner scrollbar", fitsFrame, 5*time.Second)
		}
		before := stableHeights(t, ctx)
		// A well-formed message, from the publisher's origin: only the
		// widget's origin may resize its frames.
		eval[bool](t, ctx, `window.postMessage({type: "factlens:height", height: 7}, "*"), true`)
		eval[bool](t, ctx, `new Promise(r => setTimeout(() => r(true), 300))`)
		if after := eval[[]float64](t, ctx, frameHeights); !slices.Equal(before, after) {
			t.Errorf("heights %v became %v after a message from the publisher's origin", before, after)
		}
	})

	t.Run("the embed page works opened on its own", func(t *testing.T) {
		ctx := env.newTab(t)
		// Opened directly, not framed: nothing to report to, whatever
		// ?parent says; the reader still works.
		if err := chromedp.Do(ctx, chromedp.Navigate(env.widgetURL+"/embed/"+env.ids[0]+"?parent="+env.publisherURL)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the client did not start", `!document.getElementById("app-wasm-loader")`, wasmTimeout)
		checkNoCSPViolations(t, ctx)
	})
}
