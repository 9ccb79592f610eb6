package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factlens/facts/lang"
)

// tokKind is the kind of a token. The zero tokKind is invalid.
type tokKind uint8

const (
	_       tokKind = iota
	tWord           // letters: "décembre", "l", "XXe"
	tNumber         // ASCII digits: "22", "2025"
	tMixed          // digits then letters or the reverse: "1er", "8h30", "1990s", "G5"
	tPunct          // one punctuation rune: "-", "'", ",", "/"
	tBreak          // one or more newlines: a paragraph break
)

// maxNum caps the value of long digit runs so that arithmetic never
// overflows.
const maxNum = 1_000_000_000

// A token is a word, number or punctuation rune of the text, with its byte
// offsets. Its text is input[start:end]; it is never copied or rewritten.
type token struct {
	// fold is the text in lower case without accents; dashes fold to "-"
	// and apostrophes to "'".
	fold string
	// e is what the lexicon knows of the word; never nil.
	e *entry
	// num is the value of a number or of the leading digits of a mixed
	// token; ndig is the count of those digits.
	num, ndig int
	// start and end are byte offsets; int32 keeps the token small, which
	// bounds the text to 2 GiB (the engine refuses more than 10 MiB).
	start, end int32
	// sent and para number the sentence and the paragraph of the token.
	sent, para int32
	kind       tokKind
	// tense marks a verb in the past (-1) or the future (+1).
	tense int8
	// participle marks a past participle, whose tense holds in its
	// clause only (entry.participle).
	participle bool
	// present marks a verb in the present, and state one that tells a
	// state rather than an action (entry.state).
	present, state bool
	// space reports whitespace (or the start of the text) before the token.
	space bool
	// upper reports an upper-case first letter.
	upper bool
	// inNum marks a number that is part of a larger figure: "5 000",
	// "2,5", "1,200".
	inNum bool
}

