package timex

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// ref is the reference date of the tests: Monday 22 December 2025.
var ref = time.Date(2025, 12, 22, 0, 0, 0, 0, time.UTC)

// A found is an expression as the tests write it: its text, type and
// value.
type found struct{ Text, Type, Value string }

// tx groups its arguments by three into founds.
func tx(s ...string) []found {
	var out []found
	for i := 0; i+2 < len(s); i += 3 {
		out = append(out, found{s[i], s[i+1], s[i+2]})
	}
	return out
}

// tag runs Tag and returns what it found as founds.
func tag(text, lang string) []found {
	var out []found
	for _, x := range Tag(text, lang, ref) {
		out = append(out, found{text[x.Start:x.End], x.Type.String(), x.Value})
	}
	return out
}

type tagTest struct {
	name, lang, text string
	want             []found
}

var frTests = []tagTest{
	{"a future sentence is not framed by a past year", "fr", "L’année 2024 a été chaude. À partir du 1er janvier, les prix augmenteront.", tx("L’année 2024", "DATE", "2024", "1er janvier", "DATE", "2026-01-01")},
	{"less than hours is a duration", "fr", "La trêve a duré moins de 24 heures, de 8 heures à 18 heures.", tx("moins de 24 heures", "DURATION", "PT24H", "8 heures", "TIME", "2025-12-22T08:00", "18 heures", "TIME", "2025-12-22T18:00")},
	{"this weekend early in the week", "fr", "Ce week-end, la ville fête son saint.", tx("Ce week-end", "DATE", "2025-W51")},
	{"this weekend in the future", "fr", "Ce week-end, la ville fêtera son saint.", tx("Ce week-end", "DATE", "2025-W52")},
	{"weekday range", "fr", "La grève a duré du lundi au mercredi. Elle reprendra de jeudi à samedi.", tx("lundi au mercredi", "DATE", "2025-12-15/2025-12-17", "jeudi à samedi", "DATE", "2025-12-25/2025-12-27")},
	{"entre le et le", "fr", "Entre le 1er et le 15 janvier, les ventes ont chuté.", tx("1er et le 15 janvier", "DATE", "2025-01-01/2025-01-15")},
	// Full dates.
	{"day month year", "fr", "Le 22 décembre 2025, Bamako a accueilli le sommet.", tx("22 décembre 2025", "DATE", "2025-12-22")},
	{"drop cap", "fr", "L e 22 décembre 2025, Bamako a accueilli le sommet.", tx("22 décembre 2025", "DATE", "2025-12-22")},
	{"first of month", "fr", "Il est né le 1er mars 2013.", tx("1er mars 2013", "DATE", "2013-03-01")},
	{"premier spelled", "fr", "Le texte a été signé le premier mars 2013.", tx("premier mars 2013", "DATE", "2013-03-01")},
	{"first superscript", "fr", "Elle a pris effet le 1ᵉʳ janvier 2024.", tx("1ᵉʳ janvier 2024", "DATE", "2024-01-01")},
	{"weekday day month", "fr", "La réunion se tiendra mardi 23 décembre.", tx("mardi 23 décembre", "DATE", "2025-12-23")},
	{"day month no year", "fr", "Il a été arrêté le 18 décembre.", tx("18 décembre", "DATE", "2025-12-18")},
	{"day month nearest next year", "fr", "Le scrutin aura lieu le 15 janvier.", tx("15 janvier", "DATE", "2026-01-15")},
	{"day month past tense", "fr", "Le rapport avait été publié le 15 janvier.", tx("15 janvier", "DATE", "2025-01-15")},
	{"day month dernier", "fr", "Le 15 janvier dernier, il a démissionné.", tx("15 janvier dernier", "DATE", "2025-01-15")},
	{"day month prochain", "fr", "Le vote est fixé au 10 décembre prochain.", tx("10 décembre prochain", "DATE", "2026-12-10")},
	{"slash date", "fr", "Le décret du 1/3/2013 est abrogé.", tx("1/3/2013", "DATE", "2013-03-01")},
	{"slash date two digit year", "fr", "Publié le 05/11/24.", tx("05/11/24", "DATE", "2024-11-05")},
	{"iso date", "fr", "Mise à jour : 2013-03-01.", tx("2013-03-01", "DATE", "2013-03-01")},
	{"dotted date", "fr", "Signé le 22.12.2025 à Bamako.", tx("22.12.2025", "DATE", "2025-12-22")},
	{"abbreviated month", "fr", "Le 3 janv. 2024, la frontière a rouvert.", tx("3 janv. 2024", "DATE", "2024-01-03")},
	{"abbreviated sept", "fr", "Le 11 sept. 2001, les tours sont tombées.", tx("11 sept. 2001", "DATE", "2001-09-11")},
	{"bastille day", "fr", "La Bastille est prise le 14 juillet 1789.", tx("14 juillet 1789", "DATE", "1789-07-14")},
	{"explicit year context", "fr", "En 2013, la France est intervenue. Le 1er mars, l'armée a avancé.", tx("2013", "DATE", "2013", "1er mars", "DATE", "2013-03-01")},
	{"context ends with a deictic expression", "fr", "En 2013, la France est intervenue. La semaine dernière, le ministre a parlé. Le 1er mars, il partira.", tx("2013", "DATE", "2013", "La semaine dernière", "DATE", "2025-W51", "1er mars", "DATE", "2026-03-01")},
	{"context ends with paragraph", "fr", "En 2013, la France est intervenue.\nLe 1er mars, l'armée a avancé.", tx("2013", "DATE", "2013", "1er mars", "DATE", "2025-03-01")},
	// Months, years, decades, centuries.
	{"month year", "fr", "L'AES a été formée en septembre 2023.", tx("septembre 2023", "DATE", "2023-09")},
	{"en month year", "fr", "Elle est devenue confédération en juillet 2024.", tx("juillet 2024", "DATE", "2024-07")},
	{"bare year", "fr", "En 2014, la mission a commencé.", tx("2014", "DATE", "2014")},
	{"l'an 2000", "fr", "Le bug de l'an 2000 n'a pas eu lieu.", tx("l'an 2000", "DATE", "2000")},
	{"old year after en", "fr", "La ville a été fondée en 1591.", tx("1591", "DATE", "1591")},
	{"month alone past", "fr", "Les combats ont repris en juillet.", tx("juillet", "DATE", "2025-07")},
	{"month alone current", "fr", "Les prix ont augmenté en décembre.", tx("décembre", "DATE", "2025-12")},
	{"month alone future", "fr", "Le nouveau gouvernement sera formé en janvier.", tx("janvier", "DATE", "2026-01")},
	{"month of", "fr", "Au mois de mars, les pluies sont arrivées.", tx("mars", "DATE", "2025-03")},
	{"month dernier", "fr", "Il a été élu en décembre dernier.", tx("décembre dernier", "DATE", "2024-12")},
	{"decade", "fr", "Dans les années 1990, le pays a connu la guerre.", tx("les années 1990", "DATE", "199X")},
	{"decade short", "fr", "La mode des années 80 revient.", tx("années 80", "DATE", "198X")},
	{"century roman", "fr", "Au XXe siècle, tout a changé.", tx("XXe siècle", "DATE", "19XX")},
	{"century roman eme", "fr", "Le défi du XXIème siècle est climatique.", tx("XXIème siècle", "DATE", "20XX")},
	{"century digits", "fr", "Une église du 19e siècle.", tx("19e siècle", "DATE", "18XX")},
	{"season year", "fr", "Les élections auront lieu à l'été 2026.", tx("l'été 2026", "DATE", "2026-SU")},
	{"season bare year", "fr", "Au printemps 2013, la ville a été reprise.", tx("printemps 2013", "DATE", "2013-SP")},
	{"this summer", "fr", "Cet été, la chaleur a battu des records.", tx("Cet été", "DATE", "2025-SU")},
	{"last winter", "fr", "L'hiver dernier a été rude.", tx("L'hiver dernier", "DATE", "2024-WI")},
	{"next spring", "fr", "Le chantier reprendra au printemps prochain.", tx("printemps prochain", "DATE", "2026-SP")},
	{"quarter", "fr", "Au premier trimestre 2024, la croissance a ralenti.", tx("premier trimestre 2024", "DATE", "2024-Q1")},
	{"semester of the year", "fr", "Au premier semestre de l'année, les ventes ont chuté.", tx("premier semestre de l'année", "DATE", "2025-H1")},
	{"semester", "fr", "Au second semestre 2025, les ventes ont chuté.", tx("second semestre 2025", "DATE", "2025-H2")},
	// Weeks and other periods relative to the reference date.
	{"last week", "fr", "La semaine dernière, le ministre a démissionné.", tx("La semaine dernière", "DATE", "2025-W51")},
	{"this week", "fr", "Cette semaine, les écoles sont fermées.", tx("Cette semaine", "DATE", "2025-W52")},
	{"next week", "fr", "Il se rendra à Paris la semaine prochaine.", tx("la semaine prochaine", "DATE", "2026-W01")},
	{"last month", "fr", "Le mois dernier, l'inflation a reculé.", tx("Le mois dernier", "DATE", "2025-11")},
	{"next month", "fr", "Le texte sera voté le mois prochain.", tx("le mois prochain", "DATE", "2026-01")},
	{"this month", "fr", "Ce mois-ci, les prix ont baissé.", tx("Ce mois-ci", "DATE", "2025-12")},
	{"last year an", "fr", "L'an dernier, la récolte a été bonne.", tx("L'an dernier", "DATE", "2024")},
	{"last year annee", "fr", "L'année dernière, la récolte a été bonne.", tx("L'année dernière", "DATE", "2024")},
	{"next year", "fr", "L'année prochaine, le pays votera.", tx("L'année prochaine", "DATE", "2026")},
	{"this year", "fr", "Cette année, le pays a voté.", tx("Cette année", "DATE", "2025")},
	{"last year passe", "fr", "L'an passé, rien n'a bougé.", tx("L'an passé", "DATE", "2024")},
	{"last weekend", "fr", "Le week-end dernier, la ville a fêté.", tx("Le week-end dernier", "DATE", "2025-W51")},
	{"last century", "fr", "Le siècle dernier a connu deux guerres.", tx("Le siècle dernier", "DATE", "19XX")},
	// Edges of periods.
	{"start of year", "fr", "Début 2024, la junte a annoncé son retrait.", tx("Début 2024", "DATE", "2024")},
	{"end of year", "fr", "Fin 2023, les troupes sont parties.", tx("Fin 2023", "DATE", "2023")},
	{"mid month", "fr", "Mi-juillet, la crise a éclaté.", tx("Mi-juillet", "DATE", "2025-07")},
	{"mid december", "fr", "La décision est attendue mi-décembre.", tx("mi-décembre", "DATE", "2025-12")},
	{"end of january", "fr", "Les négociations ont échoué fin janvier.", tx("fin janvier", "DATE", "2025-01")},
	{"start of decade", "fr", "Au début des années 2000, le pays s'est ouvert.", tx("début des années 2000", "DATE", "200X")},
	{"end of decade", "fr", "À la fin des années 1990, la crise est arrivée.", tx("fin des années 1990", "DATE", "199X")},
	{"end of the month", "fr", "Le rapport sera publié à la fin du mois.", tx("fin du mois", "DATE", "2025-12")},
	{"end of the week", "fr", "Il rentrera en fin de semaine.", tx("fin de semaine", "DATE", "2025-W52")},
	{"end of the year", "fr", "D'ici la fin de l'année, tout sera fini.", tx("fin de l'année", "DATE", "2025")},
	{"until year", "fr", "Le plan court d'ici à 2030.", tx("2030", "DATE", "2030")},
	// Lists and ranges.
	{"two days list", "fr", "Une réunion s'est tenue les 20 et 21 décembre à Bamako.", tx("20 et 21 décembre", "DATE", "2025-12-20/2025-12-21")},
	{"three days list", "fr", "Les 19, 20 et 21 décembre, la ville a été bouclée.", tx("19, 20 et 21 décembre", "DATE", "2025-12-19/2025-12-21")},
	{"day range du au", "fr", "Le festival a eu lieu du 13 au 15 juillet.", tx("13 au 15 juillet", "DATE", "2025-07-13/2025-07-15")},
	{"day range hyphen", "fr", "Le festival a eu lieu les 13-15 juillet.", tx("13-15 juillet", "DATE", "2025-07-13/2025-07-15")},
	{"day range across months", "fr", "Du 28 décembre au 3 janvier 2026, les bureaux seront fermés.", tx("28 décembre au 3 janvier 2026", "DATE", "2025-12-28/2026-01-03")},
	{"month range", "fr", "De mars à juin 2013, l'armée a combattu.", tx("mars à juin 2013", "DATE", "2013-03/2013-06")},
	{"year range entre", "fr", "Entre 2014 et 2017, la mission a duré.", tx("2014 et 2017", "DATE", "2014/2017")},
	{"year range hyphen", "fr", "Le plan 2014-2017 a échoué.", tx("2014-2017", "DATE", "2014/2017")},
	{"two separate years de", "fr", "Les élections de 2014 et 2017 ont eu lieu.", tx("2014", "DATE", "2014", "2017", "DATE", "2017")},
	{"two months one year", "fr", "En mars et avril 2013, il a plu.", tx("mars et avril 2013", "DATE", "2013-03/2013-04")},
	{"two separate months", "fr", "En mars et en avril, il a plu.", tx("mars", "DATE", "2025-03", "avril", "DATE", "2025-04")},
	{"two separate years", "fr", "En 2014 et en 2017, il y a eu des élections.", tx("2014", "DATE", "2014", "2017", "DATE", "2017")},
	// Relative days.
	{"hier", "fr", "Hier, le président a parlé.", tx("Hier", "DATE", "2025-12-21")},
	{"aujourd'hui", "fr", "Aujourd'hui, le pays vote.", tx("Aujourd'hui", "DATE", "2025-12-22")},
	{"aujourd'hui curly", "fr", "Aujourd’hui, le pays vote.", tx("Aujourd’hui", "DATE", "2025-12-22")},
	{"demain", "fr", "Demain, le pays votera.", tx("Demain", "DATE", "2025-12-23")},
	{"avant-hier", "fr", "Avant-hier, il pleuvait.", tx("Avant-hier", "DATE", "2025-12-20")},
	{"apres-demain", "fr", "Après-demain, il pleuvra.", tx("Après-demain", "DATE", "2025-12-24")},
	{"weekday past", "fr", "Jeudi, le ministre a démissionné.", tx("Jeudi", "DATE", "2025-12-18")},
	{"weekday future", "fr", "Le sommet se tiendra jeudi.", tx("jeudi", "DATE", "2025-12-25")},
	{"weekday is ref", "fr", "Lundi, le ministre a démissionné.", tx("Lundi", "DATE", "2025-12-22")},
	{"weekday va", "fr", "Le président va parler vendredi.", tx("vendredi", "DATE", "2025-12-26")},
	{"ce mardi present", "fr", "Ce mardi, les enseignants sont en grève.", tx("Ce mardi", "DATE", "2025-12-23")},
	{"ce dimanche past", "fr", "Ce dimanche, les enseignants ont manifesté.", tx("Ce dimanche", "DATE", "2025-12-21")},
	{"last monday", "fr", "Lundi dernier, il a plu.", tx("Lundi dernier", "DATE", "2025-12-15")},
	{"next monday", "fr", "Lundi prochain, il pleuvra.", tx("Lundi prochain", "DATE", "2025-12-29")},
	{"ago days", "fr", "Il y a trois jours, l'attaque a eu lieu.", tx("Il y a trois jours", "DATE", "2025-12-19")},
	{"ago years", "fr", "Il y a deux ans, la junte a pris le pouvoir.", tx("Il y a deux ans", "DATE", "2023")},
	{"ago weeks", "fr", "Il y a deux semaines, tout a basculé.", tx("Il y a deux semaines", "DATE", "2025-W50")},
	{"ago months", "fr", "Il y a un mois, il a démissionné.", tx("Il y a un mois", "DATE", "2025-11")},
	{"ago fuzzy", "fr", "Il y a quelques jours, il a démissionné.", tx("Il y a quelques jours", "DATE", "PAST_REF")},
	{"in two weeks", "fr", "Il reviendra dans deux semaines.", tx("dans deux semaines", "DATE", "2026-W02")},
	{"in three days", "fr", "Le vote aura lieu dans trois jours.", tx("dans trois jours", "DATE", "2025-12-25")},
	{"d'ici years", "fr", "D'ici deux ans, la route sera finie.", tx("D'ici deux ans", "DATE", "2027")},
	{"later days", "fr", "Le 3 mars 2013, il est parti. Deux jours plus tard, il est revenu.", tx("3 mars 2013", "DATE", "2013-03-03", "Deux jours plus tard", "DATE", "2013-03-05")},
	{"veille", "fr", "Le sommet s'est ouvert le 22 décembre. La veille, les ministres se sont réunis.", tx("22 décembre", "DATE", "2025-12-22", "La veille", "DATE", "2025-12-21")},
	{"lendemain", "fr", "Le 3 mars 2013, il est arrivé. Le lendemain, il a parlé.", tx("3 mars 2013", "DATE", "2013-03-03", "Le lendemain", "DATE", "2013-03-04")},
	{"veille of event", "fr", "Le 3 mars 2013, il est arrivé. La veille du scrutin, il a parlé.", tx("3 mars 2013", "DATE", "2013-03-03", "La veille", "DATE", "XXXX-XX-XX")},
	{"veille without date", "fr", "La veille, les ministres se sont réunis.", tx("La veille", "DATE", "2025-12-21")},
	// Present, past and future references.
	{"maintenant", "fr", "Maintenant, il faut agir.", tx("Maintenant", "DATE", "PRESENT_REF")},
	{"actuellement", "fr", "Il est actuellement en prison.", tx("actuellement", "DATE", "PRESENT_REF")},
	{"recemment", "fr", "Il a récemment démissionné.", tx("récemment", "DATE", "PAST_REF")},
	{"bientot", "fr", "Il partira bientôt.", tx("bientôt", "DATE", "FUTURE_REF")},
	{"prochainement", "fr", "Le texte sera prochainement voté.", tx("prochainement", "DATE", "FUTURE_REF")},
	{"ces dernieres annees", "fr", "Ces dernières années, la violence a augmenté.", tx("Ces dernières années", "DATE", "PAST_REF")},
	{"les prochaines semaines", "fr", "Un accord est attendu dans les prochaines semaines.", tx("les prochaines semaines", "DATE", "FUTURE_REF")},
	{"les mois a venir", "fr", "Les mois à venir seront décisifs.", tx("Les mois à venir", "DATE", "FUTURE_REF")},
	// Times.
	{"a 8 heures", "fr", "Le vote a commencé à 8 heures.", tx("8 heures", "TIME", "2025-12-22T08:00")},
	{"a 8h30", "fr", "Le vote a commencé à 8h30.", tx("8h30", "TIME", "2025-12-22T08:30")},
	{"vers 20h", "fr", "Les tirs ont cessé vers 20h.", tx("20h", "TIME", "2025-12-22T20:00")},
	{"time after date", "fr", "Le 3 mars 2013, l'assaut a commencé à 5 heures.", tx("3 mars 2013", "DATE", "2013-03-03", "5 heures", "TIME", "2013-03-03T05:00")},
	{"date at midnight", "fr", "Le cessez-le-feu expire le 31 décembre 2024 à minuit.", tx("31 décembre 2024 à minuit", "TIME", "2024-12-31T24:00")},
	{"a midi", "fr", "Il parlera à midi.", tx("midi", "TIME", "2025-12-22T12:00")},
	{"ce matin", "fr", "Ce matin, le président a parlé.", tx("Ce matin", "TIME", "2025-12-22TXX")},
	{"a feast in a first name", "fr", "Le ministre Jean-Noël Barrot arrivera à Noël.", tx("Noël", "DATE", "2025-12-25")},
	{"cet apres-midi", "fr", "Il parlera cet après-midi.", tx("cet après-midi", "TIME", "2025-12-22TXX")},
	{"ce soir", "fr", "Le match a lieu ce soir.", tx("ce soir", "TIME", "2025-12-22TXX")},
	{"hier soir", "fr", "Hier soir, un attentat a eu lieu.", tx("Hier soir", "TIME", "2025-12-21TXX")},
	{"weekday morning", "fr", "Il arrivera mardi matin.", tx("mardi matin", "TIME", "2025-12-23TXX")},
	// Durations.
	{"deux jours", "fr", "Le sommet de deux jours s'est ouvert.", tx("deux jours", "DURATION", "P2D")},
	{"un an", "fr", "Après un an de confédération, le bilan est mitigé.", tx("un an", "DURATION", "P1Y")},
	{"48 heures", "fr", "Il a été détenu 48 heures.", tx("48 heures", "DURATION", "PT48H")},
	{"dix-sept mois", "fr", "Après dix-sept mois de négociations.", tx("dix-sept mois", "DURATION", "P17M")},
	{"un an et demi", "fr", "Il a passé un an et demi en prison.", tx("un an et demi", "DURATION", "P18M")},
	{"deux ans et demi", "fr", "Une transition de deux ans et demi.", tx("deux ans et demi", "DURATION", "P30M")},
	{"une decennie", "fr", "Une décennie de guerre a ruiné le pays.", tx("Une décennie", "DURATION", "P10Y")},
	{"un siecle", "fr", "Un siècle d'histoire.", tx("Un siècle", "DURATION", "P100Y")},
	{"quelques jours", "fr", "Il est resté quelques jours.", tx("quelques jours", "DURATION", "PXD")},
	{"plusieurs annees", "fr", "Il a fallu plusieurs années.", tx("plusieurs années", "DURATION", "PXY")},
	{"des mois", "fr", "Les discussions ont duré des mois.", tx("des mois", "DURATION", "PXM")},
	{"deux semaines", "fr", "La grève a duré deux semaines.", tx("deux semaines", "DURATION", "P2W")},
	{"depuis deux ans", "fr", "Il est au pouvoir depuis deux ans.", tx("deux ans", "DURATION", "P2Y")},
	{"vingt et un jours", "fr", "Un deuil de vingt et un jours.", tx("vingt et un jours", "DURATION", "P21D")},
	{"quatre-vingt-dix jours", "fr", "Un délai de quatre-vingt-dix jours.", tx("quatre-vingt-dix jours", "DURATION", "P90D")},
	{"soixante-dix ans", "fr", "Après soixante-dix ans d'attente.", tx("soixante-dix ans", "DURATION", "P70Y")},
	{"quatre-vingts ans", "fr", "Un homme de quatre-vingts ans.", tx("quatre-vingts ans", "DURATION", "P80Y")},
	{"1 an", "fr", "Une peine de 1 an avec sursis.", tx("1 an", "DURATION", "P1Y")},
	{"une demi-heure", "fr", "Il a parlé une demi-heure.", tx("une demi-heure", "DURATION", "PT30M")},
	{"24h duration", "fr", "Le stock sera épuisé en 24h.", tx("24h", "DURATION", "PT24H")},
	{"les deux dernieres annees", "fr", "Au cours des deux dernières années, la dette a doublé.", tx("deux dernières années", "DURATION", "P2Y")},
	{"trente et un jours", "fr", "Une grève de trente et un jours.", tx("trente et un jours", "DURATION", "P31D")},
	{"quarante-huit heures", "fr", "Une garde à vue de quarante-huit heures.", tx("quarante-huit heures", "DURATION", "PT48H")},
	{"cent ans", "fr", "La guerre de Cent ans.", tx("Cent ans", "DURATION", "P100Y")},
	{"deux cents ans", "fr", "Une tradition de deux cents ans.", tx("deux cents ans", "DURATION", "P200Y")},
	{"mille ans", "fr", "Un royaume de mille ans.", tx("mille ans", "DURATION", "P1000Y")},
	{"soixante et onze jours", "fr", "Une grève de soixante et onze jours.", tx("soixante et onze jours", "DURATION", "P71D")},
	// Sets.
	{"chaque annee", "fr", "Le festival a lieu chaque année.", tx("chaque année", "SET", "P1Y")},
	{"tous les ans", "fr", "Le festival a lieu tous les ans.", tx("tous les ans", "SET", "P1Y")},
	{"tous les deux ans", "fr", "Le sommet a lieu tous les deux ans.", tx("tous les deux ans", "SET", "P2Y")},
	{"chaque semaine", "fr", "Le conseil se réunit chaque semaine.", tx("chaque semaine", "SET", "P1W")},
	{"chaque lundi", "fr", "Le conseil se réunit chaque lundi.", tx("chaque lundi", "SET", "P1W")},
	{"tous les lundis", "fr", "Le marché a lieu tous les lundis.", tx("tous les lundis", "SET", "P1W")},
	{"tous les matins", "fr", "Il court tous les matins.", tx("tous les matins", "SET", "P1D")},
	{"par an", "fr", "Deux fois par an, le comité se réunit.", tx("Deux fois par an", "SET", "P1Y")},
	{"quotidiennement", "fr", "Les attaques ont lieu quotidiennement.", tx("quotidiennement", "SET", "P1D")},
	// Long tail of news phrasing.
	{"announced weekday", "fr", "Le gouvernement a annoncé mardi un plan de relance.", tx("mardi", "DATE", "2025-12-16")},
	{"weekday evening future", "fr", "Le Premier ministre s'exprimera jeudi soir.", tx("jeudi soir", "TIME", "2025-12-25TXX")},
	{"from date", "fr", "Le texte sera examiné à partir du 12 janvier.", tx("12 janvier", "DATE", "2026-01-12")},
	{"since start of year", "fr", "Depuis le début de l'année, 3 000 migrants sont arrivés.", tx("début de l'année", "DATE", "2025")},
	{"months later", "fr", "Le 7 octobre 2023, le Hamas a attaqué. Trois mois plus tard, la guerre continuait.", tx("7 octobre 2023", "DATE", "2023-10-07", "Trois mois plus tard", "DATE", "2024-01")},
	{"background year no context", "fr", "Né en 1952 à Lyon, il a été élu. En mai, il a démissionné.", tx("1952", "DATE", "1952", "mai", "DATE", "2025-05")},
	{"range with year", "fr", "La conférence se tiendra du 10 au 21 novembre 2025 à Belém.", tx("10 au 21 novembre 2025", "DATE", "2025-11-10/2025-11-21")},
	{"clock range", "fr", "Le couvre-feu court de 22 heures à 6 heures.", tx("22 heures", "TIME", "2025-12-22T22:00", "6 heures", "TIME", "2025-12-22T06:00")},
	{"ago one year", "fr", "Il y a un an, le président était renversé.", tx("Il y a un an", "DATE", "2024")},
	{"ago one year to the day", "fr", "Il y a un an jour pour jour, le président était renversé.", tx("Il y a un an jour pour jour", "DATE", "2024-12-22")},
	{"law of year", "fr", "La loi de 1905 sur la laïcité.", tx("1905", "DATE", "1905")},
	{"until year", "fr", "La crise a duré jusqu'en 2012.", tx("2012", "DATE", "2012")},
	{"this weekend past", "fr", "Ce week-end, les supporters se sont rassemblés.", tx("Ce week-end", "DATE", "2025-W51")},
	{"this weekend future", "fr", "Ce week-end, les supporters se rassembleront.", tx("Ce week-end", "DATE", "2025-W52")},
	{"previous week anchored", "fr", "Le 3 mars 2013, il est parti. La semaine précédente, il avait parlé.", tx("3 mars 2013", "DATE", "2013-03-03", "La semaine précédente", "DATE", "2013-W08")},
	{"following year anchored", "fr", "Le 3 mars 2013, il est parti. L'année suivante, il est revenu.", tx("3 mars 2013", "DATE", "2013-03-03", "L'année suivante", "DATE", "2014")},
	{"two digit year range", "fr", "La saison 2014-15 a été longue.", tx("2014-15", "DATE", "2014/2015")},
	{"midnight on weekday", "fr", "Le cessez-le-feu entre en vigueur à minuit ce lundi.", tx("minuit ce lundi", "TIME", "2025-12-22T24:00")},
	{"heures et demie", "fr", "Rendez-vous à 8 heures et demie.", tx("8 heures et demie", "TIME", "2025-12-22T08:30")},
	{"twenty hundred hours", "fr", "Le match débute à 20h45.", tx("20h45", "TIME", "2025-12-22T20:45")},
	{"en ce debut d'annee", "fr", "En ce début d'année, le climat est morose.", tx("début d'année", "DATE", "2025")},
	{"weekday day no month", "fr", "Mardi 23, le président parlera.", tx("Mardi 23", "DATE", "2025-12-23")},
	{"weekday day wrong weekday", "fr", "Jeudi 2, rien ne s'est passé.", tx("Jeudi", "DATE", "2025-12-18")},
	{"cette annee-la", "fr", "Le 3 mars 2013, il est parti. Cette année-là, il a plu.", tx("3 mars 2013", "DATE", "2013-03-03", "Cette année-là", "DATE", "2013")},
	{"ce jour-la", "fr", "Le 3 mars 2013, il est parti. Ce jour-là, il a plu.", tx("3 mars 2013", "DATE", "2013-03-03", "Ce jour-là", "DATE", "2013-03-03")},
	{"years later from year", "fr", "En 2013, la guerre a éclaté. Deux ans plus tard, la paix est revenue.", tx("2013", "DATE", "2013", "Deux ans plus tard", "DATE", "2015")},
	{"christmas", "fr", "Noël 2024 a été triste.", tx("Noël 2024", "DATE", "2024-12-25")},
	{"new year's day", "fr", "Le jour de l'an, il a neigé.", tx("Le jour de l'an", "DATE", "2025-01-01")},
	{"weekday day list", "fr", "Mardi 23 et mercredi 24 décembre, grève générale.", tx("Mardi 23 et mercredi 24 décembre", "DATE", "2025-12-23/2025-12-24")},
	{"year en cours", "fr", "Les prévisions pour l'année en cours sont bonnes.", tx("l'année en cours", "DATE", "2025")},
	{"year ecoulee", "fr", "Le bilan de l'année écoulée est lourd.", tx("l'année écoulée", "DATE", "2024")},
	{"last night", "fr", "La nuit dernière, des tirs ont été entendus.", tx("La nuit dernière", "TIME", "2025-12-21TXX")},
	{"ce jour", "fr", "Ce jour, le décret entre en vigueur.", tx("Ce jour", "DATE", "2025-12-22")},
	{"last quarter", "fr", "Le trimestre dernier, les ventes ont chuté.", tx("Le trimestre dernier", "DATE", "2025-Q3")},
	{"depuis day month", "fr", "La réforme s'applique depuis le 1er janvier.", tx("1er janvier", "DATE", "2025-01-01")},
	{"nine first months", "fr", "Sur les neuf premiers mois de l'année, les ventes ont reculé.", tx("neuf premiers mois", "DURATION", "P9M")},
	{"month range entre", "fr", "Entre janvier et septembre, le déficit s'est creusé.", tx("janvier et septembre", "DATE", "2025-01/2025-09")},
	{"date evening", "fr", "Il a été reçu vendredi 19 décembre au soir.", tx("vendredi 19 décembre au soir", "TIME", "2025-12-19TXX")},
	{"clock new paragraph", "fr", "Le gel court jusqu'au 31 janvier.\nL'attaque a eu lieu vers 17 h 30.", tx("31 janvier", "DATE", "2026-01-31", "17 h 30", "TIME", "2025-12-22T17:30")},
	{"season alone past", "fr", "Au printemps, les prix ont augmenté.", tx("printemps", "DATE", "2025-SP")},
	{"season alone future", "fr", "Le texte sera voté à l'été.", tx("l'été", "DATE", "2026-SU")},
	{"end of season", "fr", "La fin de l'été a été chaude.", tx("fin de l'été", "DATE", "2025-SU")},
	{"end of last week", "fr", "À la fin de la semaine dernière, les cours ont chuté.", tx("fin de la semaine dernière", "DATE", "2025-W51")},
	{"il y a pres de", "fr", "Il y a près de dix ans, la ville est tombée.", tx("Il y a près de dix ans", "DATE", "2015")},
	{"il y a tout juste", "fr", "Il y a tout juste un an, la ville était inondée.", tx("Il y a tout juste un an", "DATE", "2024")},
	{"une vingtaine de jours", "fr", "Le chantier a duré une vingtaine de jours.", tx("une vingtaine de jours", "DURATION", "P20D")},
	{"le 15 courant", "fr", "Le paiement est dû le 15 courant.", tx("15 courant", "DATE", "2025-12-15")},
	{"night of a day range", "fr", "Dans la nuit du 3 au 4 décembre, des tirs ont retenti.", tx("la nuit du 3 au 4 décembre", "TIME", "2025-12-03TXX")},
	{"en fin de soiree", "fr", "Il est arrivé en fin de soirée.", tx("fin de soirée", "TIME", "2025-12-22TXX")},
	{"au cours du mois", "fr", "Au cours du mois d'avril, les ventes ont progressé.", tx("avril", "DATE", "2025-04")},
}

