package verify

import (
	"strconv"
	"strings"
	"time"

	"factlens/facts/kb"
)

// period is the stretch of time a TIMEX3 date value covers: [start, end).
type period struct {
	start, end time.Time
	prec       kb.Precision
	// yearless is set for values without a year ("XXXX-12-22"); start
	// and end then fall in year 1 and are moved to the event's year before
	// comparing.
	yearless bool
	// ranged is set for an explicit interval "A/B".
	ranged bool
}

// parsePeriod reads a TIMEX3 date value: YYYY, YYYY-MM, YYYY-MM-DD with an
// optional time, YYYY-Www, a decade (YYYX), a year-less XXXX-MM or
// XXXX-MM-DD, or an interval A/B of those. It reports false for any other
// value (durations, sets, PRESENT_REF, ...).
func parsePeriod(v string) (period, bool) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		pa, oka := parsePeriod(a)
		pb, okb := parsePeriod(b)
		if !oka || !okb || pa.yearless != pb.yearless || pb.end.Before(pa.end) {
			return period{}, false
		}
		prec := min(pa.prec, pb.prec)
		return period{start: pa.start, end: pb.end, prec: prec, yearless: pa.yearless, ranged: true}, true
	}
	yearless := strings.HasPrefix(v, "XXXX-")
	if yearless {
		v = "0001" + v[4:]
	}
	var p period
	switch {
	case len(v) == 4 && v[3] == 'X':
		y, err := strconv.Atoi(v[:3])
		if err != nil {
			return period{}, false
		}
		p.start = time.Date(y*10, 1, 1, 0, 0, 0, 0, time.UTC)
		p.end, p.prec = p.start.AddDate(10, 0, 0), kb.Year
	case len(v) == 8 && v[4:6] == "-W":
		y, err1 := strconv.Atoi(v[:4])
		w, err2 := strconv.Atoi(v[6:])
		if err1 != nil || err2 != nil || w < 1 || w > 53 {
			return period{}, false
		}
		// ISO week 1 holds 4 January.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		p.start = monday.AddDate(0, 0, 7*(w-1))
		p.end, p.prec = p.start.AddDate(0, 0, 7), kb.Day
	case len(v) > 10 && v[10] == 'T':
		d, err := kb.ParseDate(v[:min(len(v), 16)])
		if err == nil {
			p.start, p.end, p.prec = d.Start(), d.End(), kb.Minute
			break
		}
		// A part of the day ("2025-12-23TMO", "…TXX"): the day.
		if d, err = kb.ParseDate(v[:10]); err != nil {
			return period{}, false
		}
		p.start, p.end, p.prec = d.Start(), d.End(), d.Precision()
	default:
		d, err := kb.ParseDate(v)
		if err != nil {
			return period{}, false
		}
		p.start, p.end, p.prec = d.Start(), d.End(), d.Precision()
	}
	p.yearless = yearless
	return p, !yearless || p.prec >= kb.Month
}

// widened returns p one unit of its precision longer at each end: what an
// approximate date ("près de", "about") may mean.
func (p period) widened() period {
	switch p.prec {
	case kb.Year:
		p.start, p.end = p.start.AddDate(-1, 0, 0), p.end.AddDate(1, 0, 0)
	case kb.Month:
		p.start, p.end = p.start.AddDate(0, -1, 0), p.end.AddDate(0, 1, 0)
	default:
		p.start, p.end = p.start.AddDate(0, 0, -1), p.end.AddDate(0, 0, 1)
	}
	return p
}

// inYear moves a year-less period to year y.
func (p period) inYear(y int) period {
	if !p.yearless {
		return p
	}
	shift := y - p.start.Year()
	p.start = p.start.AddDate(shift, 0, 0)
	p.end = p.end.AddDate(shift, 0, 0)
	p.yearless = false
	return p
}

// duration is a TIMEX3 duration value in days, with the unit it was
// written in.
type duration struct {
	days float64
	unit byte // 'Y', 'M', 'W', 'D', 'H'
}

// daysPer is the length in days of each duration unit.
var daysPer = map[byte]float64{'Y': 365.25, 'M': 30.4375, 'W': 7, 'D': 1, 'H': 1.0 / 24, 'm': 1.0 / 1440}

// parseDuration reads a TIMEX3 duration of a single known amount: P2D,
// P1Y, P1.5Y, P17M, P2W, PT48H. It reports false for "PXD" and for
// compound values.
func parseDuration(v string) (duration, bool) {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || len(rest) < 2 {
		return duration{}, false
	}
	timePart := false
	if r, ok := strings.CutPrefix(rest, "T"); ok {
		rest, timePart = r, true
	}
	unit := rest[len(rest)-1]
	if timePart {
		switch unit {
		case 'H':
		case 'M':
			unit = 'm'
		default:
			return duration{}, false
		}
	}
	n, err := strconv.ParseFloat(rest[:len(rest)-1], 64)
	per, known := daysPer[unit]
	if err != nil || !known || n <= 0 || (unit == 'H' && !timePart) {
		return duration{}, false
	}
	return duration{days: n * per, unit: unit}, true
}
