package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/export"
)

func TestText(t *testing.T) {
	const text = "Créée en 2023, l’AES a quitté la Cédéao ; Goïta et Tiani étaient là, Traoré absent le premier jour.\tFin"
	date := claimOf(text, "c1", facts.KindDate, "2023", facts.Supported)
	date.Type, date.Value = "DATE", "2023"
	founding := claimOf(text, "c2", facts.KindFounding, "l’AES a quitté la Cédéao", facts.Imprecise)
	founding.Subject, founding.Event, founding.Object = "AES", facts.EventWithdrew, "Cédéao"
	attendance := claimOf(text, "c3", facts.KindAttendance, "Goïta et Tiani étaient là, Traoré absent le premier jour", facts.Contradicted)
	attendance.People = []facts.Person{
		{Name: "Assimi Goïta", Present: true, Role: "host"},
		{Name: "Abdourahamane Tiani", Present: true},
		{Name: "Ibrahim Traoré", When: "day1"},
	}
	tab := claimOf(text, "c4", facts.KindDate, "jour.\tFin", facts.Unverified)
	tests := []struct {
		name   string
		claims []facts.Claim
		want   []string
	}{
		{"no claims", nil, []string{"0 claims"}},
		{"date", []facts.Claim{date}, []string{
			`ID  KIND  TEXT    VALUE  VERDICT`,
			`c1  date  "2023"  2023   supported`,
			`1 claim: 1 supported`,
		}},
		{"founding with object", []facts.Claim{founding}, []string{
			`ID  KIND      TEXT                        VALUE                VERDICT`,
			`c2  founding  "l’AES a quitté la Cédéao"  AES withdrew Cédéao  imprecise`,
			`1 claim: 1 imprecise`,
		}},
		{"attendance shortened", []facts.Claim{attendance}, []string{
			`ID  KIND        TEXT                                                VALUE                                                     VERDICT`,
			`c3  attendance  "Goïta et Tiani étaient là, Traoré absent le pre…"  present Assimi Goïta (host), Abdourahamane Tiani; absen…  contradicted`,
			`1 claim: 1 contradicted`,
		}},
		{"tab in text escaped", []facts.Claim{tab}, []string{
			`ID  KIND  TEXT          VALUE  VERDICT`,
			`c4  date  "jour.\tFin"         unverified`,
			`1 claim: 1 unverified`,
		}},
		{"counts in verdict order", []facts.Claim{attendance, date, tab, founding}, []string{
			`ID  KIND        TEXT                                                VALUE                                                     VERDICT`,
			`c3  attendance  "Goïta et Tiani étaient là, Traoré absent le pre…"  present Assimi Goïta (host), Abdourahamane Tiani; absen…  contradicted`,
			`c1  date        "2023"                                              2023                                                      supported`,
			`c4  date        "jour.\tFin"                                                                                                  unverified`,
			`c2  founding    "l’AES a quitté la Cédéao"                          AES withdrew Cédéao                                       imprecise`,
			`4 claims: 1 supported, 1 imprecise, 1 contradicted, 1 unverified`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Text(&b, facts.Report{Lang: "fr", Claims: tt.claims}); err != nil {
				t.Fatalf("Text: %v", err)
			}
			got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Text mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