var enTests = []tagTest{
	{"month as a modifier", "en", "Congress left for its August recess. It may rain in the march season.", tx("August", "DATE", "2025-08")},
	{"fiscal year and quarterly", "en", "The company expects fiscal 1990 sales to grow; the board meets quarterly.", tx("1990", "DATE", "1990", "quarterly", "SET", "P3M")},
	{"weekday range", "en", "The strike ran from Monday to Wednesday.", tx("Monday to Wednesday", "DATE", "2025-12-15/2025-12-17")},
	{"from now and hence", "en", "The vote is due two weeks from now, a decision three days hence.", tx("two weeks from now", "DATE", "2026-W02", "three days hence", "DATE", "2025-12-25")},
	{"between the first and the fifteenth", "en", "Between the 1st and the 15th of January, sales fell.", tx("1st and the 15th of January", "DATE", "2025-01-01/2025-01-15")},
	{"since a month and year frames nothing", "en", "Rates were cut three times since August 2024. Inflation hit 3% in the 12 months to January. The budget will come on March 26.", tx("August 2024", "DATE", "2024-08", "12 months", "DURATION", "P12M", "January", "DATE", "2025-01", "March 26", "DATE", "2026-03-26")},
	{"an interval frames nothing", "en", "Between 2010 and 2019, growth was slow. The figures for the fourth quarter were revised.", tx("2010 and 2019", "DATE", "2010/2019", "the fourth quarter", "DATE", "2025-Q4")},
	{"a dated day frames the paragraph", "en", "On March 1, 2013, France intervened. On March 5, troops took Gao. By April, the north was retaken.", tx("March 1, 2013", "DATE", "2013-03-01", "March 5", "DATE", "2013-03-05", "April", "DATE", "2013-04")},
	{"year context ends with next week", "en", "Since 2014, the region has suffered. Talks will resume next week. The summit is held in June.", tx("2014", "DATE", "2014", "next week", "DATE", "2026-W01", "June", "DATE", "2025-06")},
	// Full dates.
	{"month day year", "en", "On December 22, 2025, leaders met in Bamako.", tx("December 22, 2025", "DATE", "2025-12-22")},
	{"day month abbr year", "en", "The talks ended on 22 Dec. 2025.", tx("22 Dec. 2025", "DATE", "2025-12-22")},
	{"weekday month day", "en", "The vote is set for Tuesday, March 17.", tx("Tuesday, March 17", "DATE", "2026-03-17")},
	{"abbr month day", "en", "Shares fell on Dec 19.", tx("Dec 19", "DATE", "2025-12-19")},
	{"abbr month dot day", "en", "The deal was signed on Dec. 5.", tx("Dec. 5", "DATE", "2025-12-05")},
	{"sept 11", "en", "The attacks of Sept. 11, 2001 changed everything.", tx("Sept. 11, 2001", "DATE", "2001-09-11")},
	{"ordinal day", "en", "It opened on March 3rd, 2024.", tx("March 3rd, 2024", "DATE", "2024-03-03")},
	{"us slash date", "en", "The memo dated 1/3/2013 leaked.", tx("1/3/2013", "DATE", "2013-01-03")},
	{"slash date day first", "en", "The memo dated 13/3/2013 leaked.", tx("13/3/2013", "DATE", "2013-03-13")},
	{"iso date", "en", "Updated 2013-03-01.", tx("2013-03-01", "DATE", "2013-03-01")},
	{"the nth of month", "en", "It happened on the 4th of July.", tx("4th of July", "DATE", "2025-07-04")},
	// Months, years, decades, centuries.
	{"month year", "en", "Prices rose in July 2024.", tx("July 2024", "DATE", "2024-07")},
	{"may month year", "en", "May 2024 was the hottest on record.", tx("May 2024", "DATE", "2024-05")},
	{"in month", "en", "The company was sold in January.", tx("January", "DATE", "2025-01")},
	{"in month future", "en", "The company will be sold in March.", tx("March", "DATE", "2026-03")},
	{"bare year", "en", "In 2014, the mission began.", tx("2014", "DATE", "2014")},
	{"decade", "en", "In the 1990s, the country was at war.", tx("the 1990s", "DATE", "199X")},
	{"decade apostrophe", "en", "Music from the '80s is back.", tx("the '80s", "DATE", "198X")},
	{"late decade", "en", "In the late 1990s, the economy boomed.", tx("the late 1990s", "DATE", "199X")},
	{"century", "en", "The challenge of the 21st century is climate.", tx("the 21st century", "DATE", "20XX")},
	{"century word", "en", "The twentieth century saw two wars.", tx("The twentieth century", "DATE", "19XX")},
	{"summer of year", "en", "In the summer of 2024, fires broke out.", tx("the summer of 2024", "DATE", "2024-SU")},
	{"quarter of year", "en", "Profits rose in the first quarter of 2024.", tx("the first quarter of 2024", "DATE", "2024-Q1")},
	{"quarter no year", "en", "Profits rose in the third quarter.", tx("the third quarter", "DATE", "2025-Q3")},
	{"half of year", "en", "Sales fell in the first half of 2025.", tx("the first half of 2025", "DATE", "2025-H1")},
	{"half of the year", "en", "Sales fell in the first half of the year.", tx("the first half of the year", "DATE", "2025-H1")},
	{"quarter of last year", "en", "Sales fell in the third quarter of last year.", tx("the third quarter of last year", "DATE", "2024-Q3")},
	{"hyphenated quarter", "en", "Third-quarter profit rose.", tx("Third-quarter", "DATE", "2025-Q3")},
	{"q3", "en", "Revenue in Q3 2024 was flat.", tx("Q3 2024", "DATE", "2024-Q3")},
	// Relative.
	{"yesterday", "en", "Yesterday, the president spoke.", tx("Yesterday", "DATE", "2025-12-21")},
	{"today", "en", "Voters go to the polls today.", tx("today", "DATE", "2025-12-22")},
	{"tomorrow", "en", "The results are due tomorrow.", tx("tomorrow", "DATE", "2025-12-23")},
	{"last friday", "en", "He resigned last Friday.", tx("last Friday", "DATE", "2025-12-19")},
	{"on friday past", "en", "He resigned on Friday.", tx("Friday", "DATE", "2025-12-19")},
	{"on friday future", "en", "He will resign on Friday.", tx("Friday", "DATE", "2025-12-26")},
	{"this thursday", "en", "The court rules this Thursday.", tx("this Thursday", "DATE", "2025-12-25")},
	{"next monday", "en", "The court meets next Monday.", tx("next Monday", "DATE", "2025-12-29")},
	{"last week", "en", "Last week, prices fell.", tx("Last week", "DATE", "2025-W51")},
	{"this week", "en", "Schools are closed this week.", tx("this week", "DATE", "2025-W52")},
	{"next week", "en", "Talks resume next week.", tx("next week", "DATE", "2026-W01")},
	{"next month", "en", "The law takes effect next month.", tx("next month", "DATE", "2026-01")},
	{"last month", "en", "Inflation fell last month.", tx("last month", "DATE", "2025-11")},
	{"last year", "en", "The harvest was good last year.", tx("last year", "DATE", "2024")},
	{"this year", "en", "The harvest was good this year.", tx("this year", "DATE", "2025")},
	{"next year", "en", "Elections are due next year.", tx("next year", "DATE", "2026")},
	{"last summer", "en", "Fires raged last summer.", tx("last summer", "DATE", "2025-SU")},
	{"two weeks ago", "en", "Two weeks ago, the army attacked.", tx("Two weeks ago", "DATE", "2025-W50")},
	{"three days ago", "en", "He left three days ago.", tx("three days ago", "DATE", "2025-12-19")},
	{"a year ago", "en", "A year ago, nobody knew him.", tx("A year ago", "DATE", "2024")},
	{"months ago", "en", "Six months ago, the plant closed.", tx("Six months ago", "DATE", "2025-06")},
	{"few days ago", "en", "A few days ago, he resigned.", tx("A few days ago", "DATE", "PAST_REF")},
	{"in two years", "en", "The plant will open in two years.", tx("in two years", "DATE", "2027")},
	{"day before", "en", "The summit opened on Dec. 22. The day before, ministers met.", tx("Dec. 22", "DATE", "2025-12-22", "The day before", "DATE", "2025-12-21")},
	{"day after event", "en", "The day after the attack, troops arrived.", tx("The day after", "DATE", "XXXX-XX-XX")},
	{"next day no comma", "en", "He arrived on March 3, 2013. The next day the army attacked.", tx("March 3, 2013", "DATE", "2013-03-03", "The next day", "DATE", "2013-03-04")},
	{"next day", "en", "He arrived on March 3, 2013. The next day, he spoke.", tx("March 3, 2013", "DATE", "2013-03-03", "The next day", "DATE", "2013-03-04")},
	{"following day", "en", "He arrived on March 3, 2013 and left the following day.", tx("March 3, 2013", "DATE", "2013-03-03", "the following day", "DATE", "2013-03-04")},
	{"earlier this month", "en", "Earlier this month, the bank cut rates.", tx("Earlier this month", "DATE", "2025-12")},
	{"later this year", "en", "A vote is expected later this year.", tx("later this year", "DATE", "2025")},
	{"late last year", "en", "The plant closed late last year.", tx("late last year", "DATE", "2024")},
	{"mid month", "en", "The strike began in mid-July.", tx("mid-July", "DATE", "2025-07")},
	{"early year", "en", "The plant closed in early 2024.", tx("early 2024", "DATE", "2024")},
	{"by year", "en", "Emissions must fall by 2030.", tx("2030", "DATE", "2030")},
	{"end of year", "en", "The deal should close by the end of the year.", tx("the end of the year", "DATE", "2025")},
	{"end of year number", "en", "The mission ends at the end of 2024.", tx("the end of 2024", "DATE", "2024")},
	{"month range", "en", "From March to June 2013, the army fought.", tx("March to June 2013", "DATE", "2013-03/2013-06")},
	{"day range between", "en", "Between 20 and 22 December, flights were cancelled.", tx("20 and 22 December", "DATE", "2025-12-20/2025-12-22")},
	{"day range month first", "en", "The fair runs March 3-5, 2026.", tx("March 3-5, 2026", "DATE", "2026-03-03/2026-03-05")},
	{"day list month first", "en", "Talks were held on December 20 and 22.", tx("December 20 and 22", "DATE", "2025-12-20/2025-12-22")},
	{"year range", "en", "From 2014 to 2017, the mission grew.", tx("2014 to 2017", "DATE", "2014/2017")},
	// Present, past and future references.
	{"now", "en", "The company now employs 500 people.", tx("now", "DATE", "PRESENT_REF")},
	{"currently", "en", "He is currently in jail.", tx("currently", "DATE", "PRESENT_REF")},
	{"recently", "en", "He recently resigned.", tx("recently", "DATE", "PAST_REF")},
	{"soon", "en", "He will soon resign.", tx("soon", "DATE", "FUTURE_REF")},
	{"coming weeks", "en", "A deal is expected in the coming weeks.", tx("the coming weeks", "DATE", "FUTURE_REF")},
	{"recent years", "en", "Violence has grown in recent years.", tx("recent years", "DATE", "PAST_REF")},
	// Times.
	{"am", "en", "Polls open at 8 a.m.", tx("8 a.m.", "TIME", "2025-12-22T08:00")},
	{"clock", "en", "Polls open at 08:00.", tx("08:00", "TIME", "2025-12-22T08:00")},
	{"pm", "en", "The speech starts at 8:30 p.m.", tx("8:30 p.m.", "TIME", "2025-12-22T20:30")},
	{"compact pm", "en", "The speech starts at 9pm.", tx("9pm", "TIME", "2025-12-22T21:00")},
	{"noon", "en", "He spoke at noon.", tx("noon", "TIME", "2025-12-22T12:00")},
	{"this morning", "en", "This morning, the president spoke.", tx("This morning", "TIME", "2025-12-22TXX")},
	{"tonight", "en", "The match is tonight.", tx("tonight", "TIME", "2025-12-22TXX")},
	{"weekday night", "en", "Fighting broke out Monday night.", tx("Monday night", "TIME", "2025-12-22TXX")},
	{"yesterday morning", "en", "Yesterday morning, shots were fired.", tx("Yesterday morning", "TIME", "2025-12-21TXX")},
	// Durations.
	{"two days", "en", "The two days of talks ended.", tx("two days", "DURATION", "P2D")},
	{"a year", "en", "He spent a year in jail.", tx("a year", "DURATION", "P1Y")},
	{"48 hours", "en", "He was held for 48 hours.", tx("48 hours", "DURATION", "PT48H")},
	{"a decade", "en", "It took a decade.", tx("a decade", "DURATION", "P10Y")},
	{"a few days", "en", "He stayed a few days.", tx("a few days", "DURATION", "PXD")},
	{"several years", "en", "It took several years.", tx("several years", "DURATION", "PXY")},
	{"three years", "en", "He served three years.", tx("three years", "DURATION", "P3Y")},
	{"year and a half", "en", "He served a year and a half.", tx("a year and a half", "DURATION", "P18M")},
	{"two and a half years", "en", "He served two and a half years.", tx("two and a half years", "DURATION", "P30M")},
	{"half an hour", "en", "He spoke for half an hour.", tx("half an hour", "DURATION", "PT30M")},
	{"twenty-one days", "en", "A twenty-one days mourning.", tx("twenty-one days", "DURATION", "P21D")},
	{"a hundred years", "en", "A hundred years of solitude.", tx("A hundred years", "DURATION", "P100Y")},
	{"past two years", "en", "The past two years were hard.", tx("The past two years", "DURATION", "P2Y")},
	{"past year", "en", "Prices rose over the past year.", tx("the past year", "DURATION", "P1Y")},
	{"for years", "en", "They fought for years.", tx("years", "DURATION", "PXY")},
	{"first time in years", "en", "It is the first time in two years that prices fell.", tx("two years", "DURATION", "P2Y")},
	{"30 minutes", "en", "The meeting lasted 30 minutes.", tx("30 minutes", "DURATION", "PT30M")},
	{"ninety-nine years", "en", "A lease of ninety-nine years.", tx("ninety-nine years", "DURATION", "P99Y")},
	{"seventy-five years", "en", "It took seventy-five years.", tx("seventy-five years", "DURATION", "P75Y")},
	{"fifteen minutes", "en", "Fifteen minutes of fame.", tx("Fifteen minutes", "DURATION", "PT15M")},
	{"may take weeks", "en", "The repairs may take weeks.", tx("weeks", "DURATION", "PXW")},
	{"modal future month", "en", "She said she may resign in March.", tx("March", "DATE", "2026-03")},
	// Sets.
	{"every year", "en", "The festival is held every year.", tx("every year", "SET", "P1Y")},
	{"annually", "en", "The report is published annually.", tx("annually", "SET", "P1Y")},
	{"every week", "en", "The council meets every week.", tx("every week", "SET", "P1W")},
	{"weekly", "en", "The council meets weekly.", tx("weekly", "SET", "P1W")},
	{"every monday", "en", "The market opens every Monday.", tx("every Monday", "SET", "P1W")},
	{"twice a year", "en", "The board meets twice a year.", tx("twice a year", "SET", "P1Y")},
	{"every two years", "en", "Elections are held every two years.", tx("every two years", "SET", "P2Y")},
	// Long tail of news phrasing.
	{"as soon as month", "en", "The bank could cut rates as soon as March.", tx("March", "DATE", "2026-03")},
	{"two-day meeting", "en", "After its two-day policy meeting, the bank held rates.", tx("two-day", "DURATION", "P2D")},
	{"ten-year bond", "en", "The 10-year bond yield rose.", tx("10-year", "DURATION", "P10Y")},
	{"since month no context", "en", "The company, founded in 1998, said so. Its shares have lost 40% since January.", tx("1998", "DATE", "1998", "January", "DATE", "2025-01")},
	{"midnight on sunday", "en", "The ceasefire took effect at midnight on Sunday.", tx("midnight on Sunday", "TIME", "2025-12-21T24:00")},
	{"weekday and date", "en", "Talks are set to resume on Tuesday, Dec. 30.", tx("Tuesday, Dec. 30", "DATE", "2025-12-30")},
	{"range month abbr", "en", "The Olympics will run from July 26 to Aug. 11.", tx("July 26 to Aug. 11", "DATE", "2026-07-26/2026-08-11")},
	{"years ago", "en", "The last time the city hosted was 100 years ago.", tx("100 years ago", "DATE", "1925")},
	{"end of next year", "en", "The deal expires at the end of next year.", tx("the end of next year", "DATE", "2026")},
	{"two decades", "en", "Two decades after the invasion, the country is divided.", tx("Two decades", "DURATION", "P20Y")},
	{"winter of year", "en", "The winter of 2022 was harsh.", tx("The winter of 2022", "DATE", "2022-WI")},
	{"week before anchored", "en", "The vote took place on March 3, 2013. The week before, polls showed a tie.", tx("March 3, 2013", "DATE", "2013-03-03", "The week before", "DATE", "2013-W08")},
	{"years earlier", "en", "Two years earlier, he had lost.", tx("Two years earlier", "DATE", "2023")},
	{"previous year", "en", "The previous year was worse.", tx("The previous year", "DATE", "2024")},
	{"week later", "en", "A week later, he quit.", tx("A week later", "DATE", "2026-W01")},
	{"this past weekend", "en", "This past weekend, crowds gathered.", tx("This past weekend", "DATE", "2025-W51")},
	{"over the weekend", "en", "Over the weekend, the rebels advanced.", tx("the weekend", "DATE", "2025-W51")},
	{"by friday", "en", "He must decide by Friday.", tx("Friday", "DATE", "2025-12-26")},
	{"mid decade", "en", "The mid-2020s will be decisive.", tx("The mid-2020s", "DATE", "202X")},
	{"british date", "en", "She was born on 12 June 1990.", tx("12 June 1990", "DATE", "1990-06-12")},
	{"next tuesday possessive", "en", "Next Tuesday's meeting was postponed.", tx("Next Tuesday", "DATE", "2025-12-23")},
	{"past fifteen years", "en", "For the past 15 years, he has led the party.", tx("the past 15 years", "DURATION", "P15Y")},
	{"past few weeks", "en", "The past few weeks have been hard.", tx("The past few weeks", "DURATION", "PXW")},
	{"century the 19th", "en", "In the 19th century, the railway arrived.", tx("the 19th century", "DATE", "18XX")},
	{"that year", "en", "He arrived on March 3, 2013. That year, it rained.", tx("March 3, 2013", "DATE", "2013-03-03", "That year", "DATE", "2013")},
	{"christmas day", "en", "Christmas Day will be quiet.", tx("Christmas Day", "DATE", "2025-12-25")},
	{"new year's eve", "en", "On New Year's Eve, fireworks were lit.", tx("New Year's Eve", "DATE", "2024-12-31")},
	{"last decade", "en", "Growth was slow in the last decade.", tx("the last decade", "DURATION", "P10Y")},
	{"this fall", "en", "The law takes effect this fall.", tx("this fall", "DATE", "2025-FA")},
	{"year earlier", "en", "Sales rose 5% from a year earlier.", tx("a year earlier", "DATE", "2024")},
	{"adjectival year", "en", "The 2014 floods ruined the harvest.", tx("2014", "DATE", "2014")},
	{"years ago bare", "en", "Years ago, the town was calm.", tx("Years ago", "DATE", "PAST_REF")},
	{"current quarter", "en", "Profits in the current quarter rose.", tx("the current quarter", "DATE", "2025-Q4")},
	{"latest quarter", "en", "Profits fell in the latest quarter.", tx("the latest quarter", "DATE", "2025-Q3")},
	{"season alone", "en", "In the spring, prices rose.", tx("the spring", "DATE", "2025-SP")},
	{"fiscal year", "en", "Profits hit a record in fiscal 2024.", tx("2024", "DATE", "2024")},
	{"morning of a date", "en", "Troops entered the city on the morning of Dec. 3.", tx("the morning of Dec. 3", "TIME", "2025-12-03TXX")},
	{"thanksgiving past", "en", "Sales rose after Thanksgiving.", tx("Thanksgiving", "DATE", "2025-11-27")},
	{"next fiscal year", "en", "Spending will rise in the next fiscal year.", tx("the next fiscal year", "DATE", "2026")},
	{"early morning", "en", "The raid began in the early morning.", tx("the early morning", "TIME", "2025-12-22TXX")},
}

