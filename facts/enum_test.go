package facts

import "testing"

func TestEnums(t *testing.T) {
	tests := []struct {
		name string
		v    interface {
			String() string
			MarshalText() ([]byte, error)
		}
		want    string
		wantErr bool
	}{
		{"date kind", KindDate, "date", false},
		{"attendance kind", KindAttendance, "attendance", false},
		{"zero kind", Kind(0), "Kind(0)", true},
		{"supported", Supported, "supported", false},
		{"unverified", Unverified, "unverified", false},
		{"zero verdict", Verdict(0), "Verdict(0)", true},
		{"organisation", OrganisationEntity, "organisation", false},
		{"out of range entity kind", EntityKind(9), "EntityKind(9)", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			b, err := tt.v.MarshalText()
			if (err != nil) != tt.wantErr || err == nil && string(b) != tt.want {
				t.Errorf("MarshalText() = %q, %v; want %q, error %v", b, err, tt.want, tt.wantErr)
			}
		})
	}
	var k Kind
	if err := k.UnmarshalText([]byte("founding")); err != nil || k != KindFounding {
		t.Errorf("UnmarshalText(founding) = %v, %v", k, err)
	}
	var v Verdict
	if err := v.UnmarshalText([]byte("maybe")); err == nil {
		t.Errorf("UnmarshalText(maybe) = %v, want an error", v)
	}
}
