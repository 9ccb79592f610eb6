package lang

import "testing"

var detectTests = []struct {
	name, text, want string
}{
	{"empty", "", "en"},
	{"numbers only", "22 12 2025", "en"},
	{"french headline", "Sommet de Bamako : l’AES scelle son destin sécuritaire", "fr"},
	{"english headline", "Sahel juntas seal their alliance at Bamako summit", "en"},
	{"french dateline abbreviation", "Bamako, 22 déc. (AFP)", "fr"},
	{"english dateline abbreviation", "LONDON, Sept. 30 (Reuters)", "en"},
	{"french two words", "Le sommet", "fr"},
	{"english two words", "The summit", "en"},
	{"french elision only", "L'AES", "fr"},
	{"english possessive", "Mali's junta", "en"},
	{"french accents only", "Réunion préparatoire", "fr"},
	{"french sentence", "Une réunion des ministres s'est tenue les 20 et 21 décembre à Bamako.", "fr"},
	{"english sentence", "A meeting of ministers was held in Bamako on 20 and 21 December.", "en"},
	{"french with english quote", "Le ministre a déclaré « we will not back down » devant la presse et les diplomates.", "fr"},
	{"english with french quote", "The minister said “nous ne reculerons pas devant la menace” to reporters after the meeting.", "en"},
	{"english with straight french quote", `The colonel told the crowd "la patrie ou la mort, nous vaincrons" before he left.`, "en"},
	{"drop cap artifact", "L e 22 décembre 2025, Bamako a accueilli le deuxième sommet", "fr"},
	{"english contraction", "It didn't happen", "en"},
	{"french question", "Qui était absent ?", "fr"},
	{"english question", "Who was absent?", "en"},
	{"french all caps", "LE SOMMET DE L'ALLIANCE DES ÉTATS DU SAHEL", "fr"},
	{"english all caps", "THE SUMMIT OF THE ALLIANCE OF SAHEL STATES", "en"},
	{"names only then french", "Assimi Goïta, Ibrahim Traoré et Abdourahamane Tiani", "fr"},
	{"names only then english", "Assimi Goïta, Ibrahim Traoré and Abdourahamane Tiani", "en"},
}

func TestDetect(t *testing.T) {
	for _, tt := range detectTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, tt := range detectTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got := Detect(text); got != "fr" && got != "en" {
			t.Errorf("Detect(%q) = %q, want fr or en", text, got)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	text := detectTests[9].text + " " + detectTests[10].text
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sink = Detect(text)
	}
}

var sink string
