package app

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
	"factlens/facts/kb"
)

// The timeline puts the article's dated claims and the dated facts of the
// knowledge base that its claims cite on one time axis. It is shown twice
// from one placement (newTimeline): as an SVG drawing for the eye, built
// in the browser only, and as an ordered list of buttons in chronological
// order, prerendered too, which keyboard and screen-reader users use.
//
// The drawing is role=img with a summary label (how many items, and that
// the list gives them in order) rather than aria-hidden: role=img makes
// the labels inside it presentational, so that they are not read twice,
// and unlike aria-hidden it survives go-app's server encoding, which
// writes an attribute valued "true" bare (aria-hidden="" does not hide).
// Its points take the pointer only: focusable elements inside an image
// are what axe flags (nested-interactive), and every point has its button
// in the list, which also says, as text, the base's date of a claim it
// disputes.

// Geometry of the drawing, in the units of its viewBox. The width is about
// that of the article column, so that the labels' text (in CSS pixels
// inside the viewBox) reads at about its size on a wide screen.
const (
	tlWidth   = 720.0 // viewBox width
	tlMargin  = 16.0  // left and right margins of the axis
	tlTop     = 8.0   // above the first lane
	tlLaneH   = 22.0  // height of a lane
	tlMarkR   = 6.0   // half the size of a marker
	tlLabelW  = 180.0 // width of a label
	tlGap     = 6.0   // between a marker and its label, and between items of a lane
	tlAxisGap = 8.0   // between the last lane and the axis
	tlBottom  = 26.0  // below the axis: the ticks' labels
	tlMaxTick = 8     // most ticks on the axis
)

// timeline is the placement of a report's dated claims and of the dated
// facts they cite on one axis. The zero timeline has no items: there is
// nothing to show.
type timeline struct {
	items []timelineItem // in chronological order
	links []timelineLink // a disagreeing claim joined to a fact it cites
	ticks []timelineTick // in order along the axis
	lanes int            // number of lanes the items take
}

// timelineItem is a claim or a fact placed on the axis.
type timelineItem struct {
	claim int    // index of the claim; for a fact, of the first claim citing it
	fact  string // id of the fact; "" for a claim
	date  string // TIMEX3 date: a day, a month, a year or START/END

	start, end time.Time // the instants the date covers, end excluded
	x, x2      float64   // x of start and of end, x <= x2
	lane       int       // lane, 0 at the top
	labelLeft  bool      // the label is left of the marker (near the right edge)
}

// timelineLink joins the items at indexes claim and fact of
// timeline.items: a contradicted or imprecise claim and the cited fact
// closest in time, when no cited fact has the claim's date.
type timelineLink struct{ claim, fact int }

// timelineTick is a graduation of the axis: the first day of a year or of
// a month, date its TIMEX3 form ("2024" or "2024-07").
type timelineTick struct {
	x    float64
	date string
}

// isFact reports whether the item is a fact of the knowledge base.
func (it timelineItem) isFact() bool { return it.fact != "" }

// y is the y of the lane's centre line.
func (it timelineItem) y() float64 { return tlTop + (float64(it.lane)+0.5)*tlLaneH }

// height is the height of the drawing.
func (tl timeline) height() float64 { return tl.axisY() + tlBottom }

// axisY is the y of the axis.
func (tl timeline) axisY() float64 { return tlTop + float64(tl.lanes)*tlLaneH + tlAxisGap }

