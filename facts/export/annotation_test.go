package export_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/export"
)

// collection is the part of the Annotations output the tests read.
type collection struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Total   int    `json:"total"`
	First   struct {
		Type  string `json:"type"`
		Items []struct {
			ID         string `json:"id"`
			Type       string `json:"type"`
			Motivation string `json:"motivation"`
			Creator    struct{ Type, Name string }
			Created    string `json:"created"`
			Body       []struct {
				Type, Purpose, Value, Language, Format string
			}
			Target struct {
				Source   string     `json:"source"`
				Selector []selector `json:"selector"`
			}
		}
	}
}

// selector holds the fields of both selectors Annotations writes.
type selector struct {
	Type                  string
	Exact, Prefix, Suffix string
	Start, End            int
}

func decodeAnnotations(t *testing.T, b []byte) collection {
	t.Helper()
	var c collection
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatalf("Annotations output does not decode: %v\n%s", err, b)
	}
	return c
}

func TestAnnotations_Selectors(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		quote string
		want  []selector // quote, then position
	}{
		{"claim at start", "Le 6 juillet 2024 à Niamey", "Le 6 juillet 2024",
			sel("Le 6 juillet 2024", "", " à Niamey", 0, 17)},
		{"claim at end", "Goïta était à Niamey en 2024", "en 2024",
			sel("en 2024", "Goïta était à Niamey ", "", 21, 28)},
		{"whole text", "juillet 2024", "juillet 2024",
			sel("juillet 2024", "", "", 0, 12)},
		{"flag of two code points before", "Cédéao 🇲🇱 : 6 juillet 2024.", "6 juillet 2024",
			sel("6 juillet 2024", "Cédéao 🇲🇱 : ", ".", 12, 26)},
		{"emoji inside", "Le sommet 🤝 de Niamey", "sommet 🤝 de",
			sel("sommet 🤝 de", "Le ", " Niamey", 3, 14)},
		{"combining accents count apart", "Cre\u0301e\u0301e en 2023", "en 2023",
			sel("en 2023", "Cre\u0301e\u0301e ", "", 8, 15)},
		{"context cut at 32 code points", strings.Repeat("é", 40) + "2024" + strings.Repeat("🎉", 40), "2024",
			sel("2024", strings.Repeat("é", 32), strings.Repeat("🎉", 32), 40, 44)},
		{"line breaks kept", "Titre\nLe 22 décembre\nSuite", "22 décembre",
			sel("22 décembre", "Titre\nLe ", "\nSuite", 9, 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := facts.Article{Lang: "fr", Text: tt.text}
			r := facts.Report{Lang: "fr", Claims: []facts.Claim{claimOf(tt.text, "c1", facts.KindDate, tt.quote, facts.Supported)}}
			b, err := export.Annotations(a, r, export.AnnotationOptions{})
			if err != nil {
				t.Fatalf("Annotations: %v", err)
			}
			items := decodeAnnotations(t, b).First.Items
			if len(items) != 1 {
				t.Fatalf("Annotations = %d items, want 1", len(items))
			}
			if diff := cmp.Diff(tt.want, items[0].Target.Selector); diff != "" {
				t.Errorf("Annotations(%q) selectors mismatch (-want +got):\n%s", tt.quote, diff)
			}
		})
	}
}

// sel returns the selectors of a claim: exact, prefix and suffix, and its
// code-point start and end.
func sel(exact, prefix, suffix string, start, end int) []selector {
	return []selector{
		{Type: "TextQuoteSelector", Exact: exact, Prefix: prefix, Suffix: suffix},
		{Type: "TextPositionSelector", Start: start, End: end},
	}
}

// TestAnnotations_Positions checks the selectors of the fixtures against a
// slow, obvious computation on the text as a slice of runes.
func TestAnnotations_Positions(t *testing.T) {
	for name, build := range map[string]func() (facts.Article, facts.Report){"fr": frenchCase, "en": englishCase} {
		t.Run(name, func(t *testing.T) {
			a, r := build()
			b, err := export.Annotations(a, r, goldenAnnotation)
			if err != nil {
				t.Fatalf("Annotations: %v", err)
			}
			items := decodeAnnotations(t, b).First.Items
			if len(items) != len(r.Claims) {
				t.Fatalf("Annotations = %d items, want one per claim (%d)", len(items), len(r.Claims))
			}
			runes := []rune(a.Text)
			for i, c := range r.Claims {
				start := len([]rune(a.Text[:c.Start]))
				end := start + len([]rune(c.Text))
				want := sel(string(runes[start:end]), string(runes[max(0, start-32):start]),
					string(runes[end:min(len(runes), end+32)]), start, end)
				if want[0].Exact != a.Text[c.Start:c.End] {
					t.Fatalf("claim %s: code points %d..%d slice %q, bytes %d..%d slice %q",
						c.ID, start, end, want[0].Exact, c.Start, c.End, a.Text[c.Start:c.End])
				}
				if diff := cmp.Diff(want, items[i].Target.Selector); diff != "" {
					t.Errorf("claim %s selectors mismatch (-want +got):\n%s", c.ID, diff)
				}
			}
		})
	}
}

