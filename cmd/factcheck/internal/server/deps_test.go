//go:build !wasm

package server

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestNotInWasmBuild checks that the WebAssembly client, the same main
// package built for js/wasm, links neither this package nor net/http's
// server-side helpers it would drag in, nor the claim engine, which runs
// in its own module (internal/worker): the engine's packages initialize
// their tables at start even when nothing calls them.
func TestNotInWasmBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	cmd := exec.Command(goTool, "list", "-deps", "factlens/cmd/factcheck")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "factlens/app") {
		t.Fatalf("go list: the js/wasm build does not import factlens/app:\n%s", out)
	}
	for _, pkg := range deps {
		switch pkg {
		case "factlens/cmd/factcheck/internal/server", "factlens/facts/corpus", "net/http/httptest", "os/signal",
			"factlens/facts/check", "factlens/facts/timex", "factlens/facts/claims", "factlens/facts/verify":
			t.Errorf("the js/wasm build of factlens/cmd/factcheck imports %s", pkg)
		}
	}
}
