//go:build !wasm

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	widget "factlens/app"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// injectedDOM is a script that lists what the document has that the
// reader never writes: event-handler attributes, script URLs, foreign
// (SVG, MathML) elements other than those of the timeline's drawing
// (svg.fl-tl-svg: the shapes it draws, with numbers or the reader's own
// names in their attributes), embedding or form elements, and scripts
// other than go-app's and the page's data.
const injectedDOM = `(() => {
  const knownScripts = new Set(["/wasm_exec.js", "/app.js", "/web/boot.js"]);
  const urlAttrs = new Set(["href", "src", "action", "formaction", "poster", "srcset", "data", "xlink:href"]);
  const forbidden = new Set(["IFRAME", "OBJECT", "EMBED", "BASE", "FORM", "STYLE", "INPUT", "TEXTAREA"]);
  const drawn = new Set(["svg", "g", "line", "text", "path", "rect", "circle", "foreignObject"]);
  const drawnValue = /^[-a-zA-Z0-9 .,]*$/;
  const problems = [];
  for (const e of document.querySelectorAll("*")) {
    for (const a of e.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith("on")) problems.push(e.tagName + " " + a.name + "=" + a.value.slice(0, 40));
      if (urlAttrs.has(name) && /^[\s\u0000-\u001f]*(javascript|data|vbscript):/i.test(a.value)) problems.push(e.tagName + " " + a.name + "=" + a.value.slice(0, 40));
    }
    if (e.namespaceURI === "http://www.w3.org/2000/svg" && drawn.has(e.tagName) && e.closest("svg.fl-tl-svg")) {
      for (const a of e.attributes) {
        if (a.name !== "aria-label" && !drawnValue.test(a.value)) problems.push("drawing " + e.tagName + " " + a.name + "=" + a.value.slice(0, 40));
      }
    } else if (e.namespaceURI !== "http://www.w3.org/1999/xhtml") problems.push("foreign element " + e.tagName);
    if (forbidden.has(e.tagName)) problems.push("element " + e.tagName);
  }
  for (const s of document.scripts) {
    const src = s.getAttribute("src");
    if (src ? !knownScripts.has(src) : !(s.type === "application/json" && s.id === "` + widget.DataElementID + `")) {
      problems.push("script " + (src || s.textContent.slice(0, 40)));
    }
  }
  return problems;
})()`

// hostileTab is a tab whose page's Content-Security-Policy is bypassed,
// so that it cannot hide an injected script, and which records every
// JavaScript dialog (and dismisses it) and every console message.
type hostileTab struct {
	ctx     context.Context
	mu      sync.Mutex
	dialogs []string
	console []string
}

