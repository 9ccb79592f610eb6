//go:build !wasm

package main

import (
	"fmt"
	"os"

	"factlens/facts/check"
	"factlens/facts/kb"
)

// loadChecker returns a checker over the knowledge base of loadBase.
func loadChecker(files []string) (*check.Checker, error) {
	base, err := loadBase(files)
	if err != nil {
		return nil, err
	}
	return check.New(base)
}

// loadBase returns the knowledge base: the embedded default pack plus the
// packs in files. It is refused whole when any pack is invalid, with every
// problem of every file listed.
func loadBase(files []string) (*kb.Base, error) {
	if len(files) == 0 {
		return kb.Default()
	}
	def, err := kb.DefaultPack()
	if err != nil {
		return nil, err
	}
	packs := []*kb.Pack{def}
	var errs kb.ErrorList
	for _, name := range files {
		p, err := parsePack(name)
		if list, ok := err.(kb.ErrorList); ok {
			errs = append(errs, list...)
			continue
		}
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("invalid facts pack:\n%w", errs)
	}
	b, err := kb.New(packs...)
	if err != nil {
		return nil, fmt.Errorf("invalid facts pack:\n%w", err)
	}
	return b, nil
}

// parsePack reads and parses the pack in the named file.
func parsePack(name string) (*kb.Pack, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	return kb.Parse(name, data)
}
