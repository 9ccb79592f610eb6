package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// topicTests hold generic nouns ("the alliance", "l’organisation") in a
// paragraph that names no organisation: they stand for the organisation
// the article is about, when the title or standfirst names it or the text
// names it twice.
var topicTests = []struct {
	name, lang, text string
	dates            []d
	want             []founding
}{
	{"named in the standfirst", "en",
		"Sahel leaders meet\nThe leaders met for the summit of their AES.\nThe alliance was formed in 2023.",
		[]d{{"2023", "2023"}},
		[]founding{{Text: "The alliance was formed in 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023"}}},
	{"named twice in the body", "fr",
		"Titre\nChapeau.\nL’AES tient son sommet. Les dirigeants de l’AES sont arrivés.\nL’organisation a été créée en 2023.",
		[]d{{"2023", "2023"}},
		[]founding{{Text: "L’organisation a été créée en 2023", Subject: "AES", SubjectID: "aes", Event: founded, Value: "2023"}}},
	{"named once in the body", "en",
		"Title\nStandfirst.\nThe AES summit opened.\nThe alliance was formed in 2023.",
		[]d{{"2023", "2023"}},
		nil},
}

func TestFind_ArticleTopic(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range topicTests {
		t.Run(tt.name, func(t *testing.T) {
			got := foundingsOf(Find(tt.text, tt.lang, datesOf(t, tt.text, tt.dates), g))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) founding claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
