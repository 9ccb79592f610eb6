package verify_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/kb"
	"factlens/facts/verify"
)

// verifyTest is one claim to verify: the last of the claims built from
// text; the others are there because the rule reads them (a date inside
// a founding claim).
type verifyTest struct {
	name   string
	lang   string
	ref    string
	text   string
	claims func(t testing.TB, text string) []facts.Claim
	want   facts.Verdict
	facts  []string
	// why is a part of the explanation expected.
	why string
}

var (
	dayOne   = facts.Person{Name: "Ibrahim Traoré", ID: "ibrahim-traore", When: "day1"}
	goita    = facts.Person{Name: "Assimi Goïta", ID: "assimi-goita", Present: true}
	tiani    = facts.Person{Name: "Abdourahamane Tiani", ID: "abdourahamane-tiani", Present: true}
	traore   = facts.Person{Name: "Ibrahim Traoré", ID: "ibrahim-traore", Present: true}
	summit2  = []string{"summit2-dates", "summit2-postponed"}
	charter  = []string{"charter-signed", "charter-bamako"}
	council  = []string{"council-ministers", "council-participants", "council-agenda"}
	confed   = []string{"confederation-treaty"}
	noFacts  = []string{}
	withRank = func(p facts.Person, title string) facts.Person { p.Title = title; return p }
	withRole = func(p facts.Person, role string) facts.Person { p.Role = role; return p }
	absentOn = func(p facts.Person, when string) facts.Person { p.Present, p.When = false, when; return p }
)

// one returns a claims builder of a single claim on quote.
func one(quote string, k facts.Kind, opts ...func(*facts.Claim)) func(testing.TB, string) []facts.Claim {
	return func(t testing.TB, text string) []facts.Claim {
		return []facts.Claim{claim(t, text, "", quote, k, opts...)}
	}
}

