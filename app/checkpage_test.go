//go:build !wasm

package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// Texts pasted in the tests: a right and a wrong date of the AES
// confederation (6 July 2024) and an organisation the knowledge base
// does not know. They are not the default article.
const (
	checkFrText = "L’Alliance des États du Sahel, fondée le 16 septembre 2023, se réunit à Ouagadougou.\n" +
		"La confédération a été créée le 6 juillet 2024 à Niamey. Selon d’autres, la confédération a été créée le 6 juillet 2023.\n" +
		"Le Conseil sahélien des pêcheurs, fondé en 2019, a salué la rencontre."
	checkEnText = "The Alliance of Sahel States, founded on 16 September 2023, meets in Ouagadougou.\n" +
		"The confederation was created on 6 July 2024 in Niamey. Others say the confederation was created on 6 July 2023.\n" +
		"The Sahel Fishermen Council, founded in 2019, welcomed the meeting."
)

// fakeEngine records the articles given to it and answers with report
// (its Lang and Ref those of the article) or err.
type fakeEngine struct {
	articles []facts.Article
	report   facts.Report
	err      error
}

func (e *fakeEngine) CheckArticle(a facts.Article) (facts.Report, error) {
	e.articles = append(e.articles, a)
	if e.err != nil {
		return facts.Report{}, e.err
	}
	r := e.report
	r.Lang, r.Ref = a.Lang, a.Published
	return r, nil
}

// checkHost embeds a CheckPage and keeps the Context go-app gives it (see
// testHost).
type checkHost struct {
	CheckPage
	ctx    app.Context
	engine app.TestEngine
}

func (h *checkHost) OnPreRender(ctx app.Context) { h.ctx = ctx }

// mountCheck mounts a /check page over engine, as the browser builds it
// (server false) or as the server prerenders it, with the draft d.
func mountCheck(t *testing.T, engine Engine, server bool, d checkDraft) *checkHost {
	t.Helper()
	h := &checkHost{CheckPage: CheckPage{engine: engine, server: server, lang: "en", draft: d}}
	h.engine = app.NewTestEngine()
	if err := h.engine.Load(h); err != nil {
		t.Fatalf("Load: %v", err)
	}
	h.engine.ConsumeAll()
	return h
}

// do runs fn on the UI loop as an event handler would, then renders and
// waits for the check it may start.
func (h *checkHost) do(fn func(ctx app.Context)) {
	h.ctx.Dispatch(fn)
	h.engine.ConsumeAll()
}

// Paths of the /check page's parts, from the component (browser form:
// no note about scripting).
var (
	pathCheckAlert  = []int{0, 4, 0}
	pathCheckReader = []int{0, 5, 3}
)

// checkDate is the publication date of the tests.
const checkDate = "2025-03-10"

