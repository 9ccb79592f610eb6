package kb_test

import (
	"errors"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/kb"
)

func TestDefault(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	ids := b.FactIDs()
	if len(ids) < 30 {
		t.Errorf("Default() has %d facts, want at least 30", len(ids))
	}
	for _, id := range ids {
		f, ok := b.Fact(id)
		if !ok {
			t.Fatalf("Fact(%q) not found", id)
		}
		if len(f.Sources) == 0 {
			t.Errorf("Fact(%q) has no source", id)
		}
		if f.Statement["fr"] == "" || f.Statement["en"] == "" {
			t.Errorf("Fact(%q) lacks a French or English statement", id)
		}
		for _, s := range f.Sources {
			u, err := url.Parse(s.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Errorf("Fact(%q) source URL %q is not http(s)", id, s.URL)
			}
			if s.Publisher == "" || s.Says == "" {
				t.Errorf("Fact(%q) source %q lacks a publisher or paraphrase", id, s.URL)
			}
		}
	}
	for _, e := range b.Events() {
		if len(e.Facts) == 0 {
			t.Errorf("event %q cites no fact", e.ID)
		}
		if e.Kind == kb.Dissolution {
			t.Errorf("event %q: the dossier found no act of dissolution", e.ID)
		}
	}
	for _, e := range b.Errata() {
		if len(e.Facts) == 0 {
			t.Errorf("erratum of %s cites no fact", e.Outlet)
		}
	}
}

// TestDefault_Gazetteer checks that the names texts use reach the right
// entity.
func TestDefault_Gazetteer(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"aes":                 {"AES", "Alliance des États du Sahel", "Confédération des États du Sahel", "Alliance of Sahel States"},
		"ecowas":              {"Cédéao", "CEDEAO", "ECOWAS"},
		"assimi-goita":        {"Goïta", "Goita", "Assimi Goïta"},
		"abdourahamane-tiani": {"Tiani", "Tchiani"},
		"ibrahim-traore":      {"Traoré", "Ibrahim Traoré"},
		"fu-aes":              {"Force conjointe", "Force unifiée", "FU-AES"},
		"g5-sahel":            {"G5 Sahel"},
		"mali":                {"Mali"},
		"niger":               {"Niger"},
		"burkina-faso":        {"Burkina Faso"},
		"bamako":              {"Bamako"},
		"niamey":              {"Niamey"},
	}
	got := make(map[string][]string)
	for _, e := range b.Entities() {
		for _, n := range e.Names {
			got[e.ID] = append(got[e.ID], n)
		}
		got[e.ID] = append(got[e.ID], e.Aliases...)
	}
	for id, names := range want {
		for _, n := range names {
			if !slices.Contains(got[id], n) {
				t.Errorf("entity %q: name %q missing from %q", id, n, got[id])
			}
		}
	}
}

func TestBase_Fact(t *testing.T) {
	b, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, ok := b.Fact("summit2-dates")
	if !ok {
		t.Fatal(`Fact("summit2-dates") not found`)
	}
	if f.Date != "2025-12-22/2025-12-23" || f.Confidence != "high" {
		t.Errorf(`Fact("summit2-dates") date, confidence = %q, %q; want "2025-12-22/2025-12-23", "high"`, f.Date, f.Confidence)
	}
	want := facts.Source{
		Publisher: "allAfrica",
		URL:       "https://fr.allafrica.com/stories/202512220570.html",
		Date:      "2025-12-22",
		Says:      f.Sources[0].Says,
	}
	if diff := cmp.Diff(want, f.Sources[0]); diff != "" {
		t.Errorf(`Fact("summit2-dates").Sources[0] mismatch (-want +got):\n%s`, diff)
	}
	if _, ok := b.Fact("no-such-fact"); ok {
		t.Error(`Fact("no-such-fact") found`)
	}
}

// minimal is a valid pack that the error rows break.
const minimal = `{
 "pack": "p",
 "sources": [{"id": "s1", "publisher": "Pub", "url": "https://example.org/a", "says": "It says so."}],
 "ranks": [{"id": "general", "names": {"fr": "général", "en": "general"}}],
 "entities": [
  {"id": "x", "kind": "person", "names": {"fr": "X"}, "titles": [{"rank": "general", "from": "2020", "facts": ["f1"]}]},
  {"id": "town", "kind": "place", "names": {"en": "Town"}}
 ],
 "events": [{"id": "e1", "kind": "summit", "title": {"fr": "Sommet", "en": "Summit"}, "start": "2025-12-22", "end": "2025-12-23",
   "place": "town", "participants": [{"person": "x", "present": ["2025-12-22"], "facts": ["f1"]}], "facts": ["f1"]}],
 "facts": [{"id": "f1", "statement": {"fr": "Oui.", "en": "Yes."}, "date": "2025-12-22", "confidence": "high", "sources": ["s1"]}]
}`

