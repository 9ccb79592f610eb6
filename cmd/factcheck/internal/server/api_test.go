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

func TestAPI_Errors(t *testing.T) {
	h := newTestServer(t).Handler()
	tooLargeText := `{"text":"` + strings.Repeat("a", check.MaxInput+1) + `"}`
	tooLargeBody := `{"text":"a","lang":"` + strings.Repeat("a", maxCheckBody) + `"}`
	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		wantStatus  int
		wantError   string // a substring of the JSON error
		wantAllow   string
	}{
		{"unknown article", "GET", "/api/articles/no-such-article/claims", "", "", 404, `not found: no article "no-such-article"`, ""},
		{"claims by POST", "POST", "/api/articles/bamako-2025/claims", jsonType, "{}", 405, "method not allowed: POST", "GET, HEAD"},
		{"unknown endpoint", "GET", "/api/nothing", "", "", 404, "not found: no API at /api/nothing", ""},
		{"check trailing slash", "POST", "/api/check/", jsonType, `{"text":"x"}`, 404, "not found", ""},
		{"check by GET", "GET", "/api/check", "", "", 405, "method not allowed: GET", "POST"},
		{"check by PUT", "PUT", "/api/check", jsonType, `{"text":"x"}`, 405, "method not allowed: PUT", "POST"},
		{"no content type", "POST", "/api/check", "", `{"text":"x"}`, 415, "want Content-Type application/json", ""},
		{"text content type", "POST", "/api/check", "text/plain", `{"text":"x"}`, 415, "unsupported media type", ""},
		{"form content type", "POST", "/api/check", "application/x-www-form-urlencoded", "text=x", 415, "unsupported media type", ""},
		{"bad content type", "POST", "/api/check", "application/json; =", `{"text":"x"}`, 415, "unsupported media type", ""},
		{"malformed JSON", "POST", "/api/check", jsonType, `{"text":`, 400, "malformed JSON", ""},
		{"not an object", "POST", "/api/check", jsonType, `["text"]`, 400, "malformed JSON", ""},
		{"data after object", "POST", "/api/check", jsonType, `{"text":"a"} {"text":"b"}`, 400, "data after the object", ""},
		{"unknown field", "POST", "/api/check", jsonType, `{"text":"a","language":"fr"}`, 400, `unknown field "language"`, ""},
		{"text not a string", "POST", "/api/check", jsonType, `{"text":42}`, 400, "malformed JSON", ""},
		{"empty body", "POST", "/api/check", jsonType, ``, 400, "malformed JSON", ""},
		{"invalid UTF-8", "POST", "/api/check", jsonType, "{\"text\":\"caf\xe9\"}", 400, "not valid UTF-8 at byte 12", ""},
		{"no text", "POST", "/api/check", jsonType, `{}`, 400, "input is empty", ""},
		{"blank text", "POST", "/api/check", jsonType, `{"text":" \n\t "}`, 400, "input is empty", ""},
		{"unknown lang", "POST", "/api/check", jsonType, `{"text":"a","lang":"de"}`, 400, `unknown lang "de"`, ""},
		{"long lang is not echoed", "POST", "/api/check", jsonType, `{"text":"a","lang":"` + strings.Repeat("x", 1000) + `"}`, 400, `unknown lang "xxxxxxxxxxxxxxxxxxxx" (want`, ""},
		{"bad ref", "POST", "/api/check", jsonType, `{"text":"a","ref":"22/12/2025"}`, 400, `ref "22/12/2025" is not a date`, ""},
		{"impossible ref", "POST", "/api/check", jsonType, `{"text":"a","ref":"2025-02-30"}`, 400, "is not a date", ""},
		{"text over the limit", "POST", "/api/check", jsonType, tooLargeText, 413, "text is over 10 MiB", ""},
		{"body over the limit", "POST", "/api/check", jsonType, tooLargeBody, 413, "body is over", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := http.Header{}
			if tt.contentType != "" {
				header.Set("Content-Type", tt.contentType)
			}
			resp := serve(h, tt.method, tt.target, strings.NewReader(tt.body), header)
			body := readBody(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("%s %s: status %d, want %d (body %.200s)", tt.method, tt.target, resp.StatusCode, tt.wantStatus, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q, want JSON", ct)
			}
			if got := resp.Header.Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow = %q, want %q", got, tt.wantAllow)
			}
			var e struct{ Error string }
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("body %.200q is not a JSON error: %v", body, err)
			}
			if !strings.Contains(e.Error, tt.wantError) {
				t.Errorf("error %q, want it to contain %q", e.Error, tt.wantError)
			}
		})
	}
}

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
