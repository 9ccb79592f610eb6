//go:build !wasm

package main

import "fmt"

func runFacts(args []string, env *env) int {
	fmt.Fprintln(env.stderr, "factcheck facts: not built yet")
	return exitFail
}
