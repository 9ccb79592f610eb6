package claims_test

import (
	"fmt"

	"factlens/facts"
	"factlens/facts/claims"
	"factlens/facts/timex"
)

func ExampleFind() {
	g, err := claims.NewGazetteer([]facts.Entity{
		{ID: "aes", Kind: facts.OrganisationEntity, Names: map[string]string{"fr": "AES"},
			Aliases: []string{"Alliance des États du Sahel"}},
		{ID: "goita", Kind: facts.PersonEntity, Names: map[string]string{"fr": "Assimi Goïta"}, Aliases: []string{"Goïta"}},
	})
	if err != nil {
		panic(err)
	}
	text := "L’AES, formée en septembre 2023, a tenu un sommet à Bamako sous la présidence de Goïta."
	dates := []timex.Timex{{Start: 20, End: 34, Type: timex.Date, Value: "2023-09"}}
	for _, c := range claims.Find(text, "fr", dates, g) {
		fmt.Printf("%s %s %q", c.ID, c.Kind, c.Text)
		switch c.Kind {
		case facts.KindFounding:
			fmt.Printf(" %s %s %s", c.Subject, c.Event, c.Value)
		case facts.KindAttendance:
			fmt.Printf(" %s %s at %s in %s", c.People[0].Name, c.People[0].Role, c.Event, c.Place)
		}
		fmt.Println()
	}
	// Output:
	// c1 founding "formée en septembre 2023" AES founded 2023-09
	// c2 date "septembre 2023"
	// c3 attendance "sous la présidence de Goïta" Assimi Goïta chair at un sommet in Bamako
}
