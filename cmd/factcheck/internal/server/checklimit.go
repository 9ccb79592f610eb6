//go:build !wasm

package server

import (
	"context"
	"fmt"
	"time"

	"factlens/facts"
	"factlens/facts/check"
)

// checkSlots bounds the texts POST /api/check checks at once. Checking is
// CPU-bound: without a bound, a burst of large texts would take every
// core and slow the pages down with them. A request waits for a slot
// while its client waits, up to a timeout, then gets 503.
type checkSlots struct {
	slots   chan struct{}
	timeout time.Duration
}

func newCheckSlots(n int, timeout time.Duration) *checkSlots {
	return &checkSlots{slots: make(chan struct{}, n), timeout: timeout}
}

// acquire waits for a slot, and returns the function that releases it.
// It fails with errBusy after the timeout, or with ctx's error.
func (cs *checkSlots) acquire(ctx context.Context) (release func(), err error) {
	release = func() { <-cs.slots }
	select {
	case cs.slots <- struct{}{}:
		return release, nil
	default:
	}
	t := time.NewTimer(cs.timeout)
	defer t.Stop()
	select {
	case cs.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, fmt.Errorf("%w: %d checks running for %v, try again", errBusy, cap(cs.slots), cs.timeout)
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: gave up waiting for a check slot: %w", errBusy, context.Cause(ctx))
	}
}

// check checks text in a slot of s.checks, which it holds for the check
// only, not while the response is written to a slow client.
func (s *Server) check(ctx context.Context, text string, opt check.Options) (facts.Report, error) {
	release, err := s.checks.acquire(ctx)
	if err != nil {
		return facts.Report{}, err
	}
	defer release()
	rep, err := s.checker.Check(text, opt)
	if err != nil {
		return facts.Report{}, fmt.Errorf("check: %w", err)
	}
	return rep, nil
}