// newTimeline places the dated claims of report and the dated facts of its
// evidence cited by some claim. A date claim is placed when its TIMEX3
// type is DATE; a founding or attendance claim when it gives a date
// (Value); durations, sets, times and claims without a resolvable date
// are not. A timeline with no placed claim is empty: it would say nothing
// of the article.
func newTimeline(report facts.Report) timeline {
	var tl timeline
	citedBy := map[string]int{} // fact id → first claim citing it
	for i, c := range report.Claims {
		for _, id := range c.Facts {
			if _, ok := citedBy[id]; !ok {
				citedBy[id] = i
			}
		}
		date := claimDate(c)
		if start, end, ok := timexSpan(date); ok {
			tl.items = append(tl.items, timelineItem{claim: i, date: date, start: start, end: end})
		}
	}
	if len(tl.items) == 0 {
		return timeline{}
	}
	for id, f := range report.Evidence {
		i, cited := citedBy[id]
		if !cited {
			continue
		}
		if start, end, ok := timexSpan(f.Date); ok {
			tl.items = append(tl.items, timelineItem{claim: i, fact: id, date: f.Date, start: start, end: end})
		}
	}
	slices.SortFunc(tl.items, func(a, b timelineItem) int {
		return cmp.Or(a.start.Compare(b.start), a.end.Compare(b.end),
			cmp.Compare(claimRank(a), claimRank(b)), // a fact before the claims of its date
			cmp.Compare(a.claim, b.claim), strings.Compare(a.fact, b.fact))
	})
	tl.place()
	tl.links = timelineLinks(report, tl.items)
	return tl
}

// claimRank orders a fact (0) before a claim (1).
func claimRank(it timelineItem) int {
	if it.isFact() {
		return 0
	}
	return 1
}

// claimDate is the TIMEX3 date a claim places itself at, or "".
func claimDate(c facts.Claim) string {
	switch c.Kind {
	case facts.KindDate:
		if c.Type == "DATE" {
			return c.Value
		}
	case facts.KindFounding, facts.KindAttendance:
		return c.Value
	}
	return ""
}

// timexSpan returns the instants a TIMEX3 date covers, end excluded: a
// date as [kb.ParseDate] reads it ("2014", "2025-07", "2023-09-16",
// "2025-12-23T08:00"), or an interval START/END of two such dates that
// does not end before it starts. ok is false for anything else.
func timexSpan(s string) (start, end time.Time, ok bool) {
	a, b, interval := strings.Cut(s, "/")
	first, err := kb.ParseDate(a)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	last := first
	if interval {
		if last, err = kb.ParseDate(b); err != nil || last.End().Before(first.End()) {
			return time.Time{}, time.Time{}, false
		}
	}
	return first.Start(), last.End(), true
}

// place sets the x of the items on a linear axis from the earliest start
// to the latest end, with padding, puts items that would overlap (marker,
// range and label) in separate lanes, and chooses the ticks.
func (tl *timeline) place() {
	lo, hi := tl.items[0].start, tl.items[0].end
	for _, it := range tl.items {
		if it.end.After(hi) {
			hi = it.end
		}
	}
	pad := max(hi.Sub(lo)/20, 15*24*time.Hour)
	lo, hi = lo.Add(-pad), hi.Add(pad)
	span := float64(hi.Sub(lo))
	xOf := func(t time.Time) float64 {
		return tlMargin + float64(t.Sub(lo))/span*(tlWidth-2*tlMargin)
	}

	type extent struct {
		item        int
		left, right float64
	}
	ext := make([]extent, len(tl.items))
	for i := range tl.items {
		it := &tl.items[i]
		it.x, it.x2 = xOf(it.start), xOf(it.end)
		right := max(it.x2, it.x+tlMarkR)
		it.labelLeft = right+tlGap+tlLabelW > tlWidth-tlMargin
		if it.labelLeft {
			ext[i] = extent{i, it.x - tlMarkR - tlGap - tlLabelW, right}
		} else {
			ext[i] = extent{i, it.x - tlMarkR, right + tlGap + tlLabelW}
		}
	}
	slices.SortStableFunc(ext, func(a, b extent) int { return cmp.Compare(a.left, b.left) })
	var laneEnd []float64 // right end of the last item of each lane
	for _, e := range ext {
		lane := slices.IndexFunc(laneEnd, func(end float64) bool { return end+tlGap <= e.left })
		if lane < 0 {
			lane = len(laneEnd)
			laneEnd = append(laneEnd, 0)
		}
		laneEnd[lane] = e.right
		tl.items[e.item].lane = lane
	}
	tl.lanes = len(laneEnd)
	tl.ticks = timelineTicks(lo, hi, xOf)
}

