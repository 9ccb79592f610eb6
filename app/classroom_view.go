package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// The classroom as the reader shows it. At /classroom/{id} and /classroom
// the reader is in classroom mode (Reader.class is set):
//
//   - the student view (the default) highlights the claims of the class's
//     kinds with their verdicts hidden: no verdict class, label, legend,
//     verdict filter, timeline or notes. A claim's card asks for a choice
//     and an optional reason, then reveals the verdict and its evidence
//     with right or wrong; the score follows the article.
//   - the teacher view (?teacher=1) is the normal reader plus the
//     builder of the students' link and a printable answer sheet.

// TeacherParam is the query parameter that opens the teacher view of a
// classroom: /classroom/{id}?teacher=1.
const TeacherParam = "teacher"

// classroom is the reader's classroom state.
type classroom struct {
	url      string         // the URL (with its fragment) it was made for
	origin   string         // scheme://host of that URL, "" on the server
	teacher  bool           // the teacher view
	settings ClassSettings  // the class's settings, from the link
	status   classStatus    // what the page says instead of the article
	shared   *facts.Article // a shared text still to check
	checking bool           // the shared text is being checked

	// ctx is the reader's own context (from OnNav), nil until then:
	// go-app drops what a handler defers once the handler's element is
	// gone, as the reveal button is once it has revealed.
	ctx *app.Context

	// The student view: the exercise (nil until there is a page),
	// whether its saved answers were restored, the reasons as typed, by
	// claim index, and why the open card's verdict could not be revealed
	// (ErrNoChoice, ErrNoReason), nil if it can.
	ex       *Exercise
	restored bool
	drafts   map[int]string
	hint     error

	// The teacher view: the kinds left out of the students' link, and
	// whether it requires reasons.
	leaveOut      map[facts.Kind]bool
	requireReason bool
}

// classStatus is what a classroom page shows instead of an article.
type classStatus int

const (
	statusNone      classStatus = iota // the article
	statusChecking                     // the shared text is being checked
	statusMalformed                    // the link is damaged
	statusTooLong                      // the link's text is over MaxTextBytes
	statusNoText                       // /classroom with no text in the link
	statusFailed                       // the engine failed on the text
)

// classroomMessages are the classroom's UI strings (see [messages]).
type classroomMessages struct {
	// Page states.
	checking, malformed, tooLong, noText, failed string
	// The student view. answered, rightIs, wrongIs, scoreLine and
	// reasonIs are formats.
	intro, needsScript, toClassify, answered, cantTell, choose, reason    string
	reasonRequired                                                        string
	reveal, needChoice, needReason, right, wrong, rightIs, wrongIs        string
	noAnswer, reasonIs, score, scoreButton, scoreLine, allRevealed        string
	scoreKind, scoreRight, scoreRevealed, scoreTotal, scoreAll, revealAll string
	// The teacher view.
	teacher, share, shareKinds, shareReason, shareLink, copy, copied string
	copyFallback, shareNone, sheet, sheetN, sheetClaim, sheetVerdict string
	sheetExpl, print                                                 string
}

// Ids of the classroom's elements.
const (
	// classIntroID is the student view's introduction, which a highlight
	// links to (there are no notes to link to).
	classIntroID  = "class-intro"
	classResultID = "class-result"
	classReasonID = "class-reason"
	classRevealID = "class-reveal"
	classHintID   = "class-hint"
	classScoreID  = "score"
	classLinkID   = "class-link"
)

// choiceID is the id of the radio button of choice c in the card.
func choiceID(c Choice) string { return "choice-" + c.String() }

// isClassroomPath reports whether path is a classroom's.
func isClassroomPath(path string) bool {
	return path == ClassroomPath || strings.HasPrefix(path, ClassroomPathPrefix)
}

// student reports whether the reader is a student's classroom with an
// article.
func (r *Reader) student() bool { return r.class != nil && r.class.ex != nil }

// teacher reports whether the reader is a teacher's classroom.
func (r *Reader) teacher() bool { return r.class != nil && r.class.teacher }

