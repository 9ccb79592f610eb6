// Package lang tells French from English.
//
// [Detect] scores the text's words against two lists of frequent function
// words and adds letter cues (accented letters and elisions for French,
// "th", "w" and "k" for English). Words inside quotation marks weigh less,
// so that a French quote in an English article does not flip the verdict.
// It reads the text once and allocates nothing.
package lang

import (
	"unicode"
	"unicode/utf8"
)

// Scores are kept in quarter points so that quoted words can weigh a
// quarter of an ordinary one without floating point.
const (
	wordWeight   = 4 // a function word outside quotes
	quotedWeight = 1 // a function word inside quotes
	letterWeight = 1 // an accent or a letter pair typical of one language
)

// Detect returns "fr" or "en": the language text is most likely written
// in. Text with no cue either way (empty, numbers only, a proper name)
// is reported as English.
func Detect(text string) string {
	var s scorer
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case isLetter(r):
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if !isLetter(r2) {
					break
				}
				j += w2
			}
			s.word(text[i:j])
			i = j
			continue
		case isApostrophe(r):
			s.apostrophe()
		case r == '«' || r == '“':
			s.quoted++
		case r == '»' || r == '”':
			if s.quoted > 0 {
				s.quoted--
			}
		case r == '"':
			s.straightQuotes = !s.straightQuotes
		}
		s.prev = ""
		i += w
	}
	if s.fr > s.en {
		return "fr"
	}
	return "en"
}

// scorer accumulates the evidence for each language.
type scorer struct {
	fr, en         int
	quoted         int  // depth of « » and “ ” quotes
	straightQuotes bool // inside "…"
	prev           string
	afterApos      bool // the previous word is followed by an apostrophe
}

// weight returns the weight of a function word at the current position.
func (s *scorer) weight() int {
	if s.quoted > 0 || s.straightQuotes {
		return quotedWeight
	}
	return wordWeight
}

// apostrophe records an apostrophe after the previous word: "l'", "d'",
// "qu'" are French elisions; "'s", "n't", "'re" are English and are
// scored by the word that follows.
func (s *scorer) apostrophe() {
	var buf [maxWord]byte
	if _, ok := frElided[string(lower(buf[:0], s.prev))]; ok && s.prev != "" {
		s.fr += s.weight()
		return
	}
	s.afterApos = s.prev != ""
}

// word scores one word.
func (s *scorer) word(w string) {
	wt := s.weight()
	var buf [maxWord]byte
	lw := lower(buf[:0], w)
	if s.afterApos {
		if _, ok := enClitics[string(lw)]; ok {
			s.en += wt
		}
		s.afterApos = false
	}
	if _, ok := frWords[string(lw)]; ok {
		s.fr += wt
	}
	if _, ok := enWords[string(lw)]; ok {
		s.en += wt
	}
	s.letters(w)
	s.prev = w
}

// maxWord is the longest word looked up in the lists, in bytes; longer
// words are not function words.
const maxWord = 16

// lower appends the lower-case form of w to dst, or nothing when w is
// longer than maxWord.
func lower(dst []byte, w string) []byte {
	if len(w) > maxWord {
		return dst
	}
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// letters adds the letter cues of one word.
func (s *scorer) letters(w string) {
	var last rune
	for _, r := range w {
		r = unicode.ToLower(r)
		switch r {
		case 'é', 'è', 'ê', 'à', 'â', 'ç', 'ù', 'û', 'î', 'ï', 'ô', 'œ', 'ë':
			s.fr += letterWeight
		case 'w', 'k':
			s.en += letterWeight
		case 'h':
			if last == 't' || last == 'w' {
				s.en += letterWeight
			}
		}
		last = r
	}
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
