package verify_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/check"
)

// bamakoEN is the default article translated into English as an English
// outlet would write it: same title, standfirst and paragraphs, same facts.
const bamakoEN = "Bamako summit: the AES seals its security and diplomatic destiny in the Sahel\n" +
	"The juntas of Mali, Niger and Burkina Faso strengthen their alliance against jihadist threats at a crucial summit.\n" +
	"On 22 December 2025, Bamako hosted the second summit of heads of state of the Alliance of Sahel States (AES), bringing together Generals Assimi Goïta (Mali), Abdourahamane Tiani (Niger) and Ibrahim Traoré (Burkina Faso). The aim: to consolidate security and diplomatic cooperation after a year of confederation, with a focus on the AES Unified Force.\n" +
	"The two-day summit, opened under tight security, marks a decisive step for the AES, formed in September 2023 as a defence pact and upgraded to a confederation in July 2024. The leaders, who come from military juntas, displayed documents from their previous meeting in Niamey, a symbol of their unity in the face of instability in the Sahel. The talks focus mainly on defence against jihadist threats, after withdrawing from the G5 Sahel and ECOWAS. The newly operational AES Unified Force aims to coordinate cross-border military operations and the sharing of resources.\n" +
	"A preparatory meeting of the ministers of Foreign Affairs, Defence, Security and Development was held on 20 and 21 December in Bamako, chaired by Goïta. It assessed the achievements of the first year, advanced the institutional structures and discussed progress with ECOWAS. Although Traoré's absence was noted on the first day, the event underlines the drive for autonomous regional integration, focused on economic and diplomatic security.\n" +
	"The summit comes against a backdrop of persistent tensions: jihadist insurgencies, regional sanctions and a quest for strategic independence. The AES aims for a common bank and a regional television channel, as mentioned in other coverage, to counter outside influence. RFI highlights this dynamic as a security \"sealing of destiny\", potentially isolating the three countries but strengthening their sovereignty.\n" +
	"This meeting in Bamako lays the foundations for a more robust AES, crucial for stability in the Sahel, while challenging traditional West African frameworks.\n"

// TestEnglishArticle checks bamakoEN claim by claim against the French
// default article: each claim of the French article has its English
// counterpart, with the same verdict and an English explanation holding
// why.
func TestEnglishArticle(t *testing.T) {
	ch, art, ref := defaultArticle(t)
	verdicts := func(text, lang string) map[string]facts.Claim {
		r, err := ch.Check(text, check.Options{Lang: lang, Ref: ref})
		if err != nil {
			t.Fatal(err)
		}
		m := make(map[string]facts.Claim)
		for _, c := range r.Claims {
			m[c.Text] = c
		}
		return m
	}
	fr, en := verdicts(art.Text, art.Lang), verdicts(bamakoEN, "en")
	tests := []struct {
		fr, en string
		want   facts.Verdict
		why    string // in the English explanation
	}{
		{"22 décembre 2025", "22 December 2025", facts.Supported, "took place from 22 to 23 December 2025"},
		{"réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)",
			"bringing together Generals Assimi Goïta (Mali), Abdourahamane Tiani (Niger) and Ibrahim Traoré (Burkina Faso)",
			facts.Imprecise, "Ibrahim Traoré was absent on 22 December 2025"},
		{"un an", "a year", facts.Imprecise, "about 17.5 months passed"},
		{"deux jours", "two-day", facts.Supported, "lasted 2 days"},
		{"formée en septembre 2023 comme pacte de défense", "formed in September 2023 as a defence pact", facts.Supported, "16 September 2023"},
		{"septembre 2023", "September 2023", facts.Supported, "16 September 2023"},
		{"promue confédération en juillet 2024", "upgraded to a confederation in July 2024", facts.Supported, "6 July 2024"},
		{"juillet 2024", "July 2024", facts.Supported, "6 July 2024"},
		{"le retrait du G5 Sahel et de la Cédéao", "after withdrawing from the G5 Sahel and ECOWAS", facts.Supported, "28 January 2024"},
		{"nouvellement opérationnelle", "newly operational", facts.Supported, "20 December 2025"},
		{"20 et 21 décembre", "20 and 21 December", facts.Supported, "from 20 to 21 December 2025"},
		{"sous la présidence de Goïta", "chaired by Goïta", facts.Supported, "Assimi Goïta was indeed the chair"},
		{"l’absence de Traoré ait été notée le premier jour", "Traoré's absence was noted on the first day", facts.Supported, "Ibrahim Traoré was absent on 22 December 2025"},
	}
	if len(tests) != len(fr) {
		t.Errorf("the French article has %d claims, the table %d", len(fr), len(tests))
	}
	if len(tests) != len(en) {
		t.Errorf("the English article has %d claims, the table %d", len(en), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.en, func(t *testing.T) {
			f, ok := fr[tt.fr]
			if !ok {
				t.Fatalf("no French claim %q", tt.fr)
			}
			if diff := cmp.Diff(tt.want, f.Verdict); diff != "" {
				t.Errorf("French verdict of %q (-want +got):\n%s", tt.fr, diff)
			}
			e, ok := en[tt.en]
			if !ok {
				t.Fatalf("no English claim %q", tt.en)
			}
			if diff := cmp.Diff(f.Verdict, e.Verdict); diff != "" {
				t.Errorf("English verdict of %q (-French +English):\n%s\n%s", tt.en, diff, e.Explanation)
			}
			if !strings.Contains(e.Explanation, tt.why) {
				t.Errorf("explanation of %q lacks %q: %s", tt.en, tt.why, e.Explanation)
			}
		})
	}
}