// loadClass sets the classroom of the URL u up, after load(u.Path): none
// outside /classroom; otherwise the view, the settings and the shared
// text of u's query and fragment. It does nothing when u is the URL the
// classroom was made for.
func (r *Reader) loadClass(u *url.URL) {
	if u == nil || !isClassroomPath(u.Path) {
		r.class = nil
		return
	}
	key := u.String()
	if r.class != nil && r.class.url == key {
		return
	}
	c := &classroom{url: key, teacher: u.Query().Get(TeacherParam) == "1", drafts: map[int]string{}}
	if u.Scheme != "" && u.Host != "" {
		c.origin = u.Scheme + "://" + u.Host
	}
	r.class = c
	sc, err := ParseClassroomFragment(u.Fragment)
	switch {
	case errors.Is(err, ErrLinkTextTooLong):
		c.status = statusTooLong
	case err != nil:
		app.Log("factlens: classroom link:", err)
		c.status = statusMalformed
	case u.Path != ClassroomPath && sc.Text != nil:
		c.status = statusMalformed
	case u.Path == ClassroomPath && sc.Text == nil && r.server:
		// Browsers never send the fragment: the client will read it.
		c.status = statusChecking
	case u.Path == ClassroomPath && sc.Text == nil:
		c.status = statusNoText
	}
	if c.status != statusNone {
		r.Page = Page{}
		r.setPage()
		return
	}
	c.settings = sc.Settings
	c.requireReason = sc.Settings.RequireReason
	c.leaveOut = map[facts.Kind]bool{}
	for _, k := range kindOrder {
		c.leaveOut[k] = !sc.Settings.Includes(k)
	}
	if sc.Text != nil {
		c.shared, c.status = sc.Text, statusChecking
		r.Page = Page{}
		r.setPage()
		return
	}
	r.startClass()
}

// startClass starts the student's exercise on the page: the page keeps
// the claims of the class's kinds only.
func (r *Reader) startClass() {
	c := r.class
	if c.teacher || len(r.layout.lines) == 0 {
		return
	}
	r.Page.Report.Claims = classClaims(r.Page.Report.Claims, c.settings)
	r.setPage()
	c.ex = NewExercise(r.Page.Report.Claims, c.settings)
}

// navClass keeps the reader's context, and checks the shared text of the
// classroom's link with the engine, then shows it.
func (r *Reader) navClass(ctx app.Context) {
	c := r.class
	if c == nil {
		return
	}
	c.ctx = &ctx
	r.restoreAnswers(ctx)
	if c.shared == nil || c.checking {
		return
	}
	c.checking = true
	a := *c.shared
	engine := r.engine // read on the UI goroutine
	ctx.Async(func() {
		rep, err := checkText(engine, a)
		ctx.Dispatch(func(ctx app.Context) {
			if r.class != c {
				return // the reader moved on
			}
			c.shared, c.checking = nil, false
			if err != nil {
				app.Log("factlens: check the shared text:", err)
				c.status = statusFailed
				return
			}
			c.status = statusNone
			a.Lang = rep.Lang
			r.Page = Page{Article: a, Report: rep}
			r.setPage()
			r.startClass()
			r.restoreAnswers(ctx)
			r.announce = r.msg().count(r.msg().shownCount, len(r.Page.Report.Claims), len(r.Page.Report.Claims))
		})
	})
}

// checkText runs engine, which may be nil, on a shared text.
func checkText(engine Engine, a facts.Article) (facts.Report, error) {
	if engine == nil {
		return facts.Report{}, errors.New("classroom: no engine to check the shared text")
	}
	return engine.CheckArticle(a)
}

// renderEmpty is what the reader shows when it has no article: the state
// of a classroom's link, else "no article here".
func (r *Reader) renderEmpty() app.UI {
	m := r.msg()
	p := app.P().Class("fl-empty")
	if r.class == nil || r.class.status == statusNone {
		return p.Text(m.notFound)
	}
	cm := &m.class
	text := map[classStatus]string{
		statusChecking: cm.checking, statusMalformed: cm.malformed, statusTooLong: cm.tooLong,
		statusNoText: cm.noText, statusFailed: cm.failed,
	}[r.class.status]
	if r.class.status == statusMalformed || r.class.status == statusTooLong {
		p.Role("alert")
	} else {
		p.Role("status")
	}
	return p.Text(text)
}

// verdictClassOf is the class of claim i's verdict as the reader may
// show it: for a student, "q-open" until revealed (or "q-answered" once
// classified).
func (r *Reader) verdictClassOf(i int) string {
	if !r.student() || r.class.ex.Item(i).Revealed {
		return verdictClass(r.claim(i).Verdict)
	}
	if r.class.ex.Item(i).Choice != 0 {
		return "q-answered"
	}
	return "q-open"
}

