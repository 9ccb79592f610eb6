//go:build !wasm

package app

import (
	"errors"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"factlens/facts"
)

// exerciseClaims are five claims of every kind and verdict; their text
// does not matter to the exercise.
func exerciseClaims() []facts.Claim {
	return numbered(
		facts.Claim{Kind: facts.KindDate, Verdict: facts.Supported},
		facts.Claim{Kind: facts.KindDate, Verdict: facts.Unverified},
		facts.Claim{Kind: facts.KindFounding, Verdict: facts.Contradicted},
		facts.Claim{Kind: facts.KindFounding, Verdict: facts.Imprecise},
		facts.Claim{Kind: facts.KindAttendance, Verdict: facts.Unverified},
	)
}

// op is one action of a student on an exercise.
type op struct {
	act    string // choose, reason, reveal, all
	i      int
	choice Choice
	reason string
	want   error // an error the result wraps; errAny for any error
}

// errAny, as an op's want, accepts any error.
var errAny = errors.New("any error")

// run applies o to e and returns the method's error.
func (o op) run(e *Exercise) error {
	switch o.act {
	case "choose":
		return e.Choose(o.i, o.choice)
	case "reason":
		return e.SetReason(o.i, o.reason)
	case "reveal":
		_, err := e.Reveal(o.i)
		return err
	case "all":
		e.RevealAll()
		return nil
	}
	panic("unknown act " + o.act)
}

// items returns the five items of exerciseClaims, changed by fn.
func items(fn func(its []Item)) []Item {
	var its []Item
	for _, c := range exerciseClaims() {
		its = append(its, Item{Kind: c.Kind, Verdict: c.Verdict})
	}
	fn(its)
	return its
}

