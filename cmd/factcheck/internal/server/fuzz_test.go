//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// FuzzAPICheck posts random bodies to POST /api/check through the handler:
// the answer is never a server error, always JSON, a report for a 200 and
// {"error": "..."} otherwise. It is seeded with the bodies of the hostile
// requests table.
func FuzzAPICheck(f *testing.F) {
	for _, tt := range hostileRequests() {
		if tt.req.method == "POST" && len(tt.req.body) < 4<<10 {
			f.Add(tt.req.body)
		}
	}
	for _, s := range hostileTexts[:len(hostileTexts)-1] {
		f.Add(`{"text":` + quote(s+hostileFrench) + `,"lang":"fr","ref":"2025-12-22"}`)
	}
	f.Add(`{"text":"The summit opened on Monday, December 22, 2025.","lang":"auto"}`)
	h := newTestServer(f).Handler()
	header := http.Header{"Content-Type": {"application/json"}}
	f.Fuzz(func(t *testing.T, body string) {
		resp := serve(h, "POST", "/api/check", strings.NewReader(body), header)
		data := readBody(t, resp)
		if resp.StatusCode >= 500 {
			t.Fatalf("POST %.200q: status %d, body %.200q", body, resp.StatusCode, data)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Fatalf("POST %.200q: Content-Type %q, want JSON", body, ct)
		}
		if resp.StatusCode == http.StatusOK {
			var rep struct {
				Lang   string            `json:"lang"`
				Ref    string            `json:"ref"`
				Claims []json.RawMessage `json:"claims"`
			}
			if err := json.Unmarshal([]byte(data), &rep); err != nil || rep.Lang == "" || rep.Ref == "" || rep.Claims == nil {
				t.Fatalf("POST %.200q: 200 with %.200q, want a report (%v)", body, data, err)
			}
			return
		}
		var e apiError
		if err := json.Unmarshal([]byte(data), &e); err != nil || e.Error == "" {
			t.Fatalf("POST %.200q: status %d with %.200q, want {\"error\": ...} (%v)", body, resp.StatusCode, data, err)
		}
	})
}
