package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/corpus"
	"factlens/facts/kb"
)

// TestPerturbedArticle edits the default article one fact at a time and
// checks that the verdict of the edited claim follows the knowledge base:
// a right fact kept is supported, a wrong one is contradicted (or
// imprecise when it is right in part). Each row replaces the first
// occurrence of old with new and looks up the claim whose text is claim.
func TestPerturbedArticle(t *testing.T) {
	ch, art, ref := defaultArticle(t)
	tests := []struct {
		name, old, new, claim string
		want                  facts.Verdict
		why                   string // in the explanation, when not empty
	}{
		// The summit's date (22–23 December 2025).
		{"summit day kept", "", "", "22 décembre 2025", facts.Supported, ""},
		{"summit second day", "L e 22 décembre", "L e 23 décembre", "23 décembre 2025", facts.Supported, ""},
		{"summit wrong day", "L e 22 décembre", "L e 25 décembre", "25 décembre 2025", facts.Contradicted, ""},
		{"summit wrong month", "L e 22 décembre", "L e 22 novembre", "22 novembre 2025", facts.Contradicted, ""},
		{"summit wrong year", "22 décembre 2025", "22 décembre 2024", "22 décembre 2024", facts.Contradicted, ""},
		{"summit on another event's day", "L e 22 décembre", "L e 11 décembre", "11 décembre 2025", facts.Contradicted, "Deuxième sommet"},
		{"first summit", "le deuxième sommet", "le premier sommet", "22 décembre 2025", facts.Contradicted, "6 juillet 2024"},
		// The ministers' meeting (20–21 December 2025).
		{"meeting days kept", "", "", "20 et 21 décembre", facts.Supported, ""},
		{"meeting days shifted", "les 20 et 21 décembre", "les 21 et 22 décembre", "21 et 22 décembre", facts.Imprecise, ""},
		{"meeting days before", "les 20 et 21 décembre", "les 12 et 13 décembre", "12 et 13 décembre", facts.Contradicted, ""},
		{"meeting days after", "les 20 et 21 décembre", "les 27 et 28 décembre", "27 et 28 décembre", facts.Contradicted, ""},
		{"meeting wrong month", "les 20 et 21 décembre", "les 20 et 21 novembre", "20 et 21 novembre", facts.Contradicted, ""},
		// The founding charter (16 September 2023).
		{"charter month kept", "", "", "septembre 2023", facts.Supported, ""},
		{"charter wrong month", "septembre 2023", "octobre 2023", "octobre 2023", facts.Contradicted, ""},
		{"charter wrong year", "septembre 2023", "septembre 2022", "septembre 2022", facts.Contradicted, ""},
		{"charter founding wrong month", "septembre 2023", "mars 2023", "formée en mars 2023 comme pacte de défense", facts.Contradicted, ""},
		{"founded 2022", "formée en septembre 2023", "fondée en 2022", "fondée en 2022 comme pacte de défense", facts.Contradicted, ""},
		{"founded 2023", "formée en septembre 2023", "fondée en 2023", "fondée en 2023 comme pacte de défense", facts.Supported, ""},
		// The confederation (6 July 2024).
		{"confederation month kept", "", "", "juillet 2024", facts.Supported, ""},
		{"confederation wrong month", "juillet 2024", "juin 2024", "juin 2024", facts.Contradicted, ""},
		{"confederation wrong year", "juillet 2024", "juillet 2023", "promue confédération en juillet 2023", facts.Contradicted, ""},
		{"confederation wrong year date", "juillet 2024", "juillet 2023", "juillet 2023", facts.Contradicted, ""},
		// Durations.
		{"summit length kept", "", "", "deux jours", facts.Supported, ""},
		{"summit three days", "deux jours", "trois jours", "trois jours", facts.Contradicted, ""},
		{"summit one week", "deux jours", "une semaine", "une semaine", facts.Contradicted, ""},
		{"confederation age kept", "", "", "un an", facts.Imprecise, ""},
		{"confederation seventeen months", "un an de", "dix-sept mois de", "dix-sept mois", facts.Supported, ""},
		{"confederation two years", "un an de", "deux ans de", "deux ans", facts.Imprecise, "17,5 mois"},
		{"confederation six months", "un an de", "six mois de", "six mois", facts.Contradicted, ""},
		{"confederation three years", "un an de", "trois ans de", "trois ans", facts.Contradicted, ""},
		// Who attended, chaired, and with what rank.
		{"leaders kept", "", "", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Imprecise, ""},
		{"captain Traoré", "et Ibrahim Traoré", "et le capitaine Ibrahim Traoré", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et le capitaine Ibrahim Traoré (Burkina Faso)", facts.Imprecise, ""},
		{"all captains", "les généraux", "les capitaines", "réunissant les capitaines Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Imprecise, ""},
		{"chair kept", "", "", "sous la présidence de Goïta", facts.Supported, ""},
		{"chair Tiani", "présidence de Goïta", "présidence de Tiani", "sous la présidence de Tiani", facts.Contradicted, ""},
		{"countries swapped", "Assimi Goïta (Mali), Abdourahamane Tiani (Niger)", "Abdourahamane Tiani (Mali), Assimi Goïta (Niger)",
			"réunissant les généraux Abdourahamane Tiani (Mali), Assimi Goïta (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Contradicted, "Abdourahamane Tiani : Niger, et non Mali"},
		{"chair Traoré", "présidence de Goïta", "présidence de Traoré", "sous la présidence de Traoré", facts.Contradicted, ""},
		{"chair colonel", "présidence de Goïta", "présidence du colonel Goïta", "sous la présidence du colonel Goïta", facts.Imprecise, "grade de général"},
		{"chair general", "présidence de Goïta", "présidence du général Goïta", "sous la présidence du général Goïta", facts.Supported, ""},
		{"absence kept", "", "", "l’absence de Traoré ait été notée le premier jour", facts.Supported, ""},
		{"absence Tiani", "l’absence de Traoré", "l’absence de Tiani", "l’absence de Tiani ait été notée le premier jour", facts.Contradicted, ""},
		{"absence Goïta", "l’absence de Traoré", "l’absence de Goïta", "l’absence de Goïta ait été notée le premier jour", facts.Contradicted, ""},
		{"absence second day", "le premier jour", "le deuxième jour", "l’absence de Traoré ait été notée le deuxième jour", facts.Contradicted, ""},
		// Where.
		{"summit in Niamey", "Bamako a accueilli", "Niamey a accueilli", "22 décembre 2025", facts.Imprecise, "et non à Niamey"},
		{"summit in Niamey attendance", "Bamako a accueilli", "Niamey a accueilli", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Imprecise, ""},
		{"summit in Ouagadougou", "Bamako a accueilli", "Ouagadougou a accueilli", "22 décembre 2025", facts.Imprecise, ""},
		{"meeting in Niamey", "décembre à Bamako", "décembre à Niamey", "20 et 21 décembre", facts.Imprecise, "a eu lieu à Bamako"},
		{"meeting in Niamey chair", "décembre à Bamako", "décembre à Niamey", "sous la présidence de Goïta", facts.Imprecise, ""},
		{"meeting at Koulouba", "décembre à Bamako", "décembre à Koulouba", "20 et 21 décembre", facts.Supported, ""},
		{"meeting in an unknown town", "décembre à Bamako", "décembre à Ségou", "20 et 21 décembre", facts.Supported, ""},
		// When the unified force became operational (20 December 2025).
		{"force newly operational kept", "", "", "nouvellement opérationnelle", facts.Supported, ""},
		{"force operational since 2019", "nouvellement opérationnelle", "opérationnelle depuis 2019", "opérationnelle depuis 2019", facts.Contradicted, ""},
		{"force operational soon", "nouvellement opérationnelle", "bientôt opérationnelle", "bientôt", facts.Contradicted, "20 décembre 2025"},
		// Further single edits a fact-checker would make.
		// A numbered summit that does not exist: the date is right, the rank wrong.
		{"third summit", "le deuxième sommet", "le troisième sommet", "22 décembre 2025", facts.Imprecise, "numéro 2 de sa série"},
		{"third summit wrong day", "L e 22 décembre 2025, Bamako a accueilli le deuxième sommet", "L e 28 décembre 2025, Bamako a accueilli le troisième sommet", "28 décembre 2025", facts.Contradicted, "numéro 2"},
		// The ministers' meeting: a month, a day, a place.
		{"meeting in January", "les 20 et 21 décembre", "les 20 et 21 janvier", "20 et 21 janvier", facts.Contradicted, "du 20 au 21 décembre 2025"},
		{"meeting a day early", "les 20 et 21 décembre", "les 19 et 20 décembre", "19 et 20 décembre", facts.Imprecise, "qu'en partie"},
		// The base knows a ministers' meeting in Ouagadougou (26 November):
		// the claimed days name the Bamako one, held elsewhere than claimed.
		{"meeting in Ouagadougou", "décembre à Bamako", "décembre à Ouagadougou", "20 et 21 décembre", facts.Imprecise, "a eu lieu à Bamako (PressAfrik (RFI)), et non à Ouagadougou"},
		{"summit in Ouagadougou attendance", "Bamako a accueilli", "Ouagadougou a accueilli", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Imprecise, "et non à Ouagadougou"},
		// Who chaired, who represented whom, with what rank.
		{"chair Tiani and Traoré", "présidence de Goïta", "présidence de Tiani et Traoré", "sous la présidence de Tiani et Traoré", facts.Contradicted, "c'était Assimi Goïta"},
		{"Traoré for Mali", "Ibrahim Traoré (Burkina Faso)", "Ibrahim Traoré (Mali)", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Mali)", facts.Contradicted, "Ibrahim Traoré : Burkina Faso, et non Mali"},
		{"Tiani for Burkina Faso", "Abdourahamane Tiani (Niger)", "Abdourahamane Tiani (Burkina Faso)", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Burkina Faso) et Ibrahim Traoré (Burkina Faso)", facts.Contradicted, "Abdourahamane Tiani : Niger, et non Burkina Faso"},
		{"colonels", "les généraux", "les colonels", "réunissant les colonels Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Imprecise, "grade de général à cette date, et non « colonel »"},
		{"absence Tiani and Traoré", "l’absence de Traoré", "l’absence de Tiani et de Traoré", "l’absence de Tiani et de Traoré ait été notée le premier jour", facts.Imprecise, "Abdourahamane Tiani était présent"},
		{"absence on the summit's first day", "le premier jour", "le 22 décembre", "l’absence de Traoré ait été notée le 22 décembre", facts.Supported, "absent le 22 décembre 2025"},
		// Foundings and withdrawals.
		{"formed 2022", "formée en septembre 2023", "formée en 2022", "formée en 2022 comme pacte de défense", facts.Contradicted, "16 septembre 2023"},
		{"formed on the day", "formée en septembre 2023", "fondée le 16 septembre 2023", "fondée le 16 septembre 2023 comme pacte de défense", facts.Supported, ""},
		{"confederation July 2025", "juillet 2024", "juillet 2025", "promue confédération en juillet 2025", facts.Contradicted, "6 juillet 2024"},
		{"confederation June 2024", "juillet 2024", "juin 2024", "promue confédération en juin 2024", facts.Contradicted, "6 juillet 2024"},
		{"confederation on the day", "en juillet 2024", "le 6 juillet 2024", "promue confédération le 6 juillet 2024", facts.Supported, ""},
		// The base knows no withdrawal from the African Union: another
		// withdrawal must not bear it out.
		{"withdrawal from the African Union", "le retrait du G5 Sahel et de la Cédéao", "le retrait de l’Union africaine", "le retrait de l’Union africaine", facts.Unverified, ""},
		{"withdrawal from ECOWAS only", "le retrait du G5 Sahel et de la Cédéao", "le retrait de la Cédéao", "le retrait de la Cédéao", facts.Supported, "28 janvier 2024"},
		{"withdrawal from the G5 only", "le retrait du G5 Sahel et de la Cédéao", "le retrait du G5 Sahel", "le retrait du G5 Sahel", facts.Supported, "29 novembre 2023"},
		{"joined ECOWAS", "le retrait du G5 Sahel et de la Cédéao", "l’adhésion à la Cédéao", "l’adhésion à la Cédéao", facts.Unverified, ""},
		{"force operational since 2024", "nouvellement opérationnelle", "opérationnelle depuis 2024", "opérationnelle depuis 2024", facts.Contradicted, "20 décembre 2025"},
		// Number words.
		{"summit forty-eight hours", "Le sommet de deux jours", "Le sommet de quarante-huit heures", "quarante-huit heures", facts.Supported, ""},
		{"summit one day", "Le sommet de deux jours", "Le sommet d’un jour", "un jour", facts.Contradicted, "2 jours"},
		{"confederation eighteen months", "un an de", "dix-huit mois de", "dix-huit mois", facts.Supported, "17,5 mois"},
		// Errors other outlets made (the base's errata), repeated.
		{"Gabon Daily News's generals", "", "", "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", facts.Imprecise, "L'erreur « généraux » a aussi été publiée par Gabon Daily News."},
		{"Le Bainetien's day", "L e 22 décembre", "L e 25 décembre", "25 décembre 2025", facts.Contradicted, "a aussi été publiée par Le Bainetien et L'Économiste du Mali."},
		{"PressAfrik's day", "formée en septembre 2023", "formée le samedi 15 septembre 2023", "samedi 15 septembre 2023", facts.Contradicted, "a aussi été publiée par PressAfrik."},
		{"Analyse de la semaine's month", "le deuxième sommet des chefs d’État de l’Alliance des États du Sahel (AES)", "le premier sommet des chefs d’État de l’Alliance des États du Sahel (AES) en novembre 2023", "novembre 2023", facts.Contradicted, "Analyse de la semaine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := art.Text
			if tt.old != "" {
				text = edit(t, text, tt.old, tt.new)
			}
			checkClaim(t, ch, text, art.Lang, ref, tt.claim, tt.want, tt.why, "")
		})
	}
}

// defaultChecker returns a checker over the default knowledge base.
func defaultChecker(t *testing.T) *check.Checker {
	t.Helper()
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	ch, err := check.New(b)
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

// defaultArticle returns a checker over the default knowledge base, the
// corpus's default article and its publication date.
func defaultArticle(t *testing.T) (*check.Checker, facts.Article, time.Time) {
	t.Helper()
	ch := defaultChecker(t)
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	art := c.Default()
	ref, err := time.Parse(time.DateOnly, art.Published)
	if err != nil {
		t.Fatal(err)
	}
	return ch, art, ref
}

// claimsOf returns the claims of text, found and verified by ch.
func claimsOf(t *testing.T, ch *check.Checker, text, lang string, ref time.Time) []facts.Claim {
	t.Helper()
	r, err := ch.Check(text, check.Options{Lang: lang, Ref: ref})
	if err != nil {
		t.Fatalf("check %.40q: %v", text, err)
	}
	return r.Claims
}

// edit replaces the first occurrence of old in text with new, failing
// when old is not there.
func edit(t *testing.T, text, old, new string) string {
	t.Helper()
	if !strings.Contains(text, old) {
		t.Fatalf("%q is not in the article", old)
	}
	return strings.Replace(text, old, new, 1)
}

// checkClaim checks text in lang, published on ref, and looks up the claim
// whose text is claim: its verdict must be want, its explanation must hold
// why and, when not empty, must not hold not.
func checkClaim(t *testing.T, ch *check.Checker, text, lang string, ref time.Time, claim string, want facts.Verdict, why, not string) {
	t.Helper()
	r, err := ch.Check(text, check.Options{Lang: lang, Ref: ref})
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, cl := range r.Claims {
		if cl.Text == claim {
			if diff := cmp.Diff(want, cl.Verdict); diff != "" {
				t.Errorf("verdict of %q (-want +got):\n%s\n%s", cl.Text, diff, cl.Explanation)
			}
			if !strings.Contains(cl.Explanation, why) {
				t.Errorf("explanation of %q lacks %q: %s", cl.Text, why, cl.Explanation)
			}
			if not != "" && strings.Contains(cl.Explanation, not) {
				t.Errorf("explanation of %q holds %q: %s", cl.Text, not, cl.Explanation)
			}
			return
		}
		found = append(found, cl.Text)
	}
	t.Errorf("no claim %q; claims: %q", claim, found)
}
