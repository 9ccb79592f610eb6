//go:build !wasm

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	widget "factlens/app"
)

// checkTestText is the French article pasted into /check: a right and a
// wrong date of the AES confederation (6 July 2024) and an organisation
// the knowledge base does not know. It is not in the corpus.
const checkTestText = "Les chefs d’État de l’AES se retrouvent à Ouagadougou pour le deuxième anniversaire de leur confédération.\n" +
	"La confédération a été créée le 6 juillet 2024 à Niamey, rappelle le communiqué. " +
	"Un site d’information affirme au contraire que la confédération a été créée le 6 juillet 2023.\n" +
	"L’Union des tisserands du Liptako, fondée en 2018, exposera ses pagnes pendant le sommet."

// checkTestTitle is typed into the title field; its file-name slug is
// checkTestSlug.
const (
	checkTestTitle = "Sommet de l’AES à Ouagadougou"
	checkTestSlug  = "sommet-de-l-aes-a-ouagadougou"
)

// openCheck loads /check and waits until the WebAssembly client has taken
// it over: the loader is gone and the Check button works.
func (env *browserEnv) openCheck(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(env.url+widget.CheckPath)); err != nil {
		t.Fatalf("navigate to %s: %v", widget.CheckPath, err)
	}
	waitCheckPage(t, ctx)
}

// waitCheckPage waits for the client to run /check and restore its
// draft (it always sets a date), and fails on any violation of the page's
// Content-Security-Policy.
func waitCheckPage(t *testing.T, ctx context.Context) {
	t.Helper()
	ready := `(!document.getElementById("app-wasm-loader") && !!document.querySelector("#check-run:not([disabled])") &&
  document.getElementById("check-date").value !== "") || window.cspViolations.length > 0`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(wasmTimeout))); err != nil {
		t.Fatalf("the /check page did not start within %v: %v", wasmTimeout, err)
	}
	checkNoCSPViolations(t, ctx)
}

