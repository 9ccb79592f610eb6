//go:build !wasm

package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// dated returns c with a TIMEX3 type and value.
func dated(c facts.Claim, typ, value string) facts.Claim {
	c.Type, c.Value = typ, value
	return c
}

// fact returns a fact of the given id and date.
func fact(id, date string) facts.Fact {
	return facts.Fact{ID: id, Date: date, Statement: map[string]string{"fr": "fait " + id, "en": "fact " + id}}
}

// report returns a report of claims (numbered) and facts.
func report(claims []facts.Claim, fs ...facts.Fact) facts.Report {
	ev := map[string]facts.Fact{}
	for _, f := range fs {
		ev[f.ID] = f
	}
	return facts.Report{Lang: "fr", Claims: numbered(claims...), Evidence: ev}
}

// c is a claim of kind k and verdict v on text, citing factIDs.
func c(text string, k facts.Kind, v facts.Verdict, factIDs ...string) facts.Claim {
	return claim(text, text, k, v, factIDs...)
}

// placed is what the placement tests compare of an item: the claim it
// opens, its fact ("" for a claim) and its date.
type placed struct {
	Claim int
	Fact  string
	Date  string
}

// placedOf returns what the placement tests compare of tl's items.
func placedOf(tl timeline) []placed {
	var out []placed
	for _, it := range tl.items {
		out = append(out, placed{it.claim, it.fact, it.date})
	}
	return out
}

// linksOf names the links "claim date -> fact id".
func linksOf(tl timeline) []string {
	var out []string
	for _, l := range tl.links {
		out = append(out, tl.items[l.claim].date+" -> "+tl.items[l.fact].fact)
	}
	return out
}

func TestNewTimeline(t *testing.T) {
	for _, tt := range []struct {
		name      string
		report    facts.Report
		want      []placed
		wantLinks []string
	}{
		{
			name:   "empty report",
			report: facts.Report{},
		},
		{
			name: "undated claims are left out",
			report: report([]facts.Claim{
				dated(c("un an", facts.KindDate, facts.Supported), "DURATION", "P1Y"),
				dated(c("chaque mardi", facts.KindDate, facts.Unverified), "SET", "XXXX-WXX-2"),
				dated(c("mardi", facts.KindDate, facts.Unverified), "DATE", "XXXX-WXX-2"),
				dated(c("à 8 h", facts.KindDate, facts.Unverified), "TIME", "2025-12-23T08:00"),
				c("fondée", facts.KindFounding, facts.Supported, "f1"),
				dated(c("le 31 février", facts.KindDate, facts.Unverified), "DATE", "2025-02-31"),
			}, fact("f1", "2023-09-16")),
		},
		{
			name: "facts alone make no timeline",
			report: report([]facts.Claim{
				c("était présent", facts.KindAttendance, facts.Supported, "f1"),
			}, fact("f1", "2023-09-16")),
		},
		{
			name: "day month year and interval in chronological order",
			report: report([]facts.Claim{
				dated(c("les 20 et 21 décembre", facts.KindDate, facts.Supported), "DATE", "2025-12-20/2025-12-21"),
				dated(c("septembre 2023", facts.KindDate, facts.Supported), "DATE", "2023-09"),
				dated(c("le 16 septembre 2023", facts.KindDate, facts.Supported), "DATE", "2023-09-16"),
				dated(c("en 2023", facts.KindDate, facts.Supported), "DATE", "2023"),
			}),
			want: []placed{{3, "", "2023"}, {1, "", "2023-09"}, {2, "", "2023-09-16"}, {0, "", "2025-12-20/2025-12-21"}},
		},
		{
			name: "cited facts with the first claim citing them",
			report: report([]facts.Claim{
				c("réunissant", facts.KindAttendance, facts.Supported, "summit", "coup"),
				dated(c("formée en 2023", facts.KindFounding, facts.Supported, "charter", "summit"), "", "2023-09"),
			}, fact("summit", "2025-12-22/2025-12-23"), fact("coup", "2021-05-24"), fact("charter", "2023-09-16"),
				fact("uncited", "2022-01-01"), fact("timeless", ""), fact("bad", "2023-9-16")),
			want: []placed{{0, "coup", "2021-05-24"}, {1, "", "2023-09"}, {1, "charter", "2023-09-16"}, {0, "summit", "2025-12-22/2025-12-23"}},
		},
		{
			name: "a fact comes before the claims of its date",
			report: report([]facts.Claim{
				dated(c("le 16 septembre 2023", facts.KindDate, facts.Supported, "f"), "DATE", "2023-09-16"),
			}, fact("f", "2023-09-16")),
			want: []placed{{0, "f", "2023-09-16"}, {0, "", "2023-09-16"}},
		},
		{
			name: "a contradicted claim is joined to the nearest fact it cites",
			report: report([]facts.Claim{
				dated(c("promue en juillet 2025", facts.KindFounding, facts.Contradicted, "old", "treaty"), "", "2025-07"),
			}, fact("treaty", "2024-07-06"), fact("old", "2021-05-24")),
			want:      []placed{{0, "old", "2021-05-24"}, {0, "treaty", "2024-07-06"}, {0, "", "2025-07"}},
			wantLinks: []string{"2025-07 -> treaty"},
		},
		{
			name: "an imprecise claim rounded off is joined to its fact",
			report: report([]facts.Claim{
				dated(c("en 2023", facts.KindDate, facts.Imprecise, "f"), "DATE", "2023"),
			}, fact("f", "2023-09-16")),
			want:      []placed{{0, "", "2023"}, {0, "f", "2023-09-16"}},
			wantLinks: []string{"2023 -> f"},
		},
		{
			name: "no link when a cited fact has the claim's date or the claim is supported",
			report: report([]facts.Claim{
				dated(c("le 22 décembre", facts.KindAttendance, facts.Imprecise, "coup", "arrival"), "", "2025-12-22"),
				dated(c("en 2021", facts.KindDate, facts.Supported, "coup"), "DATE", "2021"),
			}, fact("coup", "2021-05-24"), fact("arrival", "2025-12-22")),
			want: []placed{{1, "", "2021"}, {0, "coup", "2021-05-24"}, {0, "arrival", "2025-12-22"}, {0, "", "2025-12-22"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := newTimeline(tt.report)
			if diff := cmp.Diff(tt.want, placedOf(tl)); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantLinks, linksOf(tl)); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
			checkGeometry(t, tl)
		})
	}
}

