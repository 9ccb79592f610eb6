//go:build !wasm

package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

func TestServe_Shutdown(t *testing.T) {
	s := newTestServer(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get("http://" + ln.Addr().String() + "/api/articles/bamako-2025/claims")
	if err != nil {
		t.Fatalf("GET while serving: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET while serving: status %d, want 200", resp.StatusCode)
	}

	stop()
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve after the context ended = %v, want nil", err)
		}
	case <-time.After(s.limits.ShutdownTimeout + 5*time.Second):
		t.Fatal("Serve did not return after the context ended")
	}
	if _, err := client.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("GET after shutdown succeeded, want a refused connection")
	}
}

func TestServe_Limits(t *testing.T) {
	srv := newTestServer(t).httpServer()
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.MaxHeaderBytes == 0 {
		t.Errorf("http.Server limits %v %v %v %v %d: want all set", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout, srv.MaxHeaderBytes)
	}
}
