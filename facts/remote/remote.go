// Package remote is the claim engine behind a message channel: the
// requests a page sends to the engine running apart from it (in a Web
// Worker, as its own WebAssembly module) and the engine's responses, both
// as JSON text.
//
// The page's side only encodes requests and decodes responses, so it
// needs neither the engine nor its knowledge base: this package imports
// only [factlens/facts].
package remote

import (
	"encoding/json"
	"fmt"

	"factlens/facts"
)

// Request asks for the report of an article: its Text, checked in its
// Lang ("" to detect it) against its Published date.
type Request struct {
	// ID names the request; its response carries it back.
	ID      int           `json:"id"`
	Article facts.Article `json:"article"`
}

// Response answers the request with the same ID: the report, or why there
// is none.
type Response struct {
	ID     int           `json:"id"`
	Report *facts.Report `json:"report,omitempty"`
	Error  string        `json:"error,omitempty"`
}

// Engine checks articles; [*factlens/facts/check.Checker] is one.
type Engine interface {
	CheckArticle(a facts.Article) (facts.Report, error)
}

// Serve answers one request, given as JSON, with its response as JSON. A
// request that is not valid JSON gets a response with ID 0 and the error.
func Serve(e Engine, request []byte) []byte {
	var req Request
	resp := Response{}
	if err := json.Unmarshal(request, &req); err != nil {
		resp.Error = fmt.Sprintf("engine: malformed request: %v", err)
	} else {
		resp.ID = req.ID
		if r, err := e.CheckArticle(req.Article); err != nil {
			resp.Error = err.Error()
		} else {
			resp.Report = &r
		}
	}
	b, err := json.Marshal(resp)
	if err != nil { // a claim with an invalid kind or verdict
		b, _ = json.Marshal(Response{ID: resp.ID, Error: fmt.Sprintf("engine: encode response: %v", err)})
	}
	return b
}

// Decode returns the report of a response, or its error.
func Decode(response []byte) (id int, r facts.Report, err error) {
	var resp Response
	if err := json.Unmarshal(response, &resp); err != nil {
		return 0, facts.Report{}, fmt.Errorf("engine: malformed response: %w", err)
	}
	switch {
	case resp.Error != "":
		return resp.ID, facts.Report{}, fmt.Errorf("%s", resp.Error)
	case resp.Report == nil:
		return resp.ID, facts.Report{}, fmt.Errorf("engine: response %d has no report", resp.ID)
	}
	return resp.ID, *resp.Report, nil
}

// Encode returns the request of an article as JSON.
func Encode(id int, a facts.Article) ([]byte, error) {
	b, err := json.Marshal(Request{ID: id, Article: a})
	if err != nil {
		return nil, fmt.Errorf("engine: encode request: %w", err)
	}
	return b, nil
}
