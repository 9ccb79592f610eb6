package kb

import (
	"fmt"
	"strconv"
	"time"
)

// Precision is how much of a [Date] is known. The zero Precision is
// invalid: it belongs to the zero Date, which means "no date".
type Precision int

const (
	_ Precision = iota
	// Year is a date known to the year: "2014".
	Year
	// Month is a date known to the month: "2025-07".
	Month
	// Day is a date known to the day: "2023-09-16".
	Day
	// Minute is a date and time of day: "2025-12-23T08:00".
	Minute
)

// Date is a calendar date at the precision the sources give it. Dates are
// in UTC; the zero Date means "no date".
type Date struct {
	t    time.Time
	prec Precision
}

// ParseDate parses a date of a pack: "2014", "2025-07", "2023-09-16" or
// "2025-12-23T08:00". It refuses any other form and impossible dates
// ("2025-02-30").
func ParseDate(s string) (Date, error) {
	layouts := [...]struct {
		layout, form string
		prec         Precision
	}{
		{"2006", "YYYY", Year},
		{"2006-01", "YYYY-MM", Month},
		{"2006-01-02", "YYYY-MM-DD", Day},
		{"2006-01-02T15:04", "YYYY-MM-DDThh:mm", Minute},
	}
	for _, l := range layouts {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			return Date{}, fmt.Errorf("malformed date %q: want %s", s, l.form)
		}
		return Date{t: t, prec: l.prec}, nil
	}
	return Date{}, fmt.Errorf("malformed date %q: want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm", s)
}

// MustDate is like [ParseDate] but panics on a malformed date. It is meant
// for tests and constant tables.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic("kb: " + err.Error())
	}
	return d
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.prec == 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision { return d.prec }

// Start returns the first instant d covers.
func (d Date) Start() time.Time { return d.t }

// End returns the first instant after d: the next year, month, day or
// minute.
func (d Date) End() time.Time {
	switch d.prec {
	case Year:
		return d.t.AddDate(1, 0, 0)
	case Month:
		return d.t.AddDate(0, 1, 0)
	case Day:
		return d.t.AddDate(0, 0, 1)
	case Minute:
		return d.t.Add(time.Minute)
	}
	return d.t
}

// Day returns d truncated to its day; a date coarser than a day is
// returned unchanged.
func (d Date) Day() Date {
	if d.prec != Minute {
		return d
	}
	y, m, dd := d.t.Date()
	return Date{t: time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), prec: Day}
}

// String returns d in the form ParseDate reads, which is also its TIMEX3
// value; the zero Date prints as "".
func (d Date) String() string {
	switch d.prec {
	case Year:
		return strconv.Itoa(d.t.Year())
	case Month:
		return d.t.Format("2006-01")
	case Day:
		return d.t.Format("2006-01-02")
	case Minute:
		return d.t.Format("2006-01-02T15:04")
	}
	return ""
}

// parseTimex parses the date of a fact or a source: a [Date] or an
// interval "START/END" of two dates, START not after END.
func parseTimex(s string) error {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			a, err := ParseDate(s[:i])
			if err != nil {
				return err
			}
			b, err := ParseDate(s[i+1:])
			if err != nil {
				return err
			}
			if b.End().Before(a.End()) {
				return fmt.Errorf("interval %q ends before it starts", s)
			}
			return nil
		}
	}
	_, err := ParseDate(s)
	return err
}
