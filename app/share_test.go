package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
)

// sharedText is a text of no article, as the /check page has.
func sharedText(lang, title, text string) facts.Article {
	return facts.Article{Lang: lang, Published: "2024-03-05", Title: title, Text: text}
}

// linkTests are articles and settings that ClassroomLink writes and
// ParseClassroomFragment reads back.
var linkTests = []struct {
	name     string
	article  facts.Article
	settings ClassSettings
	wantPath string // the link up to its fragment
	want     SharedClass
}{
	{
		name:     "article by id, default settings",
		article:  facts.Article{ID: "sommet-2025", Lang: "fr", Text: "Titre\nTexte."},
		wantPath: "/classroom/sommet-2025",
	},
	{
		name:     "article by id, dates with reasons",
		article:  facts.Article{ID: "summit", Lang: "en", Text: "Title\nText."},
		settings: ClassSettings{Kinds: []facts.Kind{facts.KindDate}, RequireReason: true},
		wantPath: "/classroom/summit",
		want:     SharedClass{Settings: ClassSettings{Kinds: []facts.Kind{facts.KindDate}, RequireReason: true}},
	},
	{
		name:     "kinds out of order and repeated",
		article:  facts.Article{ID: "summit"},
		settings: ClassSettings{Kinds: []facts.Kind{facts.KindAttendance, facts.KindDate, facts.KindAttendance}},
		wantPath: "/classroom/summit",
		want:     SharedClass{Settings: ClassSettings{Kinds: []facts.Kind{facts.KindDate, facts.KindAttendance}}},
	},
	{
		name:     "every kind named is the default",
		article:  facts.Article{ID: "summit"},
		settings: ClassSettings{Kinds: []facts.Kind{facts.KindFounding, facts.KindAttendance, facts.KindDate}},
		wantPath: "/classroom/summit",
	},
	{
		name:     "french text",
		article:  sharedText("fr", "Réunion à Niamey", "Réunion à Niamey\nLes dirigeants se sont réunis le 6 juillet 2024 à Niamey."),
		settings: ClassSettings{Kinds: []facts.Kind{facts.KindFounding}},
		wantPath: "/classroom",
		want: SharedClass{
			Settings: ClassSettings{Kinds: []facts.Kind{facts.KindFounding}},
			Text:     ptr(sharedText("fr", "Réunion à Niamey", "Réunion à Niamey\nLes dirigeants se sont réunis le 6 juillet 2024 à Niamey.")),
		},
	},
	{
		name:     "english text, language to detect",
		article:  sharedText("auto", "", "Leaders meet\nThey met on Tuesday.\r\n\r\nA second paragraph.\n"),
		wantPath: "/classroom",
		want:     SharedClass{Text: ptr(sharedText("", "", "Leaders meet\nThey met on Tuesday.\r\n\r\nA second paragraph.\n"))},
	},
	{
		name:     "unicode, newlines in the title",
		article:  sharedText("en", "Ouaga\n—  « 2025 » 🎓", "Ouagadougou — “quotes” & <tags> 🎓\n日本語 and العربية, a NUL \x00 too."),
		settings: ClassSettings{RequireReason: true},
		wantPath: "/classroom",
		want: SharedClass{
			Settings: ClassSettings{RequireReason: true},
			Text:     ptr(sharedText("en", "Ouaga — « 2025 » 🎓", "Ouagadougou — “quotes” & <tags> 🎓\n日本語 and العربية, a NUL \x00 too.")),
		},
	},
	{
		name:     "invalid id: the text is shared",
		article:  facts.Article{ID: "Bad ID", Lang: "fr", Published: "2025-12-22", Text: "Un texte."},
		wantPath: "/classroom",
		want:     SharedClass{Text: ptr(facts.Article{Lang: "fr", Published: "2025-12-22", Text: "Un texte."})},
	},
	{
		name:     "text at the limit",
		article:  sharedText("en", "Long", strings.Repeat("On 6 July 2024. ", MaxTextBytes/16)),
		wantPath: "/classroom",
		want:     SharedClass{Text: ptr(sharedText("en", "Long", strings.Repeat("On 6 July 2024. ", MaxTextBytes/16)))},
	},
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

func TestClassroomLink_RoundTrip(t *testing.T) {
	for _, tt := range linkTests {
		t.Run(tt.name, func(t *testing.T) {
			link, err := ClassroomLink(tt.article, tt.settings)
			if err != nil {
				t.Fatalf("ClassroomLink: %v", err)
			}
			path, fragment, _ := strings.Cut(link, "#")
			if path != tt.wantPath {
				t.Errorf("ClassroomLink path = %q, want %q", path, tt.wantPath)
			}
			if strings.ContainsFunc(fragment, func(r rune) bool {
				return !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=&", r)
			}) {
				t.Errorf("fragment %.60q has characters a URL would escape", fragment)
			}
			got, err := ParseClassroomFragment(fragment)
			if err != nil {
				t.Fatalf("ParseClassroomFragment(%.60q): %v", fragment, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClassroomLink_Compresses(t *testing.T) {
	text := strings.Repeat("Le sommet s’est tenu à Bamako le 22 décembre 2025. ", 2000)
	link, err := ClassroomLink(sharedText("fr", "", text), ClassSettings{})
	if err != nil {
		t.Fatal(err)
	}
	if len(link) > len(text)/20 {
		t.Errorf("link of %d bytes for %d bytes of repetitive text: not compressed", len(link), len(text))
	}
}

func TestClassroomLink_Errors(t *testing.T) {
	for _, tt := range []struct {
		name    string
		article facts.Article
	}{
		{"empty text", sharedText("fr", "T", " \n ")},
		{"over the limit", sharedText("fr", "T", strings.Repeat("a", MaxTextBytes+1))},
		{"invalid utf-8", sharedText("fr", "T", "a\xffb")},
		{"unknown language", sharedText("de", "T", "Ein Text.")},
		{"no date", facts.Article{Lang: "fr", Text: "Un texte."}},
		{"bad date", facts.Article{Lang: "fr", Published: "22/12/2025", Text: "Un texte."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if link, err := ClassroomLink(tt.article, ClassSettings{}); err == nil {
				t.Errorf("ClassroomLink = %.60q, want an error", link)
			}
		})
	}
}

// payload compresses raw as a link's text field does.
func payload(t testing.TB, raw string) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(raw))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

// badFragments are fragments no classroom link holds, with the error
// they must give; the raw payloads are compressed by the test.
var badFragments = []struct {
	name     string
	fragment string
	raw      string // when set, the fragment is "t=" and its payload
	want     error
}{
	{name: "field without value", fragment: "k", want: ErrLinkMalformed},
	{name: "empty field", fragment: "k=d&", want: ErrLinkMalformed},
	{name: "only an ampersand", fragment: "&", want: ErrLinkMalformed},
	{name: "no kind", fragment: "k=", want: ErrLinkMalformed},
	{name: "unknown kind", fragment: "k=dx", want: ErrLinkMalformed},
	{name: "kind twice", fragment: "k=dd", want: ErrLinkMalformed},
	{name: "upper-case kind", fragment: "k=D", want: ErrLinkMalformed},
	{name: "field twice", fragment: "k=d&k=f", want: ErrLinkMalformed},
	{name: "reason not 1", fragment: "r=0", want: ErrLinkMalformed},
	{name: "reason empty", fragment: "r=", want: ErrLinkMalformed},
	{name: "unknown field", fragment: "k=d&x=1", want: ErrLinkMalformed},
	{name: "percent-encoded", fragment: "k%3Dd", want: ErrLinkMalformed},
	{name: "empty text", fragment: "t=", want: ErrLinkMalformed},
	{name: "not base64", fragment: "t=a+b/c==", want: ErrLinkMalformed},
	{name: "not deflate", fragment: "t=" + base64.RawURLEncoding.EncodeToString([]byte("plain text, not compressed")), want: ErrLinkMalformed},
	{name: "cut deflate", fragment: "t=" + base64.RawURLEncoding.EncodeToString([]byte{0x0a, 0xc9}), want: ErrLinkMalformed},
	{name: "no header", raw: "just a text", want: ErrLinkMalformed},
	{name: "bad date", raw: "fr\n2025-13-01\nT\nUn texte.", want: ErrLinkMalformed},
	{name: "unknown language", raw: "de\n2025-12-01\nT\nEin Text.", want: ErrLinkMalformed},
	{name: "blank text", raw: "fr\n2025-12-01\nT\n  \n", want: ErrLinkMalformed},
	{name: "invalid utf-8", raw: "fr\n2025-12-01\nT\nUn \xff texte.", want: ErrLinkMalformed},
	{name: "title too long", raw: "fr\n2025-12-01\n" + strings.Repeat("t", maxTitleBytes+1) + "\nUn texte.", want: ErrLinkMalformed},
	{name: "text over the limit", raw: "en\n2025-12-01\nT\n" + strings.Repeat("a", MaxTextBytes+1), want: ErrLinkTextTooLong},
	{name: "zip bomb", raw: strings.Repeat("\x00", 16<<20), want: ErrLinkTextTooLong},
	{name: "payload too long", fragment: "t=" + strings.Repeat("A", maxPayloadChars+4), want: ErrLinkTextTooLong},
}

func TestParseClassroomFragment_Refuses(t *testing.T) {
	for _, tt := range badFragments {
		t.Run(tt.name, func(t *testing.T) {
			fragment := tt.fragment
			if tt.raw != "" {
				fragment = "k=d&t=" + payload(t, tt.raw)
			}
			got, err := ParseClassroomFragment(fragment)
			if !errors.Is(err, tt.want) {
				t.Errorf("ParseClassroomFragment(%.60q) = %+v, %v; want an error wrapping %v", fragment, got, err, tt.want)
			}
		})
	}
}

func TestParseClassroomFragment_Empty(t *testing.T) {
	got, err := ParseClassroomFragment("")
	if err != nil || !cmp.Equal(got, SharedClass{}) {
		t.Errorf(`ParseClassroomFragment("") = %+v, %v; want the default settings`, got, err)
	}
}

func FuzzParseClassroomFragment(f *testing.F) {
	for _, tt := range linkTests {
		link, err := ClassroomLink(tt.article, tt.settings)
		if err != nil {
			f.Fatal(err)
		}
		_, fragment, _ := strings.Cut(link, "#")
		f.Add(fragment)
	}
	for _, tt := range badFragments {
		if tt.raw != "" && len(tt.raw) < 1<<10 {
			f.Add("t=" + payload(f, tt.raw))
		} else if tt.fragment != "" && len(tt.fragment) < 1<<10 {
			f.Add(tt.fragment)
		}
	}
	f.Fuzz(func(t *testing.T, fragment string) {
		got, err := ParseClassroomFragment(fragment)
		if err != nil {
			if !errors.Is(err, ErrLinkMalformed) && !errors.Is(err, ErrLinkTextTooLong) {
				t.Fatalf("error %v wraps neither ErrLinkMalformed nor ErrLinkTextTooLong", err)
			}
			return
		}
		if got.Text != nil {
			if len(got.Text.Text) > MaxTextBytes || !utf8.ValidString(got.Text.Text) || got.Text.ID != "" {
				t.Fatalf("accepted a text of %d bytes (valid UTF-8: %v, id %q)", len(got.Text.Text), utf8.ValidString(got.Text.Text), got.Text.ID)
			}
		}
		// What was accepted encodes again to a link that reads the same.
		a := facts.Article{ID: "x"}
		if got.Text != nil {
			a = *got.Text
		}
		link, err := ClassroomLink(a, got.Settings)
		if err != nil {
			t.Fatalf("ClassroomLink of an accepted fragment: %v", err)
		}
		_, again, _ := strings.Cut(link, "#")
		got2, err := ParseClassroomFragment(again)
		if err != nil {
			t.Fatalf("ParseClassroomFragment(ClassroomLink(…)): %v", err)
		}
		if diff := cmp.Diff(got, got2); diff != "" {
			t.Fatalf("re-encoded link reads differently (-first +second):\n%s", diff)
		}
	})
}