func (env *browserEnv) newHostileTab(t *testing.T) *hostileTab {
	t.Helper()
	tab := &hostileTab{ctx: env.newTab(t)}
	if _, err := chromedp.Call(tab.ctx, cdppage.Enable, cdppage.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab.ctx, cdppage.SetBypassCSP, cdppage.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	// A dialog stalls the page until it is handled, which must not
	// happen in the listener.
	opened := make(chan struct{}, 16)
	if err := chromedp.Listen(tab.ctx, func(ev any) {
		if d, ok := ev.(*cdppage.EventJavascriptDialogOpening); ok {
			tab.mu.Lock()
			tab.dialogs = append(tab.dialogs, string(d.Type)+": "+d.Message)
			tab.mu.Unlock()
			select {
			case opened <- struct{}{}:
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for range opened {
			chromedp.Call(tab.ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	t.Cleanup(func() { close(opened) })
	go func() {
		for m, err := range chromedp.Console(tab.ctx) {
			if err != nil {
				return
			}
			tab.mu.Lock()
			tab.console = append(tab.console, string(m.Type)+": "+m.Text)
			tab.mu.Unlock()
		}
	}()
	return tab
}

// check fails the test if the page ran an injected script (a dialog, or
// the marker of hostileTexts on the console) or has injected elements or
// attributes.
func (tab *hostileTab) check(t *testing.T) {
	t.Helper()
	if problems := eval[[]string](t, tab.ctx, injectedDOM); len(problems) > 0 {
		t.Errorf("injected into the document: %q", problems)
	}
	tab.mu.Lock()
	defer tab.mu.Unlock()
	if len(tab.dialogs) > 0 {
		t.Errorf("the page opened dialogs: %q", tab.dialogs)
	}
	for _, m := range tab.console {
		if strings.Contains(m, xssMarker) {
			t.Errorf("an injected script wrote to the console: %q", m)
		}
	}
}

func TestBrowser_Hostile(t *testing.T) {
	env := newBrowserEnvWith(t, func(c *Config) {
		c.Articles = append(c.Articles, hostileArticle("hostile", hostileTexts))
	})
	report := hostilePage(hostileTexts)
	if err := env.srv.pages.add(report, false); err != nil {
		t.Fatal(err)
	}
	registerRoutes(env.srv.pages, env.srv.checker)
	paths := []string{"/a/hostile", "/a/" + report.Article.ID}

	for _, path := range paths {
		t.Run("prerendered "+path, func(t *testing.T) {
			tab := env.newHostileTab(t)
			blockWasm(t, tab.ctx)
			if err := chromedp.Do(tab.ctx, chromedp.Navigate(env.url+path), chromedp.WaitVisible(chromedp.CSS("article a.claim"))); err != nil {
				t.Fatalf("no highlight: %v", err)
			}
			tab.check(t)
		})
		t.Run("live "+path, func(t *testing.T) {
			tab := env.newHostileTab(t)
			env.openLive(t, tab.ctx, path)
			// Open the card of every highlight: it shows the claim's
			// explanation, facts and sources.
			ids := eval[[]string](t, tab.ctx, `[...document.querySelectorAll("article a.claim")].map(a => a.id)`)
			for _, id := range ids[:min(len(ids), 4)] {
				openCard(t, tab.ctx, id)
			}
			tab.check(t)
		})
	}

	t.Run("API responses", func(t *testing.T) {
		tab := env.newHostileTab(t)
		if err := chromedp.Do(tab.ctx, chromedp.Navigate(env.url+"/api/articles/hostile/claims")); err != nil {
			t.Fatal(err)
		}
		if ct := eval[string](t, tab.ctx, `document.contentType`); ct != "application/json" {
			t.Errorf("the report is shown as %s, want application/json", ct)
		}
		body, _ := json.Marshal(map[string]string{"text": strings.Join(hostileTexts, "\n") + hostileFrench, "lang": "fr", "ref": "2025-12-22"})
		got := eval[string](t, tab.ctx, fmt.Sprintf(`fetch("/api/check", {method: "POST", headers: {"Content-Type": "application/json"}, body: %s})
  .then(r => r.text().then(b => r.status + " " + r.headers.get("Content-Type") + " " + JSON.parse(b).lang))`, quote(string(body))))
		if got != "200 application/json; charset=utf-8 fr" {
			t.Errorf("POST /api/check of the hostile texts = %q, want a French report", got)
		}
		tab.check(t)
	})

	t.Run("a long word does not widen a narrow screen", func(t *testing.T) {
		for _, live := range []bool{false, true} {
			tab := env.newHostileTab(t)
			if err := chromedp.Do(tab.ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile)); err != nil {
				t.Fatal(err)
			}
			if live {
				env.openLive(t, tab.ctx, "/a/hostile")
			} else {
				blockWasm(t, tab.ctx)
				if err := chromedp.Do(tab.ctx, chromedp.Navigate(env.url+"/a/hostile"), chromedp.WaitVisible(chromedp.CSS("article"))); err != nil {
					t.Fatal(err)
				}
			}
			type widths struct{ Viewport, Document, Article, ArticleBox int }
			w := eval[widths](t, tab.ctx, `(() => { const a = document.querySelector("article");
  return {viewport: window.innerWidth, document: document.documentElement.scrollWidth, article: a.scrollWidth, articleBox: a.clientWidth}; })()`)
			if w.Document > w.Viewport || w.Article > w.ArticleBox {
				t.Errorf("live %v, 360 px screen: the page is %d px wide for a %d px viewport, the article's content %d px in a %d px column",
					live, w.Document, w.Viewport, w.Article, w.ArticleBox)
			}
			tab.check(t)
		}
	})
}
