package verify

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSettleWords checks that both languages name the same sources, with
// the same arguments, and an event noun for every kind of event the
// lexicons read.
func TestSettleWords(t *testing.T) {
	verbs := func(m map[string]string) map[string]int {
		n := make(map[string]int, len(m))
		for k, s := range m {
			n[k] = strings.Count(s, "%s")
		}
		return n
	}
	if diff := cmp.Diff(verbs(settleFR), verbs(settleEN)); diff != "" {
		t.Errorf("source phrases differ between fr and en (-fr +en):\n%s", diff)
	}
	for _, lex := range []*lexicon{&lexiconFR, &lexiconEN} {
		for _, w := range slices.Sorted(maps.Keys(lex.kinds)) {
			for _, k := range lex.kinds[w] {
				if _, ok := settleEN["event/"+string(k)]; !ok {
					t.Errorf("no event noun for kind %q (the word %q)", k, w)
				}
			}
		}
	}
	for e := range foundingKinds {
		if _, ok := settleEN["act/"+e]; !ok {
			t.Errorf("no act for founding event %q", e)
		}
	}
}
