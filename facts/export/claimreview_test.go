package export_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/export"
)

// decodeReviews decodes ClaimReview output as generic JSON objects.
func decodeReviews(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("ClaimReview output is not a JSON array of objects: %v\n%s", err, b)
	}
	return out
}

func TestClaimReview_Ratings(t *testing.T) {
	tests := []struct {
		name        string
		articleLang string
		reportLang  string
		verdict     facts.Verdict
		want        map[string]any // nil: no review
	}{
		{"fr supported", "fr", "fr", facts.Supported, rating(3, "Exact")},
		{"fr imprecise", "fr", "fr", facts.Imprecise, rating(2, "Imprécis")},
		{"fr contradicted", "fr", "fr", facts.Contradicted, rating(1, "Faux")},
		{"fr unverified left out", "fr", "fr", facts.Unverified, nil},
		{"en supported", "en", "en", facts.Supported, rating(3, "Accurate")},
		{"en imprecise", "en", "en", facts.Imprecise, rating(2, "Imprecise")},
		{"en contradicted", "en", "en", facts.Contradicted, rating(1, "False")},
		{"en unverified left out", "en", "en", facts.Unverified, nil},
		{"article language wins", "fr", "en", facts.Contradicted, rating(1, "Faux")},
		{"report language when article has none", "", "fr", facts.Imprecise, rating(2, "Imprécis")},
		{"other language in english", "de", "de", facts.Supported, rating(3, "Accurate")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			const text = "Goïta a quitté la Cédéao en janvier 2024 🇲🇱."
			a := facts.Article{Lang: tt.articleLang, Text: text}
			r := facts.Report{Lang: tt.reportLang, Claims: []facts.Claim{claimOf(text, "c1", facts.KindDate, "janvier 2024", tt.verdict)}}
			b, err := export.ClaimReview(a, r, export.ClaimReviewOptions{})
			if err != nil {
				t.Fatalf("ClaimReview: %v", err)
			}
			reviews := decodeReviews(t, b)
			if tt.want == nil {
				if len(reviews) != 0 {
					t.Fatalf("ClaimReview(%v claim) = %d reviews, want none", tt.verdict, len(reviews))
				}
				return
			}
			if len(reviews) != 1 {
				t.Fatalf("ClaimReview(%v claim) = %d reviews, want 1", tt.verdict, len(reviews))
			}
			if diff := cmp.Diff(tt.want, reviews[0]["reviewRating"]); diff != "" {
				t.Errorf("reviewRating mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// rating returns a reviewRating as it decodes, on the 1–3 scale.
func rating(value float64, name string) map[string]any {
	return map[string]any{"@type": "Rating", "ratingValue": value, "bestRating": 3.0, "worstRating": 1.0, "alternateName": name}
}

func TestClaimReview_Shape(t *testing.T) {
	a, r := frenchCase()
	b, err := export.ClaimReview(a, r, goldenReview)
	if err != nil {
		t.Fatalf("ClaimReview: %v", err)
	}
	type shape struct {
		Context, Type, ItemType, AppearanceType, AuthorType, URL, ClaimReviewed, ReviewBody, Lang string
	}
	var want []shape
	for _, c := range r.Claims {
		if c.Verdict == facts.Unverified {
			continue
		}
		want = append(want, shape{"https://schema.org", "ClaimReview", "Claim", "CreativeWork", "Organization",
			goldenReview.BaseURL + "#" + c.ID, c.Text, c.Explanation, "fr"})
	}
	var got []shape
	for _, m := range decodeReviews(t, b) {
		item, _ := m["itemReviewed"].(map[string]any)
		appearance, _ := item["appearance"].(map[string]any)
		author, _ := m["author"].(map[string]any)
		got = append(got, shape{str(m["@context"]), str(m["@type"]), str(item["@type"]), str(appearance["@type"]),
			str(author["@type"]), str(m["url"]), str(m["claimReviewed"]), str(m["reviewBody"]), str(m["inLanguage"])})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ClaimReview shape mismatch (-want +got):\n%s", diff)
	}
}

// str returns v if it is a string, else "".
func str(v any) string {
	s, _ := v.(string)
	return s
}

func TestClaimReview_Options(t *testing.T) {
	const text = "Le sommet de la Cédéao s’est tenu le 15 décembre 2024."
	r := facts.Report{Lang: "fr", Claims: []facts.Claim{claimOf(text, "d1", facts.KindDate, "15 décembre 2024", facts.Supported)}}
	known := facts.Article{Lang: "fr", Text: text, Published: "2024-12-16", Publisher: "Journal", URL: "https://journal.example/a", Title: "Sommet"}
	pasted := facts.Article{Lang: "fr", Text: text}
	tests := []struct {
		name string
		a    facts.Article
		opt  export.ClaimReviewOptions
		want map[string]any
	}{
		{
			name: "zero options",
			a:    known,
			want: map[string]any{
				"author": map[string]any{"@type": "Organization", "name": "factlens"},
				"itemReviewed": map[string]any{
					"@type": "Claim",
					"appearance": map[string]any{"@type": "CreativeWork", "url": "https://journal.example/a",
						"headline": "Sommet", "datePublished": "2024-12-16", "inLanguage": "fr"},
					"author":        map[string]any{"@type": "Organization", "name": "Journal"},
					"datePublished": "2024-12-16",
				},
			},
		},
		{
			name: "every option",
			a:    known,
			opt: export.ClaimReviewOptions{Reviewer: "Les Vérificateurs", ReviewerURL: "https://verif.example/",
				Date: reviewDate, BaseURL: "https://verif.example/r/1"},
			want: map[string]any{
				"url":           "https://verif.example/r/1#d1",
				"datePublished": "2025-12-23",
				"author":        map[string]any{"@type": "Organization", "name": "Les Vérificateurs", "url": "https://verif.example/"},
				"itemReviewed": map[string]any{
					"@type": "Claim",
					"appearance": map[string]any{"@type": "CreativeWork", "url": "https://journal.example/a",
						"headline": "Sommet", "datePublished": "2024-12-16", "inLanguage": "fr"},
					"author":        map[string]any{"@type": "Organization", "name": "Journal"},
					"datePublished": "2024-12-16",
				},
			},
		},
		{
			name: "pasted text",
			a:    pasted,
			want: map[string]any{
				"author":       map[string]any{"@type": "Organization", "name": "factlens"},
				"itemReviewed": map[string]any{"@type": "Claim"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := export.ClaimReview(tt.a, r, tt.opt)
			if err != nil {
				t.Fatalf("ClaimReview: %v", err)
			}
			reviews := decodeReviews(t, b)
			if len(reviews) != 1 {
				t.Fatalf("ClaimReview = %d reviews, want 1", len(reviews))
			}
			got := make(map[string]any)
			for _, k := range []string{"url", "datePublished", "author", "itemReviewed"} {
				if v, ok := reviews[0][k]; ok {
					got[k] = v
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ClaimReview(%+v) mismatch (-want +got):\n%s", tt.opt, diff)
			}
		})
	}
}
