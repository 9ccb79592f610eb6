package verify_test

import (
	"testing"

	"factlens/facts"
)

// enArticle is an English translation of the default article's first
// paragraphs, as an English outlet would publish it.
const enArticle = "On 22 December 2025, Bamako hosted the second summit of the heads of state of the Alliance of Sahel States (AES), " +
	"bringing together Generals Assimi Goïta (Mali) and Abdourahamane Tiani (Niger) and Captain Ibrahim Traoré (Burkina Faso). " +
	"The two-day summit, opened under tight security, marks a decisive step for the AES, formed in September 2023 as a defence pact " +
	"and turned into a confederation in July 2024.\n" +
	"A preparatory meeting of foreign, defence and security ministers was held on 20 and 21 December in Bamako, chaired by Goïta.\n"

// TestEditedCopies checks edited copies of the default article as a
// fact-checker would write them: several edits at once, dates written
// other ways, an English translation with one error. Each edit replaces
// the first occurrence of its old text; en rows edit enArticle and are
// checked in English. The claim whose text is claim must get want, its
// explanation must give the right value (why) and must not hold not.
func TestEditedCopies(t *testing.T) {
	ch, art, ref := defaultArticle(t)
	tests := []struct {
		name  string
		en    bool
		edits [][2]string
		claim string
		want  facts.Verdict
		why   string
		not   string
	}{
		// An erratum is cited only when the claim repeats its error: the
		// outlet's wrong rank given to the person it was wrong about.
		// A founding said to take place elsewhere: the date is right, the
		// place is not.
		// A day of the summit said to be its first or its last, and a
		// participle of the next clause that says nothing of its year.
		// An absence said of someone the base records as there: the
		// right title does not make it less wrong.
		{name: "an absence of someone who was there",
			edits: [][2]string{{"réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", "en l’absence du général Assimi Goïta"}},
			claim: "en l’absence du général Assimi Goïta", want: facts.Contradicted,
			why: "était présent du 22 au 23 décembre 2025"},
		{name: "English absence of someone who was there", en: true,
			edits: [][2]string{{"bringing together Generals Assimi Goïta (Mali) and Abdourahamane Tiani (Niger) and Captain Ibrahim Traoré (Burkina Faso)", "in the absence of General Assimi Goïta"}},
			claim: "the absence of General Assimi Goïta", want: facts.Contradicted,
			why: "was present"},
		{name: "a meeting two days early and in another city is the meeting before the summit, not one three weeks earlier",
			edits: [][2]string{{"les 20 et 21 décembre à Bamako", "les 18 et 19 décembre à Niamey"}},
			claim: "18 et 19 décembre", want: facts.Contradicted,
			why: "Conseil des ministres", not: "Ouagadougou"},
		{name: "a founding placed in a city of another summit leaves the summit's length alone",
			edits: [][2]string{{"formée en septembre 2023", "créée en septembre 2023 à Niamey"}},
			claim: "deux jours", want: facts.Supported,
			why: "Deuxième sommet", not: "Niamey"},
		{name: "the summit opened on its second day",
			edits: [][2]string{{"Le sommet de deux jours, ouvert sous", "Le sommet de deux jours, ouvert le 23 décembre sous"}},
			claim: "23 décembre", want: facts.Contradicted,
			why: "s'est ouvert le 22 décembre 2025"},
		{name: "the summit closed on its second day",
			edits: [][2]string{{"Le sommet de deux jours, ouvert sous", "Le sommet de deux jours, clos le 23 décembre sous"}},
			claim: "23 décembre", want: facts.Supported,
			why: "s'est achevé le 23 décembre 2025"},
		{name: "founded in the wrong city",
			edits: [][2]string{{"formée en septembre 2023 comme", "formée en septembre 2023 à Niamey comme"}},
			claim: "formée en septembre 2023 à Niamey comme pacte de défense", want: facts.Imprecise,
			why: "a eu lieu à Bamako", not: "y correspond"},
		{name: "founded in the right city",
			edits: [][2]string{{"formée en septembre 2023 comme", "formée en septembre 2023 à Bamako comme"}},
			claim: "formée en septembre 2023 à Bamako comme pacte de défense", want: facts.Supported,
			why: "16 septembre 2023"},
		{name: "confederation in the wrong city",
			edits: [][2]string{{"promue confédération en juillet 2024", "promue confédération en juillet 2024 à Bamako"}},
			claim: "promue confédération en juillet 2024 à Bamako", want: facts.Imprecise,
			why: "a eu lieu à Niamey", not: "y correspond"},
		{name: "English founding in the wrong city", en: true,
			edits: [][2]string{{"formed in September 2023 as", "formed in September 2023 in Niamey as"}},
			claim: "formed in September 2023 in Niamey as a defence pact", want: facts.Imprecise,
			why: "took place in Bamako"},
		// Someone the base does not place at the summit: the claim is not
		// borne out as a whole, though it is right about the others.
		{name: "a leader the base does not place there",
			edits: [][2]string{{"Ibrahim Traoré (Burkina Faso)", "Mahamat Déby (Tchad)"}},
			claim: "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Mahamat Déby (Tchad)", want: facts.Unverified,
			why: "La base ne dit pas si Mahamat Déby y assistait."},
		{name: "two leaders the base does not place there",
			edits: [][2]string{{"Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", "Alassane Ouattara (Côte d'Ivoire) et Mahamat Déby (Tchad)"}},
			claim: "réunissant les généraux Assimi Goïta (Mali), Alassane Ouattara (Côte d'Ivoire) et Mahamat Déby (Tchad)", want: facts.Unverified,
			why: "La base ne dit pas si Alassane Ouattara et Mahamat Déby y assistaient."},
		{name: "generals and the captain",
			edits: [][2]string{{"les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", "les généraux Goïta et Tiani et le capitaine Traoré"}},
			claim: "réunissant les généraux Goïta et Tiani et le capitaine Traoré", want: facts.Imprecise,
			why: "Ibrahim Traoré était absent le 22 décembre 2025 et présent le 23 décembre 2025", not: "Gabon Daily News"},
		{name: "generals with names and the captain",
			edits: [][2]string{{"et Ibrahim Traoré (Burkina Faso)", "et le capitaine Ibrahim Traoré (Burkina Faso)"}},
			claim: "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et le capitaine Ibrahim Traoré (Burkina Faso)", want: facts.Imprecise,
			why: "absent le 22 décembre 2025", not: "Gabon Daily News"},
		{name: "colonels repeat no erratum",
			edits: [][2]string{{"les généraux", "les colonels"}},
			claim: "réunissant les colonels Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", want: facts.Imprecise,
			why: "Assimi Goïta avait le grade de général à cette date, et non « colonel »", not: "Gabon Daily News"},
		{name: "captain Goïta repeats no erratum",
			edits: [][2]string{{"présidence de Goïta", "présidence du capitaine Goïta"}},
			claim: "sous la présidence du capitaine Goïta", want: facts.Imprecise,
			why: "Assimi Goïta avait le grade de général à cette date", not: "Gabon Daily News"},
		{name: "English generals repeat the erratum", en: true,
			edits: [][2]string{{"Generals Assimi Goïta (Mali) and Abdourahamane Tiani (Niger) and Captain Ibrahim Traoré", "Generals Assimi Goïta (Mali), Abdourahamane Tiani (Niger) and Ibrahim Traoré"}},
			claim: "bringing together Generals Assimi Goïta (Mali), Abdourahamane Tiani (Niger) and Ibrahim Traoré (Burkina Faso)", want: facts.Imprecise,
			why: "Gabon Daily News"},
		{name: "English captain repeats no erratum", en: true,
			claim: "bringing together Generals Assimi Goïta (Mali) and Abdourahamane Tiani (Niger) and Captain Ibrahim Traoré (Burkina Faso)", want: facts.Imprecise,
			why: "Ibrahim Traoré was absent on 22 December 2025 and present on 23 December 2025", not: "Gabon Daily News"},
		{name: "general Traoré repeats the erratum", edits: [][2]string{{"l’absence de Traoré", "l’absence du général Traoré"}},
			claim: "l’absence du général Traoré ait été notée le premier jour", want: facts.Imprecise,
			why: "L'erreur « généraux » a aussi été publiée par Gabon Daily News."},
		// An erratum cited gives the right value first, even when the
		// explanation had more to say.
		{name: "Traoré for Mali gives his rank",
			edits: [][2]string{{"Ibrahim Traoré (Burkina Faso)", "Ibrahim Traoré (Mali)"}},
			claim: "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Mali)", want: facts.Contradicted,
			why: "Ibrahim Traoré avait le grade de capitaine à cette date, et non « général » (Jeune Afrique). L'erreur « généraux »"},
		{name: "summit in Niamey gives Traoré's rank", edits: [][2]string{{"Bamako a accueilli", "Niamey a accueilli"}},
			claim: "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)", want: facts.Imprecise,
			why: "Ibrahim Traoré avait le grade de capitaine à cette date"},

		// Two edits in one sentence.
		{name: "wrong day and city",
			edits: [][2]string{{"L e 22 décembre 2025, Bamako", "L e 25 décembre 2025, Niamey"}},
			claim: "25 décembre 2025", want: facts.Contradicted, why: "a eu lieu du 22 au 23 décembre 2025 (allAfrica), et non « 25 décembre 2025 »"},
		{name: "wrong day and city names the city",
			edits: [][2]string{{"L e 22 décembre 2025, Bamako", "L e 25 décembre 2025, Niamey"}},
			claim: "25 décembre 2025", want: facts.Contradicted, why: "a eu lieu à Bamako (allAfrica), et non à Niamey"},
		{name: "charter and confederation both wrong, charter",
			edits: [][2]string{{"formée en septembre 2023", "formée en octobre 2023"}, {"en juillet 2024", "en juillet 2025"}},
			claim: "octobre 2023", want: facts.Contradicted, why: "le 16 septembre 2023"},
		{name: "charter and confederation both wrong, confederation",
			edits: [][2]string{{"formée en septembre 2023", "formée en octobre 2023"}, {"en juillet 2024", "en juillet 2025"}},
			claim: "promue confédération en juillet 2025", want: facts.Contradicted, why: "le 6 juillet 2024"},
		{name: "meeting days and city",
			edits: [][2]string{{"les 20 et 21 décembre à Bamako", "les 21 et 22 décembre à Niamey"}},
			claim: "21 et 22 décembre", want: facts.Imprecise, why: "a eu lieu à Bamako (PressAfrik (RFI)), et non à Niamey"},
		// The next sentence's absence is the summit's: the meeting's city
		// does not bear on it.
		{name: "meeting city leaves the summit's absence alone",
			edits: [][2]string{{"les 20 et 21 décembre à Bamako", "les 21 et 22 décembre à Niamey"}},
			claim: "l’absence de Traoré ait été notée le premier jour", want: facts.Supported, why: "Ibrahim Traoré était absent le 22 décembre 2025", not: "Niamey"},

		// Dates written other ways.
		{name: "numeric date", edits: [][2]string{{"L e 22 décembre 2025", "Le 22/12/2025"}},
			claim: "22/12/2025", want: facts.Supported, why: "du 22 au 23 décembre 2025"},
		{name: "numeric wrong date", edits: [][2]string{{"L e 22 décembre 2025", "Le 25/12/2025"}},
			claim: "25/12/2025", want: facts.Contradicted, why: "du 22 au 23 décembre 2025"},
		{name: "weekday without year", edits: [][2]string{{"L e 22 décembre 2025", "Lundi 22 décembre"}},
			claim: "Lundi 22 décembre", want: facts.Supported, why: "du 22 au 23 décembre 2025"},
		{name: "right weekday", edits: [][2]string{{"L e 22 décembre 2025", "Le lundi 22 décembre 2025"}},
			claim: "lundi 22 décembre 2025", want: facts.Supported, why: "du 22 au 23 décembre 2025"},
		{name: "wrong weekday", edits: [][2]string{{"L e 22 décembre 2025", "Le mardi 22 décembre 2025"}},
			claim: "mardi 22 décembre 2025", want: facts.Imprecise, why: "Le 22 décembre 2025 était un lundi, et non un mardi"},
		{name: "wrong weekday and day", edits: [][2]string{{"L e 22 décembre 2025", "Le mardi 25 décembre 2025"}},
			claim: "mardi 25 décembre 2025", want: facts.Contradicted, why: "a aussi été publiée par Le Bainetien"},
		{name: "English wrong weekday", en: true, edits: [][2]string{{"On 22 December 2025", "On Tuesday 22 December 2025"}},
			claim: "Tuesday 22 December 2025", want: facts.Imprecise, why: "22 December 2025 was a Monday, not a Tuesday"},

		// Lengths, attendance and roles.
		{name: "three-day summit", edits: [][2]string{{"Le sommet de deux jours", "Le sommet de trois jours"}},
			claim: "trois jours", want: facts.Contradicted, why: "a duré 2 jours, du 22 au 23 décembre 2025"},
		{name: "English three-day summit", en: true, edits: [][2]string{{"two-day", "three-day"}},
			claim: "three-day", want: facts.Contradicted, why: "lasted 2 days, from 22 to 23 December 2025"},
		{name: "Traoré chaired the ministers",
			edits: [][2]string{{"Elle a permis", "Traoré a présidé la réunion des ministres. Elle a permis"}},
			claim: "Traoré a présidé", want: facts.Contradicted, why: "c'était Assimi Goïta"},
		{name: "Traoré chaired the meeting",
			edits: [][2]string{{"Ce sommet intervient", "Traoré a présidé la réunion. Ce sommet intervient"}},
			claim: "Traoré a présidé", want: facts.Contradicted, why: "c'était Assimi Goïta"},
		// A summit had no chair in the base: the claim is judged on the
		// summit, by the days Goïta was there.
		{name: "Goïta chaired the summit",
			edits: [][2]string{{"Ce sommet intervient", "Goïta a présidé le sommet. Ce sommet intervient"}},
			claim: "Goïta a présidé", want: facts.Supported, why: "Assimi Goïta était présent du 22 au 23 décembre 2025", not: "Conseil des ministres"},
		{name: "English chaired by Traoré", en: true, edits: [][2]string{{"chaired by Goïta", "chaired by Traoré"}},
			claim: "chaired by Traoré", want: facts.Contradicted, why: "Assimi Goïta was"},
		{name: "Traoré there from the first day",
			edits: [][2]string{{"Ce sommet intervient", "Le sommet s'est ouvert en présence du président Traoré dès le premier jour. Ce sommet intervient"}},
			claim: "en présence du président Traoré dès le premier jour", want: facts.Contradicted, why: "Ibrahim Traoré était absent le 22 décembre 2025"},
		{name: "general Traoré absent", edits: [][2]string{{"l’absence de Traoré", "l’absence du général Traoré"}},
			claim: "l’absence du général Traoré ait été notée le premier jour", want: facts.Imprecise,
			why: "Ibrahim Traoré avait le grade de capitaine à cette date"},
		{name: "absence on the second day", edits: [][2]string{{"le premier jour", "le 23 décembre"}},
			claim: "l’absence de Traoré ait été notée le 23 décembre", want: facts.Contradicted, why: "présent le 23 décembre 2025"},

		// Foundings, withdrawals, launches.
		{name: "created in 2023", edits: [][2]string{{"formée en septembre 2023", "créée en 2023"}},
			claim: "créée en 2023 comme pacte de défense", want: facts.Supported, why: "16 septembre 2023"},
		{name: "confederation in 2023", edits: [][2]string{{"promue confédération en juillet 2024", "promue confédération en 2023"}},
			claim: "promue confédération en 2023", want: facts.Contradicted, why: "le 6 juillet 2024"},
		{name: "English confederation in 2023", en: true, edits: [][2]string{{"in July 2024", "in 2023"}},
			claim: "turned into a confederation in 2023", want: facts.Contradicted, why: "on 6 July 2024"},
		{name: "force operational since January 2025",
			edits: [][2]string{{"La Force conjointe AES, nouvellement opérationnelle", "La Force unifiée, opérationnelle depuis janvier 2025"}},
			claim: "janvier 2025", want: facts.Contradicted, why: "le 20 décembre 2025"},
		{name: "ECOWAS exit in 2023", edits: [][2]string{{"le retrait du G5 Sahel et de la Cédéao", "le retrait de la Cédéao en 2023"}},
			claim: "le retrait de la Cédéao en 2023", want: facts.Contradicted, why: "le 28 janvier 2024"},
		{name: "ECOWAS exit in January 2024", edits: [][2]string{{"le retrait du G5 Sahel et de la Cédéao", "le retrait de la Cédéao en janvier 2024"}},
			claim: "le retrait de la Cédéao en janvier 2024", want: facts.Supported, why: "le 28 janvier 2024"},
		{name: "ECOWAS exit announced on the day", edits: [][2]string{{"le retrait du G5 Sahel et de la Cédéao", "le retrait de la Cédéao annoncé le 28 janvier 2024"}},
			claim: "28 janvier 2024", want: facts.Supported, why: "le 28 janvier 2024"},
		{name: "ECOWAS exit in 2022", edits: [][2]string{{"le retrait du G5 Sahel et de la Cédéao", "le retrait de la Cédéao en 2022"}},
			claim: "le retrait de la Cédéao en 2022", want: facts.Contradicted, why: "le 28 janvier 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, lang := art.Text, art.Lang
			if tt.en {
				text, lang = enArticle, "en"
			}
			for _, e := range tt.edits {
				text = edit(t, text, e[0], e[1])
			}
			checkClaim(t, ch, text, lang, ref, tt.claim, tt.want, tt.why, tt.not)
		})
	}
}
