//go:build !wasm

package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	widget "factlens/app"
	"factlens/facts/check"
)

// testLimits are short server limits, so that the tests of timeouts take
// seconds; the rest is generous enough for a 10 MiB body on loopback.
var testLimits = Limits{
	ReadHeaderTimeout: 1 * time.Second,
	ReadTimeout:       20 * time.Second,
	WriteTimeout:      20 * time.Second,
	IdleTimeout:       2 * time.Second,
	ShutdownTimeout:   5 * time.Second,
}

// startServer serves s with Serve on a loopback port until the test ends,
// and returns its address.
func startServer(t *testing.T, s *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return ln.Addr().String()
}

// rawRequest is an HTTP/1.1 request written byte for byte on a new
// connection, so that the server sees exactly the hostile target and
// headers, which http.Client would clean or refuse to send.
type rawRequest struct {
	method string
	target string
	header []string // "Name: value" lines; Host, and Content-Length for a body, are added unless set
	body   string
}

// host returns the Host header rr is sent with to addr.
func (rr rawRequest) host(addr string) string {
	for _, h := range rr.header {
		if name, value, _ := strings.Cut(h, ":"); strings.EqualFold(name, "host") {
			return strings.TrimSpace(value)
		}
	}
	return addr
}

// send writes rr to addr and reads the response, within 20 s. The body is
// written concurrently: the server may answer (413) and close before
// reading it all.
func (rr rawRequest) send(addr string) (*http.Response, []byte, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, nil, err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(20 * time.Second))
	var head strings.Builder
	fmt.Fprintf(&head, "%s %s HTTP/1.1\r\nConnection: close\r\n", rr.method, rr.target)
	framed := false
	for _, h := range rr.header {
		head.WriteString(h + "\r\n")
		name, _, _ := strings.Cut(strings.ToLower(h), ":")
		framed = framed || name == "content-length" || name == "transfer-encoding"
	}
	if host := rr.host(addr); host == addr {
		fmt.Fprintf(&head, "Host: %s\r\n", addr)
	}
	if !framed && (rr.body != "" || rr.method == "POST" || rr.method == "PUT") {
		fmt.Fprintf(&head, "Content-Length: %d\r\n", len(rr.body))
	}
	head.WriteString("\r\n")
	go func() { io.WriteString(conn, head.String()+rr.body) }()
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: rr.method})
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp, body, err
}

// The kinds of error responses.
const (
	// jsonError is an API error: Content-Type JSON and exactly
	// {"error": "..."}, the message containing the row's want.
	jsonError = iota + 1
	// notFoundPage is the reader's prerendered page, saying that no
	// article lives there.
	notFoundPage
	// textError is a plain-text error from net/http or the page
	// handler, containing the row's want.
	textError
	// redirect is a redirect to the row's want, a path of this host.
	redirect
	// htmlPage is a 200 page of the reader, with nothing injected.
	htmlPage
)

