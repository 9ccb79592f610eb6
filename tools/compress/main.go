// Compress writes, beside each named file, its brotli (NAME.br, quality
// 11) and gzip (NAME.gz, best compression) copies, for servers that send
// precompressed files: the factlens host serves web/app.wasm this way.
// make wasm runs it.
//
// Usage:
//
//	go run ./tools/compress FILE...
//
// Each copy is written to a temporary file and renamed, so a server never
// reads half of one.
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: compress FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := compress(name); err != nil {
			fmt.Fprintf(os.Stderr, "compress: %v\n", err)
			os.Exit(1)
		}
	}
}

// encoders are the compressed copies written: file extension and a
// writer factory.
var encoders = []struct {
	ext string
	new func(io.Writer) (io.WriteCloser, error)
}{
	{".br", func(w io.Writer) (io.WriteCloser, error) {
		return brotli.NewWriterLevel(w, brotli.BestCompression), nil
	}},
	{".gz", func(w io.Writer) (io.WriteCloser, error) {
		return gzip.NewWriterLevel(w, gzip.BestCompression)
	}},
}

// compress writes the compressed copies of the named file.
func compress(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	for _, e := range encoders {
		if err := writeCompressed(name+e.ext, data, e.new); err != nil {
			return err
		}
	}
	return nil
}

// writeCompressed writes data compressed by the writer newW makes to
// name, through a temporary file in the same directory.
func writeCompressed(name string, data []byte, newW func(io.Writer) (io.WriteCloser, error)) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	w, err := newW(tmp)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
