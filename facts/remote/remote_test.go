package remote_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"factlens/facts"
	"factlens/facts/remote"
)

// engine reports one date claim for every article, or fails with err.
type engine struct{ err error }

func (e engine) CheckArticle(a facts.Article) (facts.Report, error) {
	if e.err != nil {
		return facts.Report{}, e.err
	}
	return facts.Report{Lang: a.Lang, Ref: a.Published, Claims: []facts.Claim{
		{ID: "c1", Kind: facts.KindDate, Start: 0, End: len(a.Text), Text: a.Text, Verdict: facts.Unverified, Facts: []string{}},
	}}, nil
}

func TestServe(t *testing.T) {
	a := facts.Article{Lang: "fr", Published: "2025-12-22", Text: "hier « à Bamako »"}
	tests := []struct {
		name    string
		engine  engine
		request func() []byte
		wantID  int
		want    facts.Report
		wantErr string
	}{
		{"report", engine{}, func() []byte { b, _ := remote.Encode(7, a); return b }, 7,
			facts.Report{Lang: "fr", Ref: "2025-12-22", Claims: []facts.Claim{
				{ID: "c1", Kind: facts.KindDate, Start: 0, End: len(a.Text), Text: a.Text, Verdict: facts.Unverified, Facts: []string{}},
			}}, ""},
		{"engine error", engine{errors.New("input is empty")}, func() []byte { b, _ := remote.Encode(8, a); return b }, 8,
			facts.Report{}, "input is empty"},
		{"malformed request", engine{}, func() []byte { return []byte(`{"id": 9, "article": [`) }, 0,
			facts.Report{}, "engine: malformed request: unexpected end of JSON input"},
		{"wrongly typed request", engine{}, func() []byte { return []byte(`{"id": "9"}`) }, 0,
			facts.Report{}, "engine: malformed request: json: cannot unmarshal string into Go struct field Request.id of type int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, r, err := remote.Decode(remote.Serve(tt.engine, tt.request()))
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if gotErr != tt.wantErr || id != tt.wantID {
				t.Fatalf("id, error = %d, %q; want %d, %q", id, gotErr, tt.wantID, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, r); diff != "" {
				t.Errorf("report (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecode_Malformed(t *testing.T) {
	for _, tt := range []struct{ name, response, wantErr string }{
		{"not JSON", `<html>`, "engine: malformed response: invalid character '<' looking for beginning of value"},
		{"no report, no error", `{"id": 3}`, "engine: response 3 has no report"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := remote.Decode([]byte(tt.response))
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("Decode error = %v, want %q", err, tt.wantErr)
			}
		})
	}
}