// fill sets the value of the form control with the given id and fires the
// event go-app listens to (input, or change for menus and dates), as
// pasting does.
func fill(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.value = %s;
  e.dispatchEvent(new Event(e.matches("select, [type=date]") ? "change" : "input", {bubbles: true})); return true; })()`, id, quote(value)))
}

// runCheck clicks Check and waits for the result's heading to have the
// focus.
func runCheck(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("check-run")), chromedp.WaitVisible(chromedp.ID("check-result"))); err != nil {
		t.Fatalf("no result after Check (alert %q): %v", eval[string](t, ctx, `document.getElementById("check-alert").textContent`), err)
	}
	if got := waitActive(t, ctx, "check-result"); got != "check-result" {
		t.Errorf("after the check the focus is on #%s, want the result's heading", got)
	}
}

// pasteTestArticle types the title, pastes checkTestText and chooses
// French and a publication date.
func pasteTestArticle(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("check-title"), checkTestTitle)); err != nil {
		t.Fatalf("type the title: %v", err)
	}
	fill(t, ctx, "check-text", checkTestText)
	fill(t, ctx, "check-lang", "fr")
	fill(t, ctx, "check-date", "2025-07-06")
}

// markVerdicts is a script that lists the highlights of the article as
// their text (without the words for screen readers) and verdict class.
const markVerdicts = `[...document.querySelectorAll("article a.claim")].map(a => ({
  id: a.id,
  text: [...a.childNodes].filter(n => !(n.classList && n.classList.contains("vh"))).map(n => n.textContent).join(""),
  verdict: [...a.classList].find(c => c.startsWith("v-")) || ""}))`

type markVerdict struct{ ID, Text, Verdict string }

func TestBrowser_Check(t *testing.T) {
	env := newBrowserEnv(t)

	t.Run("a pasted text is checked in the reader", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openCheck(t, ctx)
		today := eval[string](t, ctx, `(() => { const d = new Date();
  return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0"); })()`)
		if got := eval[string](t, ctx, `document.getElementById("check-date").value`); got != today {
			t.Errorf("publication date %q by default, want today %q", got, today)
		}
		pasteTestArticle(t, ctx)
		runCheck(t, ctx)

		marks := eval[[]markVerdict](t, ctx, markVerdicts)
		want := []struct{ sub, verdict string }{
			{"6 juillet 2024", "v-supported"},
			{"6 juillet 2023", "v-contradicted"},
			{"fondée en 2018", "v-unverified"},
		}
		var unverified string
		for _, w := range want {
			i := slices.IndexFunc(marks, func(m markVerdict) bool { return strings.Contains(m.Text, w.sub) })
			if i < 0 {
				t.Errorf("no highlight holds %q; highlights %+v", w.sub, marks)
				continue
			}
			if marks[i].Verdict != w.verdict {
				t.Errorf("highlight %q is %s, want %s", marks[i].Text, marks[i].Verdict, w.verdict)
			}
			if w.verdict == "v-unverified" {
				unverified = marks[i].ID
			}
		}
		if title := eval[string](t, ctx, `document.querySelector("article h1").textContent`); title != checkTestTitle {
			t.Errorf("reader's title %q, want %q", title, checkTestTitle)
		}
		if got := eval[string](t, ctx, `document.getElementById("check-status").textContent`); !regexp.MustCompile(`^\d+ affirmations trouvées$`).MatchString(got) {
			t.Errorf("status %q, want the count of claims found, in French", got)
		}
		if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "fr" {
			t.Errorf("document language %q after choosing French, want fr", lang)
		}
		// The classroom link opens the same text, in a new tab.
		link := eval[[]string](t, ctx, `(a => a ? [a.getAttribute("href"), a.target] : [])(document.getElementById("check-classroom"))`)
		if len(link) != 2 || !strings.HasPrefix(link[0], widget.ClassroomPath+"#") || link[1] != "_blank" {
			t.Errorf("classroom link %.80q, want %s#… in a new tab", link, widget.ClassroomPath)
		} else {
			class := env.newTab(t)
			if err := chromedp.Do(class, chromedp.Navigate(env.url+link[0])); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Run(class, chromedp.Poll[bool](fmt.Sprintf(`(h => !!h && h.textContent === %q)(document.querySelector("article h1"))`, checkTestTitle),
				chromedp.WithPollingTimeout(wasmTimeout))); err != nil {
				t.Errorf("the classroom link does not show the text titled %q: %v", checkTestTitle, err)
			}
		}
		if unverified == "" {
			t.FailNow()
		}
		// The card of the unverified claim opens, with its explanation.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(unverified)), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("click #%s: no card: %v", unverified, err)
		}
		card := eval[string](t, ctx, `document.getElementById("card").className + " | " + document.getElementById("card").textContent`)
		if !strings.Contains(card, "v-unverified") || !strings.Contains(card, "fondée en 2018") {
			t.Errorf("card %q, want the unverified claim", card)
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("a text over the limit is refused and kept", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openCheck(t, ctx)
		unit := "Réunion à Niamey le 6 juillet 2024. "
		text := strings.Repeat(unit, 201<<10/len(unit)+1)
		fill(t, ctx, "check-text", text)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("check-run"))); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("check-alert").textContent !== ""`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
			t.Fatalf("no message for a %d-byte text: %v", len(text), err)
		}
		alert := eval[string](t, ctx, `document.getElementById("check-alert").textContent`)
		for _, s := range []string{strconv.Itoa(len(text)), strconv.Itoa(widget.MaxTextBytes)} {
			if !strings.Contains(alert, s) {
				t.Errorf("message %q lacks %s", alert, s)
			}
		}
		if role := eval[string](t, ctx, `document.getElementById("check-alert").getAttribute("role")`); role != "alert" {
			t.Errorf("message role %q, want alert", role)
		}
		if kept := eval[bool](t, ctx, fmt.Sprintf(`document.getElementById("check-text").value === %s`, quote(text))); !kept {
			t.Errorf("the text was not kept in the box")
		}
		if eval[bool](t, ctx, `!!document.getElementById("check-result")`) {
			t.Errorf("a result is shown for a refused text")
		}
	})

	t.Run("the result downloads in four formats", func(t *testing.T) {
		ctx := env.newTab(t)
		dir := t.TempDir()
		downloads := watchDownloads(t, ctx, dir)
		env.openCheck(t, ctx)
		pasteTestArticle(t, ctx)
		runCheck(t, ctx)
		claims := eval[int](t, ctx, `document.querySelectorAll(".fl-list li").length`)
		buttons := eval[[]string](t, ctx, `[...document.querySelectorAll("#check-exports button")].map(b => b.dataset.format)`)
		if len(buttons) != 4 {
			t.Fatalf("export buttons %q, want 4", buttons)
		}
		for _, f := range buttons {
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#check-exports button[data-format="`+f+`"]`))); err != nil {
				t.Fatal(err)
			}
		}
		files := downloads.wait(t, ctx, 4)
		read := func(name string) []byte {
			t.Helper()
			if !slices.Contains(files, name) {
				t.Fatalf("downloaded %q, want %s among them", files, name)
			}
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}

		var report struct {
			Lang   string           `json:"lang"`
			Ref    string           `json:"ref"`
			Claims []map[string]any `json:"claims"`
		}
		if err := json.Unmarshal(read("factlens-"+checkTestSlug+"-claims.json"), &report); err != nil {
			t.Fatalf("JSON: %v", err)
		}
		if report.Lang != "fr" || report.Ref != "2025-07-06" || len(report.Claims) != claims || claims == 0 {
			t.Errorf("JSON: lang %q, ref %q, %d claims; want fr, 2025-07-06, %d", report.Lang, report.Ref, len(report.Claims), claims)
		}
		for _, c := range report.Claims {
			for _, k := range []string{"id", "kind", "start", "end", "text", "verdict", "facts", "explanation"} {
				if _, ok := c[k]; !ok {
					t.Errorf("JSON: claim %v lacks %q", c["id"], k)
				}
			}
		}

		var reviews []map[string]any
		if err := json.Unmarshal(read("factlens-"+checkTestSlug+".claimreview.jsonld"), &reviews); err != nil {
			t.Fatalf("ClaimReview: %v", err)
		}
		if len(reviews) == 0 {
			t.Errorf("ClaimReview: no review of a text with a right and a wrong date")
		}
		for _, r := range reviews {
			if r["@context"] != "https://schema.org" || r["@type"] != "ClaimReview" || r["claimReviewed"] == "" {
				t.Errorf("ClaimReview: item %v", r)
			}
		}

		var anno struct {
			Context string `json:"@context"`
			Type    string `json:"type"`
			First   struct {
				Items []struct {
					Type   string `json:"type"`
					Target struct {
						Selector []map[string]any `json:"selector"`
					} `json:"target"`
				} `json:"items"`
			} `json:"first"`
		}
		if err := json.Unmarshal(read("factlens-"+checkTestSlug+".annotations.jsonld"), &anno); err != nil {
			t.Fatalf("annotations: %v", err)
		}
		if anno.Context != "http://www.w3.org/ns/anno.jsonld" || anno.Type != "AnnotationCollection" || len(anno.First.Items) != claims {
			t.Errorf("annotations: %s %s with %d items, want a W3C AnnotationCollection of %d", anno.Context, anno.Type, len(anno.First.Items), claims)
		}
		for _, a := range anno.First.Items {
			if a.Type != "Annotation" || len(a.Target.Selector) == 0 {
				t.Errorf("annotations: item %+v", a)
			}
		}

		md := string(read("factlens-" + checkTestSlug + ".md"))
		if !strings.HasPrefix(md, "# "+checkTestTitle+"\n") {
			t.Errorf("Markdown starts %.60q", md)
		}
		for i := 1; i <= claims; i++ {
			if !strings.Contains(md, fmt.Sprintf("\n%d. **", i)) {
				t.Errorf("Markdown lacks claim %d", i)
			}
		}
	})

	t.Run("the draft survives a reload and Clear empties it", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openCheck(t, ctx)
		pasteTestArticle(t, ctx)
		runCheck(t, ctx)
		before := eval[[]markVerdict](t, ctx, markVerdicts)

		if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
			t.Fatal(err)
		}
		waitCheckPage(t, ctx)
		type form struct{ Title, Text, Lang, Date string }
		values := `({title: document.getElementById("check-title").value, text: document.getElementById("check-text").value,
  lang: document.getElementById("check-lang").value, date: document.getElementById("check-date").value})`
		if got, want := eval[form](t, ctx, values), (form{checkTestTitle, checkTestText, "fr", "2025-07-06"}); got != want {
			t.Errorf("after a reload the form holds %+v, want %+v", got, want)
		}
		// The checked draft is checked again.
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("check-result"))); err != nil {
			t.Fatalf("no result after the reload: %v", err)
		}
		if after := eval[[]markVerdict](t, ctx, markVerdicts); !slices.Equal(before, after) {
			t.Errorf("highlights after the reload %+v, want %+v", after, before)
		}

		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("check-clear")), chromedp.WaitNotPresent(chromedp.ID("check-result"))); err != nil {
			t.Fatalf("Clear: %v", err)
		}
		got := eval[form](t, ctx, values)
		if got.Title != "" || got.Text != "" || got.Lang != "auto" || got.Date == "" {
			t.Errorf("after Clear the form holds %+v, want it empty with a date", got)
		}
		if got := activeID(t, ctx); got != "check-text" {
			t.Errorf("after Clear the focus is on #%s, want the text box", got)
		}
		if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
			t.Fatal(err)
		}
		waitCheckPage(t, ctx)
		if got := eval[form](t, ctx, values); got.Text != "" || got.Title != "" {
			t.Errorf("after Clear and a reload the form holds %+v", got)
		}
	})

	t.Run("a big text shows progress", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openCheck(t, ctx)
		unit := "Le traité de la confédération a été signé le 6 juillet 2024 à Niamey. "
		fill(t, ctx, "check-text", strings.Repeat(unit, 150<<10/len(unit)))
		// Record what the status region says, from the click on.
		eval[bool](t, ctx, `(() => { const s = document.getElementById("check-status"); window.statuses = [];
  new MutationObserver(() => window.statuses.push(s.textContent)).observe(s, {childList: true, characterData: true, subtree: true});
  return true; })()`)
		start := time.Now()
		runCheck(t, ctx)
		t.Logf("check of a %d KB text in the browser: %v", 150, time.Since(start).Round(time.Millisecond))
		statuses := eval[[]string](t, ctx, `window.statuses`)
		if len(statuses) < 2 || statuses[0] != "Checking…" || !strings.HasSuffix(statuses[len(statuses)-1], "claims found") {
			t.Errorf("status went %q, want Checking… then the count of claims", statuses)
		}
	})

	t.Run("axe finds no serious violation", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openCheck(t, ctx)
		pasteTestArticle(t, ctx)
		runCheck(t, ctx)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim")), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatal(err)
		}
		env.checkAxe(t, ctx, "document")
	})

	t.Run("without the client the form is disabled and says why", func(t *testing.T) {
		ctx := env.newTab(t)
		blockWasm(t, ctx)
		if err := chromedp.Do(ctx, chromedp.Navigate(env.url+widget.CheckPath), chromedp.WaitVisible(chromedp.CSS(".fl-check-noscript"))); err != nil {
			t.Fatal(err)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll(".fl-checkpage :is(input, textarea, select, button):not([disabled])").length`); n != 0 {
			t.Errorf("%d controls enabled before the client runs", n)
		}
		if title := eval[string](t, ctx, `document.title`); title == "" {
			t.Errorf("no document title")
		}
	})
}

// downloadWatch records the downloads of a browser context into a
// directory.
type downloadWatch struct {
	mu    sync.Mutex
	names map[string]string // guid → suggested file name
	done  []string          // file names of completed downloads
}

// watchDownloads makes the tab's browser context save downloads into dir
// and report them.
func watchDownloads(t *testing.T, ctx context.Context, dir string) *downloadWatch {
	t.Helper()
	w := &downloadWatch{names: map[string]string{}}
	events := true
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		DownloadPath:     dir,
		EventsEnabled:    &events,
	}); err != nil {
		t.Fatalf("set the download behaviour: %v", err)
	}
	if err := chromedp.ListenBrowser(ctx, func(ev any) {
		w.mu.Lock()
		defer w.mu.Unlock()
		switch ev := ev.(type) {
		case *browser.EventDownloadWillBegin:
			w.names[ev.GUID] = ev.SuggestedFilename
		case *browser.EventDownloadProgress:
			if ev.State == browser.DownloadProgressStateCompleted {
				w.done = append(w.done, w.names[ev.GUID])
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	return w
}

// wait waits for n completed downloads and returns their file names.
func (w *downloadWatch) wait(t *testing.T, ctx context.Context, n int) []string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		w.mu.Lock()
		done := slices.Clone(w.done)
		w.mu.Unlock()
		if len(done) >= n {
			return done
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("%d downloads completed (%q), want %d", len(done), done, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestBrowser_CheckHostile(t *testing.T) {
	env := newBrowserEnv(t)
	var lines []string
	for _, s := range hostileTexts {
		lines = append(lines, s+hostileFrench+" "+s)
	}
	text := strings.Join(lines, "\n")

	for _, width := range []int64{1200, 360} {
		t.Run(fmt.Sprintf("%d px wide", width), func(t *testing.T) {
			tab := env.newHostileTab(t)
			if width < 600 {
				if err := chromedp.Do(tab.ctx, chromedp.EmulateViewport(width, 740, chromedp.EmulateMobile)); err != nil {
					t.Fatal(err)
				}
			}
			env.openCheck(t, tab.ctx)
			fill(t, tab.ctx, "check-title", strings.Join(hostileTexts[:len(hostileTexts)-1], " "))
			fill(t, tab.ctx, "check-text", text)
			runCheck(t, tab.ctx)
			if n := eval[int](t, tab.ctx, `document.querySelectorAll("article a.claim").length`); n == 0 {
				t.Errorf("no highlight in the hostile text")
			}
			// Open some cards: they show the claims' text and explanations.
			ids := eval[[]string](t, tab.ctx, `[...document.querySelectorAll("article a.claim")].map(a => a.id)`)
			for _, id := range ids[:min(len(ids), 4)] {
				openCard(t, tab.ctx, id)
			}
			if err := chromedp.Do(tab.ctx, chromedp.KeyEvent(kb.Escape)); err != nil { // closes the card
				t.Fatal(err)
			}

			type widths struct{ Viewport, Document, Article, ArticleBox, Title, TitleBox int }
			w := eval[widths](t, tab.ctx, `(() => { const a = document.querySelector("article"), h = a.querySelector("h1");
  return {viewport: window.innerWidth, document: document.scrollingElement.scrollWidth,
    article: a.scrollWidth, articleBox: a.clientWidth, title: h.scrollWidth, titleBox: h.clientWidth}; })()`)
			// The article keeps a readable column: at least half the screen.
			if w.Document > w.Viewport+1 || w.Article > w.ArticleBox || w.Title > w.TitleBox || 2*w.ArticleBox < w.Viewport {
				t.Errorf("the page is %d px wide for a %d px viewport; the article's content %d px in a %d px column, its title %d in %d",
					w.Document, w.Viewport, w.Article, w.ArticleBox, w.Title, w.TitleBox)
			}

			// The form's own controls are the only ones, with no handler
			// attribute; the rest of the page is checked as the reader's
			// pages are (tab.check), without them.
			type control struct{ Tag, ID string }
			controls := eval[[]control](t, tab.ctx, `[...document.querySelectorAll("input, textarea, select, form")].map(e => ({tag: e.tagName, id: e.id}))`)
			want := []control{{"INPUT", "check-title"}, {"TEXTAREA", "check-text"}, {"SELECT", "check-lang"}, {"INPUT", "check-date"}}
			if !slices.Equal(controls, want) {
				t.Errorf("form controls %+v, want %+v", controls, want)
			}
			eval[bool](t, tab.ctx, `(() => { document.querySelector(".fl-check-form").remove(); return true; })()`)
			tab.check(t)
		})
	}
}
