package timex

import "strings"

// lexEN is the English vocabulary.
var lexEN = buildLexicon("en", []wordList{
	{"january february march april may june july august september october november december", setMonth},
	{"jan:1 feb:2 mar:3 apr:4 jun:6 jul:7 aug:8 sep:9 sept:9 oct:10 nov:11 dec:12", setMonthAb},
	{"monday tuesday wednesday thursday friday saturday sunday", setDay},
	{"mon:1 tue:2 tues:2 wed:3 thu:4 thur:4 thurs:4 fri:5 sat:6 sun:7", setDayAb},
	{"spring summer fall:3 autumn:3 winter:4", setSeason},
	{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", setNum},
	{"a:1 an:1 twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 thousand:1000 dozen:12", setNum},
	{"first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth", setOrd},
	{"twenty-first:21 thirtieth:30", setOrd},
	{"year", setUnit('Y', 1, sing)},
	{"years", setUnit('Y', 1, plur)},
	{"month", setUnit('M', 1, sing)},
	{"months", setUnit('M', 1, plur)},
	{"week", setUnit('W', 1, sing)},
	{"weeks", setUnit('W', 1, plur)},
	{"fortnight", setUnit('W', 2, sing)},
	{"day", setUnit('D', 1, sing)},
	{"days", setUnit('D', 1, plur)},
	{"hour", setUnit('H', 1, sing)},
	{"hours", setUnit('H', 1, plur)},
	{"minute", setUnit('N', 1, sing)},
	{"minutes", setUnit('N', 1, plur)},
	{"second", setUnit('S', 1, sing)},
	{"seconds", setUnit('S', 1, plur)},
	{"decade", setUnit('Y', 10, sing)},
	{"decades", setUnit('Y', 10, plur)},
	{"century", setUnit('Y', 100, sing)},
	{"centuries", setUnit('Y', 100, plur)},
	{"quarter", setUnit('Q', 3, sing)},
	{"quarters", setUnit('Q', 3, plur)},
	{"weekend", setUnit('K', 1, sing)},
	{"morning", setPOD("MO")},
	{"afternoon", setPOD("AF")},
	{"evening", setPOD("EV")},
	{"night", setPOD("NI")},
	{"last past previous latest", setLast},
	{"next coming following", setNext},
	{"this current", setThis},
	{"few several many", setFuzzy},
	{"the early late mid end earlier later in every each per half times once twice couple noon midnight midday as", setTrigger},
	{"mondays tuesdays wednesdays thursdays fridays saturdays sundays", setTrigger},
	{"was were had did said ago yesterday told fell rose took went came began saw gave ran became spoke wrote broke chose drew drove flew grew knew threw struck won led met held sold bought paid sent spent built fought caught brought thought kept fled stood sank shot stole froze hid forgot got made found heard meant felt sought withdrew rang sang swept lent fed slid", setPast},
	{"will ll shall tomorrow upcoming scheduled expected expect expects see sees plans due may might would could should", setFuture},
	{"is are go goes expires opens open begins begin starts takes meets meet runs closes close resumes resume holds hosts faces visits arrives returns heads convenes reopens " +
		"take travels comes plays ends appears lands leaves flies votes enters testifies gathers kicks wraps " +
		"reports publishes releases unveils announces speaks", setPresent},
}, phrasesEN, makeHolidays(
	"christmas:1225", "christmas day:1225", "christmas eve:1224", "new year's day:101", "new year's eve:1231",
	"halloween:1031", "valentine's day:214", "independence day:704", "boxing day:1226", "veterans day:1111",
	"all saints' day:1101", "bastille day:714", "armistice day:1111",
	"labor day:9.1.1", "memorial day:5.-1.1", "thanksgiving:11.4.4", "thanksgiving day:11.4.4", "black friday:11.4.4+1", "cyber monday:11.4.4+4",
	"martin luther king day:1.3.1", "presidents day:2.3.1", "presidents' day:2.3.1", "columbus day:10.2.1",
	"mother's day:5.2.7", "father's day:6.3.7", "easter:E0", "easter sunday:E0", "easter monday:E1",
	"good friday:E-2",
), tenseEN,
	// Modifiers of a quantity of time (lexicon.mods).
	"more than", "less than", "fewer than", "at least", "at most", "just over", "just under",
	"about", "around", "approximately", "roughly", "nearly", "almost")

// phrasesEN are the fixed English expressions.
var phrasesEN = []phraseDef{
	{"today", Date, relDay(0)},
	{"yesterday", Date, relDay(-1)},
	{"the day before yesterday", Date, relDay(-2)},
	{"tomorrow", Date, relDay(1)},
	{"the day after tomorrow", Date, relDay(2)},
	{"the day before", Date, relAnchor(-1)},
	{"the previous day", Date, relAnchor(-1)},
	{"the day after", Date, relAnchor(1)},
	{"the next day", Date, relAnchor(1)},
	{"the following day", Date, relAnchor(1)},
	{"the same day", Date, relAnchor(0)},
	{"the same month", Date, rel{unit: 'M', anchor: true}},
	{"the same year", Date, rel{unit: 'Y', anchor: true}},
	{"that same year", Date, rel{unit: 'Y', anchor: true}},
	{"year-end", Date, rel{unit: 'Y'}},
	{"year end", Date, rel{unit: 'Y'}},
	{"year's end", Date, rel{unit: 'Y'}},
	{"year-earlier", Date, rel{unit: 'Y', n: -1}},
	{"year-ago", Date, rel{unit: 'Y', n: -1}},
	{"the week before last", Date, rel{unit: 'W', n: -2}},
	{"the month before last", Date, rel{unit: 'M', n: -2}},
	{"the year before last", Date, rel{unit: 'Y', n: -2}},
	{"the week before", Date, rel{unit: 'W', n: -1, anchor: true}},
	{"the week after", Date, rel{unit: 'W', n: 1, anchor: true}},
	{"the month before", Date, rel{unit: 'M', n: -1, anchor: true}},
	{"the month after", Date, rel{unit: 'M', n: 1, anchor: true}},
	{"the year before", Date, rel{unit: 'Y', n: -1, anchor: true}},
	{"the year after", Date, rel{unit: 'Y', n: 1, anchor: true}},
	{"the weekend", Date, rel{unit: 'K'}},
	{"that day", Date, relAnchor(0)},
	{"that same day", Date, relAnchor(0)},
	{"that week", Date, rel{unit: 'W', anchor: true}},
	{"that month", Date, rel{unit: 'M', anchor: true}},
	{"that year", Date, rel{unit: 'Y', anchor: true}},
	{"the same year", Date, rel{unit: 'Y', anchor: true}},
	{"that same year", Date, rel{unit: 'Y', anchor: true}},
	{"the same month", Date, rel{unit: 'M', anchor: true}},
	{"this morning", Time, relPOD(0, "MO")},
	{"this afternoon", Time, relPOD(0, "AF")},
	{"this evening", Time, relPOD(0, "EV")},
	{"tonight", Time, relPOD(0, "NI")},
	{"last night", Time, relPOD(-1, "NI")},
	{"overnight", Time, rel{unit: 'D', n: -1, pod: "NI", night: true}},
	{"now", Date, relLit(presentRef)},
	{"right now", Date, relLit(presentRef)},
	{"currently", Date, relLit(presentRef)},
	{"at present", Date, relLit(presentRef)},
	{"nowadays", Date, relLit(presentRef)},
	{"these days", Date, relLit(presentRef)},
	{"at the moment", Date, relLit(presentRef)},
	{"recently", Date, relLit(pastRef)},
	{"lately", Date, relLit(pastRef)},
	{"the past", Date, relLit(pastRef)},
	{"recent years", Date, relLit(pastRef)},
	{"recent months", Date, relLit(pastRef)},
	{"recent weeks", Date, relLit(pastRef)},
	{"recent days", Date, relLit(pastRef)},
	{"recent decades", Date, relLit(pastRef)},
	{"formerly", Date, relLit(pastRef)},
	{"soon", Date, relLit(futureRef)},
	{"as soon as", 0, relLit(blocked)},
	{"the future", Date, relLit(futureRef)},
	{"the foreseeable future", Date, relLit(futureRef)},
	{"the near future", Date, relLit(futureRef)},
	{"the eve", Date, relAnchor(-1)},
	{"the coming days", Date, relLit(futureRef)},
	{"the coming weeks", Date, relLit(futureRef)},
	{"the coming months", Date, relLit(futureRef)},
	{"the coming years", Date, relLit(futureRef)},
	{"the days ahead", Date, relLit(futureRef)},
	{"the weeks ahead", Date, relLit(futureRef)},
	{"the months ahead", Date, relLit(futureRef)},
	{"the years ahead", Date, relLit(futureRef)},
	{"daily", Set, relLit("P1D")},
	{"weekly", Set, relLit("P1W")},
	{"monthly", Set, relLit("P1M")},
	{"quarterly", Set, relLit("P3M")},
	{"annually", Set, relLit("P1Y")},
	{"yearly", Set, relLit("P1Y")},
	{"midweek", Date, rel{unit: 'W'}},
	// The period in focus: the anchor's (the reference's if none).
	{"this time last year", Date, rel{unit: 'Y', n: -1, day: true}},
	{"this time next year", Date, rel{unit: 'Y', n: 1, day: true}},
	{"later in the year", Date, rel{unit: 'Y', anchor: true}},
	{"earlier in the year", Date, rel{unit: 'Y', anchor: true}},
	{"later in the month", Date, rel{unit: 'M', anchor: true}},
	{"earlier in the month", Date, rel{unit: 'M', anchor: true}},
	{"later in the week", Date, rel{unit: 'W', anchor: true}},
	{"earlier in the week", Date, rel{unit: 'W', anchor: true}},
	{"later in the day", Date, relAnchor(0)},
	{"earlier in the day", Date, relAnchor(0)},
	// An unknown offset from the anchor (see vagueOffset).
	{"the days that followed", Duration, relLit("PXD")},
	{"the weeks that followed", Duration, relLit("PXW")},
	{"the months that followed", Duration, relLit("PXM")},
	{"the years that followed", Duration, relLit("PXY")},
	// The turn of the current century, which news means.
	{"the turn of the century", Date, relLit("2000")},
}

// tenseEN guesses the tense of an English word from its ending: a past
// form, listed ("sold") or regular ("announced"), marks the past, unless a
// form of "be" makes it a participle ("will be sold", "is closed"), and
// "is set", "are slated" announce a schedule.
func tenseEN(prev, w string, listed int8) int8 {
	switch prev {
	case "be", "been", "being", "is", "are", "am":
		if w == "set" || w == "slated" {
			return 1
		}
		if listed <= 0 {
			return 0
		}
	}
	if listed != 0 {
		return listed
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") &&
		w != "hundred" && w != "sacred" && w != "naked" && w != "wicked" && w != "kindred" {
		return -1
	}
	return 0
}
