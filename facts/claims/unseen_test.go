package claims

import (
	"os"
	"testing"

	"factlens/facts"
	"github.com/google/go-cmp/cmp"
)

// The articles of testdata other than the default one were written for
// these tests, in the style of wire copy, with organisations and people
// the test gazetteer does not know.
var unseenTests = []struct {
	file, lang string
	dates      []d
	founding   []founding
	attendance []attendance
}{
	{"niamey-summit.en.txt", "en",
		[]d{{"July 6", "2024-07-06"}, {"on Saturday", "2024-07-06"}, {"last September", "2023-09"}, {"in January", "2024-01"},
			{"January 2025", "2025-01"}, {"on Sunday", "2024-07-07"}, {"April", "2024-04"}, {"early 2025", "2025"}},
		[]founding{
			{Text: "formed last September as a mutual defence pact", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"},
			{Text: "was upgraded to a confederation at the first summit of the three leaders in the Nigerien capital", Subject: "AES", SubjectID: "aes", Event: transformed, Object: "confederation"},
			{Text: "they would leave ECOWAS", Subject: "AES", SubjectID: "aes", Event: withdrew, Object: "ECOWAS", ObjectIDs: []string{"ecowas"}},
			{Text: "Their withdrawal", Subject: "AES", SubjectID: "aes", Event: withdrew, Value: "2025-01"},
			{Text: "A joint force of 5,000 troops became operational in early 2025", Subject: "Unified Force of the AES", SubjectID: "fu-aes", Event: operational, Value: "2025"},
		},
		[]attendance{
			{Text: "Niger's Gen. Abdourahamane Tiani hosted Mali's Col. Assimi Goïta and Burkina Faso's Capt. Ibrahim Traoré",
				Event:  "the first summit of the three leaders",
				People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:general", "r:host"), p("Assimi Goïta", "id:goita", "t:colonel"), p("Ibrahim Traoré", "id:traore", "t:captain")}},
			{Text: "president, Omar Touray, did not attend", Event: "the Niamey meeting", Place: "Niamey", People: []facts.Person{p("Omar Touray", "t:president", "absent")}},
		}},
	{"conakry-forum.fr.txt", "fr",
		[]d{{"mardi", "2025-12-16"}, {"1972", "1972"}, {"2006", "2006"}, {"1964", "1964"}, {"2024", "2024"}},
		[]founding{
			{Text: "Créée en 1972 à Nouakchott", Subject: "OMVS", Event: founded, Value: "1972"},
			{Text: "fondée en 1964", Subject: "Banque africaine de développement", Event: founded, Value: "1964"},
		},
		[]attendance{
			{Text: "en présence du Premier ministre guinéen Amadou Oury Bah", Event: "Le forum", Value: "2025-12-16", Place: "Conakry",
				People: []facts.Person{p("Amadou Oury Bah", "t:Premier ministre")}},
			{Text: "Le président de la Commission de la Cédéao, Omar Alieu Touray, était absent",
				People: []facts.Person{p("Omar Alieu Touray", "t:président", "absent")}},
			{Text: "sous la présidence du ministre guinéen de l’Agriculture, Félix Lamah",
				People: []facts.Person{p("Félix Lamah", "t:ministre", "r:chair")}},
		}},
	{"au-suspends-niger.en.txt", "en",
		[]d{{"Aug 22", "2023-08-22"}, {"on Tuesday", "2023-08-22"}, {"1975", "1975"}, {"on Monday", "2023-08-21"}, {"2004", "2004"}, {"next week", "2023-W35"}},
		[]founding{
			{Text: "was established in 1975", Subject: "ECOWAS", SubjectID: "ecowas", Event: founded, Value: "1975"},
			{Text: "created in 2004", Subject: "Economic Community of West African States Standby Force", Event: founded, Value: "2004"},
		},
		[]attendance{
			{Text: "chaired by Ambassador Jainaba Jagne of Gambia", Event: "a meeting of the AU Peace and Security Council",
				People: []facts.Person{p("Jainaba Jagne", "t:ambassador", "r:chair")}},
			{Text: "Gen. Abdourahamane Tiani, who led the coup, was not present", Event: "the talks",
				People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:general", "absent")}},
		}},
	{"niamey-delegation.fr.txt", "fr",
		[]d{{"samedi", "2025-12-20"}, {"deux heures", "PT2H"}, {"janvier", "2025-01"}, {"1975", "1975"}, {"26 juillet", "2023-07-26"}},
		[]founding{
			{Text: "leur retrait de la Cédéao en janvier", Subject: "Mali", SubjectID: "mali", Event: withdrew, Value: "2025-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "leur retrait de la Cédéao en janvier", Subject: "Burkina Faso", SubjectID: "burkina", Event: withdrew, Value: "2025-01", Object: "Cédéao", ObjectIDs: []string{"ecowas"}},
			{Text: "Créée en 1975 à Lagos", Subject: "Cédéao", SubjectID: "ecowas", Event: founded, Value: "1975"},
		},
		[]attendance{
			{Text: "conduite par l’ancien président nigérian Abdulsalami Abubakar", Value: "2025-12-20", Place: "Niamey",
				People: []facts.Person{p("Abdulsalami Abubakar", "t:président")}},
			{Text: "Le Premier ministre Ali Mahamane Lamine Zeine y a également assisté", Event: "La rencontre",
				People: []facts.Person{p("Ali Mahamane Lamine Zeine", "t:Premier ministre")}},
		}},
	{"brussels-summit.en.txt", "en",
		[]d{{"Thursday", "2025-10-23"}, {"two-day", "P2D"}, {"1993", "1993"}, {"last year", "2024"}, {"2017", "2017"}, {"2021", "2021"},
			{"January 2020", "2020-01"}, {"three years", "P3Y"}, {"Friday", "2025-10-24"}},
		[]founding{
			{Text: "founded in 1993 under the Maastricht Treaty", Subject: "European Union", Event: founded, Value: "1993"},
			{Text: "launched a new defence fund last year", Subject: "new defence fund", Event: launched, Value: "2024"},
			{Text: "European Defence Fund was set up in 2017", Subject: "European Defence Fund", Event: founded, Value: "2017"},
			{Text: "became operational in 2021", Subject: "European Defence Fund", Event: operational, Value: "2021"},
			{Text: "Britain left the EU in January 2020", Subject: "Britain", Event: withdrew, Value: "2020-01", Object: "EU"},
		},
		[]attendance{
			{Text: "chaired by European Council President Antonio Costa", Event: "The meeting",
				People: []facts.Person{p("Antonio Costa", "t:president", "r:chair")}},
			{Text: "Hungary's Viktor Orban did not attend", Event: "the opening session",
				People: []facts.Person{p("Viktor Orban", "absent")}},
			{Text: "German Chancellor Friedrich Merz arrived late", Event: "the opening session", People: []facts.Person{p("Friedrich Merz", "t:chancellor")}},
		}},
	{"brussels-summit.fr.txt", "fr",
		[]d{{"jeudi", "2025-10-23"}, {"deux jours", "P2D"}, {"1993", "1993"}, {"l’an dernier", "2024"},
			{"janvier 2020", "2020-01"}, {"trois ans", "P3Y"}, {"vendredi", "2025-10-24"}},
		[]founding{
			{Text: "fondée en 1993 par le traité de Maastricht", Subject: "Union européenne", Event: founded, Value: "1993"},
			{Text: "a lancé un nouveau fonds de défense l’an dernier", Subject: "nouveau fonds de défense", Event: launched, Value: "2024"},
			{Text: "Le Royaume-Uni a quitté l’UE en janvier 2020", Subject: "Royaume-Uni", Event: withdrew, Value: "2020-01", Object: "UE"},
		},
		[]attendance{
			{Text: "sous la présidence d’António Costa", Event: "La réunion", People: []facts.Person{p("António Costa", "r:chair")}},
			{Text: "Le Premier ministre hongrois Viktor Orban n’a pas assisté", Event: "la séance d’ouverture",
				People: []facts.Person{p("Viktor Orban", "t:Premier ministre", "absent")}},
			{Text: "Le chancelier allemand Friedrich Merz est arrivé en retard", Event: "la séance d’ouverture", People: []facts.Person{p("Friedrich Merz", "t:chancelier")}},
		}},
}

func TestFind_UnseenArticles(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range unseenTests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			claims := Find(text, tt.lang, datesOf(t, text, tt.dates), g)
			checkClaims(t, text, claims)
			if diff := cmp.Diff(tt.founding, foundingsOf(claims)); diff != "" {
				t.Errorf("founding claims (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.attendance, attendancesOf(claims)); diff != "" {
				t.Errorf("attendance claims (-want +got):\n%s", diff)
			}
		})
	}
}