func TestCheckPage_ChecksWithTheRealEngine(t *testing.T) {
	tests := []struct {
		name, title, text, lang string
		wantLang                string
		// wantVerdicts maps the text of some claims to their verdict.
		wantVerdicts map[string]facts.Verdict
		wantStatus   string
	}{
		{"french auto-detected", "", checkFrText, autoLang, "fr",
			map[string]facts.Verdict{"6 juillet 2024": facts.Supported, "6 juillet 2023": facts.Contradicted, "fondé en 2019": facts.Unverified},
			"claims found"},
		{"english chosen, with a title", "  Sahel   summit ", checkEnText, "en", "en",
			map[string]facts.Verdict{"6 July 2024": facts.Supported, "6 July 2023": facts.Contradicted, "founded in 2019": facts.Unverified},
			"claims found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			engine := newEngine(t)
			h := mountCheck(t, engine, false, checkDraft{Title: tt.title, Text: tt.text, Lang: tt.lang, Date: checkDate})
			h.do(h.startCheck)

			if h.result == nil {
				t.Fatalf("no result; alert %q", h.alert)
			}
			full := tt.text
			if tt.title != "" {
				full = strings.Join(strings.Fields(tt.title), " ") + "\n" + tt.text
			}
			// The engine checked the text the reader shows, title included.
			want, err := engine.CheckArticle(facts.Article{Lang: tt.lang, Published: checkDate, Text: full})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, h.result.Report); diff != "" {
				t.Errorf("report (-want +got):\n%s", diff)
			}
			wantArticle := facts.Article{Lang: tt.wantLang, Published: checkDate, Title: firstLine(full), Text: full}
			if diff := cmp.Diff(wantArticle, h.result.Article); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
			got := map[string]facts.Verdict{}
			for _, c := range h.result.Report.Claims {
				if _, ok := tt.wantVerdicts[c.Text]; ok {
					got[c.Text] = c.Verdict
				}
				if full[c.Start:c.End] != c.Text {
					t.Errorf("claim %s: text[%d:%d] = %q, want %q", c.ID, c.Start, c.End, full[c.Start:c.End], c.Text)
				}
				if c.Verdict == facts.Unverified && c.Explanation == "" {
					t.Errorf("unverified claim %q has no explanation", c.Text)
				}
			}
			if diff := cmp.Diff(tt.wantVerdicts, got); diff != "" {
				t.Errorf("verdicts (-want +got):\n%s", diff)
			}

			// The reader shows the result: its title, and a highlight per
			// claim placed in the text.
			if err := app.Match(&Reader{Page: *h.result}, h, pathCheckReader...); err != nil {
				t.Errorf("reader: %v", err)
			}
			page := app.HTMLString(h)
			if n := strings.Count(page, `class="claim `); n == 0 {
				t.Errorf("no highlight in the page")
			}
			wantHeading := fmt.Sprintf("Result: %d claims found", len(want.Claims))
			for _, s := range []string{wantHeading, `id="` + checkResultID + `"`, "<h1", escapeText(firstLine(full))} {
				if !strings.Contains(page, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			if !strings.HasSuffix(h.status, tt.wantStatus) || h.alert != "" || h.checking {
				t.Errorf("status %q, alert %q, checking %v; want %q…, no alert, not checking", h.status, h.alert, h.checking, tt.wantStatus)
			}
			if !h.draft.Checked {
				t.Errorf("draft not marked checked")
			}

			// The classroom link carries the text the reader shows.
			path, fragment, _ := strings.Cut(h.classURL, "#")
			shared, err := ParseClassroomFragment(fragment)
			if err != nil || path != ClassroomPath || shared.Text == nil {
				t.Fatalf("classroom link %.60q: %v", h.classURL, err)
			}
			if diff := cmp.Diff(h.result.Article, *shared.Text); diff != "" {
				t.Errorf("article of the classroom link (-want +got):\n%s", diff)
			}
			if !strings.Contains(page, `id="`+checkClassID+`"`) {
				t.Errorf("page lacks the classroom link")
			}
		})
	}
}

