package app

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// CheckPage is the page at [CheckPath]: a form to paste any article, whose
// claims its [Engine] finds and checks (in the browser, a [WorkerEngine]
// in a Web Worker) and a [Reader] shows. Nothing is sent to the server:
// the text stays in the browser, where the draft is kept in local storage
// until the user clears it.
//
// The server prerenders the form with its controls disabled and a note
// that checking needs JavaScript and WebAssembly; it never holds a text.
type CheckPage struct {
	app.Compo

	engine Engine
	server bool // render for the server's prerender: controls disabled

	lang     string     // UI language, "fr" or "en"
	draft    checkDraft // the form's content
	status   string     // text of the polite live region
	alert    string     // text of the assertive live region (problems)
	checking bool       // a check runs
	run      int        // number of the last check started
	result   *Page      // the last text checked and its report, nil before any
	classURL string     // the classroom link of the result, "" if none
}

// NewCheckPage returns the /check page, checking texts with engine.
func NewCheckPage(engine Engine) *CheckPage {
	return &CheckPage{engine: engine, server: app.IsServer, lang: "en", draft: checkDraft{Lang: autoLang}}
}

// checkDraft is the content of the /check form, as local storage keeps it.
type checkDraft struct {
	Title string `json:"title"`
	Text  string `json:"text"`
	// Lang is autoLang, "fr" or "en".
	Lang string `json:"lang"`
	// Date is the publication date, YYYY-MM-DD.
	Date string `json:"date"`
	// Checked says the draft was checked as it is: restoring it checks
	// it again (cheaper than storing the report).
	Checked bool `json:"checked"`
}

// autoLang is the language choice that lets the engine detect it.
const autoLang = "auto"

// draftKey is the local-storage key of the draft.
const draftKey = "factlens-check-draft"

// Element ids of the /check page.
const (
	checkTitleID   = "check-title"
	checkTextID    = "check-text"
	checkLangID    = "check-lang"
	checkDateID    = "check-date"
	checkSizeID    = "check-size"
	checkStoreID   = "check-storage"
	checkResultID  = "check-result"
	checkSwitchID  = "check-ui-lang"
	checkButtonID  = "check-run"
	checkClearID   = "check-clear"
	checkStatusID  = "check-status"
	checkAlertID   = "check-alert"
	checkExportsID = "check-exports"
	checkClassID   = "check-classroom"
)

// paintDelay is how long a check waits in the browser before it asks the
// engine: go-app renders "Checking…" at its next frame (30 a second), and
// a quick check would otherwise replace it before it is painted or
// announced.
const paintDelay = 50 * time.Millisecond

// errBlank and errNoDate, with [tooLongError], are the drafts the page refuses
// before running the engine.
var (
	errBlank  = errors.New("blank text")
	errNoDate = errors.New("no publication date")
)

// tooLongError reports a text over [MaxTextBytes].
type tooLongError struct{ size int }

func (e *tooLongError) Error() string {
	return fmt.Sprintf("text is %d bytes, over the limit of %d", e.size, MaxTextBytes)
}

// article returns the article the draft makes: a title, when given, on
// the first line of the text (so that the reader shows it as the title),
// then the text as pasted. The engine checks the whole of it, so that
// claim offsets fall on the text the reader shows.
func (d checkDraft) article() (facts.Article, error) {
	if strings.TrimSpace(d.Text) == "" {
		return facts.Article{}, errBlank
	}
	text := d.Text
	if title := strings.Join(strings.Fields(d.Title), " "); title != "" {
		text = title + "\n" + text
	}
	if len(text) > MaxTextBytes {
		return facts.Article{}, &tooLongError{size: len(text)}
	}
	if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
		return facts.Article{}, errNoDate
	}
	return facts.Article{Lang: d.lang(), Published: d.Date, Title: firstLine(text), Text: text}, nil
}

// lang returns the draft's language choice, autoLang for anything else
// than fr and en (a draft stored by another version).
func (d checkDraft) lang() string {
	if l := knownLang(d.Lang); l != "" {
		return l
	}
	return autoLang
}

// firstLine returns the first non-blank line of text, trimmed: the title
// the reader shows.
func firstLine(text string) string {
	for line := range strings.Lines(text) {
		if s := strings.TrimSpace(line); s != "" {
			return s
		}
	}
	return ""
}

