//go:build !wasm

package server

import (
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	widget "factlens/app"

	"github.com/google/go-cmp/cmp"
)

// The prerendered HTML is checked loosely: go-app writes attributes in
// map order, so tags are matched one attribute at a time.

var (
	// openTag matches an opening tag: its name and its attributes.
	openTag = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*/?>`)
	// tagAttr matches one attribute of an opening tag.
	tagAttr = regexp.MustCompile(`([a-zA-Z-]+)(?:="([^"]*)")?`)
)

// element is an opening tag of an HTML document and the text after it.
type element struct {
	tag   string
	attrs map[string]string
	rest  string // the document after the opening tag
}

// elements returns every opening tag of doc.
func elements(doc string) []element {
	var els []element
	for _, m := range openTag.FindAllStringSubmatchIndex(doc, -1) {
		el := element{tag: strings.ToLower(doc[m[2]:m[3]]), attrs: map[string]string{}, rest: doc[m[1]:]}
		for _, a := range tagAttr.FindAllStringSubmatch(doc[m[4]:m[5]], -1) {
			el.attrs[a[1]] = html.UnescapeString(a[2])
		}
		els = append(els, el)
	}
	return els
}

// byID returns the element of doc with the given id.
func byID(els []element, id string) (element, bool) {
	for _, el := range els {
		if el.attrs["id"] == id {
			return el, true
		}
	}
	return element{}, false
}

func hasClass(el element, class string) bool {
	return strings.Contains(" "+el.attrs["class"]+" ", " "+class+" ")
}

// textUntil returns the text of s up to the first tag: the text an
// element starts with.
func textUntil(s string) string {
	text, _, _ := strings.Cut(s, "<")
	return html.UnescapeString(text)
}

func TestPage_Prerender(t *testing.T) {
	s := newTestServer(t)
	h := s.Handler()
	want, ok := s.pages.Page("/")
	if !ok {
		t.Fatal("no page at /")
	}
	if len(want.Report.Claims) == 0 {
		t.Fatal("the default article has no claims to highlight")
	}
	for _, path := range []string{"/", "/a/" + want.Article.ID} {
		t.Run(path, func(t *testing.T) {
			resp := serve(h, "GET", path, nil, nil)
			doc := readBody(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d, want 200", path, resp.StatusCode)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type = %q, want HTML", ct)
			}
			if etag, want := resp.Header.Get("ETag"), `"`+s.Version()+`"`; etag != want {
				t.Errorf("ETag = %s, want %s", etag, want)
			}
			els := elements(doc)

			// The page's data, for the client's first render.
			data, ok := byID(els, widget.DataElementID)
			if !ok || data.tag != "script" || data.attrs["type"] != "application/json" {
				t.Fatalf("no <script type=application/json id=%s> element", widget.DataElementID)
			}
			body, _, _ := strings.Cut(data.rest, "</script>")
			var got widget.Page
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatalf("page data: %v", err)
			}
			if diff := cmp.Diff(jsonRoundTrip(t, want), got); diff != "" {
				t.Errorf("page data mismatch (-want +got):\n%s", diff)
			}

			// Every claim is in a highlight, and has its note.
			var marks []string
			for _, el := range els {
				if el.tag == "a" && hasClass(el, "claim") && strings.HasPrefix(el.attrs["id"], "claim-c") {
					marks = append(marks, textUntil(el.rest))
				}
			}
			for i, c := range want.Report.Claims {
				if strings.Contains(c.Text, "\n") {
					continue // cut at the line's end
				}
				if !containsAny(marks, c.Text) {
					t.Errorf("claim %d %q is in no highlight %q", i+1, c.Text, marks)
				}
				if _, ok := byID(els, "note-c"+strconv.Itoa(i+1)); !ok {
					t.Errorf("claim %d has no note", i+1)
				}
			}

			// Head: the article's title and language, local assets only.
			if title, ok := firstTag(els, "title"); !ok || textUntil(title.rest) != want.Article.Title {
				t.Errorf("<title> = %q, want %q", textUntil(title.rest), want.Article.Title)
			}
			if root, _ := firstTag(els, "html"); root.attrs["lang"] != want.Article.Lang {
				t.Errorf("<html lang=%q>, want %q", root.attrs["lang"], want.Article.Lang)
			}
			if !hasLink(els, "stylesheet", widget.StylePath) {
				t.Errorf("no stylesheet link to %s", widget.StylePath)
			}
			for _, el := range els {
				for _, a := range []string{"src", "href"} {
					// Links and alternate descriptions (oEmbed) are not loaded.
					loaded := el.tag != "a" && !(el.tag == "link" && el.attrs["rel"] == "alternate")
					if v := el.attrs[a]; strings.Contains(v, "://") && loaded {
						t.Errorf("<%s %s=%q>: the page loads a remote resource", el.tag, a, v)
					}
				}
			}
		})
	}
}

func TestPage_Statuses(t *testing.T) {
	s := newTestServer(t)
	h := s.Handler()
	etag := `"` + s.Version() + `"`
	tests := []struct {
		name        string
		method      string
		path        string
		ifNoneMatch string
		wantStatus  int
		wantETag    bool
	}{
		{"home", "GET", "/", "", 200, true},
		{"home head", "HEAD", "/", "", 200, true},
		{"home revalidated", "GET", "/", etag, 304, true},
		{"home, ETag of the build only", "GET", "/", `"test"`, 200, true},
		{"article revalidated", "GET", "/a/bamako-2025", etag, 304, true},
		{"unknown article", "GET", "/a/no-such-article", "", 404, false},
		{"unknown article with the current ETag", "GET", "/a/no-such-article", etag, 404, false},
		{"bad article id", "GET", "/a/Bad_ID", "", 404, false},
		{"article prefix only", "GET", "/a/", "", 404, false},
		{"unknown path", "GET", "/nope", "", 404, true}, // go-app's 404, valid as long as the version
		{"post a page", "POST", "/", "", 405, false},
		{"delete an article", "DELETE", "/a/bamako-2025", "", 405, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := http.Header{}
			if tt.ifNoneMatch != "" {
				header.Set("If-None-Match", tt.ifNoneMatch)
			}
			resp := serve(h, tt.method, tt.path, nil, header)
			body := readBody(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("%s %s: status %d, want %d", tt.method, tt.path, resp.StatusCode, tt.wantStatus)
			}
			if got := resp.Header.Get("ETag") != ""; got != tt.wantETag {
				t.Errorf("ETag %q, want one: %v", resp.Header.Get("ETag"), tt.wantETag)
			}
			if tt.wantStatus == 404 && tt.path == "/a/no-such-article" {
				// The reader's not-found page, without page data.
				if !strings.Contains(body, "<html") || strings.Contains(body, widget.DataElementID) {
					t.Errorf("404 body is not the reader's empty page: %.300s", body)
				}
			}
		})
	}
}

func jsonRoundTrip(t *testing.T, p widget.Page) widget.Page {
	t.Helper()
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var out widget.Page
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func containsAny(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

func firstTag(els []element, tag string) (element, bool) {
	for _, el := range els {
		if el.tag == tag {
			return el, true
		}
	}
	return element{}, false
}

func hasLink(els []element, rel, href string) bool {
	for _, el := range els {
		if el.tag == "link" && el.attrs["rel"] == rel && el.attrs["href"] == href {
			return true
		}
	}
	return false
}
