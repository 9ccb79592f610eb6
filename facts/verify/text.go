package verify

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factlens/facts"
	"factlens/facts/lang"
)

// word is one word of the text: its byte range in the original text and
// its folded form (lower case, no accents).
type word struct {
	start, end int
	fold       string
}

// words splits text[span] into words: runs of letters and digits.
// Apostrophes, hyphens and every other character separate words, so
// "l'AES" is "l", "aes" and "FU-AES" is "fu", "aes".
func words(text string, span facts.Span) []word {
	ws := make([]word, 0, span.Len()/6+1)
	start := -1
	for i := span.Start; i < span.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			ws = append(ws, word{start, i, lang.Fold(text[start:i])})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		ws = append(ws, word{start, span.End, lang.Fold(text[start:span.End])})
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

// wordsIn returns the words of the text that lie wholly inside span,
// splitting the whole text into words once per checker.
func (c *checker) wordsIn(span facts.Span) []word {
	if c.all == nil {
		c.all = words(c.text, facts.Span{Start: 0, End: len(c.text)})
	}
	i := sort.Search(len(c.all), func(i int) bool { return c.all[i].start >= span.Start })
	j := sort.Search(len(c.all), func(j int) bool { return c.all[j].end > span.End })
	if j < i {
		return nil
	}
	return c.all[i:j:j]
}

// clause returns the span of the clause of the text around span: the text
// between the nearest clause punctuation (, ; : parentheses, quotes,
// dashes) before and after it, within limit, cut again at the nearest
// conjunctions (words of conj: "et", "and") outside span, but for one
// right next to it, which joins it to its like ("samedi et dimanche").
func (c *checker) clause(span, limit facts.Span, conj map[string]bool) facts.Span {
	const stops = ",;:()«»\"—–"
	cl := span
	for cl.Start > limit.Start {
		r, n := utf8.DecodeLastRuneInString(c.text[:cl.Start])
		if strings.ContainsRune(stops, r) {
			break
		}
		cl.Start -= n
	}
	for cl.End < limit.End {
		r, n := utf8.DecodeRuneInString(c.text[cl.End:])
		if strings.ContainsRune(stops, r) {
			break
		}
		cl.End += n
	}
	for _, w := range c.wordsIn(cl) {
		if !conj[w.fold] || strings.TrimSpace(c.text[min(w.end, span.Start):span.Start]) == "" && w.end <= span.Start ||
			w.start >= span.End && strings.TrimSpace(c.text[span.End:w.start]) == "" {
			continue // a conjunction right next to span joins it to its like: "samedi et dimanche"
		}
		if w.end <= span.Start {
			cl.Start = w.end
		} else if w.start >= span.End {
			cl.End = w.start
			break
		}
	}
	return cl
}
