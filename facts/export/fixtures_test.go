package export_test

import (
	"strings"
	"time"

	"factlens/facts"
)

// claimOf returns a claim of text whose Text is the first occurrence of
// quote in it, with the offsets that slice it out; the test fixtures find
// their offsets this way rather than counting bytes by hand.
func claimOf(text, id string, kind facts.Kind, quote string, v facts.Verdict) facts.Claim {
	i := strings.Index(text, quote)
	if i < 0 {
		panic("fixture: " + quote + " not in text")
	}
	return facts.Claim{ID: id, Kind: kind, Start: i, End: i + len(quote), Text: quote, Verdict: v, Facts: []string{}}
}

// reviewDate is the review date the tests pass in options.
var reviewDate = time.Date(2025, 12, 23, 9, 30, 0, 0, time.UTC)

// frenchCase is a French article about an invented summit, with a claim of
// every kind and verdict, accents ("Goïta", "Cédéao"), a curly apostrophe
// and emoji, including flags of two code points.
func frenchCase() (facts.Article, facts.Report) {
	const (
		title = "Sahel : la Cédéao face à l’AES 🤝"
		text  = title + "\n" +
			"Réunis à Niamey, les dirigeants de l’AES défendent leur confédération.\n" +
			"Le 6 juillet 2024, Abdourahamane Tiani a accueilli le premier sommet de l’AES, en présence d’Assimi Goïta et d’Ibrahim Traoré 🇲🇱🇳🇪🇧🇫. " +
			"L’alliance, créée en décembre 2023, est devenue une confédération le même jour. " +
			"Les trois pays ont annoncé leur retrait de la Cédéao en janvier 2024 ; un nouveau sommet est prévu dans six mois.\n"
	)
	a := facts.Article{
		ID: "sahel-niamey", Lang: "fr", Published: "2024-07-08",
		Publisher: "Le Quotidien d’exemple", URL: "https://journal.example/sahel/niamey?src=rss&lang=fr",
		Title: title, Text: text,
	}
	c1 := claimOf(text, "c1", facts.KindDate, "6 juillet 2024", facts.Supported)
	c1.Type, c1.Value, c1.Facts = "DATE", "2024-07-06", []string{"summit-1"}
	c1.Explanation = "Le premier sommet de l’AES s’est tenu à Niamey le 6 juillet 2024."
	c2 := claimOf(text, "c2", facts.KindAttendance,
		"Abdourahamane Tiani a accueilli le premier sommet de l’AES, en présence d’Assimi Goïta et d’Ibrahim Traoré", facts.Supported)
	c2.Event, c2.Value, c2.Place, c2.Facts = "le premier sommet", "2024-07-06", "Niamey", []string{"summit-1"}
	c2.People = []facts.Person{
		{Name: "Abdourahamane Tiani", ID: "tiani", Present: true, Title: "général", Role: "host"},
		{Name: "Assimi Goïta", ID: "goita", Present: true},
		{Name: "Ibrahim Traoré", ID: "traore", Present: true},
	}
	c2.Explanation = "Les trois chefs d’État étaient présents à Niamey."
	c3 := claimOf(text, "c3", facts.KindFounding, "L’alliance, créée en décembre 2023", facts.Contradicted)
	c3.Subject, c3.SubjectID, c3.Event, c3.Value = "AES", "aes", facts.EventFounded, "2023-12"
	c3.Facts, c3.Explanation = []string{"charter"}, "L’AES a été créée le 16 septembre 2023 par la charte du Liptako-Gourma."
	c4 := claimOf(text, "c4", facts.KindDate, "décembre 2023", facts.Contradicted)
	c4.Type, c4.Value, c4.Facts = "DATE", "2023-12", []string{"charter"}
	c4.Explanation = "La charte a été signée en septembre 2023, pas en décembre."
	c5 := claimOf(text, "c5", facts.KindFounding, "est devenue une confédération le même jour", facts.Supported)
	c5.Subject, c5.SubjectID, c5.Event, c5.Object, c5.Value = "AES", "aes", facts.EventTransformed, "confédération", "2024-07-06"
	c5.Facts, c5.Explanation = []string{"summit-1"}, "La confédération a été proclamée au sommet du 6 juillet 2024."
	c6 := claimOf(text, "c6", facts.KindDate, "janvier 2024", facts.Imprecise)
	c6.Type, c6.Value, c6.Facts = "DATE", "2024-01", []string{"withdrawal"}
	c6.Explanation = "Le retrait a été annoncé le 28 janvier 2024 ; il a pris effet le 29 janvier 2025."
	c7 := claimOf(text, "c7", facts.KindDate, "dans six mois", facts.Unverified)
	c7.Type, c7.Value = "DATE", "2025-01"
	r := facts.Report{
		Lang: "fr", Ref: "2024-07-08",
		Claims:   []facts.Claim{c1, c2, c3, c4, c5, c6, c7},
		Evidence: evidence(),
	}
	return a, r
}

