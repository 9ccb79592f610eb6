package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEmbedded(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles() {
		if !utf8.ValidString(a.Text) {
			t.Errorf("article %s: text is not valid UTF-8", a.ID)
		}
		if a.Title == "" || !strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("article %s: title %q is not the text's first line", a.ID, a.Title)
		}
		got, ok := c.Lookup(a.ID)
		if !ok || got.Text != a.Text {
			t.Errorf("Lookup(%q) = %v, want the article", a.ID, ok)
		}
	}
	if _, ok := c.Lookup("no-such-article"); ok {
		t.Error(`Lookup("no-such-article") found an article`)
	}
	if d := c.Default(); d.ID != c.Articles()[0].ID {
		t.Errorf("Default() = %s, want the first article", d.ID)
	}
}
