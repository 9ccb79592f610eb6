package timex

import "strings"

// cardinal reads a whole number at token i: digits ("17") or number words
// ("dix-sept", "vingt et un", "quatre-vingt-dix", "twenty-one", "a
// hundred"). It returns the value and the index after it.
//
//	cardinal = digits | numword { ("-" | "et" | "and") numword }
func (tg *tagger) cardinal(i int) (n, j int, ok bool) {
	t := tg.tok(i)
	if t.kind == tNumber {
		if t.inNum || t.ndig > 9 {
			return 0, i, false
		}
		return t.num, i + 1, true
	}
	total, cur, j := 0, 0, i
	for k := i; k-i < maxNumberWords; {
		t := tg.tok(k)
		if t.kind != tWord || t.e.num == 0 || isArticle(t.fold) && k > i && !tg.is(k-1, "et", "and", "-") {
			break
		}
		v := t.e.num
		switch {
		case v == 100:
			cur = max(cur, 1) * 100
		case v == 1000:
			total += max(cur, 1) * 1000
			cur = 0
		case t.fold == "dozen":
			cur = max(cur, 1) * 12
		case v == 20 && cur%100 == 4 && tg.is(k-2, "quatre"):
			cur += 76 // "quatre-vingt"
		case cur%10 != 0:
			return total + cur, j, true // "deux trois": two numbers
		default:
			cur += v
		}
		j = k + 1
		if cur > maxNum || total > maxNum {
			return 0, i, false
		}
		// Joiners: "vingt-deux", "vingt et un", "a hundred and five".
		k = j
		if tg.hyphen(k) {
			k++
		}
		if tg.is(k, "et", "and") {
			k++
			if tg.hyphen(k) {
				k++
			}
			nx := tg.tok(k)
			if nx.fold != "un" && nx.fold != "une" && nx.fold != "onze" && (cur < 100 || isArticle(nx.fold)) {
				break
			}
		}
	}
	if j == i {
		return 0, i, false
	}
	return total + cur, j, true
}

// maxNumberWords bounds the tokens of a number in words, as "quatre - vingt
// - dix - sept".
const maxNumberWords = 16

// isArticle reports whether w is an indefinite article, which counts as
// one only before a unit.
func isArticle(w string) bool {
	return w == "un" || w == "une" || w == "a" || w == "an"
}

// ordinalSuffixes are the endings of written ordinals: "1er", "2e",
// "3ème", "21st", "22nd", "3rd", "4th".
var ordinalSuffixes = [...]string{"er", "re", "ere", "e", "eme", "st", "nd", "rd", "th", "d"}

// ordinal reads an ordinal at token i: "1er", "2e", "21st", "premier",
// "third". It returns the value and the index after it.
func (tg *tagger) ordinal(i int) (n, j int, ok bool) {
	t := tg.tok(i)
	switch t.kind {
	case tMixed:
		suf := t.fold[t.ndig:]
		if t.ndig == 0 || t.ndig > 3 {
			return 0, i, false
		}
		for _, s := range ordinalSuffixes {
			if suf == s {
				return t.num, i + 1, true
			}
		}
	case tWord:
		if t.e.ord > 0 {
			return t.e.ord, i + 1, true
		}
	}
	return 0, i, false
}

// dayNum reads a day of the month at token i: "22", "1er", "1st",
// "premier".
func (tg *tagger) dayNum(i int) (d, j int, ok bool) {
	t := tg.tok(i)
	switch {
	case t.kind == tNumber && !t.inNum && t.ndig <= 2:
		d, j = t.num, i+1
	case t.kind == tMixed || t.fold == "premier" || t.fold == "first":
		d, j, ok = tg.ordinal(i)
		if !ok {
			return 0, i, false
		}
	default:
		return 0, i, false
	}
	if d < 1 || d > 31 {
		return 0, i, false
	}
	return d, j, true
}

// roman returns the value of the folded roman numeral s ("xxi"), or 0.
func roman(s string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	n := 0
	for k := 0; k < len(s); k++ {
		v := vals[s[k]]
		if v == 0 {
			return 0
		}
		if k+1 < len(s) && vals[s[k+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// centuryOrdinal reads the ordinal of a century at token i: "XXe",
// "XXIème", "21e", "21st", "twentieth", "vingtième".
func (tg *tagger) centuryOrdinal(i int) (n, j int, ok bool) {
	t := tg.tok(i)
	if n, j, ok := tg.ordinal(i); ok {
		return n, j, true
	}
	if t.kind != tWord || !t.upper {
		return 0, i, false
	}
	for _, s := range [...]string{"eme", "e", "th"} {
		if r := strings.TrimSuffix(t.fold, s); r != t.fold && roman(r) > 0 {
			return roman(r), i + 1, true
		}
	}
	// "XXI<sup>e</sup>" loses its suffix: a bare roman numeral before
	// "siècle" also counts.
	if r := roman(t.fold); r > 0 && r <= 30 && tg.is(i+1, "siecle", "century") {
		return r, i + 1, true
	}
	return 0, i, false
}
