//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// Paths in the French fixture (browser form).
var (
	pathStandfirst = at(pathArticle, 1)
	pathPara1      = at(pathArticle, 2, 0)
)

// wantMark is the browser's highlight of the claim numbered n.
func wantMark(n, class string, expanded bool) app.UI {
	a := app.A().Attr("id", "claim-c"+n).Attr("href", "#note-c"+n).Attr("class", class).Attr("data-n", n).
		Role("button").Aria("haspopup", "dialog").Aria("expanded", expanded)
	if expanded {
		a.Aria("controls", "card")
	}
	return a.OnClick(noop).OnKeyDown(noop).OnFocus(noop)
}

func TestReader_Highlights(t *testing.T) {
	h := mount(t, frPage(), false)

	match(t, app.Text("L’alliance, "), h, at(pathStandfirst, 0)...)
	// The nested date claim (2) is inside the founding claim (1), which is
	// the highlight.
	match(t, wantMark("1", "claim k-founding v-supported", false), h, at(pathStandfirst, 1)...)
	match(t, app.Text("fondée le 16 septembre 2023"), h, at(pathStandfirst, 1, 0)...)
	match(t, app.Span().Class("vh").Lang("fr"), h, at(pathStandfirst, 1, 1)...)
	match(t, app.Text(" (fondation, confirmé; 1 autre affirmation ici)"), h, at(pathStandfirst, 1, 1, 0)...)
	match(t, app.Text(", fête son deuxième anniversaire."), h, at(pathStandfirst, 2)...)

	// Le 6 juillet 2024, | la confédération … Niamey | . | Le capitaine … présent | " " | mardi | .
	para := []struct {
		path []int
		want app.UI
	}{
		{at(pathPara1, 0), wantMark("3", "claim k-date v-imprecise", false)},
		{at(pathPara1, 0, 1, 0), app.Text(" (date, imprécis)")},
		{at(pathPara1, 1), app.Text(", ")},
		{at(pathPara1, 2), wantMark("4", "claim k-founding v-contradicted", false)},
		{at(pathPara1, 3), app.Text(". ")},
		{at(pathPara1, 4), wantMark("5", "claim k-attendance v-unverified", false)},
		{at(pathPara1, 4, 1, 0), app.Text(" (présence, non vérifié)")},
		{at(pathPara1, 5), app.Text(" ")},
		{at(pathPara1, 6), wantMark("6", "claim k-date v-contradicted", false)},
		{at(pathPara1, 7), app.Text(".")},
	}
	for _, p := range para {
		match(t, p.want, h, p.path...)
	}
	if err := app.Match(app.Text(""), h, at(pathPara1, 8)...); err == nil {
		t.Errorf("paragraph 1 has more than 8 children")
	}
}

