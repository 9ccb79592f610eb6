package app

import "testing"

func TestMessages_Date(t *testing.T) {
	for _, tt := range []struct {
		lang, in, want string
	}{
		{"fr", "2023-09-16", "16 septembre 2023"},
		{"fr", "2025-12-01", "1er décembre 2025"},
		{"en", "2025-12-01", "1 December 2025"},
		{"en", "2023-09", "September 2023"},
		{"fr", "2023", "2023"},
		{"fr", "2025-12-22/2025-12-23", "22 décembre 2025 – 23 décembre 2025"},
		{"en", "2024-13", "2024-13"},
		{"en", "2024-02-32", "2024-02-32"},
		{"en", "2024-2-3", "2024-2-3"},
		{"en", "PXY", "PXY"},
		{"en", "2024-W05", "2024-W05"},
		{"en", "", ""},
	} {
		if got := messagesFor(tt.lang).date(tt.in); got != tt.want {
			t.Errorf("messages(%s).date(%q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

// TestCatalog_Complete checks that every language names every kind and
// verdict, so no label is ever empty.
func TestCatalog_Complete(t *testing.T) {
	for lang, m := range catalog {
		for _, k := range kindOrder {
			if m.kinds[k] == "" || m.kindFilters[k] == "" {
				t.Errorf("%s: no label for kind %v", lang, k)
			}
		}
		for _, v := range verdictOrder {
			if m.verdicts[v] == "" {
				t.Errorf("%s: no label for verdict %v", lang, v)
			}
		}
		for i, mo := range m.months {
			if mo == "" {
				t.Errorf("%s: no name for month %d", lang, i+1)
			}
		}
	}
	if got := messagesFor("de").lang; got != "en" {
		t.Errorf("messagesFor(de) speaks %s, want en", got)
	}
}

func TestMessages_Count(t *testing.T) {
	for _, tt := range []struct {
		lang string
		n    int
		want string
	}{
		{"fr", 0, "0 affirmation affichée sur 7"},
		{"fr", 1, "1 affirmation affichée sur 7"},
		{"fr", 2, "2 affirmations affichées sur 7"},
		{"en", 0, "0 of 7 claims shown"},
		{"en", 1, "1 of 7 claims shown"},
		{"en", 7, "7 of 7 claims shown"},
	} {
		m := messagesFor(tt.lang)
		if got := m.count(m.shownCount, tt.n, 7); got != tt.want {
			t.Errorf("%s: count(shownCount, %d, 7) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}
