package verify

import (
	"fmt"
	"strings"

	"factlens/facts"
	"factlens/facts/kb"
)

// settleEN and settleFR are the phrases, by language, that name the
// sources which would settle a claim the knowledge base cannot speak to.
// Each but "lead" and "or" is a noun phrase; its %s verbs take, in order,
// what its comment says. A date argument is written by
// [checker.claimedWhen], with its leading space (" on 3 May 2021", " en
// mars 2019"), or is empty.
var (
	settleEN = map[string]string{
		// lead introduces the sources; or joins the last one.
		"lead": "Sources that would settle it: %s.",
		"or":   " or ",
		// Founding, by event: the act itself (subject, then " into/to/from
		// object" or empty).
		"act/" + facts.EventFounded:        "the founding charter or statutes of %s",
		"act/" + facts.EventTransformed:    "the act or treaty that transformed %s%s",
		"act/" + facts.EventJoined:         "the instrument of accession of %s%s",
		"act/" + facts.EventWithdrew:       "the notification of withdrawal of %s%s",
		"act/" + facts.EventDissolved:      "the act dissolving %s (decree or decision of its members)",
		"act/" + facts.EventLaunched:       "the official communiqué announcing the launch of %s",
		"act/" + facts.EventOperational:    "the official communiqué announcing that %s is operational",
		"act/" + facts.EventInaugurated:    "the official communiqué or programme of the inauguration of %s",
		"object/" + facts.EventTransformed: " into %s",
		"object/" + facts.EventJoined:      " to %s",
		"object/" + facts.EventWithdrew:    " from %s",
		// notice: the public record of the act (date); orgnotice: that of
		// an organisation the base knows (organisation, date).
		"notice":    "the notice published in the official journal or a public registry%s",
		"orgnotice": "the communiqués or official journal published by %s%s",
		// wire: a wire report of the day (date); wirethen: one of the time.
		"wire":     "a wire report filed%s",
		"wirethen": "a contemporaneous wire report",
		// Attendance: the event's record (event, place, date), the host's
		// release, the record of a title (person), of a role (role, event),
		// and photos (people).
		"participants": "the official communiqué or list of participants of %s%s%s",
		"at":           " in %s",
		"theevent":     "the event",
		"release":      "the host's press release",
		"title":        "the official record of the title of %s (decree of appointment or promotion)",
		"role":         "the programme or communiqué naming the %s of %s",
		"photos":       "dated wire photos of %s",
		// Dates: a primary source dating the event (event), the dated
		// records of both ends of a duration (duration), an announcement
		// of an event said to come or past (event), a wire report giving
		// the dates.
		"primary":   "a primary source that dates %s (communiqué, minutes, official gazette)",
		"ends":      "the dated primary sources (communiqués, minutes, official gazette) of both ends of %s",
		"announce":  "the dated official announcement of %s (communiqué, timetable)",
		"wiredates": "wire reports giving the dates",
		// The events a date may be about, by kind of event.
		"event/" + string(kb.Summit):             "the summit",
		"event/" + string(kb.MinisterialMeeting): "the ministers' meeting",
		"event/" + string(kb.Meeting):            "the meeting",
		"event/" + string(kb.Treaty):             "the treaty",
		"event/" + string(kb.Founding):           "the founding",
		"event/" + string(kb.Transformation):     "the transformation",
		"event/" + string(kb.Accession):          "the accession",
		"event/" + string(kb.Withdrawal):         "the withdrawal",
		"event/" + string(kb.Dissolution):        "the dissolution",
		"event/" + string(kb.Launch):             "the launch",
		"event/" + string(kb.Inauguration):       "the inauguration",
		"event/" + string(kb.Coup):               "the coup",
		"event/" + string(kb.Announcement):       "the announcement",
	}
	settleFR = map[string]string{
		"lead":                                   "Sources qui permettraient de trancher : %s.",
		"or":                                     " ou ",
		"act/" + facts.EventFounded:              "l'acte fondateur ou les statuts de %s",
		"act/" + facts.EventTransformed:          "l'acte ou le traité qui a transformé %s%s",
		"act/" + facts.EventJoined:               "l'instrument d'adhésion de %s%s",
		"act/" + facts.EventWithdrew:             "la notification du retrait de %s%s",
		"act/" + facts.EventDissolved:            "l'acte de dissolution de %s (décret ou décision de ses membres)",
		"act/" + facts.EventLaunched:             "le communiqué officiel annonçant le lancement de %s",
		"act/" + facts.EventOperational:          "le communiqué officiel annonçant la mise en service de %s",
		"act/" + facts.EventInaugurated:          "le communiqué officiel ou le programme de l'inauguration de %s",
		"object/" + facts.EventTransformed:       " en %s",
		"object/" + facts.EventJoined:            " à %s",
		"object/" + facts.EventWithdrew:          " de %s",
		"notice":                                 "l'avis paru au Journal officiel ou dans un registre public%s",
		"orgnotice":                              "les communiqués ou le journal officiel publiés par %s%s",
		"wire":                                   "une dépêche d'agence publiée%s",
		"wirethen":                               "une dépêche d'agence de l'époque",
		"participants":                           "le communiqué officiel ou la liste des participants de %s%s%s",
		"at":                                     " à %s",
		"theevent":                               "l'événement",
		"release":                                "le communiqué de presse de l'hôte",
		"title":                                  "le texte officiel qui confère son titre à %s (décret de nomination ou de promotion)",
		"role":                                   "le programme ou le communiqué désignant %s de %s",
		"photos":                                 "des photos d'agence datées montrant %s",
		"primary":                                "une source primaire qui date %s (communiqué, procès-verbal, journal officiel)",
		"ends":                                   "les sources primaires datées (communiqués, procès-verbaux, journal officiel) des deux bornes de %s",
		"announce":                               "l'annonce officielle datée de %s (communiqué, calendrier)",
		"wiredates":                              "des dépêches d'agence qui en donnent les dates",
		"event/" + string(kb.Summit):             "le sommet",
		"event/" + string(kb.MinisterialMeeting): "la réunion des ministres",
		"event/" + string(kb.Meeting):            "la réunion",
		"event/" + string(kb.Treaty):             "le traité",
		"event/" + string(kb.Founding):           "la création",
		"event/" + string(kb.Transformation):     "la transformation",
		"event/" + string(kb.Accession):          "l'adhésion",
		"event/" + string(kb.Withdrawal):         "le retrait",
		"event/" + string(kb.Dissolution):        "la dissolution",
		"event/" + string(kb.Launch):             "le lancement",
		"event/" + string(kb.Inauguration):       "l'inauguration",
		"event/" + string(kb.Coup):               "le coup d'État",
		"event/" + string(kb.Announcement):       "l'annonce",
	}
)

