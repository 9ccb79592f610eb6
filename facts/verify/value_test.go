package verify

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var parsePeriodTests = []struct {
	name, in   string
	start, end string // days, end exclusive; empty for "not a date"
	yearless   bool
	ranged     bool
}{
	{"day", "2025-12-22", "2025-12-22", "2025-12-23", false, false},
	{"month", "2023-09", "2023-09-01", "2023-10-01", false, false},
	{"year", "2014", "2014-01-01", "2015-01-01", false, false},
	{"decade", "201X", "2010-01-01", "2020-01-01", false, false},
	{"iso week", "2025-W52", "2025-12-22", "2025-12-29", false, false},
	{"week one", "2026-W01", "2025-12-29", "2026-01-05", false, false},
	{"time", "2025-12-23T08:00", "2025-12-23", "2025-12-23", false, false},
	{"interval", "2025-12-20/2025-12-21", "2025-12-20", "2025-12-22", false, true},
	{"year-less day", "XXXX-12-22", "0001-12-22", "0001-12-23", true, false},
	{"year-less interval", "XXXX-12-20/XXXX-12-21", "0001-12-20", "0001-12-22", true, true},
	{"reversed interval", "2025-12-21/2025-12-20", "", "", false, false},
	{"duration", "P2D", "", "", false, false},
	{"present", "PRESENT_REF", "", "", false, false},
	{"year-less year", "XXXX", "", "", false, false},
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range parsePeriodTests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := parsePeriod(tt.in)
			if ok != (tt.start != "") {
				t.Fatalf("parsePeriod(%q) ok = %v, want %v", tt.in, ok, !ok)
			}
			if !ok {
				return
			}
			got := []any{p.start.Format(time.DateOnly), p.end.Format(time.DateOnly), p.yearless, p.ranged}
			if tt.in == "2025-12-23T08:00" {
				got[1] = p.end.Add(-time.Minute).Format(time.DateOnly)
			}
			want := []any{tt.start, tt.end, tt.yearless, tt.ranged}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("parsePeriod(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

var parseDurationTests = []struct {
	in   string
	days float64 // 0 for "not a duration"
}{
	{"P2D", 2},
	{"P1Y", 365.25},
	{"P1.5Y", 547.875},
	{"P17M", 17 * 30.4375},
	{"P2W", 14},
	{"PT48H", 2},
	{"PT30M", 30.0 / 1440},
	{"PXD", 0},
	{"P1Y6M", 0},
	{"P2H", 0},
	{"2D", 0},
	{"P0D", 0},
}

func TestParseDuration(t *testing.T) {
	for _, tt := range parseDurationTests {
		d, ok := parseDuration(tt.in)
		if ok != (tt.days != 0) || ok && math.Abs(d.days-tt.days) > 1e-9 {
			t.Errorf("parseDuration(%q) = %v, %v; want %v days", tt.in, d.days, ok, tt.days)
		}
	}
}

var toleranceTests = []struct {
	name          string
	claimed, real float64
	want          string
}{
	{"exact", 2, 2, "supported"},
	{"within ten percent", 365.25, 390, "supported"},
	{"a year for seventeen months", 365.25, 534, "imprecise"},
	{"half again", 3, 2, "imprecise"},
	{"five for two", 5, 2, "contradicted"},
}

func TestByTolerance(t *testing.T) {
	for _, tt := range toleranceTests {
		if got := byTolerance(tt.claimed, tt.real).String(); got != tt.want {
			t.Errorf("%s: byTolerance(%v, %v) = %s, want %s", tt.name, tt.claimed, tt.real, got, tt.want)
		}
	}
}

// TestLexicons checks that both languages can write every explanation.
func TestLexicons(t *testing.T) {
	keys := func(m map[string]string) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	if diff := cmp.Diff(keys(lexiconFR.msg), keys(lexiconEN.msg)); diff != "" {
		t.Errorf("explanation templates differ between fr and en (-fr +en):\n%s", diff)
	}
}
