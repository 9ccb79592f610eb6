//go:build !wasm

package server

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// DefaultFrameAncestors is the CSP frame-ancestors value used when
// [Config.FrameAncestors] is empty: only pages of the widget's own origin
// may frame it.
const DefaultFrameAncestors = "'self'"

// contentSecurityPolicy returns the policy of every response. It allows
// what a go-app page needs and nothing else: its own scripts and the
// WebAssembly they compile ('wasm-unsafe-eval'), its own styles and
// images (data: for inline SVG), fetches to its own origin (app.wasm and
// the API), its service worker and manifest; frameAncestors says which
// pages may embed the widget.
func contentSecurityPolicy(frameAncestors string) string {
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"base-uri 'none'",
		"object-src 'none'",
		"form-action 'self'",
		"frame-ancestors " + frameAncestors,
	}, "; ")
}

// withSecurityHeaders sets the security headers on every response of h,
// errors included. There is no X-Frame-Options: publishers frame the
// widget, and frame-ancestors in the policy says which may.
func withSecurityHeaders(h http.Handler, csp string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hdr := w.Header()
		hdr.Set("Content-Security-Policy", csp)
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.ServeHTTP(w, r)
	})
}

var (
	// schemeSource is a CSP scheme-source: "https:".
	schemeSource = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:$`)
	// hostSource is a CSP host-source: [scheme://]host[:port][/path],
	// where host may be "*" or start with "*.".
	hostSource = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*://)?(\*|(\*\.)?[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*)(:([0-9]{1,5}|\*))?(/[A-Za-z0-9._~%!$&()*+=:@/-]*)?$`)
)

// ValidateFrameAncestors reports whether sources is a valid value for the
// CSP frame-ancestors directive: 'none' alone, or a space-separated list
// of 'self', scheme sources ("https:") and host sources
// ("https://news.example", "https://*.example.org:8443"). It refuses
// anything that could end the directive or the header: ';', ',', quotes
// other than in the keywords, control characters and non-ASCII bytes.
func ValidateFrameAncestors(sources string) error {
	for i := 0; i < len(sources); i++ {
		if c := sources[i]; c < ' ' || c > '~' || c == ';' || c == ',' {
			return fmt.Errorf("frame-ancestors %q: byte %d (%q) is not allowed", sources, i, c)
		}
	}
	fields := strings.Fields(sources)
	if len(fields) == 0 {
		return fmt.Errorf("frame-ancestors is empty (want 'self', 'none' or origins)")
	}
	for _, f := range fields {
		switch {
		case f == "'none'" && len(fields) > 1:
			return fmt.Errorf("frame-ancestors %q: 'none' must stand alone", sources)
		case f == "'none'", f == "'self'", schemeSource.MatchString(f), hostSource.MatchString(f):
		default:
			return fmt.Errorf("frame-ancestors %q: %q is not a source (want 'self', 'none', a scheme like https: or an origin like https://news.example)", sources, f)
		}
	}
	return nil
}
