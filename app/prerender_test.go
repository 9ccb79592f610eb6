//go:build !wasm

package app

import (
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// visibleText returns the text a browser shows for s, an HTML fragment
// the reader wrote: tags removed, the content of script elements and, when
// skipHidden, of visually hidden spans (class "vh") left out, entities
// decoded, whitespace collapsed as CSS does.
func visibleText(s string, skipHidden bool) string {
	var b strings.Builder
	skip := "" // closing tag that ends the skipped part
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if skip == "" {
			b.WriteString(s[:lt])
		}
		s = s[lt:]
		if s == "" {
			break
		}
		gt := strings.IndexByte(s, '>')
		if gt < 0 {
			break
		}
		tag := s[:gt+1]
		s = s[gt+1:]
		switch {
		case skip != "":
			if strings.HasPrefix(tag, skip) {
				skip = ""
			}
		case strings.HasPrefix(tag, "<script"):
			skip = "</script"
		case skipHidden && strings.HasPrefix(tag, "<span") && strings.Contains(tag, `class="vh"`):
			skip = "</span"
		}
	}
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

func TestPrerender_ReadsLikeTheText(t *testing.T) {
	for _, p := range []Page{frPage(), enPage()} {
		t.Run(p.Article.ID, func(t *testing.T) {
			h := mount(t, p, true)
			page := app.HTMLString(h)
			text := visibleText(page, false)
			for _, stray := range []string{" .", " ,"} {
				if i := strings.Index(text, stray); i >= 0 {
					t.Errorf("prerender has %q: …%s…", stray, text[max(0, i-40):min(len(text), i+10)])
				}
			}
			// Each line of the article, highlights and all, reads as in
			// the text once the screen reader labels are left out.
			for _, line := range splitLines(p.Article.Text) {
				if !strings.Contains(visibleText(page, true), line) {
					t.Errorf("prerender does not read %q", line)
				}
			}
		})
	}
}

func TestPrerender_WorksWithoutJavaScript(t *testing.T) {
	h := mount(t, frPage(), true)
	page := app.HTMLString(h)
	// Every highlight links to its note, and every claim has a note.
	for _, n := range []string{"1", "3", "4", "5", "6", "7"} {
		for _, want := range []string{`id="claim-c` + n + `"`, `href="#note-c` + n + `"`, `data-n="` + n + `"`} {
			if !strings.Contains(page, want) {
				t.Errorf("prerender lacks %s", want)
			}
		}
	}
	for i := range 7 {
		if want := `id="` + noteID(i) + `"`; !strings.Contains(page, want) {
			t.Errorf("prerender lacks note %s", want)
		}
	}
	// The nested claim has a note but no highlight of its own.
	if strings.Contains(page, `id="claim-c2"`) {
		t.Errorf("nested claim 2 has its own highlight")
	}
	// Controls do nothing before the client takes over: disabled.
	match(t, app.Elem("button").Attr("type", "button").ID("fl-lang").Class("fl-btn").Lang("en").
		Aria("label", "Show the interface in English").Attr("disabled", true).OnClick(noop), h, 0, 0, 0)
	for _, c := range chips(t, h) {
		if !c.Disabled {
			t.Errorf("filter %s is not disabled in the prerender", c.ID)
		}
	}
	// The server form has no button semantics: it is a plain link.
	if strings.Contains(page, `aria-haspopup`) {
		t.Errorf("prerendered highlight claims to open a dialog")
	}
}

func TestPrerender_EmbedsThePage(t *testing.T) {
	p := frPage()
	h := mount(t, p, true)
	page := app.HTMLString(h)
	_, data, ok := strings.Cut(page, `<script type="application/json" id="`+DataElementID+`">`)
	if !ok {
		t.Fatalf("prerender lacks the data element")
	}
	data, _, _ = strings.Cut(data, "</script>")
	var got Page
	if err := json.Unmarshal([]byte(data), &got); err != nil {
		t.Fatalf("decode embedded page: %v", err)
	}
	if diff := cmp.Diff(p, got); diff != "" {
		t.Errorf("embedded page (-want +got):\n%s", diff)
	}
}

// hostilePage puts markup and attribute breakouts everywhere the page's
// data is shown.
func hostilePage() Page {
	const evil = `<script>alert(1)</script>`
	const breakout = `" onmouseover="alert(1)" x="`
	text := "Titre " + evil + breakout + "\n" +
		"Chapeau " + breakout + "\n" +
		"Le 3 mars " + evil + ", puis " + breakout + "."
	c := claim(text, "Le 3 mars "+evil, facts.KindDate, facts.Contradicted, "evil")
	c.Explanation = breakout + evil
	c2 := claim(text, breakout, facts.KindDate, facts.Unverified)
	return Page{
		Article: facts.Article{ID: "evil", Lang: "fr" + breakout, Text: text, Title: evil},
		Report: facts.Report{
			Lang:   "fr",
			Claims: numbered(c, c2),
			Evidence: map[string]facts.Fact{"evil": {
				ID:        "evil",
				Statement: map[string]string{"fr" + breakout: evil},
				Date:      breakout,
				Sources: []facts.Source{
					{Publisher: evil, URL: "https://example.com/" + breakout, Title: breakout, Date: evil},
					{Publisher: breakout, URL: "javascript:alert(1)//" + breakout},
				},
			}},
		},
	}
}

func TestPrerender_EscapesTheData(t *testing.T) {
	for _, server := range []bool{true, false} {
		h := mount(t, hostilePage(), server)
		page := app.HTMLString(h)
		if strings.Contains(page, "<script>alert") {
			t.Errorf("server %v: raw <script> from the data in the page", server)
		}
		if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("server %v: escaped article text missing", server)
		}
		// Outside the JSON data (where quotes are \-escaped inside a
		// script element) no quote of the data may end an attribute.
		outside := page
		if before, after, ok := strings.Cut(page, `<script type="application/json"`); ok {
			_, after, _ = strings.Cut(after, ">")
			data, rest, _ := strings.Cut(after, "</script>")
			outside = before + rest
			if strings.ContainsAny(data, "<>") {
				t.Errorf("embedded data holds < or >: %s", data)
			}
		}
		for _, bad := range []string{`" onmouseover`, `href="javascript`, `lang="fr\"`, `lang="fr&#34;`} {
			if strings.Contains(outside, bad) {
				t.Errorf("server %v: page holds %s", server, bad)
			}
		}
	}
}

