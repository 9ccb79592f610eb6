//go:build !wasm

package server

import (
	"errors"
	"net/http"

	"factlens/facts/check"
)

// Categories of request errors. Handlers wrap one of them with the detail
// the client may read ("%w: text is empty"); [statusOf] maps them to HTTP
// statuses. Any other error is a server failure.
var (
	errInvalid    = errors.New("invalid request")
	errNotFound   = errors.New("not found")
	errTooLarge   = errors.New("request too large")
	errMediaType  = errors.New("unsupported media type")
	errMethod     = errors.New("method not allowed")
	errURITooLong = errors.New("URI too long")
	errBusy       = errors.New("server busy")
)

// statusOf is the one place that maps an error to the HTTP status of the
// response.
func statusOf(err error) int {
	var maxBytes *http.MaxBytesError
	var input *check.InputError
	switch {
	case errors.As(err, &maxBytes), errors.Is(err, errTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errBusy):
		return http.StatusServiceUnavailable
	case errors.Is(err, errURITooLong):
		return http.StatusRequestURITooLong
	case errors.Is(err, errNotFound):
		return http.StatusNotFound
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed
	case errors.Is(err, errMediaType):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, errInvalid), errors.Is(err, check.ErrEmpty), errors.As(err, &input):
		return http.StatusBadRequest
	default:
		return http.StatusInternalServerError
	}
}

// publicMessage returns what a client may read of err: its text for a
// request error, a fixed phrase for a server failure, whose details go to
// the log only.
func publicMessage(err error, status int) string {
	if status >= http.StatusInternalServerError && status != http.StatusServiceUnavailable {
		return "internal server error"
	}
	return err.Error()
}
