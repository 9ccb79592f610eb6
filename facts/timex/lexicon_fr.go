package timex

import "strings"

// lexFR is the French vocabulary.
var lexFR = buildLexicon("fr", []wordList{
	{"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre", setMonth},
	{"janv:1 jan:1 fevr:2 fev:2 avr:4 juil:7 sept:9 oct:10 nov:11 dec:12", setMonthAb},
	{"lundi mardi mercredi jeudi vendredi samedi dimanche", setDay},
	{"printemps ete automne hiver", setSeason},
	{"un:1 une:1", setNum},
	{"deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16", setNum},
	{"vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 cent:100 cents:100 mille:1000 vingts:20", setNum},
	{"premier:1 premiere:1 1er:1 1re:1 1ere:1 deuxieme:2 second:2 seconde:2 2e:2 2eme:2 troisieme:3 3e:3 3eme:3 quatrieme:4 4e:4 4eme:4", setOrd},
	{"an:1 annee:1", setUnit('Y', 1, sing)},
	{"ans:1 annees:1", setUnit('Y', 1, plur)},
	{"mois", setUnit('M', 1, sing|plur)},
	{"semaine", setUnit('W', 1, sing)},
	{"semaines", setUnit('W', 1, plur)},
	{"jour journee", setUnit('D', 1, sing)},
	{"jours journees", setUnit('D', 1, plur)},
	{"heure", setUnit('H', 1, sing)},
	{"heures", setUnit('H', 1, plur)},
	{"minute", setUnit('N', 1, sing)},
	{"minutes", setUnit('N', 1, plur)},
	{"seconde", setUnit('S', 1, sing)},
	{"secondes", setUnit('S', 1, plur)},
	{"decennie", setUnit('Y', 10, sing)},
	{"decennies", setUnit('Y', 10, plur)},
	{"siecle", setUnit('Y', 100, sing)},
	{"siecles", setUnit('Y', 100, plur)},
	{"trimestre", setUnit('Q', 3, sing)},
	{"trimestres", setUnit('Q', 3, plur)},
	{"semestre", setUnit('E', 6, sing)},
	{"semestres", setUnit('E', 6, plur)},
	{"week", setUnit('K', 1, sing)},
	{"matin matinee", setPOD("MO")},
	{"apres", setPOD("AF")},
	{"soir soiree", setPOD("EV")},
	{"nuit", setPOD("NI")},
	{"dernier derniere derniers dernieres passe passee precedent precedente ecoule ecoulee", setLast},
	{"prochain prochaine prochains prochaines suivant suivante", setNext},
	{"ce cet cette", setThis},
	{"quelques plusieurs", setFuzzy},
	{"debut fin mi milieu courant tot plus il dans d l le la les ces des chaque tous toutes par midi minuit", setTrigger},
	{"a ont avait avaient etait etaient fut furent hier", setPast},
	// Feminine past participles, which no other word folds to: "la
	// force, annoncée en janvier, doit compter …" dates a past January.
	{"annoncee annoncees creee creees fondee fondees signee signees adoptee adoptees lancee lancees " +
		"decidee decidees organisee organisees nommee nommees publiee publiees inauguree inaugurees " +
		"approuvee approuvees ratifiee ratifiees formee formees conclue conclues votee votees " +
		"installee installees deployee deployees proclamee proclamees dissoute dissoutes suspendue suspendues", setParticiple},
	{"sera seront va vont aura auront devrait devraient doit doivent prevu prevue prevus prevues attendu attendue attendus attendues demain prochainement bientot", setFuture},
	{"ouvert ouverte ouverts ouvertes", setState},
	{"lieu tient ouvre ouvrent debute debutent commence commencent expire expirent reunit reunissent reprend reprennent applique appliquent ferme ferment prend prennent " +
		// Their participles fold to some of them ("il est arrivé mardi"),
		// which the tokenizer tells apart by their accent.
		"rend rendent termine terminent achevent entament votent accueille accueillent arrive arrivent " +
		"publie publient annonce annoncent presente presentent devoile devoilent prononce exprime expriment appelle appellent " +
		"examinent recoit recoivent entrent comparait comparaissent", setPresent},
}, phrasesFR, makeHolidays(
	"noël:1225", "le jour de noël:1225", "la veille de noël:1224", "le jour de l'an:101", "la saint-sylvestre:1231",
	"la toussaint:1101", "le 14-juillet:714", "la saint-valentin:214", "le réveillon de noël:1224",
	"le nouvel an:101", "la fête nationale:714", "14-juillet:714", "11-novembre:1111", "8-mai:508", "la saint-jean:624",
	"la fête du travail:501", "pâques:E0", "le lundi de pâques:E1", "la pentecôte:E49", "le lundi de pentecôte:E50",
	"le jeudi de l'ascension:E39", "le vendredi saint:E-2", "le black friday:11.4.4+1", "black friday:11.4.4+1", "le cyber monday:11.4.4+4",
), tenseFR,
	// Modifiers of a quantity of time (lexicon.mods).
	"près de", "près d'", "plus de", "plus d'", "moins de", "moins d'", "au moins", "au plus",
	"environ", "presque", "quasiment", "pratiquement")

