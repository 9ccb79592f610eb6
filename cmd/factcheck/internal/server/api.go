//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"factlens/facts/check"
	"factlens/facts/export"
)

// maxCheckBody is the largest body POST /api/check reads: the largest text
// the engine accepts plus room for the JSON around it and a few escapes.
const maxCheckBody = check.MaxInput + 64<<10

// apiHandler is an API endpoint: it writes a response, or returns an error
// that [serveAPI] turns into a JSON error with the status [statusOf] gives.
type apiHandler func(w http.ResponseWriter, r *http.Request) error

// apiError is the body of every API error response.
type apiError struct {
	Error string `json:"error"`
}

// serveAPI adapts h to an http.Handler and writes its error, if any.
func (s *Server) serveAPI(h apiHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.serveError(w, r, err)
		}
	})
}

// serveError writes err as a JSON error. Server failures are logged in
// full and shown as a fixed phrase.
func (s *Server) serveError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status >= http.StatusInternalServerError {
		s.log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	} else {
		s.log.Printf("%s %s: %d %.100s", r.Method, r.URL.Path, status, err)
	}
	data, encErr := json.Marshal(apiError{Error: publicMessage(err, status)})
	if encErr != nil {
		s.log.Printf("%s %s: %v", r.Method, r.URL.Path, encErr)
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, status, data)
}

// writeJSON writes an encoded JSON body with its status.
func writeJSON(w http.ResponseWriter, status int, data []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.WriteHeader(status)
	w.Write(data)
}

// allowMethods returns a method error, with the Allow header set, unless
// r's method is one of methods.
func allowMethods(w http.ResponseWriter, r *http.Request, methods ...string) error {
	for _, m := range methods {
		if r.Method == m {
			return nil
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	return fmt.Errorf("%w: %s", errMethod, r.Method)
}

// articleClaims serves GET /api/articles/{id}/claims: the report of an
// article the host knows, as computed at start.
func (s *Server) articleClaims(w http.ResponseWriter, r *http.Request) error {
	if err := allowMethods(w, r, http.MethodGet, http.MethodHead); err != nil {
		return err
	}
	id := r.PathValue("id")
	p, ok := s.pages.article(id)
	if !ok {
		return fmt.Errorf("%w: no article %.80q", errNotFound, id)
	}
	writeJSON(w, http.StatusOK, p.reportJSON)
	return nil
}

// checkRequest is the body of POST /api/check.
type checkRequest struct {
	// Text is the text to check.
	Text string `json:"text"`
	// Lang is "fr", "en", or "" / "auto" to detect it.
	Lang string `json:"lang"`
	// Ref is the publication date, YYYY-MM-DD, in the years minRefYear
	// to maxRefYear; "" means today (UTC).
	Ref string `json:"ref"`
}

// The years a reference date may have: four-digit years, as TIMEX3
// values are written.
const (
	minRefYear = 1000
	maxRefYear = 9999
)

// checkText serves POST /api/check: the report of any text, in the CLI's
// JSON.
func (s *Server) checkText(w http.ResponseWriter, r *http.Request) error {
	if err := allowMethods(w, r, http.MethodPost); err != nil {
		return err
	}
	req, err := decodeCheckRequest(w, r)
	if err != nil {
		return err
	}
	opt, err := s.checkOptions(req)
	if err != nil {
		return err
	}
	rep, err := s.check(r.Context(), req.Text, opt)
	if errors.Is(err, errBusy) {
		w.Header().Set("Retry-After", "1")
	}
	if err != nil {
		return err
	}
	data, err := export.JSON(rep)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, data)
	return nil
}

// decodeCheckRequest reads and decodes the body of POST /api/check. The
// body must be JSON (Content-Type application/json, charset utf-8 if
// given), valid UTF-8 (encoding/json would silently replace invalid
// bytes), at most maxCheckBody bytes, one object and nothing after it.
func decodeCheckRequest(w http.ResponseWriter, r *http.Request) (checkRequest, error) {
	var req checkRequest
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return req, fmt.Errorf("%w: want Content-Type application/json", errMediaType)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return req, fmt.Errorf("%w: charset %.20q (want utf-8)", errMediaType, cs)
	}
	if r.ContentLength > maxCheckBody {
		return req, fmt.Errorf("%w: body is over %d bytes", errTooLarge, maxCheckBody)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxCheckBody))
	if err != nil {
		var maxBytes *http.MaxBytesError
		if errors.As(err, &maxBytes) {
			return req, fmt.Errorf("%w: body is over %d bytes", errTooLarge, maxBytes.Limit)
		}
		return req, fmt.Errorf("%w: read body: %w", errInvalid, err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return req, fmt.Errorf(`%w: body is empty (want {"text": "..."})`, errInvalid)
	}
	if !utf8.Valid(body) {
		return req, fmt.Errorf("%w: body is not valid UTF-8 at byte %d", errInvalid, firstInvalid(body))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return req, fmt.Errorf("%w: malformed JSON: %w", errInvalid, err)
	}
	if dec.More() {
		return req, fmt.Errorf("%w: malformed JSON: data after the object", errInvalid)
	}
	return req, nil
}

// firstInvalid returns the offset of the first byte of b that is not part
// of a valid UTF-8 sequence, or len(b).
func firstInvalid(b []byte) int {
	for off := 0; off < len(b); {
		r, size := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && size <= 1 {
			return off
		}
		off += size
	}
	return len(b)
}

// checkOptions validates the request's text, language and date and turns
// them into the engine's options.
func (s *Server) checkOptions(req checkRequest) (check.Options, error) {
	if len(req.Text) > check.MaxInput {
		return check.Options{}, fmt.Errorf("%w: text is over %d MiB", errTooLarge, check.MaxInput>>20)
	}
	if err := check.Validate(req.Text); err != nil {
		return check.Options{}, fmt.Errorf("%w: text: %w", errInvalid, err)
	}
	switch req.Lang {
	case "", "auto", "fr", "en":
	default:
		return check.Options{}, fmt.Errorf("%w: unknown lang %.20q (want fr, en or auto)", errInvalid, req.Lang)
	}
	ref := s.now().UTC()
	if req.Ref != "" {
		var err error
		if ref, err = time.Parse(time.DateOnly, req.Ref); err != nil {
			return check.Options{}, fmt.Errorf("%w: ref %.20q is not a date YYYY-MM-DD", errInvalid, req.Ref)
		}
		if y := ref.Year(); y < minRefYear || y > maxRefYear {
			return check.Options{}, fmt.Errorf("%w: ref %s is out of range (years %d to %d)", errInvalid, req.Ref, minRefYear, maxRefYear)
		}
	}
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	return check.Options{Lang: req.Lang, Ref: ref}, nil
}
