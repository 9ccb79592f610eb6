package check_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/corpus"
	"factlens/facts/kb"
)

func newChecker(t testing.TB) *check.Checker {
	t.Helper()
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := check.New(base)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var ref = time.Date(2025, 12, 22, 0, 0, 0, 0, time.UTC)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // error message; "" for none
	}{
		{"plain text", "Le sommet s'est ouvert hier.", ""},
		{"accents", "Cédéao, Goïta, Tiani", ""},
		{"empty", "", "input is empty"},
		{"blank", " \n\t ", "input is empty"},
		{"invalid first byte", "\xffabc", "input is not valid UTF-8 at byte 0"},
		{"invalid after accent", "é\xc3(", "input is not valid UTF-8 at byte 2"},
		{"truncated rune at end", "abc\xe2\x82", "input is not valid UTF-8 at byte 3"},
		{"too large", strings.Repeat("a", check.MaxInput+1), "input is over 10 MiB"},
		{"exactly the limit", strings.Repeat("a", check.MaxInput), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := check.Validate(tt.text)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Validate(%.20q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestValidate_Offset(t *testing.T) {
	err := check.Validate("ab\x80")
	var ie *check.InputError
	if !errors.As(err, &ie) || ie.Offset != 2 {
		t.Fatalf("Validate = %v, want an *InputError at offset 2", err)
	}
	if !errors.Is(check.Validate(""), check.ErrEmpty) {
		t.Error("Validate(\"\") is not ErrEmpty")
	}
}

func TestCheck_Options(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		name     string
		opt      check.Options
		text     string
		wantLang string
		wantErr  string
	}{
		{"french forced", check.Options{Lang: "fr", Ref: ref}, "The summit opened yesterday.", "fr", ""},
		{"english forced", check.Options{Lang: "en", Ref: ref}, "Le sommet s'est ouvert hier.", "en", ""},
		{"unknown language", check.Options{Lang: "de", Ref: ref}, "Der Gipfel.", "", `check: unknown language "de" (want fr, en or auto)`},
		{"no reference date", check.Options{Lang: "fr"}, "Hier.", "", "check: no reference date"},
		{"invalid text", check.Options{Ref: ref}, "\xff", "", "input is not valid UTF-8 at byte 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := c.Check(tt.text, tt.opt)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr {
				t.Fatalf("Check error = %q, want %q", gotErr, tt.wantErr)
			}
			if err == nil && (r.Lang != tt.wantLang || r.Ref != "2025-12-22") {
				t.Errorf("Check = lang %q ref %q, want %q 2025-12-22", r.Lang, r.Ref, tt.wantLang)
			}
		})
	}
}

// checkReport fails t unless r keeps the contract on text: spans slice to
// the claim text on rune boundaries, claims sorted, verdicts valid, facts
// cited for every verdict but unverified and present in the evidence.
func checkReport(t testing.TB, text string, r facts.Report) {
	t.Helper()
	last := -1
	ids := map[string]bool{}
	for _, c := range r.Claims {
		if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
			t.Fatalf("claim %s: span %d..%d outside text of %d bytes", c.ID, c.Start, c.End, len(text))
		}
		if !utf8.RuneStart(text[c.Start]) || (c.End < len(text) && !utf8.RuneStart(text[c.End])) {
			t.Fatalf("claim %s: span %d..%d not on rune boundaries", c.ID, c.Start, c.End)
		}
		if text[c.Start:c.End] != c.Text {
			t.Fatalf("claim %s: text[%d:%d] = %q, claim text %q", c.ID, c.Start, c.End, text[c.Start:c.End], c.Text)
		}
		if c.Start < last {
			t.Fatalf("claim %s: not sorted by start", c.ID)
		}
		last = c.Start
		if ids[c.ID] {
			t.Fatalf("claim %s: duplicate id", c.ID)
		}
		ids[c.ID] = true
		if _, err := c.Kind.MarshalText(); err != nil {
			t.Fatalf("claim %s: %v", c.ID, err)
		}
		if _, err := c.Verdict.MarshalText(); err != nil {
			t.Fatalf("claim %s: %v", c.ID, err)
		}
		if c.Facts == nil {
			t.Fatalf("claim %s: Facts is nil, want a list", c.ID)
		}
		if c.Verdict != facts.Unverified && len(c.Facts) == 0 {
			t.Fatalf("claim %s: verdict %s cites no fact", c.ID, c.Verdict)
		}
		for _, id := range c.Facts {
			if _, ok := r.Evidence[id]; !ok {
				t.Fatalf("claim %s: fact %s missing from the evidence", c.ID, id)
			}
		}
	}
}

func TestCheck_DefaultArticle(t *testing.T) {
	cor, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	a := cor.Default()
	r, err := newChecker(t).Check(a.Text, check.Options{Ref: ref})
	if err != nil {
		t.Fatal(err)
	}
	if r.Lang != a.Lang {
		t.Errorf("detected language %q, want %q", r.Lang, a.Lang)
	}
	checkReport(t, a.Text, r)
}