func TestReader_CardOpensAndEscapeCloses(t *testing.T) {
	h := mount(t, frPage(), false)
	if err := app.Match(app.Div(), h, pathCard...); err == nil {
		t.Fatalf("card shown before any selection")
	}

	// Select the nested date claim (index 1): its card opens, on the
	// highlight of the founding claim that holds it.
	h.do(func(ctx app.Context) { h.openCard(ctx, 1) })
	match(t, app.Div().ID("card").Class("fl-card", "v-supported").Role("dialog").
		Aria("modal", false).Aria("labelledby", "card-title").TabIndex(-1), h, pathCard...)
	match(t, app.H2().ID("card-title"), h, at(pathCard, 0, 0)...)
	match(t, app.Text("Affirmation 2 · Date"), h, at(pathCard, 0, 0, 0)...)
	match(t, app.Button().Type("button").Class("fl-close").Aria("label", "Fermer").OnClick(noop), h, at(pathCard, 0, 1)...)
	match(t, wantMark("1", "claim k-founding v-supported", true), h, at(pathStandfirst, 1)...)
	match(t, app.Div().Class("fl", "fl-sheet-open").Lang("fr").OnKeyDown(noop), h, pathRoot...)

	// Evidence: verdict, kind, quote, then the fact with its date and
	// sources; "also in this passage" lists the founding claim.
	body := at(pathCard, 1)
	match(t, app.Text("Confirmé"), h, at(body, 0, 0, 0)...)
	match(t, app.Text("16 septembre 2023"), h, at(body, 0, 4, 0)...)
	fact := at(body, 1, 1, 0)
	match(t, app.Text("La charte du Liptako-Gourma crée l’alliance."), h, at(fact, 0, 0, 0)...)
	match(t, app.Text("(16 septembre 2023, fiabilité élevée)"), h, at(fact, 0, 2, 0)...)
	match(t, app.A().Class("fl-pub").Href("https://www.reuters.com/world/africa/sahel-pact").
		Target("_blank").Rel("noopener noreferrer"), h, at(fact, 1, 0, 0)...)
	// A javascript: URL is not a link.
	match(t, app.Span().Class("fl-pub"), h, at(fact, 1, 1, 0)...)
	match(t, app.Text("Un blog"), h, at(fact, 1, 1, 0, 0)...)
	match(t, app.Text("Aussi dans ce passage"), h, at(pathCard, 2, 0, 0)...)
	match(t, app.Text("1"), h, at(pathCard, 2, 1, 0, 0, 0, 0)...)

	var used bool
	h.do(func(ctx app.Context) { used = h.key(ctx, "Escape") })
	if !used {
		t.Errorf("Escape with the card open was not used")
	}
	if err := app.Match(app.Div(), h, pathCard...); err == nil {
		t.Errorf("card still shown after Escape")
	}
	match(t, wantMark("1", "claim k-founding v-supported", false), h, at(pathStandfirst, 1)...)
	match(t, app.Div().Class("fl").Lang("fr").OnKeyDown(noop), h, pathRoot...)
	h.do(func(ctx app.Context) { used = h.key(ctx, "Escape") })
	if used {
		t.Errorf("Escape with no card open was used")
	}
}

func TestReader_CloseButton(t *testing.T) {
	h := mount(t, enPage(), false)
	h.do(func(ctx app.Context) { h.openCard(ctx, 2) })
	match(t, app.Text("Claim 3 · Date"), h, at(pathCard, 0, 0, 0)...)
	match(t, app.Text("No fact in the knowledge base bears on this claim."), h, at(pathCard, 1, 1, 0)...)
	h.do(h.closeCard)
	if err := app.Match(app.Div(), h, pathCard...); err == nil {
		t.Errorf("card still shown after close")
	}
}