// msg returns the messages of the UI language.
func (p *CheckPage) msg() *messages { return messagesFor(p.lang) }

// OnNav sets the document's title and language (on the server, for the
// prerender, and in the browser).
func (p *CheckPage) OnNav(ctx app.Context) { p.setHead(ctx) }

// setHead sets the document's title and language to the UI's.
func (p *CheckPage) setHead(ctx app.Context) {
	ctx.Page().SetTitle("%s · factlens", p.msg().checkTitle)
	ctx.Page().SetLang(p.lang)
}

// OnMount restores the draft this browser kept, defaults the date to
// today and the UI language to the browser's, and checks the draft again
// when it was checked before the page was left.
func (p *CheckPage) OnMount(ctx app.Context) {
	p.restore(ctx, browserLang(), browserToday())
}

// restore loads the stored draft; lang and today are the defaults of the
// UI language and of the date.
func (p *CheckPage) restore(ctx app.Context, lang, today string) {
	var d checkDraft
	if err := ctx.LocalStorage().Get(draftKey, &d); err != nil {
		app.Log("factlens: read the /check draft:", err)
		d = checkDraft{}
	}
	d.Lang = d.lang()
	if d.Date == "" {
		d.Date = today
	}
	p.draft = d
	p.lang = knownLang(d.Lang)
	if p.lang == "" {
		p.lang = lang
	}
	p.setHead(ctx)
	if d.Checked {
		p.startCheck(ctx)
	}
}

// browserLang is the UI language of the browser's first preferred
// language, or English.
func browserLang() string {
	tag := app.Window().Get("navigator").Get("language").String()
	if l := knownLang(strings.ToLower(strings.SplitN(tag, "-", 2)[0])); l != "" {
		return l
	}
	return "en"
}

// browserToday is today's date where the browser is, YYYY-MM-DD (Go's
// clock in WebAssembly knows no time zone).
func browserToday() string {
	d := app.Window().Get("Date").New()
	return fmt.Sprintf("%04d-%02d-%02d", d.Call("getFullYear").Int(), d.Call("getMonth").Int()+1, d.Call("getDate").Int())
}

// save keeps the draft in local storage.
func (p *CheckPage) save(ctx app.Context) {
	if err := ctx.LocalStorage().Set(draftKey, p.draft); err != nil {
		app.Log("factlens: save the /check draft:", err)
	}
}

// edit applies a change of the form: the draft is no longer the one
// checked, and a problem reported about it is gone.
func (p *CheckPage) edit(ctx app.Context, change func(d *checkDraft)) {
	change(&p.draft)
	p.draft.Checked = false
	p.alert = ""
	p.save(ctx)
}

// startCheck checks the draft, or says why it cannot. The engine runs off
// the UI goroutine; its report comes back with ctx.Dispatch, and a report
// of a check that a newer one replaced is dropped.
func (p *CheckPage) startCheck(ctx app.Context) {
	m := p.msg()
	a, err := p.draft.article()
	if err != nil {
		p.fail(m.problem(err))
		return
	}
	p.run++
	run, engine := p.run, p.engine
	checked := p.draft
	checked.Checked = false
	p.checking, p.status, p.alert = true, m.checking, ""
	ctx.Async(func() {
		if app.IsClient {
			time.Sleep(paintDelay)
		}
		r, err := engine.CheckArticle(a)
		ctx.Dispatch(func(ctx app.Context) { p.endCheck(ctx, run, checked, a, r, err) })
	})
}

// endCheck shows the report of the check numbered run, of the draft d,
// then moves the focus to the result's heading.
func (p *CheckPage) endCheck(ctx app.Context, run int, d checkDraft, a facts.Article, r facts.Report, err error) {
	if run != p.run {
		return
	}
	p.checking = false
	m := p.msg()
	if err != nil {
		p.fail(m.problem(err))
		return
	}
	a.Lang = r.Lang
	p.result = &Page{Article: a, Report: r}
	p.classURL, err = ClassroomLink(a, ClassSettings{})
	if err != nil {
		app.Log("factlens: classroom link of the checked text:", err)
	}
	p.status = m.count(m.checkFound, len(r.Claims))
	// A draft not edited while the engine ran is checked: a reload checks
	// it again.
	now := p.draft
	now.Checked = false
	if now == d {
		p.draft.Checked = true
		p.save(ctx)
	}
	focus(ctx, checkResultID)
}

