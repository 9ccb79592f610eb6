//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
)

// spanClaim is a claim on the byte range [start, end) of a layout test's text.
func spanClaim(start, end int) facts.Claim { return facts.Claim{Start: start, End: end} }

func plain(s string) segment             { return segment{text: s, mark: -1} }
func marked(s string, mk int) segment    { return segment{text: s, mark: mk} }
func mk(primary int, claims ...int) mark { return mark{primary: primary, claims: claims} }

var layoutTests = []struct {
	name   string
	text   string
	claims []facts.Claim
	want   layout
}{
	{
		name: "no claims",
		text: "Title\nStand\nBody.",
		want: layout{
			lines:  [][]segment{{plain("Title")}, {plain("Stand")}, {plain("Body.")}},
			markOf: []int{},
		},
	},
	{
		name:   "claim before punctuation",
		text:   "T\nS\nOn Monday, rain.",
		claims: []facts.Claim{spanClaim(4, 13)},
		want: layout{
			lines:  [][]segment{{plain("T")}, {plain("S")}, {marked("On Monday", 0), plain(", rain.")}},
			marks:  []mark{mk(0, 0)},
			markOf: []int{0},
		},
	},
	{
		name:   "nested claim joins the widest",
		text:   "founded on 16 May 2023.",
		claims: []facts.Claim{spanClaim(0, 22), spanClaim(11, 22)},
		want: layout{
			lines:  [][]segment{{marked("founded on 16 May 2023", 0), plain(".")}},
			marks:  []mark{mk(0, 0, 1)},
			markOf: []int{0, 0},
		},
	},
	{
		name:   "widest wins when it starts later",
		text:   "abcdefghij",
		claims: []facts.Claim{spanClaim(0, 3), spanClaim(2, 10)},
		want: layout{
			lines:  [][]segment{{marked("abcdefghij", 0)}},
			marks:  []mark{mk(1, 0, 1)},
			markOf: []int{0, 0},
		},
	},
	{
		name:   "chain of overlaps is one mark",
		text:   "aaaa bbbb cccc dddd",
		claims: []facts.Claim{spanClaim(0, 7), spanClaim(5, 12), spanClaim(10, 14), spanClaim(15, 19)},
		want: layout{
			lines:  [][]segment{{marked("aaaa bbbb cccc", 0), plain(" "), marked("dddd", 1)}},
			marks:  []mark{mk(0, 0, 1, 2), mk(3, 3)},
			markOf: []int{0, 0, 0, 1},
		},
	},
	{
		name:   "adjacent claims stay apart",
		text:   "abcdef",
		claims: []facts.Claim{spanClaim(0, 3), spanClaim(3, 6)},
		want: layout{
			lines:  [][]segment{{marked("abc", 0), marked("def", 1)}},
			marks:  []mark{mk(0, 0), mk(1, 1)},
			markOf: []int{0, 1},
		},
	},
	{
		name:   "unsorted claims",
		text:   "one two",
		claims: []facts.Claim{spanClaim(4, 7), spanClaim(0, 3)},
		want: layout{
			lines:  [][]segment{{marked("one", 0), plain(" "), marked("two", 1)}},
			marks:  []mark{mk(1, 1), mk(0, 0)},
			markOf: []int{1, 0},
		},
	},
	{
		name:   "claim cut at the end of its line",
		text:   "ab\r\ncd\nef",
		claims: []facts.Claim{spanClaim(1, 8), spanClaim(4, 5)},
		want: layout{
			lines:  [][]segment{{plain("a"), marked("b", 0)}, {marked("c", 1), plain("d")}, {plain("ef")}},
			marks:  []mark{mk(0, 0), mk(1, 1)},
			markOf: []int{0, 1},
		},
	},
	{
		name:   "blank lines are skipped",
		text:   "Title\n\n  \nStand\n",
		claims: []facts.Claim{spanClaim(6, 7), spanClaim(10, 15)},
		want: layout{
			lines:  [][]segment{{plain("Title")}, {marked("Stand", 0)}},
			marks:  []mark{mk(1, 1)},
			markOf: []int{-1, 0},
		},
	},
	{
		name: "bad offsets are not placed",
		text: "été",
		// Inside "é", empty, reversed, out of range, negative.
		claims: []facts.Claim{spanClaim(1, 3), spanClaim(2, 2), spanClaim(3, 2), spanClaim(2, 99), spanClaim(-1, 2), spanClaim(0, 2)},
		want: layout{
			lines:  [][]segment{{marked("é", 0), plain("té")}},
			marks:  []mark{mk(5, 5)},
			markOf: []int{-1, -1, -1, -1, -1, 0},
		},
	},
}

func TestNewLayout(t *testing.T) {
	for _, tt := range layoutTests {
		t.Run(tt.name, func(t *testing.T) {
			got := newLayout(tt.text, tt.claims)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(layout{}, segment{}, mark{})); diff != "" {
				t.Errorf("newLayout(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestNewLayout_KeepsText checks that the lines, put back together, are
// the text's non-blank lines, whatever the claims.
func TestNewLayout_KeepsText(t *testing.T) {
	for _, p := range []Page{frPage(), enPage()} {
		l := newLayout(p.Article.Text, p.Report.Claims)
		var got []string
		for _, line := range l.lines {
			s := ""
			for _, seg := range line {
				s += seg.text
			}
			got = append(got, s)
		}
		want := splitLines(p.Article.Text)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("lines of %s (-want +got):\n%s", p.Article.ID, diff)
		}
		for i, m := range l.markOf {
			if m < 0 {
				t.Errorf("%s: claim %d not placed", p.Article.ID, i+1)
			}
		}
	}
}

// splitLines returns the non-blank lines of s, without their "\r".
func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSuffix(l, "\r"); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
