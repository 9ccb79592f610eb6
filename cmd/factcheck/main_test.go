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
