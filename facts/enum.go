package facts

import "fmt"

// enum names the values of an enumeration, for the String, MarshalText and
// UnmarshalText methods of its type.
type enum[T ~int] struct {
	typ   string // the Go type, for invalid values: "Kind(7)"
	what  string // the word for a value in errors: "kind"
	names map[T]string
}

// name returns the name of v, or typ(v) for an invalid v.
func (e enum[T]) name(v T) string {
	if s, ok := e.names[v]; ok {
		return s
	}
	return fmt.Sprintf("%s(%d)", e.typ, int(v))
}

// marshal returns the name of v; an invalid v is an error.
func (e enum[T]) marshal(v T) ([]byte, error) {
	s, ok := e.names[v]
	if !ok {
		return nil, fmt.Errorf("facts: invalid %s %d", e.what, int(v))
	}
	return []byte(s), nil
}

// unmarshal sets *v to the value named b; an unknown name is an error.
func (e enum[T]) unmarshal(b []byte, v *T) error {
	for vv, s := range e.names {
		if s == string(b) {
			*v = vv
			return nil
		}
	}
	return fmt.Errorf("facts: unknown %s %q", e.what, b)
}
