//go:build !wasm

package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	widget "factlens/app"
	"factlens/facts"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostileTexts are texts made to break out of HTML text, of an attribute
// or of the page's JSON block, to run a script, or to break the layout.
// None holds a newline: each stays on its line of the article.
var hostileTexts = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=console.log("` + xssMarker + `")>`,
	`<img src=x onerror=alert(1)>`,
	`" onmouseover="alert(1)`,
	`' onfocus='alert(1)' autofocus x='`,
	`</script><script>alert(2)</script><!--`,
	`<svg onload=alert(1)><a xlink:href="javascript:alert(1)">x</a></svg>`,
	`javascript:alert(1)`,
	"\u202eevil\u202c gnp.exe \u2066isolate\u2069 \u200b",
	`&lt;b&gt; &amp;quot; &#60;i&#62; &#x22;`,
	`</textarea></title></style></noscript><b>bold</b> \" \\u003c`,
	`{{.}} ${alert(1)} <%= x %>`,
	strings.Repeat("W", 10000),
}

// xssMarker is what the hostile texts' scripts write to the console.
const xssMarker = "factlens-xss-ran"

// hostileFrench is a French news paragraph with dates, so that the engine
// finds claims next to the hostile texts.
const hostileFrench = " Le lundi 22 décembre 2025, les chefs d’État se sont réunis à Bamako, deux ans après la signature de la charte le 16 septembre 2023."

// hostileArticle returns an article whose title, standfirst and
// paragraphs carry texts: the title and standfirst all of them, then one
// paragraph each, with a French sentence around.
func hostileArticle(id string, texts []string) facts.Article {
	title := strings.Join(texts[:len(texts)-1], " ") // the long word goes in paragraphs only
	lines := []string{title, "Chapeau : " + strings.Join(texts, " · ")}
	for _, s := range texts {
		lines = append(lines, s+hostileFrench+" "+s)
	}
	return facts.Article{
		ID:        id,
		Lang:      "fr",
		Published: "2025-12-22",
		Publisher: texts[0],
		URL:       "javascript:alert(1)",
		Title:     title,
		Text:      strings.Join(lines, "\n"),
	}
}

// hostilePage returns a hand-made page over hostileArticle(texts) whose
// claims, explanations, fact statements and sources carry texts too, and
// whose sources have hostile URLs besides one good one.
func hostilePage(texts []string) widget.Page {
	a := hostileArticle("hostile-report", texts)
	var claims []facts.Claim
	evidence := map[string]facts.Fact{}
	lines := strings.Split(a.Text, "\n")
	off := 0
	for i, line := range lines {
		if i >= 2 {
			// The claim is the hostile text and the sentence after it.
			s := texts[i-2]
			id := fmt.Sprintf("f%d", i-1)
			claims = append(claims, facts.Claim{
				ID: fmt.Sprintf("c%d", len(claims)+1), Kind: facts.KindFounding,
				Start: off, End: off + len(s) + len(hostileFrench), Text: line[:len(s)+len(hostileFrench)],
				Subject: s, Event: facts.EventFounded, Value: "2023-09-16",
				Verdict: facts.Verdict(1 + (i % 4)), Facts: []string{id}, Explanation: "Explication : " + s,
			})
			evidence[id] = facts.Fact{
				ID:         id,
				Statement:  map[string]string{"fr": "Énoncé : " + s, "en": "Statement: " + s, s: s},
				Date:       "2023-09-16",
				Confidence: "high",
				Sources: []facts.Source{
					{Publisher: s, URL: "javascript:alert(1)", Title: s, Date: "2023-09", Says: s},
					{Publisher: "A", URL: " JaVaScRiPt:alert(1)", Title: s},
					{Publisher: "B", URL: "data:text/html,<script>alert(1)</script>", Title: s},
					{Publisher: "C", URL: `https://bad.example/"onmouseover="alert(1)`, Title: s},
					{Publisher: "D", URL: "https://bad.example/<script>", Title: s},
					{Publisher: "E", URL: "//bad.example/no-scheme", Title: s},
					{Publisher: "Bonne source", URL: goodSourceURL, Title: s, Date: "2023-09-18", Says: s},
				},
			}
		}
		off += len(line) + 1
	}
	return widget.Page{Article: a, Report: facts.Report{Lang: "fr", Ref: a.Published, Claims: claims, Evidence: evidence}}
}

// goodSourceURL is the one source URL of hostilePage that must be a link.
const goodSourceURL = "https://news.example/2023/09/18/pacte?id=1&lang=fr"

// benignTexts are as many plain texts as hostileTexts: a page made of
// them must have the same elements and attributes as a page made of the
// hostile ones.
func benignTexts() []string {
	b := make([]string, len(hostileTexts))
	for i := range b {
		b[i] = fmt.Sprintf("texte%d", i)
	}
	return b
}

