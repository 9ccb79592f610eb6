//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"factlens/facts"
	"factlens/facts/check"
	"factlens/facts/export"

	"github.com/google/go-cmp/cmp"
)

const jsonType = "application/json"

func TestAPI_Reports(t *testing.T) {
	s := newTestServer(t)
	h := s.Handler()
	c := newTestChecker(t)
	article := testArticles(t)[0]
	const english = "The council met on Tuesday, March 3, 2026, two years after it was founded in 2024."
	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		text        string        // what the report must be the check of
		opt         check.Options // with these options
	}{
		{"article claims", "GET", "/api/articles/" + article.ID + "/claims", "", "",
			article.Text, check.Options{Lang: article.Lang, Ref: mustDate(t, article.Published)}},
		{"check with lang and ref", "POST", "/api/check", jsonType, `{"text":` + quote(english) + `,"lang":"en","ref":"2026-03-05"}`,
			english, check.Options{Lang: "en", Ref: mustDate(t, "2026-03-05")}},
		{"check detects lang, ref today", "POST", "/api/check", "application/json; charset=utf-8", `{"text":` + quote(english) + `}`,
			english, check.Options{Ref: mustDate(t, "2026-03-01")}},
		{"check auto lang", "POST", "/api/check", jsonType, `{"text":` + quote(article.Text) + `,"lang":"auto","ref":"` + article.Published + `"}`,
			article.Text, check.Options{Lang: "auto", Ref: mustDate(t, article.Published)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := http.Header{}
			if tt.contentType != "" {
				header.Set("Content-Type", tt.contentType)
			}
			resp := serve(h, tt.method, tt.target, strings.NewReader(tt.body), header)
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200 (body %.300s)", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q, want JSON", ct)
			}
			want, err := c.Check(tt.text, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			wantJSON, err := export.JSON(want)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(wantJSON), body); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
			var got facts.Report
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatalf("decode report: %v", err)
			}
			if tt.text == article.Text && len(got.Claims) == 0 {
				t.Errorf("the default article has no claims")
			}
		})
	}
}

func TestAPI_Head(t *testing.T) {
	resp := serve(newTestServer(t).Handler(), "HEAD", "/api/articles/bamako-2025/claims", nil, nil)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Length") == "0" {
		t.Errorf("HEAD: status %d, Content-Length %q; want 200 and the GET's length", resp.StatusCode, resp.Header.Get("Content-Length"))
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"input error", &check.InputError{Offset: 3, Msg: "bad"}, 400},
		{"empty", check.ErrEmpty, 400},
		{"max bytes", &http.MaxBytesError{Limit: 1}, 413},
		{"other", errTestFailure, 500},
	}
	for _, tt := range tests {
		if got := statusOf(tt.err); got != tt.want {
			t.Errorf("statusOf(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
	if got := publicMessage(errTestFailure, 500); got != "internal server error" {
		t.Errorf("publicMessage of a failure = %q, want a fixed phrase", got)
	}
}

var errTestFailure = jsonTestError("disk on fire at /secret/path")

type jsonTestError string

func (e jsonTestError) Error() string { return string(e) }

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
