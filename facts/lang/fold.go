package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps the accented Latin letters of French and English text to
// their base letters. Ligatures fold to two letters.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y",
	'ᵉ': "e", 'ʳ': "r", 'ᵈ': "d", 'ˢ': "s", 'ᵗ': "t", 'ʰ': "h", 'ⁿ': "n",
}

// Fold returns s in lower case without accents, for comparing words
// whatever their case and accents ("Cédéao" and "CEDEAO" both fold to
// "cedeao"). It returns s itself, without allocating, when s is already
// folded.
func Fold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