// hostileRequests are requests no client should send, with the response
// the host must give: a 4xx, never a 5xx, and for the API a JSON error.
func hostileRequests() []struct {
	name   string
	req    rawRequest
	status int
	kind   int
	want   string
} {
	const (
		checkPath = "/api/check"
		claims    = "/api/articles/bamako-2025/claims"
		ctJSON    = "Content-Type: application/json"
	)
	post := func(body string, header ...string) rawRequest {
		return rawRequest{"POST", checkPath, append([]string{ctJSON}, header...), body}
	}
	get := func(target string, header ...string) rawRequest { return rawRequest{"GET", target, header, ""} }
	return []struct {
		name   string
		req    rawRequest
		status int
		kind   int
		want   string
	}{
		// Bodies of POST /api/check.
		{"empty body", post(""), 400, jsonError, "body is empty"},
		{"blank body", post(" \r\n\t"), 400, jsonError, "body is empty"},
		{"body over the limit", post(`{"text":"` + strings.Repeat("a", maxCheckBody) + `"}`), 413, jsonError, "body is over"},
		{"declared length over the limit", post(`{"text":"a"}`, fmt.Sprintf("Content-Length: %d", maxCheckBody+1)), 413, jsonError, "body is over"},
		{"chunked body over the limit", post(chunked(`{"text":"`+strings.Repeat("é", maxCheckBody/2)+`"}`), "Transfer-Encoding: chunked"), 413, jsonError, "body is over"},
		{"text over the limit", post(`{"text":"` + strings.Repeat("a", check.MaxInput+1) + `"}`), 413, jsonError, "text is over 10 MiB"},
		{"invalid UTF-8 in the body", post("{\"text\":\"caf\xe9\"}"), 400, jsonError, "not valid UTF-8 at byte 12"},
		{"overlong UTF-8", post("{\"text\":\"\xc0\xaf\"}"), 400, jsonError, "not valid UTF-8 at byte 9"},
		{"UTF-16 surrogate", post("{\"text\":\"\xed\xa0\x80\"}"), 400, jsonError, "not valid UTF-8 at byte 9"},
		{"invalid UTF-8 escaped in JSON", post(`{"text":"\udc00 lone surrogate"}`), 200, 0, ""},
		{"malformed JSON", post(`{"text":`), 400, jsonError, "malformed JSON"},
		{"not an object", post(`["text"]`), 400, jsonError, "malformed JSON"},
		{"JSON null", post(`null`), 400, jsonError, "input is empty"},
		{"data after the object", post(`{"text":"a"} {"text":"b"}`), 400, jsonError, "data after the object"},
		{"unknown field", post(`{"text":"a","language":"fr"}`), 400, jsonError, `unknown field "language"`},
		{"duplicate field", post(`{"text":"a","text":"Le 3 mars 2024."}`), 200, 0, ""},
		{"text not a string", post(`{"text":42}`), 400, jsonError, "malformed JSON"},
		{"lang not a string", post(`{"text":"a","lang":["fr"]}`), 400, jsonError, "malformed JSON"},
		{"ref not a string", post(`{"text":"a","ref":20250101}`), 400, jsonError, "malformed JSON"},
		{"deeply nested", post(`{"text":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`), 400, jsonError, "malformed JSON"},
		{"no text", post(`{}`), 400, jsonError, "input is empty"},
		{"blank text", post(`{"text":" \n\t "}`), 400, jsonError, "input is empty"},
		{"NUL text", post(`{"text":"\u0000"}`), 200, 0, ""},

		// Languages and reference dates.
		{"unknown lang", post(`{"text":"a","lang":"de"}`), 400, jsonError, `unknown lang "de"`},
		{"upper-case lang", post(`{"text":"a","lang":"FR"}`), 400, jsonError, `unknown lang "FR"`},
		{"long lang is cut", post(`{"text":"a","lang":"` + strings.Repeat("x", 1000) + `"}`), 400, jsonError, `unknown lang "xxxxxxxxxxxxxxxxxxxx" (want`},
		{"markup in lang", post(`{"text":"a","lang":"<script>"}`), 400, jsonError, `unknown lang "<script>"`},
		{"ref year 0", post(`{"text":"a","ref":"0000-01-01"}`), 400, jsonError, "out of range"},
		{"ref year 999", post(`{"text":"a","ref":"0999-12-31"}`), 400, jsonError, "out of range"},
		{"ref year 99999", post(`{"text":"a","ref":"99999-01-01"}`), 400, jsonError, "is not a date"},
		{"ref 30 February", post(`{"text":"a","ref":"2025-02-30"}`), 400, jsonError, "is not a date"},
		{"ref month 13", post(`{"text":"a","ref":"2025-13-01"}`), 400, jsonError, "is not a date"},
		{"ref negative year", post(`{"text":"a","ref":"-001-01-01"}`), 400, jsonError, "is not a date"},
		{"ref with a time", post(`{"text":"a","ref":"2025-01-01T00:00:00Z"}`), 400, jsonError, "is not a date"},
		{"ref day first", post(`{"text":"a","ref":"22/12/2025"}`), 400, jsonError, `ref "22/12/2025" is not a date`},
		{"ref year 9999", post(`{"text":"Le 31 décembre, puis l'an prochain.","ref":"9999-12-31"}`), 200, 0, ""},
		{"ref year 1000", post(`{"text":"Il y a deux ans, le 1er janvier.","ref":"1000-01-01"}`), 200, 0, ""},

		// Content types.
		{"no content type", rawRequest{"POST", checkPath, nil, `{"text":"x"}`}, 415, jsonError, "want Content-Type application/json"},
		{"text content type", rawRequest{"POST", checkPath, []string{"Content-Type: text/plain"}, `{"text":"x"}`}, 415, jsonError, "unsupported media type"},
		{"form content type", rawRequest{"POST", checkPath, []string{"Content-Type: application/x-www-form-urlencoded"}, "text=x"}, 415, jsonError, "unsupported media type"},
		{"multipart content type", rawRequest{"POST", checkPath, []string{"Content-Type: multipart/form-data; boundary=x"}, "--x--"}, 415, jsonError, "unsupported media type"},
		{"malformed content type", rawRequest{"POST", checkPath, []string{"Content-Type: application/json; ="}, `{"text":"x"}`}, 415, jsonError, "unsupported media type"},
		{"latin-1 charset", rawRequest{"POST", checkPath, []string{"Content-Type: application/json; charset=iso-8859-1"}, `{"text":"x"}`}, 415, jsonError, `charset "iso-8859-1"`},
		{"json suffix type", rawRequest{"POST", checkPath, []string{"Content-Type: application/evil+json"}, `{"text":"x"}`}, 415, jsonError, "unsupported media type"},

		// Methods.
		{"check by GET", get(checkPath), 405, jsonError, "method not allowed: GET"},
		{"check by PUT", rawRequest{"PUT", checkPath, []string{ctJSON}, `{"text":"x"}`}, 405, jsonError, "method not allowed: PUT"},
		{"check by DELETE", rawRequest{"DELETE", checkPath, nil, ""}, 405, jsonError, "method not allowed: DELETE"},
		{"check by OPTIONS", rawRequest{"OPTIONS", checkPath, nil, ""}, 405, jsonError, "method not allowed: OPTIONS"},
		{"claims by POST", rawRequest{"POST", claims, []string{ctJSON}, "{}"}, 405, jsonError, "method not allowed: POST"},
		{"claims by PATCH", rawRequest{"PATCH", claims, nil, ""}, 405, jsonError, "method not allowed: PATCH"},
		{"page by POST", rawRequest{"POST", "/", []string{ctJSON}, "{}"}, 405, textError, "method not allowed"},
		{"article by DELETE", rawRequest{"DELETE", "/a/bamako-2025", nil, ""}, 405, textError, "method not allowed"},
		{"made-up method", rawRequest{"FROB", "/", nil, ""}, 405, textError, "method not allowed"},

		// Unknown articles and API paths.
		{"unknown article claims", get("/api/articles/no-such-article/claims"), 404, jsonError, `not found: no article "no-such-article"`},
		{"markup in article id", get("/api/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E/claims"), 404, jsonError, `no article "<script>alert(1)</script>"`},
		{"traversal in article id", get("/api/articles/..%2F..%2Fgo.mod/claims"), 404, jsonError, `no article "../../go.mod"`},
		{"long article id is cut", get("/api/articles/" + strings.Repeat("x", 4000) + "/claims"), 404, jsonError, "not found"},
		{"unknown endpoint", get("/api/nothing"), 404, jsonError, "not found: no API at /api/nothing"},
		{"check with a trailing slash", post(`{"text":"x"}`).at("/api/check/"), 404, jsonError, "not found"},
		{"unknown article page", get("/a/no-such-article"), 404, notFoundPage, ""},
		{"markup in article page", get("/a/%3Cimg%20src=x%20onerror=alert(1)%3E"), 404, notFoundPage, ""},
		{"invalid UTF-8 in article page", get("/a/%ff%fe"), 404, notFoundPage, ""},
		{"article prefix only", get("/a/"), 404, notFoundPage, ""},
		{"article id of hyphens", get("/a/--"), 404, notFoundPage, ""},
		{"article traversal", get("/a/..%2f..%2fgo.mod"), 404, notFoundPage, ""},

		// Sizes of the request line and headers.
		{"long query string", get("/api/check?q=" + strings.Repeat("a", maxURIBytes)), 414, jsonError, "URL is over 8192 bytes"},
		{"long page URL", get("/a/" + strings.Repeat("a", maxURIBytes)), 414, textError, "URI too long"},
		{"huge query string", get("/?q=" + strings.Repeat("a", 256<<10)), 431, textError, "Request Header Fields Too Large"},
		{"huge header", get("/", "X-Big: "+strings.Repeat("a", 256<<10)), 431, textError, "Request Header Fields Too Large"},
		{"many headers", get("/", manyHeaders(5000)...), 431, textError, "Request Header Fields Too Large"},
		{"NUL in a header", get("/", "X-Evil: a\x00b"), 400, textError, "Bad Request"},
		{"newline in a header name", get("/", "X-Evil\n: b"), 400, textError, "Bad Request"},
		{"space in the target", get("/a/x y"), 400, textError, "Bad Request"},
		{"markup in Host", get("/", `Host: "><script>alert(1)</script>`), 400, textError, "Bad Request"},
		{"two Content-Length", post(`{"text":"x"}`, "Content-Length: 12", "Content-Length: 13"), 400, textError, "Bad Request"},

		// Embedding: oEmbed, the embedded reader, embed.js, the demo.
		{"oembed script URL", get("/oembed?url=javascript:alert(1)"), 400, textError, "url must be"},
		{"oembed of another host", get("/oembed?url=http://evil.example/a/bamako-2025"), 404, textError, "no article page"},
		{"oembed of markup", get("/oembed?url=http://factlens.test/a/%3Cscript%3E", "Host: factlens.test"), 404, textError, "no article page"},
		{"oembed negative width", get("/oembed?url=http://factlens.test/&maxwidth=-1", "Host: factlens.test"), 400, textError, "not a positive number"},
		{"oembed huge height", get("/oembed?url=http://factlens.test/&maxheight=99999999999999999999", "Host: factlens.test"), 400, textError, "not a positive number"},
		{"oembed xml", get("/oembed?url=http://factlens.test/&format=xml", "Host: factlens.test"), 501, textError, "only format=json"},
		{"oembed by POST", rawRequest{"POST", "/oembed?url=http://factlens.test/", []string{"Host: factlens.test"}, ""}, 405, textError, "method not allowed"},
		{"embed of markup", get("/embed/%3Cscript%3Ealert(1)%3C%2Fscript%3E"), 404, notFoundPage, ""},
		{"embed parent script URL", get("/embed/bamako-2025?parent=javascript:alert(1)"), 200, htmlPage, ""},
		{"embed parent markup", get("/embed/bamako-2025?parent=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"), 200, htmlPage, ""},
		{"embed.js by POST", rawRequest{"POST", "/embed.js", nil, ""}, 405, textError, "method not allowed"},
		{"demo by DELETE", rawRequest{"DELETE", "/demo/embed", nil, ""}, 405, textError, "method not allowed"},
		{"markup in Host of the demo", get("/demo/embed", `Host: x"><script>alert(1)</script>`), 400, textError, "Bad Request"},
		{"quote in Host of the demo", get("/demo/embed", `Host: x'onload='alert(1)`), 200, 0, ""},

		// Static paths.
		{"dot dot", get("/web/../go.mod"), 307, redirect, "/go.mod"},
		{"encoded dot dot", get("/web/%2e%2e/go.mod"), 404, textError, "404 page not found"},
		{"encoded slash", get("/web/..%2fgo.mod"), 404, textError, "404 page not found"},
		{"encoded dot dot and slashes", get("/web/%2e%2e%2f%2e%2e%2fgo.mod"), 404, textError, "404 page not found"},
		{"backslashes", get(`/web/..\..\go.mod`), 404, textError, "404 page not found"},
		{"encoded backslashes", get("/web/..%5c..%5cgo.mod"), 404, textError, "404 page not found"},
		{"double slash", get("/web//etc/passwd"), 307, redirect, "/web/etc/passwd"},
		{"dot file", get("/web/.secret"), 404, textError, "404 page not found"},
		{"encoded dot file", get("/web/%2esecret"), 404, textError, "404 page not found"},
		{"NUL in a static path", get("/web/app.wasm%00.css"), 404, textError, "404 page not found"},
		{"source file", get("/web/embed.go"), 404, textError, "404 page not found"},
		{"etc passwd", get("/web/../../../../etc/passwd"), 307, redirect, "/etc/passwd"},
		{"absolute-form target", get("http://evil.example/web/../go.mod"), 307, redirect, "/go.mod"},
	}
}