// A refTest is a tagTest with its own reference date, as "1998-02-27".
type refTest struct {
	name, lang, ref, text string
	want                  []found
}

// wireTests are news sentences dated by their own reference date: wire
// copy of the 1990s (Friday 27 February 1998).
var wireTests = []refTest{
	{"this fall in the future", "en", "1998-02-27", "The new model will be unveiled this fall.", tx("this fall", "DATE", "1998-FA")},
	{"this summer without a tense", "en", "1998-02-27", "The plant opens this summer.", tx("this summer", "DATE", "1998-SU")},
	{"labor day", "en", "1998-02-27", "Stores will be closed on Labor Day.", tx("Labor Day", "DATE", "1998-09-07")},
	{"memorial day past", "en", "1998-02-27", "Parades were held on Memorial Day.", tx("Memorial Day", "DATE", "1997-05-26")},
	{"thanksgiving", "en", "1998-02-27", "Shoppers crowded malls after Thanksgiving.", tx("Thanksgiving", "DATE", "1997-11-27")},
	{"easter with year", "en", "1998-02-27", "The church was full on Easter Sunday 1997.", tx("Easter Sunday 1997", "DATE", "1997-03-30")},
	{"good friday", "en", "1998-02-27", "Markets will be closed on Good Friday.", tx("Good Friday", "DATE", "1998-04-10")},
	{"eve of an event", "en", "1998-02-27", "The attack came on the eve of the elections.", tx("the eve", "DATE", "XXXX-XX-XX")},
	{"foreseeable future", "en", "1998-02-27", "Rates will stay low for the foreseeable future.", tx("the foreseeable future", "DATE", "FUTURE_REF")},
	{"late afternoon", "en", "1998-02-27", "By late afternoon, the crowd had dispersed.", tx("late afternoon", "TIME", "1998-02-27TXX")},
	{"night of a date, irregular past", "en", "1998-02-27", "The hurricane struck on the night of Aug. 24.", tx("the night of Aug. 24", "TIME", "1997-08-24TXX")},
	{"irregular participle is no past", "en", "1998-02-27", "The unit will be sold on Aug. 24.", tx("Aug. 24", "DATE", "1998-08-24")},
	{"current fiscal year", "en", "1998-02-27", "Analysts expect earnings to rise in the current fiscal year.", tx("the current fiscal year", "DATE", "1998")},
	{"last fiscal year", "en", "1998-02-27", "Profits fell in the last fiscal year.", tx("the last fiscal year", "DATE", "1997")},
	{"quarter of a fiscal year", "en", "1998-02-27", "The sale should close in the second quarter of fiscal 1999.", tx("the second quarter of fiscal 1999", "DATE", "1999-Q2")},
	{"weekday and a name", "en", "1998-02-27", "The Sunday Times said on Sunday that the deal was off.", tx("Sunday", "DATE", "1998-02-22")},
	{"remainder of the year", "en", "1998-02-27", "The company expects a loss for the remainder of the year.", tx("the remainder of the year", "DATE", "1998")},
	{"year-end", "en", "1998-02-27", "Analysts expect the deal to close by year-end.", tx("year-end", "DATE", "1998")},
	{"until a month is ahead", "en", "1998-02-27", "The offer is good until March.", tx("March", "DATE", "1998-03")},
	{"week of a date", "en", "1998-02-27", "The vote is scheduled for the week of March 16.", tx("the week of March 16", "DATE", "1998-W12")},
	{"evening of a date past", "en", "1998-02-27", "The minister arrived on the evening of March 3.", tx("the evening of March 3", "TIME", "1997-03-03TXX")},
	{"last christmas", "en", "1998-02-27", "Mr. Jones resigned last Christmas.", tx("last Christmas", "DATE", "1997-12-25")},
	{"next thanksgiving", "en", "1998-02-27", "The store will open next Thanksgiving.", tx("next Thanksgiving", "DATE", "1998-11-26")},
	{"last easter", "en", "1998-02-27", "Sales rose last Easter.", tx("last Easter", "DATE", "1997-03-30")},
	{"could looks ahead", "en", "1998-02-27", "Officials said the talks could last until late March.", tx("late March", "DATE", "1998-03")},
	{"year-earlier", "en", "1998-02-27", "Net income rose to $42 million from $38 million in the year-earlier quarter.", tx("year-earlier", "DATE", "1997")},
	{"year-ago", "en", "1998-02-27", "Sales were flat compared with the year-ago period.", tx("year-ago", "DATE", "1997")},
	{"decade with apostrophe", "en", "1998-02-27", "Inflation in the 1980's was high.", tx("the 1980's", "DATE", "198X")},
	{"start of the month of", "fr", "1998-02-27", "Au début du mois de mars, la neige est tombée.", tx("début du mois de mars", "DATE", "1997-03")},
	{"end of the year with year", "fr", "1998-02-27", "À la fin de l'année 1997, la dette a augmenté.", tx("fin de l'année 1997", "DATE", "1997")},
	{"bastille day hyphen", "fr", "1998-02-27", "Le défilé du 14-Juillet a eu lieu sous la pluie.", tx("14-Juillet", "DATE", "1997-07-14")},
	{"les mois qui viennent", "fr", "1998-02-27", "Les taux resteront stables dans les mois qui viennent.", tx("les mois qui viennent", "DATE", "FUTURE_REF")},
	{"clock after a date is no range", "fr", "1998-02-27", "Le procès s'ouvrira le lundi 9 mars à 14 heures.", tx("lundi 9 mars à 14 heures", "TIME", "1998-03-09T14:00")},
	{"deadline ahead", "fr", "1998-02-27", "Les inscriptions sont ouvertes jusqu'à fin mars.", tx("fin mars", "DATE", "1998-03")},
	{"deadline in the past", "fr", "1998-02-27", "Le chantier a duré jusqu'à fin mars.", tx("fin mars", "DATE", "1997-03")},
	{"du dernier trimestre", "fr", "1998-02-27", "L'entreprise a réalisé la moitié de ses ventes au cours du dernier trimestre.", tx("dernier trimestre", "DATE", "1997-Q4")},
	{"la prochaine semaine", "fr", "1998-02-27", "La prochaine semaine sera décisive.", tx("La prochaine semaine", "DATE", "1998-W10")},
	{"last week of a month", "fr", "1998-02-27", "La dernière semaine de janvier a été froide.", tx("dernière semaine de janvier", "DATE", "1998-W05")},
	{"expected is ahead", "fr", "1998-02-27", "Le verdict est attendu en janvier.", tx("janvier", "DATE", "1999-01")},
	{"weekend of a date", "fr", "1998-02-27", "Le match aura lieu le week-end du 14 mars.", tx("le week-end du 14 mars", "DATE", "1998-W11")},
	{"week of a date", "fr", "1998-02-27", "La semaine du 2 février a été calme.", tx("La semaine du 2 février", "DATE", "1998-W06")},
	{"season after le", "fr", "1998-02-27", "La réforme est en discussion depuis le printemps.", tx("le printemps", "DATE", "1997-SP")},
	{"morning of a weekday", "fr", "1998-02-27", "Dans la matinée de jeudi, les secours sont arrivés.", tx("la matinée de jeudi", "TIME", "1998-02-26TXX")},
	{"day of the current month", "fr", "1998-02-27", "Le conseil se réunira le 3 courant.", tx("3 courant", "DATE", "1998-02-03")},
	{"end of last year", "fr", "1998-02-27", "À la fin de l'année dernière, la dette atteignait 100 % du PIB.", tx("fin de l'année dernière", "DATE", "1997")},
	{"end of next month", "fr", "1998-02-27", "Le texte sera voté à la fin du mois prochain.", tx("fin du mois prochain", "DATE", "1998-03")},
	{"night from saturday to sunday", "fr", "1998-02-27", "Dans la nuit de samedi à dimanche, un incendie a détruit l'usine.", tx("la nuit de samedi à dimanche", "TIME", "1998-02-21TXX")},
	{"morning of a date", "fr", "1998-02-27", "Le matin du 3 février, la neige est tombée.", tx("Le matin du 3 février", "TIME", "1998-02-03TXX")},
	{"week before anchored", "fr", "1998-02-27", "Le 3 mars 1997, il a parlé. La semaine d'avant, le parti avait perdu.", tx("3 mars 1997", "DATE", "1997-03-03", "La semaine d'avant", "DATE", "1997-W09")},
	{"year after anchored", "fr", "1998-02-27", "En 1995, il a été élu. L'année d'après, il a démissionné.", tx("1995", "DATE", "1995", "L'année d'après", "DATE", "1996")},
	{"that morning", "fr", "1998-02-27", "Le 3 mars 1997, il neigeait. Ce matin-là, les écoles étaient fermées.", tx("3 mars 1997", "DATE", "1997-03-03", "Ce matin-là", "TIME", "1997-03-03TXX")},
	{"une dizaine d'annees", "fr", "1998-02-27", "Depuis une dizaine d'années, la population diminue.", tx("une dizaine d'années", "DURATION", "P10Y")},
	{"une quinzaine de jours", "fr", "1998-02-27", "Il reviendra dans une quinzaine de jours.", tx("dans une quinzaine de jours", "DATE", "1998-03-14")},
	{"end of the morning", "fr", "1998-02-27", "Le sommet s'est achevé en fin de matinée.", tx("fin de matinée", "TIME", "1998-02-27TXX")},
	{"in the evening", "fr", "1998-02-27", "Les résultats seront publiés dans la soirée.", tx("la soirée", "TIME", "1998-02-27TXX")},
	{"en soiree", "fr", "1998-02-27", "Le ministre s'exprimera en soirée.", tx("soirée", "TIME", "1998-02-27TXX")},
	{"early afternoon", "fr", "1998-02-27", "En début d'après-midi, la circulation a été rétablie.", tx("début d'après-midi", "TIME", "1998-02-27TXX")},
	{"end of the day anchored", "fr", "1998-02-27", "Jeudi, en fin de journée, le calme est revenu.", tx("Jeudi", "DATE", "1998-02-26", "fin de journée", "TIME", "1998-02-26TXX")},
	{"du mois dernier", "fr", "1998-02-27", "Les chiffres du mois dernier sont mauvais.", tx("mois dernier", "DATE", "1998-01")},
	{"il y a plus de", "fr", "1998-02-27", "L'entreprise a été créée il y a plus de cent ans.", tx("il y a plus de cent ans", "DATE", "1898")},
	{"easter", "fr", "1998-02-27", "Les écoles seront fermées à Pâques.", tx("Pâques", "DATE", "1998-04-12")},
	{"easter monday", "fr", "1998-02-27", "Le lundi de Pâques est férié.", tx("Le lundi de Pâques", "DATE", "1998-04-13")},
	{"whit monday past", "fr", "1998-02-27", "Le lundi de Pentecôte a été travaillé.", tx("Le lundi de Pentecôte", "DATE", "1997-05-19")},
}

