package lang

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cedeao", "cedeao"},
		{"CEDEAO", "cedeao"},
		{"Cédéao", "cedeao"},
		{"Œuvre à Niamey", "oeuvre a niamey"},
		{"Äußerst", "außerst"}, // ß has no base letter in the table
		{"1ᵉʳ", "1er"},
		{"Ñandú", "nandu"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
