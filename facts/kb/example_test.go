package kb_test

import (
	"fmt"

	"factlens/facts/kb"
)

func ExampleParse() {
	_, err := kb.Parse("newsroom.json", []byte(`{
 "pack": "newsroom",
 "sources": [{"id": "s1", "publisher": "Newsroom", "url": "ftp://news.example/a", "says": "They met."}],
 "facts": [{"id": "f1", "statement": {"fr": "Réunion.", "en": "Meeting."}, "confidence": "sure", "sources": []}],
 "events": [{"id": "e1", "kind": "summit", "title": {"fr": "Sommet", "en": "Summit"}, "start": "2025-12-32",
   "participants": [{"person": "goita", "facts": ["f1"]}], "facts": ["f1"]}]
}`))
	fmt.Println(err)
	// Output:
	// newsroom.json: $.events[0].participants[0].person: unknown entity id "goita"
	// newsroom.json: $.events[0].start: malformed date "2025-12-32": want YYYY-MM-DD
	// newsroom.json: $.facts[0].confidence: unknown confidence "sure": want high, medium or low
	// newsroom.json: $.facts[0].sources: empty
	// newsroom.json: $.sources[0].url: URL "ftp://news.example/a" is not http or https
}