// settle writes the sentence that names, for claim cl, the kinds of
// source that would settle it: the primary record of what it states,
// dated as the claim dates it, and a wire report of the day. It never
// states a fact; it names only what the claim says (its subject, event,
// place, people and date).
func (c *checker) settle(cl *facts.Claim) string {
	w := settleFR
	if c.lang != "fr" {
		w = settleEN
	}
	var srcs []string
	switch cl.Kind {
	case facts.KindFounding:
		srcs = c.settleFounding(w, cl, cl.Value)
	case facts.KindAttendance:
		srcs = c.settleAttendance(w, cl, cl.Value)
	default:
		srcs = c.settleDate(w, cl)
	}
	return fmt.Sprintf(w["lead"], orList(w, srcs))
}

// orList joins sources with commas and the language's "or" of w.
func orList(w map[string]string, srcs []string) string {
	if len(srcs) <= 1 {
		return strings.Join(srcs, "")
	}
	return strings.Join(srcs[:len(srcs)-1], ", ") + w["or"] + srcs[len(srcs)-1]
}

// settleFounding names the sources of a founding claim dated value: the
// act itself, its public notice (or the communiqués of an organisation
// the base knows) and a wire report.
func (c *checker) settleFounding(w map[string]string, cl *facts.Claim, value string) []string {
	subject := cl.Subject
	known := cl.SubjectID
	if known == "" && subject != "" {
		known = c.entityID(subject)
	}
	if subject == "" && known != "" {
		subject = c.person(known)
	}
	if subject == "" {
		subject = cl.Text
	}
	subject = c.quote(subject)
	object := cl.Object
	if object == "" && len(cl.ObjectIDs) > 0 {
		names := make([]string, len(cl.ObjectIDs))
		for i, id := range cl.ObjectIDs {
			names[i] = c.person(id)
		}
		object = c.list(names)
	}
	event := cl.Event
	if _, ok := w["act/"+event]; !ok {
		event = facts.EventFounded
	}
	var act string
	if tmpl, ok := w["object/"+event]; ok {
		into := ""
		if object != "" {
			into = fmt.Sprintf(tmpl, c.quote(object))
		}
		act = fmt.Sprintf(w["act/"+event], subject, into)
	} else {
		act = fmt.Sprintf(w["act/"+event], subject)
	}
	when := c.claimedWhen(value)
	notice := fmt.Sprintf(w["notice"], when)
	if known != "" {
		notice = fmt.Sprintf(w["orgnotice"], subject, when)
	}
	return []string{act, notice, c.wire(w, when)}
}

