package claims

import (
	_ "embed"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/timex"
	"github.com/google/go-cmp/cmp"
)

//go:embed testdata/bamako-2025.fr.txt
var bamako string

// bamakoDates are the dates a tagger finds in the default article.
var bamakoDates = []d{
	{"22 décembre 2025", "2025-12-22"},
	{"un an", "P1Y"},
	{"deux jours", "P2D"},
	{"septembre 2023", "2023-09"},
	{"juillet 2024", "2024-07"},
	{"20 et 21 décembre", "2025-12-20/2025-12-21"},
}

func TestFind_DefaultArticle(t *testing.T) {
	g := testGazetteer(t)
	claims := Find(bamako, "fr", datesOf(t, bamako, bamakoDates), g)

	wantFounding := []founding{
		{Text: "formée en septembre 2023 comme pacte de défense", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023-09"},
		{Text: "promue confédération en juillet 2024", Subject: "AES", SubjectID: "aes", Event: transformed, Value: "2024-07", Object: "confédération"},
		{Text: "le retrait du G5 Sahel et de la Cédéao", Subject: "AES", SubjectID: "aes", Event: withdrew, Object: "G5 Sahel et Cédéao", ObjectIDs: []string{"g5", "ecowas"}},
		{Text: "nouvellement opérationnelle", Subject: "Force conjointe AES", Event: operational},
	}
	if diff := cmp.Diff(wantFounding, foundingsOf(claims)); diff != "" {
		t.Errorf("founding claims (-want +got):\n%s", diff)
	}

	meeting := "Une réunion préparatoire des ministres des Affaires étrangères, de la Défense, de la Sécurité et du Développement"
	wantAttendance := []attendance{
		{Text: "réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso)",
			Event: "le deuxième sommet des chefs d’État de l’Alliance des États du Sahel (AES)", Value: "2025-12-22", Place: "Bamako",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "t:général"), p("Abdourahamane Tiani", "id:tiani", "t:général"), p("Ibrahim Traoré", "id:traore", "t:général")}},
		{Text: "sous la présidence de Goïta", Event: meeting, Value: "2025-12-20/2025-12-21", Place: "Bamako",
			People: []facts.Person{p("Assimi Goïta", "id:goita", "r:chair")}},
		{Text: "l’absence de Traoré ait été notée le premier jour", Event: meeting, Value: "2025-12-20/2025-12-21", Place: "Bamako",
			People: []facts.Person{p("Ibrahim Traoré", "id:traore", "absent", "w:day1")}},
	}
	if diff := cmp.Diff(wantAttendance, attendancesOf(claims)); diff != "" {
		t.Errorf("attendance claims (-want +got):\n%s", diff)
	}

	var kinds []string
	for _, c := range claims {
		kinds = append(kinds, c.ID+":"+c.Kind.String())
	}
	wantKinds := []string{"c1:date", "c2:attendance", "c3:date", "c4:date", "c5:founding", "c6:date",
		"c7:founding", "c8:date", "c9:founding", "c10:founding", "c11:date", "c12:attendance", "c13:attendance"}
	if diff := cmp.Diff(wantKinds, kinds); diff != "" {
		t.Errorf("claim order (-want +got):\n%s", diff)
	}
}

