//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factlens/facts"
)

// runWith runs factcheck with args and stdin and returns its exit code,
// standard output and standard error. The clock is fixed at 22 Dec 2025.
func runWith(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errOut,
		now:    func() time.Time { return time.Date(2025, 12, 22, 15, 4, 5, 0, time.UTC) },
	}
	code := run(args, e)
	return code, out.String(), errOut.String()
}

func TestRun_Usage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantErr  string // substring of stderr
	}{
		{"no command", nil, "", exitUsage, "usage: factcheck"},
		{"unknown command", []string{"frobnicate"}, "", exitUsage, `unknown command "frobnicate"`},
		{"help", []string{"-h"}, "", exitOK, "usage: factcheck"},
		{"unknown flag", []string{"check", "-nope"}, "", exitUsage, "flag provided but not defined"},
		{"bad format", []string{"check", "-format", "xml", "-"}, "x", exitUsage, `unknown format "xml"`},
		{"bad language", []string{"check", "-lang", "de", "-"}, "x", exitUsage, `unknown language "de"`},
		{"bad ref", []string{"check", "-ref", "22/12/2025", "-"}, "x", exitUsage, `-ref "22/12/2025" is not a date`},
		{"two files", []string{"check", "a", "b"}, "", exitUsage, "at most one input file"},
		{"missing file", []string{"check", "/no/such/file"}, "", exitFail, "no such file"},
		{"invalid utf-8", []string{"check", "-"}, "ab\xffc", exitFail, "input is not valid UTF-8 at byte 2"},
		{"empty input", []string{"check"}, "", exitFail, "input is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runWith(t, tt.stdin, tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("factcheck %q = exit %d, stderr %q; want exit %d, stderr containing %q", tt.args, code, stderr, tt.wantCode, tt.wantErr)
			}
		})
	}
}

func TestRun_CheckJSON(t *testing.T) {
	text := "Le sommet s’est ouvert le lundi 22 décembre 2025 à Bamako.\n"
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"check", "-ref", "2025-12-22", "-lang", "fr", file},
		{"check", "-lang", "fr", "-"}, // -ref defaults to today (the fixed clock)
	} {
		code, stdout, stderr := runWith(t, text, args...)
		if code != exitOK {
			t.Fatalf("factcheck %q = exit %d: %s", args, code, stderr)
		}
		var r facts.Report
		if err := json.Unmarshal([]byte(stdout), &r); err != nil {
			t.Fatalf("factcheck %q: output is not a report: %v\n%s", args, err, stdout)
		}
		if r.Lang != "fr" || r.Ref != "2025-12-22" || r.Claims == nil {
			t.Errorf("factcheck %q = lang %q ref %q claims %v", args, r.Lang, r.Ref, r.Claims)
		}
		for _, c := range r.Claims {
			if text[c.Start:c.End] != c.Text {
				t.Errorf("claim %s: text[%d:%d] = %q, want %q", c.ID, c.Start, c.End, text[c.Start:c.End], c.Text)
			}
		}
	}
}

func TestRun_Facts(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.json", `{"pack": "newsroom", "sources": [
		{"id": "paper-1", "publisher": "The Paper", "url": "https://paper.example/a", "date": "2025-01-02", "says": "The fund was set up in 2019."}],
		"facts": [{"id": "fund-2019", "statement": {"en": "The fund was set up in 2019.", "fr": "Le fonds a été créé en 2019."}, "date": "2019",
			"confidence": "high", "sources": ["paper-1"]}]}`)
	broken := write("broken.json", `{"pack": "broken", "facts": [{"id": "f1", "statement": {"en": "x"}, "confidence": "sure", "sources": []}]}`)
	notJSON := write("notjson.json", `{"pack": `)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // substring of stdout
		wantErr  string // substring of stderr
	}{
		{"validate a good pack", []string{"facts", "validate", good}, exitOK, good + ": ok", ""},
		{"validate names the path of each problem", []string{"facts", "validate", broken}, exitFail, "", "$.facts[0]"},
		{"validate malformed JSON", []string{"facts", "validate", notJSON}, exitFail, "", "invalid JSON"},
		{"validate a missing file", []string{"facts", "validate", filepath.Join(dir, "none.json")}, exitFail, "", "no such file"},
		{"validate without a file", []string{"facts", "validate"}, exitUsage, "", "usage"},
		{"show a default fact", []string{"facts", "show", "charter-signed"}, exitOK, "https://", ""},
		{"show a fact of a pack", []string{"facts", "show", "-facts", good, "fund-2019"}, exitOK, "The Paper", ""},
		{"show an unknown fact", []string{"facts", "show", "no-such-fact"}, exitFail, "", `no fact "no-such-fact"`},
		{"unknown subcommand", []string{"facts", "list"}, exitUsage, "", `unknown subcommand "list"`},
		{"check refuses a broken pack", []string{"check", "-facts", broken, "-"}, exitFail, "", "$.facts[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runWith(t, "Le sommet s’est ouvert hier.", tt.args...)
			if code != tt.wantCode || !strings.Contains(stdout, tt.wantOut) || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("factcheck %q = exit %d\nstdout %q\nstderr %q\nwant exit %d, stdout with %q, stderr with %q",
					tt.args, code, stdout, stderr, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
}

func TestRun_CheckFormats(t *testing.T) {
	text := "L’AES, formée en septembre 2023, a tenu son deuxième sommet à Bamako le 22 décembre 2025.\n"
	for _, tt := range []struct {
		format string
		want   string
	}{
		{"text", "supported"},
		{"markdown", "# "},
		{"claimreview", `"ClaimReview"`},
		{"annotations", `"AnnotationCollection"`},
	} {
		code, stdout, stderr := runWith(t, text, "check", "-ref", "2025-12-22", "-format", tt.format, "-url", "https://news.example/a")
		if code != exitOK || !strings.Contains(stdout, tt.want) {
			t.Errorf("check -format %s = exit %d, output %q (stderr %q); want %q in it", tt.format, code, stdout, stderr, tt.want)
		}
		if tt.format == "claimreview" || tt.format == "annotations" {
			var v any
			if err := json.Unmarshal([]byte(stdout), &v); err != nil {
				t.Errorf("check -format %s: not JSON: %v", tt.format, err)
			}
		}
	}
}
