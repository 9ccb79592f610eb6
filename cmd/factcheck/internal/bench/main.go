//go:build !wasm

// Bench measures the factlens reader against its delivery goals, in one
// run, and prints the figures (make bench runs it after make build):
//
//   - the size of web/app.wasm, raw, gzip (-9) and brotli (quality 11),
//     and its ratio to a go-app hello world built the same way (package
//     hello); goal: brotli ≤ 1.2×;
//   - first highlighted paint in headless Chromium: the reader's
//     prerendered page against the same page as plain static HTML (its
//     scripts and loader removed) served by the same host; goal ≤ 1.1×;
//   - time until interactive: the client started and a claim opened its
//     card, on the article page and on its embedded reader, against the
//     hello world's button working; goal ≤ 1.3×;
//   - the engine's throughput natively and in Chromium (WebAssembly),
//     with the same code (package throughput).
//
// Every browser figure is the median of -runs loads, each in a fresh
// browser context (empty cache, no service worker). The loads of one
// round follow each other; each ratio, the ratio of two medians, is given
// with the median of the rounds' own ratios ("paired"), which a slower
// spell of the machine moves less.
//
// Usage, from the repository root:
//
//	go run ./cmd/factcheck/internal/bench [-web web] [-runs 7] [-chromium chromium]
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"

	widget "factlens/app"
	"factlens/cmd/factcheck/internal/bench/throughput"
	"factlens/cmd/factcheck/internal/server"
	"factlens/facts/check"
	"factlens/facts/corpus"
	"factlens/facts/kb"
	"factlens/web"
)

const (
	helloPkg  = "./cmd/factcheck/internal/bench/hello"
	enginePkg = "./cmd/factcheck/internal/bench/engine"
)

// Goals of the issue, as ratios to the baselines.
const (
	goalSize        = 1.2
	goalPaint       = 1.1
	goalInteractive = 1.3
)

func main() {
	webDir := flag.String("web", "web", "directory of the built client (make build)")
	runs := flag.Int("runs", 7, "page loads per browser figure")
	chromium := flag.String("chromium", "chromium", "Chromium to run headless")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	if err := run(*webDir, *runs, *chromium); err != nil {
		log.Fatal(err)
	}
}