func TestFind_SentenceAndEntities(t *testing.T) {
	g := testGazetteer(t)
	text := "Titre\nLe Niger s’est retiré du G5 Sahel en 2023. Gen. Tiani était absent à Niamey."
	claims := Find(text, "fr", datesOf(t, text, []d{{"2023", "2023"}}), g)
	type view struct {
		Kind     string
		Text     string
		Sentence string
		Entities []string
	}
	var got []view
	for _, c := range claims {
		got = append(got, view{c.Kind.String(), c.Text, text[c.Sentence.Start:c.Sentence.End], c.Entities})
	}
	want := []view{
		{"founding", "Niger s’est retiré du G5 Sahel en 2023", "Le Niger s’est retiré du G5 Sahel en 2023.", []string{"niger", "g5"}},
		{"date", "2023", "Le Niger s’est retiré du G5 Sahel en 2023.", []string{"niger", "g5"}},
		{"attendance", "Gen. Tiani était absent", "Gen. Tiani était absent à Niamey.", []string{"tiani", "niamey"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(%q) (-want +got):\n%s", text, diff)
	}
}

// TestFind_Dateline checks that a dateline's date, the dispatch's own,
// makes no claim, and that a date in the same sentence does.
func TestFind_Dateline(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name, lang, text string
		dates            []d
		want             []string
	}{
		{"wire", "en", "Title\nBAMAKO, Sept 23 (Reuters) - Mali left the G5 Sahel in May 2022.",
			[]d{{"Sept 23", "2025-09-23"}, {"May 2022", "2022-05"}}, []string{"May 2022"}},
		{"afp", "fr", "Titre\nNIAMEY, 21 novembre (AFP) - Le Niger s’est retiré du G5 Sahel en 2023.",
			[]d{{"21 novembre", "2025-11-21"}, {"2023", "2023"}}, []string{"2023"}},
		{"no agency", "fr", "Titre\nSAINT-PÉTERSBOURG, 28 juillet - Le Niger s’est retiré du G5 Sahel en 2023.",
			[]d{{"28 juillet", "2023-07-28"}, {"2023", "2023"}}, []string{"2023"}},
		{"no dateline", "en", "Title\nOn Sept 23, Mali left the G5 Sahel.",
			[]d{{"Sept 23", "2025-09-23"}}, []string{"Sept 23"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Find(tt.text, tt.lang, datesOf(t, tt.text, tt.dates), g) {
				if c.Kind == facts.KindDate {
					got = append(got, c.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("date claims of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestFind_Contract(t *testing.T) {
	text := "Le G5 Sahel, créé en 2014, a été dissous."
	y := strings.Index(text, "2014")
	dates := []timex.Timex{
		{Start: y, End: y + 4, Type: timex.Date, Value: "2014"},
		{Start: -1, End: 3, Type: timex.Date, Value: "bad"},
		{Start: 10, End: 500, Type: timex.Date, Value: "bad"},
	}
	claims := Find(text, "fr", dates, testGazetteer(t))
	if len(claims) != 3 {
		t.Fatalf("Find(%q) = %d claims, want 3 (one date, two founding): %+v", text, len(claims), claims)
	}
	for i, c := range claims {
		if c.Verdict != facts.Unverified || c.Facts == nil || len(c.Facts) != 0 {
			t.Errorf("claim %s: verdict %v, facts %#v; want unverified and empty", c.ID, c.Verdict, c.Facts)
		}
		if want := "c" + string(rune('1'+i)); c.ID != want {
			t.Errorf("claim %d: id %q, want %q", i, c.ID, want)
		}
	}
	if got := Find("", "fr", nil, nil); got == nil || len(got) != 0 {
		t.Errorf("Find(\"\") = %#v, want an empty slice", got)
	}
}

// checkClaims reports the claims of text that break the contract of Find.
func checkClaims(t *testing.T, text string, claims []facts.Claim) {
	t.Helper()
	for i, c := range claims {
		if c.Start < 0 || c.End > len(text) || c.Start > c.End {
			t.Fatalf("claim %s: span [%d, %d) outside text of %d bytes", c.ID, c.Start, c.End, len(text))
		}
		if !utf8.RuneStart(text[c.Start]) && c.Start < len(text) || c.End < len(text) && !utf8.RuneStart(text[c.End]) {
			t.Errorf("claim %s: span [%d, %d) not on rune boundaries", c.ID, c.Start, c.End)
		}
		if text[c.Start:c.End] != c.Text {
			t.Errorf("claim %s: text %q, want %q", c.ID, c.Text, text[c.Start:c.End])
		}
		if c.Facts == nil || c.Verdict != facts.Unverified {
			t.Errorf("claim %s: facts %v verdict %v", c.ID, c.Facts, c.Verdict)
		}
		if i > 0 {
			p := claims[i-1]
			if p.Start > c.Start || p.Start == c.Start && p.End < c.End {
				t.Errorf("claims %s [%d, %d) and %s [%d, %d) out of order", p.ID, p.Start, p.End, c.ID, c.Start, c.End)
			}
		}
		if c.Kind != facts.KindDate && !c.Sentence.Contains(c.Span()) {
			t.Errorf("claim %s: span %v outside its sentence %v", c.ID, c.Span(), c.Sentence)
		}
		if c.Kind == facts.KindFounding && c.Subject == "" {
			t.Errorf("claim %s: founding claim without subject", c.ID)
		}
		if c.Kind == facts.KindAttendance && len(c.People) == 0 {
			t.Errorf("claim %s: attendance claim without people", c.ID)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add(bamako, "fr")
	f.Add("\u0301 Re\u0301union. Gen. (AES), formée", "fr")
	for _, tt := range foundingTests {
		f.Add(tt.text, tt.lang)
	}
	for _, tt := range attendanceTests {
		f.Add(tt.text, tt.lang)
	}
	for _, tt := range unseenTests {
		b, err := os.ReadFile("testdata/" + tt.file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), tt.lang)
	}
	g, err := NewGazetteer(testEntities)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		// Dates over every year-like word, as a tagger would give.
		var dates []timex.Timex
		for _, tok := range tokenize(text).list {
			if tok.digit && tok.end-tok.start == 4 {
				dates = append(dates, timex.Timex{Start: tok.start, End: tok.end, Type: timex.Date, Value: text[tok.start:tok.end]})
			}
		}
		checkClaims(t, text, Find(text, lang, dates, g))
	})
}

func BenchmarkFind(b *testing.B) {
	// 1 MB of news: the articles of testdata, French and English, one
	// after the other, with a date on every year.
	articles := []string{bamako}
	for _, tt := range unseenTests {
		a, err := os.ReadFile("testdata/" + tt.file)
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, string(a))
	}
	var text []byte
	var dates []timex.Timex
	for len(text) < 1<<20 {
		for _, a := range articles {
			base := len(text)
			text = append(text, a...)
			text = append(text, '\n')
			for _, d := range datesOf(b, a, yearsOf(a)) {
				d.Start += base
				d.End += base
				dates = append(dates, d)
			}
		}
	}
	g, err := NewGazetteer(testEntities)
	if err != nil {
		b.Fatal(err)
	}
	str := string(text)
	b.SetBytes(int64(len(str)))
	b.ReportAllocs()
	for b.Loop() {
		benchSink = Find(str, "fr", dates, g)
	}
}

func BenchmarkFind_DefaultArticle(b *testing.B) {
	g, err := NewGazetteer(testEntities)
	if err != nil {
		b.Fatal(err)
	}
	dates := datesOf(b, bamako, bamakoDates)
	b.SetBytes(int64(len(bamako)))
	b.ReportAllocs()
	for b.Loop() {
		benchSink = Find(bamako, "fr", dates, g)
	}
}

var benchSink []facts.Claim

// yearsOf returns the four-digit years of text as dates.
func yearsOf(text string) []d {
	var ds []d
	for _, tok := range tokenize(text).list {
		if tok.digit && tok.end-tok.start == 4 {
			ds = append(ds, d{text[tok.start:tok.end], text[tok.start:tok.end]})
		}
	}
	return ds
}
