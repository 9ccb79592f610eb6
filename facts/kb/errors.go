package kb

import (
	"sort"
	"strings"
)

// Error is one problem found in a facts pack: the pack's file name, the
// JSON path of the offending value ("$.events[3].participants[1].person")
// and what is wrong with it.
type Error struct {
	File string
	Path string
	Msg  string
}

// Error formats the problem as "file: path: message".
func (e *Error) Error() string {
	return e.File + ": " + e.Path + ": " + e.Msg
}

// ErrorList is every problem found in one or more packs. The zero value is
// an empty list ready to use.
type ErrorList []*Error

// Add appends a problem to the list.
func (p *ErrorList) Add(file, path, msg string) {
	*p = append(*p, &Error{File: file, Path: path, Msg: msg})
}

// Len returns the number of problems.
func (p ErrorList) Len() int { return len(p) }

// Swap swaps problems i and j.
func (p ErrorList) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// Less orders problems by file, then path, then message.
func (p ErrorList) Less(i, j int) bool {
	a, b := p[i], p[j]
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return a.Msg < b.Msg
}

// Sort sorts the list by file, then path, then message.
func (p ErrorList) Sort() { sort.Stable(p) }

// Error lists every problem, one a line.
func (p ErrorList) Error() string {
	switch len(p) {
	case 0:
		return "no errors"
	case 1:
		return p[0].Error()
	}
	var b strings.Builder
	for i, e := range p {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}