func TestExercise(t *testing.T) {
	long := strings.Repeat("é", MaxReasonRunes+50)
	for _, tt := range []struct {
		name     string
		settings ClassSettings
		ops      []op
		want     []Item
	}{
		{"choose", ClassSettings{}, []op{{act: "choose", i: 0, choice: ChoiceSupported}},
			items(func(its []Item) { its[0].Choice = ChoiceSupported })},
		{"change before reveal", ClassSettings{}, []op{
			{act: "choose", i: 2, choice: ChoiceSupported},
			{act: "choose", i: 2, choice: ChoiceContradicted},
		}, items(func(its []Item) { its[2].Choice = ChoiceContradicted })},
		{"reveal", ClassSettings{}, []op{
			{act: "choose", i: 1, choice: ChoiceCantTell},
			{act: "reveal", i: 1},
		}, items(func(its []Item) { its[1].Choice, its[1].Revealed = ChoiceCantTell, true })},
		{"no reveal without a choice", ClassSettings{}, []op{{act: "reveal", i: 0, want: ErrNoChoice}},
			items(func([]Item) {})},
		{"no change after reveal", ClassSettings{}, []op{
			{act: "choose", i: 3, choice: ChoiceSupported},
			{act: "reason", i: 3, reason: "first"},
			{act: "reveal", i: 3},
			{act: "choose", i: 3, choice: ChoiceImprecise, want: ErrRevealed},
			{act: "reason", i: 3, reason: "second", want: ErrRevealed},
			{act: "reveal", i: 3, want: ErrRevealed},
		}, items(func(its []Item) { its[3].Choice, its[3].Reason, its[3].Revealed = ChoiceSupported, "first", true })},
		{"reason required", ClassSettings{RequireReason: true}, []op{
			{act: "choose", i: 0, choice: ChoiceImprecise},
			{act: "reveal", i: 0, want: ErrNoReason},
			{act: "reason", i: 0, reason: " \n\t "},
			{act: "reveal", i: 0, want: ErrNoReason},
			{act: "reason", i: 0, reason: "  the base\n says  the 16th\t"},
			{act: "reveal", i: 0},
		}, items(func(its []Item) {
			its[0].Choice, its[0].Reason, its[0].Revealed = ChoiceImprecise, "the base says the 16th", true
		})},
		{"reason cut", ClassSettings{}, []op{{act: "reason", i: 4, reason: long}},
			items(func(its []Item) { its[4].Reason = long[:2*MaxReasonRunes] })},
		{"invalid choices", ClassSettings{}, []op{
			{act: "choose", i: 0, choice: 0, want: errAny},
			{act: "choose", i: 0, choice: ChoiceCantTell + 1, want: errAny},
		}, items(func([]Item) {})},
		{"no such claim", ClassSettings{}, []op{
			{act: "choose", i: 5, choice: ChoiceSupported, want: errAny},
			{act: "choose", i: -1, choice: ChoiceSupported, want: errAny},
			{act: "reveal", i: 5, want: errAny},
		}, items(func([]Item) {})},
		{"reveal all", ClassSettings{RequireReason: true}, []op{
			{act: "choose", i: 0, choice: ChoiceSupported},
			{act: "all"},
			{act: "choose", i: 1, choice: ChoiceCantTell, want: ErrRevealed},
		}, items(func(its []Item) {
			its[0].Choice = ChoiceSupported
			for i := range its {
				its[i].Revealed = true
			}
		})},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := NewExercise(exerciseClaims(), tt.settings)
			for k, o := range tt.ops {
				err := o.run(e)
				switch {
				case o.want == nil && err != nil:
					t.Errorf("op %d (%s %d): %v", k, o.act, o.i, err)
				case o.want == errAny && err == nil, o.want != nil && o.want != errAny && !errors.Is(err, o.want):
					t.Errorf("op %d (%s %d) = %v, want %v", k, o.act, o.i, err, o.want)
				}
			}
			var got []Item
			for i := range e.Len() {
				got = append(got, e.Item(i))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAnswerOf(t *testing.T) {
	for v, want := range map[facts.Verdict]Choice{
		facts.Supported: ChoiceSupported, facts.Imprecise: ChoiceImprecise,
		facts.Contradicted: ChoiceContradicted, facts.Unverified: ChoiceCantTell,
		facts.Verdict(0): ChoiceCantTell, facts.Verdict(42): ChoiceCantTell,
	} {
		if got := answerOf(v); got != want {
			t.Errorf("answerOf(%v) = %v, want %v", v, got, want)
		}
	}
}

func TestExercise_Score(t *testing.T) {
	// Claim 0 right, 1 right (can't tell on unverified), 2 wrong, 3
	// right, 4 unanswered.
	choices := []Choice{ChoiceSupported, ChoiceCantTell, ChoiceSupported, ChoiceImprecise, 0}
	for _, tt := range []struct {
		name   string
		reveal []int // -1 reveals all
		want   Score
	}{
		{"nothing revealed", nil, Score{
			ByKind: map[facts.Kind]Tally{
				facts.KindDate: {Total: 2}, facts.KindFounding: {Total: 2}, facts.KindAttendance: {Total: 1},
			},
			Overall: Tally{Total: 5},
		}},
		{"some revealed", []int{0, 2}, Score{
			ByKind: map[facts.Kind]Tally{
				facts.KindDate:       {Right: 1, Revealed: 1, Total: 2},
				facts.KindFounding:   {Right: 0, Revealed: 1, Total: 2},
				facts.KindAttendance: {Total: 1},
			},
			Overall: Tally{Right: 1, Revealed: 2, Total: 5},
		}},
		{"every claim revealed one by one", []int{0, 1, 2, 3}, Score{
			ByKind: map[facts.Kind]Tally{
				facts.KindDate:       {Right: 2, Revealed: 2, Total: 2},
				facts.KindFounding:   {Right: 1, Revealed: 2, Total: 2},
				facts.KindAttendance: {Total: 1},
			},
			Overall: Tally{Right: 3, Revealed: 4, Total: 5},
		}},
		{"reveal all: unanswered is wrong", []int{-1}, Score{
			ByKind: map[facts.Kind]Tally{
				facts.KindDate:       {Right: 2, Revealed: 2, Total: 2},
				facts.KindFounding:   {Right: 1, Revealed: 2, Total: 2},
				facts.KindAttendance: {Right: 0, Revealed: 1, Total: 1},
			},
			Overall: Tally{Right: 3, Revealed: 5, Total: 5},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := NewExercise(exerciseClaims(), ClassSettings{})
			for i, c := range choices {
				if c != 0 {
					if err := e.Choose(i, c); err != nil {
						t.Fatal(err)
					}
				}
			}
			for _, i := range tt.reveal {
				if i < 0 {
					e.RevealAll()
					continue
				}
				if _, err := e.Reveal(i); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tt.want, e.Score()); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
			if want := len(tt.reveal) == 1 && tt.reveal[0] < 0; e.Done() != want {
				t.Errorf("Done() = %v, want %v", e.Done(), want)
			}
		})
	}
}

func TestClassClaims(t *testing.T) {
	kinds := func(cs []facts.Claim) []facts.Kind {
		var out []facts.Kind
		for _, c := range cs {
			out = append(out, c.Kind)
		}
		return out
	}
	d, f, a := facts.KindDate, facts.KindFounding, facts.KindAttendance
	for _, tt := range []struct {
		name  string
		kinds []facts.Kind
		want  []facts.Kind
	}{
		{"default is every kind", nil, []facts.Kind{d, d, f, f, a}},
		{"dates", []facts.Kind{d}, []facts.Kind{d, d}},
		{"founding and attendance", []facts.Kind{a, f}, []facts.Kind{f, f, a}},
		{"every kind", []facts.Kind{d, f, a}, []facts.Kind{d, d, f, f, a}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := kinds(classClaims(exerciseClaims(), ClassSettings{Kinds: tt.kinds}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("classClaims kinds (-want +got):\n%s", diff)
			}
		})
	}
}

// mountClass mounts a reader of p at the classroom URL rawURL, as
// NewReader and OnNav set it up.
func mountClass(t *testing.T, p Page, rawURL string, server bool, engine Engine) *testHost {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	h := &testHost{Reader: Reader{Page: p, server: server, engine: engine, card: -1, current: -1}}
	h.setPage()
	h.loadClass(u)
	h.engine = app.NewTestEngine()
	if err := h.engine.Load(h); err != nil {
		t.Fatalf("Load: %v", err)
	}
	h.engine.ConsumeAll()
	return h
}

// verdictMarks finds what would tell a student the verdicts: the verdict
// classes, anywhere.
var verdictMarks = regexp.MustCompile(`\bv-(supported|imprecise|contradicted|unverified)\b`)

// pageHTML is the reader's HTML without the page's JSON data (the
// browser's copy of the page, which holds the report).
func pageHTML(h *testHost) string {
	s := app.HTMLString(h)
	if i := strings.Index(s, `<script type="application/json"`); i >= 0 {
		s = s[:i]
	}
	return s
}

func TestClassroom_StudentSeesNoVerdict(t *testing.T) {
	for _, tt := range []struct {
		name   string
		page   Page
		server bool
		labels []string // the verdicts' labels in the UI language
	}{
		{"french, browser", frPage(), false, []string{"Confirmé", "Imprécis", "Contredit", "Non vérifié", "confirmé", "imprécis", "contredit", "non vérifié"}},
		{"french, prerender", frPage(), true, []string{"Confirmé", "Imprécis", "Contredit", "Non vérifié", "confirmé", "imprécis", "contredit", "non vérifié"}},
		{"english, browser", enPage(), false, []string{"Supported", "Imprecise", "Contradicted", "Unverified", "supported", "imprecise", "contradicted", "unverified"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := mountClass(t, tt.page, "/classroom/"+tt.page.Article.ID, tt.server, nil)
			page := pageHTML(h)
			if m := verdictMarks.FindString(page); m != "" {
				t.Errorf("student page holds the verdict class %s", m)
			}
			for _, l := range tt.labels {
				if strings.Contains(page, l) {
					t.Errorf("student page holds the verdict label %q", l)
				}
			}
			for _, w := range []string{`fl-student`, `id="score"`, `q-open`, `k-date`} {
				if !strings.Contains(page, w) {
					t.Errorf("student page lacks %s", w)
				}
			}
			for _, w := range []string{`id="notes"`, `fl-legend`, `fl-sheet`} {
				if strings.Contains(page, w) {
					t.Errorf("student page holds %s", w)
				}
			}
			if tt.server {
				return
			}
			// With a card open and a choice made, still no verdict: the
			// choices name the verdicts, but no verdict class does.
			h.do(func(ctx app.Context) { h.openCard(ctx, 0) })
			h.do(func(app.Context) { h.choose(0, ChoiceContradicted) })
			page = pageHTML(h)
			if m := verdictMarks.FindString(page); m != "" {
				t.Errorf("student page with a card open holds the verdict class %s", m)
			}
			if !strings.Contains(page, `id="choice-contradicted"`) || !strings.Contains(page, `q-answered`) {
				t.Errorf("card without its choices or the claim not marked as answered:\n%s", page)
			}
		})
	}
}

// studentMark is wantMark in the student view, whose highlights link to
// the classroom's introduction: there are no notes to link to.
func studentMark(class, label string, expanded bool) string {
	return strings.Replace(frMark1(class, label, expanded), `href="#note-c1"`, `href="#`+classIntroID+`"`, 1)
}

func TestClassroom_StudentFlow(t *testing.T) {
	h := mountClass(t, frPage(), "/classroom/sommet", false, nil)
	n := len(frPage().Report.Claims)
	if got := h.class.ex.Len(); got != n {
		t.Fatalf("exercise of %d claims, want %d", got, n)
	}
	match(t, frStandfirst(studentMark("claim k-founding q-open", " (fondation, à classer; 1 autre affirmation ici)", false)), h, pathStandfirst...)

	// Reveal with no choice: a hint, no verdict.
	h.do(func(ctx app.Context) { h.openCard(ctx, 0) })
	match(t, app.Elem("div").ID("card").Class("fl-card", "q-open").Role("dialog").
		Aria("modal", false).Aria("labelledby", "card-title").TabIndex(-1), h, pathCard...)
	h.do(func(ctx app.Context) { h.reveal(ctx, 0) })
	match(t, app.P().ID(classHintID).Class("fl-hint"), h, at(pathCard, 1, 4)...)
	match(t, app.Text("Choisissez d’abord une réponse."), h, at(pathCard, 1, 4, 0)...)
	if h.announce != "Choisissez d’abord une réponse." {
		t.Errorf("announce = %q, want the hint", h.announce)
	}

	// Claim 1 is supported: "contradicted" is wrong.
	h.do(func(app.Context) { h.choose(0, ChoiceContradicted) })
	match(t, app.Input().Type("radio").Name("choice-1").ID("choice-contradicted").Value("contradicted").
		Checked(true).OnChange(noop), h, at(pathCard, 1, 1, 3, 0)...)
	h.do(func(ctx app.Context) { h.reveal(ctx, 0) })
	match(t, app.Div().ID(classResultID).Class("fl-result", "q-wrong").TabIndex(-1), h, at(pathCard, 1, 0)...)
	match(t, app.Text("Faux"), h, at(pathCard, 1, 0, 0, 0, 0)...)
	match(t, app.Text(" — vous avez répondu « Contredit » ; le verdict est : Confirmé."), h, at(pathCard, 1, 0, 0, 1)...)
	// The evidence follows, as in the reader's card.
	match(t, h.renderEvidence(0), h, at(pathCard, 1, 1)...)
	if want := `<p class="fl-ev-head"><span class="badge v-supported">Confirmé</span>`; !strings.Contains(app.HTMLString(h), want) {
		t.Errorf("the revealed card does not show %s", want)
	}
	match(t, frStandfirst(studentMark("claim k-founding v-supported", " (fondation, confirmé, faux; 1 autre affirmation ici)", true)), h, pathStandfirst...)
	if want := "Faux — vous avez répondu « Contredit » ; le verdict est : Confirmé."; h.announce != want {
		t.Errorf("announce = %q, want %q", h.announce, want)
	}

	// Claim 5 is unverified: "can't tell" is right.
	h.do(func(ctx app.Context) { h.openCard(ctx, 4) })
	h.do(func(app.Context) { h.choose(4, ChoiceCantTell) })
	h.do(func(ctx app.Context) { h.reveal(ctx, 4) })
	match(t, app.Div().ID(classResultID).Class("fl-result", "q-right").TabIndex(-1), h, at(pathCard, 1, 0)...)
	match(t, app.Text("Juste"), h, at(pathCard, 1, 0, 0, 0, 0)...)

	score := pageHTML(h)
	if !strings.Contains(score, "Réponses justes : 1 sur 2 verdicts révélés (7 affirmations en tout).") {
		t.Errorf("score line missing from the page")
	}
	h.do(h.revealAll)
	if !h.class.ex.Done() {
		t.Errorf("not done after reveal all")
	}
	if want := "Tous les verdicts sont révélés. Réponses justes : 1 sur 7 verdicts révélés (7 affirmations en tout)."; h.announce != want {
		t.Errorf("announce = %q, want %q", h.announce, want)
	}
	if strings.Contains(pageHTML(h), `id="class-reveal-all"`) {
		t.Errorf("reveal-all button still shown once everything is revealed")
	}
}

func TestClassroom_SettingsFromLink(t *testing.T) {
	h := mountClass(t, enPage(), "/classroom/summit#k=d&r=1", false, nil)
	if got := h.class.ex.Len(); got != 2 {
		t.Fatalf("exercise of %d claims, want the 2 dates", got)
	}
	for _, c := range h.Page.Report.Claims {
		if c.Kind != facts.KindDate {
			t.Errorf("student page holds a %v claim", c.Kind)
		}
	}
	h.do(func(ctx app.Context) { h.openCard(ctx, 0) })
	h.do(func(app.Context) { h.choose(0, ChoiceSupported) })
	h.do(func(ctx app.Context) { h.reveal(ctx, 0) })
	if h.announce != "Write a reason first." {
		t.Errorf("announce = %q, want the reason hint", h.announce)
	}
	match(t, app.Label().For(classReasonID), h, at(pathCard, 1, 2, 0)...)
	match(t, app.Text("Your reason (required)"), h, at(pathCard, 1, 2, 0, 0)...)
	h.do(func(app.Context) { h.setReason(0, "the charter is dated") })
	h.do(func(ctx app.Context) { h.reveal(ctx, 0) })
	if want := "Right — the verdict is: Supported."; h.announce != want {
		t.Errorf("announce = %q, want %q", h.announce, want)
	}
	match(t, app.Text("Your reason: the charter is dated"), h, at(pathCard, 1, 0, 1, 0)...)
}

func TestClassroom_Teacher(t *testing.T) {
	h := mountClass(t, frPage(), "/classroom/sommet?teacher=1", true, nil)
	page := pageHTML(h)
	for _, w := range []string{`fl-teacher`, `class="fl-table fl-sheet-table"`, `id="notes"`, `fl-legend`,
		`claim k-founding v-supported`, `claim k-date v-imprecise`, `value="/classroom/sommet"`, "Corrigé"} {
		if !strings.Contains(page, w) {
			t.Errorf("teacher page lacks %s", w)
		}
	}
	if strings.Contains(page, `checked="false"`) {
		t.Errorf(`prerendered teacher page writes checked="false", which HTML reads as checked`)
	}
	// One sheet row a claim, numbered, with its verdict and sources.
	if got := strings.Count(page, "<tr>"); got != len(frPage().Report.Claims)+1 {
		t.Errorf("answer sheet has %d rows, want %d and the head", got, len(frPage().Report.Claims))
	}

	h = mountClass(t, frPage(), "/classroom/sommet?teacher=1", false, nil)
	h.do(func(app.Context) {
		h.class.leaveOut[facts.KindFounding] = true
		h.class.requireReason = true
	})
	page = pageHTML(h)
	// (go-app's HTMLString does not escape attributes.)
	if !strings.Contains(page, `value="/classroom/sommet#k=da&r=1"`) {
		t.Errorf("link without the teacher's settings:\n%s", page)
	}
	if got := strings.Count(page, "<tr>"); got != 5+1 {
		t.Errorf("answer sheet has %d rows, want 5 (dates and attendance) and the head", got)
	}
	h.do(func(app.Context) {
		h.class.leaveOut[facts.KindDate] = true
		h.class.leaveOut[facts.KindAttendance] = true
	})
	page = pageHTML(h)
	if !strings.Contains(page, "Choisissez au moins un type d’affirmation.") || strings.Contains(page, `value="/classroom`) {
		t.Errorf("no kind chosen, yet a link is offered")
	}
}

func TestClassroom_SharedText(t *testing.T) {
	a := facts.Article{
		Lang: "en", Published: "2025-01-10", Title: "Leaders meet in Niamey",
		Text: "Leaders meet in Niamey\n" +
			"The heads of state met on Thursday in Niamey.\n" +
			"Their alliance was founded on 16 September 2023 in Bamako, and its confederation treaty was signed on 6 July 2024.\n",
	}
	link, err := ClassroomLink(a, ClassSettings{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(link, "/classroom#") {
		t.Fatalf("link %.40q does not share the text", link)
	}

	h := mountClass(t, Page{}, link, false, newEngine(t))
	match(t, app.P().Class("fl-empty").Role("status"), h, 0, 0)
	match(t, app.Text("Checking the shared text…"), h, 0, 0, 0)
	h.do(h.navClass)
	claims := h.Page.Report.Claims
	if len(claims) == 0 {
		t.Fatal("the shared text has no claim")
	}
	if h.class.ex == nil || h.class.ex.Len() != len(claims) {
		t.Fatalf("no exercise on the %d claims of the shared text", len(claims))
	}
	page := pageHTML(h)
	if m := verdictMarks.FindString(page); m != "" {
		t.Errorf("shared text's student page holds the verdict class %s", m)
	}
	if !strings.Contains(page, "Leaders meet in Niamey</h1>") || !strings.Contains(page, `lang="en"`) {
		t.Errorf("the shared text is not shown as an English article")
	}
	h.do(func(ctx app.Context) { h.openCard(ctx, 0) })
	h.do(func(app.Context) { h.choose(0, answerOf(claims[0].Verdict)) })
	h.do(func(ctx app.Context) { h.reveal(ctx, 0) })
	if !h.class.ex.Item(0).Right() {
		t.Errorf("the verdict's own answer is not right")
	}
}

func TestClassroom_BadLinks(t *testing.T) {
	for _, tt := range []struct {
		name, url string
		server    bool
		role      string
		want      string
	}{
		{"damaged", "/classroom#k=z", false, "alert", "This classroom link is damaged: ask your teacher for the link again."},
		{"text in an article's link", "/classroom/summit#t=" + payload(t, "en\n2025-01-01\nT\nText."), false, "alert",
			"This classroom link is damaged: ask your teacher for the link again."},
		{"over the limit", "/classroom#t=" + payload(t, "en\n2025-01-01\nT\n"+strings.Repeat("x", MaxTextBytes+1)), false, "alert",
			"The text of this classroom link is over 200 KB: it is not opened."},
		{"no text", "/classroom", false, "status", "This classroom link holds no text: ask your teacher for the link."},
		{"prerender of a shared text", "/classroom", true, "status", "Checking the shared text…"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := mountClass(t, enPage(), tt.url, tt.server, newEngine(t))
			match(t, app.P().Class("fl-empty").Role(tt.role), h, 0, 0)
			match(t, app.Text(tt.want), h, 0, 0, 0)
		})
	}
}

func TestExercise_Restore(t *testing.T) {
	for _, tt := range []struct {
		name    string
		saved   []Answer
		want    []Item
		wantErr bool
	}{
		{"nothing saved", make([]Answer, 5), items(func([]Item) {}), false},
		{"answers and reveals", []Answer{
			{Choice: ChoiceSupported, Reason: "the charter", Revealed: true},
			{Choice: ChoiceImprecise},
			{},
			{Revealed: true}, // revealed by "reveal all", unanswered
			{Reason: "  not sure\n"},
		}, items(func(its []Item) {
			its[0].Choice, its[0].Reason, its[0].Revealed = ChoiceSupported, "the charter", true
			its[1].Choice = ChoiceImprecise
			its[3].Revealed = true
			its[4].Reason = "not sure"
		}), false},
		{"invalid choice dropped", []Answer{{Choice: 9, Revealed: true}, {}, {}, {}, {}},
			items(func(its []Item) { its[0].Revealed = true }), false},
		{"another article", make([]Answer, 4), items(func([]Item) {}), true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := NewExercise(exerciseClaims(), ClassSettings{})
			if err := e.Restore(tt.saved); (err != nil) != tt.wantErr {
				t.Errorf("Restore error = %v, want error %v", err, tt.wantErr)
			}
			var got []Item
			for i := range e.Len() {
				got = append(got, e.Item(i))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if tt.wantErr {
				return
			}
			// What Restore made saves as it was restored, but for what
			// Choose and SetReason dropped or cleaned.
			e2 := NewExercise(exerciseClaims(), ClassSettings{})
			e2.Restore(e.Answers())
			if diff := cmp.Diff(e.Answers(), e2.Answers()); diff != "" {
				t.Errorf("Answers after Restore(Answers()) (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClassroom_AnswersSurviveReload(t *testing.T) {
	const path = "/classroom/sommet#k=df"
	h := mountClass(t, frPage(), path, false, nil)
	h.do(h.navClass)
	h.do(func(ctx app.Context) { h.openCard(ctx, 1) })
	h.do(func(app.Context) { h.choose(1, ChoiceSupported) })
	h.do(func(ctx app.Context) { h.reveal(ctx, 1) })
	h.do(func(app.Context) { h.choose(2, ChoiceContradicted) })
	h.do(h.saveAnswers)
	want := h.class.ex.Answers()

	// The same article and kinds, as after a reload: the answers are back.
	reload := func(rawURL string) []Answer {
		u, _ := url.Parse(rawURL)
		h.do(func(ctx app.Context) {
			h.load(u.Path)
			h.Page = frPage()
			h.setPage()
			h.loadClass(u)
			h.navClass(ctx)
		})
		return h.class.ex.Answers()
	}
	if diff := cmp.Diff(want, reload(path+"&r=1")); diff != "" {
		t.Errorf("answers after a reload (-want +got):\n%s", diff)
	}
	if !strings.Contains(pageHTML(h), `<span class="badge v-supported">Confirmé, Juste</span>`) {
		t.Errorf("the revealed claim is not shown revealed after a reload")
	}
	// Other kinds: another exercise, nothing restored.
	if got := reload("/classroom/sommet#k=d"); !cmp.Equal(got, make([]Answer, 4)) {
		t.Errorf("answers of another exercise = %+v, want none", got)
	}
}

// TestClassroom_WithoutScript checks the student view's prerender for
// readers without JavaScript: the highlights lead to the introduction,
// which says the classroom needs scripting, since there are no notes.
func TestClassroom_WithoutScript(t *testing.T) {
	h := mountClass(t, frPage(), "/classroom/sommet", true, nil)
	page := app.HTMLString(h)
	for _, want := range []string{`id="` + classIntroID + `"`, `href="#` + classIntroID + `"`, `class="fl-noscript"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the student view lacks %s", want)
		}
	}
	if strings.Contains(page, `href="#note-`) {
		t.Errorf("a highlight of the student view links to a note it does not show")
	}
}