func TestTag_Ref(t *testing.T) {
	for _, tt := range slices.Concat(wireTests, newsTests) {
		t.Run(tt.lang+" "+tt.name, func(t *testing.T) {
			r, err := time.Parse(time.DateOnly, tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			var got []found
			for _, x := range Tag(tt.text, tt.lang, r) {
				got = append(got, found{tt.text[x.Start:x.End], x.Type.String(), x.Value})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q, %q, %s) mismatch (-want +got):\n%s", tt.text, tt.lang, tt.ref, diff)
			}
		})
	}
}

func TestTag(t *testing.T) {
	for _, tests := range [][]tagTest{frTests, enTests} {
		for _, tt := range tests {
			t.Run(tt.lang+" "+tt.name, func(t *testing.T) {
				if diff := cmp.Diff(tt.want, tag(tt.text, tt.lang)); diff != "" {
					t.Errorf("Tag(%q, %q) mismatch (-want +got):\n%s", tt.text, tt.lang, diff)
				}
			})
		}
	}
}

// nothingTests hold texts with figures and words that look like dates but
// are not.
var nothingTests = []struct{ name, lang, text string }{
	{"count of articles", "fr", "Le texte compte 17 articles."},
	{"millions", "fr", "Le budget atteint 72 millions de francs."},
	{"bare number", "fr", "Il y avait 629 participants."},
	{"thousands group", "fr", "Une armée de 5 000 hommes."},
	{"thousands group nbsp", "fr", "Une armée de 5\u00a0000 hommes."},
	{"score", "fr", "L'équipe a gagné 2 à 1."},
	{"score hyphen", "en", "They won 2-1 at home."},
	{"page", "fr", "Voir page 12."},
	{"number sign", "fr", "La décision n° 030 est publiée."},
	{"mars planet", "fr", "La sonde s'est posée sur Mars."},
	{"mars mission", "fr", "La mission vers Mars est reportée."},
	{"mars exploration", "fr", "L'exploration de Mars coûte cher."},
	{"nouvellement", "fr", "La force nouvellement opérationnelle."},
	{"may verb", "en", "It may rain."},
	{"march verb", "en", "They march on the capital."},
	{"march noun", "en", "Thousands joined the march."},
	{"article number", "fr", "Selon l'Art. 20 de la Constitution."},
	{"g5", "fr", "Le G5 Sahel a été dissous."},
	{"air base", "en", "Troops left Air Base 101."},
	{"ordinal summit", "fr", "Le 66e sommet de l'organisation."},
	{"milliards", "fr", "Un plan de 500 milliards."},
	{"lone one", "fr", "Il y a 1 candidat."},
	{"second ordinal", "en", "He came second in the race."},
	{"second time", "en", "It was the second attempt."},
	{"seconde fois", "fr", "Pour la seconde fois, il échoue."},
	{"phone number", "fr", "Appelez le 01 45 67 89 10."},
	{"phone number us", "en", "Call 555-1234 for help."},
	{"roman numeral", "fr", "Le village de Yéréko II a été attaqué."},
	{"money", "en", "The deal is worth $2,000 million."},
	{"percent", "fr", "Une hausse de 2014 % est absurde."},
	{"decimal", "fr", "La croissance est de 2,5 points."},
	{"year-like count", "fr", "Il y a eu 2000 morts."},
	{"un jour someday", "fr", "Un jour, il reviendra au pays."},
	{"fin noun", "fr", "La fin de la guerre approche."},
	{"sun newspaper", "en", "The Sun reported the story."},
	{"may name", "en", "Theresa May resigned."},
	{"june name", "en", "June Carter sang."},
	{"first half match", "en", "He scored in the first half."},
	{"room number", "en", "He stayed in room 2014."},
	{"as soon as", "en", "He left as soon as he could."},
	{"bc year", "en", "The city was founded around 1500 BC."},
	{"temperature", "en", "Temperatures reached 40 degrees."},
	{"a day after", "en", "The decision came a day after the data."},
	{"un jour ordinal", "fr", "Le premier jour du sommet."},
	{"count after plus de", "fr", "Plus de 1990 morts ont été recensés."},
	{"count after les", "fr", "Les 2000 soldats sont rentrés."},
	{"count before plural", "en", "Some 1950 people came."},
	{"count plural noun", "fr", "Il y a eu 2000 participants."},
	{"cette heure", "fr", "À cette heure, rien n'est décidé."},
	{"front", "fr", "Sur le front, les combats continuent."},
	{"fall verb", "en", "Prices fall when demand drops."},
	{"a ete", "fr", "Il a été élu président."},
	{"newspaper name", "en", "The Sunday Times reported the deal."},
	{"late-night show", "en", "The late-night talk show was canceled."},
	{"night of a name", "fr", "La nuit des longs couteaux reste célèbre."},
	{"habitual night", "fr", "Il travaille la nuit."},
	{"evening of an event", "fr", "Le soir de sa victoire, il a remercié ses électeurs."},
	{"dizaine of people", "fr", "Une dizaine de manifestants ont été interpellés."},
	{"ascension of a mountain", "fr", "L'ascension du mont Blanc est difficile."},
	{"last day of an event", "fr", "Le dernier jour du sommet."},
	{"season in a name", "fr", "Depuis le Printemps arabe, la région a changé."},
	{"holiday in a name", "fr", "La Saint-Jean-de-Luz est une course cycliste."},
	{"empty", "fr", ""},
	{"only spaces", "en", "  \n\n  "},
}