// verdictLabelOf is the label of claim i's verdict as the reader may
// show it: for a student, the claim's state until revealed ("to
// classify", "your answer: …"), then the verdict and right or wrong.
func (r *Reader) verdictLabelOf(i int) string {
	m := r.msg()
	c := r.claim(i)
	if !r.student() {
		return m.verdict(c.Verdict)
	}
	it := r.class.ex.Item(i)
	switch {
	case it.Revealed && it.Right():
		return m.verdict(c.Verdict) + ", " + m.class.right
	case it.Revealed:
		return m.verdict(c.Verdict) + ", " + m.class.wrong
	case it.Choice != 0:
		return fmt.Sprintf(m.class.answered, r.choiceLabel(it.Choice))
	}
	return m.class.toClassify
}

// choiceLabel is the label of a choice: the verdict it names, or "can't
// tell".
func (r *Reader) choiceLabel(c Choice) string {
	m := r.msg()
	switch c {
	case ChoiceSupported:
		return m.verdict(facts.Supported)
	case ChoiceImprecise:
		return m.verdict(facts.Imprecise)
	case ChoiceContradicted:
		return m.verdict(facts.Contradicted)
	case ChoiceCantTell:
		return m.class.cantTell
	}
	return m.class.noAnswer
}

// cardBody is the body of the evidence card of claim i: its evidence,
// or, for a student, the question until the verdict is revealed.
func (r *Reader) cardBody(i int) []app.UI {
	if !r.student() {
		return []app.UI{r.renderEvidence(i)}
	}
	if r.class.ex.Item(i).Revealed {
		return []app.UI{r.renderResult(i), r.renderEvidence(i)}
	}
	return r.renderQuestion(i)
}

// renderQuestion is the student's question on claim i: the choices, the
// reason and the reveal button.
func (r *Reader) renderQuestion(i int) []app.UI {
	m := r.msg()
	cm := &m.class
	c := r.claim(i)
	scope := "q" + claimNumber(i)
	reasonLabel := cm.reason
	if r.class.settings.RequireReason {
		reasonLabel = cm.reasonRequired
	}
	reason := app.Input().Type("text").ID(classReasonID).Class("fl-reason-input").
		MaxLength(MaxReasonRunes).Value(r.class.drafts[i]).
		OnInput(func(ctx app.Context, e app.Event) {
			r.setReason(i, e.Get("target").Get("value").String())
			r.saveAnswers(ctx)
		}, app.EventScope(scope)).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Enter" {
				e.PreventDefault()
				r.reveal(ctx, i)
			}
		}, app.EventScope(scope))
	if r.class.settings.RequireReason {
		reason.Required(true)
	}
	reveal := app.Button().Type("button").ID(classRevealID).Class("fl-btn", "fl-reveal").
		OnClick(func(ctx app.Context, e app.Event) { r.reveal(ctx, i) }, app.EventScope(scope)).
		Text(cm.reveal)
	if r.class.hint != nil {
		reveal.Aria("describedby", classHintID)
	}
	return []app.UI{
		app.P().Class("fl-ev-head").Body(
			app.Span().Class("fl-kind").Text(m.kind(c.Kind)),
			app.Text(" "),
			r.quote(c),
		),
		r.renderChoices(i, scope),
		app.Div().Class("fl-reason").Body(
			app.Label().For(classReasonID).Text(reasonLabel),
			reason,
		),
		reveal,
		app.If(r.class.hint != nil, func() app.UI {
			return app.P().ID(classHintID).Class("fl-hint").Text(r.hintText(r.class.hint))
		}),
	}
}

// renderChoices is the group of radio buttons that classify claim i;
// scope prefixes their handlers' event scopes.
func (r *Reader) renderChoices(i int, scope string) app.UI {
	chosen := r.class.ex.Item(i).Choice
	return app.FieldSet().Class("fl-choices").Body(
		app.Legend().Text(r.msg().class.choose),
		app.Range(choiceOrder).Slice(func(k int) app.UI {
			ch := choiceOrder[k]
			return app.Label().Class("fl-choice").Body(
				app.Input().Type("radio").Name("choice-%s", claimNumber(i)).ID(choiceID(ch)).
					Value(ch.String()).Checked(chosen == ch).
					OnChange(func(ctx app.Context, e app.Event) {
						r.choose(i, ch)
						r.saveAnswers(ctx)
					}, app.EventScope(scope+ch.String())),
				app.Span().Text(r.choiceLabel(ch)),
			)
		}),
	)
}

