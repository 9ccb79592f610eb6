//go:build !wasm

package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"factlens/facts"
)

// wantOnTimeline counts what the timeline of report must show: the claims
// that give a calendar date (a date claim of type DATE whose value names a
// year, month or day, or a dated founding or attendance claim), and the
// dated facts those or other claims cite. It reads the report only, not
// the reader's placement code.
func wantOnTimeline(report facts.Report) (claims, kbFacts int) {
	calendar := func(v string) bool {
		return v != "" && !strings.ContainsAny(v, "XPWQHST") // no unknown digits, durations, weeks, quarters, halves, seasons or times
	}
	cited := map[string]bool{}
	for _, c := range report.Claims {
		for _, id := range c.Facts {
			cited[id] = true
		}
		switch {
		case c.Kind == facts.KindDate && c.Type == "DATE" && calendar(c.Value),
			c.Kind != facts.KindDate && calendar(c.Value):
			claims++
		}
	}
	for id, f := range report.Evidence {
		if cited[id] && calendar(f.Date) {
			kbFacts++
		}
	}
	return claims, kbFacts
}

// openDrawn opens the default article's live page and waits until the
// reader has built its timeline, which it does late (app/late.go).
func openDrawn(t *testing.T, env *browserEnv, ctx context.Context) {
	t.Helper()
	env.openLive(t, ctx, "/")
	waitFor(t, ctx, "no timeline drawing", `!!document.querySelector("svg.fl-tl-svg g.fl-tl-pt")`, 5*time.Second)
}

func TestBrowser_Timeline(t *testing.T) {
	env := newBrowserEnv(t)
	report := env.srv.pages.byPath["/"].Report
	wantClaims, wantFacts := wantOnTimeline(report)
	if wantClaims == 0 || wantFacts == 0 {
		t.Fatalf("the default article has %d dated claims and %d dated facts: nothing to test", wantClaims, wantFacts)
	}

	t.Run("shows the dated claims and the facts they touch", func(t *testing.T) {
		ctx := env.newTab(t)
		openDrawn(t, env, ctx)
		counts := eval[map[string]int](t, ctx, `({
  entries: document.querySelectorAll(".fl-tl-list li").length,
  factEntries: document.querySelectorAll(".fl-tl-list .badge.fl-tl-fact").length,
  points: document.querySelectorAll("svg.fl-tl-svg g.fl-tl-pt").length,
  factPoints: document.querySelectorAll("svg.fl-tl-svg g.fl-tl-pt.fl-tl-fact").length,
  visiblePoints: [...document.querySelectorAll("svg.fl-tl-svg .fl-tl-mark")].filter(m => { const b = m.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length,
  notSVG: [...document.querySelectorAll("svg.fl-tl-svg, svg.fl-tl-svg *")].filter(e => e.namespaceURI !== "http://www.w3.org/2000/svg" && !e.closest("foreignObject > *")).length,
  styled: document.querySelectorAll(".fl-timeline [style]").length,
})`)
		want := map[string]int{
			"entries": wantClaims + wantFacts, "factEntries": wantFacts,
			"points": wantClaims + wantFacts, "factPoints": wantFacts, "visiblePoints": wantClaims + wantFacts,
			"notSVG": 0, "styled": 0,
		}
		for k, v := range want {
			if counts[k] != v {
				t.Errorf("%s = %d, want %d", k, counts[k], v)
			}
		}
		// The list is in chronological order: the drawing's points, in
		// the same order, go left to right.
		if xs := eval[[]float64](t, ctx, `[...document.querySelectorAll("svg.fl-tl-svg .fl-tl-mark")].map(m => m.getBoundingClientRect().left + m.getBoundingClientRect().width / 2)`); len(xs) > 0 {
			for i := 1; i < len(xs); i++ {
				if xs[i] < xs[i-1]-0.5 {
					t.Errorf("point %d is left of point %d: %v", i, i-1, xs)
					break
				}
			}
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("clicking a fact's point opens the card that cites it", func(t *testing.T) {
		ctx := env.newTab(t)
		openDrawn(t, env, ctx)
		sel := "svg.fl-tl-svg g.fl-tl-pt.fl-tl-fact .fl-tl-mark"
		label := eval[string](t, ctx, `document.querySelector("svg.fl-tl-svg g.fl-tl-pt.fl-tl-fact .fl-tl-label").textContent`)
		if err := chromedp.Do(ctx, chromedp.ScrollIntoView(sel), chromedp.Click(sel), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("click on a fact's point: no card: %v", err)
		}
		if in := eval[bool](t, ctx, fmt.Sprintf(`document.getElementById("card").textContent.includes(%q)`, label)); !in {
			t.Errorf("the card does not hold the fact %q", label)
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("the list works with the keyboard", func(t *testing.T) {
		ctx := env.newTab(t)
		openDrawn(t, env, ctx)
		n := eval[int](t, ctx, `document.querySelectorAll(".fl-tl-entry").length`)
		for _, tt := range []struct {
			name, key string
			entry     int
		}{
			{"Enter on the first entry", kb.Enter, 0},
			{"Space on the last entry", " ", n - 1},
		} {
			t.Run(tt.name, func(t *testing.T) {
				entry := fmt.Sprintf(`document.querySelectorAll(".fl-tl-entry")[%d]`, tt.entry)
				label := eval[string](t, ctx, entry+`.querySelector(".fl-tl-text").textContent`)
				eval[bool](t, ctx, entry+`.focus(), true`)
				if !eval[bool](t, ctx, `document.activeElement && document.activeElement.matches(".fl-tl-entry")`) {
					t.Fatalf("entry %d does not take the focus", tt.entry)
				}
				press(t, ctx, tt.key)
				waitFor(t, ctx, "no card after the key", `!!document.getElementById("card")`, 5*time.Second)
				if in := eval[bool](t, ctx, `document.getElementById("card").contains(document.activeElement)`); !in {
					t.Errorf("the focus is on #%s, want it in the card", activeID(t, ctx))
				}
				if in := eval[bool](t, ctx, fmt.Sprintf(`document.getElementById("card").textContent.includes(%q)`, label)); !in {
					t.Errorf("the card does not hold the entry's %q", label)
				}
				press(t, ctx, kb.Escape)
				waitFor(t, ctx, "Escape did not close the card", `!document.getElementById("card")`, 5*time.Second)
			})
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("axe finds no serious violation in the timeline", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			open func(*testing.T, context.Context)
		}{
			{"prerendered", func(t *testing.T, ctx context.Context) {
				blockWasm(t, ctx)
				if err := chromedp.Do(ctx, chromedp.Navigate(env.url+"/"), chromedp.WaitVisible(chromedp.CSS(".fl-tl-list"))); err != nil {
					t.Fatal(err)
				}
			}},
			{"live", func(t *testing.T, ctx context.Context) {
				openDrawn(t, env, ctx)
			}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				ctx := env.newTab(t)
				tt.open(t, ctx)
				env.checkAxe(t, ctx, `{include: [".fl-timeline"]}`)
				checkNoCSPViolations(t, ctx)
			})
		}
	})
}