// at returns rr with another target.
func (rr rawRequest) at(target string) rawRequest {
	rr.target = target
	return rr
}

// chunked encodes body with the chunked transfer coding, in 64 KiB
// chunks.
func chunked(body string) string {
	var b strings.Builder
	for len(body) > 0 {
		n := min(len(body), 64<<10)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, body[:n])
		body = body[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// manyHeaders returns n small distinct header lines.
func manyHeaders(n int) []string {
	h := make([]string, n)
	for i := range h {
		h[i] = fmt.Sprintf("X-H%d: %s", i, strings.Repeat("v", 20))
	}
	return h
}

// secrets are texts the host must never send: the contents of files that
// are not its assets.
var secrets = []string{"module factlens", "hidden", "root:x:0:0"}

func TestHostileRequests(t *testing.T) {
	s := newTestServerWith(t, func(c *Config) { c.Limits = testLimits })
	addr := startServer(t, s)
	for _, tt := range hostileRequests() {
		t.Run(tt.name, func(t *testing.T) {
			resp, body, err := tt.req.send(addr)
			if err != nil {
				t.Fatalf("%s %.80s: %v", tt.req.method, tt.req.target, err)
			}
			if resp.StatusCode != tt.status {
				t.Errorf("%s %.80s: status %d, want %d (body %.200q)", tt.req.method, tt.req.target, resp.StatusCode, tt.status, body)
			}
			for _, secret := range secrets {
				if strings.Contains(string(body), secret) {
					t.Errorf("%s %.80s: the body holds %q", tt.req.method, tt.req.target, secret)
				}
			}
			checkErrorResponse(t, resp, body, tt.kind, tt.want)
			if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				// The demo page loads embed.js from the host it was asked for.
				known := slices.Concat(knownScripts, []string{"src=http://" + tt.req.host(addr) + embedScriptPath})
				checkNoInjection(t, string(body), known)
			}
		})
	}
}

// checkErrorResponse checks that resp is an error response of the given
// kind whose message, or Location, contains want.
func checkErrorResponse(t *testing.T, resp *http.Response, body []byte, kind int, want string) {
	t.Helper()
	ct := resp.Header.Get("Content-Type")
	switch kind {
	case 0: // a success, of any type
	case jsonError:
		if ct != "application/json; charset=utf-8" {
			t.Errorf("Content-Type = %q, want JSON", ct)
		}
		var e apiError
		dec := json.NewDecoder(strings.NewReader(string(body)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil || dec.More() {
			t.Fatalf("body %.200q is not {\"error\": ...}: %v", body, err)
		}
		if !strings.Contains(e.Error, want) {
			t.Errorf("error %q, want it to contain %q", e.Error, want)
		}
	case notFoundPage:
		if !strings.HasPrefix(ct, "text/html") {
			t.Errorf("Content-Type = %q, want HTML", ct)
		}
		if !strings.Contains(string(body), "<html") || strings.Contains(string(body), widget.DataElementID) {
			t.Errorf("body is not the reader's page without an article: %.300q", body)
		}
	case textError:
		if !strings.HasPrefix(ct, "text/plain") {
			t.Errorf("Content-Type = %q, want plain text", ct)
		}
		if !strings.Contains(string(body), want) {
			t.Errorf("body %.200q, want it to contain %q", body, want)
		}
	case redirect:
		if loc := resp.Header.Get("Location"); loc != want {
			t.Errorf("Location = %q, want %q", loc, want)
		}
	case htmlPage:
		if !strings.HasPrefix(ct, "text/html") {
			t.Errorf("Content-Type = %q, want HTML", ct)
		}
	}

}
