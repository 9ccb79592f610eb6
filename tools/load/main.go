// Load measures the throughput of factcheck serve on loopback.
//
// Usage:
//
//	go run ./tools/load [-bin bin/factcheck] [-duration 30s] [-conns 64] [-compare 10s]
//
// It starts the host binary as a child process on 127.0.0.1, then:
//
//  1. for -duration, -conns connections send, in turn, GET / (the default
//     article's prerendered page), GET /api/articles/{id}/claims and
//     POST /api/check with a 20 KB French news-like text;
//  2. it prints requests per second, the p50 and p99 latencies and the
//     errors (any status but 200, or a failed request) of each, and the
//     host's peak resident memory (VmHWM of /proc/PID/status);
//  3. for -compare each, it sends GET / only, to the host and to a plain
//     http.FileServer (this program, run again as a child process) serving
//     the same prerendered bytes, in alternate rounds, and prints the
//     ratio of their throughputs.
//
// It exits 1 if any request failed. Everything runs on 127.0.0.1, and the
// durations and connections are bounded (2 minutes, 256).
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	widget "factlens/app"
)

// compareRounds is the number of alternate rounds of the comparison with
// http.FileServer, so that both see the same load of the machine.
const compareRounds = 5

// Bounds of the flags.
const (
	maxDuration = 2 * time.Minute
	maxConns    = 256
)

func main() {
	var (
		bin        = flag.String("bin", "bin/factcheck", "the factcheck binary (make host)")
		web        = flag.String("web", "web", "the -web directory of factcheck serve")
		duration   = flag.Duration("duration", 30*time.Second, "duration of the mixed load")
		compare    = flag.Duration("compare", 10*time.Second, "duration of each GET / run compared with http.FileServer")
		conns      = flag.Int("conns", 64, "concurrent connections")
		textSize   = flag.Int("text", 20<<10, "size of the text posted to /api/check, in bytes")
		serveFiles = flag.String("serve-files", "", "internal: serve this directory with http.FileServer on 127.0.0.1")
	)
	flag.Parse()
	if *serveFiles != "" {
		os.Exit(runFileServer(*serveFiles))
	}
	switch {
	case *duration <= 0 || *duration > maxDuration || *compare < 0 || *compare > maxDuration:
		fmt.Fprintf(os.Stderr, "load: durations must be in (0, %v]\n", maxDuration)
		os.Exit(2)
	case *conns <= 0 || *conns > maxConns:
		fmt.Fprintf(os.Stderr, "load: -conns must be in [1, %d]\n", maxConns)
		os.Exit(2)
	}
	if err := run(*bin, *web, *duration, *compare, *conns, *textSize); err != nil {
		fmt.Fprintf(os.Stderr, "load: %v\n", err)
		os.Exit(1)
	}
}

func run(bin, web string, duration, compare time.Duration, conns, textSize int) error {
	if fi, err := os.Stat(web); err != nil || !fi.IsDir() {
		web = os.TempDir()
	}
	host, err := startChild(bin, "serve", "-addr", "127.0.0.1:0", "-web", web)
	if err != nil {
		return fmt.Errorf("start %s: %w", bin, err)
	}
	defer host.stop()
	client := newClient(conns)

	page, err := get(client, host.url)
	if err != nil {
		return fmt.Errorf("GET /: %w", err)
	}
	id, err := articleID(page)
	if err != nil {
		return err
	}
	text := frenchNews(textSize)
	body, err := json.Marshal(map[string]string{"text": text, "lang": "fr", "ref": "2025-12-22"})
	if err != nil {
		return err
	}
	targets := []target{
		{name: "GET /", method: "GET", url: host.url},
		{name: "GET /api/articles/" + id + "/claims", method: "GET", url: host.url + "api/articles/" + id + "/claims"},
		{name: fmt.Sprintf("POST /api/check (%d KB)", len(text)>>10), method: "POST", url: host.url + "api/check", body: body},
	}
	fmt.Printf("factcheck serve (pid %d) on %s: %d connections for %v, requests in turn\n", host.cmd.Process.Pid, host.url, conns, duration)
	mixed := hammer(client, targets, conns, duration)
	mixed.print(os.Stdout)
	hwm, err := peakRSS(host.cmd.Process.Pid)
	if err != nil {
		return err
	}
	fmt.Printf("peak RSS of factcheck serve: %.1f MiB\n", float64(hwm)/(1<<10))
	failed := mixed.errors()

	if compare > 0 {
		dir, err := os.MkdirTemp("", "factlens-load")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if err := os.WriteFile(filepath.Join(dir, "index.html"), page, 0o644); err != nil {
			return err
		}
		self, err := os.Executable()
		if err != nil {
			return err
		}
		files, err := startChild(self, "-serve-files", dir)
		if err != nil {
			return fmt.Errorf("start the file server: %w", err)
		}
		defer files.stop()
		fmt.Printf("\nGET / only, %d connections for %v each, in %d alternate rounds (%d bytes a page)\n", conns, compare, compareRounds, len(page))
		ours := &results{}
		plain := &results{}
		for range compareRounds {
			ours.add(hammer(client, []target{{name: "factcheck serve", method: "GET", url: host.url}}, conns, compare/compareRounds))
			plain.add(hammer(client, []target{{name: "http.FileServer", method: "GET", url: files.url}}, conns, compare/compareRounds))
		}
		ours.print(os.Stdout)
		plain.print(os.Stdout)
		ratio := ours.rate(0) / plain.rate(0)
		verdict := "goal ≥ 0.5 met"
		if ratio < 0.5 {
			verdict = "below the goal of 0.5"
		}
		fmt.Printf("throughput ratio factcheck / http.FileServer: %.2f (%s)\n", ratio, verdict)
		failed += ours.errors() + plain.errors()
	}
	if err := host.stop(); err != nil {
		return fmt.Errorf("factcheck serve: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d requests failed", failed)
	}
	return nil
}