func TestParse(t *testing.T) {
	p, err := kb.Parse("ok.json", []byte(minimal))
	if err != nil {
		t.Fatalf("Parse(minimal) error: %v", err)
	}
	e := p.Events[0]
	if got, want := e.End.String(), "2025-12-23"; got != want {
		t.Errorf("event end = %q, want %q", got, want)
	}
	if got := p.Entities[0].Kind; got != facts.PersonEntity {
		t.Errorf("entity kind = %v, want person", got)
	}
}

var parseErrorTests = []struct {
	name string
	data string
	// want are the "path: message substring" of every error expected.
	want []string
}{
	{"not json", `{"pack": `, []string{"$: invalid JSON"}},
	{"trailing data", `{"pack": "p"} {}`, []string{"$: invalid JSON: data after"}},
	{"not an object", `[]`, []string{"$: want an object, got array"}},
	{"unknown fields", `{"pack": "p", "facts": [], "extra": 1, "also": 2}`,
		[]string{"$.also: unknown field", "$.extra: unknown field"}},
	{"missing pack name", `{}`, []string{"$.pack: missing required field"}},
	{"wrong types", `{"pack": 3, "facts": {}}`,
		[]string{"$.facts: want an array, got object", "$.pack: want a string, got number"}},
	{"fact without source", rewrite(`"sources": ["s1"]}]`, `"sources": []}]`),
		[]string{"$.facts[0].sources: empty"}},
	{"fact with unknown source", rewrite(`"sources": ["s1"]}]`, `"sources": ["s9"]}]`),
		[]string{`$.facts[0].sources[0]: unknown source id "s9"`}},
	{"unknown participant", rewrite(`"person": "x"`, `"person": "y"`),
		[]string{`$.events[0].participants[0].person: unknown entity id "y"`}},
	{"participant is a place", rewrite(`"person": "x"`, `"person": "town"`),
		[]string{`$.events[0].participants[0].person: entity "town" is of kind place, want person`}},
	{"unknown fact", rewrite(`["f1"]}], "facts": ["f1"]}]`, `["f1"]}], "facts": ["f2"]}]`),
		[]string{`$.events[0].facts[0]: unknown fact id "f2"`}},
	{"event without fact", rewrite(`["f1"]}], "facts": ["f1"]}]`, `["f1"]}], "facts": []}]`),
		[]string{"$.events[0].facts: empty"}},
	{"duplicate ids", rewrite(`{"id": "town"`, `{"id": "x"`),
		[]string{`$.entities[1].id: duplicate entity id "x"`, `$.events[0].place: unknown entity id "town"`}},
	{"malformed dates", rewrite(`"end": "2025-12-23"`, `"end": "23/12/2025"`),
		[]string{`$.events[0].end: malformed date "23/12/2025"`}},
	{"impossible date", rewrite(`"date": "2025-12-22"`, `"date": "2025-02-30"`),
		[]string{`$.facts[0].date: malformed date "2025-02-30"`}},
	{"end before start", rewrite(`"end": "2025-12-23"`, `"end": "2025-12-21"`),
		[]string{"$.events[0].end: ends (2025-12-21) before it starts (2025-12-22)",
			"$.events[0].participants[0].present[0]: day 2025-12-22 is outside the event"}},
	{"non-http url", rewrite(`"url": "https://example.org/a"`, `"url": "ftp://example.org/a"`),
		[]string{`$.sources[0].url: URL "ftp://example.org/a" is not http or https`}},
	{"relative url", rewrite(`"url": "https://example.org/a"`, `"url": "/a"`),
		[]string{`$.sources[0].url: URL "/a" is not http or https`}},
	{"bad kinds", rewrite(`"kind": "summit"`, `"kind": "party"`),
		[]string{`$.events[0].kind: unknown event kind "party"`}},
	{"bad confidence and missing statement", rewrite(`"statement": {"fr": "Oui.", "en": "Yes."}, "date": "2025-12-22", "confidence": "high"`, `"confidence": "sure"`),
		[]string{`$.facts[0].confidence: unknown confidence "sure"`, "$.facts[0].statement: missing required field"}},
	{"missing english title", rewrite(`"title": {"fr": "Sommet", "en": "Summit"}`, `"title": {"fr": "Sommet", "de": "Gipfel"}`),
		[]string{"$.events[0].title.de: unknown field", "$.events[0].title.en: missing required field"}},
	{"unknown rank", rewrite(`{"rank": "general"`, `{"rank": "admiral"`),
		[]string{`$.entities[0].titles[0].rank: unknown rank id "admiral"`}},
	{"day outside event", rewrite(`"present": ["2025-12-22"]`, `"present": ["2025-12-24"]`),
		[]string{"$.events[0].participants[0].present[0]: day 2025-12-24 is outside the event"}},
	{"malformed id", rewrite(`{"id": "e1"`, `{"id": "E 1"`),
		[]string{`$.events[0].id: malformed id "E 1"`}},
}