// checkGeometry fails the test when an item or a tick is off the axis, x
// does not grow with time, or two items of a lane overlap.
func checkGeometry(t *testing.T, tl timeline) {
	t.Helper()
	lo, hi := tlMargin, tlWidth-tlMargin
	for i, it := range tl.items {
		if it.x < lo || it.x2 > hi || it.x > it.x2 {
			t.Errorf("item %d (%s) at x %v..%v, want within %v..%v", i, it.date, it.x, it.x2, lo, hi)
		}
		if it.lane < 0 || it.lane >= tl.lanes {
			t.Errorf("item %d in lane %d of %d", i, it.lane, tl.lanes)
		}
		if i > 0 && it.x < tl.items[i-1].x {
			t.Errorf("item %d (%s) left of item %d (%s)", i, it.date, i-1, tl.items[i-1].date)
		}
		for j := range i {
			o := tl.items[j]
			if o.lane != it.lane {
				continue
			}
			if a, b := extentOf(o), extentOf(it); a[0] < b[1] && b[0] < a[1] {
				t.Errorf("items %d (%s) and %d (%s) overlap in lane %d", j, o.date, i, it.date, it.lane)
			}
		}
	}
	if len(tl.items) > 0 && (len(tl.ticks) == 0 || len(tl.ticks) > tlMaxTick+1) {
		t.Errorf("%d ticks, want 1 to %d", len(tl.ticks), tlMaxTick+1)
	}
	for i, tk := range tl.ticks {
		if tk.x < lo || tk.x > hi || (i > 0 && tk.x <= tl.ticks[i-1].x) {
			t.Errorf("tick %d (%s) at x %v: off the axis or out of order", i, tk.date, tk.x)
		}
	}
}

