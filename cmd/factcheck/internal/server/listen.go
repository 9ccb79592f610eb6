//go:build !wasm

package server

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"time"
)

// Limits are the timeouts and sizes of the HTTP server ([Server.Serve])
// and the bound on concurrent checks. A zero (or negative) field means
// its default, given with it; tests set short ones.
type Limits struct {
	// ReadHeaderTimeout bounds the time a client has to send the request
	// line and headers, from the first byte of the request: a client
	// that trickles its headers (slowloris) loses its connection then.
	// Default 5 s.
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds the time to read a whole request, body included.
	// A POST /api/check may carry 10 MiB, which a slow client takes a
	// while to send. Default 60 s.
	ReadTimeout time.Duration
	// WriteTimeout bounds the time from the end of the request headers to
	// the end of the response: checking a 10 MiB text takes a few
	// seconds. Default 60 s.
	WriteTimeout time.Duration
	// IdleTimeout bounds the wait for the next request on a keep-alive
	// connection. Default 120 s.
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds the size of the request line and headers;
	// larger requests get 431 Request Header Fields Too Large. Default
	// 64 KiB.
	MaxHeaderBytes int
	// ShutdownTimeout bounds the wait for the requests in flight when
	// the server stops. Default 10 s.
	ShutdownTimeout time.Duration
	// MaxChecks is the most texts POST /api/check checks at once; more
	// wait for their turn. Default runtime.GOMAXPROCS(0): checking is
	// CPU-bound.
	MaxChecks int
	// CheckWait bounds the wait of a POST /api/check for its turn; it
	// then gets 503 Service Unavailable. Default 30 s, half the
	// WriteTimeout's default.
	CheckWait time.Duration
}

// defaultLimits are the limits used for the zero fields of
// [Config.Limits], as their docs say (MaxChecks aside, which depends on
// the machine).
var defaultLimits = Limits{
	ReadHeaderTimeout: 5 * time.Second,
	ReadTimeout:       60 * time.Second,
	WriteTimeout:      60 * time.Second,
	IdleTimeout:       120 * time.Second,
	MaxHeaderBytes:    64 << 10,
	ShutdownTimeout:   10 * time.Second,
	CheckWait:         30 * time.Second,
}

// withDefaults returns l with its zero (or negative) fields set from
// defaultLimits.
func (l Limits) withDefaults() Limits {
	d := defaultLimits
	positive := func(v time.Duration) time.Duration { return max(v, 0) }
	return Limits{
		ReadHeaderTimeout: cmp.Or(positive(l.ReadHeaderTimeout), d.ReadHeaderTimeout),
		ReadTimeout:       cmp.Or(positive(l.ReadTimeout), d.ReadTimeout),
		WriteTimeout:      cmp.Or(positive(l.WriteTimeout), d.WriteTimeout),
		IdleTimeout:       cmp.Or(positive(l.IdleTimeout), d.IdleTimeout),
		MaxHeaderBytes:    cmp.Or(max(l.MaxHeaderBytes, 0), d.MaxHeaderBytes),
		ShutdownTimeout:   cmp.Or(positive(l.ShutdownTimeout), d.ShutdownTimeout),
		MaxChecks:         cmp.Or(max(l.MaxChecks, 0), runtime.GOMAXPROCS(0)),
		CheckWait:         cmp.Or(positive(l.CheckWait), d.CheckWait),
	}
}

// httpServer returns the http.Server of s, with every limit set.
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.limits.ReadHeaderTimeout,
		ReadTimeout:       s.limits.ReadTimeout,
		WriteTimeout:      s.limits.WriteTimeout,
		IdleTimeout:       s.limits.IdleTimeout,
		MaxHeaderBytes:    s.limits.MaxHeaderBytes,
		ErrorLog:          s.log,
	}
}

// Serve serves s on ln until ctx is done, then shuts down gracefully: it
// closes ln at once, so new connections are refused, lets the requests in
// flight finish for up to [Limits.ShutdownTimeout], closes the idle
// connections, and returns nil; or the shutdown error if requests were
// still running at the deadline (their connections are then closed). It
// returns the error that stopped it otherwise. Serve closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := s.httpServer()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), s.limits.ShutdownTimeout)
	defer cancel()
	shutdownErr := srv.Shutdown(shutdownCtx)
	if shutdownErr != nil {
		srv.Close()
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	if shutdownErr != nil {
		return fmt.Errorf("shut down: %w", shutdownErr)
	}
	return nil
}
