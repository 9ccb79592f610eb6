package verify_test

import (
	"testing"
	"time"

	"factlens/facts"
)

// wireArticle is a wire story on the Bamako summit as an English agency
// would file it, with a dateline and a day for each fact.
const wireArticle = "Sahel juntas end Bamako summit, hand confederation presidency to Traore\n\n" +
	"BAMAKO, Dec 23 (Reuters) - The military leaders of Mali, Burkina Faso and Niger ended a two-day summit in Bamako on Tuesday, " +
	"naming Burkina Faso's Captain Ibrahim Traore president of their confederation for 2026.\n\n" +
	"Traore, who missed the opening day on Monday, arrived on Tuesday morning and was greeted at the airport by Mali's General Assimi Goita, the host. " +
	"Niger's General Abdourahamane Tiani arrived on Monday.\n\n" +
	"The Alliance of Sahel States was formed in September 2023 as a mutual defence pact and became a confederation at a summit in Niamey in July 2024. " +
	"The three countries formally left ECOWAS on Jan. 29, 2025. Their foreign ministers met in Ouagadougou on Nov. 26 to prepare the summit.\n\n" +
	"The alliance's unified force received its standard in Bamako on Dec. 20.\n"

// fileArticle is the same story as a French agency would file it.
const fileArticle = "AES : le capitaine Traoré prend la présidence de la confédération\n\n" +
	"BAMAKO, 23 décembre (AFP) - Les chefs d'État du Mali, du Burkina Faso et du Niger ont clôturé mardi à Bamako leur deuxième sommet, " +
	"qui a duré deux jours, en confiant la présidence tournante de la Confédération des États du Sahel au capitaine Ibrahim Traoré.\n\n" +
	"Le général Abdourahamane Tiani était présent dès lundi.\n\n" +
	"Née en septembre 2023 avec la signature de la Charte du Liptako-Gourma, l'AES a été transformée en confédération le 6 juillet 2024 à Niamey. " +
	"Le sommet avait été précédé samedi et dimanche d'une session du Conseil des ministres, présidée par le général Goïta.\n"

// TestFileArticle checks the French wire story through the whole engine:
// "samedi et dimanche" are both the council's days, not one the summit's.
func TestFileArticle(t *testing.T) {
	ch := defaultChecker(t)
	ref := time.Date(2025, 12, 23, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		claim string
		want  facts.Verdict
		why   string
	}{
		{"mardi", facts.Supported, "23 décembre 2025"},
		{"deux jours", facts.Supported, "2 jours"},
		{"samedi", facts.Supported, "Conseil des ministres"},
		{"dimanche", facts.Supported, "Conseil des ministres"},
		{"6 juillet 2024", facts.Supported, "Traité"},
	} {
		t.Run(tt.claim, func(t *testing.T) {
			checkClaim(t, ch, fileArticle, "fr", ref, tt.claim, tt.want, tt.why, "")
		})
	}
}

// TestWireArticle checks the wire story and copies of it with one error,
// through the whole engine: each fact is tied to its own event (the
// two-day summit to the one that ended on Tuesday, Tiani's Monday to the
// summit, not to his coup), and the dateline makes no claim.
func TestWireArticle(t *testing.T) {
	ch := defaultChecker(t)
	ref := time.Date(2025, 12, 23, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		old, new   string
		claim      string
		want       facts.Verdict
		why, avoid string
	}{
		{"the summit's length", "", "", "two-day", facts.Supported, "from 22 to 23 December 2025", "ECOWAS"},
		{"Tiani's day of arrival", "who missed the opening day on Monday,", "who missed the opening day,", "Monday", facts.Supported, "Second summit", "Coup"},
		{"Traore's morning", "", "", "Tuesday morning", facts.Supported, "", ""},
		{"Traore's absence", "", "", "Traore, who missed the opening day on Monday", facts.Supported, "absent on 22 December 2025", ""},
		{"an arrival a day after the first day there", "Tiani arrived on Monday", "Tiani arrived on Tuesday", "Niger's General Abdourahamane Tiani arrived", facts.Contradicted, "already there on 22 December 2025", ""},
		{"a summit a day longer", "two-day summit", "three-day summit", "three-day", facts.Contradicted, "lasted 2 days", ""},
		{"the treaty in another city", "summit in Niamey in July 2024", "summit in Ouagadougou in July 2024", "July 2024", facts.Imprecise, "in Niamey", ""},
		{"the exit a day early", "Jan. 29, 2025", "Jan. 28, 2025", "Jan. 28, 2025", facts.Contradicted, "29 January 2025", ""},
		{"the ministers a day late", "Nov. 26", "Nov. 27", "Nov. 27", facts.Contradicted, "26 November 2025", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := wireArticle
			if tt.old != "" {
				text = edit(t, text, tt.old, tt.new)
			}
			checkClaim(t, ch, text, "en", ref, tt.claim, tt.want, tt.why, tt.avoid)
		})
	}
	for _, c := range claimsOf(t, ch, wireArticle, "en", ref) {
		if c.Text == "Dec 23" {
			t.Errorf("the dateline's date makes claim %s", c.ID)
		}
	}
}