// settleAttendance names the sources of an attendance claim dated value:
// the event's communiqué or list of participants, the record of a title
// or role the claim gives (else the host's release) and dated photos.
func (c *checker) settleAttendance(w map[string]string, cl *facts.Claim, value string) []string {
	event := w["theevent"]
	if e := strings.TrimSpace(cl.Event); e != "" {
		event = c.quote(e)
	}
	at := ""
	if cl.Place != "" {
		at = fmt.Sprintf(w["at"], cl.Place)
	}
	srcs := []string{fmt.Sprintf(w["participants"], event, at, c.claimedWhen(value))}
	var names []string
	second := w["release"]
	for _, p := range cl.People {
		names = append(names, p.Name)
		switch {
		case p.Role == "host" || p.Role == "chair":
			second = fmt.Sprintf(w["role"], c.lex.msg[p.Role], event)
		case p.Title != "":
			second = fmt.Sprintf(w["title"], p.Name)
		}
	}
	srcs = append(srcs, second)
	if len(names) > 0 {
		srcs = append(srcs, fmt.Sprintf(w["photos"], c.list(names)))
	}
	return srcs
}

// settleDate names the sources of a date claim. A date inside a founding
// or attendance claim dates that claim's event: its sources are those of
// that claim. A duration needs the dated records of both its ends; a date
// a primary source dating the event its clause names and a wire report of
// the day; "soon", "lately" the event's dated announcement.
func (c *checker) settleDate(w map[string]string, cl *facts.Claim) []string {
	if o := c.container(cl); o != nil {
		if o.Kind == facts.KindFounding {
			return c.settleFounding(w, o, cl.Value)
		}
		return c.settleAttendance(w, o, cl.Value)
	}
	event := c.eventNoun(w, cl)
	switch {
	case cl.Type == "DURATION":
		return []string{fmt.Sprintf(w["ends"], c.quote(cl.Text)), w["wiredates"]}
	case cl.Value == "FUTURE_REF" || cl.Value == "PAST_REF":
		return []string{fmt.Sprintf(w["announce"], event), w["wiredates"]}
	}
	when := c.claimedWhen(cl.Value)
	if when == "" {
		return []string{fmt.Sprintf(w["primary"], event), w["wiredates"]}
	}
	return []string{fmt.Sprintf(w["primary"], event), c.wire(w, when)}
}

// wire names a wire report of the date when, or of the time when when is
// empty.
func (c *checker) wire(w map[string]string, when string) string {
	if when == "" {
		return w["wirethen"]
	}
	return fmt.Sprintf(w["wire"], when)
}

// eventNoun names the event a date claim's clause speaks of by the event
// word nearest the claim ("le sommet"), or "the event".
func (c *checker) eventNoun(w map[string]string, cl *facts.Claim) string {
	sent := c.sentence(cl)
	x := c.newContext(sent, nil)
	focus := c.clause(cl.Span(), sent, c.lex.conj)
	best, gap := "", -1
	for i, wd := range x.words {
		ks := c.lex.kinds[wd.fold]
		if x.named[i] || len(ks) == 0 || wd.start < focus.Start || wd.end > focus.End {
			continue
		}
		d := max(cl.Start-wd.end, wd.start-cl.End)
		if n, ok := w["event/"+string(ks[0])]; ok && (gap < 0 || d < gap) {
			best, gap = n, d
		}
	}
	if best == "" {
		return w["theevent"]
	}
	return best
}

// claimedWhen writes the date a TIMEX3 value gives as a phrase with its
// leading space and preposition: " on 3 May 2021", " en mars 2019", " du
// 22 au 23 décembre 2025", " le 22 décembre" (no year). It returns ""
// for a value it cannot write (a week, a decade, a duration, a reference
// such as PRESENT_REF).
func (c *checker) claimedWhen(v string) string {
	if v == "" {
		return ""
	}
	if rest, ok := strings.CutPrefix(v, "XXXX-"); ok {
		d, err := kb.ParseDate("2000-" + rest)
		if err != nil || d.Precision() != kb.Day {
			return ""
		}
		t := d.Start()
		n := fmt.Sprint(t.Day())
		if t.Day() == 1 {
			n = c.lex.msg["first"]
		}
		return " " + fmt.Sprintf(c.lex.msg["day"], n+" "+c.lex.months[t.Month()-1])
	}
	a, b, ranged := strings.Cut(v, "/")
	if !ranged {
		b = a
	}
	da, erra := kb.ParseDate(timexDate(a))
	db, errb := kb.ParseDate(timexDate(b))
	if erra != nil || errb != nil || da.Precision() != db.Precision() || db.Start().Before(da.Start()) {
		return ""
	}
	if ranged && da.Precision() != kb.Day {
		return ""
	}
	return " " + c.between(da, db)
}

// timexDate cuts a TIMEX3 date-time value to the minutes [kb.ParseDate]
// reads ("2025-12-23T08:00:00" → "2025-12-23T08:00").
func timexDate(v string) string {
	if len(v) > 16 && v[10] == 'T' {
		return v[:16]
	}
	return v
}
