package timex_test

import (
	"fmt"
	"time"

	"factlens/facts/timex"
)

func ExampleTag() {
	text := "Le 22 décembre 2025, le sommet de deux jours s'est ouvert. La veille, les ministres s'étaient réunis."
	ref := time.Date(2025, 12, 22, 0, 0, 0, 0, time.UTC)
	for _, x := range timex.Tag(text, "fr", ref) {
		fmt.Printf("%q %v %s\n", text[x.Start:x.End], x.Type, x.Value)
	}
	// Output:
	// "22 décembre 2025" DATE 2025-12-22
	// "deux jours" DURATION P2D
	// "La veille" DATE 2025-12-21
}
