//go:build !wasm

package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkServePage serves GET / over loopback, from the host's handler
// and from an http.FileServer serving the same bytes (what tools/load
// compares), and logs the ratio of their throughputs. Nothing is asserted
// on time: the goal (a ratio of 0.5 at least) is tools/load's.
func BenchmarkServePage(b *testing.B) {
	s := newTestServer(b)
	host := httptest.NewServer(s.Handler())
	defer host.Close()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 64}}
	resp, err := client.Get(host.URL + "/")
	if err != nil {
		b.Fatal(err)
	}
	page, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("GET /: status %d, %v", resp.StatusCode, err)
	}
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), page, 0o644); err != nil {
		b.Fatal(err)
	}
	files := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer files.Close()
	perOp := map[string]float64{} // ns/op of the last run of each
	for _, bm := range []struct{ name, url string }{{"host", host.URL + "/"}, {"fileserver", files.URL + "/"}} {
		b.Run(bm.name, func(b *testing.B) {
			defer func() { perOp[bm.name] = float64(b.Elapsed()) / float64(b.N) }()
			b.SetBytes(int64(len(page)))
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					resp, err := client.Get(bm.url)
					if err != nil {
						b.Error(err)
						return
					}
					n, err := io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err != nil || resp.StatusCode != http.StatusOK || n != int64(len(page)) {
						b.Errorf("GET %s: status %d, %d bytes, %v", bm.url, resp.StatusCode, n, err)
						return
					}
				}
			})
		})
	}
	if perOp["host"] > 0 && perOp["fileserver"] > 0 {
		b.Logf("throughput ratio host / http.FileServer: %.2f", perOp["fileserver"]/perOp["host"])
	}
}