// extentOf is the horizontal extent of an item with its label.
func extentOf(it timelineItem) [2]float64 {
	right := max(it.x2, it.x+tlMarkR)
	if it.labelLeft {
		return [2]float64{it.x - tlMarkR - tlGap - tlLabelW, right}
	}
	return [2]float64{it.x - tlMarkR, right + tlGap + tlLabelW}
}

// timelineOfDates is the timeline of supported date claims, one a TIMEX3
// date of values.
func timelineOfDates(values []string) timeline {
	var claims []facts.Claim
	for _, v := range values {
		claims = append(claims, dated(c(v, facts.KindDate, facts.Supported), "DATE", v))
	}
	return newTimeline(report(claims))
}

func TestNewTimeline_Lanes(t *testing.T) {
	for _, tt := range []struct {
		name      string
		values    []string
		wantLanes []int
		wantLeft  []bool
	}{
		{"far apart share a lane", []string{"2000-01-01", "2009-01-01", "2025-12-01"}, []int{0, 0, 0}, []bool{false, false, true}},
		{"same day in separate lanes", []string{"2024-07-06", "2024-07-06", "2024-07-06"}, []int{0, 1, 2}, []bool{false, false, false}},
		{"near ones in separate lanes", []string{"2020-01", "2020-03", "2025-01"}, []int{0, 1, 0}, []bool{false, false, true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := timelineOfDates(tt.values)
			var lanes []int
			var left []bool
			for _, it := range tl.items {
				lanes = append(lanes, it.lane)
				left = append(left, it.labelLeft)
			}
			if diff := cmp.Diff(tt.wantLanes, lanes); diff != "" {
				t.Errorf("lanes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantLeft, left); diff != "" {
				t.Errorf("labels on the left (-want +got):\n%s", diff)
			}
			checkGeometry(t, tl)
		})
	}
}

func TestNewTimeline_Ticks(t *testing.T) {
	for _, tt := range []struct {
		name   string
		values []string
		want   []string
	}{
		{"one day: months", []string{"2024-07-06"}, []string{"2024-07"}},
		{"a few months: every month", []string{"2024-03-10", "2024-07-06"}, []string{"2024-03", "2024-04", "2024-05", "2024-06", "2024-07"}},
		{"a year: every other month", []string{"2024-01-15", "2024-12-10"}, []string{"2024-01", "2024-03", "2024-05", "2024-07", "2024-09", "2024-11"}},
		{"two years: every quarter", []string{"2023-03", "2024-11"}, []string{"2023-04", "2023-07", "2023-10", "2024-01", "2024-04", "2024-07", "2024-10", "2025-01"}},
		{"five years: years", []string{"2021-05-24", "2025-12-23"}, []string{"2022", "2023", "2024", "2025", "2026"}},
		{"a century: every 20 years", []string{"1914", "2014"}, []string{"1920", "1940", "1960", "1980", "2000", "2020"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl := timelineOfDates(tt.values)
			var got []string
			for _, tk := range tl.ticks {
				got = append(got, tk.date)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ticks (-want +got):\n%s", diff)
			}
			checkGeometry(t, tl)
		})
	}
}

// timelinePage is the French fixture with dated claims: the founding
// date (a fact and a claim), a contradicted founding claim and an
// imprecise date joined to the treaty, a future year, and an undated day
// of the week.
func timelinePage() Page {
	p := frPage()
	cs := p.Report.Claims
	cs[1] = dated(cs[1], "DATE", "2023-09-16")
	cs[2] = dated(cs[2], "DATE", "2024-07")
	cs[3].Value = "2024-06"
	cs[5] = dated(cs[5], "DATE", "XXXX-WXX-2")
	cs[6] = dated(cs[6], "DATE", "2026")
	return p
}

// timelineAt returns the path of the reader's timeline, a child of its
// root (the browser's) or of the <noscript> element there (the server's,
// late.go), or fails the test.
func timelineAt(t *testing.T, h *testHost, want app.UI) []int {
	t.Helper()
	for i := range 10 {
		path := []int{0, i}
		if h.server {
			if app.Match(app.NoScript().Class(lateClass), h, path...) != nil {
				continue
			}
			path = at(path, 0)
		}
		if app.Match(want, h, path...) == nil {
			return path
		}
	}
	t.Fatalf("no timeline in the reader:\n%s", app.HTMLString(h))
	return nil
}

func TestReader_Timeline(t *testing.T) {
	for _, server := range []bool{false, true} {
		t.Run(fmt.Sprintf("server %v", server), func(t *testing.T) {
			h := mount(t, timelinePage(), server)
			if !server {
				if strings.Contains(app.HTMLString(h), "<svg") {
					t.Errorf("the browser's first render holds the drawing")
				}
				h.do(func(app.Context) { h.late.built = true }) // late.go
			}
			tl := timelineAt(t, h, app.Section().Class("fl-timeline").Aria("labelledby", timelineTitleID))
			match(t, app.H2().ID(timelineTitleID), h, at(tl, 0)...)
			match(t, app.Text("Chronologie"), h, at(tl, 0, 0)...)
			// The drawing is the browser's only, built late: the
			// prerender writes no SVG.
			list := at(tl, 2)
			if !server {
				match(t, app.Elem("svg").Class("fl-tl-svg").Attr("viewBox", "0 0 720.0 "+svgNum(newTimeline(h.Page.Report).height())).
					Role("img").Aria("label", "Frise chronologique de 6 éléments, donnés dans l’ordre par la liste qui suit.").
					Attr("focusable", "false"), h, at(tl, 2)...)
				list = at(tl, 3)
			} else if strings.Contains(app.HTMLString(h), "<svg") {
				t.Errorf("the prerender holds an SVG")
			}

			// The list, in chronological order: date, badge, label, and
			// for a claim joined to a fact, the base's date.
			match(t, app.Ol().Class("fl-tl-list"), h, list...)
			rows := []struct{ date, badge, label, base string }{
				{"16 septembre 2023", "Fait de la base", "La charte du Liptako-Gourma crée l’alliance.", ""},
				{"16 septembre 2023", "Confirmé", "16 septembre 2023", ""},
				{"juin 2024", "Contredit", "la confédération a été créée à Niamey", "(la base : 6 juillet 2024)"},
				{"juillet 2024", "Imprécis", "Le 6 juillet 2024", "(la base : 6 juillet 2024)"},
				{"6 juillet 2024", "Fait de la base", "Le traité de confédération est signé à Niamey.", ""},
				{"2026", "Non vérifié", "en 2026", ""},
			}
			for k, row := range rows {
				button := app.Elem("button").Attr("type", "button").Class("fl-tl-entry").OnClick(noop)
				if server {
					button.Attr("disabled", true)
				}
				match(t, button, h, at(list, k, 0)...)
				match(t, app.Text(row.date), h, at(list, k, 0, 0, 0)...)
				match(t, app.Text(row.badge), h, at(list, k, 0, 2, 0)...)
				match(t, app.Text(row.label), h, at(list, k, 0, 4, 0)...)
				if row.base != "" {
					match(t, app.Text(row.base), h, at(list, k, 0, 6, 0)...)
				} else if app.Match(app.Text(""), h, at(list, k, 0, 5)...) == nil {
					t.Errorf("row %d has more than its label", k)
				}
			}
			if app.Match(app.Li(), h, at(list, len(rows))...) == nil {
				t.Errorf("the list has more than %d rows", len(rows))
			}

			if server {
				return
			}
			// The drawing: grid and ticks, the axis, two links, then the
			// points, each with a click handler and its verdict's class.
			d := newTimeline(h.Page.Report)
			first := 2*len(d.ticks) + 1
			match(t, app.Elem("line").Class("fl-tl-link", "v-contradicted").
				Attr("x1", svgNum(d.items[2].x)).Attr("y1", svgNum(d.items[2].y())).
				Attr("x2", svgNum(d.items[4].x)).Attr("y2", svgNum(d.items[4].y())), h, at(tl, 2, first)...)
			for k, class := range []string{"fl-tl-fact", "v-supported", "v-contradicted", "v-imprecise", "fl-tl-fact", "v-unverified"} {
				match(t, app.Elem("g").Class("fl-tl-pt", class).OnClick(noop), h, at(tl, 2, first+len(d.links)+k)...)
			}
		})
	}
}

// TestReader_TimelineDrawingIsSVG checks the drawing's namespace, which
// makes the browser create SVG elements (createElementNS) rather than
// unknown HTML ones.
func TestReader_TimelineDrawingIsSVG(t *testing.T) {
	h := mount(t, timelinePage(), false)
	d, ok := h.renderTimelineDrawing(newTimeline(h.Page.Report)).(app.HTML)
	if !ok {
		t.Fatalf("the drawing is not an element")
	}
	if d.Tag() != "svg" || d.XMLNamespace() != svgNS {
		t.Errorf("drawing is <%s> in namespace %q, want <svg> in %q", d.Tag(), d.XMLNamespace(), svgNS)
	}
	if ns := svgElem("line").XMLNamespace(); ns != svgNS {
		t.Errorf("svgElem makes elements in namespace %q, want %q", ns, svgNS)
	}
}

func TestReader_TimelineOpensCards(t *testing.T) {
	h := mount(t, timelinePage(), false)
	tl := newTimeline(h.Page.Report)
	for k, want := range []string{"Affirmation 1 · Fondation", "Affirmation 2 · Date", "Affirmation 4 · Fondation",
		"Affirmation 3 · Date", "Affirmation 3 · Date", "Affirmation 7 · Date"} {
		h.do(func(ctx app.Context) { h.openCard(ctx, tl.items[k].claim) })
		match(t, app.Text(want), h, at(pathCard, 0, 0, 0)...)
	}
}

func TestReader_TimelineEmbedded(t *testing.T) {
	h := &testHost{Reader: Reader{Page: timelinePage(), embed: true}}
	h.engine = app.NewTestEngine()
	if err := h.engine.Load(h); err != nil {
		t.Fatalf("Load: %v", err)
	}
	h.engine.ConsumeAll()
	h.do(func(app.Context) { h.late.built = true }) // late.go
	tl := timelineAt(t, h, app.Details().Class("fl-fold", "fl-timeline", "fl-tl-fold"))
	match(t, app.Text("Chronologie (6)"), h, at(tl, 0, 0)...)
	match(t, app.Ol().Class("fl-tl-list"), h, at(tl, 3)...)
}

func TestReader_TimelineAbsent(t *testing.T) {
	for name, p := range map[string]Page{"no dated claim": frPage(), "empty report": {Article: frPage().Article}} {
		t.Run(name, func(t *testing.T) {
			h := mount(t, p, true)
			if html := app.HTMLString(h); strings.Contains(html, "fl-timeline") {
				t.Errorf("a timeline is shown")
			}
		})
	}
}

// TestReader_TimelineText checks that what the article and the facts say
// reaches the timeline as text only: never as markup, never in an
// attribute of the prerender.
func TestReader_TimelineText(t *testing.T) {
	p := timelinePage()
	f := p.Report.Evidence["aes-founded"]
	f.Statement = map[string]string{"fr": `<img src=x onerror="alert(1)"> & "quote"`}
	p.Report.Evidence["aes-founded"] = f
	for _, server := range []bool{false, true} {
		h := mount(t, p, server)
		if !server {
			h.do(func(app.Context) { h.late.built = true }) // late.go
		}
		html := app.HTMLString(h)
		start := strings.Index(html, `class="fl-timeline"`)
		if start < 0 {
			t.Fatalf("no timeline in:\n%s", html)
		}
		end := strings.Index(html[start:], "</section>")
		if end < 0 {
			t.Fatalf("no end to the timeline in:\n%s", html[start:])
		}
		section := html[start : start+end]
		if strings.Contains(section, "<img") {
			t.Errorf("server %v: a fact's statement became markup:\n%s", server, section)
		}
		// In the list, and in the drawing's label.
		want := 1
		if !server {
			want = 2
		}
		if n := strings.Count(section, "&lt;img src=x onerror="); n != want {
			t.Errorf("server %v: the statement is shown %d times as text, want %d:\n%s", server, n, want, section)
		}
	}
}
