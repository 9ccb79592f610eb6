package export

import (
	"sort"
	"unicode/utf8"
)

// runeTable converts byte offsets of a UTF-8 text into code-point offsets,
// as go/token's File turns offsets into lines: it records, in one pass,
// where the text's multi-byte runes end, and answers each query with a
// binary search. Its size grows with the number of non-ASCII runes, not
// with the number of queries.
type runeTable struct {
	// ends[i] is the byte offset just past the text's i-th multi-byte
	// rune, and extra[i] the number of bytes beyond one per rune that
	// the text holds up to there.
	ends  []int
	extra []int
}

// newRuneTable returns the table of text, which must be valid UTF-8.
func newRuneTable(text string) *runeTable {
	t := new(runeTable)
	extra := 0
	for i, r := range text {
		if r >= utf8.RuneSelf {
			n := utf8.RuneLen(r)
			extra += n - 1
			t.ends = append(t.ends, i+n)
			t.extra = append(t.extra, extra)
		}
	}
	return t
}

// codePoint returns the number of code points of text[:off]. off must be
// a rune boundary of the text, between 0 and its length.
func (t *runeTable) codePoint(off int) int {
	// i is the number of multi-byte runes that end at or before off.
	i := sort.Search(len(t.ends), func(i int) bool { return t.ends[i] > off })
	if i == 0 {
		return off
	}
	return off - t.extra[i-1]
}