// tokenize splits text into tokens and looks each word up in lex, if not
// nil.
func tokenize(text string, lex *lexicon) []token {
	toks := make([]token, 0, len(text)/4+16)
	pos := 0
	var sent, para int32
	space := true
	for pos < len(text) {
		r, w := utf8.DecodeRuneInString(text[pos:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			end := pos + w
			for end < len(text) && (text[end] == '\n' || text[end] == '\r' || text[end] == ' ' || text[end] == '\t') {
				end++
			}
			if n := len(toks); n == 0 || toks[n-1].kind != tBreak {
				para++
				sent++
				toks = append(toks, token{kind: tBreak, start: int32(pos), end: int32(pos + w), fold: "\n", space: true, sent: sent, para: para, e: noEntry})
			}
			pos, space = end, true
			continue
		case r == ' ' || unicode.IsSpace(r):
			pos += w
			space = true
			continue
		case isAlnum(r):
			end, digits, letters := pos, 0, 0
			for end < len(text) {
				if c := text[end]; c < utf8.RuneSelf {
					switch {
					case '0' <= c && c <= '9':
						digits++
					case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
						letters++
					default:
						goto done
					}
					end++
					continue
				}
				r2, w2 := utf8.DecodeRuneInString(text[end:])
				if '0' <= r2 && r2 <= '9' {
					digits++
				} else if isAlnum(r2) {
					letters++
				} else {
					break
				}
				end += w2
			}
		done:
			t := token{start: int32(pos), end: int32(end), space: space, sent: sent, para: para, e: noEntry}
			s := text[pos:end]
			t.upper = unicode.IsUpper(r)
			switch {
			case letters == 0:
				t.kind, t.fold = tNumber, s
			case digits == 0:
				t.kind, t.fold = tWord, lang.Fold(s)
				if lex != nil {
					t.e = lex.lookup(t.fold)
					switch {
					case t.fold == "a" && s != "a":
						// "à", not the verb "a".
					case t.e.tense != 0 && (t.e.month == 0 || !t.upper), !t.upper, strings.HasSuffix(t.fold, "ed") && opensSentence(toks, sent):
						// Not the month "May"; a verb in the past that opens
						// its sentence ("Founded in March, the group"), though
						// capitalised.
						prev := ""
						if len(toks) > 0 {
							prev = toks[len(toks)-1].fold
						}
						t.tense = lex.tenseOf(prev, t.fold, t.e.tense)
						if t.tense == 1 && pastSchedule(toks, t.fold) {
							t.tense = -1
						}
						t.participle = t.e.participle
					}
					if n := len(toks); n >= 4 && toks[n-1].sent < sent && toks[n-2].fold == "m" &&
						(toks[n-4].fold == "a" || toks[n-4].fold == "p") && (t.e.weekday > 0 || timeZones[t.fold]) {
						// "3 p.m. Friday", "10 a.m. EST": the point of
						// "p.m." ends no sentence before a weekday or a
						// time zone.
						sent--
						t.sent = sent
					}
					// "a fermé" is in the past: a participle, not the
					// present "ferme", follows the auxiliary.
					// A participle is no present either, though both fold
					// alike ("publié" against "publie"), unless "est" or
					// "sont" make it one ("le musée est fermé les lundis").
					masculine := strings.HasSuffix(s, "é") || strings.HasSuffix(s, "és")
					participle := masculine || strings.HasSuffix(s, "ée") || strings.HasSuffix(s, "ées")
					passive := len(toks) > 0 && (toks[len(toks)-1].fold == "est" || toks[len(toks)-1].fold == "sont")
					if lex.lang == "fr" && t.tense == 0 && !t.upper && masculine && s != "été" &&
						len(toks) > 0 && toks[len(toks)-1].fold == "," {
						// "Le gouvernement, formé le 2 juin, doit …": a
						// masculine participle in apposition, which folds as
						// a present does ("forme"), dates its own clause.
						t.tense, t.participle = -1, true
					}
					t.state = t.e.state
					if t.present = t.e.present && !t.upper && (!participle || passive); t.present && !participle && !t.state && len(toks) > 0 && toks[len(toks)-1].fold == "a" {
						toks[len(toks)-1].tense = 0 // "a lieu" is in the present, but "a ouvert" in the past
					}
					if n := len(toks); n >= 2 && reflexiveEndings[t.fold] && (toks[n-1].fold == "se" || toks[n-1].fold == "'" && toks[n-2].fold == "s") {
						t.present = true // "dont le mandat s'achève jeudi", not "s'est achevé"
					}
					if len(toks) > 0 && toks[len(toks)-1].fold == "eu" {
						t.present = false // "a eu lieu", "avait eu lieu": the auxiliary tells the tense
					}
					if n := len(toks); n > 0 && nounDeterminers[toks[n-1].fold] ||
						n >= 2 && toks[n-1].fold == "'" && toks[n-2].fold == "l" && opensSentence(toks[:n-2], toks[n-2].sent) {
						t.present = false // "after the close of trading Wednesday", "L'annonce jeudi": a noun
					}
					if n := len(toks); t.fold == "vigueur" && n >= 2 && toks[n-1].fold == "en" && toks[n-2].fold == "entre" {
						toks[n-2].present = true // the verb of "entre en vigueur", not the preposition
						if n >= 3 && (toks[n-3].fold == "est" || toks[n-3].fold == "sont") {
							toks[n-2].tense = -1 // "est entré en vigueur": the passé composé
						}
					}
					if n := len(toks); (t.fold == "est" || t.fold == "sont") && n > 0 && (toks[n-1].fold == "se" || n > 1 && toks[n-1].fold == "'" && toks[n-2].fold == "s") {
						t.tense = -1 // "s'est tenue", "se sont réunis": a reflexive verb in the past
					}
				}
			default:
				t.kind, t.fold = tMixed, lang.Fold(s)
			}
			if t.kind != tWord {
				for i := 0; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
					if t.num < maxNum {
						t.num = t.num*10 + int(s[i]-'0')
					}
					t.ndig++
				}
			}
			toks = append(toks, t)
			pos, space = end, false
			continue
		}
		// One punctuation rune.
		f := text[pos : pos+w]
		switch r {
		case '\u2019', '\u02bc', '\u2018', '`':
			f = "'"
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			f = "-"
		}
		t := token{kind: tPunct, start: int32(pos), end: int32(pos + w), fold: f, space: space, sent: sent, para: para, e: noEntry}
		toks = append(toks, t)
		pos += w
		space = false
		if (r == '.' || r == '!' || r == '?' || r == '…') && endsSentence(text, pos) {
			sent++
		}
	}
	markFigures(toks)
	return toks
}

