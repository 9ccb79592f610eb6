package export

import (
	"testing"

	"factlens/facts"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Le sommet de la Cédéao", "Le sommet de la Cédéao"},
		{"emphasis and code", "*très* _grand_ `code`", "\\*très\\* \\_grand\\_ \\`code\\`"},
		{"link and html", "[lien](x) <b>&amp;", "\\[lien\\](x) \\<b\\>\\&amp;"},
		{"table and strike", "a | b ~~c~~", "a \\| b \\~\\~c\\~\\~"},
		{"backslash", `a\b`, `a\\b`},
		{"heading at start", "# Titre", "\\# Titre"},
		{"list at start", "- point", "\\- point"},
		{"plus at start", "+ point", "\\+ point"},
		{"setext at start", "=== ", "\\=== "},
		{"numbered list at start", "2024. Une année", "2024\\. Une année"},
		{"numbered list with paren", "3) trois", "3\\) trois"},
		{"number not a list", "2024 fut", "2024 fut"},
		{"line breaks flattened", "un\ndeux\ttrois", "un deux trois"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escapeMarkdown(tt.in); got != tt.want {
				t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSourceLine(t *testing.T) {
	tests := []struct {
		name string
		in   facts.Source
		want string
	}{
		{"titled", facts.Source{Publisher: "Agence", Date: "2024-07-06", URL: "https://a.example/x", Title: "Le sommet"},
			"Agence, 2024-07-06: [Le sommet](<https://a.example/x>)"},
		{"untitled links its address", facts.Source{Publisher: "Agence", URL: "https://a.example/x y"},
			"Agence: [https://a.example/x y](<https://a.example/x%20y>)"},
		{"script address not linked", facts.Source{Publisher: "Wire", URL: "javascript:alert(1)"},
			"Wire: javascript:alert(1)"},
		{"angle brackets encoded", facts.Source{URL: "HTTPS://a.example/<x>", Title: "T"},
			"[T](<HTTPS://a.example/%3Cx%3E>)"},
		{"no address", facts.Source{Publisher: "Radio", Title: "Communiqué"}, "Radio: Communiqué"},
		{"publisher only", facts.Source{Publisher: "Radio *R*"}, "Radio \\*R\\*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sourceLine(tt.in); got != tt.want {
				t.Errorf("sourceLine(%+v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"short kept", "Goïta", 5, "Goïta"},
		{"cut in code points", "Cédéao et AES", 6, "Cédéa…"},
		{"space before the cut dropped", "Cédéao et AES", 8, "Cédéao…"},
		{"emoji not split", "🇲🇱🇳🇪🇧🇫 sommet", 4, "🇲🇱🇳…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shorten(tt.in, tt.n); got != tt.want {
				t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}
