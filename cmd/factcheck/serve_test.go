//go:build !wasm

package main

import (
	"net"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunServe_Errors(t *testing.T) {
	web := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown flag", []string{"serve", "-port", "80"}, exitUsage, "flag provided but not defined"},
		{"argument", []string{"serve", "extra"}, exitUsage, "no arguments expected"},
		{"frame-ancestors injection", []string{"serve", "-frame-ancestors", "'self'; script-src *"}, exitUsage, "frame-ancestors"},
		{"frame-ancestors newline", []string{"serve", "-frame-ancestors", "'self'\nX: y"}, exitUsage, "frame-ancestors"},
		{"empty frame-ancestors", []string{"serve", "-frame-ancestors", ""}, exitUsage, "frame-ancestors is empty"},
		{"no web directory", []string{"serve", "-web", filepath.Join(web, "missing")}, exitFail, "web directory"},
		{"bad address", []string{"serve", "-web", web, "-addr", "localhost"}, exitFail, "missing port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runWith(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("factcheck %q: exit %d, want %d (stderr %q)", tt.args, code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("factcheck %q: stderr %q, want it to contain %q", tt.args, stderr, tt.wantErr)
			}
			if stdout != "" {
				t.Errorf("factcheck %q: stdout %q, want nothing before serving", tt.args, stdout)
			}
		})
	}
}

func TestServerURL(t *testing.T) {
	tests := []struct {
		addr string
		want string
	}{
		{"[::]:8000", "http://localhost:8000/"},
		{"0.0.0.0:8000", "http://localhost:8000/"},
		{"127.0.0.1:8000", "http://127.0.0.1:8000/"},
		{"[::1]:8080", "http://[::1]:8080/"},
	}
	for _, tt := range tests {
		addr, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := serverURL(addr); got != tt.want {
			t.Errorf("serverURL(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}