// phrasesFR are the fixed French expressions.
var phrasesFR = []phraseDef{
	{"aujourd'hui", Date, relDay(0)},
	{"hier", Date, relDay(-1)},
	{"avant-hier", Date, relDay(-2)},
	{"demain", Date, relDay(1)},
	{"après-demain", Date, relDay(2)},
	{"la veille", Date, relAnchor(-1)},
	{"l'avant-veille", Date, relAnchor(-2)},
	{"le lendemain", Date, relAnchor(1)},
	{"le surlendemain", Date, relAnchor(2)},
	{"le jour même", Date, relAnchor(0)},
	{"le même jour", Date, relAnchor(0)},
	{"le même mois", Date, rel{unit: 'M', anchor: true}},
	{"la même année", Date, rel{unit: 'Y', anchor: true}},
	{"cette même année", Date, rel{unit: 'Y', anchor: true}},
	{"la semaine précédente", Date, rel{unit: 'W', n: -1, anchor: true}},
	{"la semaine suivante", Date, rel{unit: 'W', n: 1, anchor: true}},
	{"le mois précédent", Date, rel{unit: 'M', n: -1, anchor: true}},
	{"le mois suivant", Date, rel{unit: 'M', n: 1, anchor: true}},
	{"l'année précédente", Date, rel{unit: 'Y', n: -1, anchor: true}},
	{"l'année suivante", Date, rel{unit: 'Y', n: 1, anchor: true}},
	{"la semaine d'avant", Date, rel{unit: 'W', n: -1, anchor: true}},
	{"la semaine d'après", Date, rel{unit: 'W', n: 1, anchor: true}},
	{"le mois d'avant", Date, rel{unit: 'M', n: -1, anchor: true}},
	{"le mois d'après", Date, rel{unit: 'M', n: 1, anchor: true}},
	{"l'année d'avant", Date, rel{unit: 'Y', n: -1, anchor: true}},
	{"l'année d'après", Date, rel{unit: 'Y', n: 1, anchor: true}},
	{"le jour d'après", Date, relAnchor(1)},
	{"le week-end", Date, rel{unit: 'K'}},
	{"ce matin", Time, relPOD(0, "MO")},
	{"cet après-midi", Time, relPOD(0, "AF")},
	{"ce soir", Time, relPOD(0, "EV")},
	{"cette nuit", Time, relPOD(0, "NI")},
	{"la nuit dernière", Time, relPOD(-1, "NI")},
	{"maintenant", Date, relLit(presentRef)},
	{"actuellement", Date, relLit(presentRef)},
	{"désormais", Date, relLit(presentRef)},
	{"à présent", Date, relLit(presentRef)},
	{"en ce moment", Date, relLit(presentRef)},
	{"à l'heure actuelle", Date, relLit(presentRef)},
	{"de nos jours", Date, relLit(presentRef)},
	{"aujourd'hui encore", Date, relLit(presentRef)},
	{"récemment", Date, relLit(pastRef)},
	{"dernièrement", Date, relLit(pastRef)},
	{"naguère", Date, relLit(pastRef)},
	{"autrefois", Date, relLit(pastRef)},
	{"jadis", Date, relLit(pastRef)},
	{"par le passé", Date, relLit(pastRef)},
	{"ces derniers temps", Date, relLit(pastRef)},
	{"bientôt", Date, relLit(futureRef)},
	{"prochainement", Date, relLit(futureRef)},
	{"sous peu", Date, relLit(futureRef)},
	{"à l'avenir", Date, relLit(futureRef)},
	{"à terme", Date, relLit(futureRef)},
	{"quotidiennement", Set, relLit("P1D")},
	{"annuellement", Set, relLit("P1Y")},
	{"mensuellement", Set, relLit("P1M")},
	{"hebdomadairement", Set, relLit("P1W")},
	// La période en cours du récit : celle de l'ancre.
	{"plus tard dans l'année", Date, rel{unit: 'Y', anchor: true}},
	{"plus tôt dans l'année", Date, rel{unit: 'Y', anchor: true}},
	{"plus tard dans le mois", Date, rel{unit: 'M', anchor: true}},
	{"plus tôt dans le mois", Date, rel{unit: 'M', anchor: true}},
	{"plus tard dans la semaine", Date, rel{unit: 'W', anchor: true}},
	{"plus tôt dans la semaine", Date, rel{unit: 'W', anchor: true}},
	{"plus tard dans la journée", Date, relAnchor(0)},
	{"plus tôt dans la journée", Date, relAnchor(0)},
	// Un écart inconnu depuis l'ancre (voir vagueOffset).
	{"les jours qui ont suivi", Duration, relLit("PXD")},
	{"les semaines qui ont suivi", Duration, relLit("PXW")},
	{"les mois qui ont suivi", Duration, relLit("PXM")},
	{"les années qui ont suivi", Duration, relLit("PXY")},
	{"tournant du siècle", Date, relLit("2000")},
}