// opensSentence reports whether a word after toks, in sentence sent,
// is the first of its sentence.
func opensSentence(toks []token, sent int32) bool {
	n := len(toks)
	return n == 0 || toks[n-1].kind == tBreak || toks[n-1].sent < sent
}

// isAlnum reports whether r belongs in a word or number token.
func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == 'ᵉ' || r == 'ʳ'
}

// endsSentence reports whether a full stop ending at pos closes a sentence:
// it is followed by spaces and an upper-case letter, a quote or the end.
func endsSentence(text string, pos int) bool {
	i := pos
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i == pos && i < len(text) {
		return false
	}
	if i == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r) || r == '«' || r == '"' || r == '\u201c' || r == '\n'
}

// markFigures sets inNum on numbers that are parts of a larger figure:
// thousands groups ("5 000", "1,200") and decimals ("2,5", "3.75").
func markFigures(toks []token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tNumber {
			continue
		}
		p := &toks[i-1]
		// "5 000": a group of three digits after a short number.
		if p.kind == tNumber && t.space && t.ndig == 3 && p.ndig <= 3 && t.start-p.end <= 3 {
			p.inNum, t.inNum = true, true
			continue
		}
		// "2,5", "1,200", "3.75": digits glued around a comma or a point,
		// but not the parts of a dotted date ("22.12.2025").
		if i >= 2 && !t.space && !p.space && (p.fold == "," || p.fold == ".") && toks[i-2].kind == tNumber {
			dotted := p.fold == "." && (glued(toks, i+1, ".") || i >= 4 && toks[i-3].fold == "." && !toks[i-3].space && !toks[i-2].space)
			if !dotted {
				toks[i-2].inNum, t.inNum = true, true
			}
		}
	}
}

// glued reports whether toks[i] exists, is s, and follows the previous
// token without a space.
func glued(toks []token, i int, s string) bool {
	return i < len(toks) && !toks[i].space && toks[i].fold == s
}

// reflexiveEndings are the French verbs, folded, in the present after
// "se" or "s'", whose participle folds to the same form: "s'achève",
// "se termine" (not "arrivé", "achevé" after an auxiliary).
var reflexiveEndings = map[string]bool{"acheve": true, "achevent": true, "termine": true, "deroule": true, "deroulent": true}

// plannedWords are the words, folded, of a day something is planned for,
// which mark the future unless pastSchedule says otherwise.
var plannedWords = map[string]bool{
	"scheduled": true, "due": true, "expected": true, "planned": true, "set": true,
	"prevu": true, "prevue": true, "prevus": true, "prevues": true,
}

// pastSchedule reports whether the word of a schedule w, after toks, was
// set for a day now past: "had been due to hold talks on Monday", "had
// first been scheduled for July 26 but was postponed", "initialement
// prévue vendredi, avait été repoussée".
func pastSchedule(toks []token, w string) bool {
	n := len(toks)
	if !plannedWords[w] || n == 0 {
		return false
	}
	switch toks[n-1].fold {
	case "initially", "originally", "initialement":
		return true
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if f := toks[k].fold; f == "had" || f == "avait" || f == "avaient" {
			return true
		}
	}
	return false
}

// nounDeterminers are the determiners, folded, after which a word that
// could be a verb in the present is a noun: "after the close of trading",
// "son report"; and "on", after which it is an adjective ("on open
// display"). French "le", "la" and "les" are left out: they are also
// object pronouns before a verb ("il le présente lundi"); so is "a", the
// French verb of "a lieu".
var nounDeterminers = map[string]bool{
	"the": true, "an": true, "its": true, "their": true, "his": true, "this": true,
	"un": true, "une": true, "du": true, "sa": true, "son": true, "ses": true, "cette": true,
	"on": true, // "was on open display on Saturday": an adjective after a preposition
}
