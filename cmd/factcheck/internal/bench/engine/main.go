// Engine measures the engine's throughput (package throughput) and
// publishes the results: built with GOOS=js GOARCH=wasm and loaded in a
// page, in the global factlensBench as JSON, which the bench command
// reads; natively, on standard output.
package main

import (
	"encoding/json"
	"time"

	"factlens/cmd/factcheck/internal/bench/throughput"
)

func main() {
	var out struct {
		Results []throughput.Result `json:"results"`
		Error   string              `json:"error,omitempty"`
	}
	results, err := throughput.Measure(time.Second)
	out.Results = results
	if err != nil {
		out.Error = err.Error()
	}
	data, _ := json.Marshal(out)
	publish(string(data))
}
