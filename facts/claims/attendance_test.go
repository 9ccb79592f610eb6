package claims

import (
	"testing"

	"factlens/facts"
	"github.com/google/go-cmp/cmp"
)

var attendanceTests = []struct {
	name, lang, text string
	dates            []d
	want             []attendance
}{
	// French.
	{"list with a plural title and countries", "fr",
		"Le 22 décembre 2025, Bamako a accueilli le deuxième sommet des chefs d’État de l’Alliance des États du Sahel (AES), réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso).",
		[]d{{"22 décembre 2025", "2025-12-22"}},
		[]attendance{{
			Text:  "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)",
			Event: "le deuxième sommet des chefs d’État de l’Alliance des États du Sahel (AES)", Value: "2025-12-22", Place: "Bamako",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:général"), p("Abdourahamane Tiani", "id:tiani", "t:général"), p("Ibrahim Traoré", "id:traore", "t:général")}}}},
	{"chair with date and place", "fr",
		"Une réunion préparatoire des ministres des Affaires étrangères s’est tenue les 20 et 21 décembre à Bamako, sous la présidence de Goïta.",
		[]d{{"20 et 21 décembre", "2025-12-20/2025-12-21"}},
		[]attendance{{Text: "sous la présidence de Goïta", Event: "Une réunion préparatoire des ministres des Affaires étrangères",
			Value: "2025-12-20/2025-12-21", Place: "Bamako", People: []facts.Person{p("Assimi Goïta", "id:goita", "r:chair")}}}},
	{"absence on the first day, event of the paragraph", "fr",
		"Une réunion préparatoire des ministres s’est tenue les 20 et 21 décembre à Bamako. Bien que l’absence de Traoré ait été notée le premier jour, l’événement souligne la volonté d’intégration.",
		[]d{{"20 et 21 décembre", "2025-12-20/2025-12-21"}},
		[]attendance{{Text: "l’absence de Traoré ait été notée le premier jour", Event: "Une réunion préparatoire des ministres",
			Value: "2025-12-20/2025-12-21", Place: "Bamako", People: []facts.Person{p("Ibrahim Traoré", "id:traore", "absent", "w:day1")}}}},
	{"in the presence of the president", "fr", "Le forum s’est ouvert en présence du président Goïta.", nil,
		[]attendance{{Text: "en présence du président Goïta", Event: "Le forum", People: []facts.Person{p("Assimi Goïta", "id:goita", "t:président")}}}},
	{"was absent with a title", "fr", "Le capitaine Ibrahim Traoré était absent.", nil,
		[]attendance{{Text: "Le capitaine Ibrahim Traoré était absent", People: []facts.Person{p("Ibrahim Traoré", "id:traore", "t:capitaine", "absent")}}}},
	{"took part in a summit named after a city", "fr", "Goïta et Tiani ont pris part au sommet de Niamey.", nil,
		[]attendance{{Text: "Goïta et Tiani ont pris part", Event: "sommet de Niamey", Place: "Niamey",
			People: []facts.Person{p("Assimi Goïta", "id:goita"), p("Abdourahamane Tiani", "id:tiani")}}}},
	{"did not attend", "fr", "Traoré n’a pas assisté à la réunion.", nil,
		[]attendance{{Text: "Traoré n’a pas assisté", Event: "la réunion", People: []facts.Person{p("Ibrahim Traoré", "id:traore", "absent")}}}},
	{"host receives a guest", "fr", "Le général Tiani a reçu le capitaine Ibrahim Traoré à Niamey le 14 mars.", []d{{"14 mars", "2025-03-14"}},
		[]attendance{{Text: "Le général Tiani a reçu le capitaine Ibrahim Traoré", Value: "2025-03-14", Place: "Niamey",
			People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:général", "r:host"), p("Ibrahim Traoré", "id:traore", "t:capitaine")}}}},
	{"unknown ministers", "fr", "La réunion s’est tenue en présence du ministre Moussa Diallo et de la ministre Aïcha Koné.", nil,
		[]attendance{{Text: "en présence du ministre Moussa Diallo et de la ministre Aïcha Koné", Event: "La réunion",
			People: []facts.Person{p("Moussa Diallo", "t:ministre"), p("Aïcha Koné", "t:ministre")}}}},
	{"hosted by in apposition", "fr", "Le sommet, accueilli par le président Goïta, a duré deux jours.", []d{{"deux jours", "P2D"}},
		[]attendance{{Text: "accueilli par le président Goïta", Event: "Le sommet", People: []facts.Person{p("Assimi Goïta", "id:goita", "t:président", "r:host")}}}},
	{"unknown people with hyphens and countries", "fr",
		"Le forum de Kalto, ouvert lundi, réunit les ministres Jean-Paul Mbarga (Cameroun) et Fatou Ndiaye (Sénégal).", nil,
		[]attendance{{Text: "réunit les ministres Jean-Paul Mbarga (Cameroun) et Fatou Ndiaye (Sénégal)", Event: "Le forum de Kalto", Place: "Kalto",
			People: []facts.Person{p("Jean-Paul Mbarga", "t:ministre"), p("Fatou Ndiaye", "t:ministre")}}}},
	{"chaired", "fr", "Goïta a présidé la séance d’ouverture.", nil,
		[]attendance{{Text: "Goïta a présidé", Event: "la séance d’ouverture", People: []facts.Person{p("Assimi Goïta", "id:goita", "r:chair")}}}},
	{"talks with", "fr", "Assimi Goïta et Ibrahim Traoré se sont entretenus avec Abdourahamane Tiani.", nil,
		[]attendance{{Text: "Assimi Goïta et Ibrahim Traoré se sont entretenus avec Abdourahamane Tiani",
			People: []facts.Person{p("Assimi Goïta", "id:goita"), p("Ibrahim Traoré", "id:traore"), p("Abdourahamane Tiani", "id:tiani")}}}},
	{"no names", "fr", "Les ministres se sont réunis à Bamako.", nil, nil},
	{"a city hosts", "fr", "Bamako a accueilli le sommet.", nil, nil},
	{"absent on a date", "fr", "Tiani était absent le 21 décembre.", []d{{"21 décembre", "2025-12-21"}},
		[]attendance{{Text: "Tiani était absent le 21 décembre", People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "absent", "w:2025-12-21")}}}},
	{"absence then chair", "fr", "En l’absence du général Tiani, la réunion a été présidée par Goïta.", nil,
		[]attendance{
			{Text: "En l’absence du général Tiani", Event: "la réunion", People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:général", "absent")}},
			{Text: "présidée par Goïta", Event: "la réunion", People: []facts.Person{p("Assimi Goïta", "id:goita", "r:chair")}}}},
	{"met after a source", "fr", "Selon RFI, le colonel Assimi Goïta a rencontré le général Tiani.", nil,
		[]attendance{{Text: "le colonel Assimi Goïta a rencontré le général Tiani",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:colonel"), p("Abdourahamane Tiani", "id:tiani", "t:général")}}}},
	{"sentence-initial word is no name", "fr", "Hier, Goïta a présidé la séance plénière.", nil,
		[]attendance{{Text: "Goïta a présidé", Event: "la séance plénière", People: []facts.Person{p("Assimi Goïta", "id:goita", "r:chair")}}}},
	{"à présent is no presence", "fr", "Le Mali est à présent isolé.", nil, nil},
	{"nationality adjective after the title", "fr", "La cérémonie s’est déroulée en présence du président nigérien Abdourahamane Tiani.", nil,
		[]attendance{{Text: "en présence du président nigérien Abdourahamane Tiani", Event: "La cérémonie",
			People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:président")}}}},
	{"second day", "fr", "Le président Goïta était absent lors de la deuxième journée.", nil,
		[]attendance{{Text: "Le président Goïta était absent lors de la deuxième journée",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:président", "absent", "w:day2")}}}},

	// English.
	{"attended by with of-country", "en",
		"The summit was attended by President Assimi Goïta of Mali and Gen. Abdourahamane Tiani of Niger.", nil,
		[]attendance{{Text: "attended by President Assimi Goïta of Mali and Gen. Abdourahamane Tiani of Niger", Event: "The summit",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:president"), p("Abdourahamane Tiani", "id:tiani", "t:general")}}}},
	{"did not attend", "en", "Captain Ibrahim Traoré did not attend the meeting.", nil,
		[]attendance{{Text: "Captain Ibrahim Traoré did not attend", Event: "the meeting",
			People: []facts.Person{p("Ibrahim Traoré", "id:traore", "t:captain", "absent")}}}},
	{"chaired by", "en", "The talks were chaired by Goïta.", nil,
		[]attendance{{Text: "chaired by Goïta", Event: "The talks", People: []facts.Person{p("Assimi Goïta", "id:goita", "r:chair")}}}},
	{"absent on the first day", "en", "Traoré was absent on the first day.", nil,
		[]attendance{{Text: "Traoré was absent on the first day", People: []facts.Person{p("Ibrahim Traoré", "id:traore", "absent", "w:day1")}}}},
	{"hosted a guest", "en", "Gen. Tiani hosted Captain Traoré in Niamey.", nil,
		[]attendance{{Text: "Gen. Tiani hosted Captain Traoré", Place: "Niamey",
			People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:general", "r:host"), p("Ibrahim Traoré", "id:traore", "t:captain")}}}},
	{"met with", "en", "Goïta met with Tiani in Bamako.", nil,
		[]attendance{{Text: "Goïta met with Tiani", Place: "Bamako", People: []facts.Person{p("Assimi Goïta", "id:goita"), p("Abdourahamane Tiani", "id:tiani")}}}},
	{"known and unknown took part", "en", "Sipho Ndlovu-Mbeki and Grace Achieng took part in the Kalto regional forum.", nil,
		[]attendance{{Text: "Sipho Ndlovu-Mbeki and Grace Achieng took part", Event: "the Kalto regional forum", Place: "Kalto",
			People: []facts.Person{p("Sipho Ndlovu-Mbeki", "id:mbeki"), p("Grace Achieng")}}}},
	{"absence noted on the second day", "en", "The absence of Captain Traoré was noted on the second day of the summit.", nil,
		[]attendance{{Text: "The absence of Captain Traoré was noted on the second day", Event: "the summit",
			People: []facts.Person{p("Ibrahim Traoré", "id:traore", "t:captain", "absent", "w:day2")}}}},
	{"leaders without names", "en", "Leaders of the three countries met in Niamey.", nil, nil},
	{"ministers without names", "en", "In the presence of ministers from Mali and Niger, the charter was signed.", nil, nil},
	{"welcomed several titles", "en", "President Goïta welcomed Prime Minister Abdoulaye Maïga and Foreign Minister Abdoulaye Diop.", nil,
		[]attendance{{Text: "President Goïta welcomed Prime Minister Abdoulaye Maïga and Foreign Minister Abdoulaye Diop",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:president", "r:host"), p("Abdoulaye Maïga", "t:prime minister"), p("Abdoulaye Diop", "t:foreign minister")}}}},
	{"skipped a ceremony", "en", "Tiani skipped the opening ceremony in Bamako.", nil,
		[]attendance{{Text: "Tiani skipped", Event: "the opening ceremony", Place: "Bamako", People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "absent")}}}},
	{"the event of the paragraph", "en",
		"A preparatory meeting of foreign ministers was held on 20 and 21 December in Bamako. Traoré was absent from the event on the first day.",
		[]d{{"20 and 21 December", "2025-12-20/2025-12-21"}},
		[]attendance{{Text: "Traoré was absent from the event on the first day", Event: "A preparatory meeting of foreign ministers",
			Value: "2025-12-20/2025-12-21", Place: "Bamako", People: []facts.Person{p("Ibrahim Traoré", "id:traore", "absent", "w:day1")}}}},
	{"also present", "en", "General Moussa Keita was also present.", nil,
		[]attendance{{Text: "General Moussa Keita was also present", People: []facts.Person{p("Moussa Keita", "t:general")}}}},
	{"at present is no presence", "en", "Mali is at present isolated.", nil, nil},
	{"plural title in english", "en", "The summit brought together Presidents Goïta, Tiani and Traoré.", nil,
		[]attendance{{Text: "brought together Presidents Goïta, Tiani and Traoré", Event: "The summit",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:president"), p("Abdourahamane Tiani", "id:tiani", "t:president"), p("Ibrahim Traoré", "id:traore", "t:president")}}}},
	{"attended with a date and a place", "en", "Goïta and Tiani attended the summit in Niamey on 6 July 2024.", []d{{"6 July 2024", "2024-07-06"}},
		[]attendance{{Text: "Goïta and Tiani attended", Event: "the summit", Value: "2024-07-06", Place: "Niamey",
			People: []facts.Person{p("Assimi Goïta", "id:goita"), p("Abdourahamane Tiani", "id:tiani")}}}},
	{"absent on a date in english", "en", "Traoré was absent on 21 December.", []d{{"21 December", "2025-12-21"}},
		[]attendance{{Text: "Traoré was absent on 21 December", People: []facts.Person{p("Ibrahim Traoré", "id:traore", "absent", "w:2025-12-21")}}}},
	{"absence of an organisation", "en", "The absence of ECOWAS was noted.", nil, nil},
	{"absence of a thing", "fr", "L’absence de consensus a été notée.", nil, nil},
	{"received a thing", "en", "Goïta received a letter from the ECOWAS commission.", nil, nil},
	{"met reporters", "en", "Tiani met reporters in Niamey.", nil, nil},
	{"two people met", "en", "Goïta and Tiani met in Niamey on Monday.", []d{{"Monday", "2025-12-15"}},
		[]attendance{{Text: "Goïta and Tiani met", Value: "2025-12-15", Place: "Niamey", People: []facts.Person{p("Assimi Goïta", "id:goita"), p("Abdourahamane Tiani", "id:tiani")}}}},
	{"hosted an event", "en", "Gen. Tiani hosted the summit.", nil,
		[]attendance{{Text: "Gen. Tiani hosted", Event: "the summit", People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:general", "r:host")}}}},
	{"in the presence of", "en", "The ceremony took place in the presence of Gen. Tiani.", nil,
		[]attendance{{Text: "in the presence of Gen. Tiani", Event: "The ceremony", People: []facts.Person{p("Abdourahamane Tiani", "id:tiani", "t:general")}}}},
}

func TestFind_Attendance(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range attendanceTests {
		t.Run(tt.name, func(t *testing.T) {
			got := attendancesOf(Find(tt.text, tt.lang, datesOf(t, tt.text, tt.dates), g))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) attendance claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
