// The tests that mount components need the server side of go-app
// (OnPreRender gives them the Context): they are built off wasm only.

//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/kb"
)

// newEngine returns the real claim engine over the default knowledge base.
func newEngine(t testing.TB) Engine {
	t.Helper()
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := check.New(base)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The fixtures are hand-made pages, one a language, with nested and
// adjacent claims and claims followed by punctuation; they are not the
// default article.

const frText = "Sommet de l’AES à Bamako\n" +
	"L’alliance, fondée le 16 septembre 2023, fête son deuxième anniversaire.\n" +
	"Le 6 juillet 2024, la confédération a été créée à Niamey. Le capitaine Traoré était présent mardi.\n" +
	"Les chefs d’État se retrouveront en 2026."

const enText = "Sahel leaders meet in Bamako\n" +
	"The alliance, founded on 16 September 2023, marks its second anniversary.\n" +
	"On Tuesday, the leaders met."

// claim returns a claim of kind k and verdict v on the first occurrence of
// sub in text.
func claim(text, sub string, k facts.Kind, v facts.Verdict, factIDs ...string) facts.Claim {
	start := strings.Index(text, sub)
	if start < 0 {
		panic("fixture: " + sub + " not in text")
	}
	if factIDs == nil {
		factIDs = []string{}
	}
	return facts.Claim{Kind: k, Start: start, End: start + len(sub), Text: sub, Verdict: v, Facts: factIDs}
}

// numbered gives claims the ids the engine gives them.
func numbered(cs ...facts.Claim) []facts.Claim {
	for i := range cs {
		cs[i].ID = "c" + claimNumber(i)
	}
	return cs
}

func evidence() map[string]facts.Fact {
	return map[string]facts.Fact{
		"aes-founded": {
			ID:         "aes-founded",
			Statement:  map[string]string{"fr": "La charte du Liptako-Gourma crée l’alliance.", "en": "The Liptako-Gourma Charter creates the alliance."},
			Date:       "2023-09-16",
			Confidence: "high",
			Sources: []facts.Source{
				{Publisher: "Reuters", URL: "https://www.reuters.com/world/africa/sahel-pact", Title: "Sahel juntas sign security pact", Date: "2023-09-16"},
				{Publisher: "Un blog", URL: "javascript:alert(1)"},
			},
		},
		"aes-confederation": {
			ID:         "aes-confederation",
			Statement:  map[string]string{"fr": "Le traité de confédération est signé à Niamey."},
			Date:       "2024-07-06",
			Confidence: "medium",
			Sources: []facts.Source{
				{Publisher: "RFI", URL: `https://www.rfi.fr/x?a="onmouseover=alert(1)`, Date: "2024-07"},
			},
		},
	}
}

// frPage is the French fixture: claims 1 and 2 nest ("fondée le 16
// septembre 2023" holds "16 septembre 2023"), 5 and 6 are adjacent, and
// claims 3 and 6 are followed by punctuation.
func frPage() Page {
	return Page{
		Article: facts.Article{ID: "sommet", Lang: "fr", Published: "2025-12-22", Title: "Sommet de l’AES à Bamako", Text: frText},
		Report: facts.Report{
			Lang: "fr", Ref: "2025-12-22",
			Claims: numbered(
				claim(frText, "fondée le 16 septembre 2023", facts.KindFounding, facts.Supported, "aes-founded"),
				claim(frText, "16 septembre 2023", facts.KindDate, facts.Supported, "aes-founded"),
				claim(frText, "Le 6 juillet 2024", facts.KindDate, facts.Imprecise, "aes-confederation"),
				claim(frText, "la confédération a été créée à Niamey", facts.KindFounding, facts.Contradicted, "aes-confederation"),
				claim(frText, "Le capitaine Traoré était présent", facts.KindAttendance, facts.Unverified),
				claim(frText, "mardi", facts.KindDate, facts.Contradicted),
				claim(frText, "en 2026", facts.KindDate, facts.Unverified),
			),
			Evidence: evidence(),
		},
	}
}

// enPage is the English fixture.
func enPage() Page {
	return Page{
		Article: facts.Article{ID: "summit", Lang: "en", Published: "2025-12-22", Title: "Sahel leaders meet in Bamako", Text: enText},
		Report: facts.Report{
			Lang: "en", Ref: "2025-12-22",
			Claims: numbered(
				claim(enText, "founded on 16 September 2023", facts.KindFounding, facts.Supported, "aes-founded"),
				claim(enText, "16 September 2023", facts.KindDate, facts.Supported, "aes-founded"),
				claim(enText, "On Tuesday", facts.KindDate, facts.Imprecise),
			),
			Evidence: evidence(),
		},
	}
}

// testHost embeds a Reader and keeps the Context go-app gives it, so that a
// test can dispatch what a DOM event would (README of the go-app notes,
// section 2). Off the browser, go-app calls OnPreRender when it mounts.
type testHost struct {
	Reader
	ctx    app.Context
	engine app.TestEngine
}

func (h *testHost) OnPreRender(ctx app.Context) { h.ctx = ctx }

// mount mounts a reader of p in a test engine. server selects the
// server's form of the article lines (raw HTML) and the embedded data.
func mount(t *testing.T, p Page, server bool) *testHost {
	t.Helper()
	h := &testHost{Reader: Reader{Page: p, server: server}}
	h.engine = app.NewTestEngine()
	if err := h.engine.Load(h); err != nil {
		t.Fatalf("Load: %v", err)
	}
	h.engine.ConsumeAll()
	return h
}

// do runs fn on the UI loop as an event handler would, then renders.
func (h *testHost) do(fn func(ctx app.Context)) {
	h.ctx.Dispatch(fn)
	h.engine.ConsumeAll()
}

// match fails the test when the element at path (from the reader's root
// div, path 0) is not want.
func match(t *testing.T, want app.UI, h *testHost, path ...int) {
	t.Helper()
	if err := app.Match(want, h, path...); err != nil {
		t.Errorf("at %v: %v", path, err)
	}
}

// Paths of the reader's parts, from the component.
var (
	pathRoot      = []int{0}
	pathArticle   = []int{0, 1}
	pathCardSlot  = []int{0, 2, 0}
	pathCard      = []int{0, 2, 0, 0}
	pathClaims    = []int{0, 2, 1}
	pathLiveRegin = []int{0, 3}
)

// at appends more indexes to a path.
func at(path []int, more ...int) []int {
	return append(append([]int{}, path...), more...)
}

// noop stands for an event handler in expected elements: Match compares
// the set of event names, not the functions.
func noop(app.Context, app.Event) {}

// listEntries returns the id and the link of each entry of the claim list,
// read from the reader's HTML (the list is raw HTML).
func listEntries(t *testing.T, h *testHost) (ids, hrefs []string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(app.HTMLString(h)))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "a" && attrOf(n, "class") == "fl-entry" {
			ids = append(ids, attrOf(n, "id"))
			hrefs = append(hrefs, attrOf(n, "href"))
		}
	}
	return ids, hrefs
}

// chip is the state of a filter's button, as written in the page.
type chip struct {
	ID, Pressed, Count string
	Disabled           bool
}

// chips returns the filters' buttons of the page h shows.
func chips(t *testing.T, h *testHost) []chip {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(app.HTMLString(h)))
	if err != nil {
		t.Fatal(err)
	}
	var out []chip
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "button" && strings.HasPrefix(attrOf(n, "class"), "fl-chip ") {
			c := chip{ID: attrOf(n, "id"), Pressed: attrOf(n, "aria-pressed")}
			for _, a := range n.Attr {
				c.Disabled = c.Disabled || a.Key == "disabled"
			}
			for d := range n.Descendants() {
				if d.Type == html.ElementNode && attrOf(d, "class") == "fl-count" && d.FirstChild != nil {
					c.Count = d.FirstChild.Data
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// attrOf returns the value of n's attribute name, or "".
func attrOf(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}
