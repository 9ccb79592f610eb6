//go:build !wasm

package app

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// Paths in the French fixture (browser form).
var (
	pathStandfirst = at(pathArticle, 1)
	pathPara1      = at(pathArticle, 2, 0)
)

// wantMark is the browser's HTML of the highlight of the claim numbered
// n: its text, then its label for screen readers.
func wantMark(n, class, text, label string, expanded bool) string {
	controls := ""
	if expanded {
		controls = ` aria-controls="card"`
	}
	return `<a id="claim-c` + n + `" href="#note-c` + n + `" class="` + class + `" data-n="` + n +
		`" role="button" aria-haspopup="dialog" aria-expanded="` + strconv.FormatBool(expanded) + `"` + controls + `>` +
		text + `<span class="vh" lang="fr">` + label + `</span></a>`
}

// frStandfirst is the standfirst of the French fixture, with its
// highlight of claim 1 (which holds claim 2) as mark1.
func frStandfirst(mark1 string) app.UI {
	return app.Raw(`<p class="fl-standfirst">L’alliance, ` + mark1 + `, fête son deuxième anniversaire.</p>`)
}

// frMark1 is the French fixture's highlight of claim 1.
func frMark1(class, label string, expanded bool) string {
	return wantMark("1", class, "fondée le 16 septembre 2023", label, expanded)
}

func TestReader_Highlights(t *testing.T) {
	h := mount(t, frPage(), false)

	// The nested date claim (2) is inside the founding claim (1), which is
	// the highlight.
	match(t, frStandfirst(frMark1("claim k-founding v-supported", " (fondation, confirmé; 1 autre affirmation ici)", false)), h, pathStandfirst...)
	match(t, app.Raw(`<p>`+
		wantMark("3", "claim k-date v-imprecise", "Le 6 juillet 2024", " (date, imprécis)", false)+", "+
		wantMark("4", "claim k-founding v-contradicted", "la confédération a été créée à Niamey", " (fondation, contredit)", false)+". "+
		wantMark("5", "claim k-attendance v-unverified", "Le capitaine Traoré était présent", " (présence, non vérifié)", false)+" "+
		wantMark("6", "claim k-date v-contradicted", "mardi", " (date, contredit)", false)+".</p>"), h, pathPara1...)
}

func TestReader_CardOpensAndEscapeCloses(t *testing.T) {
	h := mount(t, frPage(), false)
	if err := app.Match(app.Elem("div"), h, pathCard...); err == nil {
		t.Fatalf("card shown before any selection")
	}

	// Select the nested date claim (index 1): its card opens, on the
	// highlight of the founding claim that holds it.
	h.do(func(ctx app.Context) { h.openCard(ctx, 1) })
	match(t, app.Elem("div").ID("card").Class("fl-card", "v-supported").Role("dialog").
		Aria("modal", false).Aria("labelledby", "card-title").TabIndex(-1), h, pathCard...)
	match(t, app.Elem("h2").ID("card-title"), h, at(pathCard, 0, 0)...)
	match(t, app.Text("Affirmation 2 · Date"), h, at(pathCard, 0, 0, 0)...)
	match(t, app.Elem("button").Attr("type", "button").Class("fl-close").Aria("label", "Fermer").OnClick(noop), h, at(pathCard, 0, 1)...)
	match(t, frStandfirst(frMark1("claim k-founding v-supported", " (fondation, confirmé; 1 autre affirmation ici)", true)), h, pathStandfirst...)
	match(t, app.Elem("div").Class("fl", "fl-sheet-open").Lang("fr").OnKeyDown(noop), h, pathRoot...)

	// Evidence: verdict, kind, quote, then the fact with its date and
	// sources; "also in this passage" lists the founding claim.
	// A javascript: URL is not a link.
	match(t, app.Raw(`<div class="fl-evidence"><p class="fl-ev-head"><span class="badge v-supported">Confirmé</span> `+
		`<span class="fl-kind">Date</span> <q class="fl-quote" lang="fr">16 septembre 2023</q></p>`+
		`<div class="fl-facts"><p class="fl-sub">Faits</p><ul><li class="fl-fact">`+
		`<p><span lang="fr">La charte du Liptako-Gourma crée l’alliance.</span> <span class="fl-meta">(16 septembre 2023, fiabilité élevée)</span></p>`+
		`<ul class="fl-sources" aria-label="Sources">`+
		`<li><a class="fl-pub" href="https://www.reuters.com/world/africa/sahel-pact" target="_blank" rel="noopener noreferrer">Reuters<span class="vh"> (nouvel onglet)</span></a> `+
		`<span class="fl-meta">16 septembre 2023</span> <cite>Sahel juntas sign security pact</cite></li>`+
		`<li><span class="fl-pub">Un blog</span></li>`+
		`</ul></li></ul></div></div>`), h, at(pathCard, 1, 0)...)
	match(t, app.Text("Aussi dans ce passage"), h, at(pathCard, 2, 0, 0)...)
	match(t, app.Raw(`<span class="fl-summary"><span class="fl-n">1</span> <span class="badge v-supported">Confirmé</span> `+
		`<span class="fl-kind">Fondation</span> <q class="fl-quote" lang="fr">fondée le 16 septembre 2023</q></span>`), h, at(pathCard, 2, 1, 0, 0, 0)...)

	var used bool
	h.do(func(ctx app.Context) { used = h.key(ctx, "Escape") })
	if !used {
		t.Errorf("Escape with the card open was not used")
	}
	if err := app.Match(app.Elem("div"), h, pathCard...); err == nil {
		t.Errorf("card still shown after Escape")
	}
	match(t, frStandfirst(frMark1("claim k-founding v-supported", " (fondation, confirmé; 1 autre affirmation ici)", false)), h, pathStandfirst...)
	match(t, app.Elem("div").Class("fl").Lang("fr").OnKeyDown(noop), h, pathRoot...)
	h.do(func(ctx app.Context) { used = h.key(ctx, "Escape") })
	if used {
		t.Errorf("Escape with no card open was used")
	}
}

