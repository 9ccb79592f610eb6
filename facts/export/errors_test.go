package export_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"factlens/facts"
	"factlens/facts/export"
)

// exporters runs each export on an article and its report.
var exporters = map[string]func(facts.Article, facts.Report) error{
	"Text": func(_ facts.Article, r facts.Report) error { return export.Text(new(bytes.Buffer), r) },
	"Markdown": func(a facts.Article, r facts.Report) error {
		return export.Markdown(new(bytes.Buffer), a, r)
	},
	"ClaimReview": func(a facts.Article, r facts.Report) error {
		_, err := export.ClaimReview(a, r, export.ClaimReviewOptions{})
		return err
	},
	"Annotations": func(a facts.Article, r facts.Report) error {
		_, err := export.Annotations(a, r, export.AnnotationOptions{})
		return err
	},
}

var allExporters = []string{"Text", "Markdown", "ClaimReview", "Annotations"}

func TestErrors(t *testing.T) {
	frArticle, _ := frenchCase()
	tests := []struct {
		name    string
		corrupt func(a *facts.Article, r *facts.Report)
		failing []string // the exporters that must fail; the others must not
		wantErr string
	}{
		{"claim without id", func(_ *facts.Article, r *facts.Report) { r.Claims[1].ID = "" }, allExporters, "claim 1 has no id"},
		{"id used twice", func(_ *facts.Article, r *facts.Report) { r.Claims[2].ID = "c1" }, allExporters, `claim id "c1" used twice`},
		{"zero verdict", func(_ *facts.Article, r *facts.Report) { r.Claims[0].Verdict = 0 }, allExporters, "claim c1 has invalid verdict Verdict(0)"},
		{"zero kind", func(_ *facts.Article, r *facts.Report) { r.Claims[0].Kind = 0 }, allExporters, "claim c1 has invalid kind Kind(0)"},
		{"publication date not a date", func(a *facts.Article, _ *facts.Report) { a.Published = "22/12/2025" },
			[]string{"ClaimReview"}, `article published date "22/12/2025"`},
		{"fact missing from evidence", func(_ *facts.Article, r *facts.Report) { delete(r.Evidence, "charter") },
			[]string{"Markdown"}, `claim c3 cites fact "charter" missing`},
		{"offsets past the end", func(a *facts.Article, r *facts.Report) { r.Claims[6].End = len(a.Text) + 1 },
			[]string{"Annotations"}, "claim c7: offsets"},
		{"offsets inside a rune", func(a *facts.Article, r *facts.Report) {
			c := &r.Claims[3] // "décembre 2023": start in the "é"
			c.Start += 2
			c.Text = a.Text[c.Start:c.End]
		}, []string{"Annotations"}, "claim c4: offsets"},
		{"empty span", func(_ *facts.Article, r *facts.Report) { r.Claims[0].End = r.Claims[0].Start; r.Claims[0].Text = "" },
			[]string{"Annotations"}, "claim c1: offsets"},
		{"text not at offsets", func(_ *facts.Article, r *facts.Report) { r.Claims[0].Text = "7 juillet 2024" },
			[]string{"Annotations"}, "claim c1: offsets"},
		{"invalid UTF-8", func(a *facts.Article, _ *facts.Report) { a.Text += "\xff" },
			[]string{"Annotations"}, fmt.Sprintf("article text is not valid UTF-8 at byte %d", len(frArticle.Text))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for name, run := range exporters {
				a, r := frenchCase()
				tt.corrupt(&a, &r)
				err := run(a, r)
				mustFail := false
				for _, f := range tt.failing {
					mustFail = mustFail || f == name
				}
				switch {
				case !mustFail && err != nil:
					t.Errorf("%s: unexpected error %v", name, err)
				case mustFail && err == nil:
					t.Errorf("%s: no error, want one containing %q", name, tt.wantErr)
				case mustFail && !strings.Contains(err.Error(), tt.wantErr):
					t.Errorf("%s: error %q, want one containing %q", name, err, tt.wantErr)
				}
			}
		})
	}
}
