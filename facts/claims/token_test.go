package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var tokenizeTests = []struct {
	name, text string
	want       []string // folded tokens
}{
	{"elision and curly apostrophe", "l’AES s'est", []string{"l", "'", "aes", "s", "'", "est"}},
	{"accents and ligature", "Cédéao Œuvre ÉTATS", []string{"cedeao", "oeuvre", "etats"}},
	{"hyphenated word", "Jean-Paul Burkina-Faso rendez-vous", []string{"jean-paul", "burkina-faso", "rendez-vous"}},
	{"dash is punctuation", "Bamako - Niamey", []string{"bamako", "-", "niamey"}},
	{"decimal number", "3,5 % et 2.4 KB", []string{"3,5", "%", "et", "2.4", "kb"}},
	{"accented preposition kept", "à Bamako, À Niamey, a été", []string{"à", "bamako", ",", "à", "niamey", ",", "a", "ete"}},
	{"combining accent dropped", "Re\u0301union", []string{"reunion"}},
	{"line break", "Titre\n\nTexte", []string{"titre", "\n", "texte"}},
	{"drop cap kept apart", "L e 22 décembre", []string{"l", "e", "22", "decembre"}},
	{"names with an apostrophe", "Fred M'membe, N'Diaye, O’Brien", []string{"fred", "m'membe", ",", "n'diaye", ",", "o'brien"}},
	{"a name's plus sign", "Canal+, OPEC+ et G20+ ; 18+ a+b", []string{"canal+", ",", "opec+", "et", "g20+", ";", "18", "+", "a", "+", "b"}},
	{"elisions stay apart", "L'AES n'a D'autres N'a", []string{"l", "'", "aes", "n", "'", "a", "d", "'", "autres", "n", "'", "a"}},
}

func TestTokenize(t *testing.T) {
	for _, tt := range tokenizeTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			ts := tokenize(tt.text)
			for i, tok := range ts.list {
				got = append(got, ts.fold(i))
				if tok.start < 0 || tok.end > len(tt.text) || tok.start >= tok.end {
					t.Errorf("token %q: bad span [%d, %d)", ts.fold(i), tok.start, tok.end)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokenize(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTokenize_Capitals(t *testing.T) {
	toks := tokenize("AES Goïta G5 b ÉTÉ 2025 eBay xAI").list
	type caps struct {
		Cap, Caps, Digit bool
	}
	var got []caps
	for _, tok := range toks {
		got = append(got, caps{tok.cap, tok.caps, tok.digit})
	}
	want := []caps{{true, true, false}, {true, false, false}, {true, false, false}, {false, false, false}, {true, true, false}, {false, false, true},
		{true, false, false}, {true, false, false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokenize capitals (-want +got):\n%s", diff)
	}
}

var sentenceTests = []struct {
	name, text string
	want       []string
}{
	{"two sentences", "Le sommet s’est ouvert. Les leaders sont arrivés.", []string{"Le sommet s’est ouvert.", "Les leaders sont arrivés."}},
	{"english title abbreviation", "Gen. Tiani arrived. Col. Goïta too.", []string{"Gen. Tiani arrived.", "Col. Goïta too."}},
	{"french abbreviations", "M. Diallo cite l’art. 6 de la charte (p. 12). Fin.", []string{"M. Diallo cite l’art. 6 de la charte (p. 12).", "Fin."}},
	{"initials", "J. R. R. Tolkien wrote it. Then he left.", []string{"J. R. R. Tolkien wrote it.", "Then he left."}},
	{"decimal", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
	{"question and exclamation", "Qui était absent ? Traoré ! Voilà.", []string{"Qui était absent ?", "Traoré !", "Voilà."}},
	{"closing quote stays", "Il a dit « c’est fini. » Puis il est parti.", []string{"Il a dit « c’est fini. »", "Puis il est parti."}},
	{"lower case after a dot", "Le 1er janv. la réunion a commencé.", []string{"Le 1er janv. la réunion a commencé."}},
	{"line breaks end sentences", "Titre sans point\nPremier paragraphe.\nSecond", []string{"Titre sans point", "Premier paragraphe.", "Second"}},
	{"ellipsis", "Et puis… Rien.", []string{"Et puis…", "Rien."}},
	{"month abbreviation", "On Dec. 22 the summit opened.", []string{"On Dec. 22 the summit opened."}},
}

func TestSplitSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			ts := tokenize(tt.text)
			toks := ts.list
			var got []string
			for _, s := range splitSentences(&ts) {
				got = append(got, tt.text[toks[s.t0].start:toks[s.t1-1].end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestSplitSentences_Paragraphs(t *testing.T) {
	text := "Un. Deux.\nTrois.\n\nQuatre."
	var got []int
	ts := tokenize(text)
	for _, s := range splitSentences(&ts) {
		got = append(got, s.para)
	}
	if diff := cmp.Diff([]int{0, 0, 1, 2}, got); diff != "" {
		t.Errorf("paragraphs of %q (-want +got):\n%s", text, diff)
	}
}

func TestFoldTables(t *testing.T) {
	if len(latin1Base) != 0x100-0xE0 || len(latinABase) != 0x180-0x100 {
		t.Fatalf("fold tables have %d and %d entries, want 32 and 128", len(latin1Base), len(latinABase))
	}
	for _, tt := range []struct{ in, want string }{
		{"ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇ", "aaaeeeeiioouuuyc"},
		{"àâäéèêëîïôöùûüÿç", "aaaeeeeiioouuuyc"},
		{"ĀăĄćČďĐēĞĦİıĶŁŃňŌőŘŚšŢťŪůŴŶŹž", "aaaccddeghiiklnnoorsstt" + "uuwyzz"},
	} {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := fold("Œuvre ß"); !strings.HasPrefix(got, "oeuvre ss") {
		t.Errorf("fold(Œuvre ß) = %q", got)
	}
}

// fold returns s folded as the tokenizer folds words.
func fold(s string) string {
	var buf []byte
	for _, r := range s {
		buf = appendFold(buf, r)
	}
	return string(buf)
}