func TestSafeURL(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"https://www.rfi.fr/fr/afrique/20240706-aes", "https://www.rfi.fr/fr/afrique/20240706-aes", true},
		{"http://example.com/a?b=c#d", "http://example.com/a?b=c#d", true},
		{"https://example.com/é", "https://example.com/%C3%A9", true},
		{"javascript:alert(1)", "", false},
		{"JaVaScRiPt:alert(1)", "", false},
		{"data:text/html,<b>", "", false},
		{"//example.com/x", "", false},
		{"/relative", "", false},
		{"https:///nohost", "", false},
		{`https://example.com/?q="x"`, "", false},
		{"https://example.com/?q=<x>", "", false},
		{"https://example.com/?q='x'", "", false},
		{"", "", false},
	} {
		got, ok := safeURL(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("safeURL(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// fakePages serves fixed pages by path.
type fakePages map[string]Page

func (f fakePages) Page(path string) (Page, bool) {
	p, ok := f[path]
	return p, ok
}

// TestRegister_Handler serves the registered routes with go-app's Handler,
// as the host does: OnNav loads the page of the path.
func TestRegister_Handler(t *testing.T) {
	Register(fakePages{"/": frPage(), "/a/summit": enPage(), "/a/evil": hostilePage()}, newEngine(t))
	h := &app.Handler{Styles: []string{StylePath}, Version: "test", Icon: app.Icon{Default: IconPath, SVG: IconSVGPath}}
	for _, tt := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", http.StatusOK, []string{"Sommet de l’AES à Bamako", `<html lang="fr"`, `id="` + DataElementID + `"`, "Affirmations vérifiées"}},
		{"/a/summit", http.StatusOK, []string{"Sahel leaders meet in Bamako", `<html lang="en"`, "<title>Sahel leaders meet in Bamako</title>", `href="#note-c3"`}},
		{"/a/missing", http.StatusOK, []string{"No article at this address."}},
		{"/a/evil", http.StatusOK, []string{"<title>Titre &lt;script&gt;alert(1)&lt;/script&gt;” onmouseover=”alert(1)” x=”</title>"}},
		{"/a/Not_Valid", http.StatusNotFound, nil},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
		body, _ := io.ReadAll(rec.Result().Body)
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, rec.Code, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(body), w) {
				t.Errorf("GET %s: body lacks %s", tt.path, w)
			}
		}
		// The whole page, head included, outside the JSON data.
		page := string(body)
		if before, after, ok := strings.Cut(page, `<script type="application/json"`); ok {
			_, rest, _ := strings.Cut(after, "</script>")
			page = before + rest
		}
		if strings.Contains(page, `" onmouseover`) {
			t.Errorf("GET %s: page holds an attribute breakout", tt.path)
		}
		// In the head the title is also an attribute value (og:title),
		// where < is harmless; in the body it must be escaped.
		if _, body, _ := strings.Cut(page, "<body"); strings.Contains(body, "<script>alert") {
			t.Errorf("GET %s: body holds a raw <script>", tt.path)
		}
	}
}

func TestEmbeddedPages_OffBrowser(t *testing.T) {
	var e EmbeddedPages
	if _, ok := e.Page("/"); ok {
		t.Errorf("EmbeddedPages has a page off the browser")
	}
}