func TestTag_Nothing(t *testing.T) {
	for _, tt := range nothingTests {
		t.Run(tt.lang+" "+tt.name, func(t *testing.T) {
			if got := tag(tt.text, tt.lang); len(got) != 0 {
				t.Errorf("Tag(%q, %q) = %v, want nothing", tt.text, tt.lang, got)
			}
		})
	}
}

// spanTests check the byte offsets of expressions whose span drops or
// keeps the words around them, following TimeML.
var spanTests = []struct {
	name, lang, text string
	start, end       int
}{
	{"preposition en dropped", "fr", "en juillet 2024", 3, 15},
	{"preposition in dropped", "en", "in 2014", 3, 7},
	{"preposition on dropped", "en", "on Friday", 3, 9},
	{"preposition depuis dropped", "fr", "depuis deux ans", 7, 15},
	{"article le dropped", "fr", "le 22 décembre", 3, 15},
	{"article les dropped", "fr", "les 20 et 21 décembre", 4, 22},
	{"article la kept in relative", "fr", "la semaine dernière", 0, 20},
	{"elided article kept", "fr", "l'an dernier", 0, 12},
	{"curly apostrophe kept", "fr", "l’an dernier", 0, 14},
	{"la veille kept", "fr", "la veille", 0, 9},
	{"the kept in decade", "en", "the 1990s", 0, 9},
	{"the day before kept", "en", "the day before", 0, 14},
	{"ago kept", "en", "two weeks ago", 0, 13},
	{"il y a kept", "fr", "il y a trois jours", 0, 18},
	{"weekday kept", "fr", "mardi 23 décembre", 0, 18},
	{"weekday comma kept", "en", "Tuesday, March 17", 0, 17},
	{"trailing period not kept", "fr", "Il est venu en 2014.", 15, 19},
	{"abbreviation dot kept", "en", "on Dec. 5", 3, 9},
	{"accent byte offsets", "fr", "Été 2024 : Noël le 25 décembre.", 22, 34},
}

