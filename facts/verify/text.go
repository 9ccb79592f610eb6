package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
)

// word is one word of the text: its byte range in the original text and
// its folded form (lower case, no accents).
type word struct {
	start, end int
	fold       string
}

// foldRune maps accented Latin letters to their base letters.
var foldRune = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
	'ç': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'î': "i", 'ï': "i", 'í': "i", 'ì': "i", 'ñ': "n",
	'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
	'ù': "u", 'û': "u", 'ü': "u", 'ú': "u", 'ÿ': "y",
	'œ': "oe", 'æ': "ae",
}

// fold returns s in lower case without accents.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldRune[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// words splits text[span] into words: runs of letters and digits.
// Apostrophes, hyphens and every other character separate words, so
// "l'AES" is "l", "aes" and "FU-AES" is "fu", "aes".
func words(text string, span facts.Span) []word {
	var ws []word
	start := -1
	for i := span.Start; i < span.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			ws = append(ws, word{start, i, fold(text[start:i])})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		ws = append(ws, word{start, span.End, fold(text[start:span.End])})
	}
	return ws
}

// foldWords splits a name into its folded words.
func foldWords(s string) []string {
	ws := words(s, facts.Span{Start: 0, End: len(s)})
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.fold
	}
	return out
}

// clause returns the span of the clause of text around span: the text
// between the nearest clause punctuation (, ; : parentheses, quotes,
// dashes) before and after it, within limit, cut again at the nearest
// conjunctions (words of conj: "et", "and") outside span.
func clause(text string, span, limit facts.Span, conj map[string]bool) facts.Span {
	const stops = ",;:()«»\"—–"
	c := span
	for c.Start > limit.Start {
		r, n := utf8.DecodeLastRuneInString(text[:c.Start])
		if strings.ContainsRune(stops, r) {
			break
		}
		c.Start -= n
	}
	for c.End < limit.End {
		r, n := utf8.DecodeRuneInString(text[c.End:])
		if strings.ContainsRune(stops, r) {
			break
		}
		c.End += n
	}
	for _, w := range words(text, c) {
		if !conj[w.fold] {
			continue
		}
		if w.end <= span.Start {
			c.Start = w.end
		} else if w.start >= span.End {
			c.End = w.start
			break
		}
	}
	return c
}