func TestAnnotations_Shape(t *testing.T) {
	type shape struct {
		ID, Type, Motivation, Creator, Created, Source string
		Purposes, Languages, Tags                      []string
	}
	tests := []struct {
		name     string
		build    func() (facts.Article, facts.Report)
		opt      export.AnnotationOptions
		wantBase string // "": the text's URN
	}{
		{"fr with options", frenchCase, export.AnnotationOptions{BaseURL: "https://factlens.example/a/x", Creator: "Vérif", Created: reviewDate}, "https://factlens.example/a/x"},
		{"en zero options", englishCase, export.AnnotationOptions{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, r := tt.build()
			b, err := export.Annotations(a, r, tt.opt)
			if err != nil {
				t.Fatalf("Annotations: %v", err)
			}
			got := decodeAnnotations(t, b)
			urn := got.ID // the text's URN when no BaseURL is given
			if tt.wantBase == "" && !isTextURN(urn) {
				t.Errorf("collection id = %q, want urn:sha256: and 64 hex digits", urn)
			}
			base, creator, source := tt.wantBase, tt.opt.Creator, a.URL
			if base == "" {
				base = urn
			}
			if creator == "" {
				creator = "factlens"
			}
			if source == "" {
				source = urn
			}
			head := []string{got.Context, got.ID, got.Type, got.Label, got.First.Type}
			wantHead := []string{"http://www.w3.org/ns/anno.jsonld", base, "AnnotationCollection", a.Title, "AnnotationPage"}
			if diff := cmp.Diff(wantHead, head); diff != "" {
				t.Errorf("collection mismatch (-want +got):\n%s", diff)
			}
			if got.Total != len(r.Claims) {
				t.Errorf("total = %d, want %d", got.Total, len(r.Claims))
			}
			var want, have []shape
			for _, c := range r.Claims {
				created := ""
				if !tt.opt.Created.IsZero() {
					created = "2025-12-23T09:30:00Z"
				}
				want = append(want, shape{
					ID: base + "#" + c.ID, Type: "Annotation", Motivation: "assessing",
					Creator: creator, Created: created, Source: source,
					Purposes: []string{"assessing", "tagging"}, Languages: []string{a.Lang, ""},
					Tags: []string{"", c.Verdict.String()},
				})
			}
			for _, it := range got.First.Items {
				s := shape{ID: it.ID, Type: it.Type, Motivation: it.Motivation, Creator: it.Creator.Name,
					Created: it.Created, Source: it.Target.Source}
				for _, body := range it.Body {
					s.Purposes = append(s.Purposes, body.Purpose)
					s.Languages = append(s.Languages, body.Language)
					tag := ""
					if body.Purpose == "tagging" {
						tag = body.Value
					}
					s.Tags = append(s.Tags, tag)
				}
				have = append(have, s)
			}
			if diff := cmp.Diff(want, have); diff != "" {
				t.Errorf("annotations mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// isTextURN reports whether s is "urn:sha256:" and 64 lower-case hex digits.
func isTextURN(s string) bool {
	h, ok := strings.CutPrefix(s, "urn:sha256:")
	return ok && len(h) == 64 && strings.Trim(h, "0123456789abcdef") == ""
}

func TestAnnotations_AssessmentText(t *testing.T) {
	const text = "L’AES a été créée en 2023."
	tests := []struct {
		name, lang, explanation string
		verdict                 facts.Verdict
		want                    string
	}{
		{"fr with explanation", "fr", "Créée le 16 septembre 2023.", facts.Imprecise, "Imprécis. Créée le 16 septembre 2023."},
		{"fr unverified kept", "fr", "", facts.Unverified, "Non vérifié"},
		{"en contradicted", "en", "Founded in 2023.", facts.Contradicted, "False. Founded in 2023."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimOf(text, "c1", facts.KindDate, "2023", tt.verdict)
			c.Explanation = tt.explanation
			b, err := export.Annotations(facts.Article{Lang: tt.lang, Text: text}, facts.Report{Claims: []facts.Claim{c}}, export.AnnotationOptions{})
			if err != nil {
				t.Fatalf("Annotations: %v", err)
			}
			items := decodeAnnotations(t, b).First.Items
			if len(items) != 1 || len(items[0].Body) == 0 {
				t.Fatalf("Annotations = %s, want one annotation with a body", b)
			}
			if got := items[0].Body[0].Value; got != tt.want {
				t.Errorf("assessment = %q, want %q", got, tt.want)
			}
		})
	}
}

// BenchmarkAnnotations exports a long French text with a claim in every
// sentence: the cost grows with the text and the claims, not their product.
func BenchmarkAnnotations(b *testing.B) {
	const sentence = "Le 6 juillet 2024, Goïta a reçu ses homologues de l’AES 🇲🇱 à Niamey ; la Cédéao observe. "
	var text strings.Builder
	var claims []facts.Claim
	for i := 0; text.Len() < 256<<10; i++ {
		start := text.Len() + strings.Index(sentence, "6 juillet 2024")
		text.WriteString(sentence)
		claims = append(claims, facts.Claim{ID: "c" + strconv.Itoa(i+1), Kind: facts.KindDate, Start: start,
			End: start + len("6 juillet 2024"), Text: "6 juillet 2024", Verdict: facts.Supported})
	}
	a := facts.Article{Lang: "fr", Text: text.String()}
	r := facts.Report{Lang: "fr", Claims: claims}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := export.Annotations(a, r, export.AnnotationOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