func TestTag_Span(t *testing.T) {
	for _, tt := range spanTests {
		t.Run(tt.lang+" "+tt.name, func(t *testing.T) {
			got := Tag(tt.text, tt.lang, ref)
			if len(got) == 0 {
				t.Fatalf("Tag(%q, %q) found nothing", tt.text, tt.lang)
			}
			last := got[len(got)-1]
			if last.Start != tt.start || last.End != tt.end {
				t.Errorf("Tag(%q, %q) span = [%d, %d) %q, want [%d, %d) %q", tt.text, tt.lang,
					last.Start, last.End, tt.text[last.Start:last.End], tt.start, tt.end, tt.text[tt.start:tt.end])
			}
		})
	}
}

// article is the default article of factlens, a realistic French news
// text.
const article = `Sommet de Bamako : l’AES scelle son destin sécuritaire et diplomatique en zone Sahel
L e 22 décembre 2025, Bamako a accueilli le deuxième sommet des chefs d’État de l’Alliance des États du Sahel (AES). Objectif : consolider la coopération après un an de confédération.
Le sommet de deux jours marque une étape pour l’AES, formée en septembre 2023 comme pacte de défense et promue confédération en juillet 2024. La Force conjointe AES, nouvellement opérationnelle, vise à coordonner les opérations.
Une réunion préparatoire s’est tenue les 20 et 21 décembre à Bamako. Bien que l’absence de Traoré ait été notée le premier jour, l’événement souligne la volonté d’intégration.
`

