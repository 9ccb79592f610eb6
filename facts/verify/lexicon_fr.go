package verify

import "factlens/facts/kb"

var (
	frSummit      = kindsOf(kb.Summit)
	frMinisterial = kindsOf(kb.MinisterialMeeting)
	frMeeting     = kindsOf(kb.Meeting, kb.MinisterialMeeting, kb.Summit)
	frFounding    = kindsOf(kb.Founding, kb.Treaty)
	frTreaty      = kindsOf(kb.Treaty, kb.Transformation, kb.Founding)
	frConfed      = kindsOf(kb.Transformation)
	frWithdrawal  = kindsOf(kb.Withdrawal)
	frDissolution = kindsOf(kb.Dissolution)
	frLaunch      = kindsOf(kb.Launch)
	frInaug       = kindsOf(kb.Inauguration)
	frCoup        = kindsOf(kb.Coup)
	frAnnounce    = kindsOf(kb.Announcement)
	frAccession   = kindsOf(kb.Accession)
	// frSigning: what is signed founds, or is a treaty that may transform
	// ("ont signé le traité de Niamey").
	frSigning = kindsOf(kb.Founding, kb.Treaty, kb.Transformation)
)

var lexiconFR = lexicon{
	kinds: map[string][]kb.EventKind{
		"sommet": frSummit, "sommets": frSummit, "college": frSummit,
		"ministres": frMinisterial, "ministerielle": frMinisterial,
		"ministeriel": frMinisterial, "conseil": frMinisterial,
		"reunion": frMeeting, "reunions": frMeeting, "rencontre": frMeeting, "session": frMeeting,
		"assemblee": kindsOf(kb.Meeting),
		"charte":    frFounding, "pacte": frFounding, "creation": frFounding, "cree": frFounding,
		"creee": frFounding, "crees": frFounding, "formee": frFounding, "forme": frFounding,
		"fondee": frFounding, "fonde": frFounding, "fondation": frFounding, "naissance": frFounding,
		"signature": frSigning, "signee": frSigning, "signe": frSigning, "signes": frSigning, "signent": frSigning,
		"traite": frTreaty, "confederation": frConfed, "promue": frConfed, "transformee": frConfed,
		"retrait": frWithdrawal, "retraits": frWithdrawal, "retire": frWithdrawal, "retiree": frWithdrawal,
		"retires": frWithdrawal, "retirent": frWithdrawal, "quitte": frWithdrawal, "quitter": frWithdrawal,
		"quittent": frWithdrawal, "sortie": frWithdrawal, "rupture": frWithdrawal, "depart": frWithdrawal,
		"dissolution": frDissolution, "dissous": frDissolution, "dissoute": frDissolution,
		"lancement": frLaunch, "lancee": frLaunch, "lance": frLaunch, "lances": frLaunch, "lancent": frLaunch, "operationnelle": frLaunch, "operationnel": frLaunch,
		"etendard":     frLaunch,
		"inauguration": frInaug, "inaugure": frInaug, "inauguree": frInaug, "inaugures": frInaug,
		"investiture": frInaug, "investi": frInaug,
		"coup": frCoup, "putsch": frCoup, "pouvoir": frCoup, "renverse": frCoup, "renversement": frCoup,
		"renversait": frCoup, "renversaient": frCoup, "renversee": frCoup, "renverses": frCoup, "renversent": frCoup,
		"serment": frInaug,
		"annonce": frAnnounce, "annoncee": frAnnounce, "annoncent": frAnnounce, "annonces": frAnnounce, "communique": frAnnounce,
		"adhesion": frAccession, "rejoint": frAccession,
	},
	ordinals: map[string]int{
		"premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1,
		"deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2,
		"troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "cinquieme": 5, "5e": 5,
	},
	since:         set("apres", "depuis"),
	of:            set("de", "d", "apres", "depuis", "plus"),
	lasting:       set("pendant", "durant", "dure", "duree", "durera", "duraient", "durait"),
	lastedVerbs:   set("dure", "durera", "durait"),
	parts:         set("seance", "session", "discours", "debat", "debats", "entretien", "reunion", "diner", "ceremonie"),
	approx:        set("pres", "environ", "presque", "quelque", "approximativement"),
	eventPronouns: set("y"),
	recent:        set("nouvellement", "recemment", "recent", "recente", "fraichement", "vient", "viennent"),
	conj:          set("et", "mais", "puis", "ou"),
	terms:         set("pour"),
	offices:       set("president", "presidente", "presidence", "tete", "mandat", "dirigeant"),
	arrival:       set("arrive", "arrivee", "arrives", "arrivees", "arrivait", "atterri", "atterrit", "debarque"),
	opening:       set("ouvert", "ouverte", "ouverts", "ouvertes", "ouverture", "debute", "debutera", "commence", "commencera"),
	closing:       set("clos", "close", "closes", "cloture", "clotures", "cloturee", "acheve", "achevee", "termine", "terminee", "refermee"),
	dayUnits:      [2]string{"jour", "jours"},
	months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre"},
	weekdays: [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	msg: map[string]string{
		"day":           "le %s",
		"days":          "du %s au %s",
		"month":         "en %s",
		"year":          "en %s",
		"time":          "le %s à %s",
		"first":         "1er",
		"join":          " ; ",
		"and":           " et ",
		"nothing":       "Aucun fait de la base ne porte sur cette affirmation.",
		"noevent":       "La base ne connaît aucun événement auquel rattacher cette affirmation.",
		"noorg":         "La base ne connaît aucun événement correspondant à %s.",
		"coarse":        "%s est daté seulement %s dans la base (%s), trop peu précis pour juger %s.",
		"dateok":        "%s a eu lieu %s (%s) : %s y correspond.",
		"datepart":      "%s a eu lieu %s (%s) : %s ne correspond qu'en partie.",
		"dateends":      "%s a eu lieu %s (%s) et %s %s (%s) : %s les couvre.",
		"weekdaybad":    "Le %s était un %s, et non un %s : %s se trompe de jour de la semaine.",
		"datebad":       "%s a eu lieu %s (%s), et non %s.",
		"placebad":      "%s a eu lieu à %s (%s), et non à %s.",
		"affok":         "%s : %s, c'est exact (%s).",
		"openbad":       "%s s'est ouvert %s (%s), et non %s.",
		"closebad":      "%s s'est achevé %s (%s), et non %s.",
		"openok":        "%s s'est ouvert %s (%s) : %s y correspond.",
		"closeok":       "%s s'est achevé %s (%s) : %s y correspond.",
		"unknownperson": "La base ne dit pas si %s y assistait.",
		"unknownpeople": "La base ne dit pas si %s y assistaient.",
		"erratum":       "L'erreur %s a aussi été publiée par %s.",
		"rankinseries":  "%s est le numéro %d de sa série, et non le %s (%s).",
		"affbad":        "%s : %s, et non %s (%s).",
		"lenok":         "%s a duré %s, %s (%s) : %s concorde.",
		"lenbad":        "%s a duré %s, %s (%s), ce que %s ne rend pas exactement.",
		"spanok":        "Entre %s (%s, %s) et %s, il s'est écoulé environ %s, ce qui concorde avec %s.",
		"spanpart":      "Entre %s (%s, %s) et %s, il s'est écoulé environ %s : %s est approximatif.",
		"spanbad":       "Entre %s (%s, %s) et %s, il s'est écoulé environ %s, et non %s.",
		"ref":           "la date de l'article (%s)",
		"months":        "%s mois",
		"years":         "%s ans",
		"weeks":         "%s semaines",
		"ndays":         "%s jours",
		"hours":         "%s heures",
		"foundok":       "%s : %s (%s).",
		"future":        "%s n'a eu lieu que %s (%s), après la date de l'article (%s).",
		"recentok":      "%s a eu lieu %s (%s), %s avant l'article.",
		"stale":         "%s a eu lieu %s (%s), %s avant l'article : ce n'est plus récent.",
		"present":       "%s était présent %s (%s).",
		"already":       "%s était déjà là le %s (%s).",
		"absent":        "%s était absent %s (%s).",
		"wasabsent":     "%s était absent %s et présent %s (%s).",
		"arrived":       " ; arrivé le %s à %s",
		"transformed":   "%s, %s (%s), a transformé l'organisation ; elle n'a pas été créée à cette date.",
		"arrok":         "%s est arrivé %s (%s) : %s concorde.",
		"arrbad":        "%s est arrivé %s (%s), et non %s.",
		"rankok":        "%s avait bien le grade de %s à cette date (%s).",
		"rankbad":       "%s avait le grade de %s à cette date, et non %s (%s).",
		"roleok":        "%s a bien été %s de %s (%s).",
		"rolebad":       "%s n'a pas été %s de %s : c'était %s (%s).",
		"host":          "l'hôte",
		"chair":         "le président",
	},
}
