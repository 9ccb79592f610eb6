package export_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/export"
)

func TestMarkdown(t *testing.T) {
	const text = "L’AES est née en 2023 à Bamako."
	c := claimOf(text, "c1", facts.KindDate, "2023", facts.Imprecise)
	c.Value, c.Explanation, c.Facts = "2023", "Le 16 septembre 2023.", []string{"f"}
	fact := facts.Fact{ID: "f", Statement: map[string]string{"es": "Carta firmada.", "de": "Charta."},
		Sources: []facts.Source{{Publisher: "Journal", URL: "https://j.example/a"}}}
	var many []facts.Claim
	for _, id := range []string{"c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10"} {
		d := claimOf(text, id, facts.KindDate, "2023", facts.Contradicted)
		d.Explanation = "Non."
		many = append(many, d)
	}
	tests := []struct {
		name string
		a    facts.Article
		r    facts.Report
		want string
	}{
		{
			name: "untitled english without claims",
			a:    facts.Article{Lang: "en", Text: "Nothing to check."},
			r:    facts.Report{Lang: "en"},
			want: "# Fact check\n\n## Claims (0)\n\nNo checkable claims.\n",
		},
		{
			name: "statement in no known language",
			a:    facts.Article{Lang: "fr", Title: "# 2023", Publisher: "Le *Journal*", Published: "2024-01-02", URL: "ftp://j.example/x", Text: text},
			r:    facts.Report{Lang: "fr", Claims: []facts.Claim{c}, Evidence: map[string]facts.Fact{"f": fact}},
			want: "# \\# 2023\n\nLe \\*Journal\\* · 2024-01-02\n\n## Affirmations (1)\n\n" +
				"1. **Imprécis** · date · « 2023 » · 2023\n\n   Le 16 septembre 2023.\n\n   Sources\n\n" +
				"   - Charta.\n     - Journal: [https://j.example/a](<https://j.example/a>)\n",
		},
		{
			name: "ten claims indent their explanations past the marker",
			a:    facts.Article{Lang: "en", Text: text},
			r:    facts.Report{Lang: "fr", Claims: many},
			want: "# Fact check\n\n## Claims (10)\n\n" + tenClaims(),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Markdown(&b, tt.a, tt.r); err != nil {
				t.Fatalf("Markdown: %v", err)
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("Markdown mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// tenClaims returns the list of ten contradicted date claims "2023" with
// the explanation "Non.": the tenth marker is one character wider.
func tenClaims() string {
	var b strings.Builder
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "%d. **False** · date · “2023”\n\n   Non.\n\n", i)
	}
	b.WriteString("10. **False** · date · “2023”\n\n    Non.\n")
	return b.String()
}
