package export_test

import (
	"os"
	"strings"

	"factlens/facts"
	"factlens/facts/export"
)

func ExampleText() {
	const text = "L’AES, créée en septembre 2023, a quitté la Cédéao."
	span := func(s string) (start, end int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	founding := facts.Claim{ID: "c1", Kind: facts.KindFounding, Text: "L’AES, créée en septembre 2023",
		Subject: "AES", Event: facts.EventFounded, Value: "2023-09", Verdict: facts.Imprecise}
	founding.Start, founding.End = span(founding.Text)
	date := facts.Claim{ID: "c2", Kind: facts.KindDate, Text: "septembre 2023",
		Type: "DATE", Value: "2023-09", Verdict: facts.Supported}
	date.Start, date.End = span(date.Text)

	r := facts.Report{Lang: "fr", Ref: "2025-12-22", Claims: []facts.Claim{founding, date}}
	if err := export.Text(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// ID  KIND      TEXT                              VALUE                 VERDICT
	// c1  founding  "L’AES, créée en septembre 2023"  AES founded; 2023-09  imprecise
	// c2  date      "septembre 2023"                  2023-09               supported
	// 2 claims: 1 supported, 1 imprecise
}