func TestReader_CloseButton(t *testing.T) {
	h := mount(t, enPage(), false)
	h.do(func(ctx app.Context) { h.openCard(ctx, 2) })
	match(t, app.Text("Claim 3 · Date"), h, at(pathCard, 0, 0, 0)...)
	if want := `<p class="fl-nofacts">No fact in the knowledge base bears on this claim.</p>`; !strings.Contains(app.HTMLString(h), want) {
		t.Errorf("the card does not say %s", want)
	}
	h.do(h.closeCard)
	if err := app.Match(app.Elem("div"), h, pathCard...); err == nil {
		t.Errorf("card still shown after close")
	}
}

func TestReader_Filters(t *testing.T) {
	h := mount(t, frPage(), false)
	shown := at(pathClaims, 3, 0)

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
		{"no dates", func() { h.toggleFilter("filter-k-date") }, "3 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c4", "entry-c5"},
			[]string{"#claim-c1", "#claim-c4", "#claim-c5"}},
		{"no dates nor contradicted", func() { h.toggleFilter("filter-v-contradicted") }, "2 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c5"},
			[]string{"#claim-c1", "#claim-c5"}},
		{"dates back", func() { h.toggleFilter("filter-k-date") }, "5 affirmations affichées sur 7",
			[]string{"entry-c1", "entry-c2", "entry-c3", "entry-c5", "entry-c7"},
			[]string{"#claim-c1", "#claim-c1", "#claim-c3", "#claim-c5", "#claim-c7"}},
	}
	for _, s := range steps {
		h.do(func(app.Context) { s.do() })
		match(t, app.Text(s.shown), h, shown...)
		ids, hrefs := listEntries(t, h)
		if diff := cmp.Diff(s.entries, ids); diff != "" {
			t.Errorf("%s: entries (-want +got):\n%s", s.name, diff)
		}
		if diff := cmp.Diff(s.hrefs, hrefs); diff != "" {
			t.Errorf("%s: links (-want +got):\n%s", s.name, diff)
		}
	}
	// Counts stay those of the whole report; the pressed state follows the
	// filter.
	want := []chip{
		{"filter-k-date", "true", "4", false},
		{"filter-k-founding", "true", "2", false},
		{"filter-k-attendance", "true", "1", false},
		{"filter-v-supported", "true", "2", false},
		{"filter-v-imprecise", "true", "1", false},
		{"filter-v-contradicted", "false", "2", false},
		{"filter-v-unverified", "true", "2", false},
	}
	if diff := cmp.Diff(want, chips(t, h)); diff != "" {
		t.Errorf("filters (-want +got):\n%s", diff)
	}

	h.do(func(app.Context) {
		for _, k := range kindOrder {
			h.toggleKind(k)
		}
	})
	match(t, app.Elem("p").Class("fl-empty"), h, at(pathClaims, 4)...)
	match(t, app.Text("Aucune affirmation ne correspond aux filtres."), h, at(pathClaims, 4, 0)...)
}

