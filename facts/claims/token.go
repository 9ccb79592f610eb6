package claims

import (
	"unicode"
	"unicode/utf8"
)

// tokenKind is what a token is. The zero tokenKind is invalid.
type tokenKind uint8

const (
	_ tokenKind = iota
	// tWord is a run of letters and digits, hyphens inside it included
	// ("Burkina", "G5", "deux-points", "2025").
	tWord
	// tPunct is one punctuation or symbol rune; apostrophes fold to "'".
	tPunct
	// tBreak is a line break: it ends a sentence and a paragraph.
	tBreak
)

// token is one token of the input. Its text is input[start:end]; its
// folded form, compared against the lexicon and the gazetteer, is that
// text in lower case without accents (see [tokens.fold]). A token holds no
// pointer, so a token list costs the garbage collector nothing to scan.
type token struct {
	start, end int
	fa, fb     int32 // the folded form is folded[fa:fb] when own is set
	kind       tokenKind
	own        bool // the folded form differs from the text
	cap        bool // the first rune is upper case
	caps       bool // two or more letters, all upper case
	digit      bool // the first rune is a digit
}

// tokens is the token list of a text.
type tokens struct {
	list   []token
	text   string
	folded string // the folded forms that differ from the text, end to end
}

// fold returns the folded form of token i, or "" past either end.
func (ts *tokens) fold(i int) string {
	if i < 0 || i >= len(ts.list) {
		return ""
	}
	t := &ts.list[i]
	if t.own {
		return ts.folded[t.fa:t.fb]
	}
	return ts.text[t.start:t.end]
}

// tokenize splits text into tokens. Folded forms that differ from the
// text are written end to end in one string, so the cost is one
// allocation for the tokens and at most one for the folded text.
func tokenize(text string) tokens {
	toks := make([]token, 0, len(text)/5+16)
	buf := make([]byte, 0, len(text)/2+16)
	// own gives token t the folded form f.
	own := func(t *token, f string) {
		t.own, t.fa = true, int32(len(buf))
		buf = append(buf, f...)
		t.fb = int32(len(buf))
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				if n := len(toks); n == 0 || toks[n-1].kind != tBreak {
					toks = append(toks, token{start: i, end: i + 1, kind: tBreak})
				}
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case !isASCIIWord(c):
				toks = append(toks, token{start: i, end: i + 1, kind: tPunct})
				i++
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			toks = append(toks, token{start: i, kind: tWord})
			t := &toks[len(toks)-1]
			scanWord(text, t)
			switch {
			case !t.own:
			case text[i:t.end] == "à" || text[i:t.end] == "À":
				// The preposition keeps its accent: folded, it would be
				// the verb "a".
				own(t, "à")
			default:
				t.fa = int32(len(buf))
				for _, r := range text[i:t.end] {
					buf = appendFold(buf, r)
				}
				t.fb = int32(len(buf))
			}
			i = t.end
		default:
			t := token{start: i, end: i + w, kind: tPunct}
			if isApostrophe(r) {
				own(&t, "'")
			}
			toks = append(toks, t)
			i += w
		}
	}
	return tokens{list: toks, text: text, folded: string(buf)}
}

// isASCIIWord reports whether the ASCII byte c belongs in a word.
func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// scanWord completes the word token t that starts at t.start: its end,
// its capitals, and own unless the word is lower-case ASCII and so its own
// folded form. A word is letters,
// digits and marks, with single hyphens between them; a number may hold a
// decimal point or comma between digits ("3.5", "1,2").
func scanWord(text string, t *token) {
	i := t.start
	plain, letters, upper := true, 0, 0
	prevDigit := false
	for j := i; ; {
		if j >= len(text) {
			t.end = j
			break
		}
		if c := text[j]; 'a' <= c && c <= 'z' && j > i {
			// The common case: a lower-case ASCII letter inside a word.
			letters++
			prevDigit = false
			j++
			continue
		}
		r, w := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[j:])
		}
		switch {
		case r < utf8.RuneSelf && isASCIIWord(byte(r)) || r >= utf8.RuneSelf && isWordRune(r):
			isUpper, isLetter := false, false
			switch {
			case 'a' <= r && r <= 'z':
				isLetter = true
			case 'A' <= r && r <= 'Z':
				isLetter, isUpper = true, true
			case r >= utf8.RuneSelf:
				isLetter, isUpper = unicode.IsLetter(r), unicode.IsUpper(r)
			}
			if j == i {
				t.cap = isUpper
				t.digit = '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
			} else if isUpper && letters == 1 && upper == 0 && j-i == 1 {
				t.cap = true // "eBay", "xAI", "iPhone": a name written in camel case
			}
			if isLetter {
				letters++
				if isUpper {
					upper++
				}
			}
			if r >= utf8.RuneSelf || isUpper {
				plain = false
			}
			prevDigit = '0' <= r && r <= '9'
			j += w
			continue
		case r == '-' || r == '‑':
			if j+w < len(text) {
				if n, _ := utf8.DecodeRuneInString(text[j+w:]); isWordRune(n) {
					plain = plain && r == '-'
					j += w
					continue
				}
			}
		case r == '+' && (t.cap || upper > 0 && upper == letters):
			// "OPEC+", "G20+", "Canal+": a name's plus sign, before a space
			// or punctuation, names another organisation.
			if n, _ := utf8.DecodeRuneInString(text[j+w:]); j+w == len(text) || !isWordRune(n) {
				plain = false
				j += w
				continue
			}
		case (r == '.' || r == ',') && prevDigit:
			if j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9' {
				j++
				continue
			}
		case isApostrophe(r) && j == i+1 && j+w < len(text):
			// "M'membe", "N'Diaye", "O'Brien": one name, where "L'AES",
			// "d'État" and "N'a" are two words.
			if n, _ := utf8.DecodeRuneInString(text[j+w:]); nameApostrophe(text[i], n) {
				plain = false
				j += w
				continue
			}
		}
		t.end = j
		break
	}
	t.caps = letters >= 2 && upper == letters
	t.own = !plain
}

