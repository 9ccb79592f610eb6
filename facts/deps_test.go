package facts_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// This file is a statement of policy, like go/build/deps_test.go: the
// engine under facts/ runs in the browser as well as on the server, so it
// depends on the standard library and golang.org/x/text only, never on the
// widget, the commands, the network, processes or the file system.

// factsPattern is the package pattern the policy governs.
const factsPattern = "factlens/facts/..."

// forbiddenImports may not be imported by a package of facts/ directly:
// os reads the environment and files, and facts/ gets its inputs as
// arguments; os/exec and net/http must not be linked in at all (see
// forbiddenDeps). Paths ending in "/..." forbid a whole tree.
var forbiddenImports = []string{"os", "os/exec", "net/http", "factlens/app/...", "factlens/cmd/..."}

// forbiddenDeps may not be among the dependencies of facts/, even through
// another package.
var forbiddenDeps = []string{"os/exec", "net/http", "factlens/app/...", "factlens/cmd/..."}

// allowedModules are the import path trees outside the standard library
// that facts/ may depend on.
var allowedModules = []string{"factlens/facts/...", "golang.org/x/text/..."}

// goTool returns the path of the go command, skipping the test when there
// is none, except in CI, where that is a failure.
func goTool(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("go")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("go command not found in CI: %v", err)
		}
		t.Skipf("skipping: go command not found: %v", err)
	}
	return path
}

// goPackage is what go list says of one package.
type goPackage struct {
	path     string
	standard bool
	imports  []string
}

// listDeps returns the packages of factsPattern and all their dependencies,
// tests excluded.
func listDeps(t *testing.T) []goPackage {
	t.Helper()
	observeSources(t)
	cmd := exec.Command(goTool(t), "list", "-deps",
		"-f", `{{.ImportPath}}{{"\t"}}{{.Standard}}{{"\t"}}{{join .Imports " "}}`, factsPattern)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v\n%s", factsPattern, err, stderr.Bytes())
	}
	var pkgs []goPackage
	for line := range strings.Lines(string(out)) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != 3 {
			t.Fatalf("go list: unexpected line %q", line)
		}
		pkgs = append(pkgs, goPackage{path: f[0], standard: f[1] == "true", imports: strings.Fields(f[2])})
	}
	return pkgs
}

// observeSources looks at go.mod and at every directory and Go file of
// facts/ (the test runs in facts/). The go command runs this package's
// tests again only when a file they looked at changed; without this, it
// would not see a new import in facts/ that only the go subprocesses read.
func observeSources(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join("..", "go.mod")); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		_, err = os.Stat(path)
		return err
	})
	if err != nil {
		t.Fatalf("observe facts/ sources: %v", err)
	}
}

// matchAny reports whether path is one of patterns or, for a pattern
// ending in "/...", in its tree.
func matchAny(path string, patterns []string) bool {
	return slices.ContainsFunc(patterns, func(p string) bool {
		if tree, ok := strings.CutSuffix(p, "/..."); ok {
			return path == tree || strings.HasPrefix(path, tree+"/")
		}
		return path == p
	})
}

func TestMatchAny(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"os", true},
		{"os/exec", true},
		{"os/signal", false},
		{"factlens/app", true},
		{"factlens/app/widget", true},
		{"factlens/apps", false},
		{"net/http/httptest", false},
	}
	for _, tt := range tests {
		if got := matchAny(tt.path, forbiddenImports); got != tt.want {
			t.Errorf("matchAny(%q, forbiddenImports) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// TestFactsDeps enforces the policy on what go list reports.
func TestFactsDeps(t *testing.T) {
	pkgs := listDeps(t)
	importedBy := make(map[string][]string)
	for _, p := range pkgs {
		for _, imp := range p.imports {
			importedBy[imp] = append(importedBy[imp], p.path)
		}
	}
	var facts int
	for _, p := range pkgs {
		if matchAny(p.path, []string{factsPattern}) {
			facts++
			for _, imp := range p.imports {
				if matchAny(imp, forbiddenImports) {
					t.Errorf("%s imports %s", p.path, imp)
				}
			}
		}
		switch {
		case matchAny(p.path, forbiddenDeps):
			t.Errorf("facts/... depends on %s (imported by %s)", p.path, strings.Join(importedBy[p.path], ", "))
		case !p.standard && !matchAny(p.path, allowedModules):
			t.Errorf("facts/... depends on %s, outside the standard library and golang.org/x/text (imported by %s)",
				p.path, strings.Join(importedBy[p.path], ", "))
		}
	}
	if facts == 0 {
		t.Fatalf("go list -deps %s listed no package of facts/", factsPattern)
	}
}

// TestFactsWasm checks that facts/ builds for the browser. It compiles the
// standard library for js/wasm the first time, so -short skips it.
func TestFactsWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the js/wasm build in short mode")
	}
	observeSources(t)
	cmd := exec.Command(goTool(t), "build", factsPattern)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("GOOS=js GOARCH=wasm go build %s: %v\n%s", factsPattern, err, out)
	}
}