// fail reports a problem in the assertive live region; the form keeps
// what the user typed.
func (p *CheckPage) fail(msg string) {
	p.checking, p.status, p.alert = false, "", msg
}

// clear empties the form and the stored draft, and forgets the result.
func (p *CheckPage) clear(ctx app.Context, today string) {
	p.run++ // a running check is forgotten
	p.draft = checkDraft{Lang: autoLang, Date: today}
	p.result, p.classURL, p.checking, p.alert = nil, "", false, ""
	p.status = p.msg().checkCleared
	ctx.LocalStorage().Del(draftKey)
	// go-app drops an empty value attribute, and removing the attribute
	// does not empty what the user typed: empty the fields themselves.
	for _, id := range []string{checkTitleID, checkTextID} {
		withElement(ctx, id, func(el app.Value) { el.Set("value", "") })
	}
	focus(ctx, checkTextID)
}

// setLang chooses the article's language; a known one becomes the UI's.
func (p *CheckPage) setLang(ctx app.Context, lang string) {
	p.edit(ctx, func(d *checkDraft) { d.Lang = lang })
	if l := knownLang(lang); l != "" && l != p.lang {
		p.lang = l
		p.setHead(ctx)
	}
}

// Render shows the form, the live regions and, once a text is checked,
// the result: its heading, the downloads and the reader.
func (p *CheckPage) Render() app.UI {
	m := p.msg()
	other := messagesFor(otherLang(p.lang))
	return app.Div().Class("fl-checkpage").Lang(m.lang).Body(
		app.Div().Class("fl-check-head").Body(
			app.H1().Text(m.checkTitle),
			p.button("fl-btn").ID(checkSwitchID).Lang(other.lang).Aria("label", other.switchLang).
				OnClick(func(ctx app.Context, e app.Event) {
					p.lang = otherLang(p.lang)
					p.setHead(ctx)
				}).
				Text(other.name),
		),
		app.P().Class("fl-check-intro").Text(m.checkIntro),
		app.If(p.server, func() app.UI {
			return app.P().Class("fl-check-noscript").Text(m.checkNeedsScript)
		}),
		p.renderForm(),
		app.P().ID(checkStatusID).Class("fl-check-status").Role("status").Aria("live", "polite").Text(p.status),
		app.P().ID(checkAlertID).Class("fl-check-alert").Role("alert").Text(p.alert),
		app.If(p.result != nil, p.renderResult),
	)
}

// renderForm is the form: title, text, language, date, and the Check and
// Clear buttons. It is no <form>: nothing is submitted anywhere.
func (p *CheckPage) renderForm() app.UI {
	m := p.msg()
	title := app.Input().Type("text").ID(checkTitleID).Class("fl-check-input").AutoComplete(false).
		OnInput(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			p.edit(ctx, func(d *checkDraft) { d.Title = v })
		})
	text := app.Textarea().ID(checkTextID).Class("fl-check-text").Rows(14).
		Aria("describedby", checkSizeID+" "+checkStoreID).
		OnInput(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			p.edit(ctx, func(d *checkDraft) { d.Text = v })
		})
	lang := app.Select().ID(checkLangID).Class("fl-check-input").
		OnChange(func(ctx app.Context, e app.Event) {
			p.setLang(ctx, ctx.JSSrc().Get("value").String())
		})
	date := app.Input().Type("date").ID(checkDateID).Class("fl-check-input").
		OnChange(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			p.edit(ctx, func(d *checkDraft) { d.Date = v })
		})
	if p.server {
		// The prerender holds no text and no date: the browser's draft is
		// the browser's.
		title, text, lang, date = title.Disabled(true), text.Disabled(true), lang.Disabled(true), date.Disabled(true)
	} else {
		title, text, date = title.Value(p.draft.Title), text.Text(p.draft.Text), date.Value(p.draft.Date)
	}
	run := p.button("fl-btn", "fl-check-run").ID(checkButtonID).Text(m.checkButton).
		OnClick(func(ctx app.Context, e app.Event) { p.startCheck(ctx) })
	if p.checking {
		run = run.Attr("disabled", true)
	}
	return app.Div().Class("fl-check-form").Body(
		app.Label().For(checkTitleID).Text(m.checkTitleLabel),
		title,
		app.Label().For(checkTextID).Text(m.checkTextLabel),
		text,
		app.P().ID(checkSizeID).Class("fl-check-size").Text(m.checkSize(len(p.draft.Text))),
		app.Div().Class("fl-check-row").Body(
			app.Div().Body(
				app.Label().For(checkLangID).Text(m.checkLangLabel),
				lang.Body(app.Range(langChoices).Slice(func(i int) app.UI {
					return p.langOption(langChoices[i])
				})),
			),
			app.Div().Body(
				app.Label().For(checkDateID).Text(m.checkDateLabel),
				date,
			),
		),
		app.Div().Class("fl-check-row").Body(
			run,
			p.button("fl-btn").ID(checkClearID).Text(m.checkClear).
				OnClick(func(ctx app.Context, e app.Event) { p.clear(ctx, browserToday()) }),
		),
		app.P().ID(checkStoreID).Class("fl-check-note").Text(m.checkStorage),
	)
}

