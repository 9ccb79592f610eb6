//go:build !wasm

package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBootAfterPaint(t *testing.T) {
	const boot = `<script defer src="/web/boot.js"></script>`
	tests := []struct{ name, in, want string }{
		{"go-app's order",
			`<head><script defer src="/wasm_exec.js"></script><script defer src="/app.js"></script></head>`,
			`<head>` + boot + `</head>`},
		{"attributes swapped",
			"<head>\n<script src=\"/wasm_exec.js\" defer></script>\n<script defer src=\"/app.js\"></script>\n</head>",
			"<head>\n" + boot + "\n\n</head>"},
		{"one script only: unchanged",
			`<head><script defer src="/app.js"></script></head>`,
			`<head><script defer src="/app.js"></script></head>`},
		{"other scripts untouched",
			`<script defer src="/wasm_exec.js"></script><script defer src="/app.js"></script><script src="/x.js"></script>`,
			boot + `<script src="/x.js"></script>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(bootAfterPaint([]byte(tt.in)))); diff != "" {
				t.Errorf("bootAfterPaint (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPageHandler_PassesOtherResponsesThrough(t *testing.T) {
	s := newTestServer(t)
	for _, target := range []string{"/app.js", "/web/app.wasm", "/web/factlens.css"} {
		t.Run(target, func(t *testing.T) {
			resp := serve(s.Handler(), "GET", target, nil, nil)
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusOK || strings.Contains(body, "/web/boot.js") {
				t.Errorf("status %d, boot.js in the body: %v", resp.StatusCode, strings.Contains(body, "/web/boot.js"))
			}
			if n := resp.ContentLength; n >= 0 && int(n) != len(body) {
				t.Errorf("Content-Length %d, body %d bytes", n, len(body))
			}
		})
	}
}
