package app

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"factlens/facts"
)

// layout is a page cut up for display: the article's lines, each a run of
// plain text and highlights, and where every claim is highlighted. It is
// computed once per page ([newLayout]), never in Render.
type layout struct {
	// lines are the article's non-blank lines: the title, the standfirst,
	// then one paragraph each.
	lines [][]segment
	// marks are the highlights in text order.
	marks []mark
	// markOf maps a claim index to the index of the mark that shows it, or
	// -1 when the claim could not be placed in the text (bad offsets).
	markOf []int
}

// segment is a piece of a line: plain text when mark is -1, else the text
// of marks[mark].
type segment struct {
	text string
	mark int
}

// mark is one highlight: a stretch of text where one or more claims
// overlap. The widest claim is the one the highlight stands for; the
// others are listed with it ("also in this passage").
type mark struct {
	// primary is the index of the widest claim (the first one on a tie).
	primary int
	// claims are the indexes of every claim in the mark, in text order,
	// primary included.
	claims []int
}

// newLayout cuts the article text into lines and places the claims.
//
// A claim belongs to the line where it starts and is cut at that line's
// end. Claims that overlap, directly or through a chain, form one mark
// covering their union. Claims whose offsets do not fall on character
// boundaries inside the text are left out of the lines (markOf -1) but
// still listed and annotated.
func newLayout(text string, claims []facts.Claim) layout {
	l := layout{markOf: make([]int, len(claims))}
	for i := range l.markOf {
		l.markOf[i] = -1
	}
	order := make([]int, 0, len(claims))
	for i, c := range claims {
		if validSpan(text, c.Start, c.End) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(claims[a].Start, claims[b].Start), cmp.Compare(claims[b].End, claims[a].End))
	})

	next := 0 // next claim of order to place
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		lineEnd := end
		if lineEnd > start && text[lineEnd-1] == '\r' {
			lineEnd--
		}
		// Claims starting in a blank line, or in the "\r" of "\r\n", are
		// left out of the text.
		blank := strings.TrimSpace(text[start:lineEnd]) == ""
		var line []segment
		pos := start
		for next < len(order) && claims[order[next]].Start < end {
			first := order[next]
			if blank || claims[first].Start >= lineEnd {
				next++
				continue
			}
			m := mark{primary: first}
			mStart, mEnd := claims[first].Start, min(claims[first].End, lineEnd)
			for next < len(order) && claims[order[next]].Start < mEnd {
				i := order[next]
				m.claims = append(m.claims, i)
				mEnd = max(mEnd, min(claims[i].End, lineEnd))
				if claims[i].End-claims[i].Start > claims[m.primary].End-claims[m.primary].Start {
					m.primary = i
				}
				next++
			}
			if pos < mStart {
				line = append(line, segment{text: text[pos:mStart], mark: -1})
			}
			line = append(line, segment{text: text[mStart:mEnd], mark: len(l.marks)})
			for _, i := range m.claims {
				l.markOf[i] = len(l.marks)
			}
			l.marks = append(l.marks, m)
			pos = mEnd
		}
		if pos < lineEnd {
			line = append(line, segment{text: text[pos:lineEnd], mark: -1})
		}
		if !blank {
			l.lines = append(l.lines, line)
		}
		start = end + 1
	}
	return l
}

// validSpan reports whether [start, end) is a non-empty range of text that
// starts and ends on character boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// The ids the reader gives its elements. They are made from claim
// numbers (index+1), never from the page's data, so they are safe in
// attributes.

// claimNumber returns the number a reader sees for the claim at index i.
func claimNumber(i int) string { return strconv.Itoa(i + 1) }

// markID is the id of the highlight of the claim at index i (the mark's
// primary claim).
func markID(i int) string { return markIDPrefix + claimNumber(i) }

// noteID is the id of the note of the claim at index i.
func noteID(i int) string { return "note-c" + claimNumber(i) }

// entryID is the id of the claim list's entry for the claim at index i.
func entryID(i int) string { return entryIDPrefix + claimNumber(i) }

// The ids of highlights and list entries: a prefix and the claim's number.
const (
	markIDPrefix  = "claim-c"
	entryIDPrefix = "entry-c"
)

// cardID is the id of the evidence card; cardTitleID of its heading.
const (
	cardID      = "card"
	cardTitleID = "card-title"
)

// verdictOf returns v, or Unverified for an invalid verdict.
func verdictOf(v facts.Verdict) facts.Verdict {
	switch v {
	case facts.Supported, facts.Imprecise, facts.Contradicted:
		return v
	}
	return facts.Unverified
}

// verdictClass is the CSS class of a verdict: "v-supported", ….
func verdictClass(v facts.Verdict) string { return "v-" + verdictOf(v).String() }

// kindClass is the CSS class of a kind: "k-date", …; "k-other" for an
// invalid kind.
func kindClass(k facts.Kind) string {
	if slices.Contains(kindOrder, k) {
		return "k-" + k.String()
	}
	return "k-other"
}