func run(webDir string, runs int, chromium string) error {
	tmp, err := os.MkdirTemp("", "factlens-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	// Builds: the hello world (client and server) and the engine's
	// browser benchmark, with make wasm's flags.
	helloWeb := filepath.Join(tmp, "hello")
	log.Print("building the hello world and the engine benchmark")
	for _, b := range []struct{ out, pkg string }{
		{filepath.Join(helloWeb, "app.wasm"), helloPkg},
		{filepath.Join(tmp, "engine.wasm"), enginePkg},
	} {
		if err := goBuild(b.out, b.pkg, true); err != nil {
			return err
		}
	}
	helloServer := filepath.Join(tmp, "hello-server")
	if err := goBuild(helloServer, helloPkg, false); err != nil {
		return err
	}

	log.Print("compressing (brotli quality 11 takes a while)")
	reader, err := measureSize(filepath.Join(webDir, "app.wasm"), false)
	if err != nil {
		return err
	}
	hello, err := measureSize(filepath.Join(helloWeb, "app.wasm"), true)
	if err != nil {
		return err
	}
	engineSize, err := measureSize(filepath.Join(webDir, "engine.wasm"), false)
	if err != nil {
		return err
	}

	host, defaultID, err := startHost(webDir, tmp)
	if err != nil {
		return err
	}
	defer host.Close()
	helloURL, stopHello, err := startHello(helloServer, helloWeb)
	if err != nil {
		return err
	}
	defer stopHello()

	log.Print("measuring in Chromium")
	b, err := newBrowser(chromium)
	if err != nil {
		return err
	}
	defer b.close()

	// Each measurement gives two times: [first byte, paint] or [client
	// started, interactive].
	var paint, paintBase, firstByte, firstByteBase, started, live, startedEmbed, liveEmbed, startedHello, liveHello []float64
	embedURL := host.URL + "/embed/" + defaultID
	for range runs {
		for _, m := range []struct {
			dst  []*[]float64
			url  string
			expr string
		}{
			{[]*[]float64{&firstByte, &paint}, host.URL + "/", firstPaint},
			{[]*[]float64{&firstByteBase, &paintBase}, host.URL + baselinePath, firstPaint},
			{[]*[]float64{&started, &live}, host.URL + "/", readerInteractive},
			{[]*[]float64{&startedEmbed, &liveEmbed}, embedURL, readerInteractive},
			{[]*[]float64{&startedHello, &liveHello}, helloURL, helloInteractive},
		} {
			ms, err := b.load(m.url, m.expr)
			if err != nil {
				return fmt.Errorf("%s: %w", m.url, err)
			}
			if len(ms) != len(m.dst) {
				return fmt.Errorf("%s: %d times, want %d", m.url, len(ms), len(m.dst))
			}
			for i, d := range m.dst {
				*d = append(*d, ms[i])
			}
		}
	}
	native, err := throughput.Measure(time.Second)
	if err != nil {
		return err
	}
	inBrowser, err := b.engine(host.URL + enginePagePath)
	if err != nil {
		return err
	}

	w := os.Stdout
	fmt.Fprintf(w, "\nfactlens bench (%s, %s, %s/%s; browser figures: median of %d loads)\n\n", runtime.Version(), b.version, runtime.GOOS, runtime.GOARCH, runs)
	fmt.Fprintf(w, "WASM size (bytes)      %12s %12s %12s\n", "raw", "gzip -9", "brotli 11")
	fmt.Fprintf(w, "  reader app.wasm      %12d %12d %12d\n", reader.raw, reader.gzip, reader.brotli)
	fmt.Fprintf(w, "  go-app hello world   %12d %12d %12d\n", hello.raw, hello.gzip, hello.brotli)
	fmt.Fprintf(w, "  ratio                %11.2f× %11.2f× %11.2f×   %s\n",
		ratio(reader.raw, hello.raw), ratio(reader.gzip, hello.gzip), ratio(reader.brotli, hello.brotli),
		verdict(ratio(reader.brotli, hello.brotli), goalSize, "brotli"))
	fmt.Fprintf(w, "  engine.wasm          %12d %12d %12d   (its Web Worker: /check and shared classrooms only)\n",
		engineSize.raw, engineSize.gzip, engineSize.brotli)
	fmt.Fprintf(w, "\nFirst highlighted paint (ms from navigation)\n")
	fmt.Fprintf(w, "  %-22s %10s %12s\n", "", "first byte", "paint")
	fmt.Fprintf(w, "  reader page            %10.1f %12.1f\n  static HTML            %10.1f %12.1f\n  ratio                  %9.2f× %11.2f×   %s\n",
		median(firstByte), median(paint), median(firstByteBase), median(paintBase),
		median(firstByte)/median(firstByteBase), median(paint)/median(paintBase), verdict(median(paint)/median(paintBase), goalPaint, ""))
	fmt.Fprintf(w, "  paired (median ratio)  %9.2f× %11.2f×\n", pairedMedian(firstByte, firstByteBase), pairedMedian(paint, paintBase))
	fmt.Fprintf(w, "\nTime until interactive (ms from navigation)\n")
	fmt.Fprintf(w, "  %-22s %10s %12s\n", "", "started", "interactive")
	fmt.Fprintf(w, "  reader (claim card)    %10.1f %12.1f\n  hello world (button)   %10.1f %12.1f\n  ratio                  %9.2f× %11.2f×   %s\n",
		median(started), median(live), median(startedHello), median(liveHello),
		median(started)/median(startedHello), median(live)/median(liveHello), verdict(median(live)/median(liveHello), goalInteractive, ""))
	fmt.Fprintf(w, "  paired (median ratio)  %9.2f× %11.2f×\n", pairedMedian(started, startedHello), pairedMedian(live, liveHello))
	fmt.Fprintf(w, "  embedded reader        %10.1f %12.1f\n  ratio                  %9.2f× %11.2f×   %s\n",
		median(startedEmbed), median(liveEmbed),
		median(startedEmbed)/median(startedHello), median(liveEmbed)/median(liveHello), verdict(median(liveEmbed)/median(liveHello), goalInteractive, ""))
	fmt.Fprintf(w, "  paired (median ratio)  %9.2f× %11.2f×\n", pairedMedian(startedEmbed, startedHello), pairedMedian(liveEmbed, liveHello))
	fmt.Fprintf(w, "\nEngine throughput (facts/check)\n")
	for i, n := range native {
		fmt.Fprintf(w, "  %-24s native %8.2f MB/s (%v a check)", n.Name, n.MBPerSecond(), n.PerCall().Round(time.Microsecond))
		if i < len(inBrowser) {
			br := inBrowser[i]
			fmt.Fprintf(w, "   wasm %8.2f MB/s (%v a check, %.1f× slower)", br.MBPerSecond(), br.PerCall().Round(time.Microsecond), n.MBPerSecond()/br.MBPerSecond())
		}
		fmt.Fprintln(w)
	}
	return nil
}

// goBuild builds pkg into out, for the browser when wasm is true, with
// the flags of make wasm.
func goBuild(out, pkg string, wasm bool) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Stderr = os.Stderr
	cmd.Env = os.Environ()
	if wasm {
		cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("build %s: %w", pkg, err)
	}
	return nil
}