// servePagesAt replaces the pages of s by list, the first also at "/",
// and returns the prerendered HTML of path.
func servePagesAt(t *testing.T, s *Server, list []widget.Page, path string) string {
	t.Helper()
	ps := &pages{byPath: map[string]*page{}, byID: map[string]*page{}}
	for i, p := range list {
		if err := ps.add(p, i == 0); err != nil {
			t.Fatal(err)
		}
	}
	s.pages, s.rendered = ps, newRenderCache(s.app, s.client)
	registerRoutes(ps, s.checker)
	resp := serve(s.Handler(), "GET", path, nil, nil)
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d, want 200", path, resp.StatusCode)
	}
	return body
}

func TestHostilePage_Report(t *testing.T) {
	s := newTestServer(t)
	hostile := hostilePage(hostileTexts)
	benign := hostilePage(benignTexts())
	benignDoc := parseHTML(t, servePagesAt(t, s, []widget.Page{benign}, "/"))
	page := servePagesAt(t, s, []widget.Page{hostile}, "/")
	doc := parseHTML(t, page)

	checkNoInjection(t, page, knownScripts)
	if diff := cmp.Diff(skeleton(benignDoc), skeleton(doc)); diff != "" {
		t.Errorf("the hostile page's elements and attributes differ from the benign one's (-benign +hostile):\n%s", diff)
	}
	checkPageData(t, doc, hostile)

	// Every text is shown, as text, in the notes, which hold the
	// explanations, statements and sources of every claim.
	text := textContent(doc)
	for _, s := range hostileTexts {
		for _, want := range []string{"Explication : " + s, "Énoncé : " + s} {
			if !strings.Contains(text, want) {
				t.Errorf("the page does not show %.60q as text", want)
			}
		}
	}

	// Sources are links only with an http or https URL, escaped. (The
	// reader's own links to the host's pages, .fl-links, are not
	// sources.)
	external := map[string]bool{}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.A && !strings.HasPrefix(attr(n, "href"), "#") &&
			!strings.Contains(" "+attr(n.Parent.Parent, "class")+" ", " fl-links ") {
			external[attr(n, "href")] = true
		}
	}
	wantExternal := map[string]bool{
		goodSourceURL: true,
		"https://bad.example/%22onmouseover=%22alert%281%29": true,
		"https://bad.example/%3Cscript%3E":                   true,
	}
	if diff := cmp.Diff(wantExternal, external); diff != "" {
		t.Errorf("links to sources mismatch (-want +got):\n%s", diff)
	}
}

func TestHostilePage_Engine(t *testing.T) {
	a := hostileArticle("hostile", hostileTexts)
	s := newTestServerWith(t, func(c *Config) { c.Articles = append(c.Articles, a) })
	want, _ := s.pages.Page("/a/hostile")
	if len(want.Report.Claims) == 0 {
		t.Fatal("the engine finds no claim in the hostile article")
	}
	resp := serve(s.Handler(), "GET", "/a/hostile", nil, nil)
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /a/hostile: status %d, want 200", resp.StatusCode)
	}
	doc := parseHTML(t, body)
	checkNoInjection(t, body, knownScripts)
	checkPageData(t, doc, want)

	// The article's lines are its text, as text.
	var article *html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			article = n
			break
		}
	}
	if article == nil {
		t.Fatal("no <article>")
	}
	got := visibleText(article)
	for _, line := range strings.Split(a.Text, "\n") {
		if !strings.Contains(got, line) {
			t.Errorf("the article does not show the line %.80q as text", line)
		}
	}
}

// parseHTML parses a prerendered page as a browser without scripting
// does: the timeline and the notes in its <noscript> element are elements
// (as boot.js makes them when the client cannot start), not text.
func parseHTML(t *testing.T, s string) *html.Node {
	t.Helper()
	return parseHTMLScripting(t, s, false)
}