var dateTests = []verifyTest{
	{"the summit named beside the date's clause", "fr", "2025-12-22",
		"Le 6 juillet 2024, lors du premier sommet, à Niamey, l'alliance est devenue une confédération.",
		one("6 juillet 2024", facts.KindDate, value("DATE", "2024-07-06")),
		facts.Supported, []string{"niamey-summit", "niamey-venue"}, "6 juillet 2024"},
	{"a meeting that announces a force", "en", "2025-12-22",
		"March 6, 2024 - Army chiefs meeting in Niamey announce a joint force.",
		one("March 6, 2024", facts.KindDate, value("DATE", "2024-03-06")),
		facts.Supported, []string{"force-announced"}, "6 March 2024"},
	{"a coup told in the imperfect", "fr", "2025-08-18",
		"Le 18 août 2020, des militaires renversaient le président Ibrahim Boubacar Keïta.",
		one("18 août 2020", facts.KindDate, value("DATE", "2020-08-18")),
		facts.Supported, []string{"goita-coup-2020"}, "18 août 2020"},
	{"the coup whose victims the sentence names", "fr", "2025-08-18",
		"Neuf mois plus tard, le 24 mai 2021, un second coup d'État écartait le président de la transition Bah Ndaw.",
		one("24 mai 2021", facts.KindDate, value("DATE", "2021-05-24")),
		facts.Supported, []string{"goita-coup-2021"}, "24 mai 2021"},
	{"sworn in", "en", "2025-08-18",
		"Goïta was sworn in as transitional president on June 7, 2021.",
		one("June 7, 2021", facts.KindDate, value("DATE", "2021-06-07")),
		facts.Supported, []string{"goita-coup-2021"}, "7 June 2021"},
	{"an announced founding is announced", "fr", "2025-12-21",
		"Annoncée en mars 2024 à Niamey par les chefs d'état-major des trois pays, la force conjointe devait être opérationnelle rapidement.",
		one("mars 2024", facts.KindDate, value("DATE", "2024-03")),
		facts.Supported, []string{"force-announced"}, "6 mars 2024"},
	{"what was signed may be a treaty that transformed", "en", "2026-01-10",
		"When the leaders of Mali, Burkina Faso and Niger signed the Niamey treaty in July 2024, they promised a common passport, a joint bank and a unified army.",
		one("July 2024", facts.KindDate, value("DATE", "2024-07")),
		facts.Supported, confed, "6 July 2024"},
	{"the year of a term of office is not the summit's", "en", "2025-12-24",
		"Ibrahim Traoré was named president of the Confederation of Sahel States for 2026 at the end of the two-day summit in Bamako.",
		one("2026", facts.KindDate, value("DATE", "2026")),
		facts.Unverified, noFacts, "no event"},
	{"l'année d'un mandat n'est pas celle du sommet", "fr", "2025-12-24",
		"Le capitaine Ibrahim Traoré a été désigné président de la Confédération pour 2026, à l'issue du sommet de Bamako.",
		one("2026", facts.KindDate, value("DATE", "2026")),
		facts.Unverified, noFacts, "aucun"},
	{"day inside the summit", "fr", "2025-12-23",
		"Le deuxième sommet de l'AES s'est ouvert le 22 décembre 2025 à Bamako.",
		one("22 décembre 2025", facts.KindDate, value("DATE", "2025-12-22")),
		facts.Supported, summit2, "s'est ouvert le 22 décembre 2025 (allAfrica)"},
	{"the summit did not open on its second day", "fr", "2025-12-23",
		"Le deuxième sommet de l'AES s'est ouvert le 23 décembre 2025 à Bamako.",
		one("23 décembre 2025", facts.KindDate, value("DATE", "2025-12-23")),
		facts.Contradicted, summit2, "s'est ouvert le 22 décembre 2025 (allAfrica), et non « 23 décembre 2025 »"},
	{"the summit ended on its second day", "en", "2025-12-23",
		"The second AES summit ended on 23 December 2025 in Bamako.",
		one("23 December 2025", facts.KindDate, value("DATE", "2025-12-23")),
		facts.Supported, summit2, "ended on 23 December 2025"},
	{"held on its second day: either day", "fr", "2025-12-23",
		"Le deuxième sommet de l'AES s'est tenu le 23 décembre 2025 à Bamako.",
		one("23 décembre 2025", facts.KindDate, value("DATE", "2025-12-23")),
		facts.Supported, summit2, "du 22 au 23 décembre 2025 (allAfrica)"},
	{"day after the summit", "fr", "2025-12-26",
		"Le deuxième sommet de l'AES s'est ouvert le 25 décembre 2025 à Bamako.",
		one("25 décembre 2025", facts.KindDate, value("DATE", "2025-12-25")),
		facts.Contradicted, summit2, "et non « 25 décembre 2025 »"},
	{"year-less day", "fr", "2025-12-23",
		"Le sommet de Bamako s'est ouvert le 22 décembre.",
		one("22 décembre", facts.KindDate, value("DATE", "XXXX-12-22")),
		facts.Supported, summit2, ""},
	{"interval exact", "fr", "2025-12-24",
		"Le sommet de Bamako s'est tenu les 22 et 23 décembre 2025.",
		one("les 22 et 23 décembre 2025", facts.KindDate, value("DATE", "2025-12-22/2025-12-23")),
		facts.Supported, summit2, ""},
	{"interval overlapping in part", "fr", "2025-12-24",
		"Le sommet de Bamako s'est tenu les 21 et 22 décembre 2025.",
		one("les 21 et 22 décembre 2025", facts.KindDate, value("DATE", "2025-12-21/2025-12-22")),
		facts.Imprecise, summit2, "ne correspond qu'en partie"},
	{"month agrees with the day", "fr", "2023-10-01",
		"La charte du Liptako-Gourma a été signée en septembre 2023.",
		one("septembre 2023", facts.KindDate, value("DATE", "2023-09")),
		facts.Supported, charter, "le 16 septembre 2023 (Afrik.com)"},
	{"wrong month", "fr", "2023-11-01",
		"La charte du Liptako-Gourma a été signée en octobre 2023.",
		one("octobre 2023", facts.KindDate, value("DATE", "2023-10")),
		facts.Contradicted, charter, ""},
	{"first summit english", "en", "2024-07-08",
		"The first AES summit was held in Niamey on July 6, 2024.",
		one("July 6, 2024", facts.KindDate, value("DATE", "2024-07-06")),
		facts.Supported, []string{"niamey-summit", "niamey-venue"}, "on 6 July 2024 (ACONEWS)"},
	{"first summit wrong day english", "en", "2024-07-08",
		"The first AES summit was held in Niamey on July 7, 2024.",
		one("July 7, 2024", facts.KindDate, value("DATE", "2024-07-07")),
		facts.Contradicted, []string{"niamey-summit", "niamey-venue"}, "not \"July 7, 2024\""},
	{"ordinal picks the second summit", "fr", "2025-12-24",
		"Le deuxième sommet de l'AES s'est ouvert le 6 juillet 2024.",
		one("6 juillet 2024", facts.KindDate, value("DATE", "2024-07-06")),
		facts.Contradicted, summit2, ""},
	{"withdrawal announced", "fr", "2024-02-01",
		"Le Mali, le Burkina Faso et le Niger ont annoncé leur retrait de la Cédéao le 28 janvier 2024.",
		one("28 janvier 2024", facts.KindDate, value("DATE", "2024-01-28")),
		facts.Supported, []string{"ecowas-withdrawal-announced", "ecowas-no-notification"}, ""},
	{"withdrawal wrong month", "fr", "2024-03-01",
		"Le Mali, le Burkina Faso et le Niger ont annoncé leur retrait de la Cédéao le 28 février 2024.",
		one("28 février 2024", facts.KindDate, value("DATE", "2024-02-28")),
		facts.Contradicted, []string{"ecowas-withdrawal-announced", "ecowas-no-notification"}, ""},
	{"date in the clause of a founding", "fr", "2025-12-22",
		"Au sommet de Bamako, l'AES, créée en septembre 2023, affiche son unité.",
		one("septembre 2023", facts.KindDate, value("DATE", "2023-09")),
		facts.Supported, charter, ""},
	{"date of a founding claim", "fr", "2025-12-22",
		"Au sommet de Bamako, l'AES, née en septembre 2023, affiche son unité.",
		func(t testing.TB, text string) []facts.Claim {
			return []facts.Claim{
				claim(t, text, "", "née en septembre 2023", facts.KindFounding, founding("aes", facts.EventFounded), dated("2023-09")),
				claim(t, text, "", "septembre 2023", facts.KindDate, value("DATE", "2023-09")),
			}
		},
		facts.Supported, charter, ""},
	{"same date alone goes to the summit", "fr", "2025-12-22",
		"Au sommet de Bamako, l'AES, née en septembre 2023, affiche son unité.",
		one("septembre 2023", facts.KindDate, value("DATE", "2023-09")),
		facts.Contradicted, summit2, ""},
	{"duration from an event to the event of the sentence", "fr", "2025-12-24",
		"Le sommet de Bamako s'ouvre deux ans après la charte.",
		one("deux ans", facts.KindDate, value("DURATION", "P2Y")),
		facts.Imprecise, append(slices.Clone(charter), summit2...), "environ 2,3 ans"},
	{"nearest event of two joined by et", "fr", "2025-12-22",
		"L'AES, formée en septembre 2023 comme pacte de défense et promue confédération en juillet 2024, tient son sommet.",
		one("juillet 2024", facts.KindDate, value("DATE", "2024-07")),
		facts.Supported, confed, "6 juillet 2024"},
	{"nearest event of two with a wrong year", "fr", "2025-12-22",
		"L'AES, formée en septembre 2023 comme pacte de défense et promue confédération en juillet 2023, tient son sommet.",
		one("juillet 2023", facts.KindDate, value("DATE", "2023-07")),
		facts.Contradicted, confed, ""},
	{"arrival time", "fr", "2025-12-24",
		"Ibrahim Traoré est arrivé au sommet de Bamako le 23 décembre 2025 vers 8 heures.",
		one("le 23 décembre 2025 vers 8 heures", facts.KindDate, value("TIME", "2025-12-23T08:00")),
		facts.Supported, []string{"summit2-traore-absent", "summit2-dates", "summit2-postponed"}, "le 23 décembre 2025 à 08:00"},
	{"arrival time wrong by a day", "en", "2025-12-24",
		"Ibrahim Traoré arrived at the Bamako summit on December 22, 2025 at 8 a.m.",
		one("December 22, 2025 at 8 a.m.", facts.KindDate, value("TIME", "2025-12-22T08:00")),
		facts.Contradicted, []string{"summit2-traore-absent", "summit2-dates", "summit2-postponed"}, "arrived on 23 December 2025 at 08:00"},
	{"seized power", "fr", "2025-12-22",
		"Abdourahamane Tiani a pris le pouvoir en juillet 2023.",
		one("juillet 2023", facts.KindDate, value("DATE", "2023-07")),
		facts.Supported, []string{"tiani-coup-2023"}, "26 juillet 2023"},
	{"nearly ten years ago, nine years before", "fr", "2023-12-07",
		"Le G5 Sahel a été créé il y a près de dix ans.",
		one("il y a près de dix ans", facts.KindDate, value("DATE", "2013")),
		facts.Supported, []string{"g5-founded-2014"}, "2014"},
	{"ten years ago, nine years before", "fr", "2023-12-07",
		"Le G5 Sahel a été créé il y a dix ans.",
		one("il y a dix ans", facts.KindDate, value("DATE", "2013")),
		facts.Contradicted, []string{"g5-founded-2014"}, "2014"},
	{"the day of another series' summit", "fr", "2025-09-06",
		"Le 5 septembre, le sommet du FOCAC s'est ouvert à Pékin en présence du général Tiani.",
		one("5 septembre", facts.KindDate, value("DATE", "2025-09-05")),
		facts.Unverified, noFacts, ""},
	{"the day of another organisation's summit in a city of the base", "fr", "2024-06-14",
		"Le général Tiani a ouvert jeudi à Niamey le sommet de l'ABN.",
		one("jeudi", facts.KindDate, value("DATE", "2024-06-13")),
		facts.Unverified, noFacts, ""},
	{"a ceremony in a city of the base, no kind named", "fr", "2024-03-22",
		"La cérémonie de clôture de la Semaine de la langue française a été organisée vendredi à Niamey.",
		one("vendredi", facts.KindDate, value("DATE", "2024-03-22")),
		facts.Unverified, noFacts, ""},
	{"seized power a year late", "en", "2025-12-22",
		"Abdourahamane Tiani seized power in July 2024.",
		one("July 2024", facts.KindDate, value("DATE", "2024-07")),
		facts.Contradicted, []string{"tiani-coup-2023"}, "26 July 2023"},
	{"no event of the clause's kind", "fr", "2025-12-22",
		"L'AES, créée en 2023, a été dissoute en 2025.",
		one("2025", facts.KindDate, value("DATE", "2025")),
		facts.Unverified, noFacts, ""},
	{"organisation told by its date", "fr", "2025-12-22",
		"L'organisation a été créée en 2014 à Nouakchott.",
		one("2014", facts.KindDate, value("DATE", "2014")),
		facts.Supported, []string{"g5-founded-2014"}, "en 2014"},
	{"another signing in the founding's place", "fr", "2019-01-01",
		"L'accord de coopération entre les deux pays avait été signé en février 2018 à Nouakchott.",
		one("février 2018", facts.KindDate, value("DATE", "2018-02")),
		facts.Unverified, noFacts, ""},
	{"others' departure, not the members' withdrawal", "fr", "2025-06-30",
		"Le Mali, qui a quitté la Cédéao en janvier, s'est rapproché de Moscou depuis le départ des troupes françaises en 2022.",
		one("2022", facts.KindDate, value("DATE", "2022")),
		facts.Unverified, noFacts, ""},
	{"the members' departure, after a determiner and a number", "fr", "2025-02-01",
		"Le départ de ces trois pays de la Cédéao est devenu effectif le 29 janvier 2025.",
		one("29 janvier 2025", facts.KindDate, value("DATE", "2025-01-29")),
		facts.Supported, []string{"ecowas-withdrawal-effective", "ecowas-abuja-decision"}, ""},
	{"event after the article", "en", "2024-07-08",
		"Mali, Burkina Faso and Niger withdrew from ECOWAS in January.",
		one("January", facts.KindDate, value("DATE", "2024-01")),
		facts.Supported, []string{"ecowas-withdrawal-announced", "ecowas-no-notification"}, "28 January 2024"},
	{"nothing in the base", "fr", "2021-03-04",
		"Il pleuvait le 3 mars 2021 à Paris.",
		one("3 mars 2021", facts.KindDate, value("DATE", "2021-03-03")),
		facts.Unverified, noFacts, ""},
	{"too precise for the base", "fr", "2015-01-01",
		"La création du G5 Sahel date du 15 janvier 2014.",
		one("15 janvier 2014", facts.KindDate, value("DATE", "2014-01-15")),
		facts.Unverified, noFacts, "en 2014"},
	{"year agrees with the base", "fr", "2015-01-01",
		"La création du G5 Sahel date de 2014.",
		one("2014", facts.KindDate, value("DATE", "2014")),
		facts.Supported, []string{"g5-founded-2014"}, ""},
}

