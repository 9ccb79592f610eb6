package verify_test

import (
	"fmt"
	"strings"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
	"factlens/facts/verify"
)

func ExampleVerifier_Claims() {
	b, err := kb.Default()
	if err != nil {
		panic(err)
	}
	text := "The second AES summit opened in Bamako on December 25, 2025."
	start := strings.Index(text, "December 25, 2025")
	cs := []facts.Claim{{
		ID: "c1", Kind: facts.KindDate, Start: start, End: start + len("December 25, 2025"),
		Text: "December 25, 2025", Type: "DATE", Value: "2025-12-25",
		Sentence: facts.Span{Start: 0, End: len(text)},
	}}
	verify.New(b).Claims(text, "en", time.Date(2025, 12, 26, 0, 0, 0, 0, time.UTC), cs)
	fmt.Println(cs[0].Verdict, cs[0].Facts)
	fmt.Println(cs[0].Explanation)
	// Output:
	// contradicted [summit2-dates summit2-postponed]
	// "Second summit of the AES heads of state in Bamako" took place from 22 to 23 December 2025 (allAfrica), not "December 25, 2025". The error "mardi 25 décembre 2025" also appeared in Le Bainetien and L'Économiste du Mali.
}