// escapeText escapes s as go-app writes text.
func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestCheckPage_RefusesAndKeepsTheText(t *testing.T) {
	long := strings.Repeat("Le 6 juillet 2024, à Niamey. ", MaxTextBytes/29+1)
	tests := []struct {
		name  string
		draft checkDraft
		want  string
	}{
		{"over the limit", checkDraft{Text: long, Lang: autoLang, Date: checkDate},
			fmt.Sprintf("The text is %d bytes (%d KB), over the limit of %d bytes (200 KB). Shorten it to check it.", len(long), (len(long)+1023)/1024, MaxTextBytes)},
		{"over the limit with the title", checkDraft{Title: "Titre", Text: long[:MaxTextBytes-3], Lang: autoLang, Date: checkDate},
			fmt.Sprintf("The text is %d bytes (201 KB), over the limit of %d bytes (200 KB). Shorten it to check it.", MaxTextBytes+3, MaxTextBytes)},
		{"blank", checkDraft{Title: "Un titre", Text: " \n\t ", Lang: autoLang, Date: checkDate},
			"Paste the text of an article first."},
		{"no date", checkDraft{Text: checkFrText, Lang: "fr"},
			"Enter the publication date (YYYY-MM-DD): relative dates such as “yesterday” are read from it."},
		{"bad date", checkDraft{Text: checkFrText, Lang: "fr", Date: "10/03/2025"},
			"Enter the publication date (YYYY-MM-DD): relative dates such as “yesterday” are read from it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			engine := &fakeEngine{}
			h := mountCheck(t, engine, false, tt.draft)
			h.do(h.startCheck)
			if diff := cmp.Diff(tt.want, h.alert); diff != "" {
				t.Errorf("alert (-want +got):\n%s", diff)
			}
			if len(engine.articles) != 0 {
				t.Errorf("the engine was called %d times", len(engine.articles))
			}
			if h.draft != tt.draft || h.result != nil || h.checking {
				t.Errorf("after the refusal: draft changed %v, result %v, checking %v", h.draft != tt.draft, h.result != nil, h.checking)
			}
			// The message is in the assertive live region.
			if err := app.Match(app.Text(tt.want), h, pathCheckAlert...); err != nil {
				t.Errorf("alert region: %v", err)
			}
		})
	}
}

func TestCheckPage_EngineError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"other", errors.New("knowledge base: broken"), "The check failed: knowledge base: broken"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := checkDraft{Text: checkEnText, Lang: "en", Date: checkDate}
			h := mountCheck(t, &fakeEngine{err: tt.err}, false, d)
			h.do(h.startCheck)
			if h.alert != tt.want || h.result != nil || h.checking || h.draft != d {
				t.Errorf("alert %q, result %v, checking %v, draft kept %v; want %q, no result", h.alert, h.result != nil, h.checking, h.draft == d, tt.want)
			}
		})
	}
}

func TestCheckPage_Options(t *testing.T) {
	tests := []struct {
		name, lang, wantLang string
		wantUI               string
	}{
		{"auto", autoLang, "auto", "en"},
		{"french", "fr", "fr", "fr"},
		{"english", "en", "en", "en"},
		{"unknown stored choice", "de", "auto", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			engine := &fakeEngine{}
			h := mountCheck(t, engine, false, checkDraft{Text: "Un texte.", Date: "2024-07-06"})
			h.do(func(ctx app.Context) { h.setLang(ctx, tt.lang) })
			h.do(h.startCheck)
			var got []string
			for _, a := range engine.articles {
				got = append(got, a.Lang, a.Published)
			}
			if diff := cmp.Diff([]string{tt.wantLang, "2024-07-06"}, got); diff != "" {
				t.Errorf("language and date checked (-want +got):\n%s", diff)
			}
			if h.lang != tt.wantUI {
				t.Errorf("UI language %q, want %q", h.lang, tt.wantUI)
			}
		})
	}
}