// answersKey is the local-storage key of the student's answers: one per
// article (its id, or a hash of a shared text) and kinds of claims.
func (r *Reader) answersKey() string {
	a := r.Page.Article
	id := a.ID
	if id == "" {
		sum := sha256.Sum256([]byte(a.Text))
		id = hex.EncodeToString(sum[:8])
	}
	return "factlens-classroom:" + id + "#" + strings.Join(settingsFields(ClassSettings{Kinds: r.class.settings.Kinds}), "&")
}

// saveAnswers keeps the student's answers in the browser, so that they
// survive a reload.
func (r *Reader) saveAnswers(ctx app.Context) {
	if !r.student() {
		return
	}
	if err := ctx.LocalStorage().Set(r.answersKey(), r.class.ex.Answers()); err != nil {
		app.Log("factlens: save the classroom's answers:", err)
	}
}

// restoreAnswers restores the answers saved by saveAnswers, once per
// exercise.
func (r *Reader) restoreAnswers(ctx app.Context) {
	if !r.student() || r.class.restored {
		return
	}
	r.class.restored = true
	key := r.answersKey()
	if !ctx.LocalStorage().Contains(key) {
		return
	}
	var saved []Answer
	if err := ctx.LocalStorage().Get(key, &saved); err != nil {
		app.Log("factlens: read the classroom's answers:", err)
		return
	}
	if err := r.class.ex.Restore(saved); err != nil {
		app.Log("factlens: restore the classroom's answers:", err)
		return
	}
	for i, a := range saved {
		r.class.drafts[i] = a.Reason
	}
}

// focusAfter gives the focus to the element with the given id after the
// render, like focus, but through the reader's context when it has one.
func (r *Reader) focusAfter(ctx app.Context, id string) {
	if r.class != nil && r.class.ctx != nil {
		ctx = *r.class.ctx
	}
	focus(ctx, id)
}

// hintText says why a verdict cannot be revealed yet.
func (r *Reader) hintText(err error) string {
	if errors.Is(err, ErrNoReason) {
		return r.msg().class.needReason
	}
	return r.msg().class.needChoice
}

// renderResult says whether the student's answer on claim i was right:
// an icon and a word, then what they answered and the verdict.
func (r *Reader) renderResult(i int) app.UI {
	cm := &r.msg().class
	it := r.class.ex.Item(i)
	class, word := "q-wrong", cm.wrong
	if it.Right() {
		class, word = "q-right", cm.right
	}
	return app.Div().ID(classResultID).Class("fl-result", class).TabIndex(-1).Body(
		app.P().Body(app.Strong().Text(word), app.Text(" — "+r.resultText(i))),
		app.If(it.Reason != "", func() app.UI {
			return app.P().Class("fl-reason-given").Text(fmt.Sprintf(cm.reasonIs, it.Reason))
		}),
	)
}

// resultText is what the student answered on claim i and its verdict.
func (r *Reader) resultText(i int) string {
	m := r.msg()
	it := r.class.ex.Item(i)
	if it.Right() {
		return fmt.Sprintf(m.class.rightIs, m.verdict(it.Verdict))
	}
	return fmt.Sprintf(m.class.wrongIs, r.choiceLabel(it.Choice), m.verdict(it.Verdict))
}

// choose classifies claim i.
func (r *Reader) choose(i int, c Choice) {
	if err := r.class.ex.Choose(i, c); err != nil {
		app.Log("factlens:", err)
		return
	}
	r.class.hint = nil
}

// setReason records the reason typed for claim i.
func (r *Reader) setReason(i int, s string) {
	r.class.drafts[i] = s
	if err := r.class.ex.SetReason(i, s); err != nil {
		app.Log("factlens:", err)
		return
	}
	if r.class.ex.Item(i).Reason != "" && errors.Is(r.class.hint, ErrNoReason) {
		r.class.hint = nil
	}
}