func TestReader_Filters(t *testing.T) {
	h := mount(t, frPage(), false)
	shown := at(pathClaims, 3, 0)
	list := at(pathClaims, 4)
	dates := at(pathClaims, 1, 0)
	contradicted := at(pathClaims, 2, 2)

	steps := []struct {
		name    string
		do      func()
		shown   string
		entries []string // ids of the list entries
		hrefs   []string // and their links
	}{
		{"all", func() {}, "7 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c2", "entry-c3", "entry-c4", "entry-c5", "entry-c6", "entry-c7"},
			[]string{"#claim-c1", "#claim-c1", "#claim-c3", "#claim-c4", "#claim-c5", "#claim-c6", "#claim-c7"}},
		{"no dates", func() { h.toggleKind(facts.KindDate) }, "3 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c4", "entry-c5"},
			[]string{"#claim-c1", "#claim-c4", "#claim-c5"}},
		{"no dates nor contradicted", func() { h.toggleVerdict(facts.Contradicted) }, "2 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c5"},
			[]string{"#claim-c1", "#claim-c5"}},
		{"dates back", func() { h.toggleKind(facts.KindDate) }, "5 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c2", "entry-c3", "entry-c5", "entry-c7"},
			[]string{"#claim-c1", "#claim-c1", "#claim-c3", "#claim-c5", "#claim-c7"}},
	}
	for _, s := range steps {
		h.do(func(app.Context) { s.do() })
		match(t, app.Text(s.shown), h, shown...)
		for k, id := range s.entries {
			match(t, app.A().ID(id).Class("fl-entry").Href(s.hrefs[k]).OnClick(noop).OnKeyDown(noop), h, at(list, k, 0)...)
		}
		if err := app.Match(app.Li(), h, at(list, len(s.entries))...); err == nil {
			t.Errorf("%s: more than %d entries", s.name, len(s.entries))
		}
	}
	// Counts stay those of the whole report; the pressed state follows the
	// filter.
	match(t, app.Button().Type("button").Class("fl-chip", "k-date").Aria("pressed", true).OnClick(noop), h, dates...)
	match(t, app.Text("4"), h, at(dates, 2, 0)...)
	match(t, app.Button().Type("button").Class("fl-chip", "v-contradicted").Aria("pressed", false).OnClick(noop), h, contradicted...)
	match(t, app.Text("2"), h, at(contradicted, 2, 0)...)

	h.do(func(app.Context) {
		for _, k := range kindOrder {
			h.toggleKind(k)
		}
	})
	match(t, app.P().Class("fl-empty"), h, at(pathClaims, 4)...)
	match(t, app.Text("Aucune affirmation ne correspond aux filtres."), h, at(pathClaims, 4, 0)...)
}

func TestReader_SwitchLanguage(t *testing.T) {
	for _, tt := range []struct {
		name            string
		page            Page
		lang, other     string
		title, title2   string
		label, label2   string
		button, button2 string
	}{
		{
			name: "french article", page: frPage(), lang: "fr", other: "en",
			title: "Affirmations vérifiées", title2: "Checked claims",
			label: " (fondation, confirmé; 1 autre affirmation ici)", label2: " (founding event, supported; 1 more claim here)",
			button: "English", button2: "Français",
		},
		{
			name: "english article", page: enPage(), lang: "en", other: "fr",
			title: "Checked claims", title2: "Affirmations vérifiées",
			label: " (founding event, supported; 1 more claim here)", label2: " (fondation, confirmé; 1 autre affirmation ici)",
			button: "Français", button2: "English",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := mount(t, tt.page, false)
			check := func(lang, other, title, label, button string) {
				t.Helper()
				match(t, app.Div().Class("fl").Lang(lang).OnKeyDown(noop), h, pathRoot...)
				match(t, app.Button().Type("button").ID("fl-lang").Class("fl-btn").Lang(other).
					Aria("label", messagesFor(other).switchLang).OnClick(noop), h, 0, 0, 0)
				match(t, app.Text(button), h, 0, 0, 0, 0)
				match(t, app.Text(title), h, at(pathClaims, 0, 0)...)
				match(t, app.Text(label), h, at(pathStandfirst, 1, 1, 0)...)
				// The article keeps its own language.
				match(t, app.Article().Class("fl-article").Lang(tt.lang), h, pathArticle...)
			}
			check(tt.lang, tt.other, tt.title, tt.label, tt.button)
			h.do(func(app.Context) { h.switchLang() })
			check(tt.other, tt.lang, tt.title2, tt.label2, tt.button2)
			h.do(func(app.Context) { h.switchLang() })
			check(tt.lang, tt.other, tt.title, tt.label, tt.button)
		})
	}
}

