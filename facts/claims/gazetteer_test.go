package claims

import (
	"strings"
	"testing"

	"factlens/facts"
	"github.com/google/go-cmp/cmp"
)

// testEntities is the gazetteer of the tests: real entities of the
// default article and fictitious ones for unseen text.
var testEntities = []facts.Entity{
	{ID: "aes", Kind: facts.OrganisationEntity,
		Names:   map[string]string{"fr": "AES", "en": "AES"},
		Aliases: []string{"Alliance des États du Sahel", "Confédération des États du Sahel", "Alliance of Sahel States", "Confederation of Sahel States"},
		Members: []string{"mali", "burkina", "niger"}},
	{ID: "ecowas", Kind: facts.OrganisationEntity,
		Names:   map[string]string{"fr": "Cédéao", "en": "ECOWAS"},
		Aliases: []string{"CEDEAO", "Communauté économique des États de l’Afrique de l’Ouest", "Economic Community of West African States"}},
	{ID: "g5", Kind: facts.OrganisationEntity,
		Names: map[string]string{"fr": "G5 Sahel", "en": "G5 Sahel"}},
	{ID: "mali", Kind: facts.OrganisationEntity, Names: map[string]string{"fr": "Mali", "en": "Mali"}},
	{ID: "niger", Kind: facts.OrganisationEntity, Names: map[string]string{"fr": "Niger", "en": "Niger"}},
	{ID: "burkina", Kind: facts.OrganisationEntity, Names: map[string]string{"fr": "Burkina Faso", "en": "Burkina Faso"}, Aliases: []string{"Burkina"}},
	{ID: "goita", Kind: facts.PersonEntity, Names: map[string]string{"fr": "Assimi Goïta"}, Aliases: []string{"Goïta", "Goita"}},
	{ID: "tiani", Kind: facts.PersonEntity, Names: map[string]string{"fr": "Abdourahamane Tiani"}, Aliases: []string{"Tiani", "Tchiani", "Abdourahamane Tchiani"}},
	{ID: "traore", Kind: facts.PersonEntity, Names: map[string]string{"fr": "Ibrahim Traoré"}, Aliases: []string{"Traoré", "Traore"}},
	{ID: "bamako", Kind: facts.PlaceEntity, Names: map[string]string{"fr": "Bamako"}},
	{ID: "niamey", Kind: facts.PlaceEntity, Names: map[string]string{"fr": "Niamey"}},
	{ID: "ouaga", Kind: facts.PlaceEntity, Names: map[string]string{"fr": "Ouagadougou"}},
	{ID: "fu-aes", Kind: facts.OrganisationEntity,
		Names:   map[string]string{"fr": "Force unifiée de l’AES", "en": "Unified Force of the AES"},
		Aliases: []string{"Force conjointe de l’AES", "AES joint force"}},
	// A country filed as a place.
	{ID: "tchad", Kind: facts.PlaceEntity, Names: map[string]string{"fr": "Tchad", "en": "Chad"}},
	// Fictitious entities.
	{ID: "ltu", Kind: facts.OrganisationEntity,
		Names:   map[string]string{"fr": "Union des transports lacustres", "en": "Lake Transport Union"},
		Aliases: []string{"UTL", "LTU"}},
	{ID: "mbeki", Kind: facts.PersonEntity, Names: map[string]string{"en": "Sipho Ndlovu-Mbeki"}, Aliases: []string{"Ndlovu-Mbeki"}},
	{ID: "kalto", Kind: facts.PlaceEntity, Names: map[string]string{"fr": "Kalto", "en": "Kalto"}},
}

// testGazetteer returns the gazetteer of testEntities.
func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := NewGazetteer(testEntities)
	if err != nil {
		t.Fatalf("NewGazetteer: %v", err)
	}
	return g
}

// mentionsOf returns the entity ids the gazetteer finds in text, in
// order, with the text of each.
func mentionsOf(g *Gazetteer, text string) []string {
	ts := tokenize(text)
	toks := ts.list
	var got []string
	for i := 0; i < len(toks); {
		e, n := g.match(&ts, i, len(toks))
		if n == 0 {
			i++
			continue
		}
		got = append(got, g.entities[e].ID+"="+text[toks[i].start:toks[i+n-1].end])
		i += n
	}
	return got
}

var matchTests = []struct {
	name, text string
	want       []string
}{
	{"acronym", "l’AES a tenu", []string{"aes=AES"}},
	{"long name wins", "l’Alliance des États du Sahel (AES)", []string{"aes=Alliance des États du Sahel", "aes=AES"}},
	{"confederation alias", "la Confédération des États du Sahel", []string{"aes=Confédération des États du Sahel"}},
	{"accents folded", "la Confederation des Etats du Sahel", []string{"aes=Confederation des Etats du Sahel"}},
	{"case folded", "la CÉDÉAO et la Cedeao", []string{"ecowas=CÉDÉAO", "ecowas=Cedeao"}},
	{"english name", "ECOWAS leaders", []string{"ecowas=ECOWAS"}},
	{"curly apostrophe alias", "Communauté économique des États de l'Afrique de l'Ouest", []string{"ecowas=Communauté économique des États de l'Afrique de l'Ouest"}},
	{"person short and long", "Assimi Goïta puis Goita", []string{"goita=Assimi Goïta", "goita=Goita"}},
	{"word boundary", "Malien, Bamakois, Goïtaiste", nil},
	{"acronym needs a capital", "les aes du village", nil},
	{"hyphenated name", "Sipho Ndlovu-Mbeki spoke", []string{"mbeki=Sipho Ndlovu-Mbeki"}},
	{"two word name", "le Burkina Faso et le Burkina", []string{"burkina=Burkina Faso", "burkina=Burkina"}},
	{"lone combining mark", "\u0301 Mali", []string{"mali=Mali"}},
}

func TestGazetteer_match(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range matchTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentionsOf(g, tt.text)); diff != "" {
				t.Errorf("match(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestNewGazetteer_Errors(t *testing.T) {
	tests := []struct {
		name     string
		entities []facts.Entity
		want     []string // substrings of the error
	}{
		{"no id", []facts.Entity{{Names: map[string]string{"fr": "X"}}}, []string{"entity 0: no id"}},
		{"no name", []facts.Entity{{ID: "x", Aliases: []string{" "}}}, []string{`entity "x": no name`}},
		{"duplicate id", []facts.Entity{{ID: "x", Names: map[string]string{"fr": "X"}}, {ID: "x", Names: map[string]string{"fr": "Y"}}},
			[]string{`id "x" already used by entity 0`}},
		{"every problem listed", []facts.Entity{{ID: "a"}, {Names: map[string]string{"en": "B"}}},
			[]string{`entity "a": no name`, "entity 1: no id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewGazetteer(tt.entities)
			if err == nil {
				t.Fatalf("NewGazetteer: no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("NewGazetteer: error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestGazetteer_Entity(t *testing.T) {
	g := testGazetteer(t)
	e, ok := g.Entity("ecowas")
	if !ok || e.Name("fr") != "Cédéao" || e.Name("en") != "ECOWAS" {
		t.Errorf("Entity(ecowas) = %v, %v", e, ok)
	}
	if _, ok := g.Entity("nope"); ok {
		t.Errorf("Entity(nope) found")
	}
	var nilG *Gazetteer
	if _, ok := nilG.Entity("aes"); ok {
		t.Errorf("nil Gazetteer found an entity")
	}
}
