package verify_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/kb"
	"factlens/facts/verify"
)

// settleTest is one claim the base cannot speak to (the last of the claims
// built from text) and its whole explanation: why, then the sources that
// would settle it.
type settleTest struct {
	name   string
	lang   string
	ref    string
	text   string
	claims func(t testing.TB, text string) []facts.Claim
	want   string
}

// named sets the subject (as the text names it), the event and the object
// of a founding claim about organisations the base may not know.
func named(subject, event, object string) func(*facts.Claim) {
	return func(c *facts.Claim) { c.Subject, c.Event, c.Object = subject, event, object }
}

// at sets the event mention and the place of an attendance claim.
func at(event, place string) func(*facts.Claim) {
	return func(c *facts.Claim) { c.Event, c.Place = event, place }
}

// settleTests are claims the knowledge base cannot speak to, with the
// sentence naming the sources that would settle each.
var settleTests = []settleTest{
	{"founding of an unknown union", "en", "2025-01-10",
		"Acme Union was founded in March 2019.",
		one("Acme Union was founded in March 2019", facts.KindFounding, named("Acme Union", facts.EventFounded, ""), dated("2019-03")),
		"No fact in the knowledge base bears on this claim. Sources that would settle it: " +
			"the founding charter or statutes of \"Acme Union\", the notice published in the official journal or a public registry in March 2019 " +
			"or a wire report filed in March 2019."},
	{"founding of an unknown union in french", "fr", "2025-01-10",
		"L'Union des éleveurs a été créée le 1er mars 2019.",
		one("Union des éleveurs a été créée le 1er mars 2019", facts.KindFounding, named("Union des éleveurs", facts.EventFounded, ""), dated("2019-03-01")),
		"Aucun fait de la base ne porte sur cette affirmation. Sources qui permettraient de trancher : " +
			"l'acte fondateur ou les statuts de « Union des éleveurs », l'avis paru au Journal officiel ou dans un registre public le 1er mars 2019 " +
			"ou une dépêche d'agence publiée le 1er mars 2019."},
	{"undated accession", "en", "2025-01-10",
		"The Water Council joined the Rivers Forum.",
		one("The Water Council joined the Rivers Forum", facts.KindFounding, named("Water Council", facts.EventJoined, "Rivers Forum")),
		"No fact in the knowledge base bears on this claim. Sources that would settle it: " +
			"the instrument of accession of \"Water Council\" to \"Rivers Forum\", the notice published in the official journal or a public registry " +
			"or a contemporaneous wire report."},
	{"withdrawal from an organisation", "fr", "2025-01-10",
		"Le Syndicat des pêcheurs a quitté la Fédération en 2020.",
		one("Syndicat des pêcheurs a quitté la Fédération en 2020", facts.KindFounding, named("Syndicat des pêcheurs", facts.EventWithdrew, "Fédération"), dated("2020")),
		"Aucun fait de la base ne porte sur cette affirmation. Sources qui permettraient de trancher : " +
			"la notification du retrait de « Syndicat des pêcheurs » de « Fédération », l'avis paru au Journal officiel ou dans un registre public en 2020 " +
			"ou une dépêche d'agence publiée en 2020."},
	{"transformation into a federation", "en", "2025-01-10",
		"In May 2020 the Harbour League became the Harbour Federation.",
		one("the Harbour League became the Harbour Federation", facts.KindFounding, named("Harbour League", facts.EventTransformed, "Harbour Federation"), dated("2020-05")),
		"No fact in the knowledge base bears on this claim. Sources that would settle it: " +
			"the act or treaty that transformed \"Harbour League\" into \"Harbour Federation\", the notice published in the official journal or a public registry in May 2020 " +
			"or a wire report filed in May 2020."},
	{"event the base lacks for a known organisation", "fr", "2025-12-22",
		"Le G5 Sahel a été dissous en décembre 2023.",
		one("dissous en décembre 2023", facts.KindFounding, founding("g5-sahel", facts.EventDissolved), dated("2023-12")),
		"La base ne connaît aucun événement correspondant à « dissous en décembre 2023 ». Sources qui permettraient de trancher : " +
			"l'acte de dissolution de « G5 Sahel » (décret ou décision de ses membres), les communiqués ou le journal officiel publiés par « G5 Sahel » en décembre 2023 " +
			"ou une dépêche d'agence publiée en décembre 2023."},
	{"launch of an unknown bank", "en", "2025-12-22",
		"The bloc launched a regional investment bank.",
		one("launched a regional investment bank", facts.KindFounding, named("regional investment bank", facts.EventLaunched, "")),
		"No fact in the knowledge base bears on this claim. Sources that would settle it: " +
			"the official communiqué announcing the launch of \"regional investment bank\", the notice published in the official journal or a public registry " +
			"or a contemporaneous wire report."},
	{"attendance at an unknown summit", "en", "2025-01-10",
		"President Smith attended the summit in Paris on 3 May 2021.",
		one("President Smith attended the summit in Paris on 3 May 2021", facts.KindAttendance,
			at("the summit", "Paris"), dated("2021-05-03"), people(facts.Person{Name: "Smith", Present: true})),
		"The knowledge base knows no event this claim can be tied to. Sources that would settle it: " +
			"the official communiqué or list of participants of \"the summit\" in Paris on 3 May 2021, the host's press release " +
			"or dated wire photos of Smith."},
	{"title of a person", "fr", "2025-01-10",
		"Le général Jean Dupont et Paul Martin ont assisté au forum de Lyon les 3 et 4 mai 2021.",
		one("Le général Jean Dupont et Paul Martin ont assisté au forum de Lyon les 3 et 4 mai 2021", facts.KindAttendance,
			at("forum de Lyon", ""), dated("2021-05-03/2021-05-04"),
			people(facts.Person{Name: "Jean Dupont", Present: true, Title: "général"}, facts.Person{Name: "Paul Martin", Present: true})),
		"La base ne connaît aucun événement auquel rattacher cette affirmation. Sources qui permettraient de trancher : " +
			"le communiqué officiel ou la liste des participants de « forum de Lyon » du 3 au 4 mai 2021, " +
			"le texte officiel qui confère son titre à Jean Dupont (décret de nomination ou de promotion) " +
			"ou des photos d'agence datées montrant Jean Dupont et Paul Martin."},
	{"unknown person at a known summit", "fr", "2025-12-24",
		"Jean Dupont a présidé le sommet de Bamako.",
		one("Jean Dupont a présidé le sommet de Bamako", facts.KindAttendance,
			at("le sommet de Bamako", ""), people(facts.Person{Name: "Jean Dupont", Present: true, Role: "chair"})),
		"Aucun fait de la base ne porte sur cette affirmation. Sources qui permettraient de trancher : " +
			"le communiqué officiel ou la liste des participants de « le sommet de Bamako », " +
			"le programme ou le communiqué désignant le président de « le sommet de Bamako » " +
			"ou des photos d'agence datées montrant Jean Dupont."},
	{"date of a founding claim", "en", "2025-01-10",
		"Acme Union was founded in March 2019.",
		func(t testing.TB, text string) []facts.Claim {
			return []facts.Claim{
				claim(t, text, "", "Acme Union was founded in March 2019", facts.KindFounding, named("Acme Union", facts.EventFounded, "")),
				claim(t, text, "", "March 2019", facts.KindDate, value("DATE", "2019-03")),
			}
		},
		"No fact in the knowledge base bears on this claim. Sources that would settle it: " +
			"the founding charter or statutes of \"Acme Union\", the notice published in the official journal or a public registry in March 2019 " +
			"or a wire report filed in March 2019."},
	{"date of an attendance claim", "fr", "2025-01-10",
		"Paul Martin a assisté au forum de Lyon le 4 mai 2021.",
		func(t testing.TB, text string) []facts.Claim {
			return []facts.Claim{
				claim(t, text, "", "Paul Martin a assisté au forum de Lyon le 4 mai 2021", facts.KindAttendance,
					at("forum de Lyon", ""), people(facts.Person{Name: "Paul Martin", Present: true}), func(c *facts.Claim) { c.Value = "2021-05-04" }),
				claim(t, text, "", "4 mai 2021", facts.KindDate, value("DATE", "2021-05-04")),
			}
		},
		"La base ne connaît aucun événement auquel rattacher cette affirmation. Sources qui permettraient de trancher : " +
			"le communiqué officiel ou la liste des participants de « forum de Lyon » le 4 mai 2021, le communiqué de presse de l'hôte " +
			"ou des photos d'agence datées montrant Paul Martin."},
	{"day of an unknown summit", "en", "2024-09-10",
		"The summit of the Pacific nations opened on 2 September 2024.",
		one("2 September 2024", facts.KindDate, value("DATE", "2024-09-02")),
		"The knowledge base knows no event this claim can be tied to. Sources that would settle it: " +
			"a primary source that dates the summit (communiqué, minutes, official gazette) or a wire report filed on 2 September 2024."},
	{"day with no event word", "fr", "2021-03-04",
		"Il pleuvait le 3 mars 2021 à Paris.",
		one("3 mars 2021", facts.KindDate, value("DATE", "2021-03-03")),
		"La base ne connaît aucun événement auquel rattacher cette affirmation. Sources qui permettraient de trancher : " +
			"une source primaire qui date l'événement (communiqué, procès-verbal, journal officiel) ou une dépêche d'agence publiée le 3 mars 2021."},
	{"year-less day", "fr", "2021-03-04",
		"La réunion des éleveurs s'est tenue le 1er mars à Lyon.",
		one("1er mars", facts.KindDate, value("DATE", "XXXX-03-01")),
		"La base ne connaît aucun événement auquel rattacher cette affirmation. Sources qui permettraient de trancher : " +
			"une source primaire qui date la réunion (communiqué, procès-verbal, journal officiel) ou une dépêche d'agence publiée le 1er mars."},
	{"time of day", "en", "2021-05-04",
		"The inauguration of the bridge began at 10:30 on 3 May 2021.",
		one("10:30 on 3 May 2021", facts.KindDate, value("TIME", "2021-05-03T10:30")),
		"The knowledge base knows no event this claim can be tied to. Sources that would settle it: " +
			"a primary source that dates the inauguration (communiqué, minutes, official gazette) or a wire report filed on 3 May 2021 at 10:30."},
	{"week", "en", "2021-05-04",
		"The meeting took place in week 17 of 2021.",
		one("week 17 of 2021", facts.KindDate, value("DATE", "2021-W17")),
		"The knowledge base knows no event this claim can be tied to. Sources that would settle it: " +
			"a primary source that dates the meeting (communiqué, minutes, official gazette) or wire reports giving the dates."},
	{"duration", "en", "2024-09-10",
		"The summit of the Pacific nations lasted three hours on Monday.",
		one("three hours", facts.KindDate, value("DURATION", "PT3H")),
		"The knowledge base knows no event this claim can be tied to. Sources that would settle it: " +
			"the dated primary sources (communiqués, minutes, official gazette) of both ends of \"three hours\" or wire reports giving the dates."},
	{"duration in french", "fr", "2025-12-22",
		"Il a plu pendant deux jours.",
		one("deux jours", facts.KindDate, value("DURATION", "P2D")),
		"La base ne connaît aucun événement auquel rattacher cette affirmation. Sources qui permettraient de trancher : " +
			"les sources primaires datées (communiqués, procès-verbaux, journal officiel) des deux bornes de « deux jours » " +
			"ou des dépêches d'agence qui en donnent les dates."},
	{"soon with no event of the base", "fr", "2025-12-22",
		"Le nouveau port sera bientôt inauguré.",
		one("bientôt", facts.KindDate, value("DATE", "FUTURE_REF")),
		"La base ne connaît aucun événement auquel rattacher cette affirmation. Sources qui permettraient de trancher : " +
			"l'annonce officielle datée de l'inauguration (communiqué, calendrier) ou des dépêches d'agence qui en donnent les dates."},
}

