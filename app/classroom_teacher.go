package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// The teacher view of a classroom (?teacher=1): the normal reader, plus
// the builder of the students' link (which kinds of claims they classify,
// whether a reason is required) and a printable answer sheet.

// pick returns the settings the teacher chose for the students' link, and
// false when no kind is chosen.
func (c *classroom) pick() (ClassSettings, bool) {
	s := ClassSettings{RequireReason: c.requireReason, Kinds: []facts.Kind{}}
	for _, k := range kindOrder {
		if !c.leaveOut[k] {
			s.Kinds = append(s.Kinds, k)
		}
	}
	return s, len(s.Kinds) > 0
}

// renderTeacher is the teacher's part: the students' link and the
// answer sheet.
func (r *Reader) renderTeacher() app.UI {
	cm := &r.msg().class
	return app.Section().ID("teacher").Class("fl-teach").Aria("labelledby", "teach-title").Body(
		app.H2().ID("teach-title").Text(cm.teacher),
		r.renderShare(),
		r.renderSheet(),
	)
}

// renderShare is the builder of the students' link: the kinds of claims
// they classify, whether reasons are required, and the link with a copy
// button.
func (r *Reader) renderShare() app.UI {
	m := r.msg()
	cm := &m.class
	c := r.class
	_, ok := c.pick()
	link := r.shareLink()
	counts := map[facts.Kind]int{}
	for _, cl := range r.Page.Report.Claims {
		counts[cl.Kind]++
	}
	// The handler reads the link when clicked: go-app keeps the first
	// closure of an unscoped handler, which would copy the first link.
	copyButton := r.button("fl-btn").ID("class-copy").
		OnClick(func(ctx app.Context, e app.Event) { r.copyLink(ctx, r.shareLink()) }).
		Text(cm.copy)
	if link == "" {
		copyButton.Attr("disabled", true)
	}
	return app.Div().Class("fl-share").Role("group").Aria("labelledby", "share-title").Body(
		app.H3().ID("share-title").Text(cm.share),
		app.FieldSet().Body(
			app.Legend().Text(cm.shareKinds),
			app.Range(kindOrder).Slice(func(k int) app.UI {
				kind := kindOrder[k]
				return app.Label().Class("fl-check").Body(
					r.checkbox(!c.leaveOut[kind]).ID("share-%s", kind).
						OnChange(func(ctx app.Context, e app.Event) { r.toggleShareKind(kind) }, app.EventScope(kindClass(kind))),
					app.Span().Text(m.kindFilters[kind]+" ("+strconv.Itoa(counts[kind])+")"),
				)
			}),
		),
		app.Label().Class("fl-check").Body(
			r.checkbox(c.requireReason).ID("share-reason").
				OnChange(func(ctx app.Context, e app.Event) { r.class.requireReason = !r.class.requireReason }),
			app.Span().Text(cm.shareReason),
		),
		app.Div().Class("fl-link-row").Body(
			app.Label().For(classLinkID).Text(cm.shareLink),
			app.Input().Type("text").ID(classLinkID).ReadOnly(true).Value(link),
			copyButton,
		),
		app.If(!ok, func() app.UI { return app.P().Class("fl-hint").Text(cm.shareNone) }),
	)
}

// shareLink returns the students' link with the settings the teacher
// chose, absolute in the browser, or "" when no kind is chosen or the
// article cannot be linked to.
func (r *Reader) shareLink() string {
	settings, ok := r.class.pick()
	if !ok {
		return ""
	}
	l, err := ClassroomLink(r.Page.Article, settings)
	if err != nil {
		app.Log("factlens: classroom link:", err)
		return ""
	}
	return r.class.origin + l
}

// toggleShareKind adds kind k to the students' link, or takes it out.
// (The handlers use r.class, never a copy of it: go-app keeps the first
// closure of a handler while its scope is the same.)
func (r *Reader) toggleShareKind(k facts.Kind) { r.class.leaveOut[k] = !r.class.leaveOut[k] }

// checkbox is a checkbox of the teacher's form, disabled in the
// prerender like the reader's buttons. go-app's server writes
// checked="false" for Checked(false), which HTML reads as checked: the
// server leaves it out.
func (r *Reader) checkbox(on bool) app.HTMLInput {
	in := app.Input().Type("checkbox")
	if on || !r.server {
		in = in.Checked(on)
	}
	if r.server {
		in = in.Disabled(true)
	}
	return in
}

// copyLink copies the students' link to the clipboard, or selects it for
// the teacher to copy when the browser does not let the page write there.
func (r *Reader) copyLink(ctx app.Context, link string) {
	cm := &r.msg().class
	fallback := func(ctx app.Context) {
		r.announce = cm.copyFallback
		withElement(ctx, classLinkID, func(el app.Value) {
			el.Call("focus")
			el.Call("select")
		})
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if link == "" || !clip.Truthy() {
		fallback(ctx)
		return
	}
	var ok, fail app.Func
	settle := func(h func(app.Context)) app.Func {
		return app.FuncOf(func(app.Value, []app.Value) any {
			ok.Release()
			fail.Release()
			ctx.Dispatch(h)
			return nil
		})
	}
	ok = settle(func(app.Context) { r.announce = cm.copied })
	fail = settle(fallback)
	clip.Call("writeText", link).Call("then", ok, fail)
}

// renderSheet is the teacher's answer sheet: the claims of the chosen
// kinds, numbered as the students see them, with kind, verdict,
// explanation and sources. It is what the teacher's page prints.
func (r *Reader) renderSheet() app.UI {
	m := r.msg()
	cm := &m.class
	settings, _ := r.class.pick()
	var rows []int
	for i, c := range r.Page.Report.Claims {
		if settings.Includes(c.Kind) && len(settings.Kinds) > 0 {
			rows = append(rows, i)
		}
	}
	return app.Div().Class("fl-sheet").Role("group").Aria("labelledby", "sheet-title").Body(
		app.H3().ID("sheet-title").Text(cm.sheet),
		r.button("fl-btn").ID("class-print").
			OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }).
			Text(cm.print),
		app.Table().Class("fl-table", "fl-sheet-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(cm.sheetN),
				app.Th().Scope("col").Text(cm.sheetClaim),
				app.Th().Scope("col").Text(cm.scoreKind),
				app.Th().Scope("col").Text(cm.sheetVerdict),
				app.Th().Scope("col").Text(cm.sheetExpl),
				app.Th().Scope("col").Text(m.sources),
			)),
			app.TBody().Body(app.Range(rows).Slice(func(k int) app.UI {
				i := rows[k]
				c := r.claim(i)
				return app.Tr().Body(
					app.Td().Text(strconv.Itoa(k+1)),
					app.Td().Body(r.quote(c)),
					app.Td().Text(m.kind(c.Kind)),
					app.Td().Body(app.Span().Class("badge", verdictClass(c.Verdict)).Text(m.verdict(c.Verdict))),
					app.Td().Text(c.Explanation),
					app.Td().Body(r.renderClaimSources(c)),
				)
			})),
		),
	)
}

// renderClaimSources lists the sources of the facts claim c rests on,
// each once.
func (r *Reader) renderClaimSources(c *facts.Claim) app.UI {
	var srcs []facts.Source
	seen := map[facts.Source]bool{}
	for _, id := range c.Facts {
		for _, s := range r.Page.Report.Evidence[id].Sources {
			if !seen[s] {
				seen[s] = true
				srcs = append(srcs, s)
			}
		}
	}
	if len(srcs) == 0 {
		return nil
	}
	var w htmlWriter
	r.writeSources(&w, srcs)
	return app.Raw(w.String())
}
