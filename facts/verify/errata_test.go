package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/kb"
)

// TestClaims_Errata runs texts that repeat, or do not repeat, the errors
// of other outlets the default base records, through the claim engine and
// verification: a claim repeating one names the outlet (and the wrong
// phrase), in the text's language; a right or differently wrong claim
// names none.
func TestClaims_Errata(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	ch, err := check.New(b)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang, text, claim string
		want                    facts.Verdict
		outlets                 []string // named in the explanation; nil: none is
	}{
		{"charter on the 15th", "fr", "La Charte du Liptako-Gourma a été signée le samedi 15 septembre 2023 à Bamako.",
			"samedi 15 septembre 2023", facts.Contradicted, []string{"L'erreur « samedi 15 septembre 2023 » a aussi été publiée par PressAfrik."}},
		{"charter on the 15th in English", "en", "The Liptako-Gourma Charter was signed in Bamako on 15 September 2023.",
			"15 September 2023", facts.Contradicted, []string{`The error "samedi 15 septembre 2023" also appeared in PressAfrik.`}},
		{"charter on the 14th", "fr", "La Charte du Liptako-Gourma a été signée le 14 septembre 2023 à Bamako.",
			"14 septembre 2023", facts.Contradicted, nil},
		{"charter on the 16th", "fr", "La Charte du Liptako-Gourma a été signée le 16 septembre 2023 à Bamako.",
			"16 septembre 2023", facts.Supported, nil},
		{"summit on the 25th", "fr", "Le deuxième sommet de l'AES s'est achevé le 25 décembre 2025 à Bamako.",
			"25 décembre 2025", facts.Contradicted, []string{"Le Bainetien et L'Économiste du Mali."}},
		{"summit on the 26th", "fr", "Le deuxième sommet de l'AES s'est achevé le 26 décembre 2025 à Bamako.",
			"26 décembre 2025", facts.Contradicted, nil},
		{"first session in November 2023", "fr", "Le premier sommet des chefs d'État de l'AES s'est tenu en novembre 2023 à Niamey.",
			"novembre 2023", facts.Contradicted, []string{"Analyse de la semaine"}},
		{"Goïta's coup on 4 May", "fr", "Assimi Goïta a renversé Bah Ndaw le 4 mai 2021 à Bamako.",
			"4 mai 2021", facts.Contradicted, []string{"L'erreur « le 4 mai » a aussi été publiée par Human Rights Watch."}},
		{"Goïta's coup on 24 May", "fr", "Assimi Goïta a renversé Bah Ndaw le 24 mai 2021 à Bamako.",
			"24 mai 2021", facts.Supported, nil},
		{"all generals", "fr", "Le 23 décembre 2025, le deuxième sommet de l'AES s'est tenu à Bamako, réunissant les généraux Assimi Goïta, Abdourahamane Tiani et Ibrahim Traoré.",
			"réunissant les généraux Assimi Goïta, Abdourahamane Tiani et Ibrahim Traoré", facts.Imprecise, []string{"« généraux »", "Gabon Daily News"}},
		{"generals and a captain", "fr", "Le 23 décembre 2025, le deuxième sommet de l'AES s'est tenu à Bamako, réunissant les généraux Assimi Goïta et Abdourahamane Tiani et le capitaine Ibrahim Traoré.",
			"réunissant les généraux Assimi Goïta et Abdourahamane Tiani et le capitaine Ibrahim Traoré", facts.Supported, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := time.Date(2025, 12, 28, 0, 0, 0, 0, time.UTC)
			cs := claimsOf(t, ch, tt.text, tt.lang, ref)
			var found []string
			for _, c := range cs {
				if c.Text != tt.claim {
					found = append(found, c.Text)
					continue
				}
				if diff := cmp.Diff(tt.want, c.Verdict); diff != "" {
					t.Errorf("verdict of %q (-want +got):\n%s\n%s", c.Text, diff, c.Explanation)
				}
				for _, o := range tt.outlets {
					if !strings.Contains(c.Explanation, o) {
						t.Errorf("explanation of %q lacks %q: %s", c.Text, o, c.Explanation)
					}
				}
				if tt.outlets == nil {
					for _, e := range b.Errata() {
						if strings.Contains(c.Explanation, e.Outlet) {
							t.Errorf("explanation of %q names %s, whose error it does not repeat: %s", c.Text, e.Outlet, c.Explanation)
						}
					}
				}
				return
			}
			t.Errorf("no claim %q; claims: %q", tt.claim, found)
		})
	}
}

// TestClaims_ErratumDated checks that an erratum whose piece the base
// holds as a dated source gives that date after the outlet, in the text's
// language, and that errata come from every pack of the base.
func TestClaims_ErratumDated(t *testing.T) {
	def, err := kb.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	news, err := kb.Parse("newsroom.json", []byte(`{
 "pack": "newsroom",
 "extends": ["aes-default"],
 "sources": [{"id": "courrier", "publisher": "Le Courrier", "url": "https://news.example/sommet", "date": "2025-12-24",
   "says": "Dates the summit's opening to 26 December 2025."}],
 "facts": [{"id": "courrier-wrong", "statement": {"fr": "Le Courrier date l'ouverture du 26 décembre.", "en": "Le Courrier dates the opening to 26 December."},
   "confidence": "high", "sources": ["courrier"]}],
 "errata": [{"outlet": "Le Courrier", "url": "https://news.example/sommet", "says": "The summit opened on \"26 December 2025\".",
   "correction": "It opened on 22 December 2025.", "facts": ["summit2-dates"]}]
}`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := kb.New(def, news)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := check.New(b)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, text, claim, want string
	}{
		{"en", "The second AES summit opened in Bamako on 26 December 2025.", "26 December 2025",
			`The error "26 December 2025" also appeared in Le Courrier (24 December 2025).`},
		{"fr", "Le deuxième sommet de l'AES s'est ouvert le 26 décembre 2025 à Bamako.", "26 décembre 2025",
			"L'erreur « 26 December 2025 » a aussi été publiée par Le Courrier (24 décembre 2025)."},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			ref := time.Date(2025, 12, 28, 0, 0, 0, 0, time.UTC)
			cs := claimsOf(t, ch, tt.text, tt.lang, ref)
			for _, c := range cs {
				if c.Text == tt.claim {
					if !strings.HasSuffix(c.Explanation, tt.want) {
						t.Errorf("explanation of %q does not end with %q: %s", c.Text, tt.want, c.Explanation)
					}
					return
				}
			}
			t.Errorf("no claim %q in %+v", tt.claim, cs)
		})
	}
}
