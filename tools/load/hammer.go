package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"text/tabwriter"
	"time"
)

// target is one kind of request of a load.
type target struct {
	name   string
	method string
	url    string
	body   []byte // for POST, JSON
}

// do sends one request and reports whether it got a 200 and its whole
// body.
func (t target) do(client *http.Client) bool {
	req, err := http.NewRequest(t.method, t.url, bytes.NewReader(t.body))
	if err != nil {
		return false
	}
	if t.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return err == nil && resp.StatusCode == http.StatusOK
}

// results are the latencies and errors of each target of a load.
type results struct {
	targets   []target
	elapsed   time.Duration
	latencies [][]time.Duration // by target
	failed    []int             // by target
}

// hammer sends requests to the targets, in turn, from conns goroutines
// for d, and returns what it measured.
func hammer(client *http.Client, targets []target, conns int, d time.Duration) *results {
	res := &results{targets: targets, latencies: make([][]time.Duration, len(targets)), failed: make([]int, len(targets))}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(d)
	for w := range conns {
		wg.Go(func() {
			lat := make([][]time.Duration, len(targets))
			failed := make([]int, len(targets))
			for i := w; time.Now().Before(deadline); i++ {
				k := i % len(targets)
				t0 := time.Now()
				ok := targets[k].do(client)
				lat[k] = append(lat[k], time.Since(t0))
				if !ok {
					failed[k]++
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for k := range targets {
				res.latencies[k] = append(res.latencies[k], lat[k]...)
				res.failed[k] += failed[k]
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	for _, l := range res.latencies {
		slices.Sort(l)
	}
	return res
}

// add adds the results of another run of the same targets to r.
func (r *results) add(o *results) {
	if r.targets == nil {
		r.targets = o.targets
		r.latencies = make([][]time.Duration, len(o.targets))
		r.failed = make([]int, len(o.targets))
	}
	r.elapsed += o.elapsed
	for k := range o.targets {
		r.latencies[k] = append(r.latencies[k], o.latencies[k]...)
		slices.Sort(r.latencies[k])
		r.failed[k] += o.failed[k]
	}
}

// rate returns the requests per second of target k.
func (r *results) rate(k int) float64 {
	return float64(len(r.latencies[k])) / r.elapsed.Seconds()
}

// errors returns the number of failed requests.
func (r *results) errors() int {
	n := 0
	for _, f := range r.failed {
		n += f
	}
	return n
}

// percentile returns the p-th percentile of sorted latencies.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(p/100*float64(len(sorted))))]
}

// print writes a table of the results.
func (r *results) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "requests\treq/s\tp50\tp99\terrors\t\t")
	var total int
	for k, t := range r.targets {
		l := r.latencies[k]
		total += len(l)
		fmt.Fprintf(tw, "%d\t%.0f\t%v\t%v\t%d\t\t%s\n", len(l), r.rate(k),
			percentile(l, 50).Round(10*time.Microsecond), percentile(l, 99).Round(10*time.Microsecond), r.failed[k], t.name)
	}
	if len(r.targets) > 1 {
		all := slices.Concat(r.latencies...)
		slices.Sort(all)
		fmt.Fprintf(tw, "%d\t%.0f\t%v\t%v\t%d\t\t%s\n", total, float64(total)/r.elapsed.Seconds(),
			percentile(all, 50).Round(10*time.Microsecond), percentile(all, 99).Round(10*time.Microsecond), r.errors(), "all")
	}
	tw.Flush()
}