var durationTests = []verifyTest{
	{"a term is no event's length", "en", "2024-07-07",
		"The AES leaders signed the confederation treaty in Niamey on Saturday. Goita was named the confederation's first president for a one-year term.",
		one("one-year", facts.KindDate, value("DURATION", "P1Y")),
		facts.Unverified, noFacts, ""},
	{"ministers of another council", "fr", "2025-12-22",
		"Le conseil se réunit deux fois par an. Vendredi 12 décembre, les ministres se sont réunis.",
		one("Vendredi 12 décembre", facts.KindDate, value("DATE", "2025-12-12")),
		facts.Unverified, noFacts, ""},
	{"a summit the text does not tie to the base", "en", "2024-09-10",
		"The summit of the Pacific nations lasted three hours on Monday.",
		one("three hours", facts.KindDate, value("DURATION", "PT3H")),
		facts.Unverified, noFacts, ""},
	{"talks of another confederation", "fr", "2025-12-22",
		"Les cantons se retrouvent après un an de confédération.",
		one("un an", facts.KindDate, value("DURATION", "P1Y")),
		facts.Unverified, noFacts, ""},
	{"two-day summit", "fr", "2025-12-24",
		"Le sommet de deux jours s'est tenu à Bamako.",
		one("deux jours", facts.KindDate, value("DURATION", "P2D")),
		facts.Supported, summit2, "2 jours"},
	{"three-day summit", "fr", "2025-12-24",
		"Le sommet de trois jours s'est tenu à Bamako.",
		one("trois jours", facts.KindDate, value("DURATION", "P3D")),
		facts.Contradicted, summit2, "2 jours"},
	{"five-day summit", "fr", "2025-12-24",
		"Le sommet de cinq jours s'est tenu à Bamako.",
		one("cinq jours", facts.KindDate, value("DURATION", "P5D")),
		facts.Contradicted, summit2, ""},
	{"two-day summit english", "en", "2025-12-24",
		"The two-day summit in Bamako ended on Tuesday.",
		one("two-day", facts.KindDate, value("DURATION", "P2D")),
		facts.Supported, summit2, "lasted 2 days"},
	{"a year of confederation", "fr", "2025-12-22",
		"Les dirigeants de l'AES se retrouvent après un an de confédération.",
		one("un an", facts.KindDate, value("DURATION", "P1Y")),
		facts.Imprecise, confed, "17,5 mois"},
	{"seventeen months of confederation", "fr", "2025-12-22",
		"Les dirigeants de l'AES se retrouvent après dix-sept mois de confédération.",
		one("dix-sept mois", facts.KindDate, value("DURATION", "P17M")),
		facts.Supported, confed, "17,5 mois"},
	{"five years of confederation", "fr", "2025-12-22",
		"Les dirigeants de l'AES se retrouvent après cinq ans de confédération.",
		one("cinq ans", facts.KindDate, value("DURATION", "P5Y")),
		facts.Contradicted, confed, ""},
	{"a year of confederation at a later date", "fr", "2025-07-10",
		"Les dirigeants de l'AES se retrouvent après un an de confédération.",
		one("un an", facts.KindDate, value("DURATION", "P1Y")),
		facts.Supported, confed, "12,1 mois"},
	{"two years after the charter", "en", "2025-09-16",
		"Two years after the charter, the AES is a confederation.",
		one("Two years", facts.KindDate, value("DURATION", "P2Y")),
		facts.Supported, charter, "about 2 years"},
	{"two years after its founding", "fr", "2025-09-20",
		"Deux ans après sa création, l'AES tient son sommet.",
		one("Deux ans", facts.KindDate, value("DURATION", "P2Y")),
		facts.Supported, charter, "environ 2 ans"},
	{"duration tied to nothing", "fr", "2025-12-22",
		"Il a plu pendant deux jours.",
		one("deux jours", facts.KindDate, value("DURATION", "P2D")),
		facts.Unverified, noFacts, ""},
}