// TestPerturbedEnglishArticle edits bamakoEN one fact at a time, as
// TestPerturbedArticle does the French article.
func TestPerturbedEnglishArticle(t *testing.T) {
	ch, _, ref := defaultArticle(t)
	tests := []struct {
		name, old, new, claim string
		want                  facts.Verdict
		why                   string // in the explanation, when not empty
	}{
		{"summit wrong day", "On 22 December", "On 25 December", "25 December 2025", facts.Contradicted, `not "25 December 2025"`},
		{"summit wrong month", "On 22 December", "On 22 November", "22 November 2025", facts.Contradicted, ""},
		{"meeting wrong month", "on 20 and 21 December", "on 20 and 21 January", "20 and 21 January", facts.Contradicted, "from 20 to 21 December 2025"},
		{"formed a year early", "formed in September 2023", "formed in September 2022", "formed in September 2022 as a defence pact", facts.Contradicted, "16 September 2023"},
		{"colonels", "bringing together Generals", "bringing together Colonels",
			"bringing together Colonels Assimi Goïta (Mali), Abdourahamane Tiani (Niger) and Ibrahim Traoré (Burkina Faso)", facts.Imprecise, "general"},
		{"chair Tiani", "chaired by Goïta", "chaired by Tiani", "chaired by Tiani", facts.Contradicted, "Assimi Goïta was"},
		{"chair Traoré", "chaired by Goïta", "chaired by Traoré", "chaired by Traoré", facts.Contradicted, "Assimi Goïta was"},
		{"chair colonel", "chaired by Goïta", "chaired by Colonel Goïta", "chaired by Colonel Goïta", facts.Imprecise, "general"},
		{"summit three days", "two-day summit", "three-day summit", "three-day", facts.Contradicted, "lasted 2 days"},
		{"confederation six months", "a year of", "six months of", "six months", facts.Contradicted, "17.5 months"},
		{"confederation eighteen months", "a year of", "eighteen months of", "eighteen months", facts.Supported, "17.5 months"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaim(t, ch, edit(t, bamakoEN, tt.old, tt.new), "en", ref, tt.claim, tt.want, tt.why, "")
		})
	}
}