// auxiliariesFR are the folded forms of "être" and "avoir" that carry the
// tense of a participle after them.
var auxiliariesFR = map[string]bool{
	"est": true, "sont": true, "etait": true, "etaient": true, "sera": true, "seront": true, "serait": true,
	"seraient": true, "fut": true, "furent": true, "ete": true, "etre": true, "soit": true, "a": true, "ont": true,
	"avait": true, "avaient": true, "aura": true, "auront": true,
}

// etreParticiples are the folded participles, masculine singular, of the
// verbs that make their passé composé with "être": after "est" or "sont"
// they are in the past, where another participle is a passive in the
// present ("est prévu"). "Entré", folded, is the preposition "entre" ("est
// entre les mains du juge"): see tokenize for "est entré en vigueur".
var etreParticiples = map[string]bool{
	"arrive": true, "parti": true, "alle": true, "venu": true, "revenu": true, "descendu": true,
	"redescendu": true, "monte": true, "remonte": true, "rentre": true, "retourne": true, "tombe": true,
	"reste": true, "mort": true, "decede": true, "sorti": true, "ressorti": true,
	"devenu": true, "redevenu": true, "parvenu": true, "intervenu": true, "survenu": true,
}

// etreParticiple reports whether the folded word w is one of
// etreParticiples, in any gender and number.
func etreParticiple(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return etreParticiples[w] || etreParticiples[strings.TrimSuffix(w, "e")]
}

// imperfectLookalikes are French nouns and adjectives, folded, that end
// as the imperfect does.
var imperfectLookalikes = map[string]bool{
	"portrait": true, "extrait": true, "souhait": true, "attrait": true, "forfait": true, "bienfait": true,
	"parfait": true, "abstrait": true, "retrait": true, "distrait": true, "portraits": true,
}

// tenseFR guesses the tense of a French verb form from its ending: the
// simple future ("tiendra", "seront") marks the future, unless its entry
// lists a tense. A participle after an auxiliary leaves the tense to it
// ("sera votée").
func tenseFR(prev, w string, listed int8) int8 {
	if (prev == "est" || prev == "sont") && etreParticiple(w) {
		return -1 // "sont redescendus": the passé composé
	}
	if listed == -1 && auxiliariesFR[prev] && (strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ees") ||
		strings.HasSuffix(w, "ue") || strings.HasSuffix(w, "ues") || strings.HasSuffix(w, "oute") || strings.HasSuffix(w, "outes")) {
		return 0
	}
	if listed != 0 || len(w) < 4 {
		return listed
	}
	if len(w) >= 7 && (strings.HasSuffix(w, "ait") || strings.HasSuffix(w, "aient")) && !imperfectLookalikes[w] && !nounDeterminers[prev] {
		return -1 // the imperfect: "il présidait jusqu'en janvier", not "le retrait"
	}
	for _, suf := range [...]string{"era", "eront", "ira", "iront", "dra", "dront", "rra", "rront", "ront"} {
		if strings.HasSuffix(w, suf) {
			switch w {
			case "camera", "opera", "chimera", "cholera", "lira", "front", "affront", "sierra", "terra":
				return 0
			}
			return 1
		}
	}
	return 0
}
