//go:build !wasm

package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	widget "factlens/app"
	"factlens/facts"
)

// classChoiceIDs are the ids of the card's radio buttons, in their order,
// and the right one for each verdict.
var (
	classChoiceIDs = []string{"choice-supported", "choice-imprecise", "choice-contradicted", "choice-cant-tell"}
	classAnswer    = map[facts.Verdict]int{facts.Supported: 0, facts.Imprecise: 1, facts.Contradicted: 2, facts.Unverified: 3}
)

// classVerdictClasses is a script that lists the verdict classes of the
// page's elements (v-supported, …), each once.
const classVerdictClasses = `[...new Set([...document.querySelectorAll("*")].flatMap(e => [...e.classList])
  .filter(c => /^v-(supported|imprecise|contradicted|unverified)$/.test(c)))]`

// classRightWrong is a script that returns "right" or "wrong" from the
// result of the open card, "" when there is none.
const classRightWrong = `(() => {
  const r = document.getElementById("class-result");
  return !r ? "" : r.classList.contains("q-right") ? "right" : r.classList.contains("q-wrong") ? "wrong" : "?";
})()`

// classChoose picks the answer of index k in the open card by keyboard,
// from the card having the focus: Tab to the close button, Tab into the
// radio group (on its first button, none being checked), then Space or
// arrows.
func classChoose(t *testing.T, ctx context.Context, k int) {
	t.Helper()
	press(t, ctx, kb.Tab)
	press(t, ctx, kb.Tab)
	if got := activeID(t, ctx); got != classChoiceIDs[0] {
		t.Fatalf("two Tabs from the card reach #%s, want #%s", got, classChoiceIDs[0])
	}
	if k == 0 {
		press(t, ctx, " ")
	}
	for range k {
		press(t, ctx, kb.ArrowDown)
	}
	waitFor(t, ctx, "no answer checked", fmt.Sprintf(`document.getElementById(%q).checked`, classChoiceIDs[k]), tabTimeout)
}

// classPick picks the answer of index k in the open card and reveals
// the verdict: focus on the answer, Space, focus on the reveal button,
// Enter. (Clicks by coordinates are unreliable in the card, which is
// sticky and scrolls on its own.)
func classPick(t *testing.T, ctx context.Context, k int) {
	t.Helper()
	classPress(t, ctx, classChoiceIDs[k], " ")
	waitFor(t, ctx, "no answer checked", fmt.Sprintf(`document.getElementById(%q).checked`, classChoiceIDs[k]), tabTimeout)
	classPress(t, ctx, "class-reveal", kb.Enter)
	waitFor(t, ctx, "no result after the reveal", `!!document.getElementById("class-result")`, tabTimeout)
}

// classPress focuses the element with the given id and presses keys.
func classPress(t *testing.T, ctx context.Context, id, keys string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID(id)), chromedp.KeyEvent(keys)); err != nil {
		t.Fatalf("press %q on #%s: %v", keys, id, err)
	}
}

// classWaitCard waits for the card of the claim numbered n to be open.
func classWaitCard(t *testing.T, ctx context.Context, n string) {
	t.Helper()
	waitFor(t, ctx, "no card for claim "+n, fmt.Sprintf(`(() => {
  const h = document.getElementById("card-title");
  return !!h && h.textContent.match(/\d+/)[0] === %q;
})()`, n), tabTimeout)
}

// classCardClaim returns the number of the claim of the open card, from
// its title ("Claim 3 · Date").
func classCardClaim(t *testing.T, ctx context.Context) int {
	t.Helper()
	return eval[int](t, ctx, `parseInt(document.getElementById("card-title").textContent.match(/\d+/)[0], 10)`)
}

// classScore returns the cells of the score table's rows: one per kind,
// then the total.
func classScore(t *testing.T, ctx context.Context) [][]string {
	t.Helper()
	return eval[[][]string](t, ctx, `[...document.querySelectorAll("#score tbody tr, #score tfoot tr")]
  .map(tr => [...tr.children].map(c => c.textContent))`)
}

