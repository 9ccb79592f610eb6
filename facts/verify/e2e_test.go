package verify_test

import (
	"testing"
	"time"

	"factlens/facts"
)

// TestClaims_EndToEnd runs claims found by the claim engine through
// verification, on texts written for this test.
func TestClaims_EndToEnd(t *testing.T) {
	ch := defaultChecker(t)
	tests := []struct {
		lang, ref, text string
		want            map[string]facts.Verdict // claim text → verdict
	}{
		{"fr", "2025-12-24",
			"Le premier sommet de l'AES s'est tenu le 6 juillet 2024 à Niamey. " +
				"Le deuxième sommet s'est ouvert le 25 décembre 2025 à Bamako.\n",
			map[string]facts.Verdict{"6 juillet 2024": facts.Supported, "25 décembre 2025": facts.Contradicted}},
		{"en", "2025-12-24",
			"The alliance was founded in September 2023. The two-day summit in Bamako ended on Tuesday.\n",
			map[string]facts.Verdict{"September 2023": facts.Supported, "two-day": facts.Supported}},
		{"en", "2025-12-24",
			"The second AES summit opened in Niamey on 22 December 2025, bringing together General Assimi Goita (Niger) and General Abdourahamane Tiani (Niger).\n" +
				"The unified force will soon be operational.\n" +
				"The council of ministers met on 20 December 2025 at Koulouba.\n" +
				"The three-day summit in Bamako ended on Tuesday.\n",
			map[string]facts.Verdict{
				"22 December 2025": facts.Imprecise, // in Bamako, not Niamey
				"bringing together General Assimi Goita (Niger) and General Abdourahamane Tiani (Niger)": facts.Contradicted, // Goïta represented Mali
				"soon":             facts.Contradicted, // operational since 20 December
				"20 December 2025": facts.Supported,    // Koulouba is no evidence against Bamako
				"three-day":        facts.Contradicted,
			}},
		// A year from the announcement to the day the clause gives (the
		// exit took effect), not to the decision fixing that day; and the
		// coups' dates are not the founding's.
		{"en", "2025-01-29",
			"Mali, Burkina Faso and Niger formally left ECOWAS on Wednesday, a year after they announced their withdrawal from the regional bloc.\n" +
				"The juntas, which seized power in coups between 2020 and 2023, have formed their own grouping, the Alliance of Sahel States (AES).\n" +
				"A special summit in Abuja in December gave the three countries a six-month transition period.\n",
			map[string]facts.Verdict{
				"a year": facts.Supported,
				"have formed their own grouping, the Alliance of Sahel States": facts.Supported,
				"2020 and 2023": facts.Supported, // coups in Mali (2020) and Niger (2023)
			}},
		// A summit half a year after the last one the base knows, in the
		// same city, may be a later one: the base cannot tell.
		{"en", "2025-06-22",
			"West African leaders named a new chairman of the Economic Community of West African States on Sunday, at a summit in Abuja.\n",
			map[string]facts.Verdict{"Sunday": facts.Unverified}},
		// A date whose clause names no event, in a sentence that names
		// none of an event's organisations, is not that event's: a party
		// formed in the same sentence is not the AES.
		{"en", "2025-07-15",
			"Niger's military ruler, General Abdourahamane Tiani, did not attend the burial.\n\n" +
				"Buhari led Nigeria from 2015 to 2023 as the candidate of the All Progressives Congress, which was formed in 2013.\n",
			map[string]facts.Verdict{"2015 to 2023": facts.Unverified}},
		// An interval of several events holds when events of its kind
		// fall in its first and last years; one event only fills it in
		// part.
		{"en", "2025-01-29",
			"The AES leaders seized power in coups between 2019 and 2023.\n" +
				"Goita seized power in a coup between 2020 and 2023.\n",
			map[string]facts.Verdict{"2019 and 2023": facts.Imprecise, "2020 and 2023": facts.Imprecise}},
		{"fr", "2025-01-29",
			"Assimi Goïta et Abdourahamane Tiani ont pris le pouvoir par des coups d'État entre 2020 et 2023.\n",
			map[string]facts.Verdict{"2020 et 2023": facts.Supported}},
		// "Le premier sommet" is the first summit (Niamey), whoever hosted
		// the second; a summit is no evidence about a ministers' meeting.
		{"fr", "2025-07-06",
			"Lors du premier sommet, à Niamey, le général Abdourahamane Tiani avait accueilli ses homologues, le colonel Assimi Goïta et le capitaine Ibrahim Traoré.\n" +
				"Le sommet de Niamey a réuni les trois dirigeants en juillet 2024. Le capitaine Traoré, qui n'a pas assisté à la dernière réunion des ministres, devrait venir.\n",
			map[string]facts.Verdict{
				"le général Abdourahamane Tiani avait accueilli ses homologues, le colonel Assimi Goïta et le capitaine Ibrahim Traoré": facts.Supported,
				"Le capitaine Traoré, qui n'a pas assisté": facts.Unverified,
			}},
		// A summit the base does not know, whose day an attendance claim
		// took, is no other summit; a date inside a claim that did not
		// take it is judged on its own (the coup in Niger).
		{"fr", "2025-03-08",
			"Le sommet extraordinaire de l'Union économique et monétaire ouest-africaine (UEMOA) s'est ouvert samedi à Dakar sous la présidence du chef de l'État sénégalais, Bassirou Diomaye Faye.\n" +
				"Le général Abdourahamane Tiani, à la tête du Niger depuis le coup d'État de juillet 2023, s'est fait excuser.\n",
			map[string]facts.Verdict{"samedi": facts.Unverified, "juillet 2023": facts.Supported}},
		// An event word followed by the name of an organisation the base
		// does not know: the session of ECOWAS's parliament is no ECOWAS
		// summit.
		{"fr", "2025-05-20",
			"La session ordinaire du Parlement de la Cédéao s'est ouverte lundi à Abuja, en l'absence des députés du Mali, du Burkina Faso et du Niger.\n",
			map[string]facts.Verdict{"lundi": facts.Unverified}},
		// A summit of another organisation, past "des chefs d'État", is no
		// AES summit, though its host hosted one in the same city.
		{"fr", "2024-06-14",
			"Le général Abdourahamane Tiani a ouvert jeudi à Niamey le sommet des chefs d'État de l'Autorité du bassin du Niger (ABN).\n",
			map[string]facts.Verdict{"jeudi": facts.Unverified}},
		{"en", "2025-03-30",
			"Niger's military ruler, General Abdourahamane Tiani, did not attend a meeting of the Lake Chad Basin Commission's heads of state in N'Djamena last month.\n",
			map[string]facts.Verdict{"Niger's military ruler, General Abdourahamane Tiani, did not attend": facts.Unverified}},
		// The event of the claimed day, of the kind the clause names,
		// though the base does not record who attended it (held in
		// Bamako, not Niamey), not the summit in Niamey where the same
		// man was seventeen months before.
		{"fr", "2025-12-21",
			"Le général Abdourahamane Tiani a présidé samedi à Niamey la cérémonie de lancement de la force unifiée de l'AES, en présence des ministres de la Défense.\n",
			map[string]facts.Verdict{"samedi": facts.Imprecise}},
		// An undated attendance claim whose sentence names no event is
		// about the one the lead names (an inauguration in Conakry), not
		// a summit the base knows three weeks before; "four years after
		// he seized power in a coup" fits several coups as well, or one
		// the base does not know.
		{"en", "2026-01-17",
			"Guinea's junta leader sworn in as president\n\n" +
				"CONAKRY, Jan 17 (AP) - Gen. Mamadi Doumbouya was sworn in as Guinea's president on Saturday in a ceremony, four years after he seized power in a coup.\n\n" +
				"Mali's Col. Assimi Goita, an ally, was notably absent.\n",
			map[string]facts.Verdict{"Mali's Col. Assimi Goita, an ally, was notably absent": facts.Unverified, "four years": facts.Unverified}},
		// A summit in Bamako years before the AES was founded is of
		// another series, unless the sentence names the AES; hours of
		// debate are no length of a day-long event the base knows.
		{"fr", "2021-10-08",
			"Le précédent sommet, à Bamako en janvier 2017, avait rassemblé une trentaine de dirigeants.\n" +
				"Le président a débattu pendant près de trois heures avec onze jeunes venus du Mali, au lendemain de l'investiture d'Assimi Goïta.\n",
			map[string]facts.Verdict{"janvier 2017": facts.Unverified, "près de trois heures": facts.Unverified}},
		{"fr", "2021-10-08",
			"Le sommet de l'AES, à Bamako en janvier 2017, avait rassemblé les trois chefs d'État.\n",
			map[string]facts.Verdict{"janvier 2017": facts.Contradicted}},
		// A past told in 2017 is not about an event of 2025 that the
		// sentence names only by a common noun ("la force conjointe" of
		// the G5 Sahel); named by its own name, it is a mistake about it.
		{"fr", "2017-11-28",
			"Le Burkina Faso est l'un des cinq pays du G5 Sahel, dont la force conjointe a été lancée en juillet à Bamako.\n",
			map[string]facts.Verdict{"juillet": facts.Unverified}},
		{"fr", "2020-01-13",
			"Créé en 2014 à Nouakchott, le G5 Sahel a mis sur pied en 2017 une force conjointe.\n",
			map[string]facts.Verdict{"a mis sur pied en 2017 une force conjointe": facts.Unverified, "2017": facts.Unverified}},
		{"fr", "2017-11-28",
			"La Force unifiée de l'AES a été lancée en juillet à Bamako.\n",
			map[string]facts.Verdict{"juillet": facts.Contradicted}},
		// A leaving at another date is not the base's when the sentence
		// does not name what was left; naming it, it is a mistake.
		{"fr", "2019-12-21",
			"Le Mali avait quitté la zone franc en 1962 pour battre sa propre monnaie.\n",
			map[string]facts.Verdict{"1962": facts.Unverified}},
		{"fr", "2022-06-01",
			"Le Mali a quitté le G5 Sahel en 2021.\n",
			map[string]facts.Verdict{"2021": facts.Contradicted}},
		// A length with no event word beside it is an event's only when
		// the sentence names that event.
		{"en", "2017-07-02",
			"Sahel leaders launch G5 force in Bamako\n\n" +
				"The G5 Sahel, founded in Nouakchott in February 2014, has struggled for three years to turn its security ambitions into action.\n",
			map[string]facts.Verdict{"three years": facts.Unverified}},
		// A year's slip is a mistake about the summit, not another series;
		// hours are too short for a two-day summit.
		{"fr", "2025-12-24",
			"L'AES a tenu son deuxième sommet à Bamako.\n\nLe sommet de Bamako s'est ouvert le 22 décembre 2022.\n" +
				"Le sommet de Bamako n'a duré que six heures.\n",
			map[string]facts.Verdict{"22 décembre 2022": facts.Contradicted, "six heures": facts.Contradicted}},
		// In an article that never names the AES, an earlier summit in
		// Bamako is another; hours of deliberation are no summit's length.
		{"fr", "2025-12-24",
			"Le précédent sommet, à Bamako en février 2023, avait rassemblé une trentaine de dirigeants.\n" +
				"Au sommet de Bamako, les trois chefs d'État ont délibéré pendant six heures à huis clos.\n",
			map[string]facts.Verdict{"février 2023": facts.Unverified, "six heures": facts.Unverified}},
		{"fr", "2025-12-24",
			"L'AES a tenu son deuxième sommet à Bamako.\n\nLa séance à huis clos du sommet de Bamako a duré six heures.\n",
			map[string]facts.Verdict{"six heures": facts.Unverified}},
		// A council installed in Bamako with Goïta there, in an article
		// that never names the AES, is no meeting of the AES's ministers;
		// named, the wrong date is a mistake about it.
		{"fr", "2020-12-07",
			"Le Conseil national de transition a été installé samedi 5 décembre 2020 à Bamako, en présence du vice-président, le colonel Assimi Goïta.\n",
			map[string]facts.Verdict{"samedi 5 décembre 2020": facts.Unverified}},
		{"fr", "2025-12-24",
			"Le Conseil des ministres de l'AES s'est réuni pour la première fois le samedi 6 décembre 2025 à Bamako sous la présidence d'Assimi Goïta.\n",
			map[string]facts.Verdict{"samedi 6 décembre 2025": facts.Contradicted}},
		// A date whose sentence names an organisation but no founding,
		// joining or leaving is no date of one: a summit of the G5
		// Sahel's leaders is not Mali's withdrawal from it.
		{"fr", "2020-01-15",
			"Le président Emmanuel Macron a reçu lundi 13 janvier 2020 à Pau les présidents des cinq pays du G5 Sahel.\n",
			map[string]facts.Verdict{"lundi 13 janvier 2020": facts.Unverified}},
		{"fr", "2022-06-01",
			"Le Mali a annoncé son retrait du G5 Sahel le 15 mai 2021.\n",
			map[string]facts.Verdict{"15 mai 2021": facts.Contradicted}},
		// A date in the main clause is not that of the event a relative
		// clause names: the lifting of sanctions is no coup.
		{"fr", "2020-12-07",
			"La Cédéao, qui avait suspendu le Mali après le putsch, a levé ses sanctions en octobre.\n",
			map[string]facts.Verdict{"octobre": facts.Unverified}},
	}
	for _, tt := range tests {
		ref, _ := time.Parse(time.DateOnly, tt.ref)
		cs := claimsOf(t, ch, tt.text, tt.lang, ref)
		got := make(map[string]facts.Verdict)
		for _, c := range cs {
			got[c.Text] = c.Verdict
			t.Logf("%s %q %s %v: %s", c.Kind, c.Text, c.Verdict, c.Facts, c.Explanation)
		}
		for text, v := range tt.want {
			if got[text] != v {
				t.Errorf("%s: verdict of %q = %v, want %v", tt.lang, text, got[text], v)
			}
		}
	}
}