func TestTag_Article(t *testing.T) {
	want := tx(
		"22 décembre 2025", "DATE", "2025-12-22",
		"un an", "DURATION", "P1Y",
		"deux jours", "DURATION", "P2D",
		"septembre 2023", "DATE", "2023-09",
		"juillet 2024", "DATE", "2024-07",
		"20 et 21 décembre", "DATE", "2025-12-20/2025-12-21",
	)
	if diff := cmp.Diff(want, tag(article, "fr")); diff != "" {
		t.Errorf("Tag(article) mismatch (-want +got):\n%s", diff)
	}
}

// news is a realistic paragraph of French and English news for the
// benchmark.
const news = article + `WASHINGTON — The Senate voted on Tuesday, March 17, to extend the program for two years, after months of talks. Last week, the House passed a similar bill; a final vote is expected next month, or by the end of the year at the latest. In 2014, a similar measure failed. The agency, which has 5,000 employees, said on Dec. 5 that revenue rose 3.5 percent in the third quarter.
`

func BenchmarkTag(b *testing.B) {
	text := strings.Repeat(news, 1<<20/len(news)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n += len(Tag(text, "fr", ref))
	}
	sinkN = n
}

func BenchmarkTag_Article(b *testing.B) {
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n += len(Tag(article, "fr", ref))
	}
	sinkN = n
}

// sinkN keeps benchmark results alive.
var sinkN int
