package facts

// EntityKind says what an entity of the gazetteer is. The zero EntityKind
// is invalid.
type EntityKind int

const (
	_ EntityKind = iota
	// PersonEntity is a person ("Assimi Goïta").
	PersonEntity
	// OrganisationEntity is a state, alliance, institution or force.
	OrganisationEntity
	// PlaceEntity is a city, country or building.
	PlaceEntity
)

var entityKindNames = enum[EntityKind]{typ: "EntityKind", what: "entity kind", names: map[EntityKind]string{
	PersonEntity:       "person",
	OrganisationEntity: "organisation",
	PlaceEntity:        "place",
}}

// String returns "person", "organisation" or "place".
func (k EntityKind) String() string {
	return entityKindNames.name(k)
}

// MarshalText encodes the kind as its name.
func (k EntityKind) MarshalText() ([]byte, error) {
	return entityKindNames.marshal(k)
}

// UnmarshalText decodes "person", "organisation" or "place".
func (k *EntityKind) UnmarshalText(b []byte) error {
	return entityKindNames.unmarshal(b, k)
}

// Entity is a named person, organisation or place the claim engine can
// recognise in text. The knowledge base supplies them.
type Entity struct {
	ID   string     `json:"id"`
	Kind EntityKind `json:"kind"`
	// Names is the preferred name by language ("fr", "en"); the claim
	// engine reports an entity under the name of the article's language,
	// falling back to any other.
	Names map[string]string `json:"names"`
	// Aliases are other ways texts write the entity, in any language
	// ("AES", "Confédération des États du Sahel", "Goita"). Matching folds
	// case and accents, so "CEDEAO" covers "Cédéao".
	Aliases []string `json:"aliases,omitempty"`
	// Members are, for an organisation, the ids of its member states
	// when the base knows them: what "les trois pays de l'AES" stands
	// for.
	Members []string `json:"members,omitempty"`
}

// Name returns the entity's name in lang, or in another language when it
// has none in lang.
func (e *Entity) Name(lang string) string {
	if n, ok := e.Names[lang]; ok {
		return n
	}
	for _, l := range []string{"fr", "en"} {
		if n, ok := e.Names[l]; ok {
			return n
		}
	}
	for _, n := range e.Names {
		return n
	}
	return e.ID
}