func TestReader_ToggleFilter(t *testing.T) {
	type hidden struct {
		Kinds    map[facts.Kind]bool
		Verdicts map[facts.Verdict]bool
	}
	tests := []struct {
		name    string
		student bool
		id      string
		ok      bool
		want    hidden
	}{
		{"a kind", false, "filter-k-founding", true, hidden{Kinds: map[facts.Kind]bool{facts.KindFounding: true}}},
		{"a verdict", false, "filter-v-unverified", true, hidden{Verdicts: map[facts.Verdict]bool{facts.Unverified: true}}},
		{"a student's kind", true, "filter-k-date", true, hidden{Kinds: map[facts.Kind]bool{facts.KindDate: true}}},
		{"a student has no verdict filter", true, "filter-v-supported", false, hidden{}},
		{"no such value", false, "filter-k-rumour", false, hidden{}},
		{"not a filter", false, "k-date", false, hidden{}},
		{"an entry", false, "entry-c1", false, hidden{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := mount(t, frPage(), false)
			if tt.student {
				h = mountClass(t, frPage(), "/classroom/x", false, nil)
			}
			var ok bool
			h.do(func(app.Context) { ok = h.toggleFilter(tt.id) })
			if ok != tt.ok {
				t.Errorf("toggleFilter(%q) = %v, want %v", tt.id, ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, hidden{h.hideKind, h.hideVerdict}, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("hidden after toggleFilter(%q) (-want +got):\n%s", tt.id, diff)
			}
		})
	}
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
				match(t, app.Elem("div").Class("fl").Lang(lang).OnKeyDown(noop), h, pathRoot...)
				match(t, app.Elem("button").Attr("type", "button").ID("fl-lang").Class("fl-btn").Lang(other).
					Aria("label", messagesFor(other).switchLang).OnClick(noop), h, 0, 0, 0)
				match(t, app.Text(button), h, 0, 0, 0, 0)
				match(t, app.Text(title), h, at(pathClaims, 0, 0)...)
				if want := `<span class="vh" lang="` + lang + `">` + label + `</span>`; !strings.Contains(app.HTMLString(h), want) {
					t.Errorf("no highlight label %s", want)
				}
				// The article keeps its own language.
				match(t, app.Elem("article").Class("fl-article").Lang(tt.lang).
					OnClick(noop).OnKeyDown(noop).On("focusin", noop), h, pathArticle...)
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
	match(t, app.Elem("button").Attr("type", "button").ID("fl-hl").Class("fl-btn").Aria("pressed", false).OnClick(noop), h, toggle...)
	match(t, frStandfirst("fondée le 16 septembre 2023"), h, pathStandfirst...)
	match(t, app.Text("Surlignage masqué"), h, at(pathLiveRegin, 0)...)
	var moved bool
	h.do(func(ctx app.Context) { moved = h.key(ctx, "n") })
	if moved {
		t.Errorf("n moved to a highlight while highlights are hidden")
	}

	h.do(func(app.Context) { h.toggleHighlights() })
	match(t, app.Elem("button").Attr("type", "button").ID("fl-hl").Class("fl-btn").Aria("pressed", true).OnClick(noop), h, toggle...)
	match(t, frStandfirst(frMark1("claim k-founding v-supported", " (fondation, confirmé; 1 autre affirmation ici)", false)), h, pathStandfirst...)
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
		if server {
			// For readers without scripting (late.go).
			match(t, app.NoScript().Class(lateClass), h, notes...)
			notes = at(notes, 0)
		}
		match(t, app.Elem("section").ID("notes").Class("fl-notes").Aria("labelledby", "notes-title"), h, notes...)
		for i := range 7 {
			match(t, app.Elem("li").ID(noteID(i)).Class("fl-note"), h, at(notes, 1, i)...)
		}
		// The note of the nested claim 2 links back to highlight 1.
		match(t, app.Elem("a").Attr("href", "#claim-c1"), h, at(notes, 1, 1, 1, 0)...)
		match(t, app.Elem("a").Attr("href", "#claim-c6"), h, at(notes, 1, 5, 1, 0)...)
		// The RFI URL holds a quote: plain text, not a link.
		if want := `<span class="fl-pub">RFI</span> <span class="fl-meta">juillet 2024</span>`; !strings.Contains(app.HTMLString(h), want) {
			t.Errorf("the notes do not show %s", want)
		}
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
