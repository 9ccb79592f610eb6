//go:build !wasm

package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"factlens/facts"
)

func TestServe_Shutdown(t *testing.T) {
	s := newTestServerWith(t, func(c *Config) { c.Limits = testLimits })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get("http://" + addr + "/api/articles/bamako-2025/claims")
	if err != nil {
		t.Fatalf("GET while serving: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET while serving: status %d, want 200", resp.StatusCode)
	}

	// A request in flight: its headers and half its body are sent.
	const text = "Le sommet s’est ouvert le lundi 22 décembre 2025 à Bamako."
	body := `{"text":` + quote(text) + `,"ref":"2025-12-22"}`
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "POST /api/check HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
		addr, len(body), body[:len(body)/2])
	time.Sleep(100 * time.Millisecond) // the server reads the headers

	stop()
	waitRefused(t, addr)
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}

	// The request in flight completes.
	io.WriteString(conn, body[len(body)/2:])
	resp, err = http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("request in flight: %v", err)
	}
	var rep facts.Report
	if err := json.NewDecoder(resp.Body).Decode(&rep); err != nil || resp.StatusCode != http.StatusOK || rep.Ref != "2025-12-22" {
		t.Errorf("request in flight: status %d, report %+v (%v), want 200 and a report", resp.StatusCode, rep, err)
	}
	resp.Body.Close()

	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve after the context ended = %v, want nil", err)
		}
	case <-time.After(s.limits.ShutdownTimeout + 5*time.Second):
		t.Fatal("Serve did not return after the context ended")
	}
}

// waitRefused waits, up to 2 s, for connections to addr to be refused.
func waitRefused(t *testing.T, addr string) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return
		}
		conn.Close()
	}
	t.Fatalf("%s still accepts connections 2 s after the shutdown began", addr)
}

func TestServe_ShutdownTimeout(t *testing.T) {
	s := newTestServerWith(t, func(c *Config) {
		c.Limits = testLimits
		c.Limits.ShutdownTimeout = 200 * time.Millisecond
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	// A request that never ends: its body never comes.
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
	time.Sleep(100 * time.Millisecond)
	stop()
	select {
	case err := <-served:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Serve = %v, want the shutdown's deadline exceeded", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after its shutdown timeout")
	}
	// The connection of the stuck request is closed.
	conn.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := io.ReadAll(conn); err != nil {
		t.Errorf("read the stuck connection: %v, want it closed", err)
	}
}

func TestServe_SlowClients(t *testing.T) {
	s := newTestServerWith(t, func(c *Config) { c.Limits = testLimits })
	addr := startServer(t, s)
	const (
		slowConns = 40
		trickle   = 300 * time.Millisecond // a header byte every trickle
		sendFor   = 3 * time.Second        // while it lasts
	)
	// Each slow client sends a byte of header every trickle, and records
	// how long its connection lived.
	start := time.Now()
	lived := make([]time.Duration, slowConns)
	var wg sync.WaitGroup
	for i := range slowConns {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("slow client %d: %v", i, err)
		}
		defer conn.Close()
		conn.SetDeadline(start.Add(sendFor + 2*time.Second))
		wg.Go(func() {
			io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
			for time.Since(start) < sendFor {
				if _, err := io.WriteString(conn, "a"); err != nil {
					break
				}
				time.Sleep(trickle)
			}
		})
		wg.Go(func() {
			io.Copy(io.Discard, conn) // until the server closes it
			lived[i] = time.Since(start)
		})
	}

	// Meanwhile, other clients are served fast.
	client := &http.Client{Timeout: 5 * time.Second}
	for range 10 {
		t0 := time.Now()
		resp, err := client.Get("http://" + addr + "/api/articles/bamako-2025/claims")
		if err != nil {
			t.Fatalf("GET among slow clients: %v", err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if d := time.Since(t0); resp.StatusCode != http.StatusOK || d > time.Second {
			t.Errorf("GET among slow clients: status %d in %v, want 200 within 1 s", resp.StatusCode, d)
		}
		time.Sleep(200 * time.Millisecond)
	}

	wg.Wait()
	limit := s.limits.ReadHeaderTimeout + 500*time.Millisecond
	for i, d := range lived {
		if d > limit {
			t.Errorf("slow client %d kept its connection %v, want it closed within %v (ReadHeaderTimeout %v)",
				i, d.Round(time.Millisecond), limit, s.limits.ReadHeaderTimeout)
		}
	}
}

func TestLimits_WithDefaults(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	defaults := defaultLimits
	defaults.MaxChecks = procs
	tests := []struct {
		name   string
		limits Limits
		want   Limits
	}{
		{"defaults", Limits{}, defaults},
		{"negative is default", Limits{ReadTimeout: -1, MaxHeaderBytes: -1, MaxChecks: -3, CheckWait: -time.Second}, defaults},
		{"set", testLimits, Limits{
			ReadHeaderTimeout: time.Second, ReadTimeout: 20 * time.Second, WriteTimeout: 20 * time.Second,
			IdleTimeout: 2 * time.Second, MaxHeaderBytes: 64 << 10, ShutdownTimeout: 5 * time.Second,
			MaxChecks: procs, CheckWait: 30 * time.Second,
		}},
	}
	for _, tt := range tests {
		if got := tt.limits.withDefaults(); got != tt.want {
			t.Errorf("%s: %+v.withDefaults() = %+v, want %+v", tt.name, tt.limits, got, tt.want)
		}
	}
}

func TestServe_Limits(t *testing.T) {
	s := newTestServerWith(t, func(c *Config) { c.Limits = testLimits })
	srv := s.httpServer()
	got := Limits{
		ReadHeaderTimeout: srv.ReadHeaderTimeout, ReadTimeout: srv.ReadTimeout, WriteTimeout: srv.WriteTimeout,
		IdleTimeout: srv.IdleTimeout, MaxHeaderBytes: srv.MaxHeaderBytes,
	}
	want := testLimits.withDefaults()
	want.ShutdownTimeout, want.MaxChecks, want.CheckWait = 0, 0, 0
	if got != want {
		t.Errorf("http.Server limits = %+v, want %+v", got, want)
	}
}

func TestAPI_Busy(t *testing.T) {
	s := newTestServerWith(t, func(c *Config) {
		c.Limits.MaxChecks = 1
		c.Limits.CheckWait = 50 * time.Millisecond
	})
	h := s.Handler()
	post := func() *http.Response {
		return serve(h, "POST", "/api/check", strings.NewReader(`{"text":"Le 3 mars 2024.","ref":"2024-03-05"}`), http.Header{"Content-Type": {"application/json"}})
	}
	release, err := s.checks.acquire(context.Background()) // a check in progress
	if err != nil {
		t.Fatal(err)
	}
	resp := post()
	checkErrorResponse(t, resp, []byte(readBody(t, resp)), jsonError, "server busy")
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("POST /api/check with every slot taken: status %d, Retry-After %q; want 503 and a delay", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	release()
	if resp := post(); resp.StatusCode != http.StatusOK {
		t.Errorf("POST /api/check with a free slot: status %d, want 200", resp.StatusCode)
	}

	// A client that leaves while it waits.
	release, _ = s.checks.acquire(context.Background())
	defer release()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.checks.acquire(ctx); !errors.Is(err, context.Canceled) || !errors.Is(err, errBusy) {
		t.Errorf("acquire with a canceled context = %v, want busy and canceled", err)
	}
}
