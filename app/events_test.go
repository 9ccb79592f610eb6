//go:build !wasm

package app

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReader_ClaimOfID(t *testing.T) {
	p := frPage()
	// Claim 7 cannot be placed in the text: it has no highlight.
	p.Report.Claims[6].Start, p.Report.Claims[6].End = len(frText)+1, len(frText)+5
	h := mount(t, p, false)
	type result struct {
		I  int
		OK bool
	}
	for _, tt := range []struct {
		id    string
		links claimLinks
		want  result
	}{
		{"claim-c1", markLinks, result{0, true}},
		{"claim-c4", markLinks, result{3, true}},
		{"entry-c4", entryLinks, result{3, true}},
		{"entry-c7", entryLinks, result{6, true}},
		{"claim-c7", markLinks, result{-1, false}}, // no highlight
		{"claim-c8", markLinks, result{-1, false}}, // 7 claims
		{"entry-c0", entryLinks, result{-1, false}},
		{"claim-c-1", markLinks, result{-1, false}},
		{"claim-c01", markLinks, result{-1, false}},
		{"claim-c+1", markLinks, result{-1, false}},
		{"claim-c", markLinks, result{-1, false}},
		{"entry-c3", markLinks, result{-1, false}},
		{"note-c3", entryLinks, result{-1, false}},
		{"", markLinks, result{-1, false}},
	} {
		i, ok := h.claimOfID(tt.id, tt.links)
		if diff := cmp.Diff(tt.want, result{i, ok}); diff != "" {
			t.Errorf("claimOfID(%q, %v) (-want +got):\n%s", tt.id, tt.links, diff)
		}
	}
}
