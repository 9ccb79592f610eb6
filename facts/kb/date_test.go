package kb_test

import (
	"testing"
	"time"

	"factlens/facts/kb"
)

var parseDateTests = []struct {
	name, in   string
	prec       kb.Precision
	start, end string // RFC 3339; empty for an error
}{
	{"year", "2014", kb.Year, "2014-01-01T00:00:00Z", "2015-01-01T00:00:00Z"},
	{"month", "2025-07", kb.Month, "2025-07-01T00:00:00Z", "2025-08-01T00:00:00Z"},
	{"day", "2023-09-16", kb.Day, "2023-09-16T00:00:00Z", "2023-09-17T00:00:00Z"},
	{"minute", "2025-12-23T08:00", kb.Minute, "2025-12-23T08:00:00Z", "2025-12-23T08:01:00Z"},
	{"leap day", "2024-02-29", kb.Day, "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z"},
	{"no leap day", "2025-02-29", 0, "", ""},
	{"month 13", "2025-13", 0, "", ""},
	{"french order", "16/09/2023", 0, "", ""},
	{"seconds", "2025-12-23T08:00:00", 0, "", ""},
	{"empty", "", 0, "", ""},
}

func TestParseDate(t *testing.T) {
	for _, tt := range parseDateTests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := kb.ParseDate(tt.in)
			if tt.start == "" {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tt.in, d)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q) error: %v", tt.in, err)
			}
			if d.Precision() != tt.prec || d.Start().Format(time.RFC3339) != tt.start || d.End().Format(time.RFC3339) != tt.end {
				t.Errorf("ParseDate(%q) = %v [%s, %s), want precision %v [%s, %s)", tt.in, d.Precision(),
					d.Start().Format(time.RFC3339), d.End().Format(time.RFC3339), tt.prec, tt.start, tt.end)
			}
			if d.String() != tt.in {
				t.Errorf("ParseDate(%q).String() = %q", tt.in, d.String())
			}
		})
	}
}

func TestErrorList(t *testing.T) {
	var l kb.ErrorList
	if l.Err() != nil {
		t.Errorf("empty ErrorList.Err() = %v, want nil", l.Err())
	}
	l.Add("b.json", "$.facts[0]", "second")
	l.Add("a.json", "$.facts[1].id", "first")
	l.Sort()
	want := "a.json: $.facts[1].id: first\nb.json: $.facts[0]: second"
	if got := l.Err().Error(); got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
}