// timelineTicks returns the graduations between lo and hi: months, every
// 1, 2, 3 or 6 of them, when at most tlMaxTick fit, else years, every 1,
// 2, 5, 10, 20, 50… of them.
func timelineTicks(lo, hi time.Time, xOf func(time.Time) float64) []timelineTick {
	months := (hi.Year()-lo.Year())*12 + int(hi.Month()-lo.Month())
	for _, step := range []int{1, 2, 3, 6} {
		if months/step <= tlMaxTick {
			t := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
			var ticks []timelineTick
			for ; !t.After(hi); t = t.AddDate(0, 1, 0) {
				if !t.Before(lo) && (int(t.Month())-1)%step == 0 {
					ticks = append(ticks, timelineTick{xOf(t), t.Format("2006-01")})
				}
			}
			return ticks
		}
	}
	step := 1
	for k := 0; (hi.Year()-lo.Year())/step > tlMaxTick; k++ {
		if k%3 == 1 {
			step = step / 2 * 5 // 2 → 5, 20 → 50
		} else {
			step *= 2 // 1 → 2, 5 → 10
		}
	}
	var ticks []timelineTick
	for y := lo.Year() + 1; y <= hi.Year(); y++ {
		if y%step == 0 {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			ticks = append(ticks, timelineTick{xOf(t), strconv.Itoa(y)})
		}
	}
	return ticks
}

// timelineLinks joins each contradicted or imprecise claim to the cited
// fact closest to it in time, unless a cited fact has the claim's very
// dates: then the claim's date is not what the base disputes.
func timelineLinks(report facts.Report, items []timelineItem) []timelineLink {
	factItem := map[string]int{}
	for i, it := range items {
		if it.isFact() {
			factItem[it.fact] = i
		}
	}
	var links []timelineLink
	for i, it := range items {
		if it.isFact() {
			continue
		}
		c := report.Claims[it.claim]
		if v := verdictOf(c.Verdict); v != facts.Contradicted && v != facts.Imprecise {
			continue
		}
		best, agrees := -1, false
		var bestGap time.Duration
		for _, id := range c.Facts {
			j, ok := factItem[id]
			if !ok {
				continue
			}
			f := items[j]
			if f.start.Equal(it.start) && f.end.Equal(it.end) {
				agrees = true
				break
			}
			gap := f.start.Sub(it.start).Abs()
			if best < 0 || gap < bestGap {
				best, bestGap = j, gap
			}
		}
		if !agrees && best >= 0 {
			links = append(links, timelineLink{claim: i, fact: best})
		}
	}
	return links
}

// svgNS is the namespace of the drawing's elements: go-app creates an
// element in it when the element says so (XMLNS).
const svgNS = "http://www.w3.org/2000/svg"