func TestCheckDraft_Article(t *testing.T) {
	tests := []struct {
		name  string
		draft checkDraft
		want  facts.Article
	}{
		{"no title: the first line is the title", checkDraft{Text: "\n  Titre du texte  \nChapeau.", Lang: "fr", Date: checkDate},
			facts.Article{Lang: "fr", Published: checkDate, Title: "Titre du texte", Text: "\n  Titre du texte  \nChapeau."}},
		{"title on a line of its own", checkDraft{Title: " Un\ttitre\n", Text: "Chapeau.\nCorps.", Lang: autoLang, Date: checkDate},
			facts.Article{Lang: autoLang, Published: checkDate, Title: "Un titre", Text: "Un titre\nChapeau.\nCorps."}},
		{"blank title", checkDraft{Title: "  ", Text: "Texte.", Lang: "en", Date: checkDate},
			facts.Article{Lang: "en", Published: checkDate, Title: "Texte.", Text: "Texte."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.draft.article()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckPage_StaleCheckDropped(t *testing.T) {
	engine := &fakeEngine{}
	h := mountCheck(t, engine, false, checkDraft{Text: "Texte.", Lang: "fr", Date: checkDate})
	h.do(h.startCheck)
	first := h.result
	h.do(func(ctx app.Context) {
		h.endCheck(ctx, h.run-1, h.draft, facts.Article{Text: "old"}, facts.Report{Lang: "en"}, nil)
	})
	if h.result != first {
		t.Errorf("the result of an older check replaced the last one")
	}
}

func TestCheckPage_EditedWhileChecking(t *testing.T) {
	h := mountCheck(t, &fakeEngine{}, false, checkDraft{Text: "Texte.", Lang: "fr", Date: checkDate})
	h.do(h.startCheck)
	checked := h.draft
	checked.Checked = false
	h.do(func(ctx app.Context) {
		h.edit(ctx, func(d *checkDraft) { d.Text = "Texte modifié." })
		h.endCheck(ctx, h.run, checked, facts.Article{Text: "Texte."}, facts.Report{Lang: "fr"}, nil)
	})
	if h.result == nil || h.draft.Checked {
		t.Errorf("result %v, draft checked %v; want the result, the edited draft not checked", h.result != nil, h.draft.Checked)
	}
}

func TestCheckPage_DraftSurvivesAndClears(t *testing.T) {
	d := checkDraft{Title: "Sommet", Text: checkFrText, Lang: "fr", Date: checkDate}
	h := mountCheck(t, newEngine(t), false, checkDraft{Lang: autoLang})
	// Typing saves the draft; the test engine's local storage is in memory.
	h.do(func(ctx app.Context) {
		h.edit(ctx, func(x *checkDraft) { *x = d })
	})
	h.do(h.startCheck)
	if h.result == nil {
		t.Fatalf("no result; alert %q", h.alert)
	}

	// A new page in the same storage restores the draft and checks it
	// again.
	var stored checkDraft
	h.do(func(ctx app.Context) {
		if err := ctx.LocalStorage().Get(draftKey, &stored); err != nil {
			t.Fatal(err)
		}
	})
	want := d
	want.Checked = true
	if diff := cmp.Diff(want, stored); diff != "" {
		t.Errorf("stored draft (-want +got):\n%s", diff)
	}
	before := h.result
	h.do(func(ctx app.Context) {
		h.draft, h.result, h.lang = checkDraft{}, nil, "en"
		h.restore(ctx, "en", "2030-01-01")
	})
	if diff := cmp.Diff(want, h.draft); diff != "" {
		t.Errorf("restored draft (-want +got):\n%s", diff)
	}
	if h.result == nil || !cmp.Equal(*before, *h.result) || h.lang != "fr" {
		t.Errorf("after restore: result %v (same %v), UI %q; want the same result, UI fr", h.result != nil, h.result != nil && cmp.Equal(*before, *h.result), h.lang)
	}

	// An edit makes the draft unchecked.
	h.do(func(ctx app.Context) { h.edit(ctx, func(x *checkDraft) { x.Text += " Fin." }) })
	if h.draft.Checked {
		t.Errorf("edited draft still marked checked")
	}

	h.do(func(ctx app.Context) { h.clear(ctx, "2030-01-01") })
	if diff := cmp.Diff(checkDraft{Lang: autoLang, Date: "2030-01-01"}, h.draft); diff != "" {
		t.Errorf("cleared draft (-want +got):\n%s", diff)
	}
	stored = checkDraft{}
	h.do(func(ctx app.Context) {
		if err := ctx.LocalStorage().Get(draftKey, &stored); err != nil {
			t.Fatal(err)
		}
	})
	if stored != (checkDraft{}) || h.result != nil || h.status != "Formulaire effacé." {
		t.Errorf("after Clear: stored %+v, result %v, status %q", stored, h.result != nil, h.status)
	}

	// With nothing stored, the defaults apply.
	h.do(func(ctx app.Context) { h.restore(ctx, "en", "2030-01-02") })
	if diff := cmp.Diff(checkDraft{Lang: autoLang, Date: "2030-01-02"}, h.draft); diff != "" || h.result != nil {
		t.Errorf("restore of nothing (-want +got):\n%s", diff)
	}
}

func TestCheckPage_Prerender(t *testing.T) {
	// Even with a draft in the component (it never has one on the
	// server), the prerender writes no text of it.
	h := mountCheck(t, &fakeEngine{}, true, checkDraft{Title: "secret-title", Text: "secret-text", Lang: "fr", Date: checkDate})
	page := app.HTMLString(h)
	for _, s := range []string{"secret", checkDate} {
		if strings.Contains(page, s) {
			t.Errorf("prerender holds %q", s)
		}
	}
	for _, s := range []string{
		`<textarea`, `<label for="` + checkTextID + `">`, `<label for="` + checkDateID + `">`,
		"Checking runs in your browser: it needs JavaScript and WebAssembly.",
	} {
		if !strings.Contains(page, s) {
			t.Errorf("prerender lacks %q", s)
		}
	}
	// Every control is disabled.
	controls := regexp.MustCompile(`<(input|textarea|select|button)[^>]*>`).FindAllString(page, -1)
	if len(controls) < 7 {
		t.Errorf("%d controls in the prerender, want at least 7", len(controls))
	}
	for _, c := range controls {
		if !strings.Contains(c, "disabled") {
			t.Errorf("control not disabled: %s", c)
		}
	}
	// Every control has a label: ids with a label for them.
	for _, id := range []string{checkTitleID, checkTextID, checkLangID, checkDateID} {
		if !strings.Contains(page, `id="`+id+`"`) || !strings.Contains(page, `for="`+id+`"`) {
			t.Errorf("control %s lacks its label", id)
		}
	}
}

func TestCheckPage_SwitchLanguage(t *testing.T) {
	h := mountCheck(t, &fakeEngine{}, false, checkDraft{Lang: autoLang, Date: checkDate})
	if err := app.Match(app.Text("Check an article"), h, 0, 0, 0, 0); err != nil {
		t.Error(err)
	}
	h.do(func(ctx app.Context) { h.lang = otherLang(h.lang) })
	if err := app.Match(app.Text("Vérifier un article"), h, 0, 0, 0, 0); err != nil {
		t.Error(err)
	}
}

func TestMakeDownload(t *testing.T) {
	engine := newEngine(t)
	h := mountCheck(t, engine, false, checkDraft{Title: "Sommet de l’AES à Ouagadougou", Text: checkFrText, Lang: autoLang, Date: checkDate})
	h.do(h.startCheck)
	if h.result == nil {
		t.Fatalf("no result; alert %q", h.alert)
	}
	p := *h.result
	now := time.Date(2025, 3, 11, 9, 30, 0, 0, time.UTC)
	claims := p.Report.Claims
	reviewed := 0
	for _, c := range claims {
		if c.Verdict != facts.Unverified {
			reviewed++
		}
	}

	tests := []struct {
		format         exportFormat
		wantName, mime string
		check          func(t *testing.T, data []byte)
	}{
		{exportJSON, "factlens-sommet-de-l-aes-a-ouagadougou-claims.json", "application/json", func(t *testing.T, data []byte) {
			// The contract's fields, as a client of the CLI reads them.
			type claim struct {
				ID, Kind, Text, Verdict, Explanation string
				Start, End                           int
			}
			var got struct {
				Lang, Ref string
				Claims    []claim
			}
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			var want []claim
			for _, c := range claims {
				want = append(want, claim{c.ID, c.Kind.String(), c.Text, c.Verdict.String(), c.Explanation, c.Start, c.End})
			}
			if got.Lang != "fr" || got.Ref != checkDate {
				t.Errorf("lang %q, ref %q; want fr, %s", got.Lang, got.Ref, checkDate)
			}
			if diff := cmp.Diff(want, got.Claims); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
		}},
		{exportClaimReview, "factlens-sommet-de-l-aes-a-ouagadougou.claimreview.jsonld", "application/ld+json", func(t *testing.T, data []byte) {
			var got []struct {
				Context       string `json:"@context"`
				Type          string `json:"@type"`
				ClaimReviewed string `json:"claimReviewed"`
				DatePublished string `json:"datePublished"`
			}
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			if len(got) != reviewed || reviewed == 0 {
				t.Fatalf("%d reviews, want %d (claims not unverified)", len(got), reviewed)
			}
			for _, r := range got {
				if r.Context != "https://schema.org" || r.Type != "ClaimReview" || r.ClaimReviewed == "" || r.DatePublished != "2025-03-11" {
					t.Errorf("review %+v", r)
				}
			}
		}},
		{exportAnnotations, "factlens-sommet-de-l-aes-a-ouagadougou.annotations.jsonld", `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`, func(t *testing.T, data []byte) {
			var got struct {
				Context string `json:"@context"`
				Type    string `json:"type"`
				Label   string `json:"label"`
				Total   int    `json:"total"`
				First   struct {
					Items []struct {
						Type       string `json:"type"`
						Motivation string `json:"motivation"`
					} `json:"items"`
				} `json:"first"`
			}
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			if got.Context != "http://www.w3.org/ns/anno.jsonld" || got.Type != "AnnotationCollection" || got.Label != p.Article.Title ||
				got.Total != len(claims) || len(got.First.Items) != len(claims) {
				t.Errorf("collection %+v, want %d annotations labelled %q", got, len(claims), p.Article.Title)
			}
		}},
		{exportMarkdown, "factlens-sommet-de-l-aes-a-ouagadougou.md", "text/markdown; charset=utf-8", func(t *testing.T, data []byte) {
			if !bytes.HasPrefix(data, []byte("# Sommet de l’AES à Ouagadougou\n")) {
				t.Errorf("report starts %q", data[:min(len(data), 60)])
			}
			for i := range claims {
				if !bytes.Contains(data, []byte(fmt.Sprintf("\n%d. **", i+1))) {
					t.Errorf("report lacks claim %d", i+1)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format.String(), func(t *testing.T) {
			d, err := makeDownload(tt.format, p, now)
			if err != nil {
				t.Fatal(err)
			}
			if d.name != tt.wantName || d.mime != tt.mime {
				t.Errorf("file %q (%s), want %q (%s)", d.name, d.mime, tt.wantName, tt.mime)
			}
			tt.check(t, d.data)
		})
	}
	if _, err := makeDownload(0, p, now); err == nil {
		t.Errorf("no error for the zero format")
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sommet de l’AES à Bamako", "sommet-de-l-aes-a-bamako"},
		{"  Œuvre : « Ça va ? »  ", "oeuvre-ca-va"},
		{"<script>alert(1)</script>", "script-alert-1-script"},
		{"../../etc/passwd", "etc-passwd"},
		{"تحالف دول الساحل", "text"},
		{"", "text"},
		{strings.Repeat("ab ", 40), strings.TrimSuffix(strings.Repeat("ab-", 16), "-")},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessages_CheckSize(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 0, "0 KB of at most 200 KB"},
		{"en", 1, "1 KB of at most 200 KB"},
		{"fr", 1024, "1 Ko sur 200 Ko au plus"},
		{"fr", MaxTextBytes + 1, "201 Ko sur 200 Ko au plus"},
	}
	for _, tt := range tests {
		if got := messagesFor(tt.lang).checkSize(tt.n); got != tt.want {
			t.Errorf("%s checkSize(%d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}