func TestCheck_Deterministic(t *testing.T) {
	c := newChecker(t)
	text := megabyte(64 << 10)
	r1, err := c.Check(text, check.Options{Ref: ref})
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := c.Check(text, check.Options{Ref: ref})
	if diff := cmp.Diff(r1, r2); diff != "" {
		t.Errorf("two checks of one text differ (-first +second):\n%s", diff)
	}
	checkReport(t, text, r1)
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Le 22 décembre 2025, Bamako a accueilli le sommet.",
		"The alliance was formed in September 2023 and withdrew from ECOWAS in January.",
		"L e 1er mars, les 20 et 21 décembre, du 13 au 15 juillet.",
		"Étaient présents Assimi Goïta et Abdourahamane Tiani ; Ibrahim Traoré était absent.",
		"il y a trois jours, two weeks ago, un an et demi, 48 heures",
		"\u202eé\u0301 2025-12-22 1/3/2013",
	} {
		f.Add(s)
	}
	c := newChecker(f)
	f.Fuzz(func(t *testing.T, text string) {
		r, err := c.Check(text, check.Options{Ref: ref})
		if err != nil {
			if check.Validate(text) == nil {
				t.Fatalf("Check(%q) = %v for a valid text", text, err)
			}
			return
		}
		checkReport(t, text, r)
	})
}

func BenchmarkCheckDefaultArticle(b *testing.B) {
	cor, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	a := cor.Default()
	c := newChecker(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Check(a.Text, check.Options{Lang: a.Lang, Ref: ref}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckMegabyte(b *testing.B) {
	text := megabyte(1 << 20)
	c := newChecker(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Check(text, check.Options{Ref: ref}); err != nil {
			b.Fatal(err)
		}
	}
}

// megabyte returns about n bytes of French and English news text, made
// from sentence patterns varied by a counter so no two paragraphs are the
// same.
func megabyte(n int) string {
	months := [...][2]string{{"janvier", "January"}, {"mars", "March"}, {"juillet", "July"}, {"septembre", "September"}, {"décembre", "December"}}
	people := [...]string{"Assimi Goïta", "Abdourahamane Tiani", "Ibrahim Traoré", "Mahamat Déby", "Bola Tinubu"}
	orgs := [...]string{"l’AES", "la Cédéao", "le G5 Sahel", "l’Union africaine", "la Force conjointe"}
	orgsEN := [...]string{"the AES", "ECOWAS", "the G5 Sahel", "the African Union", "the joint force"}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		m, p, o := months[i%len(months)], people[i%len(people)], i%len(orgs)
		day, year := 1+i%28, 2000+i%26
		if i%2 == 0 {
			fmt.Fprintf(&sb, "Le %d %s %d, %s a réuni à Bamako les ministres de %d pays, en présence de %s. ", day, m[0], year, orgs[o], 3+i%9, p)
			fmt.Fprintf(&sb, "Créée en %s %d comme pacte de défense, l’organisation a annoncé son retrait de %s il y a %d jours ; ", m[0], year-1, orgs[(o+1)%len(orgs)], 2+i%20)
			fmt.Fprintf(&sb, "le sommet de deux jours s’est tenu les %d et %d %s, malgré l’absence de %s le premier jour. ", day, day+1, m[0], people[(i+1)%len(people)])
			fmt.Fprintf(&sb, "Les 17 articles de la charte et les 72 millions d’habitants comptent, selon la page %d du rapport.\n", 10+i%90)
		} else {
			fmt.Fprintf(&sb, "On %s %d, %d, %s met in Niamey, a meeting attended by %s and chaired by %s. ", m[1], day, year, orgsEN[o], p, people[(i+2)%len(people)])
			fmt.Fprintf(&sb, "The bloc, set up in %d, withdrew from %s two weeks ago after a decade of tension; ", year-3, orgsEN[(o+1)%len(orgsEN)])
			fmt.Fprintf(&sb, "talks lasted 48 hours last week, and %s was absent on the first day. ", people[(i+3)%len(people)])
			fmt.Fprintf(&sb, "Officials may meet again next month, the ministry said on page %d of its report.\n", 2+i%50)
		}
	}
	return sb.String()
}

func TestCheckArticle(t *testing.T) {
	c := newChecker(t)
	tests := []struct {
		name      string
		a         facts.Article
		wantLang  string
		wantRef   string
		wantValue string // of the first claim
		wantErr   string
	}{
		{"published date is the reference", facts.Article{Lang: "en", Published: "2024-03-05", Text: "The summit opened yesterday."},
			"en", "2024-03-05", "2024-03-04", ""},
		{"language detected when empty", facts.Article{Published: "2025-12-22", Text: "Le sommet s'est ouvert hier à Bamako."},
			"fr", "2025-12-22", "2025-12-21", ""},
		{"no publication date", facts.Article{Lang: "fr", Text: "Hier."}, "", "", "", `check: publication date "" is not YYYY-MM-DD`},
		{"bad publication date", facts.Article{Lang: "fr", Published: "22/12/2025", Text: "Hier."}, "", "", "", `check: publication date "22/12/2025" is not YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := c.CheckArticle(tt.a)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr {
				t.Fatalf("CheckArticle error = %q, want %q", gotErr, tt.wantErr)
			}
			if err != nil {
				return
			}
			value := ""
			if len(r.Claims) > 0 {
				value = r.Claims[0].Value
			}
			got := []string{r.Lang, r.Ref, value}
			if diff := cmp.Diff([]string{tt.wantLang, tt.wantRef, tt.wantValue}, got); diff != "" {
				t.Errorf("lang, ref, first value (-want +got):\n%s", diff)
			}
		})
	}
}