// svgElem returns an SVG element. Its attributes must be numbers or the
// reader's own names: go-app does not escape attribute values in the
// prerender.
func svgElem(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// svgNum formats a coordinate for an attribute.
func svgNum(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// renderTimeline is the timeline beside the reader: the knowledge base's
// events the article's claims touch and the article's dated claims, on
// one time axis, then the same in a list. In an embedded reader it is
// folded.
func (r *Reader) renderTimeline() app.UI {
	if !r.server && !r.late.built {
		return nil // the browser builds it late (late.go)
	}
	tl := newTimeline(r.Page.Report)
	if len(tl.items) == 0 {
		return nil
	}
	m := r.msg()
	body := []app.UI{
		app.P().Class("fl-tl-intro").Text(m.tlIntro),
		// The prerender writes no foreign (SVG) element, a rule of the
		// host's injection checks; without the client, the list says
		// all the drawing would.
		app.If(!r.server, func() app.UI { return r.renderTimelineDrawing(tl) }),
		r.renderTimelineList(tl),
	}
	if r.embed {
		// Always built: the timeline is small, and a <details> keeps the
		// state the reader opens it in through go-app's updates.
		return app.Details().Class("fl-fold", "fl-timeline", "fl-tl-fold").Body(
			append([]app.UI{app.Summary().Text(m.timeline + " (" + strconv.Itoa(len(tl.items)) + ")")}, body...)...,
		)
	}
	return app.Section().Class("fl-timeline").Aria("labelledby", timelineTitleID).Body(
		append([]app.UI{app.H2().ID(timelineTitleID).Text(m.timeline)}, body...)...,
	)
}

// timelineTitleID is the id of the timeline's heading.
const timelineTitleID = "timeline-title"

// renderTimelineDrawing is the SVG: grid lines and ticks, the axis, the
// links between disagreeing claims and facts, then the items, each a
// marker (its shape says fact or verdict), a bar for a date longer than a
// day, and a label. A click on an item opens the card of its claim.
func (r *Reader) renderTimelineDrawing(tl timeline) app.UI {
	m := r.msg()
	axis := tl.axisY()
	parts := make([]app.UI, 0, 2*len(tl.ticks)+1+len(tl.links)+len(tl.items))
	for _, tk := range tl.ticks {
		parts = append(parts,
			svgElem("line").Class("fl-tl-grid").Attr("x1", svgNum(tk.x)).Attr("x2", svgNum(tk.x)).
				Attr("y1", svgNum(tlTop)).Attr("y2", svgNum(axis+4)),
			svgElem("text").Class("fl-tl-tick").Attr("x", svgNum(tk.x)).Attr("y", svgNum(axis+18)).
				Attr("text-anchor", "middle").Text(m.tickLabel(tk.date)),
		)
	}
	parts = append(parts, svgElem("line").Class("fl-tl-axis").
		Attr("x1", svgNum(tlMargin)).Attr("x2", svgNum(tlWidth-tlMargin)).Attr("y1", svgNum(axis)).Attr("y2", svgNum(axis)))
	for _, l := range tl.links {
		c, f := tl.items[l.claim], tl.items[l.fact]
		parts = append(parts, svgElem("line").Class("fl-tl-link", verdictClass(r.claim(c.claim).Verdict)).
			Attr("x1", svgNum(c.x)).Attr("y1", svgNum(c.y())).Attr("x2", svgNum(f.x)).Attr("y2", svgNum(f.y())))
	}
	for _, it := range tl.items {
		parts = append(parts, r.renderTimelinePoint(it))
	}
	return svgElem("svg").Class("fl-tl-svg").
		Attr("viewBox", "0 0 "+svgNum(tlWidth)+" "+svgNum(tl.height())).
		Role("img").Aria("label", fmt.Sprintf(m.tlSummary, len(tl.items))).Attr("focusable", "false").
		Body(parts...)
}

// timelineScope is the event scope of a timeline entry that opens the
// card of claim i. go-app keeps an element's first handler while its
// scope is the same, so the scope names the claim the handler opens, not
// the entry's place: after a new report, the entry at a place may open
// another claim.
func timelineScope(i int) app.EventOption { return app.EventScope("tl-" + strconv.Itoa(i)) }

// renderTimelinePoint is an item of the drawing.
func (r *Reader) renderTimelinePoint(it timelineItem) app.UI {
	x, y := it.x, it.y()
	class := "fl-tl-fact"
	if !it.isFact() {
		class = verdictClass(r.claim(it.claim).Verdict)
	}
	var bar app.UI
	if it.x2-it.x >= 2 {
		bar = svgElem("rect").Class("fl-tl-range").Attr("x", svgNum(x)).Attr("y", svgNum(y-2)).
			Attr("width", svgNum(it.x2-it.x)).Attr("height", "4")
	}
	lx := max(it.x2, x+tlMarkR) + tlGap
	labelClass := "fl-tl-label"
	if it.labelLeft {
		lx = x - tlMarkR - tlGap - tlLabelW
		labelClass += " fl-tl-label-left"
	}
	text, lang := r.timelineLabel(it)
	label := app.Div().Class(labelClass).Text(text)
	if lang != "" {
		label.Lang(lang)
	}
	claim := it.claim
	return svgElem("g").Class("fl-tl-pt", class).
		OnClick(func(ctx app.Context, e app.Event) { r.openCard(ctx, claim) }, timelineScope(claim)).
		Body(
			bar,
			timelineMarker(class, x, y),
			svgElem("foreignObject").Attr("x", svgNum(lx)).Attr("y", svgNum(y-tlLaneH/2)).
				Attr("width", svgNum(tlLabelW)).Attr("height", svgNum(tlLaneH)).
				Body(label),
		)
}

// timelineMarker is the marker of an item at (x, y), its shape chosen by
// its class (a verdict's, or fl-tl-fact), so that colour is never the only
// cue: a circle for supported, a diamond for imprecise, a cross for
// contradicted, a hollow square for unverified, a triangle for a fact.
func timelineMarker(class string, x, y float64) app.UI {
	s := tlMarkR
	p := func(pts ...float64) string {
		var b strings.Builder
		for i := 0; i < len(pts); i += 2 {
			if i == 0 {
				b.WriteString("M")
			} else {
				b.WriteString(" L")
			}
			b.WriteString(svgNum(x+pts[i]) + " " + svgNum(y+pts[i+1]))
		}
		return b.String() + " Z"
	}
	switch class {
	case "v-supported":
		return svgElem("circle").Class("fl-tl-mark").Attr("cx", svgNum(x)).Attr("cy", svgNum(y)).Attr("r", svgNum(s-0.5))
	case "v-imprecise":
		return svgElem("path").Class("fl-tl-mark").Attr("d", p(0, -s, s, 0, 0, s, -s, 0))
	case "v-contradicted":
		d := s - 1
		return svgElem("path").Class("fl-tl-mark", "fl-tl-cross").Attr("d",
			"M"+svgNum(x-d)+" "+svgNum(y-d)+" L"+svgNum(x+d)+" "+svgNum(y+d)+" M"+svgNum(x+d)+" "+svgNum(y-d)+" L"+svgNum(x-d)+" "+svgNum(y+d))
	case "fl-tl-fact":
		return svgElem("path").Class("fl-tl-mark").Attr("d", p(0, -s, s, s-1, -s, s-1))
	}
	return svgElem("rect").Class("fl-tl-mark").Attr("x", svgNum(x-s+1)).Attr("y", svgNum(y-s+1)).
		Attr("width", svgNum(2*s-2)).Attr("height", svgNum(2*s-2))
}

// timelineLabel is the label of an item, with its language when the
// reader knows it: a fact's statement (see statement), or the claim as
// the article words it.
func (r *Reader) timelineLabel(it timelineItem) (text, lang string) {
	if it.isFact() {
		return r.statement(r.Page.Report.Evidence[it.fact])
	}
	return r.claim(it.claim).Text, knownLang(r.Page.Article.Lang)
}

// renderTimelineList is the timeline as an ordered list, in chronological
// order: each item a button with its date, its verdict (or "fact") and its
// label in full, that opens the card of its claim. A claim joined to a
// fact in the drawing also gives the fact's date.
func (r *Reader) renderTimelineList(tl timeline) app.UI {
	m := r.msg()
	linked := map[int]int{}
	for _, l := range tl.links {
		linked[l.claim] = l.fact
	}
	return app.Ol().Class("fl-tl-list").Body(app.Range(tl.items).Slice(func(k int) app.UI {
		it := tl.items[k]
		var what app.UI
		if it.isFact() {
			what = app.Span().Class("badge", "fl-tl-fact").Text(m.tlFact)
		} else {
			v := r.claim(it.claim).Verdict
			what = app.Span().Class("badge", verdictClass(v)).Text(m.verdict(v))
		}
		text, lang := r.timelineLabel(it)
		label := app.Span().Class("fl-tl-text").Text(text)
		if lang != "" {
			label.Lang(lang)
		}
		parts := []app.UI{
			app.Span().Class("fl-tl-date").Text(m.date(it.date)), app.Text(" "),
			what, app.Text(" "),
			label,
		}
		if f, ok := linked[k]; ok {
			parts = append(parts, app.Text(" "),
				app.Span().Class("fl-meta").Text("("+fmt.Sprintf(m.tlBaseDate, m.date(tl.items[f].date))+")"))
		}
		claim := it.claim
		return app.Li().Body(
			r.button("fl-tl-entry").
				OnClick(func(ctx app.Context, e app.Event) { r.openCard(ctx, claim) }, timelineScope(claim)).
				Body(parts...),
		)
	}))
}

// tickLabel is the label of a tick: a year as is, a month by its short
// name and its year ("juil. 2024").
func (m *messages) tickLabel(date string) string {
	t, err := time.Parse("2006-01", date)
	if err != nil {
		return date
	}
	return m.monthsShort[t.Month()-1] + " " + strconv.Itoa(t.Year())
}
