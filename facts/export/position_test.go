package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var runeTableTests = []struct {
	name, text string
}{
	{"empty", ""},
	{"ascii", "Le sommet de Niamey"},
	{"accents", "Cédéao, Goïta, Traoré"},
	{"curly apostrophe", "l’Alliance des États du Sahel"},
	{"emoji and flags", "🎉 Bamako 🇲🇱🇳🇪🇧🇫 sommet 🤝"},
	{"four bytes at the end", "fin 🎉"},
	{"multi-byte first", "État"},
	{"combining accent", "Cre\u0301e\u0301e"},
	{"only multi-byte", "éèêë€😀"},
}

// TestRuneTable checks every rune boundary of each text against counting
// the runes before it.
func TestRuneTable(t *testing.T) {
	for _, tt := range runeTableTests {
		t.Run(tt.name, func(t *testing.T) {
			rt := newRuneTable(tt.text)
			for off := 0; off <= len(tt.text); off++ {
				if off < len(tt.text) && !utf8.RuneStart(tt.text[off]) {
					continue
				}
				if got, want := rt.codePoint(off), utf8.RuneCountInString(tt.text[:off]); got != want {
					t.Errorf("codePoint(%d) = %d, want %d", off, got, want)
				}
			}
		})
	}
}

func BenchmarkRuneTable(b *testing.B) {
	var text strings.Builder
	for text.Len() < 64<<10 {
		text.WriteString("Le 22 décembre 2025, Assimi Goïta a reçu ses homologues de l’AES 🇲🇱 à Bamako ; la Cédéao observe. ")
	}
	s := text.String()
	offs := make([]int, 0, 256)
	for i := 0; i < len(s); i += len(s) / 256 {
		for !utf8.RuneStart(s[i]) {
			i++
		}
		offs = append(offs, i)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var sink int
	for b.Loop() {
		rt := newRuneTable(s)
		for _, off := range offs {
			sink += rt.codePoint(off)
		}
	}
	_ = sink
}
