package timex

import (
	"strconv"
	"time"
)

// gran is the granularity of a date expression. The zero gran is invalid.
type gran uint8

const (
	_ gran = iota
	gDay
	gWeek
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

// A dexpr is a calendar date at some granularity, as read from the text
// before it is resolved. Zero fields are not known: y is 0 for "22
// décembre", m is 0 for a bare day number in a list ("les 20 et ...").
type dexpr struct {
	g       gran
	y, m, d int
	x       int  // the season, quarter or half (1-based)
	wd      int  // the weekday named, 1 (Monday) to 7, or 0
	force   int8 // modLast or modNext from "dernier", "prochain"
	guessed bool // the month and year come from the weekday ("mardi 23")
	yearTxt bool // the year is written in the text
}

// partial reports whether d is a bare day number, which is a date only in
// a list or range that names the month ("les 20 et 21 décembre").
func (d dexpr) partial() bool { return d.g == gDay && d.m == 0 && d.wd == 0 }

// value returns the TIMEX3 value of a resolved d, or "" if its year is out
// of the four-digit range.
func (d dexpr) value() string {
	if d.y < 1 || d.y > 9999 {
		return ""
	}
	switch d.g {
	case gDay:
		return pad4(d.y) + "-" + pad2(d.m) + "-" + pad2(d.d)
	case gWeek:
		return pad4(d.y) + "-W" + pad2(d.x)
	case gMonth:
		return pad4(d.y) + "-" + pad2(d.m)
	case gSeason:
		return pad4(d.y) + "-" + [...]string{"SP", "SU", "FA", "WI"}[(d.x-1)&3]
	case gQuarter:
		return pad4(d.y) + "-Q" + strconv.Itoa(d.x)
	case gHalf:
		return pad4(d.y) + "-H" + strconv.Itoa(d.x)
	case gYear:
		return pad4(d.y)
	case gDecade:
		return pad4(d.y)[:3] + "X"
	case gCentury:
		return pad4(d.y)[:2] + "XX"
	}
	return ""
}

// dayOf returns the date of a day-precision d.
func (d dexpr) dayOf() time.Time { return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC) }

// fromDay returns the dexpr of day t.
func fromDay(t time.Time) dexpr {
	return dexpr{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// fromWeek returns the dexpr of the ISO week of t.
func fromWeek(t time.Time) dexpr {
	y, w := t.ISOWeek()
	return dexpr{g: gWeek, y: y, x: w}
}

// pad2 and pad4 write n with at least two or four digits.
func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// daysIn returns the number of days of month m of year y.
func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// validDay reports whether day d of month m exists in year y, or in some
// year if y is 0.
func validDay(d, m, y int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2024 // a leap year: "29 février" is possible
	}
	return d <= daysIn(m, y)
}

// shift returns the period n units away from the period of ref that
// contains it, at the granularity of the unit: 'D' day, 'W' ISO week, 'M'
// month, 'Q' quarter, 'E' half year, 'Y' year, 'X' decade, 'C' century.
func shift(ref time.Time, code byte, n int) dexpr {
	y, m := ref.Year(), int(ref.Month())
	switch code {
	case 'D':
		return fromDay(ref.AddDate(0, 0, n))
	case 'W', 'K':
		return fromWeek(ref.AddDate(0, 0, 7*n))
	case 'M':
		t := time.Date(y, time.Month(m+n), 1, 0, 0, 0, 0, time.UTC)
		return dexpr{g: gMonth, y: t.Year(), m: int(t.Month())}
	case 'Q':
		q := y*4 + (m-1)/3 + n
		return dexpr{g: gQuarter, y: floorDiv(q, 4), x: q - floorDiv(q, 4)*4 + 1}
	case 'E':
		h := y*2 + (m-1)/6 + n
		return dexpr{g: gHalf, y: floorDiv(h, 2), x: h - floorDiv(h, 2)*2 + 1}
	case 'X':
		return dexpr{g: gDecade, y: (y/10 + n) * 10}
	case 'C':
		return dexpr{g: gCentury, y: (y/100 + n) * 100}
	}
	return dexpr{g: gYear, y: y + n}
}

// floorDiv returns a/b rounded down.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// seasonOf returns the season (1 spring to 4 winter) of month m and the
// year it is counted in: December to February are the winter of the year
// of their December.
func seasonOf(y, m int) (s, sy int) {
	switch {
	case m == 12:
		return 4, y
	case m <= 2:
		return 4, y - 1
	}
	return (m-3)/3 + 1, y
}

// clampCount bounds an offset so that date arithmetic stays in range.
func clampCount(n int) int {
	if n > 100000 {
		return 100000
	}
	return n
}
