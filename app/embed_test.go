//go:build !wasm

package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestValidOrigin(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		ok             bool
	}{
		{"https origin", "https://news.example", "https://news.example", true},
		{"with port and slash", "http://localhost:8080/", "http://localhost:8080", true},
		{"host in capitals", "https://News.Example", "https://news.example", true},
		{"empty", "", "", false},
		{"null origin of a file page", "null", "", false},
		{"path", "https://news.example/articles", "", false},
		{"query", "https://news.example/?x=1", "", false},
		{"user info", "https://user@news.example", "", false},
		{"javascript", "javascript:alert(1)", "", false},
		{"wildcard", "*", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := validOrigin(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" || ok != tt.ok {
				t.Errorf("validOrigin(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestIsEmbedPath(t *testing.T) {
	for _, tt := range []struct {
		path string
		want bool
	}{
		{"/embed/summit", true},
		{"/embed/summit.html", true},
		{"/a/summit", false},
		{"/", false},
		{"/embedded/summit", false},
	} {
		if got := IsEmbedPath(tt.path); got != tt.want {
			t.Errorf("IsEmbedPath(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// mountEmbed mounts the embedded reader of p, as the server prerenders it
// or as the browser builds it.
func mountEmbed(t *testing.T, p Page, server bool) *testHost {
	t.Helper()
	h := &testHost{Reader: Reader{pages: fakePages{"/embed/summit": p}, server: server, card: -1, current: -1}}
	h.load("/embed/summit")
	h.engine = app.NewTestEngine()
	if err := h.engine.Load(h); err != nil {
		t.Fatalf("Load: %v", err)
	}
	h.engine.ConsumeAll()
	return h
}

func TestReader_EmbedFolds(t *testing.T) {
	notes := `id="` + noteID(0) + `"`
	list := `id="` + entryID(0) + `"`
	tests := []struct {
		name      string
		server    bool
		unfold    func(r *Reader)
		want      []string
		wantNotIn []string
	}{
		{"server writes the folded list and notes", true, nil,
			[]string{`class="fl fl-embed"`, `<details class="fl-fold fl-claims-fold">`, `<details class="fl-fold fl-notes-fold">`, notes, list},
			[]string{`open=`}},
		{"browser leaves folded content out", false, nil,
			[]string{`class="fl fl-embed"`, `<summary>`},
			[]string{notes, list}},
		{"browser builds the notes once unfolded", false, func(r *Reader) { r.notesOpen = true },
			[]string{notes, `open`},
			[]string{list}},
		{"browser builds the list once unfolded", false, func(r *Reader) { r.listOpen = true },
			[]string{list},
			[]string{notes}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := mountEmbed(t, enPage(), tt.server)
			if tt.unfold != nil {
				h.do(func(app.Context) { tt.unfold(&h.Reader) })
			}
			page := app.HTMLString(h)
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %s", w)
				}
			}
			for _, w := range tt.wantNotIn {
				if strings.Contains(page, w) {
					t.Errorf("page holds %s", w)
				}
			}
		})
	}
}

func TestParentOrigin_OffBrowser(t *testing.T) {
	u, _ := url.Parse("/embed/summit?parent=" + url.QueryEscape("https://news.example"))
	if origin, ok := parentOrigin(u); ok {
		t.Errorf("parentOrigin off the browser = %q, true; want no parent", origin)
	}
}