// verifyLast verifies the claims that claims builds from text, in lang
// at the date ref (YYYY-MM-DD), and returns the last of them.
func verifyLast(t *testing.T, v *verify.Verifier, lang, ref, text string, claims func(testing.TB, string) []facts.Claim) facts.Claim {
	t.Helper()
	date, err := time.Parse(time.DateOnly, ref)
	if err != nil {
		t.Fatal(err)
	}
	cs := claims(t, text)
	v.Claims(text, lang, date, cs)
	return cs[len(cs)-1]
}

func TestClaims_Settle(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	v := verify.New(b)
	for _, tt := range settleTests {
		t.Run(tt.name, func(t *testing.T) {
			got := verifyLast(t, v, tt.lang, tt.ref, tt.text, tt.claims)
			if got.Verdict != facts.Unverified {
				t.Fatalf("verdict of %q = %v, want unverified\nexplanation: %s", got.Text, got.Verdict, got.Explanation)
			}
			if diff := cmp.Diff(tt.want, got.Explanation); diff != "" {
				t.Errorf("explanation of %q mismatch (-want +got):\n%s", got.Text, diff)
			}
		})
	}
}

// TestClaims_SettleEveryUnverified checks that every unverified claim of
// the verification tables names what would settle it, in its language,
// in two sentences, and that no other verdict does.
func TestClaims_SettleEveryUnverified(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	v := verify.New(b)
	lead := map[string]string{"fr": "Sources qui permettraient de trancher : ", "en": "Sources that would settle it: "}
	for _, group := range [][]verifyTest{dateTests, durationTests, foundingTests, attendanceTests} {
		for _, tt := range group {
			got := verifyLast(t, v, tt.lang, tt.ref, tt.text, tt.claims)
			settles := strings.Contains(got.Explanation, lead[tt.lang])
			if settles != (got.Verdict == facts.Unverified) {
				t.Errorf("%s: %s claim %q names sources: %v, want %v: %s", tt.name, got.Verdict, got.Text, settles, !settles, got.Explanation)
				continue
			}
			if !settles {
				continue
			}
			why, sources, _ := strings.Cut(got.Explanation, lead[tt.lang])
			if !strings.HasSuffix(why, ". ") || strings.Count(sources, ". ") > 0 || !strings.HasSuffix(sources, ".") {
				t.Errorf("%s: explanation of %q is not a reason then one sentence of sources: %q", tt.name, got.Text, got.Explanation)
			}
		}
	}
}