// wasmSize is the size of a .wasm file and of its compressed forms.
type wasmSize struct{ raw, gzip, brotli int }

// measureSize compresses the named file with gzip -9 and brotli 11. The
// brotli size is read from NAME.br when that file is newer than the file
// (make wasm writes it), and NAME.br is written when write is set.
func measureSize(name string, write bool) (wasmSize, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return wasmSize{}, fmt.Errorf("%w (run make build first)", err)
	}
	s := wasmSize{raw: len(data)}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return s, err
	}
	s.gzip = gz.Len()
	fi, _ := os.Stat(name)
	if br, err := os.Stat(name + ".br"); err == nil && !write && !br.ModTime().Before(fi.ModTime()) {
		s.brotli = int(br.Size())
		return s, nil
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(data)
	if err := bw.Close(); err != nil {
		return s, err
	}
	s.brotli = br.Len()
	if write {
		return s, os.WriteFile(name+".br", br.Bytes(), 0o644)
	}
	return s, nil
}

// Paths the bench adds to the factlens host.
const (
	baselinePath   = "/bench/static.html"
	enginePagePath = "/bench/engine.html"
)

// startHost serves the factlens host over webDir, plus the static
// baseline page and the engine's browser benchmark (engine.wasm in tmp).
// It returns the server and the id of the default article.
func startHost(webDir, tmp string) (*httptest.Server, string, error) {
	base, err := kb.Default()
	if err != nil {
		return nil, "", err
	}
	c, err := check.New(base)
	if err != nil {
		return nil, "", err
	}
	cor, err := corpus.Embedded()
	if err != nil {
		return nil, "", err
	}
	srv, err := server.New(server.Config{
		Checker:  c,
		Articles: cor.Articles(),
		Routes:   widget.Register,
		Version:  "bench",
		WebDir:   webDir,
		Assets:   web.FS,
		Log:      log.New(io.Discard, "", 0),
	})
	if err != nil {
		return nil, "", err
	}
	h := srv.Handler()
	page := httptest.NewRecorder()
	h.ServeHTTP(page, httptest.NewRequest(http.MethodGet, "/", nil))
	if page.Code != http.StatusOK {
		return nil, "", fmt.Errorf("GET /: status %d", page.Code)
	}
	static := staticHTML(page.Body.String())

	mux := http.NewServeMux()
	mux.Handle("/", h)
	mux.HandleFunc(baselinePath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, static)
	})
	mux.HandleFunc(enginePagePath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, enginePage)
	})
	mux.HandleFunc("/bench/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	})
	mux.HandleFunc("/bench/engine.wasm", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(tmp, "engine.wasm"))
	})
	return httptest.NewServer(mux), cor.Default().ID, nil
}

var (
	scriptElem = regexp.MustCompile(`(?s)<script[^>]*\bsrc="[^"]*"[^>]*>\s*</script>`)
	loaderElem = regexp.MustCompile(`(?s)<aside id="app-wasm-loader".*?</aside>`)
)

// staticHTML is a go-app page without its scripts and loader: the same
// HTML and stylesheets, as a plain static page.
func staticHTML(page string) string {
	return loaderElem.ReplaceAllString(scriptElem.ReplaceAllString(page, ""), "")
}

// enginePage runs engine.wasm, which sets the global factlensBench.
const enginePage = `<!doctype html>
<meta charset="utf-8"><title>engine benchmark</title>
<script src="/bench/wasm_exec.js"></script>
<script>
const go = new Go();
WebAssembly.instantiateStreaming(fetch("/bench/engine.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((e) => { window.factlensBench = JSON.stringify({error: String(e)}); });
</script>
`

// startHello starts the hello world's server and returns its URL.
func startHello(bin, webDir string) (string, func(), error) {
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-web", webDir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() {
		cmd.Process.Kill()
		cmd.Wait()
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("hello server: %w", err)
	}
	return strings.TrimSpace(line), stop, nil
}