func TestReader_ToggleHighlights(t *testing.T) {
	h := mount(t, frPage(), false)
	toggle := []int{0, 0, 1}
	h.do(func(app.Context) { h.toggleHighlights() })
	match(t, app.Button().Type("button").ID("fl-hl").Class("fl-btn").Aria("pressed", false).OnClick(noop), h, toggle...)
	match(t, app.Text("fondée le 16 septembre 2023"), h, at(pathStandfirst, 1)...)
	match(t, app.Text("Surlignage masqué"), h, at(pathLiveRegin, 0)...)
	var moved bool
	h.do(func(ctx app.Context) { moved = h.key(ctx, "n") })
	if moved {
		t.Errorf("n moved to a highlight while highlights are hidden")
	}

	h.do(func(app.Context) { h.toggleHighlights() })
	match(t, app.Button().Type("button").ID("fl-hl").Class("fl-btn").Aria("pressed", true).OnClick(noop), h, toggle...)
	match(t, wantMark("1", "claim k-founding v-supported", false), h, at(pathStandfirst, 1)...)
	match(t, app.Text("Surlignage affiché"), h, at(pathLiveRegin, 0)...)
}

func TestReader_NextPrevious(t *testing.T) {
	h := mount(t, frPage(), false) // marks: c1, c3, c4, c5, c6, c7
	steps := []struct {
		key     string
		used    bool
		current int
	}{
		{"p", true, 5}, // from nowhere, p goes to the last
		{"n", false, 5},
		{"p", true, 4},
		{"N", true, 5}, // shift-n is n
	}
	for _, s := range steps {
		var used bool
		h.do(func(ctx app.Context) { used = h.key(ctx, s.key) })
		if used != s.used || h.current != s.current {
			t.Errorf("key %q: used %v, current %d; want %v, %d", s.key, used, h.current, s.used, s.current)
		}
	}
	h.do(func(ctx app.Context) {
		h.current = -1
		h.key(ctx, "n")
	})
	if h.current != 0 {
		t.Errorf("n from nowhere: current %d, want 0", h.current)
	}
}

func TestReader_GoToFromList(t *testing.T) {
	h := mount(t, frPage(), false)
	h.do(func(app.Context) { h.toggleHighlights() })
	h.do(func(ctx app.Context) { h.goTo(ctx, 3) })
	if h.noHL {
		t.Errorf("goTo left the highlights hidden")
	}
	if want := h.layout.markOf[3]; h.current != want {
		t.Errorf("goTo(3): current %d, want %d", h.current, want)
	}
	var used bool
	h.do(func(ctx app.Context) { used = h.listKey(ctx, 3, "ArrowDown") })
	if !used {
		t.Errorf("ArrowDown in the list was not used")
	}
	h.do(func(ctx app.Context) { used = h.listKey(ctx, 3, "x") })
	if used {
		t.Errorf("x in the list was used")
	}
}

func TestReader_Notes(t *testing.T) {
	for _, server := range []bool{false, true} {
		h := mount(t, frPage(), server)
		if !server {
			// The browser builds them late (late.go).
			if strings.Contains(app.HTMLString(h), `id="notes"`) {
				t.Errorf("the browser's first render holds the notes")
			}
			h.do(func(app.Context) { h.late.built = true })
		}
		notes := []int{0, 4} // after the live region
		match(t, app.Section().ID("notes").Class("fl-notes").Aria("labelledby", "notes-title"), h, notes...)
		for i := range 7 {
			match(t, app.Li().ID(noteID(i)).Class("fl-note"), h, at(notes, 1, i)...)
		}
		// The note of the nested claim 2 links back to highlight 1.
		match(t, app.A().Href("#claim-c1"), h, at(notes, 1, 1, 1, 0)...)
		match(t, app.A().Href("#claim-c6"), h, at(notes, 1, 5, 1, 0)...)
		// The RFI URL holds a quote: plain text, not a link.
		match(t, app.Span().Class("fl-pub"), h, at(notes, 1, 2, 0, 1, 1, 0, 1, 0, 0)...)
	}
}

func TestReader_NotFound(t *testing.T) {
	h := mount(t, Page{}, true)
	match(t, app.P().Class("fl-empty"), h, 0, 0)
	match(t, app.Text("No article at this address."), h, 0, 0, 0)
	if strings.Contains(app.HTMLString(h), DataElementID) {
		t.Errorf("empty page embeds data")
	}
}
