package app

import (
	"testing"

	"factlens/facts"
)

func TestReader_LiveNotes(t *testing.T) {
	tests := []struct {
		name   string
		claims int
		late   late
		want   bool
	}{
		{"first render", 7, late{}, false},
		{"after the delay", 7, late{built: true}, true},
		{"after the delay, as many claims as built live", maxLiveNotes, late{built: true}, true},
		{"after the delay, too many claims", maxLiveNotes + 1, late{built: true}, false},
		{"printing, too many claims", maxLiveNotes + 1, late{built: true, printing: true}, true},
		{"printing before the delay", 7, late{printing: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{late: tt.late}
			r.Page.Report.Claims = make([]facts.Claim, tt.claims)
			if got := r.liveNotes(); got != tt.want {
				t.Errorf("liveNotes() = %v, want %v", got, tt.want)
			}
		})
	}
}
