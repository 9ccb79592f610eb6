package facts

// Verdict is what the knowledge base says of a claim. The zero Verdict is
// invalid; a claim nothing bears on is [Unverified].
type Verdict int

const (
	_ Verdict = iota
	// Unverified means no fact in the base bears on the claim.
	Unverified
	// Supported means the facts agree with the claim at its precision.
	Supported
	// Imprecise means the claim is partly right: rounded off, or right
	// about one part and wrong about another.
	Imprecise
	// Contradicted means the facts disagree with the claim.
	Contradicted
)

var verdictNames = enum[Verdict]{typ: "Verdict", what: "verdict", names: map[Verdict]string{
	Unverified:   "unverified",
	Supported:    "supported",
	Imprecise:    "imprecise",
	Contradicted: "contradicted",
}}

// String returns the verdict's name in the CLI contract.
func (v Verdict) String() string {
	return verdictNames.name(v)
}

// MarshalText encodes the verdict as its contract name.
func (v Verdict) MarshalText() ([]byte, error) {
	return verdictNames.marshal(v)
}

// UnmarshalText decodes a contract name.
func (v *Verdict) UnmarshalText(b []byte) error {
	return verdictNames.unmarshal(b, v)
}
