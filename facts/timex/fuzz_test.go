package timex

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// valueSyntax is the syntax of TIMEX3 values that factlens accepts.
var valueSyntax = func() *regexp.Regexp {
	d := `(\d{4}|\d{3}X|\d{2}XX|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?|-W\d{2}|-(SP|SU|FA|WI|Q[1-4]|H[12]))?`
	return regexp.MustCompile(`^(` + d + `(T[\dX:]+)?|` + d + `/` + d + `|P(\d+|X)(\.\d+)?[YMWD]|PT(\d+|X)[HMS]|` +
		`P(\d+[YMWD])+(T(\d+[HMS])+)?|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-XX-XX)$`)
}()

// checkTimexes reports the broken properties of the result of Tag: spans
// inside the text on rune boundaries, sorted without overlaps, valid types
// and well-formed values.
func checkTimexes(t *testing.T, text string, got []Timex) {
	t.Helper()
	// Rune boundaries as decoding sees them, invalid bytes counting as
	// one rune each.
	bounds := make([]bool, len(text)+1)
	for i := range text {
		bounds[i] = true
	}
	bounds[len(text)] = true
	prev := 0
	for _, x := range got {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("Tag(%q): bad span [%d, %d) after %d", text, x.Start, x.End, prev)
		}
		if !bounds[x.Start] || !bounds[x.End] {
			t.Fatalf("Tag(%q): span [%d, %d) not on rune boundaries", text, x.Start, x.End)
		}
		if x.Type < Date || x.Type > Set {
			t.Fatalf("Tag(%q): bad type %v", text, x.Type)
		}
		if !valueSyntax.MatchString(x.Value) {
			t.Fatalf("Tag(%q): %q has bad value %q", text, text[x.Start:x.End], x.Value)
		}
		prev = x.End
	}
}

func TestTag_Values(t *testing.T) {
	for _, tests := range [][]tagTest{frTests, enTests} {
		for _, tt := range tests {
			checkTimexes(t, tt.text, Tag(tt.text, tt.lang, ref))
		}
	}
	for _, tt := range wireTests {
		r, err := time.Parse(time.DateOnly, tt.ref)
		if err != nil {
			t.Fatal(err)
		}
		checkTimexes(t, tt.text, Tag(tt.text, tt.lang, r))
	}
	checkTimexes(t, news, Tag(news, "fr", ref))
}

func FuzzTag(f *testing.F) {
	for _, tests := range [][]tagTest{frTests, enTests} {
		for _, tt := range tests {
			f.Add(tt.text, tt.lang == "fr")
		}
	}
	for _, tt := range wireTests {
		f.Add(tt.text, tt.lang == "fr")
	}
	for _, tt := range nothingTests {
		f.Add(tt.text, tt.lang == "fr")
	}
	f.Add(article, true)
	// Chains that a careless recogniser would scan in quadratic time.
	for _, s := range []string{"fin de ", "1, ", "vingt-", "the end of the ", "il y a ", "'", "2014-", "les 20 et ",
		"la nuit du ", "the week of the ", "fin du mois de ", "le matin de la nuit du "} {
		f.Add(strings.Repeat(s, 50), true)
	}
	f.Fuzz(func(t *testing.T, text string, fr bool) {
		lang := "en"
		if fr {
			lang = "fr"
		}
		checkTimexes(t, text, Tag(text, lang, ref))
	})
}