// The measurements, run in the page after navigation; each resolves to
// times in milliseconds since the navigation started.
const (
	// firstPaint is [the first byte of the page, its first contentful
	// paint], for a page whose HTML holds the highlights (checked).
	firstPaint = `new Promise((resolve, reject) => {
  if (!document.querySelector("article a.claim")) reject("no highlight in the page");
  const poll = () => {
    const e = performance.getEntriesByName("first-contentful-paint")[0];
    e ? resolve([performance.getEntriesByType("navigation")[0].responseStart, e.startTime]) : setTimeout(poll, 10);
  };
  poll();
})`
	// readerInteractive waits for the client to take over, clicks the
	// first highlight and waits for its card: [started, card open].
	readerInteractive = `new Promise((resolve) => {
  const started = () => {
    const mark = document.querySelector("article a.claim");
    if (document.getElementById("app-wasm-loader") || !mark) return setTimeout(started, 5);
    const t = performance.now();
    mark.click();
    const opened = () => document.getElementById("card") ? resolve([t, performance.now()]) : setTimeout(opened, 5);
    opened();
  };
  started();
})`
	// helloInteractive waits for the hello world's client, clicks its
	// button and waits for the count: [started, counted].
	helloInteractive = `new Promise((resolve) => {
  const started = () => {
    const b = document.getElementById("count");
    if (document.getElementById("app-wasm-loader") || !b) return setTimeout(started, 5);
    const t = performance.now();
    b.click();
    const counted = () => b.isConnected && b.textContent.includes("1") ? resolve([t, performance.now()]) : setTimeout(counted, 5);
    counted();
  };
  started();
})`
)

// chromiumBrowser is a headless Chromium.
type chromiumBrowser struct {
	ctx     context.Context
	close   func()
	version string
}

func newBrowser(path string) (*chromiumBrowser, error) {
	exe, err := exec.LookPath(path)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "factlens-bench-chromium")
	if err != nil {
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(1200, 900),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	b := &chromiumBrowser{ctx: ctx, close: func() { cancel(); cancelAlloc(); os.RemoveAll(dir) }}
	if err := chromedp.Do(ctx); err != nil {
		b.close()
		return nil, fmt.Errorf("start chromium: %w", err)
	}
	v, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		b.close()
		return nil, fmt.Errorf("start chromium: %w", err)
	}
	b.version = v.Product
	return b, nil
}

// load opens url in a fresh browser context and returns the times expr
// resolves to.
func (b *chromiumBrowser) load(url, expr string) ([]float64, error) {
	tab, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(tab, 60*time.Second)
	defer cancelTimeout()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[[]float64](expr, chromedp.EvalAwaitPromise))
}

// engine runs the engine benchmark page and returns its results.
func (b *chromiumBrowser) engine(url string) ([]throughput.Result, error) {
	tab, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(tab, 2*time.Minute)
	defer cancelTimeout()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	data, err := chromedp.Run(ctx, chromedp.Poll[string](`window.factlensBench || false`, chromedp.WithPollingInterval(200*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute)))
	if err != nil {
		return nil, fmt.Errorf("engine benchmark in the browser: %w", err)
	}
	var out struct {
		Results []throughput.Result `json:"results"`
		Error   string              `json:"error"`
	}
	if err := json.Unmarshal([]byte(data), &out); err != nil {
		return nil, fmt.Errorf("engine benchmark in the browser: %w", err)
	}
	if out.Error != "" {
		return nil, fmt.Errorf("engine benchmark in the browser: %s", out.Error)
	}
	return out.Results, nil
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// pairedMedian is the median of the ratios a[i]/b[i] of the loads of one
// round, which follow each other: a slower spell of the machine weighs
// on both loads of a round, where it moves the two medians apart.
func pairedMedian(a, b []float64) float64 {
	rs := make([]float64, 0, len(a))
	for i := range min(len(a), len(b)) {
		if b[i] > 0 {
			rs = append(rs, a[i]/b[i])
		}
	}
	return median(rs)
}

// verdict says whether ratio meets the goal.
func verdict(ratio, goal float64, what string) string {
	label := cmp.Or(what+" ", "")
	if ratio <= goal {
		return fmt.Sprintf("goal %s≤ %.1f×: met", label, goal)
	}
	return fmt.Sprintf("goal %s≤ %.1f×: MISSED", label, goal)
}
