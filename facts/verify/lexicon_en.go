package verify

import "factlens/facts/kb"

var (
	enSummit      = kindsOf(kb.Summit)
	enMinisterial = kindsOf(kb.MinisterialMeeting)
	enMeeting     = kindsOf(kb.Meeting, kb.MinisterialMeeting, kb.Summit)
	enFounding    = kindsOf(kb.Founding, kb.Treaty)
	enTreaty      = kindsOf(kb.Treaty, kb.Transformation, kb.Founding)
	enConfed      = kindsOf(kb.Transformation)
	enWithdrawal  = kindsOf(kb.Withdrawal)
	enDissolution = kindsOf(kb.Dissolution)
	enLaunch      = kindsOf(kb.Launch)
	enInaug       = kindsOf(kb.Inauguration)
	enCoup        = kindsOf(kb.Coup)
	enAnnounce    = kindsOf(kb.Announcement)
	enAccession   = kindsOf(kb.Accession)
	// enSigning: what is signed founds, or is a treaty that may transform
	// ("signed the Niamey treaty").
	enSigning = kindsOf(kb.Founding, kb.Treaty, kb.Transformation)
)

var lexiconEN = lexicon{
	kinds: map[string][]kb.EventKind{
		"summit": enSummit, "summits": enSummit, "college": enSummit,
		"ministers": enMinisterial, "ministerial": enMinisterial,
		"council": enMinisterial,
		"meeting": enMeeting, "meetings": enMeeting, "talks": enMeeting, "session": enMeeting,
		"assembly": kindsOf(kb.Meeting),
		"charter":  enFounding, "pact": enFounding, "founded": enFounding, "founding": enFounding,
		"formed": enFounding, "created": enFounding, "creation": enFounding, "established": enFounding,
		"establishment": enFounding, "signed": enSigning, "signing": enSigning, "birth": enFounding,
		"treaty": enTreaty, "confederation": enConfed, "transformed": enConfed,
		"withdrawal": enWithdrawal, "withdrawals": enWithdrawal, "withdrew": enWithdrawal, "breakup": enWithdrawal,
		"withdraw": enWithdrawal, "left": enWithdrawal, "leave": enWithdrawal, "exit": enWithdrawal,
		"quit": enWithdrawal, "quits": enWithdrawal, "quitting": enWithdrawal, "leaving": enWithdrawal,
		"departure": enWithdrawal, "exited": enWithdrawal, "exiting": enWithdrawal,
		"dissolution": enDissolution, "dissolved": enDissolution, "disbanded": enDissolution,
		"launch": enLaunch, "launched": enLaunch, "operational": enLaunch, "standard": enLaunch,
		"inauguration": enInaug, "inaugurated": enInaug, "sworn": enInaug, "swearing-in": enInaug,
		"coup": enCoup, "putsch": enCoup, "power": enCoup, "ousted": enCoup, "overthrew": enCoup, "overthrow": enCoup,
		"toppled": enCoup, "deposed": enCoup, "oath": enInaug,
		"announced": enAnnounce, "announcement": enAnnounce, "announce": enAnnounce, "announces": enAnnounce, "communique": enAnnounce, "statement": enAnnounce,
		"joined": enAccession, "accession": enAccession,
	},
	ordinals: map[string]int{
		"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
		"fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
	},
	since:         set("after", "since"),
	of:            set("of", "after", "since", "later"),
	lasting:       set("lasted", "lasting", "lasts", "last", "during", "for"),
	lastedVerbs:   set("lasted", "lasts", "last"),
	parts:         set("session", "sessions", "speech", "address", "debate", "talks", "meeting", "dinner", "ceremony"),
	approx:        set("about", "nearly", "almost", "around", "roughly", "approximately", "some"),
	eventPronouns: set("there"),
	recent:        set("newly", "recently", "recent", "just", "freshly"),
	conj:          set("and", "but", "then", "or"),
	terms:         set("for"),
	offices:       set("president", "presidency", "chair", "chairman", "chairmanship", "head", "leader", "term", "mandate"),
	arrival:       set("arrived", "arrives", "arrival", "arriving", "landed", "lands"),
	opening:       set("opened", "opens", "opening", "began", "begins", "started", "starts"),
	closing:       set("closed", "closes", "closing", "ended", "ends", "concluded", "concludes", "wrapped"),
	dayUnits:      [2]string{"day", "days"},
	months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"},
	weekdays: [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	msg: map[string]string{
		"day":           "on %s",
		"days":          "from %s to %s",
		"month":         "in %s",
		"year":          "in %s",
		"time":          "on %s at %s",
		"first":         "1",
		"join":          "; ",
		"and":           " and ",
		"nothing":       "No fact in the knowledge base bears on this claim.",
		"noevent":       "The knowledge base knows no event this claim can be tied to.",
		"noorg":         "The knowledge base knows no event matching %s.",
		"coarse":        "%s is dated only %s in the knowledge base (%s), too coarse to judge %s.",
		"dateok":        "%s took place %s (%s): %s agrees.",
		"datepart":      "%s took place %s (%s): %s agrees only in part.",
		"dateends":      "%s took place %s (%s) and %s %s (%s): %s spans them.",
		"weekdaybad":    "%s was a %s, not a %s: %s gets the day of the week wrong.",
		"datebad":       "%s took place %s (%s), not %s.",
		"placebad":      "%s took place in %s (%s), not in %s.",
		"affok":         "%s did represent %s (%s).",
		"openbad":       "%s opened %s (%s), not %s.",
		"closebad":      "%s ended %s (%s), not %s.",
		"openok":        "%s opened %s (%s): %s agrees.",
		"closeok":       "%s ended %s (%s): %s agrees.",
		"unknownperson": "The knowledge base does not record whether %s attended.",
		"unknownpeople": "The knowledge base does not record whether %s attended.",
		"erratum":       "The error %s also appeared in %s.",
		"rankinseries":  "%s is number %d in its series, not the %s (%s).",
		"affbad":        "%s represented %s, not %s (%s).",
		"lenok":         "%s lasted %s, %s (%s): %s agrees.",
		"lenbad":        "%s lasted %s, %s (%s), which %s does not render exactly.",
		"spanok":        "Between %s (%s, %s) and %s about %s passed, which agrees with %s.",
		"spanpart":      "Between %s (%s, %s) and %s about %s passed: %s is approximate.",
		"spanbad":       "Between %s (%s, %s) and %s about %s passed, not %s.",
		"ref":           "the article's date (%s)",
		"months":        "%s months",
		"years":         "%s years",
		"weeks":         "%s weeks",
		"ndays":         "%s days",
		"hours":         "%s hours",
		"foundok":       "%s: %s (%s).",
		"future":        "%s took place only %s (%s), after the article's date (%s).",
		"recentok":      "%s took place %s (%s), %s before the article.",
		"stale":         "%s took place %s (%s), %s before the article: that is not recent.",
		"present":       "%s was present %s (%s).",
		"already":       "%s was already there on %s (%s).",
		"absent":        "%s was absent %s (%s).",
		"wasabsent":     "%s was absent %s and present %s (%s).",
		"arrived":       "; arrived on %s at %s",
		"transformed":   "%s, %s (%s), transformed the organisation; it was not founded then.",
		"arrok":         "%s arrived %s (%s): %s agrees.",
		"arrbad":        "%s arrived %s (%s), not %s.",
		"rankok":        "%s was indeed a %s at the time (%s).",
		"rankbad":       "%s was a %s at the time, not %s (%s).",
		"roleok":        "%s was indeed the %s of %s (%s).",
		"rolebad":       "%s was not the %s of %s: %s was (%s).",
		"host":          "host",
		"chair":         "chair",
	},
}
