package app

import (
	"regexp"
	"testing"
)

// TestRouteOf checks that the browser's routes, without regular
// expressions, are the server's.
func TestRouteOf(t *testing.T) {
	patterns := []struct {
		pattern string
		route   route
	}{
		{"^" + HomePath + "$", readerRoute},
		{ArticlePattern, readerRoute},
		{EmbedPattern, readerRoute},
		{ClassroomPattern, readerRoute},
		{StaticPagePattern, readerRoute},
		{CheckPattern, checkRoute},
	}
	server := func(path string) route {
		for _, p := range patterns {
			if regexp.MustCompile(p.pattern).MatchString(path) {
				return p.route
			}
		}
		return noRoute
	}
	tests := []struct {
		path string
		want route
	}{
		{"/", readerRoute},
		{"/a/bamako-2025", readerRoute},
		{"/a/bamako-2025.html", readerRoute},
		{"/embed/x1", readerRoute},
		{"/embed/x1.html", readerRoute},
		{"/classroom", readerRoute},
		{"/classroom.html", readerRoute},
		{"/classroom/bamako-2025", readerRoute},
		{"/classroom/bamako-2025.html", readerRoute},
		{"/check", checkRoute},
		{"/check.html", checkRoute},
		{"/.html", noRoute},
		{"/a/", noRoute},
		{"/a/.html", noRoute},
		{"/a/Bamako", noRoute},
		{"/a/x/y", noRoute},
		{"/a/x.htm", noRoute},
		{"/a/x.html.html", noRoute},
		{"/embed/", noRoute},
		{"/classroom/", noRoute},
		{"/checks", noRoute},
		{"/check/", noRoute},
		{"/index.html", noRoute},
		{"", noRoute},
		{"/a/x_y", noRoute},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := routeOf(tt.path); got != tt.want {
				t.Errorf("routeOf(%q) = %v, want %v", tt.path, got, tt.want)
			}
			if got := server(tt.path); got != tt.want {
				t.Errorf("the server's patterns route %q to %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}