// reveal reveals the verdict of claim i, or says why it cannot yet, and
// announces the result (and the score once every verdict is revealed).
func (r *Reader) reveal(ctx app.Context, i int) {
	c := r.class
	if _, err := c.ex.Reveal(i); err != nil {
		c.hint = err
		r.announce = r.hintText(err)
		if errors.Is(err, ErrNoReason) {
			r.focusAfter(ctx, classReasonID)
		} else {
			r.focusAfter(ctx, choiceID(choiceOrder[0]))
		}
		return
	}
	c.hint = nil
	r.saveAnswers(ctx)
	r.announce = r.resultWord(i) + " — " + r.resultText(i)
	if c.ex.Done() {
		r.announce += " " + r.msg().class.allRevealed + " " + r.scoreLine(c.ex.Score().Overall)
	}
	r.focusAfter(ctx, classResultID)
}

// resultWord is "right" or "wrong" for claim i.
func (r *Reader) resultWord(i int) string {
	if r.class.ex.Item(i).Right() {
		return r.msg().class.right
	}
	return r.msg().class.wrong
}

// revealAll reveals every verdict and announces the score.
func (r *Reader) revealAll(ctx app.Context) {
	r.class.ex.RevealAll()
	r.class.hint = nil
	r.saveAnswers(ctx)
	r.announce = r.msg().class.allRevealed + " " + r.scoreLine(r.class.ex.Score().Overall)
	r.focusAfter(ctx, classScoreID)
}

// scoreLine says a tally in words.
func (r *Reader) scoreLine(t Tally) string {
	return fmt.Sprintf(r.msg().class.scoreLine, t.Right, t.Revealed, t.Total)
}

// renderClassIntro tells students what to do, in the toolbar, with a
// button to the score.
func (r *Reader) renderClassIntro() app.UI {
	cm := &r.msg().class
	return app.Div().ID(classIntroID).Class("fl-class-intro").Body(
		app.P().Text(cm.intro),
		app.P().Class("fl-noscript").Text(cm.needsScript),
		r.button("fl-btn").ID("fl-to-score").
			OnClick(func(ctx app.Context, e app.Event) { focus(ctx, classScoreID) }).
			Text(cm.scoreButton),
	)
}

// renderClassroom is the classroom's part under the article: the score
// for a student, the link builder and the answer sheet for a teacher.
func (r *Reader) renderClassroom() app.UI {
	switch {
	case r.student():
		return r.renderScore()
	case r.teacher():
		return r.renderTeacher()
	}
	return nil
}

// renderScore is the student's score: right answers among the revealed
// verdicts, per kind and overall, and a button that reveals the rest.
func (r *Reader) renderScore() app.UI {
	m := r.msg()
	cm := &m.class
	s := r.class.ex.Score()
	var kinds []facts.Kind
	for _, k := range kindOrder {
		if s.ByKind[k].Total > 0 {
			kinds = append(kinds, k)
		}
	}
	row := func(head string, t Tally) app.UI {
		return app.Tr().Body(
			app.Th().Scope("row").Text(head),
			app.Td().Text(strconv.Itoa(t.Right)),
			app.Td().Text(strconv.Itoa(t.Revealed)),
			app.Td().Text(strconv.Itoa(t.Total)),
		)
	}
	return app.Section().ID(classScoreID).Class("fl-score").TabIndex(-1).Aria("labelledby", "score-title").Body(
		app.H2().ID("score-title").Text(cm.score),
		app.P().Class("fl-score-line").Text(r.scoreLine(s.Overall)),
		app.Table().Class("fl-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(cm.scoreKind),
				app.Th().Scope("col").Text(cm.scoreRight),
				app.Th().Scope("col").Text(cm.scoreRevealed),
				app.Th().Scope("col").Text(cm.scoreTotal),
			)),
			app.TBody().Body(app.Range(kinds).Slice(func(k int) app.UI {
				return row(m.kindFilters[kinds[k]], s.ByKind[kinds[k]])
			})),
			app.TFoot().Body(row(cm.scoreAll, s.Overall)),
		),
		app.If(!r.class.ex.Done(), func() app.UI {
			return r.button("fl-btn").ID("class-reveal-all").
				OnClick(func(ctx app.Context, e app.Event) { r.revealAll(ctx) }).
				Text(cm.revealAll)
		}),
	)
}