func TestBrowser_Classroom(t *testing.T) {
	env := newBrowserEnv(t)
	def := env.srv.pages.list[0]
	id, claims := def.Article.ID, def.Report.Claims
	if len(claims) < 2 {
		t.Fatalf("the default article has %d claims; the classroom tests need two", len(claims))
	}

	t.Run("a student classifies every claim and gets a score", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openLive(t, ctx, widget.ClassroomPathPrefix+id)
		if got := eval[[]string](t, ctx, classVerdictClasses); len(got) > 0 {
			t.Errorf("student page shows verdict classes %q", got)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("#notes, .fl-legend").length`); n > 0 {
			t.Errorf("student page shows notes or a legend")
		}

		// The answer for claim n: right for odd numbers, wrong for even.
		wantRight := map[int]bool{}
		answer := func(n int) int {
			k := classAnswer[claims[n-1].Verdict]
			if n%2 == 0 {
				return (k + 1) % len(classChoiceIDs)
			}
			wantRight[n] = true
			return k
		}
		done := map[int]bool{}
		check := func(n int) {
			t.Helper()
			want := "wrong"
			if wantRight[n] {
				want = "right"
			}
			if got := eval[string](t, ctx, classRightWrong); got != want {
				t.Errorf("claim %d: result %q, want %q", n, got, want)
			}
			if got := eval[[]string](t, ctx, `[...document.querySelectorAll("#card .badge")].map(b => b.className)`); len(got) == 0 {
				t.Errorf("claim %d: no verdict shown after the reveal", n)
			}
			done[n] = true
		}

		// The first claim by keyboard: Tab to the first highlight, Enter,
		// choose, a reason, Enter reveals; Escape closes the card.
		first := tabToHighlight(t, ctx)
		press(t, ctx, kb.Enter)
		waitFor(t, ctx, "Enter on a highlight opened no card with the focus",
			`!!document.getElementById("card") && document.getElementById("card").contains(document.activeElement)`, tabTimeout)
		n := classCardClaim(t, ctx)
		classChoose(t, ctx, answer(n))
		press(t, ctx, kb.Tab)
		if got := activeID(t, ctx); got != "class-reason" {
			t.Fatalf("Tab from the answers reaches #%s, want the reason", got)
		}
		press(t, ctx, "it says so")
		press(t, ctx, kb.Enter)
		if got := waitActive(t, ctx, "class-result"); got != "class-result" {
			t.Errorf("after the reveal the focus is on #%s, want the result", got)
		}
		check(n)
		live := eval[string](t, ctx, `document.querySelector(".fl > [role=status]").textContent`)
		if !strings.Contains(live, eval[string](t, ctx, `document.querySelector("#class-result strong").textContent`)) {
			t.Errorf("live region %q does not announce the result", live)
		}
		press(t, ctx, kb.Escape)
		if got := waitActive(t, ctx, first); got != first {
			t.Errorf("after Escape the focus is on #%s, want #%s", got, first)
		}

		// The others with the mouse: each highlight, then the claims it
		// holds besides its own ("also in this passage").
		marks := eval[[]string](t, ctx, `[...document.querySelectorAll("article a.claim")].map(a => a.id)`)
		for _, mark := range marks {
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(mark))); err != nil {
				t.Fatalf("click #%s: %v", mark, err)
			}
			classWaitCard(t, ctx, strings.TrimPrefix(mark, "claim-c"))
			if n := classCardClaim(t, ctx); !done[n] {
				classPick(t, ctx, answer(n))
				check(n)
			}
			// The list changes with the card: take its first entry not
			// done until there is none.
			for range len(claims) {
				nums := eval[[]int](t, ctx, `[...document.querySelectorAll("#card .fl-also .fl-n")].map(n => parseInt(n.textContent, 10))`)
				k := slices.IndexFunc(nums, func(n int) bool { return !done[n] })
				if k < 0 {
					break
				}
				if err := chromedp.Do(ctx,
					chromedp.Focus(chromedp.CSS(fmt.Sprintf(`#card .fl-also li:nth-child(%d) button`, k+1))),
					chromedp.KeyEvent(kb.Enter),
				); err != nil {
					t.Fatalf("also in the passage of #%s, entry %d: %v", mark, k+1, err)
				}
				classWaitCard(t, ctx, fmt.Sprint(nums[k]))
				classPick(t, ctx, answer(nums[k]))
				check(nums[k])
			}
		}
		if len(done) != len(claims) {
			t.Errorf("classified %d claims through the page, want all %d", len(done), len(claims))
		}

		// The score: per kind, then overall.
		var want [][]string
		total := [3]int{}
		for _, k := range []facts.Kind{facts.KindDate, facts.KindFounding, facts.KindAttendance} {
			var right, all int
			for i, c := range claims {
				if c.Kind == k {
					all++
					if wantRight[i+1] {
						right++
					}
				}
			}
			if all > 0 {
				want = append(want, []string{"", fmt.Sprint(right), fmt.Sprint(all), fmt.Sprint(all)})
				total[0], total[1] = total[0]+right, total[1]+all
			}
		}
		want = append(want, []string{"", fmt.Sprint(total[0]), fmt.Sprint(total[1]), fmt.Sprint(total[1])})
		got := classScore(t, ctx)
		for _, row := range got {
			row[0] = "" // the kind's name
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("score rows (kind, right, revealed, claims) = %v, want %v", got, want)
		}
		if live := eval[string](t, ctx, `document.querySelector(".fl > [role=status]").textContent`); !strings.Contains(live, fmt.Sprint(total[0])) {
			t.Errorf("the last reveal's announcement %q gives no score", live)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("#class-reveal-all").length`); n != 0 {
			t.Errorf("reveal-all still offered once every claim is revealed")
		}
		checkNoCSPViolations(t, ctx)

		// The answers survive a reload (local storage).
		env.openLive(t, ctx, widget.ClassroomPathPrefix+id)
		waitFor(t, ctx, "the answers are lost after a reload", fmt.Sprintf(
			`(document.querySelector("#score tfoot td:nth-of-type(2)") || {}).textContent === "%d"`, total[1]), tabTimeout)
		got = classScore(t, ctx)
		for _, row := range got {
			row[0] = ""
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("score rows after a reload = %v, want %v", got, want)
		}
	})

	// sharedLink is the students' link of a text of no article, with its
	// dates to classify.
	sharedLink := func(t *testing.T) string {
		t.Helper()
		a := facts.Article{
			Lang: "fr", Published: "2025-01-10", Title: "Les dirigeants du Sahel à Niamey",
			Text: "Les dirigeants du Sahel à Niamey\n" +
				"Les chefs d’État se sont retrouvés jeudi à Niamey, un an après leur premier sommet.\n" +
				"L’Alliance des États du Sahel a été fondée le 16 septembre 2023 à Bamako. " +
				"Le traité de confédération a été signé le 6 juillet 2024 à Niamey.\n",
		}
		link, err := widget.ClassroomLink(a, widget.ClassSettings{Kinds: []facts.Kind{facts.KindDate}})
		if err != nil {
			t.Fatal(err)
		}
		return link
	}

	t.Run("a shared text is checked in the browser", func(t *testing.T) {
		link := sharedLink(t)
		ctx := env.newTab(t)
		env.openLive(t, ctx, link)
		if got := eval[[]string](t, ctx, classVerdictClasses); len(got) > 0 {
			t.Errorf("shared text's student page shows verdict classes %q", got)
		}
		if got := eval[string](t, ctx, `document.querySelector("article h1").textContent`); got != "Les dirigeants du Sahel à Niamey" {
			t.Errorf("shared text's title = %q", got)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("article a.claim:not(.k-date)").length`); n != 0 {
			t.Errorf("%d highlights of other kinds than the link's dates", n)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim")), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("no card: %v", err)
		}
		classPick(t, ctx, 3)
		if got := eval[string](t, ctx, classRightWrong); got != "right" && got != "wrong" {
			t.Errorf("no right or wrong after the reveal: %q", got)
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("a damaged link says so", func(t *testing.T) {
		for _, frag := range []string{"#t=not-deflate", "#k=z"} {
			ctx := env.newTab(t)
			if err := chromedp.Do(ctx, chromedp.Navigate(env.url+widget.ClassroomPath+frag)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, "no alert for "+frag, `!!document.querySelector(".fl-empty[role=alert]")`, wasmTimeout)
		}
	})

	t.Run("the teacher sees the verdicts, the answer sheet and the link", func(t *testing.T) {
		ctx := env.newTab(t)
		env.openLive(t, ctx, widget.ClassroomPathPrefix+id+"?"+widget.TeacherParam+"=1")
		if got := eval[[]string](t, ctx, classVerdictClasses); len(got) == 0 {
			t.Errorf("teacher page shows no verdict")
		}
		if n := eval[int](t, ctx, `document.querySelectorAll(".fl-sheet-table tbody tr").length`); n != len(claims) {
			t.Errorf("answer sheet of %d rows, want %d", n, len(claims))
		}
		link := eval[string](t, ctx, `document.getElementById("class-link").value`)
		if want := env.url + widget.ClassroomPathPrefix + id; link != want {
			t.Errorf("students' link = %q, want %q", link, want)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("share-founding")), chromedp.Click(chromedp.ID("share-reason"))); err != nil {
			t.Fatal(err)
		}
		want := env.url + widget.ClassroomPathPrefix + id + "#k=da&r=1"
		waitFor(t, ctx, "the link does not follow the settings", fmt.Sprintf(`document.getElementById("class-link").value === %q`, want), tabTimeout)
		// The clipboard holds the link of the settings chosen last.
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted,
				Origin: env.url, BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
			}); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("class-copy"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "copy did nothing", `/copi/i.test(document.querySelector(".fl > [role=status]").textContent)`, tabTimeout)
		if got := eval[string](t, ctx, `navigator.clipboard.readText()`); got != want {
			t.Errorf("copied %q, want %q", got, want)
		}

		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		shown := eval[[]bool](t, ctx, `[".fl-article", ".fl-share", ".fl-sheet-table"].map(s => getComputedStyle(document.querySelector(s)).display !== "none")`)
		if fmt.Sprint(shown) != "[false false true]" {
			t.Errorf("printed (article, link builder, answer sheet) = %v, want only the sheet", shown)
		}
		checkNoCSPViolations(t, ctx)
	})

	t.Run("the classroom works offline once visited", func(t *testing.T) {
		ts := httptest.NewServer(env.srv.Handler())
		t.Cleanup(ts.Close)
		off := *env
		off.url = ts.URL
		path := widget.ClassroomPathPrefix + id

		ctx := off.newTab(t)
		off.openLive(t, ctx, path)
		waitFor(t, ctx, "the service worker did not cache the classroom", fmt.Sprintf(`caches.keys()
  .then((keys) => Promise.all(keys.map((k) => caches.open(k).then((c) => c.keys()))))
  .then((lists) => lists.flat().map((r) => new URL(r.url).pathname))
  .then((paths) => paths.includes(%q) && paths.includes("/web/app.wasm"))`, path), wasmTimeout)
		ts.Close()
		off.openLive(t, ctx, path)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim")), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("offline: no card after a click: %v", err)
		}
		classPick(t, ctx, 0)
		if got := eval[string](t, ctx, classRightWrong); got != "right" && got != "wrong" {
			t.Errorf("offline: no right or wrong after the reveal: %q", got)
		}
	})

	t.Run("a shared text works offline once visited", func(t *testing.T) {
		ts := httptest.NewServer(env.srv.Handler())
		t.Cleanup(ts.Close)
		off := *env
		off.url = ts.URL
		link := sharedLink(t)

		ctx := off.newTab(t)
		off.openLive(t, ctx, link)
		waitFor(t, ctx, "the service worker did not cache the classroom and the engine", `caches.keys()
  .then((keys) => Promise.all(keys.map((k) => caches.open(k).then((c) => c.keys()))))
  .then((lists) => lists.flat().map((r) => new URL(r.url).pathname))
  .then((paths) => ["/classroom", "/web/app.wasm", "/web/engine.wasm", "/web/engine-worker.js"].every((p) => paths.includes(p)))`, wasmTimeout)
		ts.Close()
		off.openLive(t, ctx, link)
		// The engine, from the cache, checks the text again.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("article a.claim")), chromedp.WaitVisible(chromedp.ID("card"))); err != nil {
			t.Fatalf("offline: no card after a click: %v", err)
		}
	})
}