// newClient returns a client that keeps up to conns connections open.
func newClient(conns int) *http.Client {
	return &http.Client{
		Timeout: time.Minute, // the host's WriteTimeout

		Transport: &http.Transport{
			MaxIdleConns:        conns,
			MaxIdleConnsPerHost: conns,
			MaxConnsPerHost:     conns,
			DisableCompression:  true,
		},
	}
}

// get returns the body of a GET of url, which must answer 200.
func get(client *http.Client, url string) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %s", resp.Status)
	}
	return body, nil
}

// dataBlock matches the page's data, the JSON of its widget.Page.
var dataBlock = regexp.MustCompile(`<script type="application/json" id="` + widget.DataElementID + `">(.*?)</script>`)

// articleID returns the id of the article of a prerendered page.
func articleID(page []byte) (string, error) {
	m := dataBlock.FindSubmatch(page)
	if m == nil {
		return "", errors.New("GET /: no page data in the page")
	}
	var p widget.Page
	if err := json.Unmarshal(m[1], &p); err != nil || p.Article.ID == "" {
		return "", fmt.Errorf("GET /: page data: %v", err)
	}
	return p.Article.ID, nil
}

// child is a server run as a child process.
type child struct {
	cmd     *exec.Cmd
	url     string // http://127.0.0.1:PORT/
	stopped bool
	err     error
}

// servingAt matches the line a child prints once it listens.
var servingAt = regexp.MustCompile(`(http://127\.0\.0\.1:[0-9]+/)`)

// startChild starts name with args, which must print its loopback URL
// within 30 s.
func startChild(name string, args ...string) (*child, error) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := servingAt.FindString(sc.Text()); m != "" {
				found <- m
				break
			}
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case c.url = <-found:
		return c, nil
	case <-time.After(30 * time.Second):
		c.stop()
		return nil, errors.New("no serving address printed within 30 s")
	}
}

// stop sends SIGTERM to the child and waits for it, up to 15 s.
func (c *child) stop() error {
	if c.stopped {
		return c.err
	}
	c.stopped = true
	c.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case c.err = <-done:
	case <-time.After(15 * time.Second):
		c.cmd.Process.Kill()
		c.err = fmt.Errorf("%w; killed after 15 s", <-done)
	}
	return c.err
}

// peakRSS returns the peak resident set size of a process, in KiB.
func peakRSS(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("peak RSS: %w", err)
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err != nil {
				return 0, fmt.Errorf("peak RSS: %q: %w", line, err)
			}
			return kb, nil
		}
	}
	return 0, errors.New("peak RSS: no VmHWM in /proc/PID/status")
}

// runFileServer serves dir with http.FileServer on a loopback port until
// SIGTERM, and returns the exit code.
func runFileServer(dir string) int {
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 5 * time.Second}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("file server: serving on http://%s/\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