var foundingTests = []verifyTest{
	{"an undated launch is the launch, not the founding's announcement", "en", "2025-12-22",
		"The Unified Force of the AES was formally launched in Bamako.",
		one("was formally launched in Bamako", facts.KindFounding, founding("fu-aes", facts.EventLaunched)),
		facts.Supported, []string{"force-operational"}, "20 December 2025"},
	{"an organisation the base does not know", "en", "2025-12-22",
		"The AES leaders met. The bloc also launched a confederal investment bank.",
		one("launched a confederal investment bank", facts.KindFounding, func(c *facts.Claim) {
			c.Subject, c.Event = "confederal investment bank", facts.EventLaunched
		}),
		facts.Unverified, noFacts, ""},
	{"a withdrawal a day off is the effective one, not its announcement a year before", "fr", "2025-01-29",
		"Le Mali a officiellement quitté la Cédéao mardi.",
		one("a officiellement quitté la Cédéao mardi", facts.KindFounding, founding("mali", facts.EventWithdrew, "ecowas"), dated("2025-01-28")),
		facts.Contradicted, []string{"ecowas-withdrawal-effective", "ecowas-abuja-decision"}, "29 janvier 2025"},
	{"founded in september", "fr", "2025-12-22",
		"L'AES a été créée en septembre 2023.",
		one("créée en septembre 2023", facts.KindFounding, founding("aes", facts.EventFounded), dated("2023-09")),
		facts.Supported, charter, "16 septembre 2023"},
	{"founded a year early", "fr", "2025-12-22",
		"L'AES a été créée en septembre 2022.",
		one("créée en septembre 2022", facts.KindFounding, founding("aes", facts.EventFounded), dated("2022-09")),
		facts.Contradicted, charter, ""},
	{"founded english", "en", "2025-12-22",
		"The Alliance of Sahel States was founded in September 2023.",
		one("founded in September 2023", facts.KindFounding, founding("aes", facts.EventFounded), dated("2023-09")),
		facts.Supported, charter, "on 16 September 2023"},
	{"confederation founded in july 2024", "fr", "2025-12-22",
		"La Confédération des États du Sahel, fondée en juillet 2024, réunit trois pays.",
		one("fondée en juillet 2024", facts.KindFounding, founding("aes", facts.EventFounded), dated("2024-07"),
			func(c *facts.Claim) { c.Subject = "Confédération des États du Sahel" }),
		facts.Supported, confed, ""},
	{"alliance founded in july 2024", "fr", "2025-12-22",
		"L'Alliance des États du Sahel, fondée en juillet 2024, réunit trois pays.",
		one("fondée en juillet 2024", facts.KindFounding, founding("aes", facts.EventFounded), dated("2024-07"),
			func(c *facts.Claim) { c.Subject = "Alliance des États du Sahel" }),
		facts.Imprecise, confed, "n'a pas été créée à cette date"},
	{"became a confederation", "fr", "2025-12-22",
		"L'AES a été promue confédération en juillet 2024.",
		one("promue confédération en juillet 2024", facts.KindFounding, founding("aes", facts.EventTransformed), dated("2024-07")),
		facts.Supported, confed, ""},
	{"became a confederation a year early", "fr", "2025-12-22",
		"L'AES a été promue confédération en juillet 2023.",
		one("promue confédération en juillet 2023", facts.KindFounding, founding("aes", facts.EventTransformed), dated("2023-07")),
		facts.Contradicted, confed, ""},
	{"members left the g5", "fr", "2025-12-22",
		"Les pays de l'AES ont quitté le G5 Sahel.",
		one("ont quitté le G5 Sahel", facts.KindFounding, founding("aes", facts.EventWithdrew, "g5-sahel")),
		facts.Supported, []string{"g5-mali-withdrawal", "g5-bf-niger-withdrawal"}, "15 mai 2022"},
	{"members left the g5 in 2023", "fr", "2025-12-22",
		"Les pays de l'AES ont quitté le G5 Sahel en 2023.",
		one("ont quitté le G5 Sahel en 2023", facts.KindFounding, founding("aes", facts.EventWithdrew, "g5-sahel"), dated("2023")),
		facts.Imprecise, []string{"g5-mali-withdrawal", "g5-bf-niger-withdrawal"}, "Mali"},
	{"niger left ecowas in january 2025", "en", "2025-02-01",
		"Niger left ECOWAS in January 2025.",
		one("left ECOWAS in January 2025", facts.KindFounding, founding("niger", facts.EventWithdrew, "ecowas"), dated("2025-01")),
		facts.Supported, []string{"ecowas-withdrawal-effective", "ecowas-abuja-decision"}, ""},
	{"niger left ecowas in march 2024", "en", "2025-02-01",
		"Niger left ECOWAS in March 2024.",
		one("left ECOWAS in March 2024", facts.KindFounding, founding("niger", facts.EventWithdrew, "ecowas"), dated("2024-03")),
		facts.Contradicted, []string{"ecowas-withdrawal-announced", "ecowas-no-notification"}, ""},
	{"newly operational", "fr", "2025-12-22",
		"La Force conjointe AES, nouvellement opérationnelle, coordonne les opérations.",
		one("nouvellement opérationnelle", facts.KindFounding, founding("fu-aes", facts.EventOperational)),
		facts.Supported, []string{"force-operational"}, "2 jours avant"},
	{"newly operational a year later", "fr", "2027-01-10",
		"La Force conjointe AES, nouvellement opérationnelle, coordonne les opérations.",
		one("nouvellement opérationnelle", facts.KindFounding, founding("fu-aes", facts.EventOperational)),
		facts.Contradicted, []string{"force-operational"}, "plus récent"},
	{"operational before it was", "fr", "2025-06-01",
		"La Force conjointe AES, désormais opérationnelle, coordonne les opérations.",
		one("désormais opérationnelle", facts.KindFounding, founding("fu-aes", facts.EventOperational)),
		facts.Contradicted, []string{"force-operational"}, "après la date de l'article"},
	{"no dissolution in the base", "fr", "2025-12-22",
		"Le G5 Sahel a été dissous en décembre 2023.",
		one("dissous en décembre 2023", facts.KindFounding, founding("g5-sahel", facts.EventDissolved), dated("2023-12")),
		facts.Unverified, noFacts, ""},
}