// englishCase is an English article, pasted without an address or a
// publisher, with a claim at the very end of the text.
func englishCase() (facts.Article, facts.Report) {
	const text = "Sahel leaders meet in Niamey 🎉\n" +
		"The military rulers of Mali, Niger and Burkina Faso met on Saturday, July 6, 2024, in Niamey. " +
		"Captain Ibrahim Traoré attended, but Assimi Goïta stayed in Bamako. " +
		"The alliance was founded in 2023 and left ECOWAS — the Cédéao of French speakers — in January"
	a := facts.Article{Lang: "en", Published: "2024-07-08", Title: "Sahel leaders meet in Niamey 🎉", Text: text}
	c1 := claimOf(text, "c1", facts.KindDate, "Saturday, July 6, 2024", facts.Supported)
	c1.Type, c1.Value, c1.Facts = "DATE", "2024-07-06", []string{"summit-1"}
	c1.Explanation = "The first AES summit was held in Niamey on 6 July 2024, a Saturday."
	c2 := claimOf(text, "c2", facts.KindAttendance, "Captain Ibrahim Traoré attended, but Assimi Goïta stayed in Bamako", facts.Contradicted)
	c2.Event, c2.Facts = "summit", []string{"summit-1"}
	c2.People = []facts.Person{
		{Name: "Ibrahim Traoré", ID: "traore", Present: true, Title: "captain"},
		{Name: "Assimi Goïta", ID: "goita", Present: false, When: "day1"},
	}
	c2.Explanation = "All three heads of state attended the Niamey summit."
	c3 := claimOf(text, "c3", facts.KindFounding, "The alliance was founded in 2023", facts.Imprecise)
	c3.Subject, c3.SubjectID, c3.Event, c3.Value = "AES", "aes", facts.EventFounded, "2023"
	c3.Facts, c3.Explanation = []string{"charter"}, "Right year; the charter was signed on 16 September 2023."
	c4 := claimOf(text, "c4", facts.KindFounding, "left ECOWAS — the Cédéao of French speakers — in January", facts.Imprecise)
	c4.Subject, c4.Event, c4.Object, c4.ObjectIDs, c4.Value = "AES", facts.EventWithdrew, "ECOWAS", []string{"ecowas"}, "2024-01"
	c4.Facts = []string{"withdrawal"}
	c4.Explanation = "The withdrawal was announced on 28 January 2024 and took effect a year later."
	c5 := claimOf(text, "c5", facts.KindDate, "in January", facts.Unverified)
	c5.Type, c5.Value = "DATE", "2024-01"
	r := facts.Report{
		Lang: "en", Ref: "2024-07-08",
		Claims:   []facts.Claim{c1, c2, c3, c4, c5},
		Evidence: evidence(),
	}
	return a, r
}

// evidence returns the facts the fixtures cite.
func evidence() map[string]facts.Fact {
	return map[string]facts.Fact{
		"summit-1": {
			ID:         "summit-1",
			Statement:  map[string]string{"fr": "Premier sommet de l’AES à Niamey, le 6 juillet 2024.", "en": "First AES summit in Niamey, 6 July 2024."},
			Date:       "2024-07-06",
			Confidence: "high",
			Sources: []facts.Source{
				{Publisher: "Agence d’exemple", URL: "https://agency.example/2024/07/06/aes", Title: "L’AES devient une confédération", Date: "2024-07-06", Says: "Summit and confederation treaty."},
				{Publisher: "Wire [Example]", URL: "javascript:alert(1)", Date: "2024-07", Says: "An address that must not become a link."},
			},
		},
		"charter": {
			ID:         "charter",
			Statement:  map[string]string{"fr": "Charte du Liptako-Gourma signée le 16 septembre 2023.", "en": "Liptako-Gourma Charter signed on 16 September 2023."},
			Date:       "2023-09-16",
			Confidence: "high",
			Sources:    []facts.Source{{Publisher: "Gazette *officielle*", URL: "https://gazette.example/charte (texte)", Date: "2023-09-16", Says: "The charter."}},
		},
		"withdrawal": {
			ID:         "withdrawal",
			Statement:  map[string]string{"en": "Mali, Niger and Burkina Faso announced their withdrawal from ECOWAS on 28 January 2024."},
			Date:       "2024-01-28",
			Confidence: "medium",
			Sources:    []facts.Source{{Publisher: "Radio exemple", Title: "Communiqué conjoint", Says: "Joint statement."}},
		},
	}
}