// rewrite returns minimal with old replaced by new; old must occur.
func rewrite(old, new string) string {
	if !strings.Contains(minimal, old) {
		panic("rewrite: " + old + " not in minimal pack")
	}
	return strings.Replace(minimal, old, new, 1)
}

func TestParse_Errors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := kb.Parse("bad.json", []byte(tt.data))
			if err == nil {
				t.Fatalf("Parse() = %v, want an error", p)
			}
			if p != nil {
				t.Errorf("Parse() returned a pack with its error")
			}
			var list kb.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Parse() error %T is not an ErrorList", err)
			}
			var got []string
			for _, e := range list {
				if e.File != "bad.json" {
					t.Errorf("error file = %q, want bad.json", e.File)
				}
				got = append(got, e.Path+": "+e.Msg)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Parse() errors:\n%s\nwant %d errors:\n%s", strings.Join(got, "\n"), len(tt.want), strings.Join(tt.want, "\n"))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("error %d = %q, want prefix %q", i, got[i], w)
				}
			}
		})
	}
}

// newsroom is a pack extending the default one: it uses the default's
// entities and adds a fact and an event of its own.
const newsroom = `{
 "pack": "newsroom",
 "extends": ["aes-default"],
 "sources": [{"id": "nr-1", "publisher": "Newsroom", "url": "https://news.example/a", "says": "The leaders met."}],
 "events": [{"id": "nr-meeting", "kind": "meeting", "title": {"fr": "Réunion", "en": "Meeting"}, "start": "2026-01-10",
   "place": "bamako", "participants": [{"person": "assimi-goita", "present": ["2026-01-10"], "facts": ["nr-fact"]}], "facts": ["nr-fact"]}],
 "facts": [{"id": "nr-fact", "statement": {"fr": "Réunion.", "en": "Meeting."}, "confidence": "medium", "sources": ["nr-1"]}]
}`

func TestNew(t *testing.T) {
	def, err := kb.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	nr, err := kb.Parse("newsroom.json", []byte(newsroom))
	if err != nil {
		t.Fatalf("Parse(newsroom) error: %v", err)
	}
	b, err := kb.New(def, nr)
	if err != nil {
		t.Fatalf("New(default, newsroom) error: %v", err)
	}
	if _, ok := b.Fact("nr-fact"); !ok {
		t.Error("merged base lacks the newsroom fact")
	}
	if _, ok := b.Fact("summit2-dates"); !ok {
		t.Error("merged base lacks the default facts")
	}
}

var newErrorTests = []struct {
	name    string
	newsrm  string
	withDef bool
	want    []string
}{
	{"extended pack not loaded", newsroom, false, []string{
		`newsroom.json: $.events[0].participants[0].person: unknown entity id "assimi-goita"`,
		`newsroom.json: $.events[0].place: unknown entity id "bamako"`,
		`newsroom.json: $.extends[0]: pack "aes-default" is not loaded`,
	}},
	{"dangling reference", strings.Replace(newsroom, `"place": "bamako"`, `"place": "timbuktu"`, 1), true, []string{
		`newsroom.json: $.events[0].place: unknown entity id "timbuktu"`,
	}},
	{"reference of the wrong kind", strings.Replace(newsroom, `"place": "bamako"`, `"place": "mali"`, 1), true, []string{
		`newsroom.json: $.events[0].place: entity "mali" is of kind organisation, want place`,
	}},
	{"id conflict", strings.Replace(newsroom, `"id": "nr-fact"`, `"id": "summit2-dates"`, 1), true, []string{
		`newsroom.json: $.facts[0].id: fact id "summit2-dates" is already defined by default.json`,
		`newsroom.json: $.events[0].facts[0]: unknown fact id "nr-fact"`,
		`newsroom.json: $.events[0].participants[0].facts[0]: unknown fact id "nr-fact"`,
	}},
}

func TestNew_Errors(t *testing.T) {
	def, err := kb.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range newErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			nr, err := kb.Parse("newsroom.json", []byte(tt.newsrm))
			if err != nil {
				t.Fatalf("Parse() error: %v", err)
			}
			packs := []*kb.Pack{nr}
			if tt.withDef {
				packs = []*kb.Pack{def, nr}
			}
			b, err := kb.New(packs...)
			if err == nil {
				t.Fatalf("New() = %v, want an error", b)
			}
			var got []string
			for _, e := range err.(kb.ErrorList) {
				got = append(got, e.Error())
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if len(got) != len(want) {
				t.Fatalf("New() errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for i := range want {
				if !strings.HasPrefix(got[i], want[i]) {
					t.Errorf("New() error %d = %q, want prefix %q", i, got[i], want[i])
				}
			}
		})
	}
}