// parseHTMLScripting parses a prerendered page as a browser with or
// without scripting does.
func parseHTMLScripting(t *testing.T, s string, scripting bool) *html.Node {
	t.Helper()
	doc, err := html.ParseWithOptions(strings.NewReader(s), html.ParseOptionEnableScripting(scripting))
	if err != nil {
		t.Fatalf("parse the page: %v", err)
	}
	return doc
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// urlAttrs are the attributes whose value a browser may load or follow.
var urlAttrs = []string{"href", "src", "action", "formaction", "poster", "srcset", "data", "xlink:href"}

// knownScripts are the scripts of a reader's page: go-app's, and the
// page's data (not run: its type is JSON).
var knownScripts = []string{"src=/wasm_exec.js", "src=/app.js", "src=" + bootScriptPath, "type=application/json id=" + widget.DataElementID}

// checkNoInjection fails the test if the page has injections.
func checkNoInjection(t *testing.T, page string, known []string) {
	t.Helper()
	// A browser that runs scripts reads the <noscript> element's content
	// as text, up to the first "</noscript": the page must hold nothing
	// more in either reading.
	for _, scripting := range []bool{true, false} {
		for _, p := range injections(parseHTMLScripting(t, page, scripting), known) {
			t.Errorf("scripting %v: %s", scripting, p)
		}
	}
}

// injections returns what a page has that the reader never writes: an
// event-handler attribute, a link or resource with a script URL, an
// element of another namespace (svg, math), an element that embeds or
// submits, or a script other than the known ones, given as "src=URL" or
// "type=TYPE id=ID" (a page need not have them all: the 404 page has no
// data).
func injections(doc *html.Node, known []string) []string {
	var problems, scripts []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			if strings.HasPrefix(key, "on") {
				problems = append(problems, fmt.Sprintf("<%s %s=%.60q>: an event handler", n.Data, a.Key, a.Val))
			}
			if slices.Contains(urlAttrs, key) && !safeLink(a.Val) {
				problems = append(problems, fmt.Sprintf("<%s %s=%.60q>: not a link to this host or an http(s) URL", n.Data, a.Key, a.Val))
			}
		}
		switch n.DataAtom {
		case atom.Script:
			if src := attr(n, "src"); src != "" {
				scripts = append(scripts, "src="+src)
			} else {
				scripts = append(scripts, "type="+attr(n, "type")+" id="+attr(n, "id"))
			}
		case atom.Iframe, atom.Object, atom.Embed, atom.Base, atom.Form, atom.Style, atom.Input, atom.Textarea:
			problems = append(problems, fmt.Sprintf("<%s> element: the reader writes none", n.Data))
		}
		if n.Namespace != "" {
			problems = append(problems, fmt.Sprintf("<%s %s> element: the reader writes no foreign element", n.Namespace, n.Data))
		}
	}
	for _, sc := range scripts {
		if !slices.Contains(known, sc) {
			problems = append(problems, "unknown script: "+sc)
		}
	}
	return problems
}

// TestInjections checks that injections finds what it looks for.
func TestInjections(t *testing.T) {
	const scripts = `<script defer src="/wasm_exec.js"></script><script defer src="/app.js"></script>` +
		`<script type="application/json" id="` + widget.DataElementID + `">{}</script>`
	tests := []struct {
		name string
		body string
		want int // problems
	}{
		{"clean", `<p class="x"><a href="#n1">1</a> <a href="https://a.example/">a</a> <a href="/a/x">x</a></p>`, 0},
		{"event handler", `<p onclick="alert(1)">x</p>`, 1},
		{"upper-case event handler", `<b ONMOUSEOVER=alert(1)>x</b>`, 1},
		{"javascript link", `<a href=" JavaScript:alert(1)">x</a>`, 1},
		{"data link", `<a href="data:text/html,x">x</a>`, 1},
		{"scheme-relative link", `<a href="//evil.example/">x</a>`, 1},
		{"image source", `<img src="javascript:alert(1)">`, 1},
		{"inline script", `<script>alert(1)</script>`, 1},
		{"svg", `<svg><circle r="1"/></svg>`, 2},
		{"iframe", `<iframe src="https://a.example/"></iframe>`, 1},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<!doctype html><html><head>" + scripts + "</head><body>" + tt.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := injections(doc, knownScripts); len(got) != tt.want {
			t.Errorf("%s: injections(%q) = %q, want %d", tt.name, tt.body, got, tt.want)
		}
	}
}

// safeLink reports whether a URL attribute's value is a fragment, a path
// of this host, or an absolute http or https URL.
func safeLink(v string) bool {
	if strings.HasPrefix(v, "#") || strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//") {
		return true
	}
	u, err := url.Parse(v)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// checkPageData checks that the page's JSON block decodes to want.
func checkPageData(t *testing.T, doc *html.Node, want widget.Page) {
	t.Helper()
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Script || attr(n, "id") != widget.DataElementID {
			continue
		}
		var got widget.Page
		if err := json.Unmarshal([]byte(textContent(n)), &got); err != nil {
			t.Fatalf("the page's data block is not its JSON: %v", err)
		}
		if diff := cmp.Diff(jsonRoundTrip(t, want), got); diff != "" {
			t.Errorf("page data mismatch (-want +got):\n%s", diff)
		}
		return
	}
	t.Error("no page data block")
}

// textContent returns the text of n and its descendants.
func textContent(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// visibleText returns the text of n and its descendants but for the
// visually hidden ones (class vh), such as a highlight's label.
func visibleText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && slices.Contains(strings.Fields(attr(n, "class")), "vh"):
		default:
			for c := range n.ChildNodes() {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// skeleton returns the elements of a page, each as its tag and sorted
// attribute names, in document order.
func skeleton(doc *html.Node) []string {
	var els []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		names := make([]string, len(n.Attr))
		for i, a := range n.Attr {
			names[i] = a.Key
		}
		slices.Sort(names)
		els = append(els, n.Data+"["+strings.Join(names, " ")+"]")
	}
	return els
}
