//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunStatic(t *testing.T) {
	web := t.TempDir()
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm\x01\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"writes the site", []string{"static", "-web", web, out}, exitOK, "wrote the site to " + out, ""},
		{"no directory", []string{"static", "-web", web}, exitUsage, "", "want one argument"},
		{"two directories", []string{"static", "-web", web, out, out}, exitUsage, "", "want one argument"},
		{"no web directory", []string{"static", "-web", filepath.Join(web, "missing"), out}, exitFail, "", "web directory"},
		{"bad facts pack", []string{"static", "-web", web, "-facts", filepath.Join(web, "app.wasm"), out}, exitFail, "", "facts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runWith(t, "", tt.args...)
			if code != tt.wantCode {
				t.Fatalf("factcheck %q: exit %d, want %d (stderr %q)", tt.args, code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantOut) || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("factcheck %q: stdout %q, stderr %q; want %q and %q in them", tt.args, stdout, stderr, tt.wantOut, tt.wantErr)
			}
		})
	}
	for _, name := range []string{"index.html", "embed.js", "app.js", "web/app.wasm", "web/factlens.css"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("the site lacks %s: %v", name, err)
		}
	}
}