// langChoices are the options of the language menu.
var langChoices = []string{autoLang, "fr", "en"}

// langOption is the menu option of the language choice l: auto-detection
// in the UI language, a language in itself.
func (p *CheckPage) langOption(l string) app.UI {
	o := app.Option().Value(l)
	if l == autoLang {
		o = o.Text(p.msg().checkLangAuto)
	} else {
		o = o.Lang(l).Text(messagesFor(l).name)
	}
	if l == p.draft.lang() {
		o = o.Selected(true)
	}
	return o
}

// button returns a button of the page (see controlButton).
func (p *CheckPage) button(class ...string) app.HTMLElem { return controlButton(p.server, class...) }

// renderResult is the result of the last check: a heading, which takes
// the focus after a check, the downloads, a link to the classroom of the
// text (in a new tab, so that the draft stays here) and the reader.
func (p *CheckPage) renderResult() app.UI {
	m := p.msg()
	return app.Section().Class("fl-check-result").Aria("labelledby", checkResultID).Body(
		app.H2().ID(checkResultID).TabIndex(-1).Text(fmt.Sprintf(m.checkResult, m.count(m.checkFound, len(p.result.Report.Claims)))),
		app.Div().ID(checkExportsID).Class("fl-check-exports").Role("group").Aria("label", m.checkDownloads).Body(
			app.Range(exportFormats).Slice(func(i int) app.UI {
				f := exportFormats[i]
				return p.button("fl-btn").Class("fl-check-export").DataSet("format", f.String()).
					Text(m.exportLabel(f)).
					OnClick(func(ctx app.Context, e app.Event) { p.download(ctx, f) })
			}),
		),
		app.If(p.classURL != "", func() app.UI {
			return app.P().Class("fl-check-class").Body(
				app.A().ID(checkClassID).Href(p.classURL).Target("_blank").Rel("noopener").Body(
					app.Text(m.checkClassroom),
					app.Span().Class("vh").Text(" ("+m.newTab+")"),
				),
			)
		}),
		&Reader{Page: *p.result},
	)
}

// download saves the result in format f as a file of the browser.
func (p *CheckPage) download(ctx app.Context, f exportFormat) {
	if p.result == nil {
		return
	}
	d, err := makeDownload(f, *p.result, time.Now())
	if err != nil {
		p.fail(fmt.Sprintf(p.msg().checkExportFailed, err))
		return
	}
	saveFile(ctx, d)
}

// problem is the message for err, a refused draft or an engine error.
func (m *messages) problem(err error) string {
	var long *tooLongError
	switch {
	case errors.As(err, &long):
		return fmt.Sprintf(m.checkTooLong, long.size, m.kilobytes(long.size), MaxTextBytes, m.kilobytes(MaxTextBytes))
	case errors.Is(err, errBlank):
		return m.checkBlank
	case errors.Is(err, errNoDate):
		return m.checkNoDate
	}
	return fmt.Sprintf(m.checkFailed, err)
}

// kilobytes writes a size in kilobytes (1024 bytes), rounded up.
func (m *messages) kilobytes(n int) string {
	return fmt.Sprintf(m.checkKB, (n+1023)/1024)
}

// checkSize is the size of a text against the limit.
func (m *messages) checkSize(n int) string {
	return fmt.Sprintf(m.checkSizeOf, m.kilobytes(n), m.kilobytes(MaxTextBytes))
}
