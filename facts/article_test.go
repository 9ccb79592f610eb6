package facts

import "testing"

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"bamako-2025": true, "c1": true, "summit2-dates": true, "a": true,
		"": false, "-a": false, "a-": false, "Bamako": false, "a_b": false, "a/b": false, "é": false,
	} {
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}
