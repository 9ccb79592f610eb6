//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestReader_Links(t *testing.T) {
	links := func(html string) []string {
		var hrefs []string
		i := strings.Index(html, `<ul class="fl-links">`)
		if i < 0 {
			return nil
		}
		list := html[i : i+strings.Index(html[i:], "</ul>")]
		for _, part := range strings.Split(list, `href="`)[1:] {
			hrefs = append(hrefs, part[:strings.Index(part, `"`)])
		}
		return hrefs
	}
	tests := []struct {
		name   string
		id     string
		embed  bool
		server bool
		want   []string
	}{
		{"prerendered article", "summit", false, true, []string{"/check", "/classroom/summit?teacher=1"}},
		{"browser's article", "summit", false, false, []string{"/check", "/classroom/summit?teacher=1"}},
		{"an id that may not go into a link", `x" onmouseover="alert(1)`, false, true, []string{"/check"}},
		{"embedded reader", "summit", true, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := enPage()
			p.Article.ID = tt.id
			h := mount(t, p, tt.server)
			h.do(func(ctx app.Context) { h.embed = tt.embed })
			if diff := cmp.Diff(tt.want, links(app.HTMLString(h))); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
		})
	}
}