// nameApostrophe reports whether the capital c, an apostrophe and the
// letter n open a name: "M'membe", "M'Bow", "N'Diaye", "O'Brien",
// "D'Alema" (a capital after N, O and D: "N'a", "D'autres" are elisions).
func nameApostrophe(c byte, n rune) bool {
	switch c {
	case 'M':
		return unicode.IsLetter(n)
	case 'N', 'O', 'D':
		return unicode.IsUpper(n)
	}
	return false
}

// isWordRune reports whether r belongs in a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports whether r is a straight or curly apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘'
}

// appendFold appends r to dst in lower case and without accents:
// "É" → "e", "œ" → "oe"; combining marks are dropped and curly
// apostrophes become "'".
func appendFold(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	switch r {
	case 'œ', 'Œ':
		return append(dst, "oe"...)
	case 'æ', 'Æ':
		return append(dst, "ae"...)
	case 'ß':
		return append(dst, "ss"...)
	case '‑':
		return append(dst, '-')
	}
	if isApostrophe(r) {
		return append(dst, '\'')
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	r = unicode.ToLower(r)
	switch {
	case 0xE0 <= r && r <= 0xFF && latin1Base[r-0xE0] != '_':
		return append(dst, latin1Base[r-0xE0])
	case 0x100 <= r && r <= 0x17F && latinABase[r-0x100] != '_':
		return append(dst, latinABase[r-0x100])
	}
	return utf8.AppendRune(dst, r)
}

// latin1Base and latinABase give the base letter of the lower-case
// letters U+00E0–U+00FF and U+0100–U+017F; '_' marks a rune kept as is.
const (
	latin1Base = "aaaaaa_ceeeeiiiidnooooo_ouuuuy_y"
	latinABase = "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" +
		"iiiiiiiiii" + "__" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "__" +
		"rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s"
)

// sentence is a range of tokens [t0, t1) that ends at a sentence
// terminator or a line break, in paragraph para.
type sentence struct {
	t0, t1 int
	para   int
}

// splitSentences groups toks into sentences. A sentence ends after ".",
// "!", "?" or "…" (with any closing quotes and brackets that follow) and at
// a line break, but not after an abbreviation ("Gen.", "M.") or an
// initial, nor before a word in lower case.
func splitSentences(ts *tokens) []sentence {
	toks := ts.list
	var sents []sentence
	para, t0 := 0, 0
	flush := func(t1 int) {
		if t1 > t0 {
			sents = append(sents, sentence{t0: t0, t1: t1, para: para})
		}
		t0 = t1
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		switch {
		case t.kind == tBreak:
			flush(i)
			t0 = i + 1
			para++
		case t.kind == tPunct && isTerminator(ts.fold(i)):
			if ts.fold(i) == "." && i > 0 && isAbbreviation(ts, i-1) {
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].kind == tPunct && (isTerminator(ts.fold(j)) || isCloser(ts.fold(j))) {
				j++
			}
			if j < len(toks) && toks[j].kind == tWord && !toks[j].cap && !toks[j].digit {
				i = j - 1
				continue
			}
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return sents
}

func isTerminator(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func isCloser(s string) bool {
	return s == "»" || s == "”" || s == "\"" || s == ")" || s == "]" || s == "'"
}

// isAbbreviation reports whether token i, followed immediately by a full
// stop, is an abbreviation or an initial.
func isAbbreviation(ts *tokens, i int) bool {
	prev := &ts.list[i]
	if prev.kind != tWord || prev.end != ts.list[i+1].start {
		return false
	}
	if _, ok := abbreviations[ts.fold(i)]; ok {
		return true
	}
	return prev.cap && utf8.RuneCountInString(ts.fold(i)) == 1
}

// abbreviations are the words, folded, that a full stop follows without
// ending the sentence.
var abbreviations = foldSet(
	"gen", "gal", "col", "lt", "capt", "cpt", "cdt", "sgt", "maj", "adm", "brig", "cmdt",
	"m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "me", "mgr", "st", "ste",
	"jr", "sr", "gov", "sen", "rep", "pres", "hon", "rev",
	"art", "p", "pp", "n", "no", "nos", "vol", "ch", "chap", "fig", "cf", "ex", "al", "vs", "env",
	"inc", "ltd", "co", "corp", "dept", "av", "bd", "approx", "min",
	"jan", "janv", "feb", "fev", "fevr", "mar", "apr", "avr", "jun", "jul", "juil",
	"aug", "sep", "sept", "oct", "nov", "dec",
)
