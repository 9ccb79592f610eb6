//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"factlens/facts"
	"factlens/facts/kb"
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

// brokenPack is a facts pack with several problems: a malformed pack
// name, an unknown field, a source without publisher and with an ftp URL,
// a fact without its English statement, with an unknown confidence and an
// unknown source.
const brokenPack = `{
 "pack": "Broken Pack",
 "colour": "red",
 "sources": [{"id": "s1", "publisher": "", "url": "ftp://files.example/x", "says": "Something."}],
 "facts": [{"id": "f1", "statement": {"fr": "Quelque chose."}, "confidence": "sure", "sources": ["s1", "nope"]}]
}`

func TestRunServe_BrokenPack(t *testing.T) {
	file := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(file, []byte(brokenPack), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := kb.Parse(file, []byte(brokenPack))
	var problems kb.ErrorList
	if !errors.As(err, &problems) || len(problems) < 4 {
		t.Fatalf("kb.Parse(broken pack) = %v, want at least 4 problems", err)
	}

	// Were it to start, the server would listen on a free loopback port
	// until a signal stops it: the test would hang.
	code, stdout, stderr := runWith(t, "", "serve", "-addr", "127.0.0.1:0", "-web", t.TempDir(), "-facts", file)
	if code != exitFail {
		t.Errorf("factcheck serve with a broken pack: exit %d, want %d", code, exitFail)
	}
	if stdout != "" {
		t.Errorf("factcheck serve with a broken pack: stdout %q, want nothing (it must not serve)", stdout)
	}
	for _, p := range problems {
		if !strings.Contains(stderr, p.Error()) {
			t.Errorf("stderr does not list the problem %q:\n%s", p.Error(), stderr)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent use: a server writes
// it while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// servingURL matches the line factcheck serve prints once it listens.
var servingURL = regexp.MustCompile(`serving on http://(127\.0\.0\.1:[0-9]+)/`)

func TestRunServe_Signals(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the server")
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			var stdout, stderr syncBuffer
			e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, now: time.Now}
			exited := make(chan int, 1)
			go func() { exited <- run([]string{"serve", "-addr", "127.0.0.1:0", "-web", t.TempDir()}, e) }()

			// Signals are caught once the address is printed.
			var addr string
			for deadline := time.Now().Add(20 * time.Second); addr == ""; time.Sleep(20 * time.Millisecond) {
				if m := servingURL.FindStringSubmatch(stdout.String()); m != nil {
					addr = m[1]
				} else if time.Now().After(deadline) {
					t.Fatalf("factcheck serve did not start within 20 s: stdout %q, stderr %q", stdout.String(), stderr.String())
				}
			}

			// A request in flight: headers and half the body sent.
			body := `{"text":"Le sommet s’est ouvert le lundi 22 décembre 2025.","ref":"2025-12-22"}`
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(15 * time.Second))
			fmt.Fprintf(conn, "POST /api/check HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
				addr, len(body), body[:len(body)/2])
			time.Sleep(100 * time.Millisecond)

			if err := syscall.Kill(os.Getpid(), sig); err != nil {
				t.Fatal(err)
			}
			refused := false
			for deadline := time.Now().Add(5 * time.Second); !refused && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				c, err := net.DialTimeout("tcp", addr, time.Second)
				if refused = err != nil; !refused {
					c.Close()
				}
			}
			if !refused {
				t.Errorf("after %v, %s still accepts connections", sig, addr)
			}

			io.WriteString(conn, body[len(body)/2:])
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatalf("request in flight at %v: %v", sig, err)
			}
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var rep facts.Report
			if err := json.Unmarshal(data, &rep); err != nil || resp.StatusCode != http.StatusOK || rep.Ref != "2025-12-22" {
				t.Errorf("request in flight at %v: status %d, body %.200q, want 200 and a report", sig, resp.StatusCode, data)
			}

			select {
			case code := <-exited:
				if code != exitOK {
					t.Errorf("factcheck serve after %v: exit %d, want 0 (stderr %q)", sig, code, stderr.String())
				}
			case <-time.After(15 * time.Second):
				t.Fatalf("factcheck serve did not exit after %v", sig)
			}
		})
	}
}
