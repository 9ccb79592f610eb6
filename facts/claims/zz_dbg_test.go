package claims

import (
	"fmt"
	"os"
	"testing"
	"time"

	"factlens/facts/timex"
)

func TestZZDbg(t *testing.T) {
	text := os.Getenv("ZZD")
	if text == "" {
		t.Skip()
	}
	g := testGazetteer(t)
	s := newScanner(text, os.Getenv("ZZL"), timex.Tag(text, "fr", time.Now()), g)
	for _, m := range s.ments {
		a, b := s.tokenSpan(m.t0, m.t1)
		fmt.Printf("mention %q kind=%v parens=%v\n", s.text[a:b], m.kind, m.inParens)
	}
}