var attendanceTests = []verifyTest{
	{"a dated claim far from the events of its people, in a place of theirs", "fr", "2025-06-30",
		"Le général Assimi Goïta a posé lundi près de l'aéroport de Bamako la première pierre d'une raffinerie d'or.",
		one("Le général Assimi Goïta a posé lundi près de l'aéroport de Bamako la première pierre", facts.KindAttendance,
			people(withRank(facts.Person{Name: "Assimi Goïta", ID: "assimi-goita", Present: true}, "général")), dated("2025-06-30")),
		facts.Unverified, noFacts, ""},
	{"an absence from a ceremony named the sentence before, in another month", "fr", "2025-01-29",
		"La cérémonie de lancement du passeport s'est déroulée à Ouagadougou. Le capitaine Ibrahim Traoré n'y assistait pas.",
		one("Le capitaine Ibrahim Traoré n'y assistait", facts.KindAttendance, people(withRank(facts.Person{Name: "Ibrahim Traoré", ID: "ibrahim-traore"}, "capitaine")),
			func(c *facts.Claim) { c.Event, c.Place = "La cérémonie", "Ouagadougou" }),
		facts.Unverified, noFacts, ""},
	{"who skipped the ceremony the sentence before places elsewhere", "en", "2026-01-10",
		"Its headquarters in Niamey was inaugurated by General Tiani. Burkina Faso's Captain Ibrahim Traoré, who skipped the ceremony, keeps his distance.",
		one("Burkina Faso's Captain Ibrahim Traoré, who skipped", facts.KindAttendance, people(withRank(facts.Person{Name: "Ibrahim Traoré", ID: "ibrahim-traore"}, "Captain")),
			func(c *facts.Claim) { c.Event = "the ceremony" }),
		facts.Unverified, noFacts, ""},
	{"an absence from a meeting before the one the base knows", "en", "2025-09-23",
		"The announcement came a day after AES foreign ministers met in Bamako. Niger's Bakary Yaou Sangare was absent.",
		one("Niger's Bakary Yaou Sangare was absent", facts.KindAttendance, people(facts.Person{Name: "Bakary Yaou Sangare", ID: "bakary-yaou-sangare"}),
			func(c *facts.Claim) { c.Event, c.Place = "AES foreign ministers met", "Bamako" }),
		facts.Unverified, noFacts, ""},
	{"both present on day one", "fr", "2025-12-22",
		"Le 22 décembre 2025, Assimi Goïta et Abdourahamane Tiani ont ouvert le sommet de Bamako.",
		one("Assimi Goïta et Abdourahamane Tiani ont ouvert le sommet de Bamako", facts.KindAttendance, dated("2025-12-22"), people(goita, tiani)),
		facts.Supported, []string{"summit2-goita-host", "summit2-tiani", "bcid-inaugurated", "summit2-dates", "summit2-postponed"}, ""},
	{"all three present on day one", "fr", "2025-12-22",
		"Le 22 décembre 2025, Assimi Goïta, Abdourahamane Tiani et Ibrahim Traoré ont ouvert le sommet de Bamako.",
		one("Assimi Goïta, Abdourahamane Tiani et Ibrahim Traoré ont ouvert le sommet de Bamako", facts.KindAttendance, dated("2025-12-22"), people(goita, tiani, traore)),
		facts.Imprecise, []string{"summit2-goita-host", "summit2-tiani", "bcid-inaugurated", "summit2-traore-absent", "summit2-dates", "summit2-postponed"}, "absent le 22 décembre 2025"},
	{"traore alone on day one", "fr", "2025-12-22",
		"Le 22 décembre 2025, Ibrahim Traoré a ouvert le sommet de Bamako.",
		one("Ibrahim Traoré a ouvert le sommet de Bamako", facts.KindAttendance, dated("2025-12-22"), people(traore)),
		facts.Contradicted, []string{"summit2-traore-absent", "summit2-dates", "summit2-postponed"}, "arrivé le 23 décembre 2025 à 08:00"},
	{"attended part of the summit", "en", "2025-12-24",
		"Assimi Goita and Ibrahim Traore attended the Bamako summit.",
		one("Assimi Goita and Ibrahim Traore attended the Bamako summit", facts.KindAttendance, people(goita, traore)),
		facts.Imprecise, []string{"summit2-goita-host", "summit2-traore-absent", "summit2-dates", "summit2-postponed"}, "was absent on 22 December 2025 and present on 23 December 2025"},
	{"captain present on day two", "fr", "2025-12-24",
		"Le capitaine Ibrahim Traoré était présent le 23 décembre au sommet de Bamako.",
		one("Le capitaine Ibrahim Traoré était présent le 23 décembre au sommet de Bamako", facts.KindAttendance, dated("XXXX-12-23"), people(withRank(traore, "capitaine"))),
		facts.Supported, []string{"summit2-traore-absent", "traore-coup-2022", "charter-signatories", "traore-president-2026", "summit2-dates", "summit2-postponed"}, ""},
	{"general present on day two", "fr", "2025-12-24",
		"Le général Ibrahim Traoré était présent le 23 décembre au sommet de Bamako.",
		one("Le général Ibrahim Traoré était présent le 23 décembre au sommet de Bamako", facts.KindAttendance, dated("XXXX-12-23"), people(withRank(traore, "général"))),
		facts.Imprecise, []string{"summit2-traore-absent", "traore-coup-2022", "charter-signatories", "traore-president-2026", "summit2-dates", "summit2-postponed"}, "capitaine"},
	{"absent on the first day", "en", "2025-12-24",
		"Captain Ibrahim Traoré was absent on the first day of the Bamako summit.",
		one("Captain Ibrahim Traoré was absent on the first day of the Bamako summit", facts.KindAttendance, people(absentOn(withRank(traore, "Captain"), "day1"))),
		facts.Supported, []string{"summit2-traore-absent", "traore-coup-2022", "charter-signatories", "traore-president-2026", "summit2-dates", "summit2-postponed"}, ""},
	{"absent on the second day", "en", "2025-12-24",
		"Ibrahim Traoré was absent on the second day of the Bamako summit.",
		one("Ibrahim Traoré was absent on the second day of the Bamako summit", facts.KindAttendance, people(absentOn(traore, "day2"))),
		facts.Contradicted, []string{"summit2-traore-absent", "summit2-dates", "summit2-postponed"}, ""},
	{"absence with no event word", "fr", "2025-12-24",
		"Le sommet de Bamako a réuni les dirigeants de l'AES. L'absence de Traoré a été notée le premier jour.",
		func(t testing.TB, text string) []facts.Claim {
			return []facts.Claim{claim(t, text, "", "L'absence de Traoré a été notée le premier jour", facts.KindAttendance, people(dayOne))}
		},
		facts.Supported, []string{"summit2-traore-absent", "summit2-dates", "summit2-postponed"}, ""},
	{"chaired the ministers", "fr", "2025-12-22",
		"La réunion des ministres s'est tenue à Bamako sous la présidence de Goïta.",
		one("sous la présidence de Goïta", facts.KindAttendance, people(withRole(goita, "chair"))),
		facts.Supported, append([]string{"council-ministers"}, council[1:]...), "président"},
	{"chaired by the wrong man", "fr", "2025-12-22",
		"La réunion des ministres s'est tenue à Bamako sous la présidence de Tiani.",
		one("sous la présidence de Tiani", facts.KindAttendance, people(withRole(tiani, "chair"))),
		facts.Contradicted, append([]string{"council-ministers"}, council[1:]...), "c'était Assimi Goïta"},
	{"chaired by the wrong man on dated days", "fr", "2025-12-22",
		"Une réunion préparatoire s'est tenue les 20 et 21 décembre à Bamako, sous la présidence de Tiani.",
		one("sous la présidence de Tiani", facts.KindAttendance, dated("2025-12-20/2025-12-21"), people(withRole(tiani, "chair"))),
		facts.Contradicted, append([]string{"council-ministers"}, council[1:]...), "c'était Assimi Goïta"},
	{"hosted by goita", "en", "2025-12-24",
		"The Bamako summit was hosted by Assimi Goïta.",
		one("hosted by Assimi Goïta", facts.KindAttendance, people(withRole(goita, "host"))),
		facts.Supported, []string{"summit2-goita-host", "summit2-dates", "summit2-postponed"}, "host"},
	{"hosted by tiani", "en", "2025-12-24",
		"The Bamako summit was hosted by Abdourahamane Tiani.",
		one("hosted by Abdourahamane Tiani", facts.KindAttendance, people(withRole(tiani, "host"))),
		facts.Imprecise, []string{"summit2-tiani", "bcid-inaugurated", "summit2-goita-host", "summit2-dates", "summit2-postponed"}, "Assimi Goïta was"},
	{"unknown person", "fr", "2025-12-24",
		"Jean Dupont a assisté au sommet de Bamako.",
		one("Jean Dupont a assisté au sommet de Bamako", facts.KindAttendance, people(facts.Person{Name: "Jean Dupont", Present: true})),
		facts.Unverified, noFacts, ""},
}

func TestClaims(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, group := range []struct {
		name  string
		tests []verifyTest
	}{{"date", dateTests}, {"duration", durationTests}, {"founding", foundingTests}, {"attendance", attendanceTests}} {
		for _, tt := range group.tests {
			t.Run(group.name+"/"+tt.name, func(t *testing.T) {
				ref, err := time.Parse(time.DateOnly, tt.ref)
				if err != nil {
					t.Fatal(err)
				}
				cs := tt.claims(t, tt.text)
				verify.New(b).Claims(tt.text, tt.lang, ref, cs)
				got := cs[len(cs)-1]
				if got.Verdict != tt.want {
					t.Errorf("verdict of %q = %v, want %v\nexplanation: %s", got.Text, got.Verdict, tt.want, got.Explanation)
				}
				if diff := cmp.Diff(tt.facts, got.Facts); diff != "" {
					t.Errorf("facts of %q mismatch (-want +got):\n%s", got.Text, diff)
				}
				if got.Explanation == "" || !strings.Contains(got.Explanation, tt.why) {
					t.Errorf("explanation of %q = %q, want it to contain %q", got.Text, got.Explanation, tt.why)
				}
			})
		}
	}
}
